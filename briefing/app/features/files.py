"""Opening release files: the formats offered, the bundled sample, one-line errors.

Readers are imported only when a file is opened (``briefing.ingest`` loads its
heavy dependencies lazily), which keeps start-up fast.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from briefing.ingest.formats import all_patterns, dialog_filters
from briefing.model import Release

if TYPE_CHECKING:
    from briefing.ingest.progress import Progress

# The formats and their patterns come from the one registry (briefing.ingest.formats);
# these markers only let lupdate find the labels it shows, and a test keeps them in step.
_FORMAT_LABELS = (
    QT_TRANSLATE_NOOP("Files", "Text"),
    QT_TRANSLATE_NOOP("Files", "Markdown"),
    QT_TRANSLATE_NOOP("Files", "Web pages"),
    QT_TRANSLATE_NOOP("Files", "Word"),
    QT_TRANSLATE_NOOP("Files", "PDF"),
)
_RELEASES = QT_TRANSLATE_NOOP("Files", "Releases")
_ALL_FILES = (QT_TRANSLATE_NOOP("Files", "All files"), "*")
_PROJECTS = (QT_TRANSLATE_NOOP("Files", "Briefing projects"), "*.briefing")


def release_filters() -> list[tuple[str, str]]:
    """(untranslated name, patterns): every release format, then each, then all files."""
    return [(_RELEASES, all_patterns()), *dialog_filters(), _ALL_FILES]


def project_filters() -> list[tuple[str, str]]:
    """File › Open takes projects as well as releases."""
    both = (QT_TRANSLATE_NOOP("Files", "Projects and releases"), f"*.briefing {all_patterns()}")
    return [both, _PROJECTS]


def _filter(pairs: list[tuple[str, str]]) -> str:
    return ";;".join(
        f"{QCoreApplication.translate('Files', name)} ({patterns})" for name, patterns in pairs
    )


def open_filter() -> str:
    """The release formats, for Import and Update Release, in the interface language."""
    return _filter(release_filters())


def open_any_filter() -> str:
    """Projects and release formats, for File › Open."""
    return _filter(project_filters() + release_filters())


def project_filter() -> str:
    """Briefing projects, for Save As."""
    return _filter([_PROJECTS, _ALL_FILES])


SAMPLE_NAME = "sample-release.txt"


def sample_path() -> Path | None:
    """The bundled sample release (briefing.resources: installed package or checkout)."""
    from briefing.resources import resource_path

    path = resource_path("samples", SAMPLE_NAME, must_exist=False)
    return path if path.is_file() else None


# Releases read without their glued-word suggestions, which LateSuggestions adds once
# the window is up (weak: a closed release is forgotten with it).
_SUGGESTIONS_PENDING: weakref.WeakValueDictionary[int, Release] = weakref.WeakValueDictionary()


def suggestions_pending(release: Release) -> bool:
    return _SUGGESTIONS_PENDING.get(id(release)) is release


def mark_suggestions_done(release: Release) -> None:
    _SUGGESTIONS_PENDING.pop(id(release), None)


def load_release_file(
    path: str | Path,
    release_id: str = "r1",
    keep_original: bool = False,
    progress: Progress | None = None,
) -> Release:
    """Read ``path`` into a Release; any failure is a ``ReleaseReadError`` with one line.

    Glued-word suggestions are left for ``late_suggestions`` to add off the GUI thread
    (their word lists are slow to load), so opening a file never waits for them.

    ``keep_original`` keeps the file's bytes in the release (Preferences: on by default).
    ``progress(done, total)`` hears between pages and steps and may raise ``Cancelled``
    (a BaseException: it passes the handlers below untouched).

    The message names the file and the problem; readers raise ``ReleaseReadError``
    for what they foresee (it passes through as it is), and anything they did not
    foresee becomes one too, in one line rather than as a traceback.
    """
    from briefing.ingest import ReleaseReadError, load_release

    name = Path(path).name
    try:
        release = load_release(
            Path(path),
            release_id=release_id,
            suggest=False,
            keep_original=keep_original,
            progress=progress,
        )
    except ReleaseReadError:
        raise
    except MemoryError:
        message = QCoreApplication.translate(
            "Files", "{name}: the file is too large to open"
        ).format(name=name)
        raise _read_error(path, "the file is too large to open", message) from None
    except Exception as error:  # a reader bug must not take the app down
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        message = QCoreApplication.translate(
            "Files", "{name}: could not be read ({detail})"
        ).format(name=name, detail=detail)
        raise _read_error(path, f"could not be read ({detail})", message) from error
    _SUGGESTIONS_PENDING[id(release)] = release
    return release


def _read_error(path: str | Path, reason: str, message: str) -> Exception:
    """A ``ReleaseReadError`` whose one line is ``message`` (in the interface language)."""
    from briefing.ingest import ReleaseReadError

    error = ReleaseReadError(path, reason)
    error.args = (message,)
    return error
