#!/usr/bin/env bash
# Sums up the UI-thread freezes the UI tests recorded (io.arrowhead.ui.testing.UiFreezeReport writes each test module's
# target/ui-figures/freezes.tsv) as a markdown table for docs/benchmarks.md: per test class, the number of tests, the
# longest UI-thread event, the test it happened in and where the UI thread was. Run it after a build; it reads the
# modules under the given folder (default: the checkout) and reports nothing, successfully, where no test ran.
set -euo pipefail
root="${1:-$(dirname "$0")/../..}"

mapfile -t tables < <(find "$root" -maxdepth 5 -path '*/target/ui-figures/freezes.tsv' 2>/dev/null | sort)
if [ ${#tables[@]} -eq 0 ]; then
  echo "No UI freeze figures under $root (no */target/ui-figures/freezes.tsv): run the UI tests first." >&2
  exit 0
fi

echo "| Test class | Tests | Worst event (ms) | In test | Where the UI thread was |"
echo "|---|---:|---:|---|---|"
# Columns of freezes.tsv: class, test, longest_ms, where (after a header line).
awk -F'\t' '
  FNR == 1 { next }
  {
    tests[$1]++
    if (!($1 in worst) || $3 + 0 > worst[$1]) { worst[$1] = $3 + 0; test[$1] = $2; where[$1] = $4 }
  }
  END {
    for (class in worst) {
      name = class; sub(/.*\./, "", name)
      gsub(/\|/, "\\|", where[class])
      printf "%d\t| %s | %d | %d | %s | %s |\n", worst[class], name, tests[class], worst[class], test[class],
        where[class] == "" ? "-" : "`" where[class] "`"
    }
  }' "${tables[@]}" | sort -t$'\t' -k1,1nr | cut -f2-
