#!/usr/bin/env bash
# Counts the instructions of one SLA evaluation with valgrind (callgrind), a measure that does not depend on the
# machine's load, unlike a time. Runs the benchmark program's `sla-loop` mode, which warms up until the runtime has
# compiled everything, then evaluates N times between two getppid() calls; callgrind dumps a part at each call, so
# the second part holds exactly the loop (the garbage collections it causes included).
# Under valgrind the JIT's optimized compilations fail on a relocation check (dotnet/runtime#100600) and fall back to
# unoptimized code; DOTNET_JitEnableOptionalRelocs=0 avoids the check, so the code counted is the optimized one.
# Usage: eng/sla-instructions.sh [iterations] [events]   (default: 2000 evaluations of the typical ticket)
#        SLA_BENCHMARKS_DIR=dir eng/sla-instructions.sh ...   to count another build of the benchmark program
set -euo pipefail
cd "$(dirname "$0")/.."
iterations="${1:-2000}"
events="${2:-}"
dir="${SLA_BENCHMARKS_DIR:-}"
if [[ -z "$dir" ]]; then
  dotnet build -c Release benchmarks/CustomerService.Core.Benchmarks -nologo -v q >/dev/null
  dir=artifacts/bin/CustomerService.Core.Benchmarks/release
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# The runtime compiles in the background, on its own clock, which valgrind slows down: a run whose counted loop
# still saw methods compiled (it says so) is not a measure, and is tried again.
for attempt in 1 2 3 4 5; do
  rm -f "$out"/cg.out*
  DOTNET_EnableWriteXorExecute=0 DOTNET_JitEnableOptionalRelocs=0 DOTNET_TC_CallCountingDelayMs=0 \
    valgrind --tool=callgrind --dump-before=getppid --callgrind-out-file="$out/cg.out" \
    dotnet "$dir/CustomerService.Core.Benchmarks.dll" sla-loop "$iterations" $events >"$out/stdout" 2>"$out/stderr"
  loop="$(grep -h '^summary:' "$out/cg.out.2" | awk '{print $2}')"
  echo "$(cat "$out/stdout"): $loop instructions in the loop, $((loop / iterations)) per evaluation"
  if grep -q '(0 methods compiled while counting)' "$out/stdout"; then
    exit 0
  fi
done
echo "no run without compilation in the counted loop" >&2
exit 1
