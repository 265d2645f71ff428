"""A picture's credit set in a box its template names for it ("...--copyright",
"media__caption--source", "pix_source") goes with the picture; a word so marked inside a
sentence, or a credit-named box far from any picture, stays. A caption set inline in an
element named for it, alone on its line, is read as the caption. Made-up pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.extracted import Line
from briefing.ingest.readers import read_file

_BODY = """<p>The Ministry of Examplia opened a new ferry landing on the north shore on
Monday, so that islanders can reach the mainland hospital in under an hour.</p>
<p>The landing cost six million and took two years to build; the ministry will run the
first crossings every hour from seven in the morning until late evening.</p>"""


def _read(tmp_path: Path, page: str) -> list[Line]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    return read_file(path).lines


@pytest.mark.parametrize(
    ("box", "credit"),
    [
        (
            '<div class="news--media"><img src="a.jpg" alt=""><p class="news--media--copyright">'
            "{c}</p></div>",
            "Foto: Jane Sample (Copyright)",
        ),
        (
            '<div class="media__image"><img src="a.jpg" alt=""><p class="media__caption">The '
            'new landing at dawn.</p><p class="media__caption--source">{c}</p></div>',
            "Sample Agency, Harbour Road, Exampletown.",
        ),
        (
            '<div class="pix"><img src="a.jpg" alt=""><span class="pix_source">{c}</span></div>',
            "https://photos.example.org/landing",
        ),
        # The picture as the box's CSS background: the box's name says it is one.
        (
            '<div class="intro__image"><span class="o-imagesource">{c}</span></div>',
            "Press office of Examplia",
        ),
    ],
)
def test_picture_credit_is_dropped(tmp_path: Path, box: str, credit: str) -> None:
    page = f"""<html><body><article><h1>New ferry landing opens</h1>
{box.format(c=credit)}{_BODY}</article></body></html>"""
    texts = [line.text for line in _read(tmp_path, page)]
    assert not any(credit in text for text in texts)
    assert any(text.startswith("The Ministry of Examplia opened") for text in texts)


def test_credit_word_in_a_sentence_stays(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>New ferry landing opens</h1>
<div class="media"><img src="a.jpg" alt=""><p>The landing was paid for by the
<span class="source">Examplia Port Fund</span> and the island's council.</p></div>
{_BODY}</article></body></html>"""
    texts = [line.text for line in _read(tmp_path, page)]
    assert any("Examplia Port Fund" in text for text in texts)


