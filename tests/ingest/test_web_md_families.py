"""Ministry web pages and Markdown release archives: site blocks, repeated headlines,
bold crossheads. Made-up text in the shape of real releases."""

from __future__ import annotations

from briefing.ingest.readers.html import extract_html
from briefing.ingest.readers.markdown import extract_markdown

_BODY = "".join(
    f"<p>The Ministry of Foreign Affairs notes paragraph {n} of its position on the "
    "matter and calls on all partners to respect the agreed principles of dialogue.</p>"
    for n in range(1, 6)
)

_SITE_SECTIONS = (
    "<section class='dipmiss'><div class='title-menu'><h1>Diplomatic Missions abroad</h1>"
    + "".join(f"<a href='/m{n}'>Country {n} - City {n} (Embassy)</a>" for n in range(30))
    + "</div></section>"
    "<section class='social'><h1>Contacts</h1><p>Minister's Office</p><p>+000 17 123-45-67</p>"
    "<p>Press Office</p><p>+000 17 765-43-21</p></section>"
    "<section class='resources'><h1>Official Internet Resources</h1>"
    "<p>President of the Republic</p><p>www.president.example</p>"
    "<p>Council of Ministers of the Republic</p><p>www.government.example</p>"
    "<p>National Assembly of the Republic</p><p>www.parliament.example</p></section>"
)


def _page(main: str) -> str:
    return (
        f"<html><head><title>MFA</title></head><body><main class='main'>{main}</main></body></html>"
    )


def test_site_sections_after_the_release_inside_main_are_not_its_headings() -> None:
    html = _page(
        "<section class='content-page'><h1>Statement of the Ministry of Foreign Affairs</h1>"
        f"{_BODY}<p>December 6, 2021, Capital City</p></section>{_SITE_SECTIONS}"
    )
    ex = extract_html(html)
    texts = [line.text for line in ex.lines]
    assert "Contacts" not in texts
    assert "Official Internet Resources" not in texts
    assert not any("Embassy" in t for t in texts)
    # Nothing silent: the site's blocks are listed as dropped.
    dropped = " ".join(text for _, text in ex.dropped)
    assert "Official Internet Resources" in dropped and "Contacts" in dropped
    assert texts[0] == "Statement of the Ministry of Foreign Affairs"


def test_main_with_headline_above_the_body_is_still_widened() -> None:
    # The headline sits in <main> beside the body (no site sections below): kept.
    html = _page(f"<h1>Joint Communiqué on Trade</h1><div class='body'>{_BODY}</div>")
    ex = extract_html(html)
    assert ex.lines[0].text == "Joint Communiqué on Trade"


def test_headline_repeated_in_bold_over_two_lines_is_dropped() -> None:
    html = (
        "<html><body><div class='article'><h3>COUNTRY A CONTRIBUTES 100,000 DOSES OF "
        "VACCINE TO COUNTRY B</h3><div class='content'>"
        "<p align='center'><strong>COUNTRY A CONTRIBUTES 100,000 DOSES OF<br>"
        "VACCINE TO COUNTRY B</strong></p>"
        f"{_BODY}</div></div></body></html>"
    )
    ex = extract_html(html)
    texts = [line.text for line in ex.lines]
    assert texts.count("VACCINE TO COUNTRY B") == 0
    assert "COUNTRY A CONTRIBUTES 100,000 DOSES OF" not in texts
    assert ("title-repeat", "COUNTRY A CONTRIBUTES 100,000 DOSES OF\nVACCINE TO COUNTRY B") in (
        ex.dropped
    )


def test_bold_two_line_block_that_is_not_the_headline_is_kept() -> None:
    html = (
        "<html><body><div class='article'><h3>Press Release on the Visit</h3>"
        "<div class='content'><p><strong>OFFICIAL VISIT OF THE MINISTER<br>"
        "TO THE REPUBLIC</strong></p>"
        f"{_BODY}</div></div></body></html>"
    )
    texts = [line.text for line in extract_html(html).lines]
    assert "TO THE REPUBLIC" in texts


