#!/usr/bin/env bash
# `make site`, last step: copies the script, wasm and stylesheet to names carrying their
# content's hash (browsers may keep them for good), writes the hash file Leptos reads
# (`LeptosOptions::hash_file`, beside the pkg directory), and precompresses every hashed file
# (gzip -9, brotli -q 11) for the server to send as they are. Usage: site_hashes.sh SITE_ROOT NAME
set -euo pipefail
site=$1 name=$2 pkg=$1/pkg
hash() { sha256sum "$1" | cut -c1-16; }
js=$(hash "$pkg/$name.js") wasm=$(hash "$pkg/${name}_bg.wasm") css=$(hash "$pkg/$name.css")
# Older builds' files go: only this build's are served.
find "$pkg" -regextype posix-extended -regex ".*/$name\.[0-9a-f]{16}\.(js|wasm|css)(\.br|\.gz)?" -delete
cp "$pkg/$name.js" "$pkg/$name.$js.js"
cp "$pkg/${name}_bg.wasm" "$pkg/$name.$wasm.wasm"
cp "$pkg/$name.css" "$pkg/$name.$css.css"
for file in "$pkg/$name.$js.js" "$pkg/$name.$wasm.wasm" "$pkg/$name.$css.css"; do
  gzip -9 -n -k -f "$file"
  brotli -q 11 -k -f "$file"
done
printf 'js: %s\nwasm: %s\ncss: %s\n' "$js" "$wasm" "$css" > "$site/hash.txt"
echo "site: $name.$js.js, $name.$wasm.wasm ($(stat -c %s "$pkg/$name.$wasm.wasm.br") bytes as brotli), $name.$css.css"
