import pytest

from briefing.analysis.rouge import lcs_length, rouge1, rouge_l


def test_identical_and_disjoint():
    assert rouge1("the cat sat", "The cat sat.") == 1.0
    assert rouge_l("the cat sat", "the cat sat") == 1.0
    assert rouge1("a b", "c d") == 0.0
    assert rouge_l("", "c d") == 0.0


def test_known_values():
    # candidate 4 words, reference 5, overlap 3 -> P 3/4, R 3/5
    assert rouge1("the cat was found", "the cat sat on found") == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert lcs_length("a b c d".split(), "a c b d".split()) == 3
    assert rouge_l("a b c d", "a c b d") == pytest.approx(0.75)


def test_counts_are_clipped():
    assert rouge1("the the the", "the cat") == pytest.approx(2 * (1 / 3) * 0.5 / (1 / 3 + 0.5))
