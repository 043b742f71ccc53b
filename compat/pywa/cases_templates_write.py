"""Template writes: create (every kind pywa builds), edit, delete."""

from __future__ import annotations

import json

from pywa import WhatsApp
from pywa.errors import WhatsAppError
from pywa.types import templates as t
from pywa.types.templates import _TemplateUpdate

from cases_accounts import PNG
from registry import case
from template_helpers import CREATED, MP4, PDF, body_text, create, settled

# ---- create, every kind ----


@case("create_template (text, positional params, header and footer)")
def create_text(wa: WhatsApp, ids: dict) -> None:
    create(
        wa,
        t.Template(
            name="pywa_text",
            category=t.TemplateCategory.UTILITY,
            language=t.TemplateLanguage.ENGLISH_US,
            components=[
                t.HeaderText("Order {{1}}", "A-1"),
                t.BodyText("Hi {{1}}, your order {{2}} has shipped.", "Ann", "A-1"),
                t.FooterText(text="Reply STOP to opt out"),
            ],
        ),
    )


@case("create_template (named params)")
def create_named(wa: WhatsApp, ids: dict) -> None:
    create(
        wa,
        t.Template(
            name="pywa_named",
            category=t.TemplateCategory.MARKETING,
            language=t.TemplateLanguage.ENGLISH_US,
            parameter_format=t.ParamFormat.NAMED,
            components=[
                t.HeaderText("Our {{sale_name}} is on!", sale_name="Summer Sale"),
                t.BodyText("Use code {{code}} until {{end_date}}.", code="25OFF", end_date="August 31"),
            ],
        ),
    )


@case("create_template (buttons: quick reply, URL, phone, copy code)")
def create_buttons(wa: WhatsApp, ids: dict) -> None:
    create(
        wa,
        t.Template(
            name="pywa_buttons",
            category=t.TemplateCategory.MARKETING,
            language=t.TemplateLanguage.ENGLISH_US,
            components=[
                t.BodyText("Our sale ends soon, {{1}}.", "Ann"),
                t.Buttons(
                    buttons=[
                        t.QuickReplyButton(text="Unsubscribe"),
                        t.URLButton(text="Shop", url="https://example.com/shop/{{1}}", example="summer"),
                        t.PhoneNumberButton(text="Call us", phone_number="+15550100001"),
                        t.CopyCodeButton(example="25OFF"),
                    ]
                ),
            ],
        ),
    )


def _auth(name: str, button: t.BaseOTPButton) -> t.Template:
    return t.Template(
        name=name,
        category=t.TemplateCategory.AUTHENTICATION,
        language=t.TemplateLanguage.ENGLISH_US,
        message_send_ttl_seconds=300,
        components=[
            t.AuthenticationBody(add_security_recommendation=True),
            t.AuthenticationFooter(code_expiration_minutes=5),
            t.Buttons(buttons=[button]),
        ],
    )


APPS = [t.OTPSupportedApp(package_name="com.example.shop", signature_hash="K8a/AINcGX7")]


@case("create_template (authentication, copy code)")
def create_auth_copy(wa: WhatsApp, ids: dict) -> None:
    create(wa, _auth("pywa_auth_copy", t.CopyCodeOTPButton(text="Copy code")))


@case("create_template (authentication, one-tap autofill)")
def create_auth_one_tap(wa: WhatsApp, ids: dict) -> None:
    button = t.OneTapOTPButton(text="Copy code", autofill_text="Autofill", supported_apps=APPS)
    create(wa, _auth("pywa_auth_one_tap", button))


@case("create_template (authentication, zero-tap)")
def create_auth_zero_tap(wa: WhatsApp, ids: dict) -> None:
    button = t.ZeroTapOTPButton(
        text="Copy code", autofill_text="Autofill", zero_tap_terms_accepted=True, supported_apps=APPS
    )
    create(wa, _auth("pywa_auth_zero_tap", button))


def _media(name: str, header: t.BaseHeaderComponent) -> t.Template:
    return t.Template(
        name=name,
        category=t.TemplateCategory.UTILITY,
        language=t.TemplateLanguage.ENGLISH_US,
        components=[header, t.BodyText("Your receipt for order {{1}}.", "A-1")],
    )


@case("create_template (image header, resumable upload)")
def create_image(wa: WhatsApp, ids: dict) -> None:
    create(wa, _media("pywa_image", t.HeaderImage(example=PNG, mime_type="image/png")))


@case("create_template (video header, resumable upload)")
def create_video(wa: WhatsApp, ids: dict) -> None:
    create(wa, _media("pywa_video", t.HeaderVideo(example=MP4, mime_type="video/mp4")))


