"""Lines of a release's letterhead that say who issues it, not what it is about.

Ministers', members' and senators' offices head their releases with the office-holder's
name and office ("The Hon. Gerry Hand, MP", "MINISTER FOR IMMIGRATION AND CITIZENSHIP",
"Senator Andrew Bartlett  Senator for Queensland"), a letter-spaced masthead ("M e d i a
R e l e a s e", "P A R L I A M E N T  O F  A U S T R A L I A") and the office's contact
fields ("Phone  1300 131 620   Email  ..."). The title comes under them, right over the
text. None of these lines is ever the title: they are the same on every release the
office puts out, while a title says what this one is about.
"""

from __future__ import annotations

import re

from briefing.ingest.state_letterheads import is_state_letterhead
from briefing.lazyre import lazy

# What marks a line as naming an office-holder or an office: "MP", "The Hon", "Senator",
# "Minister for ...", "Member for ...", "spokesperson for ...", "PRIME MINISTER".
_OFFICE_MARK = lazy(
    r"\bM\.?P\.?(?=$|[\s,;|])|\b(?:the\s+)?hon\.?(?=\s)|\bsenators?\b|"
    r"\b(?:minister|secretary|member|spokes(?:person|man|woman)|leader|senator)\s+(?:for|of|on)\b|"
    r"\bprime\s+minister\b|\btreasurer\b|\battorney[- ]general\b|\bspokes(?:person|man|woman)\b",
    re.I,
)

# Words that never stand in a line naming a person and an office: a line holding one
# says something happened, or names an occasion ("Address by the Hon X MP to the Asia
# Society", "Senator welcomes ..."). Office lines hold names, offices, "for", "of",
# "and", a party's or an electorate's name, and a kicker ("Statement by", "Media release").
# (A joint statement's name, "Joint Statement by the Prime Minister of Australia and the
# Prime Minister of Japan", and a briefing's, name the event: they are titles.)
_OCCASION_WORDS = frozenset(
    "to at on in with from after over about into against is are was were will has have "
    "had says said say welcomes welcome announces announce calls call urges urge visit "
    "visits address speech remarks launch launches opening opens meets meet not no new "
    "more than joint briefing conference interview doorstop transcript meeting talks "
    # Headline verbs, set in capitals in headline case ("Federal Member for Northland
    # Promotes Harmony"): an office-holder doing something is news, not a letterhead.
    "promotes promote backs back slams slam attacks attack supports support condemns "
    "condemn congratulates congratulate commends commend celebrates celebrate marks mark "
    "hosts host joins join delivers deliver appoints appoint seeks seek warns warn "
    "defends defend rejects reject praises praise honours honors honour honor opposes "
    "oppose demands demand responds respond fails fail wins win pledges pledge".split()
)
# Lower-case words an office line may hold (in mixed case): the office's small words.
_OFFICE_SMALL_WORDS = frozenset(
    "for of and the by de du des spokesperson spokesman spokeswoman & release media press "
    "statement dr mr mrs ms".split()
)
# "NEWS RELEASE FROM SHADOW MINISTER FOR DEFENCE": the kind of paper, then the office.
_KICKER = lazy(r"^(?:news|media|press)\s+release\s+(?:from|by)\s+", re.I)
OFFICE_LINE_MAX_WORDS = 24  # a name, two offices and an electorate run to twenty words


def _office_only(m: re.Match[str]) -> str:
    """ "Opposition in the Senate" -> "Opposition Senate": the chamber stays (a word of the
    office), the "in the" goes."""
    words = m.group(0).split()
    return f"{words[0]} {' '.join(words[3:])}"


# Westminster offices held in one chamber name it after "in": "Leader of the Opposition
# in the Senate", "Manager of Government Business in the House", "Government Whip in the
# Legislative Council". The "in" is the office's, not an occasion's ("... in Jakarta").
_IN_CHAMBER = lazy(
    r"\b(?:opposition|government|leader|whip|business)\s+in\s+the\s+(?:senate|"
    r"house(?:\s+of\s+(?:representatives|commons|lords|assembly))?|"
    r"legislative\s+(?:council|assembly))\b",
    re.I,
)


# The Congressional Record's byline over a member's remarks: the member's name in
# capitals, then the state and the chamber in small capitals (lower case in its text):
# "HON. JANE EXAMPLE / of missouri / in the house of representatives".
_RECORD_BYLINE = lazy(
    r"^HON\. [A-Z][A-Z.'’ -]{2,60} of [a-z][a-z. ]{2,30} in the "
    r"(?:house of representatives|senate of the united states|senate)$"
)


