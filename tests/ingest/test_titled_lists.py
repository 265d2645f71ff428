"""A numbered title over a list of sentences numbered another way heads the list
(titled_lists.py): "1. Secure Networks" over "- Networks that ..." or "(1) Combating
Crime" over "(a) The Parties will ...". Read as a numbered paragraph, the title pushed
every point under it a level too deep. A paragraph that leads into its points with a
colon, and an entry whose points the text sets in deeper, keep their points under
them. Made-up text in the shape of a joint statement and of an order paper."""

from __future__ import annotations

from briefing.ingest import release_from_text


def _kinds(text: str) -> dict[str, tuple[str, int]]:
    """First words of each labelled unit or heading, its label aside: (kind, depth of
    labelled ancestors)."""
    release = release_from_text(text)
    out: dict[str, tuple[str, int]] = {}

    def visit(node, depth: int) -> None:
        for child in node.children:
            words = " ".join(release.node_text(child).split()[:3])
            labelled = child.kind in ("paragraph", "item") and bool(child.label)
            level = depth + 1 if labelled else depth
            if child.kind == "heading" or labelled:
                out[words] = (child.kind, level)
            visit(child, level)

    visit(release.root, 0)
    return out


STATEMENT = """Joint Statement on Examplian Network Principles

The partners of Examplia share the following principles for the networks of the future:

1. Trusted Technology that Protects Users

- Networks that are built on secure and resilient technology as part of a trusted system.

- Networks that are maintained by suppliers who follow clear rules on data protection.

2. Open and Interoperable Innovation

- Networks that use open standards agreed through transparent and inclusive processes.

- Networks that allow new suppliers to enter the market on fair and equal terms.
"""


def test_numbered_titles_head_their_bullets() -> None:
    kinds = _kinds(STATEMENT)
    assert kinds["Trusted Technology that"] == ("heading", 0)
    assert kinds["Open and Interoperable"] == ("heading", 0)
    assert kinds["Networks that are"] == ("paragraph", 1)
    assert kinds["Networks that use"] == ("paragraph", 1)


AGREEMENT = """Agreement on Examplian Cooperation

(1) Countering Organized Crime

(a) The Parties will explore opportunities for information sharing between their agencies.

(b) The Parties recognize the need to act together against trafficking in all its forms.

(2) Protecting Critical Infrastructure

(a) The Parties will hold regular consultations on threats to their energy networks.
"""


def test_bracketed_titles_head_their_lettered_points() -> None:
    kinds = _kinds(AGREEMENT)
    assert kinds["Countering Organized Crime"][0] == "heading"
    assert kinds["The Parties will"] == ("paragraph", 1)
    assert kinds["The Parties recognize"] == ("paragraph", 1)


LEAD_IN = """Statement of the Examplian Council

1. The Council agreed on the following measures:

- Schools will reopen on the first Monday of the month after the holiday ends.

- Offices will keep their reduced hours until the end of the year at least.

2. The Council will meet again in the spring to review the measures taken.
"""


def test_a_lead_in_keeps_its_points() -> None:
    kinds = _kinds(LEAD_IN)
    assert kinds["The Council agreed"] == ("paragraph", 1)
    assert kinds["Schools will reopen"][1] == 2


ORDER_PAPER = """Announcements, Tablings and Committee Reports

1.    The Minister of Examplian Affairs

      a) Strategic Plan of the Examplian Development Institute for the coming years.

      b) Annual Report of the Examplian Water Board for the year just ended.

2.    The Minister of Examplian Finance

      a) Report of the Examplian Revenue Service on its collections for the year.

      b) Report of the Examplian Auditor on the accounts of the public pension fund.
"""


def test_points_set_in_deeper_stay_under_their_entry() -> None:
    kinds = _kinds(ORDER_PAPER)
    assert kinds["The Minister of"][0] == "paragraph"
    assert kinds["Strategic Plan of"][1] == 2


RUN_ON = """Statement of the Examplian Council

1. The Council decided to

- extend the reduced hours of public offices until the end of the year.

- reopen the schools on the first Monday of the month after the holiday.

2. The Council will meet again in the spring to review the measures taken.
"""


def test_a_lead_in_running_on_into_its_points_keeps_them() -> None:
    # No colon, but its points open in lower case: they end its sentence (review3).
    kinds = _kinds(RUN_ON)
    assert kinds["The Council decided"] == ("paragraph", 1)
    assert kinds["extend the reduced"][1] == 2
    kinds = _kinds(RUN_ON.replace("- extend", "(a) extend").replace("- reopen", "(b) reopen"))
    assert kinds["The Council decided"] == ("paragraph", 1)


def test_numbered_titles_head_points_of_any_bullet_mark() -> None:
    # "▪" and "○" are bullets as "-" is: the title heads them whatever the mark (review3).
    for mark in ("▪", "○"):
        kinds = _kinds(STATEMENT.replace("- Networks", f"{mark} Networks"))
        assert kinds["Trusted Technology that"] == ("heading", 0), mark
        assert kinds["Networks that are"][1] == 1, mark
