"""Made-up HTML releases for issue 11 item 2: amendment tables with an empty first cell,
typed rules, and bold lines stacked under a crosshead."""

from __future__ import annotations

from briefing.ingest.pipeline import structure
from briefing.ingest.readers.html import extract_html


def _page(body: str) -> str:
    return (
        "<html><head><title>Report</title></head><body><main>"
        "<h1>Report on amendments to the Rules</h1><p>4 April 2031</p>"
        f"{body}</main><footer>Contact us</footer></body></html>"
    )


def _row(left: str, right: str) -> str:
    return f"<tr><td><p>{left}</p></td><td><p>{right}</p></td></tr>"


AMENDMENT = (
    "<p>The committee proposes the following amendments to the Rules of Procedure.</p>"
    "<p><b>Amendment 1</b></p><p><b>Rules of Procedure</b></p>"
    "<p><b>Rule 12 – paragraph 3</b></p>"
    "<table>"
    + _row("<i>Present text</i>", "<i>Amendment</i>")
    + _row("Members may not be elected unless they are present.", "Members may not be elected:")
    + _row("&#160;", "(a) if they have not signed the declaration;")
    + _row("", "(b) if they have not completed the training.")
    + _row("", "<b>___________________</b>")
    + "</table><p><b>Amendment 2</b></p><p><b>Rules of Procedure</b></p>"
    "<p><b>Rule 40 – paragraph 1</b></p><table>"
    + _row("<i>Present text</i>", "<i>Amendment</i>")
    + _row("The President shall open the sitting.", "The President shall open the sitting.")
    + "</table><p>The amendments enter into force on 1 July 2031.</p>"
)


def _headings(release) -> list[str]:
    return [
        release.text[n.body_start : n.end].split("\n")[0]
        for n in release.nodes()
        if n.kind == "heading"
    ]


def test_a_row_with_one_filled_cell_is_read_as_its_text() -> None:
    ex = extract_html(_page(AMENDMENT))
    texts = [line.text for line in ex.lines]
    assert "(a) if they have not signed the declaration;" in texts
    assert "Present text | Amendment" in texts  # a row of several cells stays a row
    release = structure(ex)
    labels = [n.label for n in release.nodes() if n.label]
    assert "(a)" in labels and "(b)" in labels


def test_a_typed_rule_is_a_separator_listed_as_dropped() -> None:
    ex = extract_html(_page(AMENDMENT))
    assert not any(set(line.text) <= set("_ ") for line in ex.lines)
    assert ("rule", "___________________") in ex.dropped


def test_bold_lines_under_a_crosshead_are_its_text_not_headings() -> None:
    release = structure(extract_html(_page(AMENDMENT)))
    headings = _headings(release)
    assert "Amendment 1" in headings and "Amendment 2" in headings
    assert not any(h.startswith(("Rules of Procedure", "Rule 12")) for h in headings)


def test_separate_crossheads_stay_headings() -> None:
    page = _page(
        "<p><b>Background</b></p><p>The talks began in 2029 in the capital.</p>"
        "<p><b>Next steps</b></p><p>The vote is planned for June.</p>"
    )
    release = structure(extract_html(page))
    headings = _headings(release)
    assert headings[-2:] == ["Background", "Next steps"]


def test_numbered_rows_of_an_annex_form_are_content() -> None:
    rows = "".join(
        f"<tr><td><p>{n}</p></td><td><p>{field}</p></td></tr>"
        for n, field in enumerate(
            ["Name of the operator", "E-mail", "Address", "Fax", "Telephone"], start=1
        )
    )
    page = _page(
        "<p>1. Operators shall apply for an authorisation.</p>"
        "<p>2. The application shall give the data listed in the Annex.</p>"
        "<p>3. This Regulation shall enter into force on the twentieth day.</p>"
        "<p>ANNEX</p><p><b>Data to be provided</b></p>"
        f"<table><tr><td><p>I</p></td><td><p>APPLICANT</p></td></tr>{rows}</table>"
    )
    release = structure(extract_html(page))
    assert "4 | Fax" in release.text and "2 | E-mail" in release.text
    assert not any("Fax" in r.text for r in release.removed)


def test_a_note_under_a_typed_rule_in_an_amendment_table_answers_a_raised_span() -> None:
    raised = '<span style="font-size:8pt; vertical-align:super">{}</span>'
    page = _page(
        "<p>The committee proposes the following amendment.</p>"
        "<p><b>Amendment 1</b></p><table>"
        + _row("<i>Present text</i>", "<i>Amendment</i>")
        + _row(
            "The Bureau may decide.", "The Bureau may decide after training." + raised.format("4a")
        )
        + _row("", "___________________")
        + _row("", raised.format("4a") + " See Annex II.")
        + "</table><p>The amendment enters into force on 1 July 2031.</p>"
    )
    ex = extract_html(page)
    note = next(line for line in ex.lines if line.style == "footnote")
    assert note.label == "[4a]" and note.text == "See Annex II."
    assert "after training" in ex.lines[note.note_of].text


def test_figures_or_a_symbol_key_in_bold_are_no_crossheads() -> None:
    ex = extract_html(
        _page(
            "<p>The committee adopted the report by 14 votes to 9.</p>"
            "<p><b>14 9 0</b></p><p><b>+ : in favour</b></p>"
            "<p><b>Next steps</b></p><p>The plenary votes in May.</p>"
        )
    )
    styles = {line.text: line.style for line in ex.lines}
    assert styles["14 9 0"] == "" and styles["+ : in favour"] == ""
    assert styles["Next steps"].startswith("heading")


def test_the_published_stamp_in_a_header_strip_is_kept_as_the_dateline() -> None:
    page = (
        "<html><head><title>Vote</title></head><body><header><nav>"
        '<a href="/news">Press Releases</a><a href="/plenary">Plenary session</a>'
        '<time itemprop="datePublished" datetime="2031-12-17T13:17">17-12-2031 - 13:17</time>'
        "</nav></header><main><h1>Parliament backs faster disaster aid</h1>"
        "<p>Parliament approved two new laws on disaster recovery funding.</p>"
        "<p>The laws enter into force next year after the Council's approval.</p>"
        "</main></body></html>"
    )
    ex = extract_html(page)
    assert "17-12-2031 - 13:17" in [line.text for line in ex.lines]
    assert any("Plenary session" in text for _, text in ex.dropped)
