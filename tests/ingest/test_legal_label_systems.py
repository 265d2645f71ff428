"""How the legal traditions number their points, read as labels: Cyrillic "а)", "б)";
German "aa)" under "a)" and "2a." between "2." and "3."; Brazilian "I -" incisos and
"Art. 1º" articles; Chinese "(一)" in ASCII brackets and "第一条" articles; the French
"I. ―" and "― " dash items. A sub-list closed by blocks the outline could not hang on
its item goes on at its level when its next label comes. Made-up text in those shapes."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.justified_lines import justified_prose
from briefing.ingest.list_resume import Broken, resume_depth
from briefing.ingest.patterns import label_number, match_label
from briefing.model import Node, Release


def _label(text: str) -> tuple[str, str] | None:
    found = match_label(text)
    return (found.label, found.family) if found else None


def test_label_systems_of_legal_traditions() -> None:
    assert _label("а) сведения о заявителе;") == ("а)", "cyr)")
    assert _label("в) дата направления запроса.") == ("в)", "cyr)")
    assert _label("aa) Flächen von zehn Hektar oder mehr") == ("aa)", "alpha2)")
    assert _label("2a. Bohrungen zur Erkundung von Lagerstätten;") == ("2a.", "decimal.")
    assert _label("IV - propor estudos e pesquisas;") == ("IV", "ROMAN-")
    assert _label("II. ― Il coordonne les politiques transversales.") == ("II.", "ROMAN.")
    assert _label("― la direction générale des archives ;") == ("―", "bullet:-")
    assert _label("(三)国务院发布的暂行条例；") == ("(三)", "(cjk)")
    assert _label("第十二条 本办法自发布之日起施行。") == ("第十二条", "article")
    assert _label("Art. 3º O Conselho será composto por") == ("Art. 3º", "article")


def test_look_alikes_stay_text() -> None:
    assert match_label("I – I think we should go on.") is None  # speech, not an inciso
    assert match_label("Article 5 of the Convention applies.") is None
    assert match_label("第十二条规定的期限") is None  # a reference run into the sentence


def test_label_numbers_count_cyrillic_and_doubled_letters() -> None:
    assert [label_number(x) for x in ("а)", "б)", "и)", "к)")] == [1, 2, 9, 10]
    assert label_number("bb)") == 2


def _tree(release: Release) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []

    def walk(node: Node, depth: int) -> None:
        for child in node.children:
            if child.label:
                out.append((depth, child.label))
            walk(child, depth + 1)

    walk(release.root, 0)
    return out


def test_cyrillic_sub_points_nest_under_their_point() -> None:
    text = """1. Фонд образуют следующие сведения, полученные оператором из официальных источников:

а) нормативные правовые акты;

б) международные договоры в этой области;

в) сведения о результатах проверок.

2. Оператор ведет фонд за счет средств бюджета.
"""
    assert _tree(release_from_text(text)) == [(0, "1."), (1, "а)"), (1, "б)"), (1, "в)"), (0, "2.")]


def test_german_double_letters_nest_under_letters() -> None:
    text = """1. Vorhaben der Gewinnung von Bodenschätzen:

a) im Tiefbau mit

aa) einer Fläche der Anlagen von zehn Hektar oder mehr oder

bb) Senkungen der Oberfläche von drei Metern oder mehr;

b) im Tagebau mit einer Abbaufläche von zehn Hektar;

