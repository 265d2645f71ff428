"""The packages' lazy public names: loaded on first use, cached, unknown names refused."""

from __future__ import annotations

import sys
import types

import pytest

from briefing.lazy_exports import lazy_exports


def test_a_name_loads_its_module_on_first_use_and_is_kept() -> None:
    namespace: dict[str, object] = {}
    getattr_ = lazy_exports("briefing", {"dedent": "textwrap"}, namespace)
    import textwrap

    assert getattr_("dedent") is textwrap.dedent
    assert namespace["dedent"] is textwrap.dedent  # later look-ups find it directly


def test_a_relative_home_is_read_from_the_package() -> None:
    getattr_ = lazy_exports("briefing", {"lazy": ".lazyre"}, {})
    assert getattr_("lazy") is sys.modules["briefing.lazyre"].lazy


def test_an_unknown_name_is_an_attribute_error_naming_the_package() -> None:
    getattr_ = lazy_exports("briefing.example", {}, {})
    with pytest.raises(AttributeError, match=r"briefing\.example"):
        getattr_("missing")


def test_the_analysis_package_resolves_its_names() -> None:
    import briefing.analysis as analysis

    assert isinstance(analysis, types.ModuleType)
    assert analysis.key_facts.__module__ == "briefing.analysis.facts"
