#!/usr/bin/env bash
# Line coverage of src/CustomerService.Core by the whole test run (every test project), measured by the test platform's
# own coverage extension (Microsoft.Testing.Extensions.CodeCoverage) and written as Cobertura XML.
#
#   eng/coverage.sh              # build (Debug), test with coverage, print the line coverage of the library
#   eng/coverage.sh --no-build   # reuse the last build
#   MIN_COVERAGE=90 eng/coverage.sh   # also fail when the line coverage is below 90%
#
# Reports go to artifacts/coverage/ (one Cobertura file per test project); a line counts as covered when any
# test project covers it. Needs python3 to read the XML.
set -euo pipefail
cd "$(dirname "$0")/.."

out="artifacts/coverage"
rm -rf "$out"
mkdir -p "$out"
set +e
dotnet test "$@" --results-directory "$out" --coverage --coverage-output-format cobertura >"$out/test.log" 2>&1
test_exit=$?
set -e
grep -E "passed|failed|Test run summary|total:|succeeded:" "$out/test.log" | tail -n 8 || true
if (( test_exit != 0 )); then
  echo "the tests failed (exit $test_exit); see $out/test.log" >&2
  exit "$test_exit"
fi

python3 - "$out" "${MIN_COVERAGE:-0}" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

out, minimum = sys.argv[1], float(sys.argv[2])
files = glob.glob(os.path.join(out, "**", "*.cobertura.xml"), recursive=True)
if not files:
    sys.exit(f"no Cobertura report under {out}")
marker = os.sep + os.path.join("src", "CustomerService.Core") + os.sep
lines = {}  # (source file, line number) -> covered by any test project
for path in files:
    root = ET.parse(path).getroot()
    for cls in root.iter("class"):
        name = cls.get("filename", "")
        if marker not in name and not name.startswith(marker.lstrip(os.sep)):
            continue
        for line in cls.iter("line"):
            key = (name, int(line.get("number")))
            lines[key] = lines.get(key, False) or int(line.get("hits", "0")) > 0
if not lines:
    sys.exit("the reports have no line of src/CustomerService.Core")

def share(keys):
    keys = list(keys)
    return sum(lines[k] for k in keys), len(keys)

covered, total = share(lines)
print(f"line coverage of src/CustomerService.Core: {100 * covered / total:.1f}% ({covered} of {total} lines, {len(files)} report(s))")
folders = {}
for (name, number) in lines:
    rest = name.split(marker, 1)[-1]
    folder = rest.split(os.sep)[0] if os.sep in rest else "."
    folders.setdefault(folder, []).append((name, number))
for folder in sorted(folders):
    c, t = share(folders[folder])
    print(f"  {folder:<14} {100 * c / t:5.1f}%  ({c}/{t})")
if covered * 100 < minimum * total:
    sys.exit(f"line coverage is below {minimum}%")
PY
