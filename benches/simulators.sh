#!/usr/bin/env bash
# End-to-end throughput of the offline simulators, release build, whole process:
# `waba pricing simulate` and `waba limits check` on a synthetic 10,000,000-event log
# (1,000,000 users, 60 days across the 2026-10-01 regime switch), JSONL and CSV.
#
# Usage: benches/simulators.sh [EVENTS]     (default 10000000; needs ~2.4 GB in $TMPDIR)
# Prints wall time, events per second and peak memory (GNU time) for each run.
set -euo pipefail
cd "$(dirname "$0")/.."

events=${1:-10000000}
cargo build --release --quiet --bin waba --example gen_events
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for format in jsonl csv; do
    target/release/examples/gen_events "$events" 7 "$format" 1000000 2026-09-01 60 > "$tmp/log.$format"
done

run() {
    local label=$1
    shift
    local start end
    start=$(date +%s.%N)
    # `limits check` exits 8 when sends would have been blocked: that is a result, not a failure.
    /usr/bin/time -f "%M" -o "$tmp/rss" "$@" > /dev/null 2> "$tmp/stderr" || [ $? -eq 8 ]
    end=$(date +%s.%N)
    awk -v l="$label" -v s="$start" -v e="$end" -v n="$events" -v r="$(tail -n 1 "$tmp/rss")" \
        'BEGIN { t = e - s; printf "%-28s %6.2f s  %5.2f M events/s  %4d MB peak\n", l, t, n / t / 1e6, r / 1024 }'
}

for format in jsonl csv; do
    run "pricing simulate ($format)" target/release/waba pricing simulate "$tmp/log.$format" --format "$format" -o json
    run "limits check ($format)" target/release/waba limits check "$tmp/log.$format" --format "$format" -o json
done
