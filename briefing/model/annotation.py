"""Annotations on a release's text, anchored so they can be re-found after edits."""

from __future__ import annotations

from dataclasses import dataclass, field

CONTEXT_CHARS = 32


@dataclass(slots=True)
class Anchor:
    """Position plus quote, in the spirit of W3C Web Annotation selectors.

    ``start``/``end`` are code-point offsets into ``Release.text``; ``quote`` is the
    exact annotated text and ``prefix``/``suffix`` up to 32 characters around it.
    """

    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def from_text(cls, text: str, start: int, end: int) -> Anchor:
        return cls(
            start=start,
            end=end,
            quote=text[start:end],
            prefix=text[max(0, start - CONTEXT_CHARS) : start],
            suffix=text[end : end + CONTEXT_CHARS],
        )


@dataclass(slots=True)
class Annotation:
    id: str
    release_id: str
    anchor: Anchor
    body: str = ""
    tags: list[str] = field(default_factory=list)
    author: str = ""
    created: str = ""  # ISO 8601 timestamps
    modified: str = ""
    orphaned: bool = False  # True when the anchor could not be re-found with confidence
