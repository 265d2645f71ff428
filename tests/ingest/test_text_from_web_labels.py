"""A list laid out as a table (label cell, text cell), copied from a web page: the label
alone on its line, a blank line, its text (issue 11 item 5). Made-up regulation text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.segment import _continues_unwrapped
from tests.ingest.helpers import lost_words


def test_lone_lower_case_letter_label_joins_its_text() -> None:
    text = (
        "Règlement de la Commission d'Exemple\n\n"
        "Article 3\n\n"
        "La Commission publie chaque année les informations suivantes, pour chaque "
        "État membre concerné par la présente procédure:\n\n"
        "a)\n\n"
        "la date de chaque demande reçue;\n\n"
        "b)\n\n"
        "le nombre de demandes reçues;\n\n"
        "c)\n\n"
        "les possibilités disponibles pour la redistribution.\n"
    )
    release = release_from_text(text)
    nodes = {n.label: release.node_text(n) for n in release.nodes() if n.label}
    assert nodes.get("a)", "").endswith("la date de chaque demande reçue;")
    assert nodes.get("c)", "").endswith("les possibilités disponibles pour la redistribution.")
    assert not lost_words(text, release)


def test_article_title_set_apart_is_not_joined_to_its_text() -> None:
    # A web page copied as text: a paragraph a line, every line set apart by a blank
    # line. "Article 2" / its title / its text: the title stops on a bare word, but is a
    # title, not a line wrapped into the paragraph below.
    body = (
        "Le présent règlement s'applique sans préjudice des accords de pêche conclus entre "
        "l'Union et des pays tiers, ainsi que des mesures adoptées par les organisations.\n\n"
    )
    text = "Règlement de la Commission d'Exemple\n\n" + "".join(
        f"Article {n}\n\nRapport avec le droit international et le droit de l'Union\n\n{body}"
        for n in range(1, 5)
    )
    release = release_from_text(text)
    texts = [release.node_text(n) for n in release.nodes()]
    assert not any(t.startswith("Rapport avec") and "présent règlement" in t for t in texts)
    assert not lost_words(text, release)


def test_lone_lower_case_letter_with_a_stop_joins_its_text() -> None:
    # pdftotext without layout reads a lettered list's label column apart from its text:
    # "a." alone, then the item's lines (hard-wrapped, no blank line between items).
    item = (
        "The Ministry of Examples will review the rates applied to the {} sector over the\n"
        "coming year, in consultation with the producers and the provincial councils.\n"
    )
    text = (
        "Statement on Example Tax Measures\n\nThe following measures were announced:\n"
        + "".join(
            f"{letter}.\n{item.format(sector)}"
            for letter, sector in (("a", "farming"), ("b", "fishing"), ("c", "textile"))
        )
    )
    release = release_from_text(text)
    nodes = {n.label: release.node_text(n) for n in release.nodes() if n.label}
    for letter, sector in (("a", "farming"), ("b", "fishing"), ("c", "textile")):
        body = nodes.get(f"{letter}.", "")
        assert f"the {sector} sector" in body and body.endswith("provincial councils.")
    assert not lost_words(text, release)


def test_a_line_of_prose_stopping_on_a_bare_word_goes_on_with_a_lower_case_line() -> None:
    # Text where no measure tells a wrap (a PDF's lines copied with a column of side
    # notes): a line of running prose stopping on a bare word, the next opening in lower
    # case, is one sentence cut at a line end, whatever opens the paragraph.
    prev = "(2) The minimum monthly wage for all workers employed in any industry"
    assert _continues_unwrapped(prev, "or service shall be thirty thousand units a month.")
    prev = "the Committee noted the progress made. However, the official in charge"
    assert _continues_unwrapped(prev, "resigned from the position in February of that year")


def test_a_name_and_title_or_a_unit_start_is_not_joined_so() -> None:
    # A name and title capitalises most of its words: no running prose cut mid-sentence.
    name = "Jane Example, Minister of Examples and Deputy Head of Government"
    assert not _continues_unwrapped(name, "on behalf of the Government of Examplia")
    prev = "The rates apply to all workers employed in any industry"
    assert not _continues_unwrapped(prev, "a) the farming sector;")  # a label opens a unit
    assert not _continues_unwrapped("Rates for workers", "from May onwards")  # a few words
