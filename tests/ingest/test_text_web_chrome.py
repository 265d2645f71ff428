"""A web page copied as text (Select All, Copy): the site's chrome goes to ``removed``,
the release's own title, paragraphs, headings and lists stay. Made-up pages."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.web_chrome import chrome_lines, is_chrome_label, is_site_line

HEADLINES = [
    "Minister opens the new consulate in the northern port city",
    "Ministry publishes its annual report on consular assistance",
    "State Secretary meets counterparts at the regional forum",
    "Humanitarian aid for the flood-hit provinces of the south",
    "New visa rules for seasonal workers from next spring",
    "Youth delegates travel to the summit on climate change",
    "Embassy hosts a concert for the national day celebrations",
    "Frequently asked questions on travel documents abroad",
]

# A site's menu of sections, printed between its news lists and the page's title.
SECTIONS = [
    "Home", "About us", "The Minister", "Embassies", "Travel advice", "Consular services",
    "Visas", "Passports", "Development", "Trade", "Culture", "Press room", "Speeches",
    "Interviews", "Photos", "Videos", "Events", "Contact",
]  # fmt: skip

PARAGRAPHS = [
    "The Ministry of Foreign Affairs today signed a framework agreement with the "
    "Republic of Examplia on cooperation in renewable energy and water management.",
    "The agreement sets out joint projects over the next five years, including a "
    "training programme for engineers and a fund for small municipal utilities.",
    "Both ministers stressed that the partnership builds on decades of friendship and "
    "on the shared commitment to the goals of the 2030 Agenda.",
    "The first projects are expected to start in the autumn, after the parliaments of "
    "both countries have approved the agreement.",
]


def _page() -> str:
    head = [
        "Skip to main content",
        "English",
        "Français",
        "Deutsch",
        "Home",
        "About us",
        "Press room",
        "Contact",
        "Latest news",
        *HEADLINES,
        "Archive",
        *HEADLINES[::-1],
        *SECTIONS,
        "Home > Press room > Press releases",
        "Energy partnership signed with Examplia",
        "Press release",
        "12 March 2024",
        "Share",
        "Facebook",
        "LinkedIn",
    ]
    body = [
        PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Joint projects",
        PARAGRAPHS[2],
        "Solar parks",
        "Water networks",
        "Engineering schools",
        PARAGRAPHS[3],
    ]
    tail = [
        "Related links",
        "Energy partnership signed with Examplia",
        "Framework agreement (PDF, 250 KB)",
        "Last updated: 12 March 2024",
        "Back to top",
        "Ministry on social media",
        "Facebook",
        "Instagram",
        "Legal notice - Privacy policy",
        "Accessibility",
        "Sitemap",
    ]
    return "\n\n".join(head + body + tail) + "\n"


def test_page_chrome_goes_to_removed_and_the_release_stays():
    release = release_from_text(_page())
    assert release.title == "Energy partnership signed with Examplia"
    assert release.date == "2024-03-12"
    kept = release.text
    for paragraph in PARAGRAPHS:
        assert paragraph in kept
    for line in ("Joint projects", "Solar parks", "Water networks", "Engineering schools"):
        assert line in kept
    # The menus far above the title and the footer are not in the text, but listed.
    removed = {(r.kind, r.text) for r in release.removed}
    for headline in HEADLINES:
        assert headline not in kept
        assert ("navigation", headline) in removed
    for line in ("Related links", "Accessibility", "Legal notice - Privacy policy"):
        assert line not in kept
    assert ("navigation", "Ministry on social media") in removed
    assert ("navigation", "Framework agreement (PDF, 250 KB)") in removed


def test_a_date_in_the_footer_is_left_to_the_date_rules():
    texts = _page().split("\n")
    taken = {texts[i] for i in chrome_lines(texts)}
    assert "Last updated: 12 March 2024" not in taken
    assert "12 March 2024" not in taken


def test_text_with_no_chrome_labels_is_left_alone():
    # A release saved as text (a PDF's or Word's): short lines, no site's labels.
    text = "\n".join(
        [
            "MINISTRY OF FOREIGN AFFAIRS",
            "Press Office",
            *HEADLINES,
            "",
            *PARAGRAPHS,
            "",
            "Annex",
            "List of participants",
            "Delegation of Examplia",
        ]
    )
    assert chrome_lines(text.split("\n")) == []


def test_a_lone_sentence_among_menus_does_not_open_the_text():
    # A cookie notice is a sentence, but no other sentence stands near it: the release's
    # paragraphs stand together further down, and the menus between are taken (all but
    # the lines just above the first paragraph, left to the title rules). A browser
    # copies a menu's entries with no blank line between them.
    lines = [
        "We use cookies to give you the best experience on our website and to measure visits.",
        "Accept all cookies",
        "Home",
        "Share",
        *HEADLINES * 5,
        "Energy partnership signed with Examplia",
        "",
        *PARAGRAPHS,
        "Back to top",
    ]
    taken = set(chrome_lines(lines))
    assert {0, 1, 2, 3} <= taken
    assert set(range(4, 4 + 2 * len(HEADLINES))) <= taken
    assert not {lines.index(p) for p in PARAGRAPHS} & taken
    assert lines.index("Energy partnership signed with Examplia") not in taken
    assert len(lines) - 1 in taken  # "Back to top"


def test_a_menu_copied_without_blank_lines_is_no_paragraph():
    # Headlines of other pages, one a line, add up to many words and one may end on a
    # question mark: they open on capitals, as a list's entries do, not as wrapped
    # lines carrying on a sentence.
    menu = [*HEADLINES, "Why does the ministry fund water projects abroad?"]
    lines = ["Home", "Share", "Print", *menu * 4, "", "Title of the release", "", *PARAGRAPHS]
    taken = set(chrome_lines(lines))
    assert lines.index("Why does the ministry fund water projects abroad?") in taken
    assert not {lines.index(p) for p in PARAGRAPHS} & taken


def test_a_short_release_with_one_paragraph_is_left_alone():
    lines = ["Home", "Share", "Print", "Title of a short notice", PARAGRAPHS[0], "Back to top"]
    assert chrome_lines(lines) == []


def test_link_labels_in_any_language_and_joined_footer_links():
    for label in (
        "Back to top",
        "Début de la page",
        "Imprimer la page",
        "Legal notice - Privacy policy",
        "Impressum | Datenschutz",
        "Open in a new page",
    ):
        assert is_chrome_label(label), label
    for line in ("Joint projects", "Energy partnership signed with Examplia", "2024", "14"):
        assert not is_chrome_label(line), line


def test_the_page_update_stamp_dates_a_release_with_no_dateline():
    # No dateline above the text, a year mentioned in its lead: the date the page states
    # in its footer is the release's, not the first date the text mentions.
    page = _page().replace("12 March 2024", "Press office")
    page = page.replace(PARAGRAPHS[0], PARAGRAPHS[0] + " It replaces the 5 May 1998 accord.")
    page = page.replace("Last updated: Press office", "Dernière mise à jour 28.02.2024")
    release = release_from_text(page)
    assert release.date == "2024-02-28"
    assert "Dernière mise à jour 28.02.2024" in release.text


def test_a_dateline_beats_the_page_update_stamp():
    page = _page().replace("Last updated: 12 March 2024", "Last updated: 20 March 2024")
    assert release_from_text(page).date == "2024-03-12"


def test_site_lines_in_any_language():
    for line in (
        "Dibaca: 33.156 Kali",  # a readers' counter
        "Views: 1,204",
        "Kategori: Berita",  # the page's category field
        "Category: Press releases",
        "RC-10-2025-0249_EN (PDF - 147 KB)",  # a link to a file, named by its size
        "Annual report [DOCX 1.2 MB]",
        "Печать",  # print
        "تسجيل الدخول",  # log in
        "Ministers meet on the border crossing -",  # a ticker's entry
        "EN | FR | DE",  # a language switcher
        "Language  Bulgarian (bg) Spanish (es) Czech (cs) Danish (da) German (de)",
        "Home     Press room     Subscribe    English",  # a menu bar copied as one line
        "Trang chủ     Đăng ký nhận tin    Liên kết website",
        "ページの先頭へ",  # back to top
        "We use cookies to measure visits and remember your settings. By continuing to "
        "browse this site you accept their use. Find out more in our cookie policy.",
        "Nous utilisons des cookies pour vous offrir la meilleure expérience.",
    ):
        assert is_site_line(line), line
    for line in (
        "- Initiative on peacekeeping technology announced –",  # a subtitle framed by dashes
        "| PRST/35/1 | Situation of human rights in the region –",  # a table's row
        "29E.\tAdministration, Geneva\t298\t299\t1\t–",
        "Category of the new fund: to be decided by the board next year after the review of "
        "the pilot projects in the three regions and the audit",
        "The report (see annex) was adopted.",
        "ID",  # one code alone may be a name (a political group)
        "In Spanish (es) the text reads otherwise",
        "Name     Country     Role",  # a table's head: no site's label among its cells
        "Home affairs     12.4     13.1",
        "The Commission said that websites which use cookies must first ask for consent.",
        # A wrapped line carrying on its sentence up to a dash or a scan's stray bar.
        "the principle which governs relief work, namely that such |",
        "have the right to decide for themselves —",
        # Words wrapped down to a dash, or a sentence mark before it: the text's own.
        "THE MINISTER:  Good morning.  (Applause.)  Good\n—",
        "Be it enacted by the Parliament of Examplia as follows: -",
        "Repealed with effect from 1 March 2009. -",
        "The committee, having heard the parties, -",
    ):
        assert not is_site_line(line), line


def test_an_act_s_enacting_words_ending_on_a_dash_stay_in_its_text():
    text = "\n".join(
        [
            "EXAMPLE WAGES (AMENDMENT) ACT, No. 4 OF 2031",
            "",
            "AN ACT TO AMEND THE EXAMPLE WAGES ACT, No. 2 OF 2020",
            "",
            "Be it enacted by the Parliament of the Republic of Examplia as follows: -",
            "",
            "1. This Act may be cited as the Example Wages (Amendment) Act, No. 4 of 2031,"
            " and shall come into operation on the date of its publication.",
            "",
            "2. Section 3 of the Example Wages Act is hereby amended by the repeal of"
            " subsection (1) thereof and the substitution therefor of a new subsection.",
        ]
    )
    release = release_from_text(text)
    assert "Be it enacted by the Parliament" in release.text


def test_wrapped_prose_cut_before_a_dash_or_bar_shows_no_web_copy():
    # A scanned briefing read back by OCR: specks and wrapped lines ending on a stray bar
    # or a dash are no ticker's headlines, so no line of its text is taken as a site's
    # (the scan lost the full stops that would show its paragraphs as prose).
    wrapped = [
        "the spokesman said that the mission, given the security situation in the",
        "north, would go back to the capital to work alongside the relief agencies",
        "already there and that a small team of international staff would return",
        "to the city at once to start the distribution of food wherever fighting",
        "allows; he appealed to all parties to respect the principle which governs |",
        "relief work, namely that assistance is humanitarian and has no political aims",
    ]
    text = "\n".join(
        ["ref -", "", "Daily Press Briefing", ""]
        + [line for _ in range(4) for line in (*wrapped, "")]
        + ["ops |", "", *PARAGRAPHS]
    )
    assert chrome_lines(text.split("\n")) == []


def test_a_short_page_loses_its_site_lines_to_removed():
    # Too few labels for the page's menus to be looked for, but its counter, category and
    # print link are the site's all the same: removed, listed.
    text = "\n\n".join(
        [
            "Kategori: Berita",
            "Dibaca: 1.204 Kali",
            "Minister welcomes the new trade agreement with Examplia",
            "12 March 2024",
            *PARAGRAPHS,
            "Печать",
        ]
    )
    release = release_from_text(text)
    assert release.title == "Minister welcomes the new trade agreement with Examplia"
    kept = release.text
    for line in ("Kategori: Berita", "Dibaca: 1.204 Kali", "Печать"):
        assert line not in kept
        assert line in {r.text for r in release.removed}


def test_contact_among_footer_links_is_the_site_s_but_heading_contacts_stays():
    texts = _page().split("\n")
    texts[texts.index("Accessibility")] = "Contact"
    taken = {texts[i] for i in chrome_lines(texts)}
    assert "Contact" in taken  # a footer link: no phone or address under it
    at = texts.index("Back to top")
    texts[at:at] = ["Contact", "", "Jane Doe, press officer", "", "Phone: +32 2 555 01 23", ""]
    taken = set(chrome_lines(texts))
    assert at not in taken  # "Contact" over a press officer's phone heads the contacts
    assert texts.index("Phone: +32 2 555 01 23") not in taken


def test_a_page_copied_with_no_blank_lines_keeps_its_labelled_paragraphs():
    # Some browsers copy a page with one line break between its elements: a recital's
    # label stands alone over its sentence, and a menu's entries run into the heading
    # and paragraph under them. The paragraphs still stand together; the menus are far.
    recitals = []
    for n, paragraph in enumerate(PARAGRAPHS, 1):
        recitals += [f"({n})", paragraph]
    lines = [
        "Skip to main content",
        "Home",
        "Share",
        *HEADLINES * 4,
        *SECTIONS,
        "Regulation on energy partnerships",
        "Whereas:",
        *recitals,
        "Back to top",
        "Legal notice",
    ]
    taken = set(chrome_lines(lines))
    assert set(range(3, 3 + 3 * len(HEADLINES))) <= taken
    at = lines.index("(1)")
    assert not taken & set(range(at - 2, at + len(recitals)))
    assert {len(lines) - 2, len(lines) - 1} <= taken


US_STYLE_PAGE = """Skip to main content
An official website of the government
Menu
Search
Home
Briefing Room
Statements and Releases
Get Involved
Contact Us
Statement on the Visit of the President of Examplia
March 12, 2024
Statements and Releases
The President will welcome President Jane Roe of Examplia on March 20, 2024. The visit \
will celebrate the deep friendship between our two nations.
During the visit, the leaders will discuss ways to strengthen cooperation on clean \
energy, trade, and regional security, and to expand ties between our peoples.
###
Next Post
Statement on the Anniversary of the Floods
Previous Post
Readout of the Call with the Prime Minister of Examplia
Stay Connected
Search
"""


def test_a_kicker_repeating_the_menu_and_what_follows_the_end_mark_are_the_site_s():
    release = release_from_text(US_STYLE_PAGE)
    assert release.title == "Statement on the Visit of the President of Examplia"
    assert release.date == "2024-03-12"
    kept = release.text
    assert "The President will welcome" in kept and "During the visit" in kept
    # The section's name set again over the text, and the post navigation after the
    # newsroom's end mark, are listed as removed, never headings or notes.
    for line in ("Statements and Releases", "Next Post", "Previous Post"):
        assert line not in kept
    removed = {r.text for r in release.removed}
    assert "Statement on the Anniversary of the Floods" in removed
    assert [n.kind for n in release.nodes() if n.kind == "heading"] == []


def test_a_title_printed_again_in_the_trail_stays():
    texts = US_STYLE_PAGE.replace(
        "Contact Us", "Contact Us\nStatement on the Visit of the President of Examplia"
    ).split("\n")
    taken = {texts[i] for i in chrome_lines(texts)}
    assert "Statement on the Visit of the President of Examplia" not in taken


JA_PAGE = """本文へ
English
その他の言語
文字サイズ
標準
大
サイトマップ
よくある質問
お問い合わせ
ホーム
会見・発表・広報
報道発表
日・エグザンプリア外相会談
令和6年3月12日
本日、上川外務大臣は、来日中のロー・エグザンプリア外務大臣と約45分間会談を行いました。概要は以下のとおりです。
1\u3000冒頭、上川大臣から、ロー外相の訪日を歓迎した上で、両国間の協力を一層強化していきたい旨述べました。
2\u3000両外相は、地域情勢について意見交換を行い、引き続き緊密に連携していくことで一致しました。
ページの先頭へ戻る
会見・発表・広報
外務省について
このサイトについて
プライバシーポリシー
法的事項
Copyright © 2024 Ministry of Foreign Affairs of Japan
"""

DE_PAGE = """Direkt zum Inhalt
Hauptmenü
Suche
Leichte Sprache
Gebärdensprache
English
Français
Startseite
Außenpolitik
Newsroom
Pressemitteilungen
Reden
Service
Startseite
Newsroom
Außenministerin trifft Amtskollegen aus Examplien
12.03.2024 - Pressemitteilung
Außenministerin Baerbock hat heute in Berlin den Außenminister Examplienes zu einem Gespräch über die Energiepartnerschaft beider Länder empfangen.
Beide Seiten vereinbarten, die Zusammenarbeit bei erneuerbaren Energien und beim Wasserstoff weiter auszubauen und einen regelmäßigen Dialog einzurichten.
Seite teilen
Drucken
Nach oben
Schlagworte
Examplien
Energie
Auswärtiges Amt
Impressum
Datenschutz
Barrierefreiheit
Kontakt
"""


def test_pages_in_other_languages_lose_their_chrome():
    for page, title, first in (
        (JA_PAGE, "日・エグザンプリア外相会談", "本日、上川外務大臣は"),
        (DE_PAGE, "Außenministerin trifft Amtskollegen aus Examplien", "Außenministerin Baerbock"),
    ):
        release = release_from_text(page)
        assert release.title == title
        assert release.date == "2024-03-12"
        assert first in release.text
        for line in (
            "プライバシーポリシー",
            "法的事項",
            "ページの先頭へ戻る",
            "Nach oben",
            "Impressum",
        ):
            assert line not in release.text
        kinds = {n.kind for n in release.nodes()}
        assert "heading" not in kinds and "note" not in kinds, (title, kinds)


def test_two_short_controls_are_enough_to_show_a_web_copy():
    # A page whose copy kept only two of the site's controls ("Skip to main content"
    # above, "Share" below): still a web copy, and the link box after the release's
    # last paragraph is the site's.
    lines = [
        "Skip to main content",
        *HEADLINES[:4],
        "Energy partnership signed with Examplia",
        "12 March 2024",
        *PARAGRAPHS,
        "Share",
        *HEADLINES[4:],
    ]
    texts = "\n\n".join(lines).split("\n")
    taken = {texts[i] for i in chrome_lines(texts)}
    for headline in HEADLINES[4:]:
        assert headline in taken
    for paragraph in PARAGRAPHS:
        assert paragraph not in taken


def test_longer_label_matches_still_need_three_to_show_a_web_copy():
    # Lines only a loose pattern reads as a site's (a wrapped line ending on a dash, a
    # "categories:" field) are no controls alone on their line: two are not enough.
    lines = [
        "Categories: infrastructure, energy, water and the public services -",
        *PARAGRAPHS,
        "Share",
        *HEADLINES,
    ]
    texts = "\n\n".join(lines).split("\n")
    assert chrome_lines(texts) == []


def _bulleted_page() -> str:
    """A page copied by a converter that prints a list's items as "-   entry": the site's
    menu, a breadcrumb ending on the page's headline, a share bar under the title, the
    release (with a bulleted list of its own) and a footer's list of links."""
    head = [
        "Skip to main content",
        *[f"-   {s}" for s in SECTIONS],
        "",
        *[f"-   {h}" for h in HEADLINES],
        "",
        "You are here:",
        "",
        "-   Home",
        "-   Press room",
        "    -   Press releases",
        "    -   Speeches",
        "-   Energy partnership signed with Examplia",
        "",
        "Press room",
        "",
        "-   Send",
        "-   Facebook",
        "-   Bluebird",
        "-   Email",
        "",
        "Energy partnership signed with Examplia",
        "",
        "Press release | 12 March 2024",
        "",
    ]
    body = [
        PARAGRAPHS[0],
        "",
        PARAGRAPHS[1],
        "",
        "-   Solar parks",
        "-   Water networks",
        "-   Engineering schools",
        "",
        PARAGRAPHS[2],
        "",
        PARAGRAPHS[3],
        "",
    ]
    tail = [
        "About the site",
        "",
        "-   Editorial strategy",
        "-   Cookie settings",
        "-   Accessibility statement",
        "-   Contact us",
        "-   Visitor figures",
        "",
    ]
    return "\n".join(head + body + tail)


