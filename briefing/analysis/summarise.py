"""Extractive summary suggestions: a section's draft and the release's bottom line.

A suggestion is only ever a proposal: ``apply_summary`` fills a node's summary when it
is empty and refuses to overwrite what a person wrote unless told to.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

from briefing.analysis.sentences import split_sentences
from briefing.analysis.textrank import cosine, pagerank, similarity_matrix, tfidf_vectors
from briefing.analysis.tokens import tokens
from briefing.model import Node, Release

# Kinds whose text can be drawn on for a summary: front matter, notes and contacts are
# not what a release says.
CONTENT_KINDS = frozenset({"paragraph", "item", "quote", "heading"})
OFFLINE_LABEL = "Suggested draft (offline, extractive)"
REDUNDANT = 0.55  # cosine above which a second sentence mostly repeats the first
MIN_WORDS = 5


@dataclass(frozen=True)
class SuggestedSentence:
    """A source sentence used in a suggestion: ``release.text[start:end]``."""

    start: int
    end: int
    text: str
    score: float
    node_id: str


@dataclass
class SummarySuggestion:
    """A draft the user accepts, edits or dismisses; never applied silently."""

    text: str
    sentences: list[SuggestedSentence] = field(default_factory=list)
    node_id: str | None = None  # None: the whole release
    method: str = "textrank"  # or "llm"
    label: str = OFFLINE_LABEL

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "node_id": self.node_id,
            "method": self.method,
            "label": self.label,
            "sentences": [
                {"start": s.start, "end": s.end, "node_id": s.node_id, "score": round(s.score, 6)}
                for s in self.sentences
            ],
        }


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    text: str
    node_id: str


def candidate_sentences(release: Release, node: Node | None = None) -> list[_Candidate]:
    """Sentences of the content nodes under ``node`` (or the release), in reading order."""
    top = node if node is not None else release.root
    chosen = [
        n
        for n in top.walk()
        if (n.kind in CONTENT_KINDS or _standfirst(n, release.text)) and n is not release.root
    ]
    if not chosen and node is not None:
        chosen = list(node.walk())  # a footnote or list asked for by name still counts
    out: list[_Candidate] = []
    seen: set[tuple[int, int]] = set()
    for n in chosen:
        # A node's own text is its span minus its chosen children, so a paragraph and
        # the quote inside it do not give the same sentence twice.
        # Inline quotations stay (they are part of the paragraph's sentences); any other
        # child (a sub-point, an attribution line, a footnote) is cut out.
        holes = sorted(
            (c.start, c.end) for c in n.children if not (c.kind == "quote" and _inside(c, n))
        )
        if n.kind == "quote" and any(_inside(n, p) for p in chosen if n in p.children):
            continue  # an inline quotation is read as part of its paragraph
        pos = n.body_start
        # Children printed after the node (sub-points, attribution lines) are not holes in
        # it: only what lies inside its own span is cut out.
        for hole_start, hole_end in [*holes, (n.end, n.end)]:
            if hole_start >= n.end and hole_end > n.end:
                continue
            if hole_start > pos:
                for s in split_sentences(release.text, release.language, pos, hole_start):
                    key = (s.start, s.end)
                    if key not in seen:
                        seen.add(key)
                        out.append(_Candidate(s.start, s.end, s.text, n.id))
            pos = max(pos, hole_end)
    out.sort(key=lambda c: c.start)
    return out


def _standfirst(node: Node, text: str) -> bool:
    """A subtitle written as a sentence (a standfirst) can sum the news up; a headline-style
    subtitle ("- Initiative Announced –") is a fragment, never a draft's sentence."""
    if node.kind != "subtitle":
        return False
    body = text[node.body_start : node.end].strip()
    return body.endswith((".", "!", "?", "。")) and len(body.split()) >= 6


def _inside(child: Node, parent: Node) -> bool:
    return parent.body_start <= child.start and child.end <= parent.end


def rank_sentences(
    release: Release, node: Node | None = None
) -> list[tuple[_Candidate, float, dict[str, float]]]:
    """Every usable candidate with its TextRank score and TF-IDF vector, in text order."""
    language = release.language or "en"
    everything = candidate_sentences(release)
    cands = everything if node is None else candidate_sentences(release, node)
    cands = [c for c in cands if _usable(c.text, language)]
    if not cands:
        return []
    docs = [tokens(c.text, language) for c in cands]
    idf_basis = [tokens(c.text, language) for c in everything] if node is not None else docs
    vectors = tfidf_vectors(docs, idf_basis or docs)
    headline = tokens(f"{release.title} {release.subtitle}", language) if node is None else []
    head_vec = tfidf_vectors([headline], idf_basis or docs)[0] if headline else {}
    # Lead sentences carry a release's news (inverted pyramid): the teleport prior
    # favours early sentences and those close to the title.
    prior = [1.0 / (1 + i) + cosine(v, head_vec) for i, v in enumerate(vectors)]
    scores = pagerank(similarity_matrix(vectors), prior)
    # Greetings and lead-ins ("Let me start today's briefing.") rank well on position
    # alone; a mild length factor keeps them out of drafts.
    scores = [s * min(1.0, len(d) / 8) ** 0.5 for s, d in zip(scores, docs, strict=True)]
    return [(c, s, v) for c, s, v in zip(cands, scores, vectors, strict=True)]


