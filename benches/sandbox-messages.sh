#!/usr/bin/env bash
# Requests a second that the sandbox's POST /{phone-number-id}/messages answers on loopback
# (release build, `waba sandbox serve --throughput unlimited`), driven by wrk with a text message
# to rotating users (wrk: apt-get install wrk). Also measures the per-number token bucket: the
# same load without --throughput unlimited, where everything beyond the level answers 130429.
#
# Usage: benches/sandbox-messages.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
secs=${1:-10}
conns=${2:-32}
command -v wrk >/dev/null || { echo "wrk not found (apt-get install wrk)" >&2; exit 1; }
cargo build --release --quiet
bin=$PWD/target/release/waba
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
export WABA_DATA_DIR="$tmp/data" WABA_CONFIG_DIR="$tmp/config" NO_COLOR=1

cat > "$tmp/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
local n = 0
request = function()
  n = n + 1
  -- 10,000 distinct users (+1 202 5550 000…), so the pair rate (1 per 6 s per user) is not what limits
  local body = string.format('{"messaging_product":"whatsapp","to":"+1202%07d","type":"text","text":{"body":"load %d"}}', n % 10000, n)
  return wrk.format(nil, nil, nil, body)
end
local codes = {}
response = function(status, headers, body)
  local code = string.match(body, '"code":(%d+)') or "none"
  codes[status .. "/" .. code] = (codes[status .. "/" .. code] or 0) + 1
end
done = function(summary, latency, requests)
  io.write(string.format("requests/s: %.0f, p50 %.2f ms, p99 %.2f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

run() {
    local label=$1; shift
    "$bin" sandbox serve -o json "$@" > "$tmp/serve.json" 2>/dev/null &
    local pid=$!
    for _ in $(seq 50); do [ -s "$tmp/serve.json" ] && break; sleep 0.1; done
    local url token pn
    url=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['base_url'])" "$tmp/serve.json")
    token=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['token'])" "$tmp/serve.json")
    pn=$(python3 -c "import json,sys;print(json.load(open(sys.argv[1]))['phone_number_id'])" "$tmp/serve.json")
    echo "== $label"
    TOKEN=$token wrk -t2 -c"$conns" -d"${secs}s" -s "$tmp/post.lua" "$url/v23.0/$pn/messages" | grep -E "requests/s|Non-2xx|Requests/sec"
    local accepted
    accepted=$("$bin" sandbox messages --limit 1000000000 -o ndjson | wc -l)
    echo "messages stored: $accepted ($(python3 -c "print(round($accepted/$secs))")/s accepted)"
    kill -INT $pid; wait $pid 2>/dev/null || true
    "$bin" sandbox reset >/dev/null
    rm -f "$tmp/serve.json"
}

run "unlimited throughput (load test)" --throughput unlimited
run "Meta's throughput (the number's level: HIGH, 1,000 msg/s)"
