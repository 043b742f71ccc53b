"""Drive pywa against `waba sandbox serve`, with only its base URL redirected.

Usage: python suite.py WABA_BIN   (compat/pywa/run.sh sets up the virtualenv and the binary)

Every case must pass, except those in EXPECTED_FAILURES (where pywa itself departs from Meta's
spec); the suite fails on any other failure and on an expected failure that starts passing.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from importlib.metadata import version

import cases_accounts  # noqa: F401  (registers cases)
import cases_templates_read  # noqa: F401  (registers cases)
import cases_templates_write  # noqa: F401  (registers cases)
from registry import CASES
from sandbox import Sandbox

# Case name -> (what its error must contain, why pywa itself is at fault, with the evidence).
# An expected failure that fails differently, or passes, fails the suite.
EXPECTED_FAILURES: dict[str, tuple[str, str]] = {
    "update_template (pywa's UpdatedTemplate result)": (
        "KeyError: 'id'",
        "pywa's UpdatedTemplate.from_dict reads id, name and category from the edit reply, but Meta answers "
        "POST /{template-id} with {\"success\": true} only (Meta's OpenAPI spec, POST /{Version}/{TEMPLATE_ID} "
        "200 schema and example; template-management docs, graph-api.md 6.4); pywa's own GraphAPI.update_template "
        "documents 'A dict with the success status'",
    ),
    "create_phone_number": (
        "The parameter cc is required",
        "pywa's GraphAPI.create_phone_number sends the country code as `country_code`; Meta's Registering business "
        "phone numbers guide (step 1) and the OpenAPI spec (POST /{Version}/{WABA-ID}/phone_numbers) name it `cc`",
    ),
    "get_templates (TemplatesResult.next())": (
        "unexpected keyword argument 'item_factory'",
        "pywa bug: after fetching the next page, Result.next() calls self.__class__(wa=, response=, item_factory=), "
        "and TemplatesResult.__init__ takes no item_factory (pywa/types/others.py Result.next, "
        "pywa/types/templates.py TemplatesResult.__init__); paging itself is covered by the 'after cursors' case",
    ),
}


def describe(e: BaseException) -> str:
    """One line for a failure: Graph's error if pywa raised one, else the assertion or exception."""
    response = getattr(e, "raw_response", None)
    if response is not None and hasattr(e, "code"):
        text = f"HTTP {response.status_code} {response.request.method} {response.request.url.path}: #{e.code} {e.message}"
    else:
        text = str(e) or type(e).__name__
        if not isinstance(e, AssertionError):
            text = f"{type(e).__name__}: {text}"
    return " ".join(text.split())[:600]


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    unknown = set(EXPECTED_FAILURES) - {name for name, _ in CASES}
    if unknown:
        print(f"EXPECTED_FAILURES names no case: {sorted(unknown)}", file=sys.stderr)
        return 2
    passed, expected, failed = 0, 0, []
    started = time.monotonic()
    with Sandbox(sys.argv[1]) as sandbox:
        wa = sandbox.client()
        for name, fn in CASES:
            try:
                fn(wa, sandbox.info)
                error = None
            except Exception as e:  # noqa: BLE001 (a case fails by raising anything)
                error = e
            must_contain, reason = EXPECTED_FAILURES.get(name, (None, None))
            if error is None and reason is None:
                passed += 1
                print(f"ok        {name}")
            elif error is None:
                failed.append(name)
                print(f"FIXED     {name}: passes but is listed in EXPECTED_FAILURES ({reason}); remove it")
            elif reason is not None and must_contain in describe(error):
                expected += 1
                print(f"expected  {name}: {describe(error)}\n          why: {reason}")
            else:
                failed.append(name)
                print(f"FAILED    {name}: {describe(error)}")
                if os.environ.get("PYWA_SUITE_VERBOSE"):
                    traceback.print_exception(error)
        if failed:
            print("--- sandbox log (last lines)")
            print("\n".join(sandbox.log().splitlines()[-20:]))
    elapsed = time.monotonic() - started
    print(f"({elapsed:.1f}s)")
    print(f"pywa {version('pywa')}: {passed} passed, {expected} expected failures, {len(failed)} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
