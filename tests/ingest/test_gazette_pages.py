"""Official gazettes as users receive them: pages of a gazette issue printed as text
(``pdftotext``) or read from the PDF. Made-up text in the shapes gazettes are printed in."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.readers.pdf_running import line_key

_GAP = " " * 40


def _two_page_gazette() -> str:
    banner = (
        "PART I : SECTION (I) - GAZETTE EXTRAORDINARY OF THE REPUBLIC OF EXAMPLIA"
        " AND ITS ISLANDS - 07.02.2020"
    )
    body = "\n".join(
        f"The Minister shall assign the functions listed in item {n} of the Schedule to the\n"
        "State Minister named below, with effect from the date of this notification.\n"
        for n in range(1, 9)
    )
    return (
        f"      Examplia Gazette Extraordinary - 2020.02.07{_GAP}1A\n"
        f"   {banner}\n\n"
        "                 NOTIFICATION UNDER THE CONSTITUTION\n\n"
        f"{body}\n"
        f"\f2A{_GAP}Examplia Gazette Extraordinary - 2020.02.07\n"
        f"   {banner}\n\n"
        "                           SCHEDULE\n\n"
        f"{body}"
    )


def test_a_gazette_running_head_with_its_part_letter_page_numbers_is_furniture():
    # Page "1A" on the right of page 1's head, "2A" on the left of page 2's: the same
    # head, its number carrying the gazette part's letter.
    release = release_from_text(_two_page_gazette())
    removed = [r.text for r in release.removed if r.kind == "page-furniture"]
    assert any(t.startswith("Examplia Gazette Extraordinary") for t in removed)
    assert "2020.02.07" not in release.text.split("SCHEDULE")[1]


def test_a_gazette_s_long_dated_banner_repeated_at_page_tops_is_furniture():
    # Longer than a short title, but printed word for word at the top of both pages
    # with the issue's date in it.
    release = release_from_text(_two_page_gazette())
    assert "GAZETTE EXTRAORDINARY OF THE REPUBLIC" not in release.text
    assert "SCHEDULE" in release.text


def test_a_long_undated_line_repeated_at_page_tops_stays():
    # A table's header row repeated over two pages carries no date: not a running head.
    head = (
        "Programme element and responsible office of the ministry concerned"
        " Objective of the programme element Indicator of achievement"
    )
    rows = "\n".join(f"Element {n} of the programme is carried out as planned." for n in range(12))
    text = f"{head}\n{rows}\n\f{head}\n{rows}\n"
    release = release_from_text(text)
    assert release.text.count("Programme element and responsible office") == 2


def test_pdf_running_key_drops_a_part_lettered_page_number_at_either_edge():
    assert line_key("Examplia Gazette - 2020.02.07 1A") == line_key("2A Examplia Gazette - 2020.02.07")
    assert line_key("Examplia Gazette 12") == line_key("13 Examplia Gazette")
    # A word that is no page number stays part of the key.
    assert line_key("Annex B") != line_key("Annex")


def _regulation_pages(catch: str, next_top: str, page_number: str = "- 2 -") -> str:
    return (
        "PERATURAN MENTERI CONTOH\nNOMOR 7 TAHUN 2021\nTENTANG\nTATA CARA CONTOH\n\n"
        "Menimbang : a. bahwa untuk menata pelayanan contoh perlu ditetapkan\n"
        "tata cara yang sederhana dan jelas bagi semua pihak;\n"
        "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam\n"
        "huruf a, perlu menetapkan Peraturan Menteri tentang Tata Cara Contoh;\n"
        f"{catch}\n\f{page_number}\n{next_top}\n"
        "peraturan perundang-undangan yang berlaku.\n\n"
        "Ditetapkan di Jakarta\npada tanggal 3 Maret 2021\n"
    )


def test_a_catchword_over_the_next_page_is_page_furniture():
    text = _regulation_pages("Mengingat . . .", "Mengingat : Undang-Undang Nomor 1 Tahun 2000 tentang Contoh dan")
    release = release_from_text(text)
    removed = [r.text for r in release.removed]
    assert "Mengingat . . ." in removed
    assert release.text.count("Mengingat") == 1


def test_a_numbered_catchword_in_raw_text_without_form_feed():
    text = _regulation_pages("10. Peraturan...", "10. Peraturan Menteri Contoh Nomor 2 Tahun 2010 tentang", "- 3 -")
    release = release_from_text(text.replace("\f", ""))
    assert "10. Peraturan..." in [r.text for r in release.removed]


def test_an_ellipsis_line_is_kept_unless_the_next_page_opens_on_its_words():
    # The next page opens on other words: an unfinished line of the text, kept.
    text = _regulation_pages("Menurut pendapat kami . . .", "Mengingat : Undang-Undang Nomor 1 Tahun 2000 tentang")
    assert "Menurut pendapat kami" in release_from_text(text).text
    # No page break between them: a line of the text repeated, kept.
    text = "Agar . . .\nAgar setiap orang mengetahuinya, memerintahkan pengundangan.\n"
    assert release_from_text(text).text.count("Agar") == 2


def test_the_title_is_the_act_s_heading_under_the_gazette_masthead():
    text = """\
                 The Gazette of the Republic of Examplia
                              EXTRAORDINARY
                  No. 31/7 - TUESDAY, MARCH 03, 2020
                         (Published by Authority)

                 PART I : SECTION (I) — GENERAL
                       Government Notifications

             THE PORTS AND HARBOURS ACT OF EXAMPLIA
                    Delegation of functions