_COUNCIL = (
    '---\ntitle: "Conseil des ministres du 3 mars 2025"\ndate: "2025-03-03"\n---\n\n'
    "# Conseil des ministres du 3 mars 2025\n\n"
    "Le Chef de l'Etat a présidé, ce lundi, la réunion hebdomadaire du Conseil.\n\n"
    '<a href="/pdf/communiques/conseil-2025-03-03.pdf" target="_blank">📄 Télécharger le PDF</a>\n\n'
    "Le Premier Ministre a rendu compte des travaux du Gouvernement.\n\n"
    "**AU TITRE DES COMMUNICATIONS DES MINISTRES :**\n\n"
    "- Le Ministre des Finances a fait une communication sur le budget ;\n\n"
    "**AU TITRE DES MESURES INDIVIDUELLES**,\n\n"
    "Le Conseil a adopté les mesures suivantes.\n\n"
    "**WE HEREBY COMMIT TO:**\n\n"
    "1. Meet again next year.\n"
)


def _styles(text: str) -> dict[str, str]:
    return {line.text: line.style for line in extract_markdown(text).lines}


def test_bold_capitals_topic_crosshead_ending_in_colon_or_comma() -> None:
    styles = _styles(_COUNCIL)
    assert styles["AU TITRE DES COMMUNICATIONS DES MINISTRES :"].startswith("heading")
    # The comma typed after the closing "**" does not make it a sentence.
    assert styles["AU TITRE DES MESURES INDIVIDUELLES,"].startswith("heading")
    # A lead-in clause in capitals opens on its subject: not a crosshead.
    assert styles["WE HEREBY COMMIT TO:"] == ""


def test_bold_sentence_lead_in_is_not_a_topic_crosshead() -> None:
    styles = _styles("**Sur la reddition des comptes, il a déclaré :**\n\nTexte.\n")
    assert styles["Sur la reddition des comptes, il a déclaré :"] == ""


def test_paragraph_that_is_only_a_file_link_is_dropped_not_a_heading() -> None:
    ex = extract_markdown(_COUNCIL)
    assert not any("Télécharger" in line.text for line in ex.lines)
    assert ("link", "📄 Télécharger le PDF") in ex.dropped
    md = "# Statement\n\nText of the statement.\n\n[Download the statement (PDF)](/files/s.pdf)\n"
    ex = extract_markdown(md)
    assert [line.text for line in ex.lines] == ["Statement", "Text of the statement."]
    # A link inside a sentence stays text.
    md = "# Statement\n\nSee [the report](/files/r.pdf) for details.\n"
    assert "See the report for details." in [line.text for line in extract_markdown(md).lines]


def test_paragraph_wholly_underlined_is_a_crosshead_like_bold() -> None:
    md = (
        "# Fact Sheet: Building Examplia's Ports\n\n"
        "The Administration today announces new steps.\n\n"
        "*<u>Upgrading Transportation and Supply Chains</u>*\n\n"
        "-   **Roads:** The Department of Transport will fund repairs.\n\n"
        "*<u>  \nImproving Water and Resilience</u>*\n\n"
        "The Agency will award grants.\n\n"
        "*<u>The Administration is providing guidance to all agencies</u>*, whenever "
        "possible and consistent with law.\n"
    )
    styles = _styles(md)
    assert styles["Upgrading Transportation and Supply Chains"].startswith("heading")
    assert styles["Improving Water and Resilience"].startswith("heading")
    # Underlined words opening a sentence are its lead-in, not a heading.
    assert not any(s.startswith("heading") for t, s in styles.items() if t.startswith("The Adm"))


def test_closing_place_in_bold_over_the_date_is_the_dateline() -> None:
    html = (
        "<html><body><div class='article'><h3>Minister Visits Samplia</h3>"
        f"<div class='content'>{_BODY}<p><strong>CAPITAL CITY</strong><br>"
        "25 JANUARY 2022</p></div></div></body></html>"
    )
    lines = extract_html(html).lines
    assert lines[-1].text == "CAPITAL CITY 25 JANUARY 2022"
    assert not lines[-1].style.startswith("heading")


