"""Text copied out of a UN-style PDF without form feeds: the symbol printed again at a
page's top marks the page (a two-page text has it once), and the short title printed under it — wrapped over two
lines as under the symbol on page 1 — is running head, not text. Made-up document."""

from __future__ import annotations

from briefing.ingest import release_from_text

DOC = """United Nations
A/RES/99/4

General Assembly
Distr.: General
31 October 2099

99-12345 (E)
*9912345*

Ninety-ninth session
Agenda item 38
Cooperation between the United Nations and the
Examplian Regional Organization for Peace

Resolution adopted by the General Assembly
on 29 October 2099

99/4. Cooperation between the United Nations and the Examplian Regional
Organization for Peace and its member States in the coming years

The General Assembly,

Recalling its earlier resolutions on cooperation with regional organizations,

Welcoming the report of the Secretary-General on the activities of the
Organization during the past two years of its work,

A/RES/99/4
Cooperation between the United Nations and the Examplian Regional
Organization for Peace and its member States in the coming years

99-12345
2/2

1. Decides to continue the cooperation with the Organization;

2. Requests the Secretary-General to report at its next session.

3. Decides to include the item in the provisional agenda of its next session.
"""


def test_running_title_wrapped_under_a_repeated_symbol_is_furniture() -> None:
    release = release_from_text(DOC)
    nodes = [n for n in release.nodes() if n.kind != "root"]
    texts = [release.node_text(n) for n in nodes]
    # Neither line of the running title is left in the text after page 1.
    body = release.text.split("The General Assembly,", 1)[1]
    assert "Examplian Regional" not in body and "in the coming years" not in body
    removed = " ".join(r.text for r in release.removed)
    assert "Organization for Peace and its member States in the coming years" in removed
    assert [n.label for n in nodes if n.label][-3:] == ["1.", "2.", "3."]
    # No heading made of the running title holds the operative paragraphs.
    assert not [n for n in nodes if n.kind == "heading"]
    assert any(t.startswith("3. Decides") or t.startswith("Decides") for t in texts)


def test_a_list_of_figures_cut_by_the_page_break_goes_on() -> None:
    doc = (
        DOC.replace(
            "Recalling its earlier resolutions on cooperation with regional organizations,",
            "Recalling its resolutions 47/19 of 24 November 2092, 48/16 of 3 November\n"
            "2093, 49/9 of 26 October 2094 and 50/10 of 2 November",
        )
        .replace(
            "Welcoming the report of the Secretary-General on the activities of the\n"
            "Organization during the past two years of its work,\n",
            "",
        )
        .replace(
            "99-12345\n2/2\n\n1. Decides",
            "99-12345\n2/2\n\n2095, 51/17 of 12 November 2096 and 52/10 of 5 November 2097,\n\n1. Decides",
        )
    )
    release = release_from_text(doc)
    texts = [release.node_text(n) for n in release.nodes() if n.kind == "paragraph"]
    recalling = next(t for t in texts if t.startswith("Recalling"))
    assert recalling.rstrip().endswith("5 November 2097,"), recalling
    assert not [t for t in texts if t.startswith("2095")]
