"""Rosters of members or attendees in PDFs: the last name is the list's last entry, not a
heading over the prose after it, untitled entries filling the measure stay one a line, a
bold name set flush right is a signature (issue 11 item 3: unseen central-bank minutes).
Made-up names and minutes, on small PDFs written with the fixture builder of
test_readers_pdf and on made-up blocks."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.readers import read_file
from briefing.ingest.roles import assign_roles
from briefing.ingest.segment import Block
from tests.ingest.test_readers_pdf import body, make_layout_pdf

NAMES = ["Anna Field, Chair", "Bruno Castell", "Carla M Osei", "Dylan Frost", "Edith Park"]
AFTER = "Felix Gray was present as the Treasury representative."


def _full(n: int) -> str:
    return (f"line {n} of the report on the work of the committee and its members")[:60]


def test_last_name_of_a_members_list_in_a_pdf_is_no_heading(tmp_path: Path) -> None:
    page = [(72, 760 - 12 * i, body(_full(i))) for i in range(4)]
    page.append((72, 700, body("12. The following members of the Committee were present:")))
    page += [(72, 684 - 12 * i, body(name)) for i, name in enumerate(NAMES)]
    page.append((72, 620, body(AFTER)))
    release = load_release(make_layout_pdf(tmp_path / "t.pdf", [page]), suggest=False)
    kinds = {release.node_text(n).strip(): n.kind for n in release.nodes()}
    assert "Edith Park" in kinds
    assert kinds["Edith Park"] != "heading"
    assert not any(n.kind == "heading" for n in release.nodes())


def _roles(texts: list[str], blanks: list[int]) -> list[str]:
    blocks = [Block(t, blank_before=b) for t, b in zip(texts, blanks, strict=True)]
    return [r.kind for r in assign_roles(blocks)]


def test_last_name_closing_a_run_of_names_is_an_entry() -> None:
    texts = ["3. The following members were present:", *NAMES, AFTER]
    kinds = _roles(texts, [0] * len(texts))
    assert kinds[len(NAMES)] != "heading"


def test_heading_set_apart_after_a_list_of_names_stays_a_heading() -> None:
    # A blank line parts it from the entries (they sit together): a heading after a list.
    texts = ["3. The following members were present:", *NAMES[:3], "Market Developments", AFTER]
    blanks = [0, 0, 0, 0, 1, 0]
    assert _roles(texts, blanks)[4] == "heading"


def test_name_shaped_line_after_prose_can_still_head() -> None:
    # No run of names above it: the line is judged by the other rules.
    texts = [AFTER, "Monetary Policy", AFTER.replace("Felix", "Gina")]
    assert _roles(texts, [0, 0, 0])[1] == "heading"


def _roster_page(entries: list[str]) -> list:
    page = [(72, 760 - 12 * i, body(_full(i))) for i in range(4)]
    page.append((72, 700, body("12. The following members of the Committee were present:")))
    page += [(72, 684 - 12 * i, body(e)) for i, e in enumerate(entries)]
    page.append((72, 684 - 12 * len(entries) - 12, body(AFTER)))
    return page


def _lines(tmp_path: Path, page: list) -> list[str]:
    return [line.text for line in read_file(make_layout_pdf(tmp_path / "r.pdf", [page])).lines]


def test_untitled_entries_filling_the_measure_stay_one_a_line(tmp_path: Path) -> None:
    # Entries stopping short of the margin by less than the next name's first word:
    # names with offices, untitled, one a line all the same (not one wrapped line).
    entries = [
        "Anna Field, Deputy Governor responsible for monetary policy",
        "Bruno Castell, Deputy Governor responsible for the markets",
        "Carla Osei",
        "Dylan Frost",
    ]
    out = _lines(tmp_path, _roster_page(entries))
    for entry in entries:
        assert entry in out


def test_titled_entry_with_its_office_carried_over_is_one_line(tmp_path: Path) -> None:
    entries = [
        "Mr. Bo Ray, Director of the Markets Department",
        "Ms. Ann Lee, Director of Communications, Public Affairs and",
        "Community Relations",
        "Mr. Cal Dunn, Committee Secretariat",
    ]
    out = _lines(tmp_path, _roster_page(entries))
    assert "Ms. Ann Lee, Director of Communications, Public Affairs and Community Relations" in out


def test_names_run_on_with_commas_stay_one_line(tmp_path: Path) -> None:
    entries = [
        "Anna Field, Bruno Castell, Carla Osei, Dylan Frost, Edith Park,",
        "Felix Gray",
    ]
    out = _lines(tmp_path, _roster_page(entries))
    assert " ".join(entries) in out


def test_bold_name_set_flush_right_is_a_signature_not_a_heading(tmp_path: Path) -> None:
    page = [(72, 760, [("Policy Statement of the Monetary Committee", "bold", 10, 0)])]
    page += [(72, 736 - 12 * i, body(_full(i))) for i in range(4)]
    page.append((72, 688, body("The Committee will meet again in December.")))
    page.append((300, 660, [("Anna Field", "bold", 10, 0)]))
    page.append((300, 648, body("Chief Adviser")))
    release = load_release(make_layout_pdf(tmp_path / "s.pdf", [page]), suggest=False)
    kinds = {release.node_text(n).strip(): n.kind for n in release.nodes()}
    assert "Anna Field" in kinds
    assert kinds["Anna Field"] != "heading"


def test_bold_heading_at_the_left_margin_stays_a_heading(tmp_path: Path) -> None:
    page = [(72, 772, [("Policy Statement of the Monetary Committee", "bold", 12, 0)])]
    page += [(72, 748 - 12 * i, body(_full(i))) for i in range(4)]
    page.append((72, 700, body("The Committee will meet again in December.")))
    page.append((72, 676, [("Recent Developments", "bold", 10, 0)]))
    page += [(72, 652 - 12 * i, body(_full(i))) for i in range(3)]
    page.append((72, 616, body("The outlook was broadly unchanged.")))
    release = load_release(make_layout_pdf(tmp_path / "h.pdf", [page]), suggest=False)
    kinds = {release.node_text(n).strip(): n.kind for n in release.nodes()}
    assert kinds.get("Recent Developments") == "heading"
