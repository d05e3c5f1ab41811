#!/usr/bin/env sh
# Runs every benchmark of the project in one go (see docs/benchmarks.md):
#   rules-bench/run.sh                    full run, results in rules-bench/target/results/summary.md
#   rules-bench/run.sh --quick            short runs to try the harness (not numbers for the record)
#   rules-bench/run.sh --only decide,cold pick suites: decide, json, build, cold, batch
# Builds with the bench profile first; the build runs the test that the hand-written baseline agrees with
# the rules on every casebook case (the benchmarks check it again before measuring).
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
./mvnw -B -q -Pbench -pl rules-bench -am package \
  -Dtest='BaselineAgreementTest' -Dsurefire.failIfNoSpecifiedTests=false
out="$root/rules-bench/target/results"
mkdir -p "$out"
java -jar rules-bench/target/benchmarks.jar --repo "$root" --out "$out" "$@"
# The command line's batch throughput end to end (JSON Lines in, JSON Lines out, all cores), on a generated
# file: one million lines, or 100,000 with --quick. Wall clock of the whole process, start-up included.
case " $* " in *" --only "*) case "$*" in *batch*) run_batch=yes ;; *) run_batch=no ;; esac ;; *) run_batch=yes ;; esac
if [ "$run_batch" = yes ]; then
  lines=1000000
  case " $* " in *" --quick "*) lines=100000 ;; esac
  input="$out/batch-input.jsonl"
  java -jar rules-cli/target/workprivacy.jar generate "$lines" --seed 7 > "$input"
  start=$(date +%s.%N)
  java -jar rules-cli/target/workprivacy.jar batch --no-progress "$input" > /dev/null 2> "$out/batch-summary.txt"
  end=$(date +%s.%N)
  awk -v n="$lines" -v s="$start" -v e="$end" 'BEGIN { t = e - s; printf "| `workprivacy batch` | %d lines | %.1f s | %.0f lines/s (target 300,000) |\n", n, t, n / t }' \
    > "$out/batch.md"
  cat "$out/batch.md" "$out/batch-summary.txt"
  rm -f "$input"
fi
# Cross-check of the cold start with hyperfine (Debian: apt-get install hyperfine), which also reports
# the processes' CPU time; skipped when hyperfine is not installed.
case " $* " in *" --only "*) case "$*" in *cold*) ;; *) exit 0 ;; esac ;; esac
if command -v hyperfine >/dev/null 2>&1; then
  example=rules-examples/examples/out-of-office/server-side-auto-reply.json
  hyperfine -N --warmup 2 --runs 20 --export-markdown "$out/cold-start-hyperfine.md" --export-json "$out/cold-start-hyperfine.json" \
    "./workprivacy decide $example" "java -jar rules-cli/target/workprivacy.jar decide $example"
else
  echo "hyperfine not installed: cold start measured by the Java runner only" >&2
fi
