"""Render resources/icons/briefing.svg to PNGs (16, 32, 48, 64, 128, 256 px), reproducibly.

    .venv/bin/python scripts/make_icons.py           # write resources/icons/briefing-<N>.png
    .venv/bin/python scripts/make_icons.py --check   # exit 1 if a PNG is missing or stale

The SVG is the source; edit it by hand, then run this script and commit both. Each size
is rendered from the vector drawing (not scaled down from the largest), with Qt's
software rasteriser on a transparent ARGB32 image, and saved as a PNG without text or
time chunks, so the same SVG gives the same bytes on every run with the same Qt
(PySide6-Essentials ships QtSvg, so nothing beyond the app's own dependencies is needed).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "briefing.svg"
SIZES = (16, 32, 48, 64, 128, 256)


def png_name(size: int) -> str:
    return f"briefing-{size}.png"


def render(svg: Path, size: int) -> bytes:
    """The PNG bytes of ``svg`` drawn on a transparent ``size`` x ``size`` square."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for Qt")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    image.setDotsPerMeterX(3780)  # 96 dpi in the pHYs chunk, whatever the screen says
    image.setDotsPerMeterY(3780)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # Straight (not premultiplied) alpha in the file; quality 0 = fixed, maximum compression.
    image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG", 0)
    buffer.close()
    return bytes(data.data())


# Qt releases round antialiased edges a level apart (6.11.3 against the release the PNGs were
# made with: 1/255 on a few edge pixels), so the check compares pixels, not bytes.
ROUNDING = 2


def same_picture(stored: bytes, rendered: bytes) -> bool:
    """The same size and, pixel by pixel, every channel within ``ROUNDING`` levels."""
    if stored == rendered:
        return True
    a, b = QImage.fromData(stored), QImage.fromData(rendered)
    if a.isNull() or b.isNull() or a.size() != b.size():
        return False
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if any(abs(((p >> s) & 255) - ((q >> s) & 255)) > ROUNDING for s in (0, 8, 16, 24)):
                return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=ICONS, help="folder for the PNGs")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    stale = []
    for size in SIZES:
        target = args.out / png_name(size)
        data = render(args.svg, size)
        if args.check:
            if not target.is_file() or not same_picture(target.read_bytes(), data):
                stale.append(target.name)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_bytes() != data:
            target.write_bytes(data)
            print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    if stale:
        print(f"stale or missing (run scripts/make_icons.py): {', '.join(stale)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
