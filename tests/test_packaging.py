"""`pip install .` as a user does it: build the wheel, install it in a fresh virtual
environment, and run Briefing from there — away from the checkout — with its bundled
sample, template and icon found through the installed package.

One module-scoped fixture does the slow part once (~30-60 s with a warm pip cache: the
wheel, a venv, the wheel's dependencies from pip's cache or the index); the tests then
each run one command in that environment with the working directory in a temporary
folder, PYTHONPATH unset and Qt/XDG settings pointed at temporary folders, so nothing
can lean on the checkout or touch the user's settings.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefing import __version__
from briefing.cli import COMMANDS
from tests.conftest import REPO

# What a source distribution carries: enough to build the wheel, nothing else.
SOURCES = ("pyproject.toml", "setup.py", "README.md", "briefing", "resources")
SAMPLE_TITLE = "2026 Busan Ministerial Conference"


@dataclass
class Installed:
    root: Path  # the venv
    python: Path
    briefing: Path  # the console script
    work: Path  # a scratch folder outside the checkout: cwd for every command
    env: dict[str, str]
    wheel: Path

    def run(self, *args: str | Path, timeout: float = 120, **extra_env: str):
        return subprocess.run(
            [str(a) for a in args],
            cwd=self.work,
            env={**self.env, **extra_env},
            capture_output=True,
            text=True,
            timeout=timeout,
        )


def _bin(root: Path, name: str) -> Path:
    folder = root / ("Scripts" if sys.platform == "win32" else "bin")
    return folder / (name + (".exe" if sys.platform == "win32" else ""))


def _check(result: subprocess.CompletedProcess[str], what: str) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, (
        f"{what} failed ({result.returncode}):\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    )
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("packaging")
    # Build from a copy: setuptools writes build/ and *.egg-info beside the sources, and
    # others may be running the tests in the same checkout at the same time.
    source = base / "source"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, source / name, ignore=ignore)
        else:
            shutil.copy2(src, source / name)

    env = {
        k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")
    }
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    wheels = base / "wheels"
    _check(
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--no-deps",
                "--quiet",
                "-w",
                str(wheels),
                str(source),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
        ),
        "pip wheel",
    )
    (wheel,) = wheels.glob("briefing-*.whl")

    root = base / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(root)
    python = _bin(root, "python")
    _check(
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        ),
        "pip install (the wheel and its dependencies)",
    )

    work = base / "work"
    work.mkdir()
    # The app writes settings, recent files and recovery data: keep them in the sandbox.
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        (base / var).mkdir()
        env[var] = str(base / var)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["VIRTUAL_ENV"] = str(root)
    return Installed(root, python, _bin(root, "briefing"), work, env, wheel)


def test_wheel_carries_the_resources_once(installed: Installed):
    with zipfile.ZipFile(installed.wheel) as archive:
        names = archive.namelist()
    for expected in (
        "briefing/_resources/samples/sample-release.txt",
        "briefing/_resources/templates/briefing-note.docx",
        "briefing/_resources/icons/briefing.svg",
        "briefing/_resources/icons/briefing-256.png",
        "briefing/_resources/desktop/briefing.desktop",
    ):
        assert expected in names
    assert not [n for n in names if n.startswith("resources/")], "resources/ must not be top-level"
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def test_resources_come_from_the_installed_package(installed: Installed):
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        import briefing
        from briefing.app.features import files
        from briefing.export.docx.template import default_template_path
        from briefing.resources import resource_path
        site = Path(sys.prefix).resolve()
        paths = {
            "package": Path(briefing.__file__),
            "template": default_template_path(),
            "sample": files.sample_path(),
            "icon": resource_path("icons", "briefing.svg"),
            "png": resource_path("icons", "briefing-48.png"),
            "desktop": resource_path("desktop", "briefing.desktop"),
        }
        for name, path in paths.items():
            path = Path(path).resolve()
            assert path.is_file(), (name, path)
            assert path.is_relative_to(site), (name, path, site)
        try:
            resource_path("icons", "missing.svg")
        except FileNotFoundError as error:
            assert "icons/missing.svg" in str(error)
        else:
            raise AssertionError("no error for a missing resource")
        print("OK")
        """
    )
    result = _check(installed.run(installed.python, "-c", script), "resource check")
    assert result.stdout.strip() == "OK"


def test_version_and_help(installed: Installed):
    for command in ([installed.briefing], [installed.python, "-m", "briefing"]):
        version = _check(installed.run(*command, "--version"), "--version")
        assert version.stdout.strip() == f"briefing {__version__}"
        helped = _check(installed.run(*command, "--help"), "--help")
        for name, one_line in COMMANDS.items():
            assert name in helped.stdout
            assert " ".join(one_line.split()[:3]) in " ".join(helped.stdout.split())


def test_export_from_outside_the_checkout(installed: Installed):
    sample = installed.work / "release.txt"
    finder = "from briefing.resources import resource_path as r; print(r('samples', 'sample-release.txt'))"
    shutil.copyfile(
        _check(installed.run(installed.python, "-c", finder), "sample").stdout.strip(), sample
    )
    outline = _check(installed.run(installed.briefing, "outline", sample), "briefing outline")
    assert SAMPLE_TITLE in outline.stdout
    _check(
        installed.run(installed.briefing, "export", sample, "-o", "note.docx"), "briefing export"
    )
    note = installed.work / "note.docx"
    with zipfile.ZipFile(note) as archive:
        assert SAMPLE_TITLE.split()[1] in archive.read("word/document.xml").decode("utf-8")


def test_console_script_starts_the_app(installed: Installed):
    result = _check(
        installed.run(installed.briefing, BRIEFING_QUIT_AFTER_SHOW="1"), "briefing (app)"
    )
    assert "BRIEFING_SHOWN" in result.stdout


def test_app_opens_the_bundled_sample_with_its_icon(installed: Installed):
    # The app as `briefing` starts it, watched from inside: the sample's text reaches the
    # source editor and the window has the bundled icon.
    script = textwrap.dedent(
        """
        import sys, time
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QPlainTextEdit
        from briefing.app.shell.launch import run_app
        app = QApplication(["briefing"])
        deadline = time.monotonic() + 30
        def poll():
            windows = [w for w in app.topLevelWidgets() if w.objectName() == "MainWindow"]
            editor = windows[0].findChild(QPlainTextEdit, "sourceEditor") if windows else None
            text = editor.toPlainText() if editor is not None else ""
            if text or time.monotonic() > deadline:
                print("SOURCE", len(text), "{title}" in text)
                print("ICON", sorted(s.width() for s in app.windowIcon().availableSizes()))
                app.quit()
            else:
                QTimer.singleShot(50, poll)
        QTimer.singleShot(0, poll)
        sys.exit(run_app([]))
        """
    ).replace("{title}", SAMPLE_TITLE)
    result = _check(installed.run(installed.python, "-c", script), "app on the sample")
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    count, has_title = lines["SOURCE"].split()
    assert int(count) > 1000 and has_title == "True", result.stdout
    assert lines["ICON"] == "[16, 32, 48, 64, 128, 256]", result.stdout
