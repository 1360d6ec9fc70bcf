#!/usr/bin/env bash
# Installs the Debian packages the tests need, on a fresh Debian/Ubuntu machine or this one:
#   chrony    real NTP/NTS servers on loopback (always started with -x by the tests)
#   faketime  libfaketime, to skew the clock of a test's child process only
#   openssl   the test CA and certificates for NTS and HTTPS
#   awscli    the AWS CLI, run against the local STS stand-in
#   time      GNU time (/usr/bin/time -v), for the peak memory of a run fed a 50 MB body
#   buildah   builds and runs the container image without a daemon (with crun as its runtime)
#   iproute2, util-linux  network namespaces for the IPv6-less and black-holed-DNS tests (ip, unshare)
#   systemd   systemd-analyze verify, for the runner drop-in in contrib/ (nothing is started)
#   prometheus-node-exporter, prometheus-pushgateway, prometheus  the metrics outputs read back by the
#             real daemons (each started by its test on a loopback port, never as a service)
# As root it uses apt-get directly; otherwise `sudo -n` (never a password prompt). Packages already
# present are left alone, so a second run does nothing. README's test command and .ci/run both call it.
set -euo pipefail

need=()
# A name on PATH is not enough: `aws` may be a pyenv shim with no real CLI behind it, and a broken
# binary would only show up as a confusing test failure later.
works() { "$@" >/dev/null 2>&1; }
works chronyd -v || need+=(chrony)
works chronyc -v || need+=(chrony)
works faketime -f +0s true || need+=(faketime)
works openssl version || need+=(openssl)
works aws --version || need+=(awscli)
works /usr/bin/time true || need+=(time)
works buildah --version || need+=(buildah)
works crun --version || need+=(crun)
works ip -V || need+=(iproute2)
works unshare --version || need+=(util-linux)
works systemd-analyze --version || need+=(systemd)
works prometheus-node-exporter --version || need+=(prometheus-node-exporter)
works prometheus-pushgateway --version || need+=(prometheus-pushgateway)
works prometheus --version || need+=(prometheus)
# Node itself: Debian's package where it is new enough (trixie, noble); otherwise say what is missing.
command -v node >/dev/null 2>&1 || need+=(nodejs npm)
# The tests reach only loopback, but npm and the AWS CLI verify TLS with the system store.
[[ -e /etc/ssl/certs/ca-certificates.crt ]] || need+=(ca-certificates)

if ((${#need[@]})); then
  mapfile -t need < <(printf '%s\n' "${need[@]}" | sort -u)
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "install-test-deps: need ${need[*]}; run this as root or install sudo" >&2
      exit 1
    fi
    sudo=(sudo -n)
  fi
  # Never let a package's maintainer script start a time daemon here: a chronyd without -x would try to
  # discipline this machine's clock. policy-rc.d exit 101 forbids every service start during the install.
  created_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee /usr/sbin/policy-rc.d >/dev/null
    "${sudo[@]}" chmod 755 /usr/sbin/policy-rc.d
    created_policy=1
  fi
  remove_policy() { if ((created_policy)); then "${sudo[@]}" rm -f /usr/sbin/policy-rc.d; fi; }
  trap remove_policy EXIT
  echo "install-test-deps: installing ${need[*]}" >&2
  # The Prometheus packages ship services; policy-rc.d should keep them stopped. Daemons running before the
  # install are someone else's and are left alone; any that appear during it were started by it.
  daemons='^(/usr/bin/)?prometheus(-node-exporter|-pushgateway)?( |$)'
  before=$(pgrep -f "$daemons" || true)
  # Wait for a dpkg lock held by another install (unattended-upgrades on a fresh machine) instead of failing.
  apt=(apt-get -o DPkg::Lock::Timeout=300)
  "${sudo[@]}" "${apt[@]}" update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install -y -qq --no-install-recommends "${need[@]}"
  # Belt and braces: if a chronyd was started anyway (a system without policy-rc.d support), it was
  # started by this install; stop it through its service so that nothing disciplines the clock.
  if [[ " ${need[*]} " == *" chrony "* ]] && command -v systemctl >/dev/null 2>&1 &&
    systemctl is-active --quiet chrony 2>/dev/null; then
    "${sudo[@]}" systemctl disable --now chrony >/dev/null 2>&1 || true
  fi
  for pid in $(pgrep -f "$daemons" || true); do
    if ! grep -qx "$pid" <<<"$before"; then
      echo "install-test-deps: the install started $(ps -o comm= -p "$pid" || echo "pid $pid"); stopping it" >&2
      "${sudo[@]}" kill "$pid" || true
    fi
  done
fi

# What the tests run must actually work, not merely be installed.
for check in 'chronyd -v' 'faketime -f +0s true' 'openssl version' 'aws --version' '/usr/bin/time true' \
  'buildah --version' 'crun --version' 'ip -V' 'unshare --version' 'systemd-analyze --version' \
  'prometheus-node-exporter --version' 'prometheus-pushgateway --version' 'prometheus --version'; do
  # shellcheck disable=SC2086 # word splitting is the point: each entry is a command line
  if ! works $check; then
    echo "install-test-deps: '$check' does not work after the install; the tests need it" >&2
    exit 1
  fi
done
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if ((node_major < 20)); then
  echo "install-test-deps: Node 20 or newer is needed (found '$(node -v 2>/dev/null || echo none)');" \
    "install it from your distribution or nodejs.org" >&2
  exit 1
fi