IT is hereby notified that the functions of the Port Authority listed in the Schedule
are delegated to the State Minister of Harbours with effect from the date of this
notification.

                                                        A. N. EXAMPLE,
                                                        Minister of Ports.
Colombo 01,
2nd March, 2020.
"""
    release = release_from_text(text)
    assert release.title is not None
    assert release.title.startswith("THE PORTS AND HARBOURS ACT OF EXAMPLIA")


def test_without_a_gazette_masthead_a_part_heading_may_still_title_a_page():
    # No "Published by Authority": the rule stays out (a report's "PART I" heading).
    text = """\
PART I: REVIEW OF THE HARBOUR WORKS PROGRAMME

The harbour works programme was reviewed in the course of the year and its results
are set out below for the information of the members of the board.
"""
    release = release_from_text(text)
    assert release.title == "PART I: REVIEW OF THE HARBOUR WORKS PROGRAMME"


_REGISTER_SITE_TEXT = """\
          Executive Order 99999 of March 3, 2031
          Example Arrangements for Harbour Offices
          By the authority vested in me as President, it is hereby ordered as follows:
          Section 1. The harbour offices listed in this order are hereby designated.
          (a)  The Office of Harbour Works.
          (b)  The Office of Harbour Safety.Start Printed Page 12346
          (c)  The Office of Harbour Records.
          Sec. 2. This order takes effect at once.
          THE WHITE HOUSE,
          March 3, 2031.
          Filed 3-5-31; 8:45 am]
