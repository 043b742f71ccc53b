"""Template calls: list (every filter, paging), get, create (every kind), edit, delete."""

from __future__ import annotations

import time

from pywa import WhatsApp
from pywa.errors import WhatsAppError
from pywa.types import Pagination
from pywa.types import templates as t

from cases_accounts import PNG
from registry import case

# Tiny stand-ins; the sandbox checks the declared type and length, not the codec.
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"\x00" * 16
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

CREATED: dict[str, str] = {}  # case-created template name -> id


def body_text(tpl: t.TemplateDetails) -> str:
    for c in tpl.components:
        if isinstance(c, dict):
            if c.get("type") == "BODY":
                return c.get("text", "")
        elif isinstance(c, t.BodyText):
            return c.text
    return ""


def create(wa: WhatsApp, template: t.Template) -> t.CreatedTemplate:
    created = wa.create_template(template)
    assert created.id, created
    assert created.status in (t.TemplateStatus.PENDING, t.TemplateStatus.APPROVED, t.TemplateStatus.REJECTED), created
    CREATED[template.name] = created.id
    got = wa.get_template(created.id)
    assert got.name == template.name and got.language == template.language, got
    return created


def settled(wa: WhatsApp, template_id: str) -> t.TemplateDetails:
    """The template once review has decided it (the suite runs the sandbox with no review delay)."""
    for _ in range(50):
        tpl = wa.get_template(template_id)
        if tpl.status != t.TemplateStatus.PENDING:
            return tpl
        time.sleep(0.1)
    raise AssertionError(f"template {template_id} still PENDING")


# ---- list and get ----


@case("get_templates (no filter)")
def list_all(wa: WhatsApp, ids: dict) -> None:
    result = wa.get_templates()
    assert len(result) > 0, result
    for tpl in result:
        assert tpl.id and tpl.name and tpl.status, tpl


@case("get_templates (summary: total_count, message_template_count/limit, are_translations_complete)")
def list_summary(wa: WhatsApp, ids: dict) -> None:
    result = wa.get_templates()
    assert result.total_count >= len(result), result
    assert result.message_template_count >= 0 and result.message_template_limit > 0, result
    assert isinstance(result.are_translations_complete, bool), result


@case("get_templates (statuses)")
def list_statuses(wa: WhatsApp, ids: dict) -> None:
    want = {t.TemplateStatus.APPROVED, t.TemplateStatus.PAUSED}
    result = wa.get_templates(statuses=want)
    assert len(result) > 0 and {tpl.status for tpl in result} <= want, result


@case("get_templates (categories)")
def list_categories(wa: WhatsApp, ids: dict) -> None:
    result = wa.get_templates(categories=[t.TemplateCategory.MARKETING])
    assert len(result) > 0 and all(tpl.category == t.TemplateCategory.MARKETING for tpl in result), result


@case("get_templates (languages)")
def list_languages(wa: WhatsApp, ids: dict) -> None:
    result = wa.get_templates(languages=[t.TemplateLanguage.SPANISH_SPA])
    assert len(result) > 0 and all(tpl.language == t.TemplateLanguage.SPANISH_SPA for tpl in result), result


@case("get_templates (name)")
def list_name(wa: WhatsApp, ids: dict) -> None:
    result = wa.get_templates(name="order")
    assert len(result) > 0 and all("order" in tpl.name for tpl in result), result
    assert len(wa.get_templates(name="no_such_template_anywhere")) == 0


def _a_body_word(wa: WhatsApp) -> tuple[str, str]:
    """A word from some template's body that is not in its name, and that template's id."""
    for tpl in wa.get_templates():
        for word in body_text(tpl).split():
            word = word.strip(".,!?:;").lower()
            if len(word) >= 6 and word.isalpha() and word not in tpl.name:
                return word, tpl.id
    raise AssertionError("no template body with a usable word")


@case("get_templates (content)")
def list_content(wa: WhatsApp, ids: dict) -> None:
    word, tid = _a_body_word(wa)
    result = wa.get_templates(content=word)
    assert tid in [tpl.id for tpl in result], (word, result)
    assert all(word in body_text(tpl).lower() for tpl in result), (word, result)


@case("get_templates (name_or_content)")
def list_name_or_content(wa: WhatsApp, ids: dict) -> None:
    word, tid = _a_body_word(wa)
    assert tid in [tpl.id for tpl in wa.get_templates(name_or_content=word)], word
    by_name = wa.get_templates(name_or_content="order")
    assert len(by_name) > 0 and all("order" in tpl.name or "order" in body_text(tpl).lower() for tpl in by_name)


@case("get_templates (quality_scores)")
def list_quality(wa: WhatsApp, ids: dict) -> None:
    result = wa.get_templates(quality_scores=[t.QualityScoreType.RED])
    assert len(result) > 0, result
    assert all(tpl.quality_score and tpl.quality_score.score == t.QualityScoreType.RED for tpl in result), result


@case("get_templates (limit=2, next pages)")
def list_paged(wa: WhatsApp, ids: dict) -> None:
    everything = [tpl.id for tpl in wa.get_templates()]
    page = wa.get_templates(pagination=Pagination(limit=2))
    assert len(page) == min(2, len(everything)), page
    seen = [tpl.id for tpl in page]
    while page.has_next:
        page = page.next()
        seen.extend(tpl.id for tpl in page)
    assert seen == everything, (seen, everything)


@case("get_template")
def get_one(wa: WhatsApp, ids: dict) -> None:
    first = wa.get_templates()[0]
    tpl = wa.get_template(first.id)
    assert (tpl.id, tpl.name, tpl.status) == (first.id, first.name, first.status), tpl


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
    assert wa.update_template(tid, new_components=components).success
    assert "on its way" in body_text(wa.get_template(tid))


@case("update_template (category and components of a rejected template)")
def edit_rejected(wa: WhatsApp, ids: dict) -> None:
    rejected = wa.get_templates(statuses=[t.TemplateStatus.REJECTED])
    assert len(rejected) > 0, rejected
    components = [t.BodyText("Our summer sale is on until {{1}}.", "August 31")]
    updated = wa.update_template(rejected[0].id, new_category=t.TemplateCategory.MARKETING, new_components=components)
    assert updated.success, updated


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
