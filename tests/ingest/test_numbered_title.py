"""A numbered headline over sections numbered under it ("# 1.2. X" over "## 1.2.1.") is
the page's title; a numbered heading the sections do not extend is the first section's.
Made-up docs pages."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release

_PAGE = """# 4.3. Example registers of Examplia

## 4.3.1. What the registers hold

The registers of Examplia hold the records of every licensed example in the country.

## 4.3.2. Who may read them

Any resident may read the registers free of charge at the offices of the agency.
"""

_SECTIONS = """# 1. Introduction

The registers of Examplia hold the records of every licensed example in the country.

# 2. Scope

Any resident may read the registers free of charge at the offices of the agency.
"""


def _release(tmp_path: Path, text: str):
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return load_release(path, suggest=False)


def test_numbered_headline_over_its_sections_is_the_title(tmp_path: Path) -> None:
    release = _release(tmp_path, _PAGE)
    assert release.title == "4.3. Example registers of Examplia"


def test_first_numbered_section_is_no_title(tmp_path: Path) -> None:
    release = _release(tmp_path, _SECTIONS)
    assert release.title != "1. Introduction"
