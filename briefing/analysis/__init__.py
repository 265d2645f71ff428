"""Drafting help, offline: summary suggestions and key facts (no Qt, no network).

What the app calls:

- ``suggest_summary(release, node=None, max_sentences=2) -> SummarySuggestion``
- ``bottom_line(release, max_lines=4, line_width=90) -> SummarySuggestion``
- ``apply_summary(node, text, replace=False) -> bool`` (never overwrites a person's text)
- ``draft_release(release) -> ReleaseDraft`` (a note's Summary, key points, context)
- ``key_facts(release) -> KeyFacts`` (people, quotes, dates, organisations, places)
- ``llm_summary(release, LLMSettings(...), node=None)`` only when the user set an endpoint
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.lazy_exports import lazy_exports

# Each public name and the submodule that defines it. Importing this package is cheap;
# a submodule (and its compiled patterns) loads on first use, which keeps the app's
# start-up free of work it does not need before the user asks for a draft.
_WHERE = {
    "draft_release": ".draft",
    "ReleaseDraft": ".draft",
    "key_facts": ".facts",
    "key_people_rows": ".facts",
    "LLMError": ".llm",
    "LLMSettings": ".llm",
    "llm_summary": ".llm",
    "Sentence": ".sentences",
    "split_sentences": ".sentences",
    "SuggestedSentence": ".summarise",
    "SummarySuggestion": ".summarise",
    "apply_summary": ".summarise",
    "bottom_line": ".summarise",
    "suggest_summary": ".summarise",
    "DateFact": ".types",
    "Entity": ".types",
    "KeyFacts": ".types",
    "Mention": ".types",
    "Person": ".types",
    "Quote": ".types",
}


__getattr__ = lazy_exports(__name__, _WHERE, globals())

if TYPE_CHECKING:
    from briefing.analysis.draft import ReleaseDraft, draft_release
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
    "ReleaseDraft",
    "Sentence",
    "SuggestedSentence",
    "SummarySuggestion",
    "apply_summary",
    "bottom_line",
    "draft_release",
    "key_facts",
    "key_people_rows",
    "llm_summary",
    "split_sentences",
    "suggest_summary",
]
