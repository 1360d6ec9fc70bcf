#!/usr/bin/env bash
# Builds a local stand-in for the Node base image from this machine's files (no image registry is
# reachable in tests): node, sh, env, find, ln, rm, chmod and their libraries. Usage: ROOT NODE_BINARY TAG
set -euo pipefail
B=(buildah --root "$1/storage" --runroot "$1/run" --storage-driver vfs)
node="$2"; tag="$3"
c=$("${B[@]}" from scratch)
m=$("${B[@]}" mount "$c")
mkdir -p "$m/usr/local/bin" "$m/bin" "$m/usr/bin" "$m/tmp" "$m/etc"
cp "$node" "$m/usr/local/bin/node"
for bin in /bin/sh /usr/bin/env /usr/bin/find /bin/ln /bin/rm /bin/chmod; do cp -L "$bin" "$m$bin"; done
for lib in $(ldd "$node" /bin/sh /usr/bin/env /usr/bin/find /bin/ln /bin/rm /bin/chmod | grep -o '/[^ ]*\.so[^ ]*' | sort -u); do
  mkdir -p "$m$(dirname "$lib")"; cp -L "$lib" "$m$lib"
done
printf 'root:x:0:0::/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\n' > "$m/etc/passwd"
"${B[@]}" config --env PATH=/usr/local/bin:/usr/bin:/bin "$c"
"${B[@]}" umount "$c" >/dev/null
"${B[@]}" commit -q "$c" "$tag" >/dev/null
"${B[@]}" rm "$c" >/dev/null
