#!/usr/bin/env bash
# Records what real tools print when the runner's clock is wrong, for explain's corpus.
#
# Every peer (TLS server, apt repository, KDC, token minter, gpg key owner, the files make and tar read)
# runs with the machine's own clock; only the tool under test runs under libfaketime with a known skew.
# The texts, the tool versions and the skews go to __tests__/corpus/recorded/time-errors.json; the unit
# tests only read that file. Non-time errors of the same tools are recorded too (expect "none"), and time
# errors whose text says nothing about time (expect "silent"): explain must not claim either.
#
# Go programs (the tiny Go client, buildah) read the clock through the vDSO, past libfaketime. For them the
# skew is put on the other side: a CA whose clock is right issues the server certificate under libfaketime
# (10 minutes ahead, or 3 days behind), and the tool runs with the machine's clock. To the tool that is the
# same disagreement; such entries say "skewAt": "issuer" and skewSeconds is the runner's clock relative to
# the issuer's.
#
# Not recorded, and why: docker login (the client logs in by itself when no daemon runs, and checks no
# certificate of a loopback registry: 127.0.0.1 and ::1 with a not yet valid one gave "Login Succeeded");
# MSAL's "The ID token is not yet valid" (@azure/msal-node 7 prints no such text: it validates no ID token
# dates); the runner's "bearer token expired on" (only GitHub's token service prints it).
#
# Once, with access to the npm registry (installs jsonwebtoken, jose and openid-client 6 and 5 into
# .cache/, not the project):
#   bash scripts/explain-corpus/record.sh --prepare
# Then inside a network namespace of your own (it listens on fixed loopback ports 18401-18409):
#   sudo ip netns exec <ns> bash scripts/explain-corpus/record.sh
# Needs (Debian): faketime openssl gnutls-bin wget curl git default-jdk-headless gpg make tar apt
#   python3-pip python3-jwt python3-google-auth krb5-kdc krb5-admin-server krb5-user openssh-client golang-go buildah
#   docker-registry, cargo (rustup), the Google Cloud CLI, and node with npm (jsonwebtoken, jose and
#   openid-client go into .cache/, not into the project). Go builds offline (standard library only).
#   CI does not run it.
# It never changes the machine's clock.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
NPMDIR="$REPO/.cache/explain-corpus-npm"
if [ "${1:-}" = --prepare ]; then
  mkdir -p "$NPMDIR"
  cd "$NPMDIR" && npm init -y >/dev/null && npm install --no-audit --no-fund jsonwebtoken@9 jose@6 openid-client@6 \
    openid-client-5@npm:openid-client@5
  exit
fi
[ -d "$NPMDIR/node_modules/openid-client-5" ] || { echo "run '$0 --prepare' first (needs the npm registry)" >&2; exit 2; }
OUT="$REPO/__tests__/corpus/recorded/time-errors.json"
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT
cd "$WORK"
# NO_FAKE_STAT: files keep their real times, as files written by another machine or an earlier step do.
export FAKETIME_DONT_RESET=1 FAKETIME_NO_CACHE=1 NO_FAKE_STAT=1 TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8
PY=/usr/bin/python3 # Debian's python3, where python3-jwt and python3-google-auth live
ENTRIES="$WORK/entries.jsonl"
: >"$ENTRIES"

# rec ID TOOL VERSION SKEW_S EXPECT NOTE -- COMMAND...
#   SKEW_S: seconds the runner's clock is set ahead (+) or behind (-); 0 for no skew. With SKEW_AT=issuer
#   the tool runs unskewed and SKEW_S is what the issuer's skewed clock made of it (see the header).
#   EXPECT: the kind explain must report, "none" (not a time error) or "silent" (a time error whose
#   text names no time).
rec() {
  local id=$1 tool=$2 version=$3 skew=$4 expect=$5 note=$6
  shift 7
  local text status=0
  if [ "$skew" = 0 ] || [ "${SKEW_AT:-runner}" = issuer ]; then
    text=$("$@" 2>&1) || status=$?
  else
    text=$(faketime -f "$(printf '%+d' "$skew")" "$@" 2>&1) || status=$?
  fi
  ID=$id TOOL=$tool VERSION=$version SKEW=$skew EXPECT=$expect NOTE=$note STATUS=$status TEXT=$text \
    CMD="$*" WORKDIR="$WORK" REPODIR="$REPO" SKEW_AT="${SKEW_AT:-runner}" node -e '
      const e = process.env;
      // Where the recording ran is no part of the text: the folders become <work> and <repo>.
      const clean = (s) => s.replaceAll(e.WORKDIR, "<work>").replaceAll(e.REPODIR, "<repo>");
      for (const k of ["TEXT", "CMD"]) e[k] = clean(e[k]);
      const o = { id: e.ID, tool: e.TOOL, version: e.VERSION, skewSeconds: Number(e.SKEW),
        expect: e.EXPECT, command: e.CMD, exitCode: Number(e.STATUS), text: e.TEXT };
      if (e.SKEW_AT === "issuer" && o.skewSeconds !== 0) o.skewAt = "issuer";
      if (e.NOTE) o.note = e.NOTE;
      process.stdout.write(JSON.stringify(o) + "\n");' >>"$ENTRIES"
  printf '%-34s skew %+8d exit %3d  %s\n' "$id" "$skew" "$status" "$(printf '%s' "$text" | tail -n 1 | cut -c1-90)"
}
first_line() { "$@" 2>&1 | sed -n 1p; }
wait_port() { for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.1; done; return 1; }

