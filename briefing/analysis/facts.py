"""Key facts of a release: people, quotes, dates, organisations and places.

``key_facts(release)`` is what the "Key facts" panel and `briefing facts` show. It is
pure and offline: the same release always gives the same facts.
"""

from __future__ import annotations

from briefing.analysis.dates import find_dates
from briefing.analysis.orgs import find_organisations, find_places
from briefing.analysis.people import find_people
from briefing.analysis.quotes import find_quotes
from briefing.analysis.types import KeyFacts
from briefing.model import Release
from briefing.model.release import NodeIndex


def key_facts(release: Release) -> KeyFacts:
    """Every fact the rules find in ``release``, each with its offsets and node id."""
    index = NodeIndex(release)
    people = find_people(release, index)
    return KeyFacts(
        people=people,
        quotes=find_quotes(release, people),
        dates=find_dates(release, index),
        organisations=find_organisations(release, index),
        places=find_places(release, index),
    )


def key_people_rows(facts: KeyFacts) -> list[tuple[str, str, str]]:
    """(name, role, organisation or country) rows for a "Key people" table in a brief."""
    return [(p.name, p.role or p.honorific, p.organisation or p.country) for p in facts.people]