def test_bulleted_share_bar_trail_and_footer_links_are_the_sites():
    release = release_from_text(_bulleted_page())
    kept = release.text
    for paragraph in PARAGRAPHS:
        assert paragraph in kept
    # The release's own bulleted list (no platform or control among its entries) stays.
    for line in ("Solar parks", "Water networks", "Engineering schools"):
        assert line in kept
    # A share bar naming a platform, and a footer list naming a control ("Contact
    # us"): the site's, listed as removed.
    removed = {(r.kind, r.text) for r in release.removed}
    for line in ("Facebook", "Bluebird", "Cookie settings", "Visitor figures", "About the site"):
        assert line not in kept
        assert any(kind == "navigation" and line in text for kind, text in removed), line
    # The trail, whose last step is the headline printed under it: the site's too.
    assert "Speeches" not in kept
    assert kept.count("Energy partnership signed with Examplia") == 1
    assert release.title == "Energy partnership signed with Examplia"
    labelled = [n for n in release.nodes() if n.label]
    assert [n.label for n in labelled] == ["-", "-", "-"]


def test_a_bulleted_list_of_link_labels_naming_no_control_is_left():
    # A release's list of short entries (bodies consulted), even after its last
    # paragraph, is no share bar: none of its entries is a site's control.
    lines = ["Skip to main content", "Share", *PARAGRAPHS, "-   Regional councils",
             "-   Water boards", "-   Chamber of commerce"]  # fmt: skip
    taken = set(chrome_lines(lines))
    assert not {len(lines) - 3, len(lines) - 2, len(lines) - 1} & taken