[FR Doc. 31-0042
Billing code 3295-F1-P
"""


def test_register_site_page_marks_are_cut_out_of_the_line_they_run_into():
    release = release_from_text(_REGISTER_SITE_TEXT)
    assert "Start Printed Page" not in release.text
    assert "The Office of Harbour Safety." in release.text
    assert "Start Printed Page 12346" in [r.text for r in release.removed]


def test_a_filing_trailer_come_apart_is_furniture():
    release = release_from_text(_REGISTER_SITE_TEXT)
    removed = [r.text for r in release.removed]
    assert "Filed 3-5-31; 8:45 am]" in removed
    assert "[FR Doc. 31-0042" in removed
    assert "Billing code 3295-F1-P" in removed
    # One piece alone (a citation of a filing) is no trailer: kept.
    alone = release_from_text("The notice was published as [FR Doc. 31-0042\nin the register.\n")
    assert "[FR Doc. 31-0042" in alone.text


_NOTICE = """\
                 The Gazette of the Republic of Examplia
                              EXTRAORDINARY
                  No. 31/7 - TUESDAY, MARCH 10, 2020
                         (Published by Authority)

             THE PORTS AND HARBOURS ACT OF EXAMPLIA

IT is hereby notified that the functions of the Port Authority listed in the Schedule
are delegated to the State Minister of Harbours with effect from 1st March, 2020.

                                                        A. N. EXAMPLE,
                                                        Minister of Ports.
Ministry of Ports,
Colombo 01,
{dateline}
"""


def test_a_gazette_notice_is_dated_by_its_own_dateline_not_the_issue():
    release = release_from_text(_NOTICE.format(dateline="2nd March, 2020."))
    assert release.date == "2020-03-02"


def test_a_gazette_issue_of_several_dated_notices_keeps_another_date():
    # Two datelines: an issue of several notices, none of which dates the whole.
    text = _NOTICE.format(dateline="2nd March, 2020.") + "\nA second notice follows.\n\n4th March, 2020.\n"
    assert release_from_text(text).date != "2020-03-02"


def test_pdf_dated_issue_head_under_a_logo_is_furniture():
    # A bulletin's dated head, just under the top band on every page (a logo above it),
    # is taken as furniture; an undated line repeated there (a form's heading) is not.
    from briefing.ingest.readers.pdf_chars import Piece
    from briefing.ingest.readers.pdf_furniture import strip_furniture
    from briefing.ingest.readers.pdf_lines import PdfLine

    box = (0.0, 842.0)

    def line(text: str, y: float, n: int) -> PdfLine:
        return PdfLine([Piece(text, 72.0, 400.0, y, 9.0, False, False)], page=n, row=int(y), y=y)

    def pages(head: str) -> list[list[PdfLine]]:
        body = "The council met on day {} and agreed the works listed below."
        return [[line(head, 711.0, n), line(body.format(n), 500.0, n)] for n in range(4)]

    _, removed = strip_furniture(pages("Monday, 26 October 2020 - Issue No. 136"), [box] * 4)
    assert removed.count("Monday, 26 October 2020 - Issue No. 136") == 4
    kept, _ = strip_furniture(pages("OBJECTIVE OF THE WORK PACKAGE"), [box] * 4)
    assert all(any(x.text == "OBJECTIVE OF THE WORK PACKAGE" for x in p) for p in kept)



def test_a_dated_running_head_that_counts_the_pages_is_furniture(tmp_path) -> None:
    from briefing.ingest import load_release

    body = "The House met at 9.30 a.m. and the Speaker took the Chair for prayers. " * 3
    pages = [
        f"9th May 2031 IMAGINARY ASSEMBLY DEBATES {n}\n\n{body}\n\nMembers debated item {n}."
        for n in (1, 2, 3)
    ]
    path = tmp_path / "hansard.txt"
    path.write_text("\n\f".join(pages), encoding="utf-8")
    release = load_release(path)
    removed = [r.text for r in release.removed]
    assert sum("IMAGINARY ASSEMBLY DEBATES" in t for t in removed) == 3
    assert "IMAGINARY ASSEMBLY DEBATES" not in release.text
def test_a_gazette_printer_s_imprint_is_furniture():
    text = _NOTICE.format(dateline="2nd March, 2020.") + (
        "\n\n        PRINTED AT THE GOVERNMENT PRINTING OFFICE, EXAMPLIA.\n"
    )
    release = release_from_text(text)
    assert "PRINTED AT THE GOVERNMENT PRINTING OFFICE, EXAMPLIA." in [r.text for r in release.removed]
    # Without a gazette's masthead the same line is left alone.
    plain = "The report follows.\n\nPRINTED AT THE GOVERNMENT PRINTING OFFICE, EXAMPLIA.\n"
    assert "PRINTED AT THE GOVERNMENT" in release_from_text(plain).text


def test_a_presidential_document_is_dated_by_its_heading_not_the_issue():
    text = """\
Federal Register / Vol. 99, No. 12 / Monday, March 9, 2031 / Presidential Documents
Title 3--
The President
Proclamation 99999 of March 3, 2031
Example Harbour Week, 2031
By the President of the United States of America
A Proclamation
In Proclamation 99001 of May 1, 2030 (Example Harbour Day), I called on all
Americans to honor the harbour workers of the Nation.
"""
    assert release_from_text(text).date == "2031-03-03"


def test_a_cited_order_running_on_after_its_date_dates_nothing():
    from briefing.ingest.act_signatures import presidential_date_line

    assert presidential_date_line("In Executive Order 13001 of May 1, 2030 (Example), I ...\n") == ""
    assert presidential_date_line("  Executive Order 13002 of May 2, 2030\nTitle\n") == (
        "Executive Order 13002 of May 2, 2030"
    )


def test_a_section_label_alone_on_its_line_opens_the_section_under_it():
    # federalregister.gov's text: "Sec. 2." in an element of its own, its caption and
    # text on the next line.
    text = (
        "Example Arrangements for Harbour Offices\n\n"
        "By the authority vested in me as President, it is hereby ordered as follows:\n\n"
        "Section 1.\nDesignation. The harbour offices listed below are designated.\n\n"
        "Sec. 2.\nEffect. This order takes effect at once.\n"
    )
    release = release_from_text(text)
    labelled = {n.label: release.text[n.start : n.end] for n in release.nodes() if n.label}
    assert labelled["Section 1."].startswith("Section 1.")
    assert "Designation." in labelled["Section 1."]
    assert "Effect." in labelled["Sec. 2."]
    # A section heading without its point ("SECTION 1" over "INTRODUCTION") is left alone.
    from briefing.ingest.segment import is_lone_label

    assert not is_lone_label("SECTION 1")
