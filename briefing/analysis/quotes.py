"""Quotations with their speakers, resolved to the people of the release.

The importer already finds quotations and who says them (``quote`` nodes with
``attrs["speaker"]``, "He" resolved to the last speaker); this module reads the printed
speaker ("Foreign Minister Chung") as a person ("Chung Eui-yong").
"""

from __future__ import annotations

from briefing.analysis.people import clean_name, find_mentions, resolve
from briefing.analysis.types import Person, Quote
from briefing.model import Release

_MARKS = "“”\"‘’'«» \n\t"


def quote_text(raw: str) -> str:
    """The words quoted, without the marks and the comma printed inside them."""
    text = " ".join(raw.split()).strip(_MARKS)
    return text.rstrip(",").strip(_MARKS)


def speaker_person(speaker: str, people: list[Person]) -> Person | None:
    """The person a printed speaker refers to, if any of ``people`` matches."""
    for mention in find_mentions(speaker, 0, len(speaker)):
        found = resolve(people, mention.name)
        if found:
            return found
    name = clean_name(speaker)
    return resolve(people, name) if name else None


def find_quotes(release: Release, people: list[Person]) -> list[Quote]:
    """Every quote node of ``release``, in text order, with its speaker resolved."""
    quotes: list[Quote] = []
    for node in release.nodes():
        if node.kind != "quote":
            continue
        speaker = node.attrs.get("speaker", "")
        person = speaker_person(speaker, people) if speaker else None
        end = node.end
        # A block quote's attribution line is its child; the quotation ends before it.
        for child in node.children:
            if node.start <= child.start < end:
                end = child.start
        quotes.append(
            Quote(
                text=quote_text(release.text[node.start : end]),
                start=node.start,
                end=end,
                node_id=node.id,
                speaker=speaker,
                person=person.name if person else "",
            )
        )
    quotes.sort(key=lambda q: q.start)
    return quotes
