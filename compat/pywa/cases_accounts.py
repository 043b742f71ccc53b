"""Account calls: WABA and business reads, phone numbers, display name, business profile, settings."""

from __future__ import annotations

import re
import time

from pywa import WhatsApp
from pywa.types import Pagination
from pywa.types.calls import CallingSettings, CallingSettingsStatus
from pywa.types.others import Industry

from registry import case

# A 1x1 PNG, for uploads through the resumable upload API.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


@case("get_business_account (WABA read, pywa's field list)")
def waba_read(wa: WhatsApp, ids: dict) -> None:
    waba = wa.get_business_account()
    assert waba.id == ids["account_id"], waba
    assert waba.name, waba


@case("get_owned_business_accounts (business read)")
def owned_wabas(wa: WhatsApp, ids: dict) -> None:
    wabas = wa.get_owned_business_accounts()
    assert ids["account_id"] in [w.id for w in wabas], wabas


@case("get_shared_business_accounts (business read)")
def shared_wabas(wa: WhatsApp, ids: dict) -> None:
    wabas = wa.get_shared_business_accounts()
    for w in wabas:
        assert w.id and w.name, w


@case("get_business_phone_numbers (no pagination)")
def numbers_list(wa: WhatsApp, ids: dict) -> None:
    numbers = wa.get_business_phone_numbers()
    assert ids["phone_number_id"] in [n.id for n in numbers], numbers
    for n in numbers:
        assert n.display_phone_number and n.verified_name, n


@case("get_business_phone_numbers (limit=1, next pages, all)")
def numbers_paged(wa: WhatsApp, ids: dict) -> None:
    everything = [n.id for n in wa.get_business_phone_numbers()]
    page = wa.get_business_phone_numbers(pagination=Pagination(limit=1))
    assert len(page) == 1, page
    assert page.has_next == (len(everything) > 1), page
    seen = [page[0].id]
    while page.has_next:
        page = page.next()
        seen.extend(n.id for n in page)
    assert seen == everything, (seen, everything)
    assert [n.id for n in wa.get_business_phone_numbers(pagination=Pagination(limit=1)).all()] == everything


@case("get_business_phone_number (pywa's field list)")
def number_get(wa: WhatsApp, ids: dict) -> None:
    number = wa.get_business_phone_number()
    assert number.id == ids["phone_number_id"], number
    assert number.display_phone_number, number


@case("update_display_name")
def display_name(wa: WhatsApp, ids: dict) -> None:
    assert wa.update_display_name("Sandbox Support Desk").success


@case("get_business_profile")
def profile_get(wa: WhatsApp, ids: dict) -> None:
    wa.get_business_profile()


@case("update_business_profile (text fields, vertical, websites)")
def profile_update(wa: WhatsApp, ids: dict) -> None:
    assert wa.update_business_profile(
        about="Open 9-5",
        address="1 Sandbox Road",
        description="A business in the sandbox",
        email="hello@example.com",
        industry=Industry.RETAIL,
        websites=["https://example.com", "https://example.org/shop"],
    ).success
    profile = wa.get_business_profile()
    assert profile.about == "Open 9-5", profile
    assert profile.email == "hello@example.com", profile
    assert profile.industry == Industry.RETAIL, profile
    assert list(profile.websites or []) == ["https://example.com", "https://example.org/shop"], profile


@case("update_business_profile (profile picture via resumable upload)")
def profile_picture(wa: WhatsApp, ids: dict) -> None:
    assert wa.update_business_profile(profile_picture=PNG).success
    assert wa.get_business_profile().profile_picture_url, "no profile_picture_url after upload"


@case("get_business_phone_number_settings")
def settings_get(wa: WhatsApp, ids: dict) -> None:
    wa.get_business_phone_number_settings()


@case("update_business_phone_number_settings (calling)")
def settings_update(wa: WhatsApp, ids: dict) -> None:
    assert wa.update_business_phone_number_settings(
        calling=CallingSettings(status=CallingSettingsStatus.ENABLED),
    ).success
    settings = wa.get_business_phone_number_settings()
    assert settings.calling is not None and settings.calling.status == CallingSettingsStatus.ENABLED, settings


def _code_from_log(ids: dict, phone_id: str) -> str:
    """The last code `waba sandbox serve` logged for `phone_id` (its stand-in for the SMS)."""
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        with open(ids["serve_log"], encoding="utf-8", errors="replace") as f:
            found = re.findall(rf"\(id {phone_id}, [^)]*\): (\d{{6}});", f.read())
        if found:
            return found[-1]
        time.sleep(0.1)
    raise AssertionError(f"no verification code for {phone_id} on the sandbox's log")


@case("request_verification_code and verify_phone_number (code from the sandbox's log)")
def verification_code(wa: WhatsApp, ids: dict) -> None:
    phone = "1100000000000004"  # the seeded PENDING, NOT_VERIFIED number
    assert wa.request_verification_code(code_method="SMS", language_code="en", phone_id=phone).success
    code = _code_from_log(ids, phone)
    assert wa.verify_phone_number(code=code, phone_id=phone).success
    assert wa.get_business_phone_number(phone_id=phone).code_verification_status == "VERIFIED"


@case("register_phone_number and deregister_phone_number")
def register_deregister(wa: WhatsApp, ids: dict) -> None:
    phone = "1100000000000004"  # verified by the case above
    assert wa.register_phone_number(pin="246810", phone_id=phone, data_localization_region="DE").success
    assert wa.get_business_phone_number(phone_id=phone).status == "CONNECTED"
    assert wa.deregister_phone_number(phone_id=phone).success


@case("create_phone_number")
def create_number(wa: WhatsApp, ids: dict) -> None:
    created = wa.create_phone_number(country_calling_code="1", phone_number="2025550142", verified_name="Acme Shoes")
    assert created.id, created
