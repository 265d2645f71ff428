"""The head of a non-English web page copied as text: the site's skip link, publication
stamps, menus above the headline — made-up releases in several languages."""

from __future__ import annotations

import pytest

from briefing.ingest import release_from_text
from briefing.ingest.title import is_navigation

SKIP_LINK_PT = """\
Pular para o conteúdo principal

Portaria n.º 12/31 de 4 de março de 2031

O Ministro das Pescas determina a abertura da época de pesca da sardinha nas águas \
territoriais, nos termos do regulamento em vigor, a partir do dia seguinte.

A presente portaria entra em vigor no dia seguinte ao da sua publicação no jornal oficial.
"""


def test_a_skip_link_in_the_sites_language_is_no_title():
    release = release_from_text(SKIP_LINK_PT)
    assert release.title == "Portaria n.º 12/31 de 4 de março de 2031"


@pytest.mark.parametrize(
    "line",
    ["Pular para o conteúdo principal", "Saltar al contenido", "Aller au contenu",
     "Direkt zum Hauptinhalt", "Vai al contenuto principale", "Перейти к основному содержанию",
     "الانتقال إلى المحتوى", "跳转到主要内容", "本文へスキップ"],
)  # fmt: skip
def test_skip_links_are_navigation(line):
    assert is_navigation(line)


def test_a_sentence_opening_like_a_skip_link_is_not():
    assert not is_navigation("Ir al contenido de la ley de pesca")


STAMPED_FR = """\
Le Journal du Ponant, l'actualité des îles sur le net
Citation du jour : “Le travail bien fait dure. Les promesses passent vite.” Un pêcheur

Conseil des ministres : un nouveau port de pêche à Kerlan

Publié le mardi 4 mars 2031 à 07h15min

Le conseil des ministres s’est tenu le lundi 3 mars 2031 sous la présidence du Premier \
ministre. Il a examiné les dossiers inscrits à son ordre du jour et procédé à des nominations.

Le conseil a adopté un décret relatif à la construction du port de pêche de Kerlan.
"""


def test_a_publication_stamp_in_french_dates_the_page_and_marks_its_headline():
    release = release_from_text(STAMPED_FR)
    assert release.date == "2031-03-04"
    assert release.title == "Conseil des ministres : un nouveau port de pêche à Kerlan"


@pytest.mark.parametrize(
    "line",
    ["Publié le mardi 4 mars 2031 à 07h15min", "Publicado el 3 de marzo de 2031",
     "Pubblicato il 3 marzo 2031 alle 12:30", "Veröffentlicht am 3. März 2031 um 14.30 Uhr",
     "Опубликовано 3 марта 2031"],
)  # fmt: skip
def test_publication_stamps_are_date_lines(line):
    from briefing.ingest.roles import is_date_line

    assert is_date_line(line)


def test_a_sentence_naming_a_date_is_no_stamp():
    from briefing.ingest.roles import is_date_line

    assert not is_date_line("Firmato a Roma il 5 maggio 2031")


BOARD_POST_KO = """\
콘텐츠영역

보도자료

어업 협력 회의 개최 결과

작성일
2031-04-02
주관부서 : 대변인실 공보담당관

□ 해양수산부는 4월 2일 서울에서 이웃 나라와 어업 협력 회의를 개최하였습니다.

 o 양측은 공동 조업 수역의 관리 방안에 대해 폭넓게 의견을 교환하였습니다.  <끝>

첨부파일

저작권표시

공공누리의 제 4유형 안내
"""

BOARD_POST_ZH = """\
海洋渔业合作会议新闻发布会
发布时间:2031年4月3日
发布人:编辑部

各位记者朋友,大家下午好,欢迎大家参加今天的新闻发布会。

记者:请介绍一下会议的主要成果?
"""


def test_a_korean_boards_inline_field_and_copyright_box_are_no_paragraphs():
    release = release_from_text(BOARD_POST_KO)
    kept = [release.text[n.start : n.end] for n in release.nodes() if n.kind != "title"]
    assert not any("주관부서" in text or "첨부파일" in text or "공공누리" in text for text in kept)
    assert "콘텐츠영역" not in kept
    removed = " ".join(r.text for r in release.removed)
    assert "주관부서 : 대변인실 공보담당관" in removed and "공공누리의 제 4유형 안내" in removed


