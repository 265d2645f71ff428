"""Highlight colours for annotation tags, readable in light and dark schemes."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
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


def _default_tag(tag: str) -> str:
    """The English default a tag name stands for ("핵심" in a Korean project), or itself."""
    from briefing.app.shell.i18n import DEFAULT_TAGS, translate

    for name in DEFAULT_TAGS:
        if tag == name or tag == translate("Tags", name):
            return name
    return tag


@lru_cache(maxsize=256)
def _tag_color(tag: str | None, dark: bool) -> QColor:
    # Cached: thousands of highlights share a handful of tags.
    tag = _default_tag(tag) if tag is not None else None
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


# -- check-box indicators ---------------------------------------------------------------------

#: WCAG 2 asks 3:1 for the parts of a control needed to see its state.
MIN_INDICATOR_CONTRAST = 3.0


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
            + 0.0722 * channel(color.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def indicator_color(palette: QPalette | None = None) -> QColor:
    """Frame of a check box in a list or tree: between Text and Base, contrasting with Base.

    Computed from the palette, so light and dark schemes (and high-contrast themes) each
    get a frame that stands out from the list's background by at least 3:1.
    """
    palette = palette or QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    for share in (0.55, 0.7, 0.85, 1.0):  # the softest mix that is still clear enough
        mixed = QColor.fromRgbF(
            base.redF() + (text.redF() - base.redF()) * share,
            base.greenF() + (text.greenF() - base.greenF()) * share,
            base.blueF() + (text.blueF() - base.blueF()) * share,
        )
        if contrast_ratio(mixed, base) >= MIN_INDICATOR_CONTRAST:
            return mixed
    return QColor(text)


def __getattr__(name: str):
    # ``IndicatorStyle`` is made on first use: importing QStyle/QProxyStyle creates their
    # Python types and enums (~15 ms), which start-up does not need (theme.py installs
    # the style after the first paint).
    if name == "IndicatorStyle":
        cls = globals()["IndicatorStyle"] = _indicator_style_class()
        return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _indicator_style_class() -> type:
    from PySide6.QtWidgets import QProxyStyle, QStyle

    checks = (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
              QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)

    class IndicatorStyle(QProxyStyle):
        """The application's style, with check-box frames drawn in :func:`indicator_color`.

        Fusion outlines its check boxes with a darker Window colour, which on a dark Base
        all but disappears: unticked tags in the inspector and the outline's include
        column could not be seen. Only dark palettes get the extra frame.
        """

        def drawPrimitive(self, element, option, painter, widget=None) -> None:
            super().drawPrimitive(element, option, painter, widget)
            if element in checks:
                palette = option.palette
                if palette.color(QPalette.ColorRole.Base).lightness() >= 128:
                    return
                painter.save()
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(indicator_color(palette))
                painter.drawRect(option.rect.adjusted(0, 0, -1, -1))  # Fusion's own frame
                painter.restore()

    return IndicatorStyle
