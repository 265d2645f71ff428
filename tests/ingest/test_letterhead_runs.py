"""A record's or an institution's letterhead over the title (short lines naming the
issuer, its legislature, session or record, and the day) is the document's own head,
not a site's menu: it stays in the text, while a copied page's menu is still taken.
All text here is made up in the shape of real records and pages."""

from __future__ import annotations

from briefing.ingest.letterhead_runs import is_letterhead_run
from briefing.ingest.pipeline import release_from_text

RECORD = "\n\n".join(
    [
        "REPUBLIC OF EXAMPLIA",
        "NINTH PARLIAMENT",
        "NATIONAL ASSEMBLY",
        "THE HANSARD",
        "Tuesday, 4th March 2031",
        "The House met at 2.30 p.m.",
        "The Speaker took the Chair and read the prayers, after which the Clerk called the"
        " first order of the day, the second reading of the Harbour Works Bill.",
        "The Member for Riverside rose to say that the Bill had waited two sessions and that"
        " the harbour's users had been consulted at length before it was tabled.",
    ]
)

PAGE = "\n".join(
    [
        "Startseite",
        "Aktuelles",
        "Themen",
        "Termine",
        "Kontakt",
        "Neue Brücke über den Hafen eröffnet",
        "Die Stadt hat heute die neue Brücke über den Hafen für den Verkehr freigegeben,"
        " nach zwei Jahren Bauzeit und pünktlich zum Beginn der Sommerferien.",
        "Der Bürgermeister dankte allen Beteiligten für die gute Zusammenarbeit auf der"
        " Baustelle und kündigte ein Fest für das kommende Wochenende an.",
    ]
)


def test_a_records_letterhead_is_kept() -> None:
    release = release_from_text(RECORD)
    removed = " ".join(r.text for r in release.removed)
    for line in ("REPUBLIC OF EXAMPLIA", "NINTH PARLIAMENT", "NATIONAL ASSEMBLY"):
        assert line not in removed, line
        assert line in release.text, line


def test_a_pasted_menu_is_still_taken() -> None:
    release = release_from_text(PAGE)
    removed = [r.text for r in release.removed]
    assert "Termine" in removed
    assert "Neue Brücke" in release.title


def test_run_shapes() -> None:
    assert is_letterhead_run(["REPUBLIC OF EXAMPLIA", "NINTH PARLIAMENT", "THE HANSARD", "Vol. II"])
    assert is_letterhead_run(["Bank of Examplia", "Press Office", "12 May 2031", "Ref. 4"])
    # A page number or a rule among the lines counts neither way; a contact field whose
    # label is in another script is the letterhead's.
    assert is_letterhead_run(["May 2, 2031", "The Bank of Examplia", "1", "----", "(Draft)"])
    assert is_letterhead_run(["BANK OF EXAMPLIA", "Banque d'Examplie", "वेबसाइट : www.example.org"])
    # A link label or site section among the lines makes the run a menu.
    assert not is_letterhead_run(["Bank of Examplia", "Home", "News", "Contact us"])
    # A UN-style cover's registry fields are the cover's metadata, left to the menu pass.
    assert not is_letterhead_run(
        ["United Nations", "General Assembly", "Distr.: General", "1 May 2031"]
    )
    # Short lines naming no issuer: a menu.
    assert not is_letterhead_run(["Sport", "Culture", "Weather", "Opinion"])