2. Halden mit einem Flächenbedarf von zehn Hektar oder mehr;
"""
    assert _tree(release_from_text(text)) == [
        (0, "1."),
        (1, "a)"),
        (2, "aa)"),
        (2, "bb)"),
        (1, "b)"),
        (0, "2."),
    ]


def test_a_sub_list_goes_on_after_blocks_it_could_not_hold() -> None:
    root = Node("", "root", start=0, end=0)
    point = Node("", "paragraph", start=0, end=10)
    point.label = "1."
    first = Node("", "item", start=10, end=20)
    first.label = "а)"
    point.children.append(first)
    roster = [Node("", "note", start=20 + k, end=21 + k) for k in range(3)]
    root.children.extend([point, *roster])
    broken = Broken([(point, "decimal.@0"), (first, "cyr)@0")], ["decimal.@0", "cyr)@0"], root)
    assert resume_depth(broken, "cyr)@0", "б)", root) == 1
    assert root.children == [point] and first.children == roster
    # ... but not a label that is no next one ("г)" after "а)"), nor another family's.
    again = Broken([(point, "decimal.@0"), (first, "cyr)@0")], ["decimal.@0", "cyr)@0"], root)
    assert resume_depth(again, "cyr)@0", "г)", root) is None
    assert resume_depth(again, "alpha)@0", "b)", root) is None


def test_a_justified_line_opening_on_its_number_is_prose() -> None:
    # The number's gap is the typist's; the gaps between the words are spread evenly.
    line = "     1. Внести   в   Положение   о   Министерстве  иностранных  дел"
    assert justified_prose(line)


def test_a_web_copy_keeps_items_that_stop_on_a_preposition() -> None:
    # A statute copied from a web page: a paragraph a line, and items whose clause goes
    # on in the items under them ("a) im Tiefbau mit" / "aa) ...").
    long = " nach den Vorschriften des Gesetzes über die Prüfung der Umweltverträglichkeit"
    text = f"""Verordnung über die Prüfung von Vorhaben im Bergbau
Der Prüfung bedürfen die nachfolgend aufgeführten Vorhaben des Bergbaus{long}:
1. Gewinnung von Bodenschätzen aller Art und Güte{long}:
a) im Tiefbau mit
aa) Flächenbedarf der Anlagen über Tage von zehn Hektar oder mehr{long} oder
bb) Senkungen der Oberfläche von drei Metern oder mehr{long},
b) im Tagebau mit
aa) einer beanspruchten Abbaufläche von zehn Hektar oder mehr{long};
2. Halden mit einem Flächenbedarf von zehn Hektar oder mehr{long};
"""
    assert _tree(release_from_text(text)) == [
        (0, "1."),
        (1, "a)"),
        (2, "aa)"),
        (2, "bb)"),
        (1, "b)"),
        (2, "aa)"),
        (0, "2."),
    ]


def test_an_end_tag_br_breaks_the_line_as_browsers_do() -> None:
    from briefing.ingest.readers.html import extract_html

    page = """<html><body><h1>DECRETO DE EXEMPLO</h1><p>
    Art. 2º Ao Conselho compete:</br>
    I - acompanhar a política nacional;</br>
    II - propor estudos e pesquisas.</br>
    </p></body></html>"""
    texts = [line.text for line in extract_html(page).lines if line.text]
    assert texts[-3:] == [
        "Art. 2º Ao Conselho compete:",
        "I - acompanhar a política nacional;",
        "II - propor estudos e pesquisas.",
    ]


def test_i_after_h_is_a_letter_in_a_bracketed_list() -> None:
    items = "\n\n".join(f"{c}) um representante do ministério número {k};" for k, c in enumerate("abcdefghij", 1))
    text = f"1. O Conselho é composto pelos seguintes membros:\n\n{items}\n\n2. O Conselho reúne-se mensalmente.\n"
    tree = _tree(release_from_text(text))
    assert (1, "i)") in tree and (2, "i)") not in tree


def test_a_chinese_part_title_is_a_heading_over_its_numbered_points() -> None:
    text = """关于某项工作若干问题的规定

为做好某项工作，依法处理有关事务，根据有关法律的规定，现将有关问题规定如下：

一、关于工作区域调整

1.根据工作发展的需要，对两个单位的工作区域作出如下调整：

（1）第一单位负责下列区域：南自某省与另一省的交界处起。

（2）第二单位负责下列区域：自某市至另一市之间的水域。

2.其他各单位依据此前发布的决定确定的区域开展工作。

二、关于其他事项

