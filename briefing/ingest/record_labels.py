"""Speaker labels of the records of meetings: parliaments' Hansards and the UN's verbatim
records. They name a member by a courtesy title and a name, or an office, often with the
name or the country in brackets, and end on a colon (".-" or a dash in some Hansards):

    "Mr C J EXAMPLE:", "Ms B N EXAMPLE:", "Sen. Example:", "Mr. Example (Examplia):",
    "The HOUSE CHAIRPERSON (Mr A B Example):", "The Speaker of the Senate (Hon. A. Example):",
    "The MINISTER OF EXAMPLE AFFAIRS:", "HON. A.B. EXAMPLE.-", "Mr JANE EXAMPLE - Thank you"

speakers.py reads the labels of press transcripts ("MODERATOR:", "Q:"); these differ in
the title before the name and the brackets after it, which its forms keep short so that a
report's field ("Objective (optional):") is not taken for a speaker. A courtesy title
before a capitalised name, or "The" before an office, with nothing but a colon after them,
is how a record sets out who speaks; a release's fields ("Note:", "Source:", "Article 3:",
"Subject:") carry no courtesy title and open on no "The"."""

from __future__ import annotations

from briefing.lazyre import lazy

# Courtesy titles and ranks members are named by, in the records of Commonwealth
# parliaments and of the UN ("Mr", "Mr.", "Hon.", "Sen.", "Dr", "Adv", "Mme").
_TITLE = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sen|Hon|Adv|Mme|Mlle|Dame|Sir|Lord|Lady|Baroness"
    r"|MR|MRS|MS|MISS|DR|PROF|REV|SEN|HON|ADV|Rt\.? Hon|RT\.? HON)\.?"
)
# A name's words: capitalised words, initials ("C J", "M.R."), and the small words of
# names ("van", "de", "bin").
_NAME_WORD = r"(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|du|der|da|dos|bin|al|el|la|le|ka|wa)"
_NAME = rf"{_NAME_WORD}(?: {_NAME_WORD}){{0,5}}"
# What a record prints in brackets after a name: a country, a party, an office
# ("(Russian Federation)", "(Attorney-General and Minister for Economy)").
_BRACKETED = r"\([^()\n]{1,120}\)"
# An office named with "The" before it, its words capitalised or small joining words
# ("The Speaker of the National Assembly", "The DEPUTY CHIEF WHIP OF THE MAJORITY PARTY").
# (A word's letters are taken whole, "*+": a sentence's subject fails fast, no backtracking.)
_OFFICE_WORD = r"(?:[A-Z][\w'’-]*+|of|the|for|and|on|in|to)"
_OFFICE = rf"(?:The|THE) [A-Z][\w'’-]*+(?: {_OFFICE_WORD}){{0,10}}"

# "(spoke in French)", "(interpretation from Arabic)": the UN's records say in which
# language a turn was given; it is no part of who speaks.
_LANGUAGE_NOTE = r"\((?:spoke in|interpretation from|habló en|parle en) [^()\n]{1,40}\)"
_LANGUAGE = rf"(?: {_LANGUAGE_NOTE})"

_COURTESY_LABEL = lazy(
    rf"^(?P<who>{_TITLE} {_NAME}(?: {_BRACKETED})?){_LANGUAGE}?"
    # a colon; or, as the Pacific Hansards print it, a full stop and a dash ("HON. X.-")
    r"(?:[ \t]*:|\.[-–—])[ \t]*(?=\S)"
)
# "Mr JANE EXAMPLE - Thank you, Mr Speaker": a dash after a name in capitals (a name in
# ordinary case before a dash is a sentence's subject: "Mr Example - who ...").
_DASHED_LABEL = lazy(
    rf"^(?P<who>{_TITLE} (?:[A-Z][A-Z'’.-]+ ){{0,4}}[A-Z][A-Z'’.-]+)[ \t]+[-–—][ \t]*(?=[A-Z])"
)
_OFFICE_LABEL = lazy(
    rf"^(?P<who>{_OFFICE}(?: (?!{_LANGUAGE_NOTE}){_BRACKETED})?)(?P<language>{_LANGUAGE})?"
    r"[ \t]*:[ \t]*(?=\S)"
)
# "(Hon. A. Example)", "(Mr A B Example)": an office holder named in brackets.
_NAMED_IN_BRACKETS = lazy(rf"\({_TITLE} [^()]+\)$")


