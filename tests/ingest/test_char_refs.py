"""A no-break space written as a character reference and kept in text saved or copied
from a page ("a&nbsp;word", "&#160;") is shown as a space (char_refs); references to a
mark ("&#34;", "&amp;") and letters that only look like a reference ("AT&T;", a link's
"&section=2") stay as printed. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text


def test_no_break_space_references_are_shown_as_spaces() -> None:
    text = (
        "Ministry of Examplia\n\n"
        "Dobrý den, dámy a&nbsp;pánové,\n\n"
        "the Ministry of Examplia signed the decree on fisheries with the Council of "
        "Samplia on Monday, 3&#160;March, in the presence of Dr.&thinsp;Example.\n"
    )
    release = release_from_text(text)
    words = release.text.split()
    assert "pánové," in words and "March," in words and "Example." in words, release.text
    assert "&nbsp;" not in release.text and "&#160;" not in release.text
    assert any(r.kind == "markup" and "no-break space" in r.text for r in release.removed)


def test_references_to_marks_and_lookalikes_stay_as_printed() -> None:
    # A mark's reference leaves the words whole; no semicolon ("&para", "&sect" in a
    # link's query, which HTML's lax parsing would read as "¶" and "§"), or a name HTML
    # does not know: no reference. All left as printed.
    link = "https://examplia.example/notice?lang=en&section=2&para=4"
    text = (
        "Ministry of Examplia\n\n"
        "The decree &#34;On Fisheries&#34; of Examplia &amp; Samplia, the R&D budget, the "
        f"AT&T; line and &examplia; stay as printed in the note published at {link} today.\n"
    )
    release = release_from_text(text)
    assert "&#34;On Fisheries&#34; of Examplia &amp; Samplia, the R&D budget" in release.text
    assert "AT&T; line and &examplia; stay" in release.text and link in release.text
    assert not any("no-break space" in r.text for r in release.removed)


def test_a_reference_to_a_line_break_parts_the_words_within_the_line() -> None:
    # A page's source saved as text keeps "&#10;", "&#13;" and "&#12;" (a break the CMS
    # escaped): shown as a space, not as a break inside the line or a page's end.
    text = (
        "Ministry of Examplia\n\n"
        "The council of Samplia agreed&#10;to the decree&#12;on fisheries&#13;as printed "
        "in the note of the Ministry of Examplia published on Monday.\n"
    )
    release = release_from_text(text)
    assert "agreed to the decree on fisheries as printed" in release.text, release.text
    assert "\f" not in release.text and "\r" not in release.text
