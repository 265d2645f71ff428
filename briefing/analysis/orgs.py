"""Organisations and places named in a release (rule-based, small gazetteer)."""

from __future__ import annotations

import re

from briefing.analysis import lexicon as L
from briefing.analysis.spans import text_regions
from briefing.analysis.types import Entity, Mention
from briefing.model import Release
from briefing.model.release import NodeIndex

_CAP = r"[A-ZÀ-Ý][\w’'-]*"
_HEADS = "|".join(L.ORG_HEADS)
# "UN Department of Peacekeeping Operations", "Special Committee on Peacekeeping
# Operations", "Security Council", "Home Office", "Council of the EU".
# Spaces with at most one line break: PDF text wraps inside names.
_S = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
ORG_EN = re.compile(
    rf"(?<![\w-])(?:{_CAP}[ \t]+){{0,4}}(?:{_HEADS})\b"
    rf"(?:{_S}(?:of|for|on){_S}(?:the{_S})?{_CAP}"
    rf"(?:(?:{_S}|,[ \t]+(?=[A-Z][a-z]+[ \t]+and\b)|{_S}(?:and|of){_S}){_CAP})*)?"
)
ORG_ROMANCE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(L.ORG_HEADS_ROMANCE)})"
    rf"(?:[ \t]+(?:de|del|des|du|de la|d’|d')[ \t]*(?:la[ \t]+|las[ \t]+|los[ \t]+|l’)?{_CAP}"
    rf"(?:[ \t]+(?:y[ \t]+|et[ \t]+|de[ \t]+)?{_CAP})*)?"
)
ACRONYM = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(L.ORG_ACRONYMS, key=len, reverse=True))})"
                     r"(?![\w-])")
_PLACE_NAMES = "|".join(re.escape(p) for p in sorted(L.PLACES, key=len, reverse=True))
PLACE = re.compile(rf"(?<![\w-])(?:{_PLACE_NAMES})(?![\w-])")
# "in Caracas", "outside Moscow": a capitalised word after a preposition of place.
PLACE_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|outside|near|en|à)[ \t]+(?P<place>[A-Z][a-zà-ÿ]{3,})\b(?![ \t]+[A-Z])(?![’']s)"
)
_NOT_PLACE = L.NOT_NAMES | L.MONTH_WORDS | L.COMPLEMENT_WORDS | frozenset(L.ORG_HEADS)
_LEADING = re.compile(r"^(?:The|A|An|Meanwhile|However|Briefing|Under|In|On)\s+")


def _add(entities: dict[str, Entity], name: str, kind: str, mention: Mention) -> None:
    entity = entities.setdefault(name.lower(), Entity(name, kind))
    if all(m.start != mention.start for m in entity.mentions):
        entity.mentions.append(mention)


def find_organisations(release: Release, index: NodeIndex | None = None) -> list[Entity]:
    """Named organisations, each with its mentions, in order of first mention."""
    index = index or NodeIndex(release)
    entities: dict[str, Entity] = {}
    text = release.text
    for start, end, _node in text_regions(release):
        spans: list[tuple[int, int]] = []
        for pattern in (ORG_EN, ORG_ROMANCE):
            for m in pattern.finditer(text, start, end):
                name = _LEADING.sub("", " ".join(m.group(0).split()))
                if len(name.split()) < 2 or any(a <= m.start() < b for a, b in spans):
                    continue  # a bare "Council" is too vague to list
                offset = m.end() - len(name) if m.group(0).endswith(name) else m.start()
                spans.append((m.start(), m.end()))
                _add(entities, name, "organisation",
                     Mention(offset, m.end(), text[offset : m.end()], index.node_id(offset)))
        for m in ACRONYM.finditer(text, start, end):
            if not any(a <= m.start() < b for a, b in spans):
                _add(entities, m.group(0), "organisation",
                     Mention(m.start(), m.end(), m.group(0), index.node_id(m.start())))
    return sorted(entities.values(), key=lambda e: min(m.start for m in e.mentions))


def find_places(release: Release, index: NodeIndex | None = None) -> list[Entity]:
    """Countries, capitals and "in <Place>" names, each with its mentions."""
    index = index or NodeIndex(release)
    entities: dict[str, Entity] = {}
    text = release.text
    for start, end, _node in text_regions(release):
        for m in PLACE.finditer(text, start, end):
            _add(entities, m.group(0), "place",
                 Mention(m.start(), m.end(), m.group(0), index.node_id(m.start())))
        for m in PLACE_AFTER_PREPOSITION.finditer(text, start, end):
            word = m.group("place")
            if word not in _NOT_PLACE and word.lower() not in entities:
                _add(entities, word, "place",
                     Mention(m.start("place"), m.end("place"), word, index.node_id(m.start())))
    return sorted(entities.values(), key=lambda e: min(m.start for m in e.mentions))
