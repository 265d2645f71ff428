"""People named in a release, with their roles and organisations (rule-based).

Three printed shapes cover diplomatic releases:

- role before name: "Minister of Foreign Affairs Chung Eui-yong", "UN Secretary-General
  Antonio Guterres", "Foreign Minister Chung";
- honorific, name and affiliation: "Mr. Jean-Pierre Lacroix of the UN Department of ...";
- name, then role in apposition: "Khaled Khiari, Assistant Secretary-General for ...".

Short forms ("Minister Chung", "President Moon") are merged into the person whose full
name starts or ends with them; "the Secretary-General" joins the one person with that role.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from briefing.analysis import lexicon as L
from briefing.analysis.spans import text_regions
from briefing.analysis.types import Mention, Person
from briefing.model import Release
from briefing.model.release import NodeIndex

_NT = r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ’']*(?:-[A-Za-zÀ-ÖØ-öø-ÿ]+)*"
# Up to four tokens; "Kang, Kyung-wha" (a comma before a Korean given name) is one name.
# Names never run over a line break ("Press Officer\n\nContact").
_NAME = (
    rf"{_NT}(?:,[ \t](?=[A-Z][a-z]+-[a-z]+\b){_NT}"
    rf"|[ \t]+(?:(?:de|da|van|von|bin|del|la|le|al)[ \t]+)?{_NT}){{0,3}}"
)
_HEADS = "|".join(re.escape(h) for h in sorted(L.TITLE_HEADS, key=len, reverse=True))
_MODS = "|".join(re.escape(m) for m in (*L.TITLE_MODIFIERS, *L.ORG_PREFIXES))
_CW = "|".join(re.escape(w) for w in sorted(L.COMPLEMENT_WORDS | L.PLACES, key=len, reverse=True))
_COMPLEMENT = (
    rf"(?:\s+(?:of|for|de|del|des|du)\s+(?:the\s+|la\s+|las\s+|los\s+)?(?:{_CW})"
    rf"(?:(?:\s+|,\s+|\s+and\s+|\s+y\s+|\s+et\s+|\s+of\s+(?:the\s+)?)(?:{_CW}))*)?"
)
_ROLE = rf"(?:(?:{_MODS})\s+){{0,4}}(?:{_HEADS}){_COMPLEMENT}"
# An organisation as printed after "of the": capitalised words, with "of/for/and" inside
# and commas only before another capitalised word that does not start the next person.
ORG_PHRASE = (
    r"[A-Z][\w’'-]*(?:(?:\s+(?:of|for|and|on|the)\s+|\s+|,\s+(?!and\b|Mr\b|Ms\b|Mrs\b|Dr\b))"
    r"(?:the\s+)?[A-Z][\w’'-]*)*"
)
_AFFILIATION = rf"(?:\s+of\s+(?:the\s+)?(?P<org>{ORG_PHRASE}))?"
_ORG_HEADS = "|".join(L.ORG_HEADS)
_HON = "|".join(re.escape(h) for h in sorted(L.HONORIFICS, key=len, reverse=True))

ROLE_NAME = re.compile(rf"(?<![\w-])(?P<role>{_ROLE}),?[ \t]+(?P<name>{_NAME}){_AFFILIATION}")
# "Home office crime prevention minister Jeremy Browne": a lower-case title after a
# capitalised lead word.
LOWER_ROLE_NAME = re.compile(
    rf"(?<![\w-])(?P<role>[A-Z][\w’'-]*[ \t]+(?:[a-z][\w-]*[ \t]+){{0,3}}"
    rf"(?:minister|secretary|ambassador|spokesperson|spokesman|president|envoy))"
    rf"[ \t]+(?P<name>{_NAME})"
)
HON_NAME = re.compile(rf"(?<![\w.])(?P<hon>{_HON})\s+(?P<name>{_NAME}){_AFFILIATION}")
APPOSITION = re.compile(
    rf"(?<![\w-])(?P<name>{_NT}(?:\s+{_NT}){{1,3}}),\s+(?:the\s+)?"
    rf"(?P<role>(?:(?:{_MODS})\s+){{0,3}}(?:{_HEADS})"
    rf"(?:(?:\s+(?:of|for|in|on|and|the|to|de|del))|,?\s+(?:{_CW}|{_ORG_HEADS})\b)*)"
    # A name after the role means a list of people, not an apposition.
    r"(?![ \t]+[A-Z])"
)
ROLE_ONLY = re.compile(rf"\b[Tt]he\s+(?P<role>(?:{_HEADS}))\b(?![\w-]*\s+[A-Z])")
KOREAN = re.compile(
    r"(?P<name>[가-힣]{2,4})\s+(?P<role>(?:[가-힣]+(?:부|처|청|위원회)\s+)?"
    r"(?:장관|대통령|사무총장|총장|차관|대사|대변인|총리|의장))"
)
_COUNTRY_ADJECTIVES = {
    "Japanese": "Japan", "Korean": "Korea", "Chinese": "China", "French": "France",
    "British": "United Kingdom", "German": "Germany", "Russian": "Russia",
    "American": "United States", "ROK": "Republic of Korea", "US": "United States",
    "U.S.": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
}  # fmt: skip


@dataclass
class RawMention:
    """One match before people are merged."""

    name: str
    start: int
    end: int
    role: str = ""
    organisation: str = ""
    country: str = ""
    honorific: str = ""


def fold(text: str) -> str:
    """Accent- and case-free form for comparing names ("António" == "Antonio")."""
    text = unicodedata.normalize("NFKD", text.replace(",", ""))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).lower().split())


def clean_name(name: str) -> str:
    """Drop a possessive and trailing non-name words ("Le Drian’s" -> "Le Drian")."""
    name = re.sub(r"[’']s$", "", name.strip())
    words = name.split()
    if any(_is_title_word(w) for w in words):
        return ""  # "Chairperson, Vice-Chairpersons" is a list of offices
    while words and words[-1].strip(",") in L.NOT_NAMES:
        words.pop()
    while words and words[0].strip(",") in L.NOT_NAMES:
        words.pop(0)
    return " ".join(words)


_TITLE_WORDS = {w.lower() for h in L.TITLE_HEADS for w in h.split()} | {
    h.lower() for h in L.ORG_HEADS
}
# (?<![ \t]): start at a run of spaces, not inside it (linear on a long run; same cut).
_MONTH_CUT = re.compile(
    r"(?<![ \t])(?:[ \t]+(?:on|in|at)[ \t]+(?:" + "|".join(L.MONTH_WORDS) + r"|\d).*$|[ \t]+(?:"
    + "|".join(L.MONTH_WORDS) + r")\b.*$)", re.S
)


def _is_title_word(word: str) -> bool:
    word = word.strip(",").lower()
    return word in _TITLE_WORDS or word.rstrip("s") in _TITLE_WORDS or any(
        part in _TITLE_WORDS for part in word.split("-") if len(word.split("-")) > 1
        and part not in ("general",)
    )


def affiliation(text: str) -> str:
    """An "of the ..." affiliation without a date that follows it ("France on March")."""
    return _MONTH_CUT.sub("", text).rstrip(", ")


def split_role(role: str) -> tuple[str, str, str]:
    """(role, organisation, country) from a printed role phrase."""
    role = " ".join(role.split()).strip(" ,")
    organisation = country = ""
    first, _, rest = role.partition(" ")
    if first in L.ORG_PREFIXES and rest:
        if first in _COUNTRY_ADJECTIVES:
            country = _COUNTRY_ADJECTIVES[first]
        else:
            organisation = first
        role = rest
    elif first in _COUNTRY_ADJECTIVES and rest:
        country = _COUNTRY_ADJECTIVES[first]
    # "Assistant Secretary-General for ... in the Department of ...": the office after
    # "in the" is the organisation.
    found = re.search(r"\s+in\s+the\s+(?=(?:[A-Z]\w*\s+)*(?:" + "|".join(L.ORG_HEADS) + r"))", role)
    if found:
        role, organisation = role[: found.start()], role[found.end() :]
    return role, organisation, country


def _capitalised_run_continues(text: str, end: int) -> bool:
    """True when more capitalised words follow: a headline, not a name ("Secretary-General
    Strongly Condemns Deadly Terrorist Attack")."""
    return bool(re.match(r"\s+[A-Z][a-z]", text[end : end + 3])) and not re.match(
        r"\s+(?:of|and|for)\b", text[end : end + 5]
    )


def find_mentions(text: str, start: int, end: int) -> list[RawMention]:
    """Every person-shaped match in ``text[start:end]``, in order, overlaps removed."""
    found: list[RawMention] = []
    for m in ROLE_NAME.finditer(text, start, end):
        name = clean_name(m.group("name"))
        if not name or _capitalised_run_continues(text, m.end("name")):
            continue
        role, org, country = split_role(m.group("role"))
        tail = affiliation(m.group("org") or "")
        if tail in L.PLACES:
            country = country or tail
        elif tail:
            org = tail
        found.append(RawMention(name, m.start(), _end(m, tail), role, org, country))
    for m in LOWER_ROLE_NAME.finditer(text, start, end):
        name = clean_name(m.group("name"))
        if name and len(name.split()) > 1:
            found.append(RawMention(name, m.start(), m.end(), " ".join(m.group("role").split())))
    for m in HON_NAME.finditer(text, start, end):
        name = clean_name(m.group("name"))
        if not name:
            continue
        tail = affiliation(m.group("org") or "")
        country = tail if tail in L.PLACES else ""
        org = "" if country else tail
        found.append(
            RawMention(name, m.start(), _end(m, tail), "", org, country, m.group("hon"))
        )
    for m in APPOSITION.finditer(text, start, end):
        name = clean_name(m.group("name"))
        if len(name.split()) < 2:
            continue
        role, org, country = split_role(re.sub(r"(?<!\s)(?:\s+(?:of|for|in|on|and|the|to))+$", "",
                                               m.group("role")))
        found.append(RawMention(name, m.start(), m.end(), role, org, country))
    for m in KOREAN.finditer(text, start, end):
        found.append(RawMention(m.group("name"), m.start(), m.end(), m.group("role")))
    # Longest match wins where two patterns read the same words.
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[RawMention] = []
    for raw in found:
        if kept and raw.start < kept[-1].end:
            _enrich(kept[-1], raw)
            continue
        kept.append(raw)
    return kept


def _end(m: re.Match[str], tail: str) -> int:
    """Where a mention ends once a trailing date was cut from its affiliation."""
    return m.start("org") + len(tail) if m.group("org") else m.end("name")


def _enrich(into: RawMention, other: RawMention) -> None:
    into.role = into.role or other.role
    into.organisation = into.organisation or other.organisation
    into.country = into.country or other.country
    into.honorific = into.honorific or other.honorific


def _matches(short: str, full: str) -> bool:
    """Whether "Chung" / "Le Drian" names the same person as "Chung Eui-yong"."""
    s, f = fold(short).split(), fold(full).split()
    return len(s) < len(f) and (f[: len(s)] == s or f[-len(s) :] == s)


def resolve(people: list[Person], name: str) -> Person | None:
    """The person ``name`` refers to: same name, or a short form of exactly one full name."""
    key = fold(name)
    for person in people:
        if fold(person.name) == key:
            return person
    candidates = [p for p in people if _matches(name, p.name)]
    return candidates[0] if len(candidates) == 1 else None


def find_people(release: Release, index: NodeIndex | None = None) -> list[Person]:
    """The people of ``release``, in order of first mention, each with all mentions."""
    index = index or NodeIndex(release)
    raws: list[RawMention] = []
    for start, end, _node in text_regions(release):
        raws.extend(find_mentions(release.text, start, end))
    people: list[Person] = []
    # Full names first, so a short form met earlier still joins the right person.
    for raw in sorted(raws, key=lambda r: (-len(r.name.split()), r.start)):
        person = resolve(people, raw.name)
        if person is None:
            person = Person(raw.name)
            people.append(person)
        _merge(person, raw, release.text, index)
    _role_only_mentions(release, people, index)
    from briefing.analysis.footnotes import roles_from_footnote_markers

    roles_from_footnote_markers(release, people)
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
    people.sort(key=lambda p: p.start)
    return people


def _merge(person: Person, raw: RawMention, text: str, index: NodeIndex) -> None:
    if len(raw.name) > len(person.name) and _matches(person.name, raw.name):
        person.name = raw.name
    # The fullest printed role is the one a brief wants ("Minister of Foreign Affairs"
    # over "Foreign Minister"); ties keep the first seen.
    if len(raw.role) > len(person.role):
        person.role = raw.role
    person.organisation = person.organisation or raw.organisation
    person.country = person.country or raw.country
    person.honorific = person.honorific or raw.honorific
    person.mentions.append(
        Mention(raw.start, raw.end, text[raw.start : raw.end], index.node_id(raw.start))
    )


def _role_only_mentions(release: Release, people: list[Person], index: NodeIndex) -> None:
    """"The Secretary-General condemns ...": a mention of the one person with that role."""
    for start, end, _node in text_regions(release):
        for m in ROLE_ONLY.finditer(release.text, start, end):
            head = m.group("role")
            holders = [p for p in people if p.role.split(" of ")[0].endswith(head)]
            if len(holders) != 1 or any(x.start <= m.start() < x.end
                                        for x in holders[0].mentions):
                continue
            holders[0].mentions.append(
                Mention(m.start("role"), m.end("role"), head, index.node_id(m.start()))
            )