def test_a_bulleted_list_with_a_contact_line_is_no_link_bar():
    # A list naming "Contact us" whose entries hold an address: the release's contacts,
    # not a footer's links.
    from briefing.ingest.web_chrome import link_bar_lines

    lines = ["Press contacts", "-   Contact us", "-   press@ministry.example", "-   Press office"]
    assert link_bar_lines(lines) == []
    assert link_bar_lines([*lines[:2], lines[3]]) == [1, 2, 0]


def test_a_line_under_a_blank_line_ends_a_bulleted_list():
    # A teaser box printed as a list's entry with its caption under a blank line, then
    # the footer's links: the caption is no wrap of the entry, and the footer's list is
    # judged on its own entries.
    from briefing.ingest.web_chrome import link_bar_lines

    lines = ["  • [cover]", "", "    Yearbook 2019", "", "  • About us|", "  • Contact us|",
             "  • Jobs|"]  # fmt: skip
    assert link_bar_lines(lines) == [4, 5, 6]


# A newsletter form's messages, printed once for each of the site's lists (made up).
_THANKS = (
    "Thank you for your interest in our newsletter, a confirmation link has been sent "
    "to the address you gave us."
)
_UNSUBSCRIBE = (
    "To leave the list at any time, follow the unsubscribe link at the foot of each "
    "message we send you."
)


