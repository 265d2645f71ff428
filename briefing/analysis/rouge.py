"""ROUGE-1 and ROUGE-L F1, small and dependency-free, for judging summary drafts."""

from __future__ import annotations

import re
from collections import Counter

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def rouge_tokens(text: str) -> list[str]:
    """Lower-cased words; punctuation dropped (no stemming, no stopword removal)."""
    return _WORD.findall(text.lower())


def _f1(overlap: float, candidate: int, reference: int) -> float:
    if not overlap or not candidate or not reference:
        return 0.0
    precision, recall = overlap / candidate, overlap / reference
    return 2 * precision * recall / (precision + recall)


def rouge1(candidate: str, reference: str) -> float:
    """Unigram-overlap F1 (clipped counts)."""
    c, r = Counter(rouge_tokens(candidate)), Counter(rouge_tokens(reference))
    return _f1(sum((c & r).values()), sum(c.values()), sum(r.values()))


def lcs_length(a: list[str], b: list[str]) -> int:
    """Length of the longest common subsequence (two-row dynamic programme)."""
    if len(a) < len(b):
        a, b = b, a
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b):
            current.append(previous[j] + 1 if x == y else max(previous[j + 1], current[j]))
        previous = current
    return previous[-1]


def rouge_l(candidate: str, reference: str) -> float:
    """Longest-common-subsequence F1 (summary treated as one sequence)."""
    c, r = rouge_tokens(candidate), rouge_tokens(reference)
    return _f1(lcs_length(c, r), len(c), len(r))
