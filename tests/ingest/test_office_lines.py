"""A line that credits a person with an office (a signature's, a contact card's, a
quotation's speaker) is never a crosshead. Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.office_lines import addressed_name, credits_person, person_names
from briefing.ingest.segment import Block

QUOTED = """\
Harbour Board opens the new quay
Press Release
The Harbour Board opened its new quay on Monday, the largest work on the river in decades.
Partners of the board welcomed the opening.
Tomas Lindqvist, founding Director of the River Trade Council
“The quay brings the river's trade back to the town, and with it a hundred jobs.”
Maria Ortega, Chair of the Fishers' Union
“We were heard at every step of the work, and we thank the board for it.”
"""


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]


def test_a_speaker_credited_over_a_quotation_is_no_heading() -> None:
    assert not any(h.startswith(("Tomas", "Maria")) for h in _headings(QUOTED))


def test_the_shapes() -> None:
    assert addressed_name("Dr. Anna Verhoeven")
    assert addressed_name("Mr T. Lindqvist")
    assert not addressed_name("Council of Ministers")
    assert not addressed_name("Anna Verhoeven")  # (no title of address: read no further)
    assert person_names("Maria Ortega and Paul Weber")
    assert not person_names("Trade and Industry Committee")


def test_an_office_under_an_addressed_name() -> None:
    card = [Block("Dr. Anna Verhoeven"), Block("Deputy Chair, Finance Committee")]
    assert credits_person(card, 1, card[1].text)
    part = [Block("Rada Portu"), Block("Rules of the port")]  # a body's name, no person's
    assert not credits_person(part, 1, part[1].text)
    contact = [Block("Tomas Lindqvist, Head of Communications, (555) 010 0100")]
    assert credits_person(contact, 0, contact[0].text)
    ministry = [Block("Trade Affairs, Fisheries and Ports"), Block("The ministry ...")]
    assert not credits_person(ministry, 0, ministry[0].text)


def test_a_name_joined_by_its_particle_is_one_name() -> None:
    # "y" joins two names in a roster's last entry, and two surnames in one name.
    assert person_names("Ana Ruiz y Gasca")
    assert person_names("Ana Ruiz y Luis Gasca")
    assert not person_names("Ana Ruiz y the Board")


def test_a_name_and_office_last_is_credited_only_with_its_proof() -> None:
    # Nothing under the line: no quotation it credits (and no contact, no title of address).
    last = [Block("The ministry ..."), Block("Trade Affairs, Fisheries and Ports")]
    assert not credits_person(last, 1, last[1].text)
    quoted = [Block("Maria Ortega, Chair of the Fishers' Union"), Block("“We were heard.”")]
    assert credits_person(quoted, 0, quoted[0].text)
