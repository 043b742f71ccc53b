"""Shared by the template cases: media stand-ins, a create-and-check, body text, review wait."""

from __future__ import annotations

import time

from pywa import WhatsApp
from pywa.types import templates as t


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