@case("create_template (document header, resumable upload)")
def create_document(wa: WhatsApp, ids: dict) -> None:
    create(wa, _media("pywa_document", t.HeaderDocument(example=PDF, mime_type="application/pdf")))


@case("create_template (carousel, media cards)")
def create_carousel(wa: WhatsApp, ids: dict) -> None:
    def card(n: int) -> t.CarouselCard:
        return t.CarouselCard(
            components=[
                t.HeaderImage(example=PNG, mime_type="image/png"),
                t.BodyText(text=f"Plant number {n}, rare and lovely."),
                t.Buttons(
                    buttons=[
                        t.QuickReplyButton(text="More like this"),
                        t.URLButton(text="Shop", url="https://example.com/p/{{1}}", example=f"plant{n}"),
                    ]
                ),
            ]
        )

    create(
        wa,
        t.Template(
            name="pywa_carousel",
            category=t.TemplateCategory.MARKETING,
            language=t.TemplateLanguage.ENGLISH_US,
            components=[t.BodyText("Rare plants for you, {{1}}!", "Ann"), t.Carousel(cards=[card(1), card(2)])],
        ),
    )


@case("create_template (limited-time offer)")
def create_lto(wa: WhatsApp, ids: dict) -> None:
    create(
        wa,
        t.Template(
            name="pywa_lto",
            category=t.TemplateCategory.MARKETING,
            language=t.TemplateLanguage.ENGLISH_US,
            components=[
                t.HeaderImage(example=PNG, mime_type="image/png"),
                t.LimitedTimeOffer(text="Expiring offer!", has_expiration=True),
                t.BodyText("Good news, {{1}}! Use code {{2}} for 25% off.", "Ann", "CARIBE25"),
                t.Buttons(
                    buttons=[
                        t.CopyCodeButton(example="CARIBE25"),
                        t.URLButton(text="Book now", url="https://example.com/o?c={{1}}", example="CARIBE25"),
                    ]
                ),
            ],
        ),
    )


# ---- edit and delete ----


@case("update_template (new components of a created template)")
def edit_created(wa: WhatsApp, ids: dict) -> None:
    tid = CREATED.get("pywa_text")
    assert tid, "create_template (text) did not run first"
    settled(wa, tid)
    components = [t.BodyText("Hello {{1}}, order {{2}} is on its way.", "Ann", "A-1")]
    # pywa's request (GraphAPI.update_template, as WhatsApp.update_template builds it); the reply is
    # Meta's {"success": true}, which pywa's UpdatedTemplate cannot parse (see EXPECTED_FAILURES).
    body = json.loads(_TemplateUpdate(components=components).to_json())
    assert wa.api.update_template(template_id=tid, template=body) == {"success": True}
    assert "on its way" in body_text(wa.get_template(tid))


@case("update_template (category and components of a rejected template)")
def edit_rejected(wa: WhatsApp, ids: dict) -> None:
    rejected = wa.get_templates(statuses=[t.TemplateStatus.REJECTED])
    assert len(rejected) > 0, rejected
    update = _TemplateUpdate(
        category=t.TemplateCategory.MARKETING,
        components=[t.BodyText("Our summer sale is on until {{1}}.", "August 31")],
    )
    reply = wa.api.update_template(template_id=rejected[0].id, template=json.loads(update.to_json()))
    assert reply == {"success": True}, reply


@case("update_template (pywa's UpdatedTemplate result)")
def edit_result(wa: WhatsApp, ids: dict) -> None:
    tid = CREATED.get("pywa_image")
    assert tid, "create_template (image) did not run first"
    settled(wa, tid)
    components = [t.HeaderImage(example=PNG, mime_type="image/png"), t.BodyText("Your new receipt, {{1}}.", "A-1")]
    assert wa.update_template(tid, new_components=components).success


@case("delete_template (by name and id)")
def delete_by_id(wa: WhatsApp, ids: dict) -> None:
    tid = CREATED.get("pywa_named")
    assert tid, "create_template (named) did not run first"
    assert wa.delete_template("pywa_named", template_id=tid).success
    try:
        wa.get_template(tid)
    except WhatsAppError:
        return
    raise AssertionError("deleted template is still served")


@case("delete_template (by name)")
def delete_by_name(wa: WhatsApp, ids: dict) -> None:
    assert CREATED.get("pywa_buttons"), "create_template (buttons) did not run first"
    assert wa.delete_template("pywa_buttons").success
    assert len(wa.get_templates(name="pywa_buttons")) == 0
