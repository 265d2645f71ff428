"""Highlight colours for annotation tags, readable in light and dark schemes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Hues chosen to stay distinct for the default tags; other tags hash onto the wheel.
_HUES = {"Key point": 50, "Background": 200, "Action": 0, "Quote": 280, "Ignore": 0}
_NO_TAG_HUE = 55


def is_dark() -> bool:
    """True when the current palette is dark (the system scheme, followed by Qt)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def tag_color(tag: str | None) -> QColor:
    """Semi-transparent background for an annotation with ``tag`` as its first tag.

    Alpha lets overlapping and nested annotations show through each other.
    """
    return QColor(_tag_color(tag, is_dark()))


@lru_cache(maxsize=256)
def _tag_color(tag: str | None, dark: bool) -> QColor:
    # Cached: thousands of highlights share a handful of tags.
    if tag == "Ignore":
        color = QColor(128, 128, 128)
    else:
        hue = _NO_TAG_HUE if tag is None else _HUES.get(tag, (sum(map(ord, tag)) * 37) % 360)
        color = QColor.fromHsv(hue, 200, 150 if dark else 255)
    color.setAlpha(110 if dark else 90)
    return color


def node_color() -> QColor:
    """Faint background that marks the selected node's span."""
    color = QGuiApplication.palette().color(QPalette.ColorRole.Highlight)
    color.setAlpha(28)
    return color


def find_color() -> QColor:
    """Background of find matches: orange, distinct from every tag hue, in both schemes."""
    color = QColor.fromHsv(30, 230, 170 if is_dark() else 255)
    color.setAlpha(150)
    return color
