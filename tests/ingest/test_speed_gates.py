"""Cheap gates in front of passes that can only fire on lines of a shape: each gate lets
through every line the pass could take (checked here against the pass's own test), so
skipping the pass elsewhere changes no result."""

from __future__ import annotations

import re

from briefing.ingest.contents_lists import _PAGE_AT_END, LEADER_MIN_MARKS, is_leader_entry
from briefing.ingest.email_headers import _FROM, _MARKING
from briefing.ingest.figure_labels import _has_words
from briefing.ingest.pipeline import _STOPWORDS, detect_language
from briefing.ingest.signature_stamps import _SIGNED_BY
from briefing.ingest.textfurniture import _head_without_number, _line_openings

LINES = [
    "From: Jane Example",
    "  FROM : desk@example.org",
    "\tfrom:x",
    "UNCLASSIFIED",
    "   [SEC=OFFICIAL]",
    "OFFICIAL: Sensitive",
    "IN-CONFIDENCE",
    "FOR OFFICIAL USE ONLY",
    "SENSITIVE BUT UNCLASSIFIED",
    "Digitally signed by JANE EXAMPLE",
    "  Firmato digitalmente da PISANO PAOLA",
    "Signé numériquement par X",
    "Assinado de forma digital por X",
    "digitalt signerad av X",
    "Signed digitally by X",
    "The minister said, from the podium, that peace remains a priority.",
    "Official visit to Laos",
    "Signals from the region",
    "",
    "   ",
]


def test_line_openings_let_every_taken_line_through() -> None:
    for line in LINES:
        mail = bool(_FROM.match(line.strip()) or _MARKING.match(line.strip()))
        signature = bool(_SIGNED_BY.match(" ".join(line.split())))
        for text in (line, f"Some words\n{line}\nmore words", f"{line}\nmore"):
            found_mail, found_signature = _line_openings(text)
            assert found_mail or not mail, line
            assert found_signature or not signature, line


def test_line_openings_skip_prose() -> None:
    prose = "The minister said that peace remains a priority.\n\nDelegations welcomed it."
    assert _line_openings(prose) == (False, False)


def _leader_entry_ungated(text: str) -> bool:
    if "." not in text and "…" not in text:
        return False
    page = _PAGE_AT_END.search(text[-12:])
    if page is None:
        return False
    head = text[: len(text) - 12 + page.start()] if len(text) > 12 else text[: page.start()]
    marks = head.replace(" ", "").replace("\t", "")[-LEADER_MIN_MARKS:]
    return len(marks) == LEADER_MIN_MARKS and all(ch in ".…" for ch in marks)


def test_leader_entry_gate_changes_no_answer() -> None:
    texts = [
        "Introduction ........ 3",
        "Introduction ........ 3 \t",
        "Introduction ........ 12\n",
        "Introduction …………… ٣",  # (an Arabic-Indic digit is a decimal, as \d reads it)
        "Introduction ........ iv",
        "The plan was adopted.",
        "1. Peace. 2",
        "",
        "....",
        "Annex . . . . . 45",
    ]
    for text in texts:
        assert is_leader_entry(text) == _leader_entry_ungated(text), text


def test_has_words_reads_the_body_from_its_offset() -> None:
    assert _has_words("12. Text", 4)
    assert not _has_words("12. 2.4  94", 4)
    assert not _has_words("1. " + "9" * 500 + " word", 3)  # (only 400 characters looked at)


