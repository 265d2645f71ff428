"""Titles of letters and speeches taken from PDFs as plain text (issue 11 item 5): a
circular's subject line ("OGGETTO:", "Objet :", "Subject:") is its title, not the place
and date above it; a speech's opening address ("Good afternoon,") under a two-line title
is no part of the title. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words


def test_subject_line_is_the_letters_title() -> None:
    # ("ΘΕΜΑ:" is Greek "Θέμα:" set in capitals, which drop the accent.)
    for label in ("OGGETTO:", "Objet :", "Subject:", "Asunto:", "ΘΕΜΑ:"):
        text = (
            "MINISTRY OF EXAMPLES\n"
            "THE MINISTER\n\n\n"
            "                                        Example City, date of the signature\n\n"
            "                                        To the Administrations\n"
            "                                        named in article 2 of decree 82\n\n"
            f"{label} Decree-law of 16 July 2020 on the simplification of public services and\n"
            "         the digital identity. Deadlines of 28 February 2021.\n\n"
            "     In the difficult times we are living through, we thank the Administrations\n"
            "for their work and recall how much each of them gives to the digital change of\n"
            "the country and to the services it offers to its citizens and its businesses.\n\n"
            "     The decree provides that from 28 February 2021 every Administration lets\n"
            "citizens reach its online services only with the national digital identity.\n"
        )
        release = release_from_text(text)
        assert release.title.startswith(label), (label, release.title)
        assert "Deadlines of 28 February 2021" in release.title
        assert not lost_words(text, release)


def test_subject_far_into_the_text_is_no_title() -> None:
    text = (
        "Example Ministry statement on the harvest\n\n"
        "The Minister met the farmers' unions today in Example City to discuss the harvest\n"
        "and the prices of grain over the coming season, and the support the State gives.\n\n"
        "The unions asked for a fund against floods and for new roads in the valleys, and\n"
        "the Minister promised an answer before the end of the month to both requests.\n\n"
        "The Minister also answered questions from the press on the budget for farming and\n"
        "the number of inspectors in the provinces, which will rise next year by a tenth.\n\n"
        "Subject: the next meeting will be held in Example Town in the spring of next year.\n"
    )
    release = release_from_text(text)
    assert release.title == "Example Ministry statement on the harvest"


def test_opening_address_is_not_part_of_a_two_line_title() -> None:
    text = (
        "Address by the Minister for Examples Jane Example at the Example Summit on\n"
        "Digital Services, 19 November 2020\n"
        "Good afternoon,\n"
        "I wish to thank the organisers of this summit for inviting me to take part in it.\n"
        "I greet the ministers and the commissioners who are with us today from every\n"
        "country of the union, and all those who follow our work from their homes.\n"
        "The need for digital autonomy in the union comes from the change of our economy.\n"
    )
    release = release_from_text(text)
    assert release.title.endswith("19 November 2020"), release.title
    assert "Good afternoon" in release.text
    assert not lost_words(text, release)


STAMP_COLUMN = " " * 70


def test_a_signed_acts_layout_head_gives_its_title() -> None:
    # A signed act taken with pdftotext -layout: the signature stamp (its signer's name
    # beside "Digitally signed by"), a handling notice ("ΑΝΑΡΤΗΤΕΟ ΣΤΟ ΔΙΑΔΙΚΤΥΟ", to
    # be posted online) and the letterhead set beside its fields come before the title.
    text = (
        f"{STAMP_COLUMN}EXAMPLE AGENCY Digitally signed by\n"
        f"{STAMP_COLUMN}          EXAMPLE AGENCY\n"
        f"{STAMP_COLUMN}          Date: 2031.09.05 10:11:05\n"
        f"{STAMP_COLUMN}          Reason:\n"
        f"{STAMP_COLUMN}                 Location: Example City\n\n\n\n"
        "                                                    ΑΝΑΡΤΗΤΕΟ ΣΤΟ ΔΙΑΔΙΚΤΥΟ\n"
        "  NORTHERN EXAMPLE DISTRICT                    DEADLINE: 13.11.2031\n"
        "  SAMPLE WORKS DIRECTORATE                     REF. NO : 3142\n"
        "  LEGAL ADVISERS UNIT                          FILE NO: 384926\n"
        "  SECOND SAMPLE SECTION\n\n\n\n"
        "             MINUTES OF THE MEETING OF THE THREE-MEMBER COMMITTEE\n"
        "      ( Articles 5, 6 and 7 of Law 3086/2031 on the Legal Council of the State\n"
        "              and the status of its members ).\n\n\n"
        "The committee met to examine whether an appeal should be lodged against the\n"
        "judgment of the court of appeal in the case of the sample permits, and heard\n"
        "the report of its rapporteur on the grounds the judgment gives.\n\n"
        "The committee found that no appeal lies, for the reasons the rapporteur gave.\n"
    )
    release = release_from_text(text)
    assert release.title == "MINUTES OF THE MEETING OF THE THREE-MEMBER COMMITTEE"
    assert release.date != "2031-09-05"  # (the stamp's: when the file was signed)
    assert not lost_words(text, release)


def test_lines_set_in_two_columns_are_no_title() -> None:
    from briefing.ingest.segment import Block
    from briefing.ingest.title import _side_by_side, _title_shaped

    head = (
        "NORTHERN EXAMPLE DISTRICT                    DEADLINE: 13.11.2031\n"
        "SAMPLE WORKS DIRECTORATE                     REF. NO : 3142\n"
        "SECOND SAMPLE SECTION"
    )
    assert _side_by_side(head)
    title = "MINUTES OF THE MEETING OF THE\nTHREE-MEMBER SAMPLE COMMITTEE"
    assert not _side_by_side(title)
    assert not _side_by_side("PRESS RELEASE                    3 May 2031")
    assert not _title_shaped(Block(head, line_count=3))
    assert _title_shaped(Block(title, line_count=2))


def test_a_transcripts_name_in_three_parts_is_no_motto() -> None:
    # "Doorstop - Example City - Re Sample Harbour" has a state motto's shape (three
    # capitalised parts parted by dashes), but a motto's parts are parallel ("Paix -
    # Travail - Patrie"); taken for a letterhead, the transcript lost its title.
    from briefing.ingest.state_letterheads import is_state_letterhead

    assert not is_state_letterhead("Doorstop - Example City - Re Sample Harbour")
    assert is_state_letterhead("Un Peuple - Un But - Une Foi")
    assert is_state_letterhead("Unité - Progrès - Justice")
    text = (
        "\n\n\nThe Hon. Example Person MP\n\n\n"
        "Doorstop - Example City - Re Sample Harbour\n\n\n"
        "Interviewee: Example Person MP\n\n"
        "Date: 27/07/31\n\n"
        "Time: 16:50\n\n\n"
        "Person:\n\n\n"
        "I had reports yesterday that there had been some trouble at the harbour and\n"
        "a number of boats had left their moorings in the night.\n\n\n"
        "Reporter:\n\n\n"
        "How long will the harbour stay closed?\n"
    )
    release = release_from_text(text)
    assert release.title == "Doorstop - Example City - Re Sample Harbour"


def test_a_bills_first_part_is_no_wrap_of_its_title() -> None:
    # "Exposé des motifs" right under a bill's title, no blank line between (a typed
    # text): the bill's first part begins, it does not finish the title.
    text = (
        "République de l'Exemple\n"
        "Ministère des Exemples\n"
        "Loi modifiant et complétant la loi n° 31-12 du\n"
        "5 mai 2031 relative au statut des agents\n"
        "de l'Office des Exemples\n"
        "Exposé des motifs\n"
        "L'Office des Exemples est chargé de la garde des modèles et de la tenue des\n"
        "registres, et du fonctionnement de ses établissements.\n"
        "La présente loi a pour objet de réviser le statut de ses agents.\n"
    )
    release = release_from_text(text)
    assert release.title.endswith("de l'Office des Exemples"), release.title