def is_office_line(text: str) -> bool:
    """A line naming only office-holders and their offices: a letterhead's issuer."""
    text = _KICKER.sub("", " ".join(text.split()))
    if _RECORD_BYLINE.match(text):
        return True
    words = re.findall(r"[^\W\d_][\w'’.-]*|&", _IN_CHAMBER.sub(_office_only, text))
    if not words or len(words) > OFFICE_LINE_MAX_WORDS or not _OFFICE_MARK.search(text):
        return False
    lowered = [w.lower().strip(".") for w in words]
    if any(w in _OCCASION_WORDS for w in lowered):
        return False
    head, colon, tail = text.partition(": ")
    if (
        colon
        and len(re.findall(r"[^\W\d_]{2,}", tail)) >= 2
        and _OFFICE_MARK.search(head)
        and not is_office_line(tail)
        and not is_contact_fields(f"{head.rsplit(None, 1)[-1]}: {tail}")
        and "@" not in tail
        and "www." not in tail.lower()
    ):
        # "SHADOW MINISTER FOR FOREIGN AFFAIRS AFGHANISTAN: MR EXAMPLE'S GAMBIT": the
        # office, then the headline after its colon, read as one line from a scan.
        return False
    if text.isupper():
        return True  # names and offices in capitals: their case says nothing more
    # In mixed case, names and offices are capitalised; only the office's small words
    # are not. A lower-case content word ("troops", "program") is a headline's.
    return all(w[:1].isupper() or w.lower() in _OFFICE_SMALL_WORDS for w in words)


# Display type letter-spaced by the typesetter, or read so from a scan ("P R E S S
# R E L E A S E", "M e d ia  Release"): three single letters in a row never occur in a
# sentence or a headline, which set their words solid.
_SPACED_RUN = lazy(r"(?:(?<=\s)|^)(?:[^\W\d_] ){2,}[^\W\d_](?=\s|$)")


# What a letterhead sets letter-spaced: the kind of paper ("Media Release", "Press
# Release"), the house or office it comes from ("Parliament of Australia", "House of
# Representatives"). A title may be set so too ("M E N S A J E" over a presidential
# message, read from a scan): it names the document, not its issuer.
_LETTERHEAD_WORDS = lazy(
    r"\b(?:media|press|news)\s*release|\bparliament\b|\bsenate\b|house of representatives|"
    r"\boffice of\b|\bministry\b|\bdepartment\b|\bembassy\b|\bcommonwealth\b|"
    r"\bgovernment\b|\bminister\b",
    re.I,
)


def collapse_spacing(text: str) -> str:
    """ "M e d ia  Release" -> "Media Release": letters set apart joined into their word
    (words stay apart where the typesetter put two spaces)."""
    out: list[str] = []
    glue = False
    for token in text.split(" "):
        if not token:
            glue = False
            out.append("")
            continue
        if glue and out:
            out[-1] += token
        else:
            out.append(token)
        glue = len(token) == 1 and token.isalpha()
    return " ".join(t for t in out if t)


def is_letter_spaced(text: str) -> bool:
    """A letterhead's line set (in part) in letter-spaced capitals: never a title."""
    text = text.strip()
    return bool(_SPACED_RUN.search(text)) and bool(
        _LETTERHEAD_WORDS.search(collapse_spacing(text))
    )


# An office's contact fields side by side, named without a colon ("Phone    1300 131 620
# Phone   0418 445 233", "Web  www.example.gov.au"): the label then a number or address.
_CONTACT_FIELD = lazy(
    r"^\s*(?:phone|telephone|tel\.?|fax|facsimile|mobile|mob\.?|email|e-mail|web)\s+"
    r"(?:[+(\d]|www\.|https?://|\S+@)",
    re.I,
)


# "Media enquiries: C. R. Evans, 0417 ...", "Media contact: ...": whom the press may call.
_CONTACT_LABEL = lazy(
    r"^\s*(?:(?:media|press)\s+)?(?:enquiries|inquiries|contacts?|liaison)\s*[:：]", re.I
)


# The office's address on a line of its own: "SUITE 302", "Level 4", "GPO Box 1234"
# (letter-spaced as a scan reads it: "SU ITE 3 0 2").
_ADDRESS_UNIT = lazy(r"^(?:suite|level|room|floor|gpobox|pobox|lockedbag)\d{1,5}$", re.I)


# "PARLIAMENT HOUSE  CANBERRA. A.C.T. 2600   TEL. (062) 77 7111": an address and a
# number, the number labelled (with a point, without a colon) anywhere on the line.
_PHONE_ANYWHERE = lazy(
    r"\b(?:tel|telephone|phone|fax|facsimile|ph)\b\.?\s*[:(]?\s*[\d(+]", re.I
)
CONTACT_LINE_MAX = 160


def is_contact_fields(text: str) -> bool:
    if _CONTACT_FIELD.match(text) or _CONTACT_LABEL.match(text):
        return True
    if len(text) <= CONTACT_LINE_MAX and _PHONE_ANYWHERE.search(text):
        return True
    return len(text) <= 40 and bool(_ADDRESS_UNIT.match(re.sub(r"[\s.]+", "", text)))


