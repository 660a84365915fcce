#!/usr/bin/env python3
"""Mutation scores by folder of src/CustomerService.Core from one or more Stryker JSON reports.

    eng/mutation-score.py artifacts/mutation/*/reports/mutation-report.json
    eng/mutation-score.py --survivors Calendars artifacts/mutation/*/reports/mutation-report.json

Runs scoped to different folders (eng/mutation.sh Calendars, then eng/mutation.sh Sla, ...) each test only their own
files' mutants; a file's result is taken from the newest report that tested it. The score is Stryker's:
detected (killed or timed out) over detected plus undetected (survived or not covered); mutants that do not compile
and ignored ones are not counted.
"""
import json
import os
import sys
from collections import Counter, defaultdict

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}
ROOT = "src/CustomerService.Core/"


def folder_of(path):
    relative = path.replace("\\", "/").split(ROOT, 1)[-1]
    return relative.split("/", 1)[0] if "/" in relative else "(root)"


def load(reports):
    files = {}
    for report in sorted(reports, key=os.path.getmtime):
        with open(report, encoding="utf-8") as stream:
            data = json.load(stream)
        for path, entry in data["files"].items():
            mutants = entry["mutants"]
            if any(m["status"] in DETECTED | UNDETECTED for m in mutants):
                files[path] = (mutants, entry.get("source", ""))
    return files


def main(args):
    survivors_of = None
    if args[:1] == ["--survivors"]:
        survivors_of, args = args[1], args[2:]
    if not args:
        print(__doc__, file=sys.stderr)
        return 2

    files = load(args)
    counts = defaultdict(Counter)
    for path, (mutants, source) in sorted(files.items()):
        folder = folder_of(path)
        for mutant in mutants:
            counts[folder][mutant["status"]] += 1
            if survivors_of == folder and mutant["status"] in UNDETECTED:
                line = mutant["location"]["start"]["line"]
                code = source.splitlines()[line - 1].strip() if source else ""
                print(f"{path.split(ROOT, 1)[-1]}:{line}: {mutant['status']} {mutant['mutatorName']}: "
                      f"{mutant.get('replacement', '')!s:.80}\n    {code:.140}")

    if survivors_of is not None:
        return 0

    total = Counter()
    print(f"{'folder':<22}{'killed':>8}{'timeout':>9}{'survived':>10}{'no cover':>10}{'score':>9}")
    for folder, c in sorted(counts.items()):
        total.update(c)
        print(row(folder, c))
    print(row("all tested", total))
    return 0


def row(name, c):
    detected = sum(c[s] for s in DETECTED)
    valid = detected + sum(c[s] for s in UNDETECTED)
    score = f"{100 * detected / valid:.1f} %" if valid else "-"
    return f"{name:<22}{c['Killed']:>8}{c['Timeout']:>9}{c['Survived']:>10}{c['NoCoverage']:>10}{score:>9}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
