"""Drafting help, offline: summary suggestions and key facts (no Qt, no network).

What the app calls:

- ``suggest_summary(release, node=None, max_sentences=2) -> SummarySuggestion``
- ``bottom_line(release, max_lines=4, line_width=90) -> SummarySuggestion``
- ``apply_summary(node, text, replace=False) -> bool`` (never overwrites a person's text)
- ``key_facts(release) -> KeyFacts`` (people, quotes, dates, organisations, places)
- ``llm_summary(release, LLMSettings(...), node=None)`` only when the user set an endpoint
"""

from briefing.analysis.facts import key_facts, key_people_rows
from briefing.analysis.llm import LLMError, LLMSettings, llm_summary
from briefing.analysis.sentences import Sentence, split_sentences
from briefing.analysis.summarise import (
    SuggestedSentence,
    SummarySuggestion,
    apply_summary,
    bottom_line,
    suggest_summary,
)
from briefing.analysis.types import DateFact, Entity, KeyFacts, Mention, Person, Quote

__all__ = [
    "DateFact",
    "Entity",
    "KeyFacts",
    "LLMError",
    "LLMSettings",
    "Mention",
    "Person",
    "Quote",
    "Sentence",
    "SuggestedSentence",
    "SummarySuggestion",
    "apply_summary",
    "bottom_line",
    "key_facts",
    "key_people_rows",
    "llm_summary",
    "split_sentences",
    "suggest_summary",
]
