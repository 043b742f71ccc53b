#!/usr/bin/env bash
# pywa compatibility suite: installs the latest pywa 4.x into a throwaway virtualenv and drives it
# against `waba sandbox serve`, with only pywa's base URL redirected.
#
#   compat/pywa/run.sh                 # builds waba (cargo build) and runs the suite
#   WABA_BIN=path/to/waba compat/pywa/run.sh
#   PYWA_VENV=/tmp/pywa-venv compat/pywa/run.sh   # reuse (or create) that virtualenv: no reinstall
#   PYWA_SPEC='pywa==4.5.0' compat/pywa/run.sh    # another pywa version
#   PYWA_SUITE_VERBOSE=1 ...                      # tracebacks for failures
#   PYWA_CONTRACT=1 ...       # also check pywa's exchanges against Meta's OpenAPI spec (cargo test)
#
# Needs python3 with venv (or virtualenv) and pip reaching PyPI.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
spec="${PYWA_SPEC:-pywa>=4,<5}"

if [[ -z "${WABA_BIN:-}" ]]; then
    (cd "$root" && cargo build --quiet --bin waba)
    WABA_BIN="$root/target/debug/waba"
fi
WABA_BIN="$(cd "$(dirname "$WABA_BIN")" && pwd)/$(basename "$WABA_BIN")"
[[ -x "$WABA_BIN" ]] || { echo "compat/pywa: WABA_BIN=$WABA_BIN is not an executable" >&2; exit 2; }

cleanup=""
venv="${PYWA_VENV:-}"
if [[ -z "$venv" ]]; then
    venv="$(mktemp -d "${TMPDIR:-/tmp}/waba-pywa-venv.XXXXXX")"
    cleanup="$venv"
fi
trap '[[ -n "$cleanup" ]] && rm -rf $cleanup' EXIT

if [[ ! -x "$venv/bin/python" ]]; then
    if ! python3 -m venv "$venv" 2>/dev/null; then
        echo "compat/pywa: WARNING: 'python3 -m venv' failed (ensurepip missing?); falling back to virtualenv" >&2
        rm -rf "$venv"
        python3 -m pip install --quiet --user virtualenv
        python3 -m virtualenv --quiet "$venv"
    fi
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$spec"

if [[ "${PYWA_CONTRACT:-}" == 1 ]]; then
    record="$(mktemp "${TMPDIR:-/tmp}/waba-pywa-record.XXXXXX")"
    cleanup="$cleanup $record"
    export WABA_SANDBOX_RECORD="$record"
fi

status=0
(cd "$here" && "$venv/bin/python" suite.py "$WABA_BIN") || status=$?
if [[ -n "${record:-}" ]]; then
    echo "== pywa's exchanges ($(wc -l <"$record") recorded) against Meta's OpenAPI spec"
    (cd "$root" && WABA_CONTRACT_CHECK="$record" cargo test --quiet --test cli \
        openapi::tests::a_recording_named_by_waba_contract_check) || status=1
fi
exit "$status"
