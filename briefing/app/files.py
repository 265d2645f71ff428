"""Opening release files: the formats offered, the bundled sample, one-line errors.

Readers are imported only when a file is opened (``briefing.ingest`` loads its
heavy dependencies lazily), which keeps start-up fast.
"""

from __future__ import annotations

from pathlib import Path

from briefing.model import Release

EXTENSIONS = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
OPEN_FILTER = (
    "Releases (*.txt *.md *.html *.htm *.docx *.pdf);;"
    "Text (*.txt *.md);;Web pages (*.html *.htm);;Word (*.docx);;PDF (*.pdf);;All files (*)"
)
# File › Open takes projects as well as releases.
OPEN_ANY_FILTER = (
    "Projects and releases (*.briefing *.txt *.md *.html *.htm *.docx *.pdf);;"
    "Briefing projects (*.briefing);;" + OPEN_FILTER
)
SAMPLE_NAME = "sample-release.txt"


def sample_path() -> Path | None:
    """The bundled sample release (briefing.resources: installed package or checkout)."""
    from briefing.resources import resource_path

    path = resource_path("samples", SAMPLE_NAME, must_exist=False)
    return path if path.is_file() else None


def load_release_file(path: str | Path, release_id: str = "r1") -> Release:
    """Read ``path`` into a Release; any failure becomes ``ValueError`` with one line.

    The message names the file and the problem; readers raise ``ReleaseReadError``
    for what they foresee, and anything else they did not foresee is still
    reported in one line rather than as a traceback.
    """
    from briefing.ingest import ReleaseReadError, load_release

    name = Path(path).name
    try:
        return load_release(Path(path), release_id=release_id)
    except ReleaseReadError as error:
        raise ValueError(str(error).splitlines()[0] if str(error) else name) from error
    except MemoryError:
        raise ValueError(f"{name}: the file is too large to open") from None
    except Exception as error:  # a reader bug must not take the app down
        detail = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise ValueError(f"{name}: could not be read ({detail})") from error
