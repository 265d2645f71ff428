"""Markdown saved or pasted as plain text (issue 11 item 1): the readers keep every
character, so Markdown's marks stay in the text and the rules must read through them —
an escaped number ("1\\.") is still a label, a line opening with bold ("**NOTING** ...")
is no "**" note, a bold lead-in ("**WE AGREE TO:**") is no heading, and a dash the wrap
carried to a line's start is no bullet. Made-up releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.patterns import label_number, match_label
from tests.ingest.helpers import lost_words


def _labels(nodes: list) -> list:
    """(label, labels of its children) of the labelled nodes (not notes), in order."""
    out = []
    for node in nodes:
        if node.label and node.kind != "footnote":
            out.append((node.label, [c.label for c in node.children if c.label]))
        else:
            out.extend(_labels(node.children))
    return out


def test_escaped_labels_are_labels_kept_as_printed() -> None:
    for text, label, number in (("1\\. Promote", "1\\.", 1), ("iii\\. Cooperate", "iii\\.", 3)):
        found = match_label(text)
        assert found is not None and found.label == label
        assert label_number(found.label) == number
    assert match_label("4\\) Ensure the rights") is not None
    assert match_label("2\\.5 per cent") is None  # a figure, escaped or not


def test_escaped_numbers_nest_in_pasted_markdown() -> None:
    text = (
        "Charter of the Examplian Commission\n\n"
        "The Commission shall:\n"
        "1\\. Promote the rights of the peoples and in particular:\n"
        "i\\. Collect documents and undertake studies on the problems of the\n"
        "region, organise seminars and give advice to governments;\n"
        "ii\\. Cooperate with other institutions of the region.\n"
        "2\\. Ensure the protection of those rights under this Charter.\n"
        "3\\. Perform any other task the Assembly entrusts to it.\n"
    )
    release = release_from_text(text)
    assert _labels(release.root.children) == [
        ("1\\.", ["i\\.", "ii\\."]),
        ("2\\.", []),
        ("3\\.", []),
    ]
    assert "1\\. Promote" in release.text  # every character kept
    assert not lost_words(text, release)


def test_bold_openings_are_paragraphs_not_notes_and_lead_in_no_heading() -> None:
    text = (
        "Examplia-Samplia Leaders' Statement\n\n"
        "**WE,** the leaders of Examplia and Samplia, meeting in Example City on\n"
        "3 May 2025;\n\n"
        "**NOTING** the progress made under the plan of action adopted in 2021 and\n"
        "the work of the joint committee;\n\n"
        "**WE HEREBY** **COMMIT TO:**\n\n"
        "1.  **EXPAND** cooperation on trade and investment between the two\n"
        "    countries;\n\n"
        "2.  **MEET** again next year in Samplia.\n"
    )
    release = release_from_text(text)
    kinds = {release.node_text(n)[:12]: n.kind for n in release.nodes()}
    assert "footnote" not in kinds.values()
    assert "heading" not in kinds.values()
    assert [label for label, _ in _labels(release.root.children)] == ["1.", "2."]
    assert not lost_words(text, release)


def test_dash_carried_to_a_line_start_is_no_bullet() -> None:
    line = "and the appointees that I have made, and the ones I am going to name"
    text = (
        "Remarks by the Minister of Examples\n\n"
        "MINISTER: I have confidence in the board of the central bank of Examplia,\n"
        f"{line}\n"
        "— three more — are going to reflect that concern across the whole year.\n"
        "We will see the results before the end of the summer, I am quite sure.\n\n"
        "The Council decided the following measures for the coming year of work:\n"
        "— to strengthen the joint committee of the two examplian governments;\n"
        "— to report to the Assembly at its next session in Example City.\n"
    )
    release = release_from_text(text)
    units = [release.node_text(n) for n in release.nodes()]
    assert any("excuse" not in u and "— three more —" in u and "MINISTER" in u for u in units)
    assert [n.label for n in release.nodes() if n.label] == ["—", "—"]


def test_star_items_are_a_list_and_a_lone_star_a_note() -> None:
    text = (
        "Examplia Support Package Presented\n\n"
        "The package of 2.5 billion includes the following components:\n\n"
        "* Procurement for donation worth about 1.1 billion.\n"
        "  - The agency buys equipment from domestic and foreign suppliers.\n"
        "* Financial donations worth about 0.8 billion.\n"
        "  - 146 trucks\n"
        "  - 16 patrol boats\n"
        "* Training worth 0.6 billion.\n\n"
        "Examplia has given 9.4 billion* in all since the war began.\n\n"
        "* Including this package.\n"
    )
    release = release_from_text(text)
    assert _labels(release.root.children) == [
        ("*", ["-"]),
        ("*", ["-", "-"]),
        ("*", []),
    ]
    notes = [n for n in release.nodes() if n.kind == "footnote"]
    assert [release.node_text(n) for n in notes] == ["Including this package."]
    assert not lost_words(text, release)


def test_emphasis_opening_a_wrapped_line_goes_on() -> None:
    text = (
        "Joint Statement of Examplia and Samplia\n\n"
        "The Parties agree to take the following actions by 12 August 2025 under the\n"
        "terms of the statement they made in Example City in May of this year:\n\n"
        "1.  Examplia will continue to modify the application of the additional\n"
        "    *ad valorem* rate of duty on articles of Samplia set forth in the\n"
        "    order of 2 April 2025, for an additional period of ninety days.\n"
        "2.  Samplia will continue to modify the application of the additional\n"
        "    *ad valorem* rate of duty on articles of Examplia set forth in its\n"
        "    announcement of 2025, for an additional period of ninety days.\n"
    )
    release = release_from_text(text)
    labelled = [n for n in release.nodes() if n.label]
    assert [n.label for n in labelled] == ["1.", "2."]
    assert all("ninety days" in release.node_text(n) for n in labelled)
    assert not any(n.kind in ("heading", "footnote") for n in release.nodes())


def test_newsroom_end_mark_is_removed_escaped_or_not() -> None:
    for mark in ("###", "\\###", "-30-"):
        text = (
            "Leaders' Statement on Examplia\n\n"
            "We, the Leaders, condemn the attack in the strongest terms and call for calm.\n\n"
            f"{mark}\n"
        )
        release = release_from_text(text)
        assert all(mark not in release.node_text(n) for n in release.nodes())
        assert any(r.text == mark for r in release.removed)


def test_title_marks_of_pasted_markdown_are_not_the_title() -> None:
    body = "The minister presented the package to the press in Example City on Monday.\n"
    for first in ("# Support Package Presented", "**Support Package Presented**"):
        release = release_from_text(f"{first}\n\n{body}")
        assert release.title == "Support Package Presented"
        assert first in release.text  # the text keeps every character


def test_bold_lines_without_a_blank_between_are_one_block() -> None:
    text = (
        "Remarks at the Examplian Commission\n\n"
        "**Director Jane Example**  \n"
        "**Office of Examples Policy**\n\n"
        "Thank you, Chair. It is an honour to address the Commission today on our work.\n"
    )
    release = release_from_text(text)
    texts = [" ".join(release.node_text(n).split()) for n in release.nodes()]
    assert "**Director Jane Example** **Office of Examples Policy**" in texts
    assert not any(t.startswith("**Office") for t in texts)


def test_two_starred_annotations_stay_notes() -> None:
    text = (
        "Exports Rose in May\n\n"
        "Exports rose by 12 per cent in May against a year earlier, the ministry said.\n\n"
        "* Figures for May are provisional.\n"
        "* Source: Examplian Customs Service.\n"
    )
    release = release_from_text(text)
    starred = [n for n in release.nodes() if n.label == "*"]
    assert len(starred) == 2 and all(n.kind in ("note", "footnote") for n in starred)


def test_a_label_set_in_bold_is_the_label_it_encloses() -> None:
    """Session 41: "**A.** Offices ...", "**①** ...": the marks are the page's styling."""
    for text, label, family in (
        ("**A.** Offices shall keep a register of visitors.", "A.", "ALPHA."),
        ("**B.**\tOffices shall close at noon on Fridays.", "B.", "ALPHA."),
        ("__2.__ The Board noted the report.", "2.", "decimal."),
        ("**(c)** the third point of the list;", "(c)", "(alpha)"),
        ("**②** 위원회는 보고서를 검토한다.", "②", "circled"),
    ):
        found = match_label(text)
        assert found is not None and (found.label, found.family) == (label, family)
        assert text[found.body_offset :].lstrip()[:1] == text.split()[1][:1]
    for text in ("**WELCOMING** the plan", "**1. Background**", "** Not seasonally adjusted"):
        assert match_label(text) is None
    assert match_label("**•** x") is None
    found = match_label("b\\. for the offices that open on Sundays;")
    assert found is not None and found.label == "b\\." and label_number(found.label) == 2


def test_bold_letters_number_the_circular_and_its_numbers_nest_under_them() -> None:
    text = (
        "Circular to the Examplian District Offices\n\n"
        "This circular sets out what each district office does with its visitors.\n\n"
        "**A.** Offices shall keep a register of visitors with these columns:\n\n"
        "1. Name - the visitor's name as shown on an identity card.\n"
        "2. Purpose - the office or person the visitor came to see.\n\n"
        "**B.** Offices shall send the register to the head office every month and\n"
        "keep a copy for three years.\n\n"
        "**C.** Offices shall close at noon on the last Friday of each month.\n"
    )
    release = release_from_text(text)
    assert _labels(release.root.children) == [
        ("A.", ["1.", "2."]),
        ("B.", []),
        ("C.", []),
    ]
    assert not lost_words(text, release)