# A release's filing fields: "Dated: 17 September 2004  Press Release Number: 04/928",
# "Portfolio: Immigration", "Release No.: 32/91". A field's label is a word or three
# in capitals before a colon; a headline with a colon ("Afghanistan: Withdrawal of
# Soviet forces") has one, so a line is fields when it names two, or opens on one of
# the labels releases file themselves under (never a headline's first words). A field's
# value is a name, a number or a date, never a quotation: a colon opening a quotation is
# a headline's, giving who speaks ("KPRM: Premier o wojnie: „Pokój jest ...”",
# "Minister: “We will act”"), as wires and press-release services print them.
_FIELD_LABEL = lazy(
    r"(?:^|\s)[A-Z][\w.]*(?:\s[A-Za-z][\w.]*){0,2}\s?:\s+[^\s\"'„“”«»‘’‚‹›「『]"
)
_FILING_LABEL = lazy(
    r"^\s*(?:dated|date|released|issued|published|portfolio|release (?:no|number)\.?"
    r"|press release (?:no|number)\.?|media release (?:no|number)\.?|ref(?:erence)?\.?"
    r"|our ref\.?|file|category|topics?|tags|keywords)\s*:",
    re.I,
)


# "MTAI 21 Date: 22 May 1992": the release's number, then its date field.
_DATE_FIELD = lazy(r"(?:^|\s)(?:date|dated)\s*:\s*(?:\d|[A-Z][a-z]+\s+\d)", re.I)


# "No. M 121  Date 16 September 1987": a printed release form's two blanks, filled in by
# typewriter; the form prints its labels without colons.
_NUMBER_AND_DATE = lazy(
    r"^\s*No\.?\s*\S[^\n]{0,15}?\s+Dated?\s*:?\s*(?:\d|[A-Z][a-z]+\.?\s+\d)"
)


def is_filing_fields(text: str) -> bool:
    """A line of the fields a release is filed under: they describe it, never title it."""
    return (
        bool(_FILING_LABEL.match(text) or _DATE_FIELD.search(text))
        or bool(_NUMBER_AND_DATE.match(text))
        or len(_FIELD_LABEL.findall(text)) >= 2
    )


# A site's menu bar copied as one line: "Home  Minister's Profile  Frequently Asked
# Questions  Contact the Minister  Media Centre". Menus start at the home page; a
# sentence or a headline does not open on "Home" followed by capitalised names only.
_HOME_FIRST = lazy(r"^\W*(?:home|accueil|inicio|startseite|início|home page)\s+\S", re.I)
_MENU_SMALL = frozenset("the of and for to us a & in".split())
MENU_BAR_MIN_WORDS = 4


def is_menu_bar(text: str) -> bool:
    if not _HOME_FIRST.match(text):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*|&", text)
    return len(words) >= MENU_BAR_MIN_WORDS and all(
        w[:1].isupper() or w.lower() in _MENU_SMALL for w in words
    )


def is_issuer_line(text: str) -> bool:
    """Any of the letterhead's lines above: who issues the release and how to reach them
    (a state's name and motto too: state_letterheads)."""
    return (
        is_office_line(text)
        or is_letter_spaced(text)
        or is_contact_fields(text)
        or is_state_letterhead(text)
    )


# Minutes list who attended: "Glenn Example (Chairman and Governor), Ric Sample (Deputy
# Governor), John Akehurst, Jill Example AO, ...": four names or more, each a few
# capitalised words perhaps with an office in brackets. A headline naming parties
# ("Australia, Japan, India and the US launch ...") says what they did in a longer part.
_BRACKETS = lazy(r"\([^()]{0,80}\)")
PEOPLE_LIST_MIN = 4
PERSON_MAX_WORDS = 4


# Two names will do when two carry their office in brackets, as minutes list the
# secretaries under the members ("Jane Doe (Secretary), John Roe (Deputy Secretary)"):
# a headline does not follow each party it names with a bracketed office.
OFFICE_LIST_MIN = 2
_NAME_WITH_OFFICE = lazy(r"^[^()]+\([^()]{1,80}\)$")


def is_people_list(text: str) -> bool:
    flat = " ".join(text.split())
    raw = [p.strip() for p in re.split(r",(?![^()]*\))", flat) if p.strip()]
    parts = [p.strip() for p in _BRACKETS.sub(" ", flat).split(",")]
    parts = [p for p in parts if p]
    # (A list wrapped over lines may join a name without an office to one with it:
    # "R Example, ML Sample DH Writer (Secretary), AL Other (Deputy Secretary)".)
    offices = sum(bool(_NAME_WITH_OFFICE.match(p)) for p in raw) >= OFFICE_LIST_MIN
    if len(parts) < PEOPLE_LIST_MIN and not offices:
        return False
    for part in parts:
        words = part.removeprefix("and ").split()
        if not words or len(words) > PERSON_MAX_WORDS or not all(w[:1].isupper() for w in words):
            return False
    return True
