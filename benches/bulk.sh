#!/usr/bin/env bash
# `waba send bulk` against `waba sandbox serve --throughput unlimited` (release build, loopback),
# journal included:
#   1. throughput: 100,000 recipients at --rate 100000 (msg/s of the send phase and wall time);
#   2. memory: peak RSS (/usr/bin/time -v) of a 1,000,000-recipient job;
#   3. rate accuracy: --rate 80 and --rate 1000 for 30 s each (sent / seconds of the send phase).
#
# The messages are free-form text (`--text`): the sandbox answers a template send about 20 times
# more slowly than a text (it checks the template and its world per send), and stops a portfolio
# at its messaging limit (TIER_10K: 10,000 unique users a day), so a template job would measure
# the sandbox, not the client and its journal. The sandbox accepts text synchronously (statuses
# then fail 131047, outside a window, which does not matter here).
#
# Usage: benches/bulk.sh [throughput|memory|rate|all]   (NO_BUILD=1: use the existing release build)
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
[ -n "${NO_BUILD:-}" ] || cargo build --release --quiet
bin=$PWD/target/release/waba
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
export WABA_DATA_DIR="$tmp/data" WABA_CONFIG_DIR="$tmp/config" NO_COLOR=1

serve() {
    rm -f "$tmp/serve.json"
    "$bin" sandbox serve -o ndjson --throughput unlimited > "$tmp/serve.json" 2>/dev/null &
    serve_pid=$!
    local vars=""
    for _ in $(seq 100); do
        vars=$(python3 - "$tmp/serve.json" 2>/dev/null <<'PY'
import json, sys
i = json.loads(open(sys.argv[1]).readline())
print(f"export WABA_BASE_URL={i['base_url']} WABA_TOKEN={i['token']} "
      f"WABA_ACCOUNT_ID={i['account_id']} WABA_PHONE_NUMBER_ID={i['phone_number_id']}")
PY
) && break
        sleep 0.1
    done
    [ -n "$vars" ] || { echo "sandbox serve did not start" >&2; exit 1; }
    eval "$vars"
}

stop() {
    kill -INT "$serve_pid"; wait "$serve_pid" 2>/dev/null || true
    "$bin" sandbox reset >/dev/null
    rm -rf "$tmp/serve.json" "$WABA_DATA_DIR/jobs"
}

recipients() { # N FILE: N distinct US numbers
    python3 - "$1" "$2" <<'PY'
import sys
n, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("to\n")
    for i in range(n):
        f.write(f"+1{2020000000 + i * 7:010d}\n")
PY
}

# The send phase's figures, from the one-line summary on stderr: "N accepted … in S s (R/s)".
summary() { grep -E "^job .*accepted" "$1" | tail -1; }
# A few numbers fall in the magic block (+1 202 555 01YY): their behaviour is asynchronous and
# does not change these figures.

bulk() { # JOB FILE RATE [extra…]
    local job=$1 file=$2 rate=$3; shift 3
    "$bin" send bulk --text "Load test" --recipients "$file" --job "$job" \
        --rate "$rate" --yes -o json "$@" > "$tmp/$job.json" 2> "$tmp/$job.err"
}

if [ "$what" = all ] || [ "$what" = throughput ]; then
    serve
    recipients 100000 "$tmp/100k.csv"
    start=$(date +%s.%N)
    bulk t100k "$tmp/100k.csv" 100000 --max-in-flight 128
    end=$(date +%s.%N)
    echo "== throughput, 100,000 recipients, --rate 100000 --max-in-flight 128"
    summary "$tmp/t100k.err"
    python3 -c "print(f'wall time (validation + estimate + send): {$end - $start:.1f} s, {100000 / ($end - $start):.0f} msg/s')"
    echo "sandbox stored: $("$bin" sandbox messages --limit 1000000000 -o ndjson | wc -l)"
    stop
fi

if [ "$what" = all ] || [ "$what" = memory ]; then
    serve
    recipients 1000000 "$tmp/1m.csv"
    echo "== memory, 1,000,000 recipients"
    /usr/bin/time -v "$bin" send bulk --text "Load test" --recipients "$tmp/1m.csv" \
        --job m1m --rate 100000 --max-in-flight 128 --yes -o json > "$tmp/m1m.json" 2> "$tmp/m1m.err" || true
    summary "$tmp/m1m.err"
    grep -E "Maximum resident set size|Elapsed \(wall clock\)" "$tmp/m1m.err"
    echo "journal size: $(du -h "$WABA_DATA_DIR/jobs/m1m.db" | cut -f1)"
    stop
fi

if [ "$what" = all ] || [ "$what" = rate ]; then
    serve
    for rate in 80 1000; do
        n=$((rate * 30))
        recipients "$n" "$tmp/r$rate.csv"
        bulk "r$rate" "$tmp/r$rate.csv" "$rate"
        echo "== rate accuracy, --rate $rate, $n recipients (30 s)"
        summary "$tmp/r$rate.err"
        python3 - "$tmp/r$rate.err" "$rate" <<'PY'
import re, sys
line = [l for l in open(sys.argv[1]) if " accepted, " in l][-1]
secs = float(re.search(r" in ([0-9.]+) s", line).group(1))
n = int(re.search(r": ([0-9]+) accepted", line).group(1))
rate = int(sys.argv[2])
print(f"achieved {n / secs:.2f} msg/s against {rate}: {100 * (n / secs - rate) / rate:+.2f} %")
PY
    done
    stop
fi