def test_an_inline_field_naming_the_poster_is_removed_its_date_left_to_the_date_rules():
    release = release_from_text(BOARD_POST_ZH)
    removed = " ".join(r.text for r in release.removed)
    assert "发布人:编辑部" in removed
    assert "发布时间:2031年4月3日" not in removed


SITE_HEADER_DE = """\
Wappen des Landes

Die Landesregierung von Ruritanien

Startseite
Kontakt
Suche

Mitteilung über die Regierungssitzung vom 4. März 2031

1. Beschlüsse

Die Regierung hat die neue Verordnung über die Küstenfischerei verabschiedet und den Bericht genehmigt.

2. Weitere Geschäfte

Die Regierung hat die Antworten auf die Fragen der Abgeordneten besprochen und ihnen zugestimmt.
"""


def test_a_sites_name_over_its_menu_is_no_title():
    release = release_from_text(SITE_HEADER_DE)
    assert release.title == "Mitteilung über die Regierungssitzung vom 4. März 2031"


def test_one_menu_word_alone_sets_no_site_header():
    from briefing.ingest.segment import Block
    from briefing.ingest.title import site_header_end

    blocks = [Block(t, "", 0) for t in ("Die Landesregierung", "Kontakt", "Mitteilung über X")]
    assert site_header_end(blocks, 3) is None


CATALOGUE_RECORD_JA = """\
[文書名] 漁業大臣演説,海洋資源の保全に向けて

[場所] 港町(漁業会館)
[年月日] 2031年3月4日
[出典] 漁業省
[備考]
[全文]

\u3000本日は、海洋資源の保全について、私の考えを申し述べたいと思います。

\u3000漁業は地域の暮らしを支える産業であり、資源の持続的な利用が欠かせません。
"""


def test_a_catalogue_records_bracketed_fields_are_its_head_not_its_text():
    release = release_from_text(CATALOGUE_RECORD_JA)
    assert release.title == "漁業大臣演説,海洋資源の保全に向けて"
    assert release.date == "2031-03-04"
    removed = [r.text for r in release.removed]
    assert "[出典] 漁業省" in removed and "[全文]" in removed


def test_one_bracketed_word_alone_is_no_record():
    from briefing.ingest.board_fields import field_lines

    assert field_lines(["[Draft]", "Minutes of the meeting", "The committee met."]) == set()


COUNCIL_FR = """\
Compte rendu du Conseil des ministres du 4 mars 2031

Le conseil des ministres s’est tenu le mercredi 4 mars 2031 en séance ordinaire sous la \
présidence du Président de la République. Il a délibéré sur les dossiers inscrits.

I.DELIBERATIONS

I.1. AU TITRE DU MINISTERE DE LA MER

Le conseil a examiné et adopté deux rapports relatifs à la pêche côtière et aux ports.

II.NOMINATIONS

Le conseil a procédé à la nomination du directeur général des pêches maritimes.
"""


def test_a_roman_section_number_typed_without_a_space_heads_its_section():
    release = release_from_text(COUNCIL_FR)
    heads = [release.text[n.start : n.end] for n in release.nodes() if n.kind == "heading"]
    assert [h.split()[0] for h in heads] == ["I.DELIBERATIONS", "I.1.", "II.NOMINATIONS"]


@pytest.mark.parametrize("line", ["V.IP lounge opened", "I.B.M. shares rose", "I.e. the rule"])
def test_initials_and_abbreviations_are_no_roman_label(line):
    from briefing.ingest.patterns import match_label

    found = match_label(line)
    assert found is None or found.family != "ROMAN."


SPEECH_JA = """\
漁業大臣演説

\u3000本日は、海洋資源の保全について、私の考えを申し述べたいと思います。

(「持続可能な」漁業の実践)

\u3000漁業は地域の暮らしを支える産業であり、資源の持続的な利用が欠かせません。

(外務省注:本演説は仮訳です)

\u3000各国と協力して、違法な漁業の根絶に取り組んでまいります。
"""


def test_a_japanese_crosshead_in_parentheses_heads_its_section():
    release = release_from_text(SPEECH_JA)
    heads = [release.text[n.start : n.end] for n in release.nodes() if n.kind == "heading"]
    assert heads == ["(「持続可能な」漁業の実践)"]
