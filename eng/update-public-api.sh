#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to the project's
# PublicAPI.Unshipped.txt, and removes declared symbols that no longer exist (RS0017).
# Review the diff: the API files are the record of what we promise to keep.
# Usage: eng/update-public-api.sh [path/to/Project.csproj]   (default: src/CustomerService.Core)
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:-src/CustomerService.Core/CustomerService.Core.csproj}"
dir="$(dirname "$project")"
unshipped="$dir/PublicAPI.Unshipped.txt"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet build "$project" -nologo -v q -p:TreatWarningsAsErrors=false --no-incremental >"$log" 2>&1 || true

added="$(grep -oP "RS0016: Symbol '\K.*?(?=' is not part of the declared public API)" "$log" | sort -u || true)"
removed="$(grep -oP "RS0017: Symbol '\K.*?(?=' is part of the declared API, but)" "$log" | sort -u || true)"

if [[ -n "$added" ]]; then
  printf '%s\n' "$added" >>"$unshipped"
fi
if [[ -n "$removed" ]]; then
  while IFS= read -r symbol; do
    grep -vxF -- "$symbol" "$unshipped" >"$unshipped.tmp" || true
    mv "$unshipped.tmp" "$unshipped"
  done <<<"$removed"
fi

# Keep the header first and the rest sorted, so merges of parallel work stay clean.
{ echo '#nullable enable'; grep -v '^#nullable enable$' "$unshipped" | sed '/^$/d' | sort -u; } >"$unshipped.tmp"
mv "$unshipped.tmp" "$unshipped"
echo "$(printf '%s' "$added" | grep -c . || true) added, $(printf '%s' "$removed" | grep -c . || true) removed: $unshipped"