def _language_by_every_token(text: str) -> str:
    sample = text[:20000]
    tokens = re.findall(r"[^\W\d_]+", sample.lower())
    scores = {lang: sum(t in words for t in tokens) for lang, words in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else ""


def test_language_scores_counted_once_agree() -> None:
    for text in (
        "The minister said that the council and the delegations would meet.",
        "Le ministre a dit que les délégations et le conseil se réuniront pour la paix.",
        "og av ikke til også eller ved denne",  # (Danish and Norwegian share words: a tie)
        "Der Minister sagte, dass die Delegationen und der Rat sich treffen.",
        "1234 5678",
    ):
        assert detect_language(text) == _language_by_every_token(text), text


def test_numbered_heads_gate_skips_only_lines_without_a_page_number() -> None:
    lines = [
        "Bank of England Page 2",
        "Annual report page 3 of 7",
        "Sri Lanka Gazette page 1A",
        "Welcomed progress on the agenda.",
        "Page 2 of the message",
        "The stage was set 1",
        "Language page ٣",
    ]
    for raw in lines:
        last = raw.rstrip()[-1:]
        skipped = not (last.isdigit() or "A" <= last <= "Z")
        assert not (skipped and _head_without_number(raw)[0]), raw



def test_print_line_look_needs_a_spelt_page_only_for_its_page_line() -> None:
    from briefing.ingest.textfurniture import _may_hold_print_lines

    for whole in ("Text\nPage 2 of 7", "Text\n\fPAGE 3", "Text\n  page 4", "See www.example.org"):
        spelt = "age " in whole or "AGE " in whole
        assert _may_hold_print_lines(whole, spelt) == _may_hold_print_lines(whole)
    assert not _may_hold_print_lines("The minister spoke.\n2", spelt_page=False)


def test_roman_numeral_gate_agrees_with_the_stripped_test() -> None:
    """is_roman_alone answers long lines from two characters, with no copy of the line:
    the same answer as stripping them first, whatever spaces pad the numeral."""
    from briefing.ingest.roman_sections import _ROMAN_ALONE, is_roman_alone

    def stripped_answer(text: str) -> bool:
        bare = text.strip()
        return 0 < len(bare) <= 6 and bool(_ROMAN_ALONE.fullmatch(bare))

    samples = [
        "II", "XIV", "  XIV  ", "       II", "II       ", "\u3000\u3000\u3000IV\u3000\u3000\u3000",
        "IIIIIII", "Introduction", "XVIII ", " XVIII", "XVIIIa", "\tVI\t\t\t\t\t", "", "      ",
        "VIII.  The second part of a made-up report",
    ]  # fmt: skip
    for text in samples:
        assert is_roman_alone(text) == stripped_answer(text), text


def test_last_word_of_a_blank_line_is_empty() -> None:
    """A line of spaces has no last word: nothing dangles after it."""
    from briefing.ingest.segment import _dangling, _ends_on_function_word

    assert not _dangling("   ")
    assert not _dangling("")
    assert _dangling("the talks were held in")
    assert _dangling("as agreed by the Parties of ")
    assert not _ends_on_function_word(" \t ")
    assert _ends_on_function_word("a statement issued on behalf of the")


def test_walk_visits_leaves_and_branches_in_reading_order() -> None:
    from briefing.model import Node

    leaf = [Node(f"n{k}", "paragraph") for k in range(5)]
    mid = Node("m", "heading", children=[leaf[1], leaf[2]])
    root = Node("root", "root", children=[leaf[0], mid, Node("e", "list"), leaf[3]])
    leaf[3].children.append(leaf[4])
    assert [n.id for n in root.walk()] == ["root", "n0", "m", "n1", "n2", "e", "n3", "n4"]


def test_note_passes_sharing_one_joined_text_change_nothing() -> None:
    """lines_from_text joins the lines once and looks for "otes" once for both note
    passes: the lines come out as each pass working on its own copy made them."""
    from briefing.ingest.readers.text import lines_from_text, split_lines
    from briefing.ingest.text_fragments import join_inline_breaks
    from briefing.ingest.text_md_notes import convert_markdown_notes
    from briefing.ingest.text_note_list import number_note_list
    from briefing.ingest.text_notes import join_note_markers

    texts = [
        "A made-up statement on examples.1\n\nNotes\n\n1 See the example report.",
        "Text with a mark.2\n__________\n   2\n     See the made-up annex.",
        "First point of the text.[1]\n\nNOTES\n1. A note on the first point. Return to text",
        "Para one.\n*\nThe star's note.\n*\nAnother one.\n\nEndnotes\n1 A note.",
        "Plain text with no notes at all.\n\nIt promotes nothing and quotes nobody.",
    ]
    for text in texts:
        dropped: list[tuple[str, str]] = []
        raw = number_note_list(convert_markdown_notes(split_lines(text), dropped), dropped)
        expected = join_inline_breaks(join_note_markers(raw))
        assert [line.text for line in lines_from_text(text)] == expected, text


def test_related_pages_label_looked_for_once_with_the_same_answer(monkeypatch) -> None:
    """assign_roles asks for the "Related news" label once: the body's end and the tail
    roles read the one answer (no pass after the label passes changes a block)."""
    from briefing.ingest import roles
    from briefing.ingest.segment import Block

    texts = [
        "Ministry of Examples",
        "Example Board keeps the rate unchanged",
        "1 March 2030",
        "The Example Board decided today to keep its policy rate at 2 per cent, citing steady"
        " prices and firm demand across the made-up economy.",
        "Inflation is expected to stay near the target over the next two years, the Board said.",
        "Related news",
        "Board publishes its annual report",
        "2 February 2030",
        "Board opens a consultation",
        "3 January 2030",
    ]
    blocks = [Block(t) for t in texts]
    before = [r.kind for r in roles.assign_roles(list(blocks))]
    calls: list[int] = []
    real = roles._related_pages_label

    def counted(blocks_: list[Block], body_start: int) -> int:
        calls.append(body_start)
        return real(blocks_, body_start)

    monkeypatch.setattr(roles, "_related_pages_label", counted)
    after = [r.kind for r in roles.assign_roles([Block(t) for t in texts])]
    assert after == before
    # (Once from the body's start; once more only for the teasers after the body's end.)
    assert len(calls) == len(set(calls))


def test_paragraph_a_line_asked_only_for_a_short_line_without_a_comma(monkeypatch) -> None:
    """Double-spaced text of long sentence-ending paragraphs never reaches the one
    question that reads "a paragraph a line" (a short comma-free line before a blank):
    segmenting it scans no line for it; the blocks are the same either way."""
    from briefing.ingest import segment as S
    from briefing.ingest.extracted import Extracted, Line

    para = (
        "The made-up council met on a Tuesday and agreed that every example in this test"
        " should run well past one hundred characters, and that it should end on a stop."
    )
    text_lines: list[str] = []
    for k in range(12):
        text_lines += [f"{para} Item {k}.", ""]

    def blocks() -> list[tuple[str, int]]:
        extracted = Extracted(lines=[Line(t) for t in text_lines], format="text")
        return [(b.text, b.line_count) for b in S.segment(extracted)]

    before = blocks()
    calls: list[int] = []
    real = S.paragraph_per_line

    def counted(lines: list[str]) -> bool:
        calls.append(len(lines))
        return real(lines)

    monkeypatch.setattr(S, "paragraph_per_line", counted)
    assert blocks() == before
    assert calls == []


class _Untouchable:
    """A block list a gated pass must not walk: any look at a block fails the test."""

    def __len__(self) -> int:
        return 3

    def __getitem__(self, index: int) -> object:
        raise AssertionError("the pass walked the blocks")

    def __iter__(self):
        raise AssertionError("the pass walked the blocks")


def test_indent_gate_spares_flush_text_and_sees_any_indent() -> None:
    """A text with no line opening on white space has every indent 0: nest_by_indent
    returns before it walks a block; one indented line (a space, a tab, an ideographic
    space) lets the pass run."""
    from briefing.ingest.extracted import Extracted, Line
    from briefing.ingest.indent_levels import indents_any, nest_by_indent

    flush = ["1. The council met.", "", "- It agreed.", "2. It closed."]
    extracted = Extracted(lines=[Line(t) for t in flush], format="txt")
    nest_by_indent(extracted, _Untouchable(), [0, 1, 1, 2])  # type: ignore[arg-type]
    assert not indents_any(extracted.lines)
    for indent in ("  ", "\t", "\u3000"):
        assert indents_any([Line(t) for t in [*flush, f"{indent}- a sub-point."]])


def test_dash_run_gates_spare_texts_without_a_run_and_keep_runs() -> None:
    """The glued-dash and Roman-dash passes walk no block where the blocks' first
    characters show no three dashes or three "I"s in a row; where they do, the runs are
    labelled as before."""
    from briefing.ingest.dash_numbers import (
        label_glued_dash_runs,
        label_roman_dash_runs,
        openings,
    )
    from briefing.ingest.segment import Block

    label_glued_dash_runs(_Untouchable(), "1-2-3")  # type: ignore[arg-type]
    label_roman_dash_runs(_Untouchable(), "IIAI")  # type: ignore[arg-type]
    glued = [Block(t) for t in ("Steps:", "–op the first", "–op the second", "–op the third")]
    label_glued_dash_runs(glued, openings(glued))
    assert [b.label.family if b.label else None for b in glued] == [None, *["bullet:-"] * 3]
    roman = [Block(t) for t in ("I - Plenário;", "II - Presidência;", "III - Mesa;")]
    label_roman_dash_runs(roman, openings(roman))
    assert [b.label.label if b.label else None for b in roman] == ["I", "II", "III"]