BEHIND=-600  # the runner 10 minutes behind
AHEAD=259200 # the runner 3 days ahead (past a 1-day certificate, token or signature)

# ── TLS: a certificate issued now (valid 1 day) by a CA made now, served on loopback ─────────────────
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem -days 2 \
  -subj /CN=corpus-ca 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout srv.key -out srv.csr \
  -subj /CN=localhost 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >srv.ext
openssl x509 -req -in srv.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 -extfile srv.ext \
  -out srv.pem 2>/dev/null
cat srv.pem ca.pem >chain.pem
openssl s_server -accept 18401 -cert srv.pem -cert_chain ca.pem -key srv.key -www -quiet >/dev/null 2>&1 &
PIDS+=($!)
wait_port 18401
URL=https://127.0.0.1:18401/

V=$(first_line wget --version)
rec wget-not-yet-valid wget "$V" $BEHIND tls-certificate-not-yet-valid '' -- wget --ca-certificate=ca.pem -O /dev/null "$URL"
rec wget-expired wget "$V" $AHEAD tls-certificate-expired '' -- wget --ca-certificate=ca.pem -O /dev/null "$URL"
rec wget-untrusted wget "$V" 0 none 'no CA given' -- wget -O /dev/null "$URL"
rec wget-refused wget "$V" 0 none 'nothing listening' -- wget -O /dev/null https://127.0.0.1:18409/

V=$(first_line gnutls-cli --version)
GC=(gnutls-cli --x509cafile=ca.pem --port=18401 127.0.0.1)
rec gnutls-cli-not-yet-valid gnutls-cli "$V" $BEHIND tls-certificate-not-yet-valid '' -- "${GC[@]}"
rec gnutls-cli-expired gnutls-cli "$V" $AHEAD tls-certificate-expired '' -- "${GC[@]}"
rec gnutls-cli-untrusted gnutls-cli "$V" 0 none 'no CA given' -- gnutls-cli --port=18401 127.0.0.1
rec gnutls-cli-wrong-name gnutls-cli "$V" 0 none 'name not in the certificate' -- gnutls-cli --x509cafile=ca.pem --port=18401 --verify-hostname=example.org 127.0.0.1

V=$(first_line curl --version)
rec curl-not-yet-valid curl "$V" $BEHIND tls-certificate-not-yet-valid '' -- curl -sS --cacert ca.pem -o /dev/null "$URL"
rec curl-expired curl "$V" $AHEAD tls-certificate-expired '' -- curl -sS --cacert ca.pem -o /dev/null "$URL"
rec curl-untrusted curl "$V" 0 none 'no CA given' -- curl -sS -o /dev/null "$URL"
rec curl-dns curl "$V" 0 none 'name does not resolve' -- curl -sS -o /dev/null https://no-such-host.invalid/

V=$(first_line openssl version)
rec openssl-verify-not-yet-valid openssl "$V" $BEHIND tls-certificate-not-yet-valid '' -- openssl verify -CAfile ca.pem srv.pem
rec openssl-verify-expired openssl "$V" $AHEAD tls-certificate-expired '' -- openssl verify -CAfile ca.pem srv.pem
rec openssl-verify-untrusted openssl "$V" 0 none 'CA not given' -- openssl verify srv.pem

V=$(git --version)
rec git-not-yet-valid git "$V" $BEHIND silent 'git over libcurl-gnutls prints the same words for an untrusted CA' -- env GIT_SSL_CAINFO=ca.pem git ls-remote "${URL}repo"
rec git-untrusted git "$V" 0 none 'no CA given' -- git ls-remote "${URL}repo"

V="node $(node --version)"
NODE_GET='require("https").get(process.argv[1], { ca: process.env.CA ? require("fs").readFileSync(process.env.CA) : undefined }, (r) => console.log(r.statusCode)).on("error", (e) => { console.error(e); process.exitCode = 1; })'
rec node-https-not-yet-valid node "$V" $BEHIND tls-certificate-not-yet-valid '' -- env CA=ca.pem node -e "$NODE_GET" "$URL"
rec node-https-expired node "$V" $AHEAD tls-certificate-expired '' -- env CA=ca.pem node -e "$NODE_GET" "$URL"
rec node-https-untrusted node "$V" 0 none 'no CA given' -- node -e "$NODE_GET" "$URL"

V="Python $($PY -c 'import sys; print(sys.version.split()[0])') urllib"
PY_GET='import ssl, sys, urllib.request; urllib.request.urlopen(sys.argv[1], context=ssl.create_default_context(cafile=sys.argv[2] or None))'
rec python-urllib-not-yet-valid python3 "$V" $BEHIND tls-certificate-not-yet-valid '' -- $PY -c "$PY_GET" "$URL" ca.pem
rec python-urllib-expired python3 "$V" $AHEAD tls-certificate-expired '' -- $PY -c "$PY_GET" "$URL" ca.pem
rec python-urllib-untrusted python3 "$V" 0 none 'no CA given' -- $PY -c "$PY_GET" "$URL" ''