def test_credit_named_box_without_a_picture_stays(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>New ferry landing opens</h1>
<div class="facts"><p class="source">Ferry timetable of the Examplia Port Fund</p></div>
{_BODY}</article></body></html>"""
    texts = [line.text for line in _read(tmp_path, page)]
    assert any("Ferry timetable of the Examplia Port Fund" in text for text in texts)


def test_inline_caption_alone_on_its_line_is_a_caption(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>New ferry landing opens</h1>{_BODY}
<span class="picture"><img src="a.jpg" alt=""><p class="image-annotation"><em
class="caption">The harbour master at the new landing</em></p></span>
<p>Crossings will be free for the first week, the ministry said in a statement.</p>
</article></body></html>"""
    lines = _read(tmp_path, page)
    caption = next(line for line in lines if line.text.startswith("The harbour master"))
    assert caption.style == "caption"


def test_inline_caption_inside_a_sentence_is_not_a_line(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>New ferry landing opens</h1>{_BODY}
<p>The ministry thanked <em class="caption">the harbour master</em> for her work.</p>
</article></body></html>"""
    lines = _read(tmp_path, page)
    assert any(line.text.startswith("The ministry thanked the harbour master") for line in lines)


def test_source_field_in_a_column_with_pictures_stays(tmp_path: Path) -> None:
    # The column holds a picture among paragraphs: no picture's box, so its "source"
    # field names the story's source, not a photo's.
    page = f"""<html><body><article><h1>New ferry landing opens</h1>
<div class="column"><div class="meta"><span class="source">Source: Examplia Daily</span>
</div><img src="a.jpg" alt="">{_BODY}{_BODY}</div></article></body></html>"""
    texts = [line.text for line in _read(tmp_path, page)]
    assert any("Source: Examplia Daily" in text for text in texts)


def test_inline_caption_ending_a_line_after_other_words_is_not_a_line(tmp_path: Path) -> None:
    # Nothing between it and the bold word before it, but the line already has words.
    page = f"""<html><body><article><h1>New ferry landing opens</h1>{_BODY}
<p>Crossings are free for <b>islanders</b><em class="caption"> in the first week</em></p>
</article></body></html>"""
    lines = _read(tmp_path, page)
    line = next(line for line in lines if line.text.startswith("Crossings are free"))
    assert line.text.endswith("islanders in the first week")
    assert line.style != "caption"


@pytest.mark.parametrize(
    "line",
    [
        # Words before it in its parent, past an inline element (review1).
        'Paid for by the <a href="#">island\'s</a> <span class="source">Port Fund</span>',
        # Words after it, past an inline element.
        '<span class="source">The Port Fund</span> <a href="#">paid</a> for the landing',
    ],
)
def test_credit_word_beside_an_inline_element_stays(tmp_path: Path, line: str) -> None:
    page = f"""<html><body><article><h1>New ferry landing opens</h1>
<div class="media"><img src="a.jpg" alt=""><p>{line}</p></div>
{_BODY}</article></body></html>"""
    texts = [line.text for line in _read(tmp_path, page)]
    assert any("Port Fund" in text for text in texts)


@pytest.mark.parametrize(
    "caption",
    [
        "The new landing at dawn.<br>",  # a line break before it
        '<span class="caption">The new landing at dawn.</span>',  # a box of its own
    ],
)
def test_credit_after_a_line_break_or_a_caption_is_alone(tmp_path: Path, caption: str) -> None:
    page = f"""<html><body><article><h1>New ferry landing opens</h1>
<div class="media"><img src="a.jpg" alt=""><p>{caption}
<span class="credit">Jane Sample</span></p></div>
{_BODY}</article></body></html>"""
    texts = [line.text for line in _read(tmp_path, page)]
    assert not any("Jane Sample" in text for text in texts)


@pytest.mark.parametrize(
    "figure",
    [
        # A pull quote set in a <figure>, its speaker in a "source" caption (review1).
        '<figure class="quote"><blockquote><p>We will build it.</p></blockquote>'
        '<figcaption class="source">Jane Sample, Minister of Ports</figcaption></figure>',
        # A pull quote with its speaker's portrait beside it, the speaker in a "source".
        '<div class="quote-box"><img src="portrait.jpg" alt=""><blockquote><p>We will build'
        ' it.</p><cite class="source">Jane Sample, Minister of Ports</cite></blockquote></div>',
        # A table set in a <figure>, the office that counted in a "source" caption.
        "<figure><table><tr><td>Crossings</td><td>120</td></tr></table>"
        '<figcaption class="source">Jane Sample, Minister of Ports</figcaption></figure>',
    ],
)
def test_source_of_a_figure_holding_no_picture_stays(tmp_path: Path, figure: str) -> None:
    page = f"""<html><body><article><h1>New ferry landing opens</h1>
{_BODY}{figure}<p>Crossings will be free for the first week, the ministry said.</p>
</article></body></html>"""
    texts = [line.text for line in _read(tmp_path, page)]
    assert any("Jane Sample, Minister of Ports" in text for text in texts)


def test_source_cells_of_a_long_table_are_read_in_linear_time() -> None:
    # Each "source" cell looked for a picture up its wrappers, joining the whole table's
    # text at the table's level: quadratic, 90 s for 4,000 rows (review1).
    import time

    from lxml import html

    from briefing.ingest.readers.html_credits import picture_credit

    rows = "".join(
        f"<tr><td>Crossings of the ferry at the north landing in week {i}</td>"
        '<td class="source">Port office</td></tr>'
        for i in range(4000)
    )
    page = html.fromstring(f"<html><body><table><tbody>{rows}</tbody></table></body></html>")
    started = time.perf_counter()
    assert not any(picture_credit(el) for el in page.iter("td"))
    assert time.perf_counter() - started < 3.0


def test_a_line_of_many_inline_boxes_is_read_in_linear_time() -> None:
    # alone_on_line walked every sibling before and after each one (review1).
    import time

    from lxml import html

    from briefing.ingest.readers.html_text import alone_on_line

    spans = "".join(f'<span class="credit">Photo {i}</span>' for i in range(8000))
    page = html.fromstring(f"<html><body><p>{spans}</p></body></html>")
    started = time.perf_counter()
    for el in page.iter("span"):
        alone_on_line(el)
    assert time.perf_counter() - started < 3.0


def test_source_line_of_a_short_release_beside_its_picture_stays(tmp_path: Path) -> None:
    # A short release fits in the box's bound with its picture: a wrapper holding the
    # release's own paragraph is its column, no picture's box (review1).
    page = """<html><body><article><h1>Ferry timetable changes</h1><div class="text">
<img src="ferry.jpg" alt=""><p>From Monday the first ferry leaves the north landing at
seven, an hour earlier than now, so that islanders reach the hospital before nine.</p>
<p class="source">Source: Examplia Port Office</p></div></article></body></html>"""
    texts = [line.text for line in _read(tmp_path, page)]
    assert any("Source: Examplia Port Office" in text for text in texts)


def test_credit_under_an_unnamed_caption_in_a_picture_box_is_dropped(tmp_path: Path) -> None:
    page = f"""<html><body><article><h1>New ferry landing opens</h1>
<div class="image"><img src="a.jpg" alt=""><p>The new landing at dawn.</p>
<p class="credit">Jane Sample</p></div>{_BODY}</article></body></html>"""
    texts = [line.text for line in _read(tmp_path, page)]
    assert not any("Jane Sample" in text for text in texts)
