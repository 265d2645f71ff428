"""Property: whatever the release looks like, every word of it ends up in a node or in
`removed`, offsets are consistent, and structuring never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.pipeline import structure
from briefing.textsafe import xml_safe
from tests.ingest.helpers import lost_words

WORDS = st.sampled_from(
    [
        "the",
        "minister",
        "said",
        "peace",
        "Seoul",
        "Initiative",
        "on",
        "of",
        "UN",
        "Council",
        "résolution",
        "paix",
        "gobierno",
        "acuerdo",
        "평화",
        "외교부",
        "장관",
        "Guterres",
        "DPRK's",
        "2021",
        "Dec.",
        "7-8",
        "“quoted”",
        "agenda*",
        "Under-Secretaries-General*",
        "‘joint’",
        "iPhone",
        "e-mail",
        "https://example.org/x",
    ]
)
LABELS = st.sampled_from(
    ["1.", "2.", "3.", "(a)", "(b)", "i.", "ii.", "-", "•", "°", "o", "※", "*", "**", "[1]",
     "가.", "□", "○", "·", "1.1", "2)", ""]
)  # fmt: skip
FURNITURE = st.sampled_from(
    ["바로가기 메뉴", "Share this page", "Facebook", "Press Releases", "Home > News > Item",
     "SG/SM/12345", "July 14, 2023", "You are on page 1of 3", "Contacts:", "E-mail: a@b.org",
     "Begin text", "(A question-and-answer session followed.)", "- A framed subtitle –"]
)  # fmt: skip


@st.composite
def releases(draw) -> str:
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 30))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            lines.append(draw(FURNITURE))
        else:
            words = draw(st.lists(WORDS, min_size=1, max_size=40))
            label = draw(LABELS)
            lines.append((label + " " if label else "") + " ".join(words))
        lines.extend([""] * draw(st.integers(0, 2)))
    return "\n".join(lines)


def _check(text: str) -> None:
    extracted = Extracted([Line(t) for t in text.split("\n")], "txt")
    release = structure(extracted)
    # Characters XML forbids are replaced when read, and counted in release.removed.
    assert not lost_words(xml_safe(text)[0], release)
    for node in release.nodes():
        assert 0 <= node.start <= node.body_start <= node.end <= len(release.text)
    ids = [node.id for node in release.nodes()]
    assert len(ids) == len(set(ids))
    for suggestion in release.suggestions:
        assert release.text[suggestion.start : suggestion.end] == suggestion.before


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(releases())
def test_generated_releases_lose_nothing(text):
    _check(text)


@settings(max_examples=120, deadline=None)
@given(st.text(min_size=1, max_size=400))
def test_arbitrary_text_loses_nothing(text):
    _check(text.replace("\r", "\n"))


@settings(max_examples=60, deadline=None)
@given(releases(), st.booleans())
def test_pdf_style_wrapped_text_loses_nothing(text, join):
    # Hard-wrap every line at 40 columns, as a PDF would.
    wrapped: list[str] = []
    for line in text.split("\n"):
        while len(line) > 40:
            cut = line.rfind(" ", 0, 40)
            cut = cut if cut > 0 else 40
            wrapped.append(line[:cut])
            line = line[cut:].lstrip()
        wrapped.append(line)
    extracted = Extracted([Line(t) for t in wrapped], "pdf", join_wraps=join)
    release = structure(extracted)
    assert not lost_words("\n".join(wrapped), release)
