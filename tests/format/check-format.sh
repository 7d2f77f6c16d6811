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
existing=()
for f in "${files[@]}"; do [ -f "$f" ] && existing+=("$f"); done
# One clang-format run for all files; each unformatted file is named in its warnings.
if ! out=$(clang-format --dry-run --Werror "${existing[@]}" 2>&1); then
  echo "not formatted (clang-format -i FILE):" >&2
  printf '%s\n' "$out" | grep -oE '^[^:]+\.(cpp|h):' | sort -u | tr -d ':' >&2
  exit 1
fi
echo "${#files[@]} files formatted"
