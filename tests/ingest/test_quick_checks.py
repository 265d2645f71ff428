"""Character tests that stand in for regexes on hot paths answer as the regexes did."""

from __future__ import annotations

import re

from briefing.ingest.label_runs import _opens_sentence, sequence_starts
from briefing.ingest.patterns import BRACKETED_ASIDE
from briefing.ingest.pipeline import _bracketed_aside
from briefing.model import Node

_OPENER = re.compile(r"[\"“‘'(]?")  # (the regex _opens_sentence replaced)


def _opens_sentence_by_regex(text: str, at: int) -> bool:
    start = _OPENER.match(text, at)
    letter = text[start.end() : start.end() + 1] if start else ""
    return letter.isupper()


def test_opens_sentence_as_the_regex_did() -> None:
    for text in ("4. The", '4. "The', "4. “the", "4. (A", "4. ", "4. ''A", "4. ((A", "4. É"):
        for at in range(len(text) + 2):
            assert _opens_sentence(text, at) == _opens_sentence_by_regex(text, at), (text, at)


def test_next_numbers_open_sentences() -> None:
    texts = ["1. First point.", "", "2. “Second point.”", "", "3. per cent of it", "4. Fourth."]
    assert sequence_starts(texts) == {2, 5}


def test_bracketed_aside_as_the_regex_says() -> None:
    text = "[Editor's note: corrected.]\n\n  (An aside)\n\nThe lead (with a bracket).\n\n"
    spans = [(0, 27), (29, 40), (42, 68), (68, 68)]
    for start, end in spans:
        node = Node("", "paragraph", start=start, end=end, body_start=start)
        expected = bool(BRACKETED_ASIDE.match(text[start:end]))
        assert _bracketed_aside(text, node) == expected, text[start:end]


def test_symbol_counts_of_a_text_with_no_slash_and_no_form_feed() -> None:
    from briefing.ingest.extracted import Line
    from briefing.ingest.textfurniture import _symbol_counts

    texts = ["A/RES/1/2", "Some text.", "\fA/RES/1/2", "Plain words"]
    lines = [Line(t) for t in texts]
    breaks: list[int] = []
    found = _symbol_counts(lines, breaks, "\n".join(texts))
    assert breaks == [2] and found["A/RES/1/2"] >= 1
    breaks = []
    plain = [Line("Plain words"), Line("More words.")]
    assert not _symbol_counts(plain, breaks, "Plain words\nMore words.") and breaks == []


def test_once_works_a_test_out_on_first_call_only() -> None:
    from briefing.ingest.segment import _Once

    asked: list[list[str]] = []

    def test(lines: list[str]) -> set[int]:
        asked.append(lines)
        return {1}

    once = _Once(test, ["a", "b"])
    assert not asked
    assert once() == {1} and once() == {1}
    assert asked == [["a", "b"]]


def test_paragraphs_parted_by_blank_lines_never_ask_for_columns(monkeypatch) -> None:
    from briefing.ingest import text_fragments

    def refuse(lines: list[str]) -> bool:
        raise AssertionError("asked")

    monkeypatch.setattr(text_fragments, "_laid_out", refuse)
    words = "the council met and agreed on the text of a statement on the talks " * 3
    lines = [f"{n}. {words.strip().capitalize()}." for n in range(1, 9)]
    spaced = [part for line in lines for part in (line, "")]
    assert text_fragments.join_inline_breaks(spaced) == spaced
