"""Template reads: list (every filter, summary, paging) and get."""

from __future__ import annotations

from pywa import WhatsApp
from pywa.types import Pagination
from pywa.types import templates as t

from registry import case
from template_helpers import body_text

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


@case("get_templates (limit=2, after cursors)")
def list_paged(wa: WhatsApp, ids: dict) -> None:
    everything = [tpl.id for tpl in wa.get_templates()]
    page = wa.get_templates(pagination=Pagination(limit=2))
    assert len(page) == min(2, len(everything)), page
    seen = [tpl.id for tpl in page]
    while page.has_next:
        page = wa.get_templates(pagination=Pagination(limit=2, after=page.after))
        seen.extend(tpl.id for tpl in page)
    assert seen == everything, (seen, everything)


@case("get_templates (TemplatesResult.next())")
def list_next(wa: WhatsApp, ids: dict) -> None:
    page = wa.get_templates(pagination=Pagination(limit=2))
    assert page.has_next, page
    assert len(page.next()) > 0


@case("get_template")
def get_one(wa: WhatsApp, ids: dict) -> None:
    first = wa.get_templates()[0]
    tpl = wa.get_template(first.id)
    assert (tpl.id, tpl.name, tpl.status) == (first.id, first.name, first.status), tpl
