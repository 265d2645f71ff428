"""Plain data for key facts. Every fact points at where it appears in ``Release.text``."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Mention:
    """One appearance: ``release.text[start:end]``, inside the node ``node_id``."""

    start: int
    end: int
    text: str
    node_id: str = ""


@dataclass
class Person:
    """A person named in the release, with every mention (full and short forms)."""

    name: str
    role: str = ""
    organisation: str = ""
    country: str = ""
    honorific: str = ""
    mentions: list[Mention] = field(default_factory=list)

    @property
    def display(self) -> str:
        """"Minister of Foreign Affairs Chung Eui-yong", as a briefing note would say it."""
        lead = self.role or self.honorific
        tail = f" ({self.organisation})" if self.organisation and self.organisation not in (
            self.role
        ) else ""
        return f"{lead} {self.name}{tail}".strip()

    @property
    def start(self) -> int:
        return self.mentions[0].start if self.mentions else 0


@dataclass
class Quote:
    """A quotation, its speaker as printed, and the person it resolves to."""

    text: str
    start: int
    end: int
    node_id: str
    speaker: str = ""  # as printed or as the importer resolved it ("Foreign Minister Chung")
    person: str = ""  # Person.name when the speaker is a known person


@dataclass
class DateFact:
    """A date or date range, with the event it belongs to when the sentence names one."""

    text: str
    start: int
    end: int
    node_id: str
    iso: str = ""  # first day, when the year is known or inferred
    iso_end: str = ""  # last day of a range ("Dec. 7-8")
    event: str = ""
    event_start: int = -1
    event_end: int = -1


@dataclass
class Entity:
    """An organisation or a place, with its mentions."""

    name: str
    kind: str  # "organisation" | "place"
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class KeyFacts:
    """Everything the "Key facts" panel shows for one release."""

    people: list[Person] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    dates: list[DateFact] = field(default_factory=list)
    organisations: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)

    def person(self, name: str) -> Person | None:
        return next((p for p in self.people if p.name == name), None)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict (the shape `briefing facts --json` prints)."""
        data = asdict(self)
        for person, raw in zip(self.people, data["people"], strict=True):
            raw["display"] = person.display
        return data
