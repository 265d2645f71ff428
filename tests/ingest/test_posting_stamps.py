"""A line printing a day and the time of day ("09:04 morning, Sunday 7 December 2031",
"01/29/2031 | Press release | Posted on 01/29/2031 10:44") is the moment a page or a wire
posted the release: never its title, which says what happened. Made-up pages."""

from __future__ import annotations

from briefing.ingest import release_from_text


def test_a_posting_stamp_over_the_headline_is_no_title() -> None:
    text = """\
09:04 morning , Sunday 16 Sample 1447 / 7 December 2031
Minister of Examples chairs the ministerial meeting of the sample alliance
The Minister of Examples chaired today the ministerial meeting of the sample alliance,
held in the capital with delegations from twelve member states.

The meeting agreed a work plan for the coming year.
"""
    assert release_from_text(text).title == (
        "Minister of Examples chairs the ministerial meeting of the sample alliance"
    )


def test_a_wire_stamp_alone_in_the_head_is_no_title() -> None:
    text = """\
01/29/2031 | Press release | Distributed by Samplewire on 01/29/2031 10:44
Q - Une première question sur les exemples. Vous avez dit que ce changement de position…
R - Je n'ai pas dit « changement de position ».
Q - Non, moi, je le vois comme un changement de position, mais un seuil a été franchi.
R - En effet, c'est vous qui le dites.
"""
    assert release_from_text(text).title == ""


def test_a_headline_naming_its_hour_stays_the_title() -> None:
    text = """\
Press conference of the Minister of Examples at 10:00 on the sample budget
The Minister of Examples will present the sample budget to the press tomorrow, with the
heads of the sample agencies, in the ministry's main hall.

Accreditation closes at noon.
"""
    assert release_from_text(text).title.startswith("Press conference of the Minister")
