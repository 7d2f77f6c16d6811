#!/usr/bin/env bash
# Fails when a C++ source the repository tracks is not formatted as .clang-format says (Debian's clang-format).
# Usage: check-format.sh SOURCE_DIR
set -euo pipefail
cd "$1"
if ! command -v clang-format >/dev/null; then
  echo "clang-format is not installed (scripts/install-deps.sh --test installs it)" >&2
  exit 1
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h' | grep -v '^tests/fuzz/corpus/')
if [ ${#files[@]} -eq 0 ]; then
  echo "no sources found under $1" >&2
  exit 1
fi
bad=()
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  if ! clang-format --dry-run --Werror "$f" >/dev/null 2>&1; then bad+=("$f"); fi
done
if [ ${#bad[@]} -ne 0 ]; then
  printf 'not formatted (clang-format -i FILE): %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "${#files[@]} files formatted"
