#!/usr/bin/env bash
# Mutation testing of src/CustomerService.Core with Stryker.NET (a local tool: .config/dotnet-tools.json), run by
# the Core test project on Microsoft.Testing.Platform (test-runner "mtp" in tests/CustomerService.Core.Tests/stryker-config.json).
# Not part of CI: a full run takes hours on a small machine. Scope it to folders of the library:
#
#   eng/mutation.sh                     # the whole library
#   eng/mutation.sh Calendars           # src/CustomerService.Core/Calendars/**
#   eng/mutation.sh Calendars Sla/Json  # several folders in one run
#
# Reports (HTML and JSON, with every surviving mutant) go to artifacts/mutation/<date>/reports/.
# Extra Stryker options can be passed in STRYKER_ARGS, e.g. STRYKER_ARGS="--since:main" or "--concurrency 4".
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null
mutate=()
for folder in "$@"; do
  folder="${folder%/}"
  [[ -d "src/CustomerService.Core/$folder" ]] || { echo "no folder src/CustomerService.Core/$folder" >&2; exit 2; }
  mutate+=(--mutate "**/CustomerService.Core/$folder/**/*.cs")
done

output="$PWD/artifacts/mutation"
mkdir -p "$output"
start=$SECONDS
cd tests/CustomerService.Core.Tests
# The suite runs whole against every mutant, so it cuts its generated cases there (TestSupport/MutationRun.cs).
export CUSTOMERSERVICE_MUTATION_RUN=1
# shellcheck disable=SC2086 # STRYKER_ARGS is split on purpose.
dotnet stryker --config-file stryker-config.json --skip-version-check --output "$output" "${mutate[@]}" ${STRYKER_ARGS:-}
echo "mutation run over ${*:-the whole library} took $((SECONDS - start))s"
