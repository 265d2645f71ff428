"""An adopted act's record of its adoption over its title ("Resolution adopted by the
General Assembly on 3 May 2035", "[on the report of the Third Committee (A/90/400)]")
goes out with the cover's fields: the labelled corpus counts it as no unit of the text.
The adoption line still dates the act (not the distribution date). Made-up text."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text

ADOPTED = "Resolution adopted by the General Assembly on 3 May 2035"
REPORT = "[on the report of the Third Committee (A/90/400, para. 12)]"
TEXT = "\n\n".join(
    [
        "United Nations",
        "General Assembly",
        "Distr.: General",
        "9 May 2035",
        "Ninetieth session",
        "Agenda item 99",
        ADOPTED,
        REPORT,
        "90/12. Care of examples in drafting",
        "The General Assembly,",
        "Recalling its resolution 89/7 of 29 October 2034,",
        "1. Decides to keep examples made up;",
        "2. Also decides to consider the question at its next session.",
    ]
)


def test_adoption_record_goes_with_the_cover_and_dates_the_act() -> None:
    release = release_from_text(TEXT + "\n")
    removed = [r.text for r in release.removed]
    assert ADOPTED in removed and REPORT in removed
    assert ADOPTED not in release.text
    assert release.date == "2035-05-03"
    assert release.title.endswith("Care of examples in drafting")


def test_a_bracketed_line_in_the_body_stays() -> None:
    body = "The General Assembly,\n\n[Text to be inserted by the Secretariat]\n\n1. Decides so.\n"
    assert "[Text to be inserted" in release_from_text(body).text