def test_a_box_sentence_printed_again_is_the_site_s_not_the_release_s():
    lists = ["Regional office", "Youth programme", "Research centre"]
    boxes = [line for name in lists for line in (f"Newsletter {name}", _THANKS, _UNSUBSCRIBE)]
    text = _page().replace("Back to top", "\n\n".join(["Back to top", *boxes]))
    texts = text.split("\n")
    taken = {texts[i] for i in chrome_lines(texts)}
    assert _THANKS in taken and _UNSUBSCRIBE in taken
    assert not taken & set(PARAGRAPHS)
    # Printed once, the same sentence is left to the tail rules (it may be the release's).
    once = _page().replace("Back to top", f"Back to top\n\n{_THANKS}")
    once_lines = once.split("\n")
    assert _THANKS not in {once_lines[i] for i in chrome_lines(once_lines)}


def test_labels_with_soft_hyphens_are_still_the_site_s():
    # A page marking where words may break (U+00AD), kept by a browser's copy.
    page = _page()
    cut = page.index("Related links")
    tail = ["Sei\xadten\xadan\xadfang", "Mi\xadnis\xadte\xadri\xadum vor Ort", "Im\xadpres\xadsum"]
    release = release_from_text(page[:cut] + "\n\n".join(tail) + "\n")
    for line in tail:
        assert line not in release.text
        assert ("navigation", line) in {(r.kind, r.text) for r in release.removed}
    for paragraph in PARAGRAPHS:
        assert paragraph in release.text


