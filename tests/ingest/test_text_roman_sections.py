"""Roman-numbered sections of resolutions in plain text (roman_sections.py): a numeral
printed alone ("II") over its section's title, and a title with its numeral ("I. Peace")
over the section's first numbered paragraph, as ``pdftotext`` with and without
``-layout`` leave omnibus resolutions. The title is a heading holding the section's
clauses; it is never run into the first clause. A form's numbered parts and a lone "I"
in prose are left alone. Made-up text in the shape of real releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.model import Node, Release

from .helpers import lost_words

PLAIN = """The General Assembly,
I
Renewal of the payroll and human resources platform of the Organization
Recalling section IV of its resolution 90/283 of 7 July 2096 and section II of its
resolution 93/262 of 24 December 2098 on the renewal of the platform,
Having considered the ninth progress report of the Secretary-General on the renewal
of the platform and the related report of the Advisory Committee,
1. Takes note of the report of the Secretary-General;
2. Endorses the conclusions and recommendations contained in the report of the
Advisory Committee, subject to the provisions of the present resolution;
II
Request for a subvention to the Residual Special Tribunal for the Northern
Territories of the Lake Region
Approves a subvention of 2,500,000 dollars for the period from 1 January to
31 December 2100 for the Residual Special Tribunal for the Northern Territories;
III
Revised estimates resulting from decisions adopted by the Council of the
Organization at its forty-first session
1.
Reaffirms the unified character of the regulations and the vital importance of
preserving their integrity in all of their parts;
2. Calls upon all States that have not done so to accept the regulations;
"""

LAYOUT = """                   confident that, by then, we will be well on course towards the better and
                   more sustainable future we want for ourselves and our children.

                   I.     Sustainable development and financing for development
                   18. In 2095, we resolved to free the human race from the tyranny of poverty,
                   hunger and want and to heal and secure our planet for the generations to come.
                   19. We will take bold, ambitious, accelerated, just and transformative actions.

                   II. Science, technology and innovation and digital cooperation
                   20. Science, technology and innovation have the potential to accelerate the
                   realization of the aspirations of our peoples across all our work.
"""


def _units(release: Release) -> list[tuple[str, str, int]]:
    """(kind, text as printed, depth) of every node, in reading order."""
    found: list[tuple[str, str, int]] = []

    def walk(node: Node, depth: int) -> None:
        for child in node.children:
            text = " ".join(f"{child.label} {release.node_text(child)}".split())
            found.append((child.kind, text, depth))
            walk(child, depth + 1)

    walk(release.root, 0)
    return found


def _headings(release: Release) -> list[str]:
    return [text for kind, text, _ in _units(release) if kind == "heading"]


def test_a_numeral_alone_designates_its_section_title() -> None:
    release = release_from_text(PLAIN)
    heads = _headings(release)
    assert heads[0] == "Renewal of the payroll and human resources platform of the Organization"
    # A title wrapped over two lines is one heading, even where a line ends on a noun.
    assert heads[1].endswith("Northern Territories of the Lake Region")
    assert heads[2].endswith("at its forty-first session")
    assert not lost_words(PLAIN, release)


def test_the_first_clause_is_never_run_into_the_title() -> None:
    units = _units(release_from_text(PLAIN))
    texts = [text for _, text, _ in units]
    assert any(t.startswith("Recalling section IV") for t in texts)
    assert any(t.startswith("Approves a subvention") for t in texts)
    # The numbered paragraph whose label stood alone on its line opens its own unit.
    assert any(t.startswith("1. Reaffirms the unified character") for t in texts)
    assert not any("Region Approves" in t or "session 1." in t for t in texts)


def test_the_section_holds_its_clauses() -> None:
    units = _units(release_from_text(PLAIN))
    head = next(i for i, u in enumerate(units) if u[0] == "heading")
    recalling = next(i for i, u in enumerate(units) if u[1].startswith("Recalling section IV"))
    assert units[recalling][2] == units[head][2] + 1


def test_a_numbered_section_heading_ends_before_its_first_paragraph() -> None:
    release = release_from_text(LAYOUT)
    heads = _headings(release)
    assert heads == [
        "I. Sustainable development and financing for development",
        "II. Science, technology and innovation and digital cooperation",
    ]
    texts = [text for _, text, _ in _units(release)]
    assert any(t.startswith("18. In 2095") for t in texts)


def test_a_forms_numbered_parts_are_no_sections() -> None:
    form = """List of the particulars to be supplied

I

APPLICANT

1

Name of the applicant

2

Address of the applicant

II

VESSEL

3

Name of the vessel
"""
    # (Whatever else the form's short lines are, its parts are no sections.)
    heads = _headings(release_from_text(form))
    assert "APPLICANT" not in heads and "VESSEL" not in heads


def test_a_lone_pronoun_line_is_no_section() -> None:
    text = """The Minister said the talks had gone well.
I
think we have made real progress on the question of access to markets, he added.
"""
    units = _units(release_from_text(text))
    assert not any(kind == "heading" and text.startswith("think") for kind, text, _ in units)


def test_a_wrapped_figure_still_goes_on_in_a_paragraph() -> None:
    # Only a title's line ends before a number: inside a paragraph a wrap that carries a
    # figure to the line start is still a wrap.
    text = """The Committee noted that the number of staff members in the Professional
and higher categories at the headquarters duty stations had risen from 612 to
715. It requested further information on the trend in its next report to the Board.
"""
    units = _units(release_from_text(text))
    assert len([u for u in units if u[0] == "paragraph"]) == 1