LABEL_MAX_CHARS = 200  # a title, a name and an office in brackets


def record_speaker(text: str) -> tuple[str, int] | None:
    """The record's speaker label at the start of ``text`` and where the speech starts:
    ("Mr. Example (Examplia)", 26) for "Mr. Example (Examplia): I thank ...", or None."""
    first = text[:1]
    if first not in "MSDPRHALTBm":
        return None  # (cheap: most paragraphs open on another letter)
    head = text[:LABEL_MAX_CHARS]
    if ":" not in head and ".-" not in head and " -" not in head and " –" not in head:
        return None  # (cheap: no label ends in the paragraph's first words)
    for form in (_COURTESY_LABEL, _DASHED_LABEL, _OFFICE_LABEL):
        m = form.match(text)
        if m:
            who = m.group("who")
            if form is _OFFICE_LABEL and not (
                _NAMED_IN_BRACKETS.search(who)
                or _capitals_office(who)
                or m.group("language")  # "The President (spoke in French):"
            ):
                return None  # "The Committee noted:" reports; "The MINISTER:" speaks
            return who, m.end()
    return None


def _capitals_office(who: str) -> bool:
    """An office in capitals after "The" ("The MINISTER OF FINANCE", "The CHAIRPERSON"),
    as South African Hansards print it; ordinary case after "The" is a sentence's subject
    ("The Council decided:")."""
    words = who.split()[1:]
    return bool(words) and words[0].isupper() and len(words[0]) > 1


MIN_RECORD_TURNS = 2
MIN_DISTINCT_MEMBERS = 3  # members who each speak once: a debate's round of speeches
SPEECH_MIN_WORDS = 8  # a member's speech runs on; a panel's list names and places
# A name in capitals after the title ("Mr A J EXAMPLE", "Mrs P DE SAMPLE"), or an office
# in capitals ("The CHIEF WHIP"), as records print members; or a country or office in
# brackets after the name ("Mr. Example (Examplia)").
_RECORD_SHAPED = lazy(r"(?:^|\s)[A-Z][A-Z'’-]+(?:\s|$)|\([^()]+\)$")


def meeting_record(records: dict[int, str], speech_words: dict[int, int]) -> bool:
    """Whether a text's record labels ({block: speaker}, with the words each speech runs
    to) make it a record of a meeting: someone speaks twice (the chair always does); two
    office holders are named in brackets ("The Speaker of the Senate (Hon. A. Example):");
    or three members in the record's shape each make a speech (a debate where each
    speaks once). No release's field or list of panellists prints that."""
    speakers = list(records.values())
    if len(speakers) < MIN_RECORD_TURNS:
        return False
    if len(set(speakers)) < len(speakers):
        return True
    offices = [
        who for who in speakers if who[:4] in ("The ", "THE ") and _NAMED_IN_BRACKETS.search(who)
    ]
    if len(offices) >= MIN_RECORD_TURNS:
        return True
    speeches = [
        who
        for i, who in records.items()
        if speech_words.get(i, 0) >= SPEECH_MIN_WORDS and _RECORD_SHAPED.search(_untitled(who))
    ]
    return len(set(speeches)) >= MIN_DISTINCT_MEMBERS


def _untitled(who: str) -> str:
    """The label without its courtesy title ("MR", "HON." are capitals, no name)."""
    return _LEADING_TITLE.sub("", who, count=1)


_LEADING_TITLE = lazy(rf"^{_TITLE} ")
