"""briefing.resources: one way to find bundled files, and the bundled files themselves."""

from __future__ import annotations

import configparser
import importlib.resources
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from briefing import resources
from briefing.resources import ResourceNotFoundError, resource_path, resources_root
from tests.conftest import REPO

ICON_SIZES = (16, 32, 48, 64, 128, 256)


@pytest.fixture
def fresh_root():
    resources_root.cache_clear()
    yield
    resources_root.cache_clear()


def test_finds_the_bundled_files():
    for parts in (
        ("samples", "sample-release.txt"),
        ("templates", "briefing-note.docx"),
        ("icons", "briefing.svg"),
        ("desktop", "briefing.desktop"),
        ("desktop", "briefing-mime.xml"),
        *(("icons", f"briefing-{size}.png") for size in ICON_SIZES),
    ):
        path = resource_path(*parts)
        assert isinstance(path, Path) and path.is_file()
        assert path.parts[-len(parts) :] == parts


def test_in_a_checkout_the_files_are_the_top_level_resources_folder():
    # Editable install (package mapped onto resources/) or none (fallback): same folder.
    assert resources_root().resolve() == (REPO / "resources").resolve()


def test_checkout_fallback_without_the_package(monkeypatch, fresh_root):
    def missing(name):
        raise ModuleNotFoundError(name=name)

    monkeypatch.setattr(importlib.resources, "files", missing)
    assert (
        resource_path("samples", "sample-release.txt")
        == REPO / "resources" / "samples" / "sample-release.txt"
    )


def test_missing_resources_folder_is_a_clear_error(monkeypatch, tmp_path, fresh_root):
    def missing(name):
        raise ModuleNotFoundError(name=name)

    monkeypatch.setattr(importlib.resources, "files", missing)
    monkeypatch.setattr(resources, "__file__", str(tmp_path / "briefing" / "resources.py"))
    with pytest.raises(ResourceNotFoundError, match=r"resources are missing.*reinstall"):
        resource_path("samples", "sample-release.txt")


def test_missing_file_names_itself():
    with pytest.raises(
        FileNotFoundError, match=r"^icons/nope\.svg: not among Briefing's resources"
    ):
        resource_path("icons", "nope.svg")
    path = resource_path("icons", "nope.svg", must_exist=False)
    assert path.name == "nope.svg" and not path.exists()


@pytest.mark.parametrize(
    "parts", [(), ("",), ("..", "x"), ("icons/briefing.svg",), ("icons\\briefing.svg",)]
)
def test_names_are_plain_one_per_level(parts):
    with pytest.raises(ValueError):
        resource_path(*parts)


def test_no_module_builds_resource_paths_by_hand():
    # Everything goes through resource_path, so wheels, editable installs and checkouts agree.
    pattern = re.compile(r"""["']resources["']""")
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "briefing").rglob("*.py")
        if path.name != "resources.py" and pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_resources_folder_is_a_package_for_installs():
    # setup.py maps it to briefing._resources; test_packaging checks the wheel itself.
    assert (REPO / "resources" / "__init__.py").is_file()


def test_icon_pngs_are_rendered_from_the_svg(qapp):
    from PySide6.QtGui import QImage

    from scripts import make_icons

    assert make_icons.SIZES == ICON_SIZES
    assert make_icons.main(["--check"]) == 0, "run: .venv/bin/python scripts/make_icons.py"
    for size in ICON_SIZES:
        image = QImage(str(resource_path("icons", f"briefing-{size}.png")))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_the_icon_check_allows_rounding_but_not_a_changed_picture(qapp):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage

    from scripts.make_icons import SVG, render, same_picture

    drawn = render(SVG, 32)

    def with_pixel(shift: int) -> bytes:
        image = QImage.fromData(drawn).convertToFormat(QImage.Format.Format_ARGB32)
        colour = image.pixelColor(16, 16)
        colour.setRed(min(255, colour.red() + shift) if colour.red() < 128 else colour.red() - shift)
        image.setPixelColor(16, 16, colour)
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(data.data())

    assert same_picture(drawn, with_pixel(1))
    assert not same_picture(drawn, with_pixel(40))
    assert not same_picture(drawn, render(SVG, 16))


def test_svg_is_tiny_and_valid(qapp):
    from PySide6.QtSvg import QSvgRenderer

    svg = resource_path("icons", "briefing.svg")
    root = ET.parse(svg).getroot()
    assert root.get("viewBox") == "0 0 256 256"
    assert QSvgRenderer(str(svg)).isValid()


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(resource_path("desktop", "briefing.desktop"), encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Exec"] == "briefing %f"
    assert section["Icon"] == "briefing"
    assert section["Categories"].endswith(";")
    mime = ET.parse(resource_path("desktop", "briefing-mime.xml")).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    (mime_type,) = mime.findall("m:mime-type", ns)
    assert section["MimeType"] == mime_type.get("type") + ";"
    assert mime_type.find("m:glob", ns).get("pattern") == "*.briefing"
