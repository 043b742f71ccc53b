#!/usr/bin/env bash
# A CI or cron job that fails when a WhatsApp business number needs attention.
#
# Configure with environment variables only (no files, no prompts):
#   WABA_TOKEN       system-user access token (a CI secret)
#   WABA_ACCOUNT_ID  WhatsApp Business Account id
#   WABA_BUSINESS_ID business portfolio id (optional)
#
# Exit codes: 0 healthy, 8 a number or the account needs attention, anything
# else an error (see `waba --help`). Arguments are passed to waba, so this runs
# it against the built-in sandbox:
#   examples/ci-numbers-health.sh --sandbox
# The seeded sandbox has numbers that need attention, so that run exits 8:
# expect-exit: 8
# expect-stderr: numbers needing attention
set -euo pipefail

status=0
report=$(waba "$@" numbers health --fail-quality yellow -o json) || status=$?

case "$status" in
    0) echo "all numbers healthy" >&2 ;;
    8)
        echo "numbers needing attention:" >&2
        # Meta's field names, plus waba's verdict per number.
        jq -r '.phone_numbers[] | select(.verdict.level != "ok")
               | "\(.display_phone_number // .id): \(.verdict.reason)"' <<<"$report" >&2 || echo "$report" >&2
        ;;
    *) echo "waba failed with exit code $status" >&2 ;;
esac
exit "$status"