本规定自发布之日起施行。
"""
    release = release_from_text(text)
    heads = [(n.label, n.attrs.get("level")) for n in release.nodes() if n.kind == "heading"]
    assert heads == [("一、", "1"), ("二、", "1")]
    assert _tree(release) == [(0, "一、"), (1, "1."), (2, "（1）"), (2, "（2）"), (1, "2."), (0, "二、")]


def test_numbers_with_a_hyphen_are_labels_where_they_count() -> None:
    text = """Article 9 : Les circonscriptions électorales sont fixées comme suit :

1- Première circonscription électorale (Alpha, Beta) nombre de sièges : 03

2- Deuxième circonscription électorale (Gamma, Delta) nombre de sièges : 04

3- Troisième circonscription électorale (Epsilon) nombre de sièges : 02
"""
    labels = [n.label for n in release_from_text(text).nodes() if n.label]
    assert labels[-3:] == ["1-", "2-", "3-"]
    # A lone number and hyphen over a statement numbers no list.
    lone = """Déclarations officielles du jour

1 - Exemple - Déclaration du ministre sur un sujet donné

C'est avec émotion que le ministre a appris la nouvelle, a-t-il déclaré ce jour.
"""
    assert not any(n.label.startswith("1") for n in release_from_text(lone).nodes())


def test_a_run_of_dashes_glued_to_their_items_is_a_list() -> None:
    text = """# Circulaire

De superieur maakt de afweging met gebruikmaking van de volgende noties:

–op welk moment wordt iets aangeboden?

–waarvoor wordt iets gegeven?

–staat het geschenk in de juiste verhouding tot de prestatie?

De ambtenaar meldt het geschenk aan zijn superieur.
"""
    labels = [n.label for n in release_from_text(text).nodes() if n.label]
    assert labels == ["–", "–", "–"]
    # One line opening so is no list.
    one = "Een zin.\n\n–zo zei hij het, en niet anders.\n\nEn verder.\n"
    assert not any(n.label for n in release_from_text(one).nodes())



def test_the_next_number_under_a_point_starts_the_next_point() -> None:
    # Hard-wrapped text: "02." under a line that opens on "01." is the next point of the
    # list, and a zero-padded number is a list's, not a figure carried by the wrap.
    text = """Сегодня в Секретариате Президента к присяге были приведены следующие
заместители министров в присутствии высших должностных лиц государства

01. Иван Примеров – заместитель министра сельского хозяйства и животноводства
02. Петр Образцов – заместитель министра развития сельских территорий
03. Олег Примерный – заместитель министра профессионального образования
04. Анна Образцова – заместитель министра торговли и продовольствия
"""
    labels = [n.label for n in release_from_text(text).nodes() if n.label]
    assert labels == ["01.", "02.", "03.", "04."]


def test_an_articles_paragraph_goes_under_the_article_after_its_lists() -> None:
    text = """Art. 3º O Conselho é composto por membros dos seguintes órgãos:

I - representantes dos seguintes órgãos governamentais:

a) um da Casa Civil;

b) um do Ministério da Justiça;

II - representantes da sociedade civil.

§ 1º Cada membro do Conselho terá um suplente.

§ 2º Os membros serão designados pelo Ministro de Estado.

Art. 4º O Conselho será dirigido por um Presidente.

Parágrafo único. A escolha do Presidente ocorrerá mediante eleição.
"""
    assert _tree(release_from_text(text)) == [
        (0, "Art. 3º"),
        (1, "I"),
        (2, "a)"),
        (2, "b)"),
        (1, "II"),
        (1, "§ 1º"),
        (1, "§ 2º"),
        (0, "Art. 4º"),
        (1, "Parágrafo único."),
    ]


def test_roman_numerals_counting_on_with_a_dash_are_incisos() -> None:
    text = """Art. 9º O Conselho tem a seguinte estrutura:

I - Plenário;

II - Presidência;

III - Comissões Permanentes; e

IV - Secretaria Executiva.
"""
    labels = [n.label for n in release_from_text(text).nodes() if n.label]
    assert labels == ["Art. 9º", "I", "II", "III", "IV"]
    speech = "JOURNALIST: And the budget?\n\nI – I think we will see.\n\nThank you.\n"
    assert not any(n.label for n in release_from_text(speech).nodes())
