"""Shared test setup: Qt runs offscreen; corpus paths from ../shared when present."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Without a display and without this, Qt aborts the whole pytest process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never write into the developer's real keyring (tests/test_keystore.py gives the
# keyring path its own in-memory backend).
os.environ.setdefault("BRIEFING_NO_KEYRING", "1")

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def shared_dir() -> Path:
    """../shared (seed and corpus); tests that need it skip cleanly when it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not present in this checkout")
    return SHARED


@pytest.fixture
def seed_path(shared_dir: Path) -> Path:
    paths = sorted((shared_dir / "seed").glob("*.txt"))
    if not paths:
        pytest.skip("no seed release in ../shared/seed")
    return paths[0]
