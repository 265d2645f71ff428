"""The drafter's own sentences in the note's language (Purpose, Background, Next steps).

Everything else in a drafted note is the release's own text and stays as the release
printed it; what the drafter writes itself (naming the release, who issued it and when, a
placeholder for the user, the line under Next steps) comes from the phrase table of the
note's language in ``briefing.export.labels``, so an English release briefed for a
Spanish reader reads "Informarle sobre «…», publicado por … el 5 de diciembre de 2026."
English output is the same as before the table existed.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.brief.sentences import readable_date
from briefing.export.labels import Labels, labels_for, local_date


@dataclass(frozen=True)
class Phrasebook:
    """One language's drafted sentences; ``Phrasebook.of("es")``."""

    labels: Labels

    @classmethod
    def of(cls, language: str | None) -> Phrasebook:
        return cls(labels_for(language or "en"))

    @property
    def code(self) -> str:
        return self.labels.code

    def _(self, key: str, **values: str) -> str:
        return self.labels.phrases[key].format(**values)

    def date(self, iso: str) -> str:
        """A release's ISO date as the language writes it ("5 de diciembre de 2026")."""
        return local_date(iso, self.labels, readable_date(iso))

    def title(self, title: str) -> str:
        return self.labels.title_quotes.format(title)

    def name(self, title: str, issuer: str = "", iso_date: str = "") -> str:
        """A release named in a sentence: "“Title”, issued by X on 5 December 2026"."""
        quoted = self.title(title)
        when = self.date(iso_date) if iso_date else ""
        if issuer and when:
            return self._("name_by_on", title=quoted, issuer=issuer, date=when)
        if issuer:
            return self._("name_by", title=quoted, issuer=issuer)
        if when:
            return self._("name_on", title=quoted, date=when)
        return quoted

    def untitled(self, subject: str = "", clause: bool = False) -> str:
        """A release with no printed title, named by its subject (a noun or a clause)."""
        if not subject:
            return self._("untitled")
        return self._("untitled_that" if clause else "untitled_on", subject=subject)

    def purpose(self, names: list[str], decision: bool) -> str:
        what = (
            names[0]
            if len(names) == 1
            else self._("several", count=str(len(names)), names="; ".join(names))
        )
        return self._("decide" if decision else "inform", what=what)

    def issued(self, issuer: str, named: str, iso_date: str = "", place: str = "") -> str:
        when = self._("when", date=self.date(iso_date)) if iso_date else ""
        where = self._("where", place=place) if place else ""
        return self._("issued", issuer=issuer, title=named, when=when, where=where)

    def nth(self, named: str, n: int, iso_date: str = "") -> str:
        """ "“Title”, dated 5 December 2026, is the second of the releases cited." """
        ordinals = [o for o in self.labels.phrases["ordinals"].split("|") if o]
        nth = ordinals[n] if n < len(ordinals) else self._("ordinal", n=str(n + 1))
        dated = self._("dated", date=self.date(iso_date)) if iso_date else ""
        sentence = self._("nth", title=named, dated=dated, nth=nth, n=str(n + 1))
        return sentence[:1].upper() + sentence[1:]

    def background_to_write(self) -> str:
        return self._("background_to_write")

    def recommendation(self, decision: bool) -> str:
        return self._("recommend_decision" if decision else "recommend_information")

    def said(self, name: str, text: str) -> str:
        return self._("said", name=name, text=text)

    def items(self, agenda: bool, items: str) -> str:
        kind = self._("kind_agenda" if agenda else "kind_release")
        return self._("items", kind=kind, items=items)

    def subject_fallback(self) -> str:
        return self._("subject_fallback")


ENGLISH_PHRASES = Phrasebook.of("en")