# pip with the same server as its index; the CA bundles the environment may name are set aside, so that
# --cert decides (requests prefers REQUESTS_CA_BUNDLE to pip's own setting).
V=$($PY -m pip --version | cut -d' ' -f1-2)
PIP=(env -u REQUESTS_CA_BUNDLE -u CURL_CA_BUNDLE -u PIP_CERT $PY -m pip --isolated download --no-deps --retries 0
  --timeout 5 --disable-pip-version-check --no-cache-dir -d "$WORK/pip" --index-url "${URL}simple/" corpus-dep)
rec pip-not-yet-valid pip "$V" $BEHIND tls-certificate-not-yet-valid '' -- "${PIP[@]}" --cert ca.pem
rec pip-expired pip "$V" $AHEAD tls-certificate-expired '' -- "${PIP[@]}" --cert ca.pem
rec pip-untrusted pip "$V" 0 none 'no CA given' -- "${PIP[@]}"
rec pip-no-such-package pip "$V" 0 none 'package not in the index' -- "${PIP[@]}" --cert ca.pem

cat >Get.java <<'JAVA'
import java.net.URL;
import javax.net.ssl.HttpsURLConnection;
public class Get {
  public static void main(String[] a) throws Exception {
    HttpsURLConnection c = (HttpsURLConnection) new URL(a[0]).openConnection();
    System.out.println(c.getResponseCode());
  }
}
JAVA
javac Get.java
keytool -importcert -noprompt -alias corpus -file ca.pem -keystore trust.p12 -storetype PKCS12 -storepass changeit >/dev/null 2>&1
V=$(first_line java -version)
J=(java -Djavax.net.ssl.trustStore=trust.p12 -Djavax.net.ssl.trustStorePassword=changeit -cp . Get "$URL")
rec java-not-yet-valid java "$V" $BEHIND tls-certificate-not-yet-valid '' -- "${J[@]}"
rec java-expired java "$V" $AHEAD tls-certificate-expired '' -- "${J[@]}"
rec java-untrusted java "$V" 0 none 'CA not in the trust store' -- java -cp . Get "$URL"

# Package managers fetching from the same server.
V="npm $(npm --version)"
NPM=(npm view left-pad version --registry "$URL" --cafile ca.pem --fetch-retries 0 --cache "$WORK/npm-cache")
rec npm-not-yet-valid npm "$V" $BEHIND tls-certificate-not-yet-valid '' -- "${NPM[@]}"
rec npm-expired npm "$V" $AHEAD tls-certificate-expired '' -- "${NPM[@]}"
rec npm-not-a-registry npm "$V" 0 none 'the server is no registry (it answers HTML)' -- "${NPM[@]}"

# cargo (its own libcurl and OpenSSL) fetching a sparse registry index from the same server.
CARGO=cargo # through PATH (rustup's proxy finds its toolchain without CARGO_HOME)
mkdir -p cargo/app/src cargo/app/.cargo cargo-index/index
printf '[package]\nname = "corpus-app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ncorpus-dep = { version = "1", registry = "corpus" }\n' >cargo/app/Cargo.toml
echo 'fn main() {}' >cargo/app/src/main.rs
echo '{"dl": "http://127.0.0.1:18408/crates"}' >cargo-index/index/config.json
(cd cargo-index && exec $PY -m http.server 18408 --bind 127.0.0.1 >/dev/null 2>&1) &
PIDS+=($!)
wait_port 18408
cargo_at() { printf '[registries.corpus]\nindex = "sparse+%s"\n[net]\nretry = 0\n' "$1" >cargo/app/.cargo/config.toml; }
V=$("$CARGO" --version)
CG=(env -C cargo/app CARGO_HOME="$WORK/cargo/home" "$CARGO" generate-lockfile)
cargo_at "${URL}index/"
rec cargo-not-yet-valid cargo "$V" $BEHIND tls-certificate-not-yet-valid '' -- env CARGO_HTTP_CAINFO="$WORK/ca.pem" "${CG[@]}"
rec cargo-expired cargo "$V" $AHEAD tls-certificate-expired '' -- env CARGO_HTTP_CAINFO="$WORK/ca.pem" "${CG[@]}"
rec cargo-untrusted cargo "$V" 0 none 'no CA given' -- "${CG[@]}"
cargo_at http://127.0.0.1:18408/index/
rec cargo-no-such-crate cargo "$V" 0 none 'crate not in the registry (404)' -- "${CG[@]}"

# The Google Cloud CLI (its bundled Python and requests) against the same server as its API endpoint.
V=$(first_line gcloud version)
echo corpus-token >gcloud-token
GCLOUD=(env CLOUDSDK_CONFIG="$WORK/gcloud" CLOUDSDK_CORE_DISABLE_PROMPTS=1 CLOUDSDK_COMPONENT_MANAGER_DISABLE_UPDATE_CHECK=1
  CLOUDSDK_CORE_DISABLE_USAGE_REPORTING=1 CLOUDSDK_API_ENDPOINT_OVERRIDES_CLOUDRESOURCEMANAGER="$URL"
  gcloud projects list --access-token-file=gcloud-token)
