#!/usr/bin/env bash
# Template tooling speed, release build, whole process:
#   - `waba templates lint` on 1,000 generated template files;
#   - `waba --sandbox templates apply` of 50 new templates (create, lint, review), then a second
#     apply that finds nothing to change.
# Usage: benches/templates.sh
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --quiet --bin waba
bin=$PWD/target/release/waba
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export WABA_CONFIG_DIR="$tmp/config" WABA_DATA_DIR="$tmp/data" WABA_SANDBOX_REVIEW_DELAY_MS=0 NO_COLOR=1

make_templates() { # DIR COUNT
    for i in $(seq 1 "$2"); do
        mkdir -p "$1/shipping_note_$i"
        cat > "$1/shipping_note_$i/en_US.toml" <<TOML
name = "shipping_note_$i"
language = "en_US"
category = "UTILITY"

[[components]]
type = "BODY"
text = "Hello {{1}}, parcel number $i of your order {{2}} left our warehouse today and is on its way."
example = { body_text = [["Maria", "A-$i"]] }
TOML
    done
}

make_templates "$tmp/lint" 1000
timed() { # LABEL COMMAND…
    local start end
    start=$(date +%s.%N)
    # Exit 8 (plan: the seeded templates have no files) is a result, not a failure.
    "${@:2}" > /dev/null 2>&1 || [ $? -eq 8 ]
    end=$(date +%s.%N)
    awk -v l="$1" -v s="$start" -v e="$end" 'BEGIN { printf "%-40s %7.3f s\n", l, e - s }'
}
timed "templates lint (1,000 files)" "$bin" templates lint "$tmp/lint"

make_templates "$tmp/apply" 50
timed "templates apply (50 new templates)" "$bin" --sandbox templates apply "$tmp/apply" --yes
timed "templates apply again (no change)" "$bin" --sandbox templates apply "$tmp/apply" --yes
timed "templates plan (50 files)" "$bin" --sandbox templates plan "$tmp/apply"
