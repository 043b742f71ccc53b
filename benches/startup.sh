#!/usr/bin/env bash
# Whole-process wall time of waba, release build: `--version`, and `--sandbox numbers list`
# (which starts the in-process sandbox, makes a real HTTP request over loopback, renders).
#
# Usage: benches/startup.sh            (needs hyperfine: apt-get install hyperfine)
# Prints the medians; hyperfine's full results are in target/bench/startup.json.
# (`numbers health` exits 8 on the sandbox's flagged number, hence --ignore-failure.)
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet
bin=target/release/waba
out=target/bench
mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export WABA_CONFIG_DIR="$tmp/config" WABA_DATA_DIR="$tmp/data" NO_COLOR=1

if ! command -v hyperfine >/dev/null; then
    echo "hyperfine not found (apt-get install hyperfine)" >&2
    exit 1
fi

hyperfine --warmup 10 --runs 200 -N --ignore-failure \
    --export-json "$out/startup.json" \
    "$bin --version" \
    "$bin --sandbox numbers list" \
    "$bin --sandbox numbers list -o json" \
    "$bin --sandbox numbers health"

python3 - "$out/startup.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f'{r["command"]:<55} median {r["median"]*1000:7.2f} ms  (min {r["min"]*1000:.2f}, max {r["max"]*1000:.2f})')
PY
ls -l "$bin" | awk '{print "release binary size:", $5, "bytes"}'