GCA=(env CLOUDSDK_CORE_CUSTOM_CA_CERTS_FILE="$WORK/ca.pem" REQUESTS_CA_BUNDLE="$WORK/ca.pem")
rec gcloud-not-yet-valid gcloud "$V" $BEHIND tls-certificate-not-yet-valid '' -- "${GCA[@]}" "${GCLOUD[@]}"
rec gcloud-expired gcloud "$V" $AHEAD tls-certificate-expired '' -- "${GCA[@]}" "${GCLOUD[@]}"
rec gcloud-untrusted gcloud "$V" 0 none 'no CA given' -- env -u CLOUDSDK_CORE_CUSTOM_CA_CERTS_FILE -u REQUESTS_CA_BUNDLE "${GCLOUD[@]}"
rec gcloud-not-the-api gcloud "$V" 0 none 'the server is not the API (it answers HTML)' -- "${GCA[@]}" "${GCLOUD[@]}"

# ── Go (crypto/x509) and buildah: certificates issued by a CA whose clock was skewed (see the header) ──
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout early.key -out early.csr -subj /CN=localhost 2>/dev/null
faketime -f "+$((-BEHIND))" openssl x509 -req -in early.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 \
  -extfile srv.ext -out early.pem 2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout late.key -out late.csr -subj /CN=localhost 2>/dev/null
faketime -f "-$AHEAD" openssl x509 -req -in late.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 1 \
  -extfile srv.ext -out late.pem 2>/dev/null
openssl s_server -accept 18405 -cert early.pem -cert_chain ca.pem -key early.key -www -quiet >/dev/null 2>&1 &
PIDS+=($!)
openssl s_server -accept 18406 -cert late.pem -cert_chain ca.pem -key late.key -www -quiet >/dev/null 2>&1 &
PIDS+=($!)
wait_port 18405 && wait_port 18406
mkdir goget
cat >goget/main.go <<'GO'
// Fetches a URL and prints the error as Go programs usually do.
package main

import (
	"fmt"
	"net/http"
	"os"
)

