#!/usr/bin/env bash
# Fails when the test build would compile a dependency of the server with other features than
# `make run` did (so `make test` after `make run` would compile it again): compares the
# features cargo resolves for the server alone and for the whole workspace with its tests.
set -euo pipefail
tree() { cargo tree -e normal,build"$1" -f '{p} [{f}]' --prefix none "${@:2}" | sed 's/ (\*)$//' | sort -u; }
run=$(tree "" -p server | grep -v ' (/' || true)
test=$(tree ",dev" --workspace | grep -v ' (/' || true)
# A package in both lists with different features is compiled twice.
differ=$(comm -23 <(echo "$run") <(echo "$test") | cut -d' ' -f1-2 || true)
if [[ -n $differ ]]; then
  echo "the test build changes the features of: $(echo "$differ" | tr '\n' ' ')" >&2
  echo "unify them (see server/Cargo.toml) or drop the test dependency that adds them" >&2
  exit 1
fi
echo "the test build adds no feature to a dependency of the server"