def _usable(text: str, language: str) -> bool:
    if text.rstrip().endswith(":"):
        return False  # a lead-in ("The minister said:") says nothing alone
    if language.startswith("ko"):
        return len(text) >= 12
    return len(text.split()) >= MIN_WORDS


def _select(ranked, max_sentences: int, max_chars: int | None) -> list[SuggestedSentence]:
    picked: list[tuple[_Candidate, float, dict[str, float]]] = []
    used = 0
    # A filler sentence that merely fits the space left is not worth a line of the draft.
    floor = 0.4 * max((r[1] for r in ranked), default=0.0)
    # Ties broken by position so equal scores always give the same draft.
    for cand, score, vec in sorted(ranked, key=lambda r: (-r[1], r[0].start)):
        if len(picked) >= max_sentences or score < floor:
            break
        if any(_redundant(vec, other) for _, _, other in picked):
            continue
        if max_chars is not None and used + len(cand.text) + 1 > max_chars:
            continue
        picked.append((cand, score, vec))
        used += len(cand.text) + 1
    picked.sort(key=lambda r: r[0].start)
    return [SuggestedSentence(c.start, c.end, c.text, s, c.node_id) for c, s, _ in picked]


def _redundant(a: dict[str, float], b: dict[str, float]) -> bool:
    """Similar overall, or one sentence's words nearly all inside the other's."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    contained = sum(1 for w in small if w in large) / (len(small) or 1)
    return cosine(a, b) > REDUNDANT or contained >= 0.75


def suggest_summary(
    release: Release, node: Node | None = None, max_sentences: int = 2
) -> SummarySuggestion:
    """An extractive draft for ``node`` (a section) or, when None, the whole release."""
    ranked = rank_sentences(release, node)
    chosen = _select(ranked, max_sentences, None)
    return SummarySuggestion(_join(chosen), chosen, node.id if node is not None else None)


def bottom_line(release: Release, max_lines: int = 4, line_width: int = 90) -> SummarySuggestion:
    """The release's bottom line: its best sentences that fit in ``max_lines`` lines."""
    budget = max_lines * line_width
    ranked = rank_sentences(release)
    chosen = _select(ranked, 3, budget)
    while chosen and len(textwrap.wrap(_join(chosen), line_width)) > max_lines:
        chosen = chosen[:-1]
    if not chosen and ranked:
        # Even the best sentence is too long: cut it after a complete clause, no ellipsis.
        best, score, _ = max(ranked, key=lambda r: (r[1], -r[0].start))
        chosen = [_shorten(best, score, max_lines, line_width)]
    return SummarySuggestion(_join(chosen), chosen, None)


def _join(sentences: list[SuggestedSentence]) -> str:
    parts = [" ".join(s.text.split()) for s in sentences]
    # Highlight bullets have no full stop; without one, joined drafts run together.
    return " ".join(
        p if i == len(parts) - 1 or p[-1] in '.!?…。’”"»)' else p + "." for i, p in enumerate(parts)
    )


def _shorten(cand: _Candidate, score: float, max_lines: int, width: int) -> SuggestedSentence:
    """The sentence cut to a whole statement that fits, ending at a full stop, no "…".

    A reader takes the bottom line at its word: a clause kept whole (see ``clauses.trim``)
    says what the release said; a fragment ending in an ellipsis does not.
    """
    from briefing.analysis.clauses import trim

    text = " ".join(cand.text.split())
    limit = max_lines * width - 8
    short = trim(text, limit)
    # trim may keep a whole sentence over budget rather than break it: try tighter limits
    # for a clause that fits, and keep the shortest whole statement found.
    while len(textwrap.wrap(short, width)) > max_lines and limit > width:
        limit = int(limit * 0.8)
        shorter = trim(text, limit)
        if len(shorter) < len(short):
            short = shorter
    short = short.rstrip(" ,;:–—")
    if short and short[-1] not in '.!?。’”"»)':
        short += "."
    # The span keeps pointing at the source sentence the shortened text came from.
    return SuggestedSentence(cand.start, cand.end, short, score, cand.node_id)


def apply_summary(node: Node, text: str, replace: bool = False) -> bool:
    """Put an accepted suggestion into ``node.summary`` unless a person already wrote one.

    Returns False (and changes nothing) when the summary is not empty and ``replace``
    was not asked for explicitly by the user.
    """
    if node.summary.strip() and not replace:
        return False
    node.summary = text
    return True
