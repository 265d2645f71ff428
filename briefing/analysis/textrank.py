"""TextRank over sentences: TF-IDF cosine graph, personalised PageRank, pure Python.

Kept apart from the release plumbing so it can be tested (and swapped) on plain lists.
numpy is not a dependency: for the few hundred sentences of a release, sparse dicts and
a power iteration take a few milliseconds.
"""

from __future__ import annotations

import math
from collections import Counter

Vector = dict[str, float]


def tfidf_vectors(docs: list[list[str]], idf_docs: list[list[str]] | None = None) -> list[Vector]:
    """Unit-length TF-IDF vectors of ``docs``; IDF counted over ``idf_docs`` (or ``docs``)."""
    basis = idf_docs if idf_docs is not None else docs
    df: Counter[str] = Counter()
    for doc in basis:
        df.update(set(doc))
    n = len(basis) or 1
    vectors: list[Vector] = []
    for doc in docs:
        tf = Counter(doc)
        # Smoothed IDF keeps words that occur everywhere above zero: in a 3-sentence
        # section every content word may be "everywhere".
        vec = {w: (1 + math.log(c)) * (1 + math.log((1 + n) / (1 + df[w]))) for w, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({w: v / norm for w, v in vec.items()})
    return vectors


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def pagerank(
    weights: list[list[float]],
    prior: list[float] | None = None,
    damping: float = 0.85,
    tolerance: float = 1e-8,
    max_iterations: int = 200,
) -> list[float]:
    """Personalised PageRank on a weighted undirected graph given as a dense matrix.

    ``prior`` (the teleport distribution) carries the position and title bias; a node
    without edges gives its mass back through the prior, so scores always sum to one.
    """
    n = len(weights)
    if n == 0:
        return []
    p = _normalised(prior) if prior else [1.0 / n] * n
    out_sum = [sum(row) for row in weights]
    # Each node's edges, listed once: most sentence pairs share no word, and walking the
    # whole dense row on every iteration was most of a draft's time.
    edges = [[(j, w) for j, w in enumerate(row) if w] for row in weights]
    scores = p[:]
    for _ in range(max_iterations):
        dangling = sum(scores[i] for i in range(n) if out_sum[i] == 0)
        new = [(1 - damping) * p[j] + damping * dangling * p[j] for j in range(n)]
        for i in range(n):
            if out_sum[i]:
                share = damping * scores[i] / out_sum[i]
                for j, w in edges[i]:
                    new[j] += share * w
        delta = sum(abs(a - b) for a, b in zip(new, scores, strict=True))
        scores = new
        if delta < tolerance:
            break
    return scores


def _normalised(values: list[float]) -> list[float]:
    total = sum(values)
    if total <= 0:
        return [1.0 / len(values)] * len(values)
    return [v / total for v in values]


def similarity_matrix(vectors: list[Vector]) -> list[list[float]]:
    """Symmetric cosine matrix with a zero diagonal."""
    n = len(vectors)
    matrix = [[0.0] * n for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            sim = cosine(vectors[i], vectors[j])
            if sim > 0:
                matrix[i][j] = matrix[j][i] = sim
    return matrix