func main() {
	resp, err := http.Get(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(resp.Status)
}
GO
printf 'module corpus/goget\n\ngo 1.19\n' >goget/go.mod
(cd goget && GOCACHE="$WORK/gocache" GOPATH="$WORK/gopath" GOPROXY=off GOFLAGS=-mod=mod go build -o ../goget-bin .)
V="$(go version | cut -d' ' -f3) net/http"
SKEW_AT=issuer
rec go-not-yet-valid go "$V" $BEHIND tls-certificate-not-yet-valid 'the CA issued the certificate 10 min ahead' -- env SSL_CERT_FILE=ca.pem ./goget-bin https://127.0.0.1:18405/
rec go-expired go "$V" $AHEAD tls-certificate-expired 'the CA issued a 1-day certificate 3 days behind' -- env SSL_CERT_FILE=ca.pem ./goget-bin https://127.0.0.1:18406/
unset SKEW_AT
rec go-untrusted go "$V" 0 none 'no CA given' -- ./goget-bin "$URL"
rec go-dns go "$V" 0 none 'name does not resolve' -- ./goget-bin https://no-such-host.invalid/

# buildah logging in to a registry: the two servers above, and Debian's docker-registry with a password.
V=$(buildah --version)
python3 -W ignore -c "import crypt; print('ci:' + crypt.crypt('corpus-password', crypt.mksalt(crypt.METHOD_BLOWFISH)))" >htpasswd
mkdir -p registry certs.d && cp ca.pem certs.d/ca.crt
cat >registry.yml <<YML
version: 0.1
storage:
  filesystem:
    rootdirectory: $WORK/registry
http:
  addr: 127.0.0.1:18407
  tls:
    certificate: $WORK/srv.pem
    key: $WORK/srv.key
auth:
  htpasswd:
    realm: corpus
    path: $WORK/htpasswd
log:
  level: error
YML
docker-registry serve registry.yml >/dev/null 2>&1 &
PIDS+=($!)
wait_port 18407
BL=(buildah login --authfile "$WORK/auth.json" --cert-dir "$WORK/certs.d" -u ci -p corpus-password)
SKEW_AT=issuer
rec buildah-not-yet-valid buildah "$V" $BEHIND tls-certificate-not-yet-valid 'the CA issued the certificate 10 min ahead' -- "${BL[@]}" 127.0.0.1:18405
rec buildah-expired buildah "$V" $AHEAD tls-certificate-expired 'the CA issued a 1-day certificate 3 days behind' -- "${BL[@]}" 127.0.0.1:18406
unset SKEW_AT
rec buildah-wrong-password buildah "$V" 0 none 'wrong password' -- buildah login --authfile "$WORK/auth.json" --cert-dir "$WORK/certs.d" -u ci -p wrong 127.0.0.1:18407
rec buildah-untrusted buildah "$V" 0 none 'no CA given' -- buildah login --authfile "$WORK/auth.json" -u ci -p corpus-password 127.0.0.1:18407
rec buildah-dns buildah "$V" 0 none 'name does not resolve' -- "${BL[@]}" no-such-host.invalid

# ── JSON Web Tokens minted now (iat = nbf = now, exp = now + 10 min) with the right clock ────────────
SECRET=corpus-secret-0123456789abcdef0123456789abcdef
PYJWT_MINT='import sys, time, jwt; n = int(time.time()); print(jwt.encode({"sub": "ci", "iat": n, "nbf": n, "exp": n + 600}, sys.argv[1], algorithm="HS256"))'
PYJWT_DECODE='import sys, jwt; jwt.decode(sys.argv[1], sys.argv[2], algorithms=["HS256"])'
TOKEN=$($PY -c "$PYJWT_MINT" "$SECRET")
V="PyJWT $($PY -c 'import jwt; print(jwt.__version__)')"
rec pyjwt-not-yet-valid pyjwt "$V" $BEHIND jwt-not-yet-valid '' -- $PY -c "$PYJWT_DECODE" "$TOKEN" "$SECRET"
rec pyjwt-expired pyjwt "$V" $AHEAD jwt-expired '' -- $PY -c "$PYJWT_DECODE" "$TOKEN" "$SECRET"
rec pyjwt-bad-signature pyjwt "$V" 0 none 'wrong key' -- $PY -c "$PYJWT_DECODE" "$TOKEN" wrong-secret-0123456789abcdef0123456789

# jsonwebtoken and jose come from .cache/ (see --prepare), so that the project does not depend on them.
JWT_MINT='const n = Math.floor(Date.now() / 1000); console.log(require("jsonwebtoken").sign({ sub: "ci", iat: n, nbf: n, exp: n + 600 }, process.argv[1]))'
JWT_VERIFY='try { require("jsonwebtoken").verify(process.argv[1], process.argv[2]); } catch (e) { console.error(e); process.exitCode = 1; }'
TOKEN=$(NODE_PATH="$NPMDIR/node_modules" node -e "$JWT_MINT" "$SECRET")
V="jsonwebtoken $(node -p "require('$NPMDIR/node_modules/jsonwebtoken/package.json').version")"
rec jsonwebtoken-not-active jsonwebtoken "$V" $BEHIND jwt-not-yet-valid '' -- env NODE_PATH="$NPMDIR/node_modules" node -e "$JWT_VERIFY" "$TOKEN" "$SECRET"
rec jsonwebtoken-expired jsonwebtoken "$V" $AHEAD jwt-expired '' -- env NODE_PATH="$NPMDIR/node_modules" node -e "$JWT_VERIFY" "$TOKEN" "$SECRET"
rec jsonwebtoken-bad-signature jsonwebtoken "$V" 0 none 'wrong key' -- env NODE_PATH="$NPMDIR/node_modules" node -e "$JWT_VERIFY" "$TOKEN" wrong-secret
cat >jose-verify.mjs <<JS
import { jwtVerify } from '$NPMDIR/node_modules/jose/dist/webapi/index.js';
try {
  await jwtVerify(process.argv[2], new TextEncoder().encode(process.argv[3]));
} catch (e) {
  console.error(e);
  process.exitCode = 1;
}
JS
V="jose $(node -p "require('$NPMDIR/node_modules/jose/package.json').version")"
rec jose-nbf jose "$V" $BEHIND jwt-not-yet-valid '' -- node jose-verify.mjs "$TOKEN" "$SECRET"
rec jose-exp jose "$V" $AHEAD jwt-expired '' -- node jose-verify.mjs "$TOKEN" "$SECRET"
rec jose-bad-signature jose "$V" 0 none 'wrong key' -- node jose-verify.mjs "$TOKEN" wrong-secret
# jose with a maximum token age, on a token with iat and no nbf or exp (as many ID tokens are checked).
cat >jose-max-age.mjs <<JS
import { jwtVerify } from '$NPMDIR/node_modules/jose/dist/webapi/index.js';
try {
  await jwtVerify(process.argv[2], new TextEncoder().encode(process.argv[3]), { maxTokenAge: '5m' });
} catch (e) {
  console.error(e);
  process.exitCode = 1;
}
JS
TOKEN=$(NODE_PATH="$NPMDIR/node_modules" node -e 'console.log(require("jsonwebtoken").sign({ sub: "ci" }, process.argv[1]))' "$SECRET")
rec jose-iat-in-future jose "$V" $BEHIND jwt-not-yet-valid '' -- node jose-max-age.mjs "$TOKEN" "$SECRET"
rec jose-iat-too-old jose "$V" $AHEAD jwt-expired '' -- node jose-max-age.mjs "$TOKEN" "$SECRET"

# openid-client (oauth4webapi underneath) checking the ID token of a token response, as a relying party
# or a workflow exchanging GitHub's OIDC token does. The provider runs with the machine's clock and dates
# its ID tokens now (iat = nbf = now, exp = now + 10 min).
cat >oidc-provider.mjs <<JS
import { createServer } from 'node:http';
import { SignJWT, exportJWK, generateKeyPair } from '$NPMDIR/node_modules/jose/dist/webapi/index.js';
const port = Number(process.argv[2]);
const issuer = \`http://127.0.0.1:\${port}\`;
const { publicKey, privateKey } = await generateKeyPair('RS256');
const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
const json = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
createServer(async (req, res) => {
  if (req.url === '/.well-known/openid-configuration')
    return json(res, 200, { issuer, token_endpoint: \`\${issuer}/token\`, jwks_uri: \`\${issuer}/jwks\`,
      id_token_signing_alg_values_supported: ['RS256'] });
  if (req.url === '/jwks') return json(res, 200, { keys: [jwk] });
  if (req.url === '/token' && req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    const form = new URLSearchParams(body);
    if (form.get('client_id') !== 'ci' || form.get('client_secret') !== 'corpus-client-secret')
      return json(res, 401, { error: 'invalid_client', error_description: 'client authentication failed' });
    const now = Math.floor(Date.now() / 1000);
    const idToken = await new SignJWT({ sub: 'repo:corpus/app:ref:refs/heads/main' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(issuer).setAudience('ci')
      .setIssuedAt(now).setNotBefore(now).setExpirationTime(now + 600).sign(privateKey);
    return json(res, 200, { access_token: 'at', token_type: 'Bearer', expires_in: 600, id_token: idToken });
  }
  json(res, 404, { error: 'not_found' });
}).listen(port, '127.0.0.1');
JS
cat >oidc-client.mjs <<JS
import * as client from '$NPMDIR/node_modules/openid-client/build/index.js';
try {
  const config = await client.discovery(new URL(process.argv[2]), 'ci', process.argv[3], undefined, {
    execute: [client.allowInsecureRequests],
  });
  await client.clientCredentialsGrant(config);
} catch (e) {
  console.error(e);
  process.exitCode = 1;
}
JS
node oidc-provider.mjs 18404 &
PIDS+=($!)
wait_port 18404
V="openid-client $(node -p "require('$NPMDIR/node_modules/openid-client/package.json').version") (oauth4webapi $(node -p "require('$NPMDIR/node_modules/oauth4webapi/package.json').version"))"
rec openid-client-nbf openid-client "$V" $BEHIND jwt-not-yet-valid '' -- node oidc-client.mjs http://127.0.0.1:18404 corpus-client-secret
rec openid-client-exp openid-client "$V" $AHEAD jwt-expired '' -- node oidc-client.mjs http://127.0.0.1:18404 corpus-client-secret
rec openid-client-wrong-secret openid-client "$V" 0 none 'wrong client secret' -- node oidc-client.mjs http://127.0.0.1:18404 wrong-secret
rec openid-client-refused openid-client "$V" 0 none 'nothing listening' -- node oidc-client.mjs http://127.0.0.1:18409 corpus-client-secret
# openid-client 5 (still widely installed) prints both times: "JWT not active yet, now N, nbf M".
cat >oidc-client5.js <<JS
const { Issuer } = require('$NPMDIR/node_modules/openid-client-5');
(async () => {
  const issuer = await Issuer.discover(process.argv[2]);
  const client = new issuer.Client({ client_id: 'ci', client_secret: process.argv[3], token_endpoint_auth_method: 'client_secret_post' });
  await client.refresh('corpus-refresh-token');
})().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
JS
V="openid-client $(node -p "require('$NPMDIR/node_modules/openid-client-5/package.json').version")"
rec openid-client5-nbf openid-client "$V" $BEHIND jwt-not-yet-valid '' -- node oidc-client5.js http://127.0.0.1:18404 corpus-client-secret
rec openid-client5-exp openid-client "$V" $AHEAD jwt-expired '' -- node oidc-client5.js http://127.0.0.1:18404 corpus-client-secret
rec openid-client5-wrong-secret openid-client "$V" 0 none 'wrong client secret' -- node oidc-client5.js http://127.0.0.1:18404 wrong-secret

# google-auth: a service-account style RS256 token, verified against the signer's certificate.
openssl req -x509 -newkey rsa:2048 -nodes -keyout ga.key -out ga.pem -days 2 -subj /CN=corpus-sa 2>/dev/null
GA_MINT='import sys, time; from google.auth import crypt, jwt; n = int(time.time()); s = crypt.RSASigner.from_string(open("ga.key").read()); print(jwt.encode(s, {"iss": "ci@example.iam.gserviceaccount.com", "aud": "x", "iat": n, "exp": n + 600}).decode())'
GA_DECODE='import sys; from google.auth import jwt; jwt.decode(sys.argv[1], certs=open(sys.argv[2]).read(), audience="x")'
TOKEN=$($PY -c "$GA_MINT")
V="google-auth $(dpkg-query -W -f '${Version}' python3-google-auth 2>/dev/null || echo unknown)"
rec google-auth-too-early google-auth "$V" $BEHIND google-auth-token-used-too-early '' -- $PY -c "$GA_DECODE" "$TOKEN" ga.pem
rec google-auth-expired google-auth "$V" $AHEAD google-auth-token-expired '' -- $PY -c "$GA_DECODE" "$TOKEN" ga.pem
openssl req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other.pem -days 2 -subj /CN=other 2>/dev/null
rec google-auth-bad-signature google-auth "$V" 0 none 'another key' -- $PY -c "$GA_DECODE" "$TOKEN" other.pem

# ── gpg: a key made now by its owner, a detached signature that expires in 1 day ────────────────────
export GNUPGHOME="$WORK/owner-gpg"
mkdir -m 700 "$GNUPGHOME"
gpg --batch --passphrase '' --quick-gen-key 'Corpus Signer <signer@example.org>' ed25519 sign never 2>/dev/null
echo 'release 1.2.3' >release.txt
gpg --batch --pinentry-mode loopback --passphrase '' --default-sig-expire 1d --detach-sign -o release.txt.sig release.txt 2>/dev/null
gpg --batch --export -a >signer.asc
gpgconf --kill all
export GNUPGHOME="$WORK/runner-gpg"
mkdir -m 700 "$GNUPGHOME"
V=$(first_line gpg --version)
rec gpg-import-key-from-future gpg "$V" $BEHIND gpg-key-created-in-future '' -- gpg --batch --import signer.asc
rec gpg-verify-key-from-future gpg "$V" $BEHIND silent 'the import skipped the key, so verify says only No public key' -- gpg --batch --verify release.txt.sig release.txt
rm -rf "$GNUPGHOME" && mkdir -m 700 "$GNUPGHOME" && gpg --batch --import signer.asc 2>/dev/null
rec gpg-signature-expired gpg "$V" $AHEAD gpg-signature-expired '' -- gpg --batch --verify release.txt.sig release.txt
echo 'release 6.6.6' >tampered.txt
rec gpg-bad-signature gpg "$V" 0 none 'data changed after signing' -- gpg --batch --verify release.txt.sig tampered.txt
rm -rf "$GNUPGHOME" && mkdir -m 700 "$GNUPGHOME"
rec gpg-no-public-key gpg "$V" 0 none 'key not imported' -- gpg --batch --verify release.txt.sig release.txt
gpgconf --kill all
unset GNUPGHOME

# ── make and tar: files written now with the right clock ─────────────────────────────────────────────
mkdir build && printf 'all: out\nout: in\n\tcp in out\n' >build/Makefile && echo x >build/in
V=$(first_line make --version)
rec make-mtime-in-future make "$V" $BEHIND make-mtime-in-future '' -- make -C build
rec make-no-rule make "$V" 0 none 'no such target' -- make -C build nothing-here
tar -cf files.tar build/Makefile build/in
mkdir untar
V=$(first_line tar --version)
rec tar-time-stamp-in-future tar "$V" $BEHIND tar-time-stamp-in-future '' -- tar -xf files.tar -C untar
rec tar-not-in-archive tar "$V" 0 none 'member not in the archive' -- tar -xf files.tar -C untar build/missing

# ── OpenSSH: a user certificate valid from now for 1 day, and a file signed with it ─────────────────
ssh-keygen -q -t ed25519 -N '' -C corpus-ca -f ssh-ca
ssh-keygen -q -t ed25519 -N '' -C ci -f ssh-user
ssh-keygen -q -s ssh-ca -I ci-cert -n ci@example.org -V +0s:+1d ssh-user.pub
echo 'artifact 1.2.3' >artifact.txt && echo 'artifact 6.6.6' >artifact-tampered.txt
ssh-keygen -q -Y sign -f ssh-user-cert.pub -n file artifact.txt 2>/dev/null
echo "ci@example.org cert-authority $(cat ssh-ca.pub)" >allowed_signers
V=$(ssh -V 2>&1)
SSHV=(ssh-keygen -Y verify -f allowed_signers -I ci@example.org -n file -s artifact.txt.sig)
rec ssh-keygen-cert-not-yet-valid ssh-keygen "$V" $BEHIND ssh-certificate-not-yet-valid '' -- sh -c '"$@" <artifact.txt' _ "${SSHV[@]}"
rec ssh-keygen-cert-expired ssh-keygen "$V" $AHEAD ssh-certificate-expired '' -- sh -c '"$@" <artifact.txt' _ "${SSHV[@]}"
rec ssh-keygen-bad-signature ssh-keygen "$V" 0 none 'data changed after signing' -- sh -c '"$@" <artifact-tampered.txt' _ "${SSHV[@]}"
rec ssh-keygen-wrong-principal ssh-keygen "$V" 0 none 'identity not in allowed_signers' -- sh -c '"$@" <artifact.txt' _ ssh-keygen -Y verify -f allowed_signers -I other@example.org -n file -s artifact.txt.sig

# ── apt: a repository on loopback whose InRelease is dated now and valid for 1 day ──────────────────
# The date checks are turned on explicitly: some images (this one too) turn them off in apt.conf.d.
mkdir -p repo/dists/corpus/main/binary-amd64 apt/lists/partial apt/cache/archives/partial
: >repo/dists/corpus/main/binary-amd64/Packages
{
  printf 'Origin: corpus\nLabel: corpus\nSuite: corpus\nCodename: corpus\n'
  printf 'Date: %s\nValid-Until: %s\n' "$(date -u -R)" "$(date -u -R -d '+1 day')"
  printf 'Architectures: amd64\nComponents: main\nSHA256:\n'
  printf ' %s %s main/binary-amd64/Packages\n' "$(sha256sum <repo/dists/corpus/main/binary-amd64/Packages | cut -d' ' -f1)" 0
} >repo/dists/corpus/Release
GNUPGHOME="$WORK/owner-gpg" gpg --batch --pinentry-mode loopback --passphrase '' --clearsign \
  -o repo/dists/corpus/InRelease repo/dists/corpus/Release 2>/dev/null
GNUPGHOME="$WORK/owner-gpg" gpg --batch --export >apt/corpus.gpg
GNUPGHOME="$WORK/owner-gpg" gpgconf --kill all
(cd repo && exec $PY -m http.server 18402 --bind 127.0.0.1 >/dev/null 2>&1) &
PIDS+=($!)
wait_port 18402
APT=(apt-get update -o "Dir::Etc::SourceList=$WORK/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
  -o "Dir::State::Lists=$WORK/apt/lists" -o "Dir::Cache=$WORK/apt/cache" -o Debug::NoLocking=1
  -o APT::Sandbox::User=root -o Acquire::Check-Date=true -o Acquire::Check-Valid-Until=true)
echo "deb [signed-by=$WORK/apt/corpus.gpg] http://127.0.0.1:18402 corpus main" >apt/sources.list
V=$(first_line apt-get --version)
rec apt-release-not-valid-yet apt "$V" $BEHIND apt-release-not-yet-valid '' -- "${APT[@]}"
rm -rf apt/lists/* && mkdir -p apt/lists/partial
rec apt-release-expired apt "$V" $AHEAD apt-release-expired '' -- "${APT[@]}"
rm -rf apt/lists/* && mkdir -p apt/lists/partial
echo "deb [signed-by=$WORK/apt/corpus.gpg] http://127.0.0.1:18402 missing main" >apt/sources.list
rec apt-no-release-file apt "$V" 0 none 'suite not in the repository (404)' -- "${APT[@]}"
echo "deb [signed-by=$WORK/apt/corpus.gpg] http://127.0.0.1:18409 corpus main" >apt/sources.list
rec apt-connection-refused apt "$V" 0 none 'nothing listening' -- "${APT[@]}"

# ── Kerberos: an MIT KDC on loopback with the right clock (clockskew 300 s, the default) ─────────────
mkdir krb
cat >krb/krb5.conf <<KRB
[libdefaults]
  default_realm = CORPUS.TEST
  dns_lookup_kdc = false
  dns_lookup_realm = false
  # MIT clients correct their own skew from the KDC's reply by default (kdc_timesync = 1), and then kinit
  # succeeds with any offset; Heimdal, Java and Windows clients, and MIT with it off, fail instead.
  kdc_timesync = 0
[realms]
  CORPUS.TEST = {
    kdc = 127.0.0.1:18403
  }
KRB
cat >krb/kdc.conf <<KRB
[kdcdefaults]
  kdc_ports = 18403
  kdc_tcp_ports = 18403
[realms]
  CORPUS.TEST = {
    database_name = $WORK/krb/principal
    key_stash_file = $WORK/krb/stash
    acl_file = $WORK/krb/kadm5.acl
  }
[logging]
  kdc = FILE:$WORK/krb/kdc.log
KRB
export KRB5_CONFIG="$WORK/krb/krb5.conf" KRB5_KDC_PROFILE="$WORK/krb/kdc.conf" KRB5CCNAME="FILE:$WORK/krb/ccache"
kdb5_util create -s -r CORPUS.TEST -P corpus-master >/dev/null 2>&1
kadmin.local -q 'addprinc +requires_preauth -pw corpus-password ci' >/dev/null 2>&1
kadmin.local -q "ktadd -k $WORK/krb/ci.keytab -norandkey ci" >/dev/null 2>&1
krb5kdc -n &
PIDS+=($!)
wait_port 18403
V="MIT Kerberos $(dpkg-query -W -f '${Version}' krb5-user 2>/dev/null || echo unknown) kinit"
rec kinit-ahead kinit "$V" 600 kerberos-clock-skew '' -- kinit -k -t krb/ci.keytab ci
rec kinit-behind kinit "$V" $BEHIND kerberos-clock-skew '' -- kinit -k -t krb/ci.keytab ci
rec kinit-wrong-password kinit "$V" 0 none 'wrong password' -- sh -c 'echo not-the-password | kinit ci'
rec kinit-unknown-principal kinit "$V" 0 none 'principal not in the database' -- sh -c 'echo x | kinit nobody'
unset KRB5_CONFIG KRB5_KDC_PROFILE KRB5CCNAME

node -e '
  const fs = require("fs");
  const entries = fs.readFileSync(process.argv[1], "utf8").trim().split("\n").map((l) => JSON.parse(l));
  fs.mkdirSync(require("path").dirname(process.argv[2]), { recursive: true });
  fs.writeFileSync(process.argv[2], JSON.stringify(entries, null, 2) + "\n");
  console.log(`${entries.length} texts recorded`);' "$ENTRIES" "$OUT"
