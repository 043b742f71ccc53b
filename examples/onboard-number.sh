#!/usr/bin/env bash
# Onboard a new business number from nothing: add it to the WhatsApp Business Account, prove
# ownership with the code Meta sends, register it on the Cloud API with a two-step PIN, wait for
# the display name's review, fill in the business profile, and request an Official Business
# Account. Every step is a waba command; the script stops at the first that fails.
#
# Arguments are passed to waba. Against the built-in sandbox (nothing leaves the machine; the
# "SMS" is read with `waba sandbox codes`):
#   examples/onboard-number.sh --sandbox
# Against Meta, with a profile (`waba profile add acme`): the code arrives by SMS and waba asks
# for it on the terminal (hidden):
#   PIN=$(pass show acme/whatsapp-pin) NUMBER=2025550142 examples/onboard-number.sh --profile acme
#
# Settings (environment): CC (1), NUMBER (2025550142), DISPLAY_NAME (Acme Shoes), PIN (six
# digits, from your secret store; a sandbox run makes one up), WEBSITE, COUNTRY, LANGUAGE,
# LINK (a news article about the brand), NAME_WAIT (seconds to wait for the name's review: 60).
#
# Exit codes: 0 onboarded and the OBA requested; 9 the display name is still under review (Meta
# takes days: run the remaining steps later, they are printed); anything else is waba's exit
# code (see `waba --help`).
# expect-exit: 0
# expect-stderr: onboarded
set -euo pipefail

CC=${CC:-1}
NUMBER=${NUMBER:-2025550142}
DISPLAY_NAME=${DISPLAY_NAME:-Acme Shoes}
WEBSITE=${WEBSITE:-https://acme.example}
COUNTRY=${COUNTRY:-United States}
LANGUAGE=${LANGUAGE:-English}
LINK=${LINK:-https://news.example/acme-opens-its-first-store}
NAME_WAIT=${NAME_WAIT:-60}

sandbox=false
for arg in "$@"; do [[ $arg == --sandbox ]] && sandbox=true; done
if [[ -z ${PIN:-} ]]; then
    if ! $sandbox; then
        echo "set PIN to the six-digit two-step PIN (from your secret store)" >&2
        exit 2
    fi
    PIN=$(printf '%06d' $(((RANDOM * 32768 + RANDOM) % 1000000)))
fi

# The first string member $1 of waba's JSON on stdin (Meta's field names; no jq needed).
field() { grep -o "\"$1\": *\"[^\"]*\"" | head -n 1 | cut -d '"' -f 4; }
step() { echo "== $*" >&2; }

step "add +$CC $NUMBER as \"$DISPLAY_NAME\""
id=$(waba "$@" numbers add --cc "$CC" --number "$NUMBER" --verified-name "$DISPLAY_NAME" -o json | field id)
args=("$@")
num() { waba "${args[@]}" --phone-number-id "$id" "$@"; }

step "prove ownership with a code"
num verify request-code --method sms --language en_US >/dev/null
if $sandbox; then
    waba sandbox codes --number "$id" -o json | field code | num verify code --code-stdin >/dev/null
else
    num verify code >/dev/null # asks for the code on the terminal
fi

step "register on the Cloud API with the two-step PIN"
printf %s "$PIN" | num numbers register --pin-stdin >/dev/null

step "wait for the display name's review (up to ${NAME_WAIT}s)"
status=PENDING_REVIEW
for ((waited = 0; waited < NAME_WAIT; waited += 2)); do
    status=$(num numbers display-name status -o json | field name_status)
    [[ $status != PENDING_REVIEW ]] && break
    sleep 2
done
case "$status" in
    APPROVED) ;;
    PENDING_REVIEW)
        echo "the display name is still under review; when it is approved, run:" >&2
        echo "  waba $* --phone-number-id $id numbers profile set --website $WEBSITE" >&2
        echo "  waba $* --phone-number-id $id verify oba request --website $WEBSITE --country \"$COUNTRY\" --language $LANGUAGE --link $LINK" >&2
        exit 9
        ;;
    *)
        echo "the display name was $status: choose another with \`waba $* --phone-number-id $id numbers display-name set NAME\`" >&2
        exit 8
        ;;
esac

step "fill in the business profile"
num numbers profile set --about "Shoes for every day" --website "$WEBSITE" --vertical RETAIL >/dev/null

step "request an Official Business Account"
num verify oba request --website "$WEBSITE" --country "$COUNTRY" --language "$LANGUAGE" --link "$LINK" >/dev/null

num verify status
echo "onboarded $id: registered, display name approved, profile set, OBA requested" >&2
