#!/usr/bin/env bash
# Mutation testing of src/CustomerService.Core with Stryker.NET (a local tool: .config/dotnet-tools.json), run by
# the Core test project on Microsoft.Testing.Platform (test-runner "mtp" in tests/CustomerService.Core.Tests/stryker-config.json).
# Not part of CI: a full run takes hours on a small machine. Scope it to folders of the library:
#
#   eng/mutation.sh                     # the whole library
#   eng/mutation.sh Calendars           # src/CustomerService.Core/Calendars/**
#   eng/mutation.sh Calendars Sla/Json  # several folders in one run
#   STRYKER_ARGS="-m !**/Sla/Json/**" eng/mutation.sh Sla   # a folder without one of its subfolders
#
# Reports (HTML and JSON, with every surviving mutant) go to artifacts/mutation/<date>/reports/.
# Extra Stryker options can be passed in STRYKER_ARGS, e.g. STRYKER_ARGS="--since:main" or "--concurrency 4".
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null
mutate=()
tests=()
for folder in "$@"; do
  folder="${folder%/}"
  [[ -d "src/CustomerService.Core/$folder" ]] || { echo "no folder src/CustomerService.Core/$folder" >&2; exit 2; }
  mutate+=(--mutate "**/CustomerService.Core/$folder/**/*.cs")
  area="${folder%%/*}"
  if [[ -d "tests/CustomerService.Core.Tests/$area" && " ${tests[*]} " != *" $area/**/*.cs "* ]]; then
    tests+=("$area/**/*.cs")
  fi
done
# A scoped run compiles only the tests of its areas (Sla/Json is tested by the Sla tests; see the test project):
# Stryker's runner runs the whole test assembly against every mutant. The score is then that of the area's own tests,
# a lower bound (a test of another area that would also catch the mutant is not run).
if ((${#tests[@]})); then
  CUSTOMERSERVICE_MUTATION_TESTS="$(IFS=';'; echo "${tests[*]}")"
  export CUSTOMERSERVICE_MUTATION_TESTS
fi

output="$PWD/artifacts/mutation"
mkdir -p "$output"
start=$SECONDS
cd tests/CustomerService.Core.Tests
# The suite runs whole against every mutant, so it cuts its generated cases there (TestSupport/MutationRun.cs).
export CUSTOMERSERVICE_MUTATION_RUN=1
status=0
# shellcheck disable=SC2086 # STRYKER_ARGS is split on purpose.
dotnet stryker --config-file stryker-config.json --skip-version-check --output "$output" "${mutate[@]}" ${STRYKER_ARGS:-} || status=$?
echo "mutation run over ${*:-the whole library} took $((SECONDS - start))s"
# The scoped build replaced the test assembly; build the whole one again so that a later dotnet test runs every test.
if [[ -n "${CUSTOMERSERVICE_MUTATION_TESTS:-}" ]]; then
  unset CUSTOMERSERVICE_MUTATION_TESTS
  dotnet build -c Release -nologo -v q >/dev/null
fi
exit $status
