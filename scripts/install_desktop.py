"""Linux: add Briefing to the desktop menu, with its icon and the *.briefing file type.

    .venv/bin/python scripts/install_desktop.py              # into ~/.local/share
    .venv/bin/python scripts/install_desktop.py --prefix DIR # e.g. /usr/local/share (root)
    .venv/bin/python scripts/install_desktop.py --uninstall

Run it with the Python of the environment Briefing is installed in: the menu entry then
starts that environment's ``briefing`` by its full path, so the environment need not be
on PATH. Files come from the installed package (briefing.resources), so this works for a
wheel install as well as a checkout. Refreshes the desktop and MIME databases when
``update-desktop-database`` / ``update-mime-database`` / ``gtk-update-icon-cache`` exist.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from briefing.resources import resource_path

SIZES = (16, 32, 48, 64, 128, 256)


def targets(prefix: Path) -> dict[Path, Path]:
    """installed file -> bundled source."""
    icons = prefix / "icons" / "hicolor"
    files = {
        prefix / "applications" / "briefing.desktop": ("desktop", "briefing.desktop"),
        prefix / "mime" / "packages" / "briefing.xml": ("desktop", "briefing-mime.xml"),
        icons / "scalable" / "apps" / "briefing.svg": ("icons", "briefing.svg"),
    }
    for size in SIZES:
        png = ("icons", f"briefing-{size}.png")
        files[icons / f"{size}x{size}" / "apps" / "briefing.png"] = png
    return {target: resource_path(*parts) for target, parts in files.items()}


def briefing_command() -> str:
    """The ``briefing`` script beside this Python, else whatever PATH finds."""
    scripts = Path(sys.executable).parent
    for name in ("briefing", "briefing.exe"):
        if (scripts / name).is_file():
            return str(scripts / name)
    return shutil.which("briefing") or "briefing"


def refresh(prefix: Path) -> None:
    for command in (
        ["update-desktop-database", str(prefix / "applications")],
        ["update-mime-database", str(prefix / "mime")],
        ["gtk-update-icon-cache", "-f", "-t", str(prefix / "icons" / "hicolor")],
    ):
        if shutil.which(command[0]):
            subprocess.run(command, check=False, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", type=Path, default=Path.home() / ".local" / "share")
    parser.add_argument("--uninstall", action="store_true")
    args = parser.parse_args(argv)
    for target, source in targets(args.prefix).items():
        if args.uninstall:
            target.unlink(missing_ok=True)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.suffix == ".desktop":
            command = briefing_command()
            quoted = f'"{command}"' if " " in command else command
            text = source.read_text(encoding="utf-8")
            text = text.replace("Exec=briefing ", f"Exec={quoted} ")
            text = text.replace("TryExec=briefing\n", f"TryExec={command}\n")
            target.write_text(text, encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        print(target)
    refresh(args.prefix)
    return 0


if __name__ == "__main__":
    sys.exit(main())