def test_a_blog_s_comment_form_and_more_links_show_a_web_copy():
    # A post copied from a blog engine's page (made up): its comment form and its
    # "see more" links are the only controls the copy carries.
    menu = ["Portada", "Provincia", "Deportes", "Cultura", "Opinión", "Quiénes somos"]
    body = [
        "El consejo provincial aprobó hoy el plan de obras para los barrios del litoral, "
        "con un presupuesto que cubre tres años de trabajos.",
        "Las primeras obras comenzarán en marzo y darán empleo a unas doscientas personas "
        "de los municipios vecinos, según informó la dirección del consejo.",
        "El plan incluye además la reparación de las escuelas y de los consultorios "
        "médicos dañados por las lluvias del último invierno.",
    ]
    tail = [
        "Deja un comentario",
        "Nombre",
        "Enviar",
        "Otras noticias",
        "Nuevo horario para los mercados del centro",
        "Ver más",
        "Premios para los grupos de teatro infantil",
        "Ver más",
    ]
    page = "\n\n".join([*menu, "Plan de obras para el litoral", *body, *tail]) + "\n"
    release = release_from_text(page)
    for paragraph in body:
        assert paragraph in release.text
    for line in ("Deja un comentario", "Nuevo horario para los mercados del centro"):
        assert line not in release.text
        assert ("navigation", line) in {(r.kind, r.text) for r in release.removed}


