"""Bullets a text extraction wrote as "?" or "!" (a symbol font's glyph in the wrong code
page) are the list's labels, as printed: lost_bullets."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.lost_bullets import lost_bullet

QUESTION_MARKS = """Summary of the Council meeting

The Council took note of the following:

? Retail prices rose by 2.1 percent over the year, mostly on food and fuel.

? Exports of farm goods fell for the second quarter in a row.

? Credit to small firms grew faster than in the previous month.

The Council will meet again in June.
"""

EXCLAMATION_MARKS = """Summary of the new statute

The statute is divided into three parts:
!       Part One sets out the duties of the registry office.
!       Part Two, the "Filing Rules", covers the forms to be used.
!       Part Three contains transitional provisions.
This note summarises each part briefly.
"""

LONE_MARKS = """Notes on the outlook

?

Growth held up in the first quarter, led by household spending.

?

Inflation eased as fuel prices fell back.

? Core prices stayed flat over the month.
"""


def _labels(text: str) -> list[str]:
    return [n.label for n in release_from_text(text).nodes() if n.label]


def test_question_marks_opening_lines_are_lost_bullets() -> None:
    assert _labels(QUESTION_MARKS) == ["?", "?", "?"]


def test_exclamation_marks_opening_lines_are_lost_bullets() -> None:
    assert _labels(EXCLAMATION_MARKS) == ["!", "!", "!"]


def test_a_lone_mark_heads_the_item_below_it() -> None:
    release = release_from_text(LONE_MARKS)
    labelled = [n for n in release.nodes() if n.label]
    assert [n.label for n in labelled] == ["?", "?", "?"]
    assert release.text[labelled[0].body_start :].startswith("Growth held up")


def test_one_mark_after_a_wrap_is_no_list() -> None:
    # French sets a space before "?": a hard wrap can carry it to a line's start once.
    text = "Communiqué\n\nQue faut-il en retenir\n? Les chiffres du mois restent bons.\n"
    assert _labels(text) == []
    assert lost_bullet(["Que faut-il", "? Les chiffres", "? Encore"]) == ""


def _labelled_depths(node, depth: int = 0) -> list[tuple[str, int]]:
    found = []
    for child in node.children:
        inner = depth + 1 if child.label else depth
        if child.label:
            found.append((child.label, inner))
        found += _labelled_depths(child, inner)
    return found


def test_marks_of_two_shapes_are_two_levels() -> None:
    # The mark alone on its line (a bullet in a column of its own) heads the outer list;
    # the mark on its item's line, the list inside it: two glyphs, both lost to "?".
    text = LONE_MARKS.replace("? Core prices", "? Energy prices fell by a tenth.\n? Core prices")
    text += "\n?\n\nWages grew in line with prices.\n"
    depths = _labelled_depths(release_from_text(text).root)
    assert depths == [("?", 1), ("?", 1), ("?", 2), ("?", 2), ("?", 1)]


# review1: a French interview hard-wrapped at a fixed width: the wrap carries the spaced
# "?" of several questions (and one "!") to the next line's start, under the words of its
# own sentence; three were taken for a lost bullet, and each lone "?" was joined to the
# answer below it, the question and its answer read as one paragraph.
FRENCH_WRAPPED = """Entretien du ministre avec la presse régionale

Question : Monsieur le ministre, que pensez-vous de la réforme des retraites
? Les syndicats disent qu'elle est injuste.

Réponse : Je crois qu'elle est juste. Pourquoi changer une méthode qui a fait ses preuves
? Nous avons entendu les partenaires sociaux pendant six mois.

Question : Et les jeunes, que leur dites-vous ce matin, monsieur le ministre
?

Réponse : Que l'avenir leur appartient. Nous agirons pour eux, et vite
! Les mesures seront annoncées la semaine prochaine.

Question : Une dernière question sur le calendrier du projet de loi
?

Réponse : Le texte sera présenté en conseil des ministres en avril.
"""


def test_french_marks_wrapped_under_their_own_sentence_are_no_bullets() -> None:
    assert lost_bullet(FRENCH_WRAPPED.split("\n")) == ""
    release = release_from_text(FRENCH_WRAPPED)
    assert _labels(FRENCH_WRAPPED) == []
    texts = [release.text[n.start : n.end] for n in release.nodes() if n.kind == "paragraph"]
    assert any(t.startswith("Réponse : Le texte") for t in texts)
    assert any(t.startswith("Réponse : Que l'avenir") for t in texts)


def test_a_list_under_a_lead_in_ending_on_a_word_is_still_found() -> None:
    # A mark under a line of its own list, or after a blank line, opens an item.
    text = "Highlights of the month\n\n? Prices rose by a tenth\n\n? Exports fell again\n\n"
    text += "? Credit grew faster\n\nMore in June.\n"
    assert _labels(text) == ["?", "?", "?"]


def test_a_lone_mark_heads_an_item_in_a_script_without_capitals() -> None:
    # review1: the lone mark joined only an item opening on a capital, so a Korean,
    # Chinese or Arabic item (no capitals), an item opening on a figure or a quotation
    # mark kept its "?" as a unit of its own ("?" read as a note) and lost its label.
    for items in (
        ["경제 성장률이 높아졌다.", "물가 상승률이 둔화되었다.", "수출이 증가하였다."],
        ["“Growth held up,” the governor said.", "2031 saw prices ease.", "Wages rose."],
    ):
        text = "Notes on the outlook\n\n" + "".join(f"?\n\n{item}\n\n" for item in items)
        release = release_from_text(text)
        labelled = [n for n in release.nodes() if n.label]
        assert [n.label for n in labelled] == ["?", "?", "?"]
        assert [release.text[n.body_start : n.end].strip() for n in labelled] == items
        assert not [n for n in release.nodes() if release.text[n.start : n.end].strip() == "?"]


def test_a_lone_mark_over_lower_case_words_is_not_joined() -> None:
    text = LONE_MARKS.replace("Inflation eased", "inflation eased")
    release = release_from_text(text)
    assert not any(
        release.text[n.body_start : n.end].startswith("inflation")
        for n in release.nodes()
        if n.label
    )
