"""Finding bundled files: templates, icons, the sample release, the desktop entry.

The repository keeps them in one place, the top-level ``resources/`` folder. An
installed wheel carries that folder as the package ``briefing._resources`` (see
setup.py), and an editable install maps the same package name onto the same folder, so
one call works everywhere::

    resource_path("samples", "sample-release.txt")
    resource_path("templates", "briefing-note.docx")
    resource_path("icons", "briefing.svg")

Running straight from a checkout (``PYTHONPATH=.``, no install) falls back to
``<checkout>/resources``. No Qt here: the core and the CLI use it too.
"""

from __future__ import annotations

import importlib.resources
from functools import lru_cache
from pathlib import Path

RESOURCES_PACKAGE = "briefing._resources"

__all__ = ["RESOURCES_PACKAGE", "ResourceNotFoundError", "resource_path", "resources_root"]


class ResourceNotFoundError(FileNotFoundError):
    """A bundled file is missing: the message names it and where it was looked for."""


@lru_cache(maxsize=1)
def resources_root() -> Path:
    """The folder holding the bundled resources (installed package, else the checkout's)."""
    try:
        root = importlib.resources.files(RESOURCES_PACKAGE)
    except ModuleNotFoundError:
        root = None
    if isinstance(root, Path) and root.is_dir():
        return root
    checkout = Path(__file__).resolve().parent.parent / "resources"
    if checkout.is_dir():
        return checkout
    where = f"the package {RESOURCES_PACKAGE}" if root is None else f"{root} (not a folder)"
    raise ResourceNotFoundError(
        f"Briefing's resources are missing: looked in {where} and in {checkout}; "
        "reinstall briefing (pip install --force-reinstall briefing)"
    )


def resource_path(*parts: str, must_exist: bool = True) -> Path:
    """The path of a bundled file, e.g. ``resource_path("samples", "sample-release.txt")``.

    ``parts`` are folder and file names below resources/ (no separators, no ``..``), so
    the same call works with Linux, Windows and macOS paths. Raises
    ``ResourceNotFoundError`` (a ``FileNotFoundError``) naming the file when it does not
    exist, unless ``must_exist`` is false (for callers that report a missing file
    themselves).
    """
    if not parts:
        raise ValueError("resource_path needs at least one name, e.g. ('icons', 'briefing.svg')")
    for part in parts:
        if not part or part in (".", "..") or "/" in part or "\\" in part:
            raise ValueError(f"resource_path takes plain names, one per folder level: {part!r}")
    path = resources_root().joinpath(*parts)
    if must_exist and not path.exists():
        raise ResourceNotFoundError(
            f"{'/'.join(parts)}: not among Briefing's resources (looked in {path.parent}); "
            "reinstall briefing, or in a checkout restore resources/"
        )
    return path
