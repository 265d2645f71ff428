"""Numbered paragraphs and sub-points in plain text made from PDFs of unseen families
(issue 11, txtnum): labels the extraction moved away from their text, numbers that
continue a sequence under a line that does not end a sentence. Made-up text in the
shape of real releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words


def _labelled(text: str) -> dict[str, str]:
    release = release_from_text(text)
    assert not lost_words(text, release)
    return {n.label: release.node_text(n) for n in release.nodes() if n.label}


def _depths(text: str) -> list[tuple[str, int]]:
    release = release_from_text(text)
    out: list[tuple[str, int]] = []

    def walk(nodes, depth: int) -> None:
        for node in nodes:
            if node.label and node.kind in ("paragraph", "item"):
                out.append((node.label, depth))
                walk(node.children, depth + 1)
            else:
                walk(node.children, depth)

    walk(release.root.children, 0)
    return out


def test_column_of_lone_roman_labels_pairs_with_the_items_after_it() -> None:
    # pdftotext without -layout reads a hanging list column by column: every label,
    # then every item (a central bank's monthly statement).
    text = (
        "MONETARY PROGRAMME FOR JUNE\n"
        "THE BOARD KEEPS THE REFERENCE RATE AT 4.25%\n"
        "1. The Board of the Central Bank decided to keep the reference interest rate at\n"
        "4.25 percent. The decision takes into account the following factors:\n"
        "i.\n\n"
        "ii.\n"
        "iii.\n\n"
        "Inflation rose in May to 2.6 percent, a rate within the target range, as the\n"
        "supply shocks of the first quarter were reversed in food and fuel prices;\n"
        "Expectations of inflation for the next twelve months fell to 2.3 percent;\n"
        "Indicators of activity show signs of recovery, although output remains below\n"
        "its potential level.\n\n"
        "2. The Board will approve the programme for July at its meeting of 6 July.\n"
    )
    labelled = _labelled(text)
    assert labelled["i."].startswith("Inflation rose in May")
    assert labelled["ii."].startswith("Expectations of inflation")
    assert labelled["iii."].startswith("Indicators of activity")
    assert labelled["iii."].endswith("its potential level.")
    assert ("i.", 1) in _depths(text)


def test_column_whose_items_cannot_be_told_apart_is_left_alone() -> None:
    # Three labels, but the text after them parts into two items only: nothing is
    # guessed (the labels stay as they were printed, no text is moved).
    text = (
        "1. The Committee considered the following matters at its meeting of 3 May:\n"
        "i.\n"
        "ii.\n"
        "iii.\n"
        "The outlook for prices over the coming year and the risks around it, which\n"
        "remain balanced in the view of most members;\n"
        "The conditions in the markets for government bonds.\n"
    )
    labelled = _labelled(text)
    assert not labelled.get("ii.", "").startswith("The conditions")


def test_next_paragraph_number_under_a_section_title_opens_a_paragraph() -> None:
    # A budget resolution as text: a section's title set across the measure, ending on
    # no stop, then the next operative paragraph. The number continues the sequence, so
    # it is the paragraph's, not a figure wrapped to the line's start.
    filler = "of the report of the Advisory Committee and decides to approve the proposal"
    text = (
        "Programme budget for the year\n\nThe General Assembly,\n\n"
        + "".join(
            f"{n}. Recalls paragraph IV.{n} {filler} for the\nposts under this section, and requests "
            "the Secretary-General to report thereon;\n"
            for n in range(1, 4)
        )
        + (
            "Section 16\n"
            "International drug control, crime and terrorism prevention and criminal justice\n"
            "4. Decides not to abolish one post of Crime Prevention Officer in the Office\n"
            "at Vienna;\n"
            "5. Requests the Secretary-General to keep the matter under review.\n"
        )
    )
    labelled = _labelled(text)
    assert labelled["4."].startswith("Decides not to abolish")
    assert "Decides not to abolish" not in labelled.get("3.", "")


def test_figure_at_a_line_start_is_still_read_as_the_sentence_goes_on() -> None:
    # "... rose to" / "74. ..." is no paragraph: 74 is not the next number.
    text = (
        "1. The number of delegations that registered for the conference this year rose\n"
        "to a total well above the figure expected by the organizers, reaching the level\n"
        "74. Delegations from every region took part in the plenary and the panels.\n"
        "2. The conference adopted its report by consensus at the closing meeting.\n"
    )
    labelled = _labelled(text)
    assert "74." not in labelled


def test_table_cells_copied_as_lines_are_not_numbered_points() -> None:
    # A budget table out of a PDF, a cell or a row a line: figures and dashes for empty
    # cells are no labels; the paragraphs numbered "6.1", "6.2" around it stay labelled.
    text = (
        "Section 6\nPrinciples of the programme\n\n"
        "6.1 The Office is responsible for the support of the intergovernmental bodies.\n\n"
        "6.2 The proposed resources are set out in table 6.1 below.\n\n"
        "Table 6.1\nFinancial resources\n\n"
        "Posts\n"
        "186.1 2 186.1\n"
        "– 87 399.0\n"
        "–\n"
        "2.4 94\n"
        "180.4 Hospitality\n\n"
        "6.3 The resources proposed for 2026 amount to a total that is slightly lower.\n"
    )
    labelled = _labelled(text)
    assert {"6.1", "6.2", "6.3"} <= set(labelled)
    assert not {"186.1", "2.4", "180.4", "–"} & set(labelled)


def test_recommendations_cited_by_number_stay_labels() -> None:
    # A review's report lists the recommendations it supports by their numbers: sparse
    # ("140.12", "140.47") but many under one part number.
    items = "".join(
        f"140.{n} Take further measures to strengthen the protection of the rights of "
        f"persons in vulnerable situations (Country {n});\n"
        for n in (12, 47, 81, 130)
    )
    text = "Views on conclusions and recommendations\n\n" + items
    labelled = _labelled(text)
    assert {"140.12", "140.47", "140.81", "140.130"} <= set(labelled)


def test_enumeration_run_into_a_sentence_with_a_spaced_bracket_goes_on() -> None:
    # Out of a PDF the bracket of "(2)" may come out spaced, "( 2)"; the wrap carries
    # "(3)" to the line's start: the enumeration still runs in the sentence.
    text = (
        "The Committee assessed the risks to growth in the period ahead, which include\n"
        "(1) a renewed spread of the disease that would lead some trading partner\n"
        "countries to impose strict containment measures, ( 2) vulnerabilities in the\n"
        "financial system owing to risks of corporate bond defaults or downgrades,\n"
        "(3) renewed trade tensions between the major economies before the elections.\n"
        "The Committee will monitor these risks closely at its next meetings this year.\n"
    )
    labelled = _labelled(text)
    assert "(3)" not in labelled


def test_label_whose_next_label_follows_on_its_line_runs_in() -> None:
    text = (
        "The decisions are taken on the basis of an evaluation of a series of factors that\n"
        "introduce risks in terms of the future evolution of inflation, which include the\n"
        "a) growth in administered prices during the year, with potential pressure; b) the\n"
        "trend of monetary policies abroad; and c) the behaviour of oil prices this winter.\n"
    )
    labelled = _labelled(text)
    assert "a)" not in labelled


def test_initial_carried_to_a_line_start_is_part_of_a_name() -> None:
    # A vote's list of names wrapped after "Mr.", a board list after a first name.
    text = (
        "Minutes of the Monetary Policy Meeting\n\n"
        "The Board decided to keep the policy rate unchanged at 0.5 percent for the coming\n"
        "period. Votes for the proposal: Mr. T. Fukui, Mr. T. Muto, Mr. K. Iwata, Ms. M.\n"
        "Suda, Mr.\n"
        "H. Haru, Mr. T. Fukuma, Mr. A. Mizuno, and Mr. T. Noda. Votes against: None.\n"
        "The meeting was attended by the members of the Committee and by Dr. Viral\n"
        "V. Acharya, Deputy Governor in charge of monetary policy, and was chaired by the\n"
        "Governor.\n"
    )
    labelled = _labelled(text)
    assert "H." not in labelled and "V." not in labelled


def test_number_glued_to_its_paragraphs_first_word_is_a_label() -> None:
    # Minutes typed in haste: "1.Assim como ...", "2.Para os ...". A figure ("1.5") or
    # a year ("2024.The") is never read so.
    text = (
        "Ata da reunião do Comitê\n\n"
        "1.Assim como em notas anteriores, as projeções para os preços administrados seguem "
        "a hipótese de repasse do preço internacional.\n\n"
        "2.Para os itens monitorados, com peso de 28,0% no índice de dezembro, projetam-se "
        "aumentos de 14% e 8% para os dois anos.\n\n"
        "3.O Comitê avaliou ainda os dados de atividade publicados desde a última reunião.\n\n"
        "2024.The figures are published with the minutes of each meeting of the Committee.\n"
    )
    labelled = _labelled(text)
    assert labelled["1."].startswith("Assim como")
    assert {"1.", "2.", "3."} <= set(labelled) and "2024." not in labelled


def test_number_glued_to_a_greek_or_cyrillic_word_is_a_label() -> None:
    # The same haste in a Greek decision and a Russian order (made up): a capital of
    # either script opens the word; a figure before a unit in lower case is no label.
    greek = (
        "Απόφαση του δημοτικού συμβουλίου για τους κήπους\n\n"
        "1.Την έγκριση του προγράμματος συντήρησης των κήπων της πόλης.\n\n"
        "2.Την ανάθεση της μελέτης στην επιτροπή πρασίνου του δήμου.\n"
    )
    assert {"1.", "2."} <= set(_labelled(greek))
    russian = (
        "Приказ о садах и парках города\n\n"
        "1.Утвердить план работ по уходу за садами и парками города.\n\n"
        "2.Признать утратившим силу приказ о садах от 5 мая 1999 года.\n\n"
        "3.5 млн рублей выделяется на посадку деревьев в парках города.\n"
    )
    labelled = _labelled(russian)
    assert {"1.", "2."} <= set(labelled) and "3." not in labelled
