"""Patterns compiled on first use (briefing.lazyre) behave as compiled ones."""

from __future__ import annotations

import re

from briefing.ingest import patterns as P
from briefing.lazyre import LazyPattern, lazy


def test_a_lazy_pattern_answers_as_the_compiled_one():
    source, text = r"(\d+)\.\s+(?P<word>[a-z]+)", "Item 12.  apples and 3. pears"
    eager = re.compile(source, re.I)
    pattern = lazy(source, re.I)
    assert pattern.pattern == source
    assert "match" not in vars(pattern)  # nothing compiled yet
    assert pattern.search(text).group(0) == eager.search(text).group(0)
    assert pattern.match(text) is None and eager.match(text) is None
    assert pattern.findall(text) == eager.findall(text)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert pattern.sub("#", text) == eager.sub("#", text)
    assert pattern.subn("#", text) == eager.subn("#", text)
    assert pattern.split(text) == eager.split(text)
    assert pattern.fullmatch("7. x").group("word") == "x"
    assert (pattern.flags, pattern.groups, dict(pattern.groupindex)) == (
        eager.flags,
        eager.groups,
        dict(eager.groupindex),
    )


def test_after_first_use_the_compiled_methods_are_called_directly():
    pattern = lazy(r"b+")
    assert pattern.search("abbc").group(0) == "bb"
    # (The compiled pattern's bound method, found in the instance before the class's.)
    assert vars(pattern)["search"].__self__ is pattern.compiled()
    assert pattern.compiled() is pattern.compiled()


def test_every_label_family_pattern_has_one_group():
    # (match_label reads the family from the alternation's lastindex.)
    for family, pattern in P._LABEL_PATTERNS:
        assert isinstance(pattern, LazyPattern)
        assert pattern.groups == 1, family
