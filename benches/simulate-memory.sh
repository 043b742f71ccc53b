#!/usr/bin/env bash
# Peak memory and wall time of `waba pricing simulate` on a generated log, whole process, release build:
# `--explain` with -o json / ndjson / csv (one row per event, streamed), and the summary table.
# Memory must stay bounded whatever the log's length: the events are read as a stream and the
# per-event rows are written as they come.
#
# Usage: benches/simulate-memory.sh [EVENTS]     (default 2000000; needs ~250 MB in $TMPDIR)
# WABA=path/to/waba GEN=path/to/gen_events skip the build (e.g. to measure an older binary).
# Prints, per run: peak resident set size (GNU time's "Maximum resident set size") and wall time.
#
# 2,000,000 events on the 2-core dev machine (wall times vary with its load):
#   before (160134b)  --explain -o json 2022 MB 19.9 s, ndjson 20 MB 11.0 s, csv 20 MB 9.7 s, table 19 MB 1.0 s
#   streamed          --explain -o json   18 MB  3.1 s, ndjson 18 MB  2.7 s, csv 19 MB 13.3 s, table 18 MB 1.3 s
set -euo pipefail
cd "$(dirname "$0")/.."

events=${1:-2000000}
if [ -z "${WABA:-}" ] || [ -z "${GEN:-}" ]; then
    cargo build --release --quiet --bin waba --example gen_events
fi
waba=${WABA:-target/release/waba}
gen=${GEN:-target/release/examples/gen_events}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# 2,000,000 events, 200,000 users, 60 days across the 2026-10-01 regime switch.
"$gen" "$events" 7 csv 200000 2026-09-01 60 > "$tmp/big.csv"

run() {
    local label=$1
    shift
    /usr/bin/time -v -o "$tmp/time" "$@" > /dev/null 2> "$tmp/stderr"
    local rss wall
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$tmp/time")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$tmp/time")
    printf '%-34s %7d MB peak  %8s wall\n' "$label" $((rss / 1024)) "$wall"
}

echo "$events events ($(du -h "$tmp/big.csv" | cut -f1) CSV), $waba"
for format in json ndjson csv; do
    run "simulate --explain -o $format" "$waba" pricing simulate "$tmp/big.csv" --format csv --explain -o "$format"
done
run "simulate (table, no --explain)" "$waba" pricing simulate "$tmp/big.csv" --format csv