def test_bold_crosshead_over_a_dated_paragraph_mid_release_is_kept() -> None:
    html = (
        "<html><body><div class='article'><h3>Minister Visits Samplia</h3>"
        f"<div class='content'>{_BODY}<p><strong>Background</strong></p>"
        "<p>25 January 2022</p><p>The visit follows talks held last year in the capital "
        "on trade and investment between the two countries.</p></div></div></body></html>"
    )
    styles = {line.text: line.style for line in extract_html(html).lines}
    assert styles["Background"].startswith("heading")


def test_portal_controls_and_screen_reader_words_are_not_release_text() -> None:
    html = (
        "<html><body><div class='article'><span class='header-back-to'><a href='/news' "
        "title='Back'><span class='helper-hidden-accessible'>Back</span></a></span>"
        "<h3>Minister Visits Samplia</h3><div class='print-action'>"
        "<a href='javascript:_101_printPage_0();'>Print <span class='hide-accessible'>"
        "Minister Visits Samplia</span></a></div>"
        f"<div class='content'>{_BODY}<p>See <a href='javascript:void(0)'>the annex</a> "
        "for the programme of the visit.</p></div></div></body></html>"
    )
    ex = extract_html(html)
    texts = [line.text for line in ex.lines]
    assert texts[0] == "Minister Visits Samplia"
    assert not any(t.startswith(("Back", "Print")) for t in texts)
    # A script link inside a sentence is still the sentence's words.
    assert "See the annex for the programme of the visit." in texts
    assert any("Print" in text for _, text in ex.dropped)


def test_in_page_contents_links_are_navigation_not_text() -> None:
    md = (
        "# Dissolution of the National Assembly\n\n"
        "[Opinion of the Constitutional Council](#opinion-council)\n\n"
        "- [Address to the Nation](#address)\n"
        "- [Back to top](#top)\n\n"
        "### Opinion of the Constitutional Council\n\n"
        "The President asked the Council for its opinion, see [the decision](#annex).\n\n"
        "### Address to the Nation\n\n"
        "The President addressed the nation on Thursday.\n"
    )
    ex = extract_markdown(md)
    texts = [line.text for line in ex.lines]
    assert texts.count("Opinion of the Constitutional Council") == 1
    assert texts.count("Address to the Nation") == 1
    assert "Back to top" not in texts and "" not in texts
    assert "The President asked the Council for its opinion, see the decision." in texts
    assert ("navigation", "[Back to top](#top)") in ex.dropped


def test_pandoc_attributes_of_a_page_saved_as_markdown_are_not_text() -> None:
    md = (
        "# Government Actions {#actions .page-title}\n\n"
        "[]{#point}\n\n"
        '### FOR YOUR HEALTH {#health .item-title data-section="s1374"}\n\n'
        "The three priorities of the Government: protect, test, isolate.\\\n"
        "\xa0\n\n"
        "\\\n"
        "[Download the report of the coordinator](/files/report.pdf){.button}\n\n"
        "See [the measures]{.highlight} in the [annex](/annex){.link} {of this note}.\n"
    )
    ex = extract_markdown(md)
    texts = [line.text for line in ex.lines]
    assert texts[:3] == [
        "Government Actions",
        "FOR YOUR HEALTH",
        "The three priorities of the Government: protect, test, isolate.",
    ]
    assert not any("{" in t and "#" in t for t in texts)
    assert not any("Download" in t for t in texts)
    # Braces in prose are not attributes.
    assert "See the measures in the annex {of this note}." in texts
    markup = " ".join(text for kind, text in ex.dropped if kind == "markup")
    assert "{#point}" in markup and ".item-title" in markup


def test_pandoc_break_after_a_space_at_a_paragraph_end_prints_nothing() -> None:
    md = (
        "# Measures {#measures}\n\n"
        "If my school is closed :\xa0\\\n\xa0\n\n- a measure ;\n\n"
        "Ends with an escaped backslash \\\\\n"
    )
    texts = [line.text for line in extract_markdown(md).lines]
    assert "If my school is closed :" in texts
    assert "Ends with an escaped backslash \\" in texts
