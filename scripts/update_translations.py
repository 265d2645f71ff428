"""Refresh the interface translations: pyside6-lupdate -> .ts, pyside6-lrelease -> .qm.

    .venv/bin/python scripts/update_translations.py          # update .ts, compile .qm
    .venv/bin/python scripts/update_translations.py --check  # exit 1 if a text lacks Korean

lupdate reads every ``translate("Context", "Text")``, ``self.tr("Text")`` and
``QT_TRANSLATE_NOOP("Context", "Text")`` in ``briefing/app/`` and merges new texts into
``resources/translations/briefing_<lang>.ts``, keeping the translations already there
(texts gone from the code are marked vanished and dropped with ``-no-obsolete``).
Translate new texts in Qt Linguist (``pyside6-linguist``) or in the XML, then run this
again to compile the ``.qm`` the app loads. Without lrelease, the app reads the ``.ts``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "briefing" / "app"
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ko",)


def tool(name: str) -> str | None:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else shutil.which(name)


def unfinished(ts: Path) -> list[str]:
    """Source texts of ``ts`` with no translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in ("obsolete", "vanished"):
            continue
        if translation is None or not (translation.text or "").strip() or kind == "unfinished":
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report texts without a translation (exit 1 if any)")
    args = parser.parse_args(argv)
    if args.check:
        status = 0
        for lang in LANGUAGES:
            missing = unfinished(FOLDER / f"briefing_{lang}.ts")
            for text in missing:
                print(f"briefing_{lang}.ts: untranslated: {text!r}")
            status |= bool(missing)
        return status
    lupdate, lrelease = tool("pyside6-lupdate"), tool("pyside6-lrelease")
    if lupdate is None:
        print("pyside6-lupdate not found (it comes with PySide6-Essentials)", file=sys.stderr)
        return 2
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))
    FOLDER.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        ts = FOLDER / f"briefing_{lang}.ts"
        subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-source-language",
                        "en", "-target-language", lang, *sources, "-ts",
                        str(ts.relative_to(ROOT))], cwd=ROOT, check=True)
        if lrelease is None:
            print("pyside6-lrelease not found: the app will read the .ts directly")
            continue
        subprocess.run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        missing = unfinished(ts)
        if missing:
            print(f"{ts.name}: {len(missing)} text(s) still need a translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
