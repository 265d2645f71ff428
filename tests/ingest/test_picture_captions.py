"""A picture's caption closed by its credit heads nothing (picture_captions, session 42)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.picture_captions import closes_on_credit


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [release.node_text(n).strip() for n in release.nodes() if n.kind == "heading"]


_PAGE = (
    "Examplia's Health Minister Resigns After Two Years\n\n"
    "The health minister of Examplia resigned on Wednesday evening, the government "
    "announced in a short statement.\n\n"
    "{caption}\n\n"
    "The minister had led the response to the epidemic since the spring and was often "
    "criticised by the opposition for his decisions.\n\n"
    "Policy of the coalition\n\n"
    "The coalition partners said they would name a successor within the week and "
    "keep the reform programme unchanged.\n"
)


def test_a_caption_closed_by_a_photo_credit_heads_nothing():
    headings = _headings(_PAGE.format(caption="Jane Example, photo: Archives of the Government"))
    assert headings == ["Policy of the coalition"]


def test_a_caption_closed_by_a_copyright_credit_heads_nothing():
    headings = _headings(_PAGE.format(caption="Jane Example; © CC BY-SA 3.0; Example Commons"))
    assert headings == ["Policy of the coalition"]


def test_only_a_short_credit_closing_a_caption_counts():
    assert closes_on_credit("The minister at the port. Foto: Example Agency")
    # A colon after an ordinary word, or a long run after the credit's word, is no credit.
    assert not closes_on_credit("Outlook: growth and prices")
    assert not closes_on_credit(
        "Jane Example, photo: the minister said the pictures would be published on the "
        "ministry's site next week"
    )