def test_a_text_browser_s_picture_names_are_the_site_s():
    # A text browser prints a picture with no caption as its file's name in brackets.
    pictures = ["[img-2041-800x600]", "[header_logo]", "[a3F9c01]"]
    page = _page().replace(PARAGRAPHS[1], f"{pictures[0]}\n\n{PARAGRAPHS[1]}")
    page = page.replace("Related links", f"{pictures[1]}\n\nRelated links\n\n{pictures[2]}")
    page = page.replace(PARAGRAPHS[2], f"[ends]\n\n{PARAGRAPHS[2]}")  # (a mark: stays)
    release = release_from_text(page)
    for name in pictures:
        assert name not in release.text
    assert "[ends]" in release.text
    for paragraph in PARAGRAPHS:
        assert paragraph in release.text


def test_a_breadcrumb_s_label_in_other_languages_is_a_chrome_label():
    for label in ("Sie befinden sich hier:", "Vous êtes ici :", "Usted está aquí:", "Ti trovi in"):
        assert is_chrome_label(label)
    assert not is_chrome_label("Sie sind hier, um zu helfen.")


def test_a_contact_card_in_other_words_keeps_its_name_and_office_lines():
    # A release's contacts after its text, headed in the site's language, on a page
    # whose tail is chrome (made up): the heading, the name and the office stay with the
    # numbers; the same word alone among the footer's links is the site's.
    texts = _page().split("\n")
    at = texts.index("Back to top")
    card = ["Ansprechpartnerin", "Erika Beispiel", "Leiterin des Büros Examplia", "Hauptstraße 9"]
    card += ["12345 Beispielstadt", "Telefon:", "+49 30 555 0123", "beispiel@example.org"]
    texts[at:at] = [line for text in card for line in (text, "")]
    texts[texts.index("Accessibility")] = "Kontakt"
    taken = {texts[i] for i in chrome_lines(texts)}
    for line in card:
        assert line not in taken
    assert "Kontakt" in taken  # (a footer's link: no phone or e-mail under it)


def test_a_contact_heading_in_other_words_heads_the_contacts_in_a_text_s_tail():
    # A text's last lines (made up): "Media enquiries" over the press office's card,
    # after the links a release lists at its end.
    body = "\n\n".join(PARAGRAPHS)
    links = ["Statement by the Board", "Minutes of the meeting", "Annual report", "Media"]
    card = ["Media enquiries", "Press Office", "Bank of Examplia", "CAPITAL CITY"]
    card += ["Phone: +99 2 5550 1111"]
    text = "Board decision on interest rates\n\n" + body + "\n\n" + "\n\n".join(links + card)
    release = release_from_text(text + "\n")
    for line in card:
        assert line in release.text
