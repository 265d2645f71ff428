"""Open and save ``*.briefing`` project files: the functions the app and the CLI call.

``open_project`` never changes the file it reads (except to keep a pre-migration copy
beside it); ``save_project`` replaces it atomically and keeps the previous version as
``NAME.briefing.bak``. Every failure is a :class:`ProjectFileError` naming the file and
the problem in words a user can act on.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import re
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from briefing import __version__
from briefing.anchoring.reanchor import ReanchorReport, reanchor_project
from briefing.model import Project
from briefing.model.project import FORMAT_NAME, FORMAT_VERSION
from briefing.perf import no_gc_pauses
from briefing.storage.atomic import atomic_write
from briefing.storage.codec import CodecError, decode_project
from briefing.storage.consistency import consistency_problems
from briefing.storage.encode import project_to_dict
from briefing.storage.errors import ProjectFileError, os_error_reason
from briefing.storage.layout import to_bytes
from briefing.storage.migrate import MigrationError, migrate

# Refuse before reading: a 5 MB release with its original and 10,000 annotations is
# ~20 MB, so anything this large is not a project (or would freeze the app).
MAX_FILE_BYTES = 256 * 1024 * 1024


@dataclass
class OpenResult:
    """A project read from disk, and what happened on the way.

    ``changed`` is True when the in-memory project already differs from the file
    (migrated, or annotations re-anchored): the app should mark it modified.
    """

    project: Project
    path: Path
    version: int  # the format version the file had
    migrated_from: int | None = None
    migration_backup: Path | None = None  # the untouched original of a migrated file
    warnings: list[str] = field(default_factory=list)
    reanchor: ReanchorReport = field(default_factory=ReanchorReport)
    read_only: bool = False  # set when a migrated file's original could not be kept

    @property
    def changed(self) -> bool:
        return self.migrated_from is not None or self.reanchor.changed

    @property
    def orphaned(self) -> list[str]:
        """Ids of annotations that could not be placed on the text (kept, listed)."""
        return [a.id for a in self.project.annotations if a.orphaned]


@contextmanager
def _building_long_lived() -> Iterator[None]:
    """Like :func:`~briefing.perf.no_gc_pauses`, for building what will live long.

    With the collector paused during an open, the first collection after it would
    walk every object of the new project (~140,000 for 35,000 nodes: ~60 ms) only to
    find them all alive. ``freeze()`` + ``unfreeze()`` instead move every tracked
    object straight to the oldest generation (where a project ends up anyway) without
    walking it; cyclic garbage among them is still freed, by the next full collection.
    Skipped when the app froze objects itself (``unfreeze`` would release them).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


@_building_long_lived()
def open_project(path: str | Path, *, keep_migration_backup: bool = True) -> OpenResult:
    """Read, validate, migrate and re-anchor the project at ``path``."""
    path = Path(path)
    doc = read_document(path)
    version = check_header(doc, path)
    result_warnings: list[str] = []
    migrated_from = None
    migration_backup = None
    read_only = False
    if version < FORMAT_VERSION:
        try:
            doc, migrated_from = migrate(doc)
        except (MigrationError, KeyError, TypeError, ValueError, AttributeError) as error:
            raise ProjectFileError(
                path, f"cannot upgrade this format {version} file: {error}"
            ) from error
        if keep_migration_backup:
            try:
                migration_backup = keep_original(path, version)
            except ProjectFileError as error:
                read_only = True
                result_warnings.append(
                    f"{error.reason}; save the upgraded project under a new name"
                )
    project, warnings, outlines_checked = decode(doc, path)
    result_warnings += warnings
    result_warnings += consistency_problems(project, anchors=False, nodes=not outlines_checked)
    report = reanchor_project(project)
    for annotation_id in report.moved:
        result_warnings.append(f"annotation {annotation_id}: text changed; re-anchored")
    for annotation_id in report.orphaned:
        result_warnings.append(f"annotation {annotation_id}: its text is gone; kept as orphaned")
    return OpenResult(
        project=project,
        path=path,
        version=version,
        migrated_from=migrated_from,
        migration_backup=migration_backup,
        warnings=result_warnings,
        reanchor=report,
        read_only=read_only,
    )


def save_project(
    project: Project,
    path: str | Path,
    *,
    include_original: bool = True,
    backup: bool = True,
    lock: Any = None,
    extra: dict[str, Any] | None = None,
) -> None:
    """Write ``project`` to ``path`` atomically, keeping the old file as ``NAME.bak``.

    ``lock`` (a :class:`~briefing.storage.lock.ProjectLock`) is checked first, so an
    instance whose lock was taken over cannot overwrite the new owner's work. A file at
    ``path`` written by a newer Briefing is never overwritten. The project object is not
    modified (the app sets ``project.modified`` before calling, if it wants to).
    """
    path = Path(path)
    if lock is not None:
        lock.check()
    refuse_newer(path)
    data = encode_project(project, include_original=include_original, extra=extra)
    if len(data) > MAX_FILE_BYTES:
        # Never write a file Briefing would then refuse to open: the file on disk stays
        # as it was, and the user still has the work in the window.
        hint = "; save without the kept original files" if include_original else ""
        raise ProjectFileError(
            path,
            f"the project would be {_size(len(data))}, larger than the {_size(MAX_FILE_BYTES)} "
            f"Briefing opens: not saved{hint}",
        )
    atomic_write(path, data, backup=backup)
    if lock is not None:
        lock.refresh()


@no_gc_pauses()
def encode_project(
    project: Project, *, include_original: bool = True, extra: dict[str, Any] | None = None
) -> bytes:
    """The bytes of a project file (deterministic: same project, same bytes)."""
    doc = project_to_dict(
        project,
        include_original=include_original,
        written_by=f"briefing {__version__}",
        lines=False,  # the layout writes the text's lines straight from the string
    )
    if extra:
        # Right after the header, so a reader can peek at it in the first few KB.
        head = {key: doc.pop(key) for key in ("format", "version", "written_by")}
        doc = {**head, **extra, **doc}
    return to_bytes(doc)


# --------------------------------------------------------------------------- reading


def read_document(path: Path) -> dict[str, Any]:
    """The JSON object in ``path``, refusing huge, empty, non-UTF-8 and non-JSON files."""
    try:
        size = os.stat(path).st_size
        if os.path.isdir(path):
            raise ProjectFileError(path, "it is a folder, not a project file")
        if size > MAX_FILE_BYTES:
            raise ProjectFileError(
                path,
                f"the file is {_size(size)}; project files over {_size(MAX_FILE_BYTES)} "
                "are refused (not a Briefing project, or damaged)",
            )
        with open(path, "rb") as handle:
            # Sized from stat: read(MAX_FILE_BYTES + 1) would allocate that much and
            # then shrink it to fit, copying the 20 MB (~15 ms).
            data = handle.read(size + 1)
            if len(data) > size:  # grew since stat (or stat did not know its size)
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as error:
        raise ProjectFileError(path, os_error_reason(error, "read the file")) from error
    if len(data) > MAX_FILE_BYTES:  # grew while we looked
        raise ProjectFileError(path, f"the file is larger than {_size(MAX_FILE_BYTES)}")
    try:
        # The usual case in one pass: orjson checks the UTF-8 itself while parsing the
        # bytes, so the 20 MB are neither decoded to a str nor stripped first.
        doc = orjson.loads(data)
    except orjson.JSONDecodeError:
        doc = _read_slowly(data, path)
    if not isinstance(doc, dict):
        raise ProjectFileError(path, "not a Briefing project: expected a JSON object")
    return doc


def _read_slowly(data: bytes, path: Path) -> Any:
    """What orjson refused: empty, not UTF-8, damaged JSON (worded precisely by the
    standard library), or JSON orjson does not read (escaped lone surrogates)."""
    if not data.strip():
        raise ProjectFileError(path, "the file is empty (a failed copy or save?)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProjectFileError(
            path,
            f"not a Briefing project: not UTF-8 text (byte {error.start}); "
            "the file is damaged or of another kind",
        ) from error
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        if error.pos >= len(text.rstrip()) - 1:
            reason = "the file ends too early (truncated: an interrupted copy or a full disk?)"
        else:
            reason = f"not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        raise ProjectFileError(path, f"damaged project file: {reason}") from error
    except RecursionError as error:
        raise ProjectFileError(path, "damaged project file: nested too deeply") from error
    except ValueError as error:  # e.g. an integer of thousands of digits
        raise ProjectFileError(path, f"damaged project file: {error}") from error


def check_header(doc: dict[str, Any], path: Path) -> int:
    """The document's format version, after checking it is one we can read."""
    fmt = doc.get("format")
    if fmt != FORMAT_NAME:
        found = "no format name" if fmt is None else f"format {fmt!r}"
        raise ProjectFileError(path, f"not a Briefing project file ({found})")
    version = doc.get("version")
    if type(version) is not int:
        raise ProjectFileError(path, "version: expected an integer")
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            path,
            f"was written by a newer version of Briefing (format {version}); "
            f"this version reads up to {FORMAT_VERSION}. Update Briefing to open it",
        )
    if version < 0:
        raise ProjectFileError(path, f"unknown format version {version}")
    return version


def decode(doc: dict[str, Any], path: Path) -> tuple[Project, list[str], bool]:
    """The project, warnings, and whether its outlines were already found consistent."""
    try:
        return decode_project(doc)
    except CodecError as error:
        count = len(error.problems)
        summary = error.problems[0] + (f" (and {count - 1} more)" if count > 1 else "")
        raise ProjectFileError(path, f"damaged project file: {summary}", error.problems) from None


def keep_original(path: Path, version: int) -> Path:
    """Copy a file about to be upgraded to ``NAME.vN.bak`` (never over an older copy)."""
    target = path.with_name(f"{path.name}.v{version}.bak")
    number = 1
    while target.exists():
        number += 1
        target = path.with_name(f"{path.name}.v{version}.{number}.bak")
    try:
        shutil.copy2(path, target)
    except OSError as error:
        raise ProjectFileError(
            path, os_error_reason(error, "keep a copy of the original before upgrading")
        ) from error
    return target


_VERSION_HEAD = re.compile(rb'"version"\s*:\s*(\d+)')


def refuse_newer(path: Path) -> None:
    """Raise if ``path`` holds a project from a newer Briefing (we must not overwrite it)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return  # absent or unreadable: nothing we could destroy by mistake
    if FORMAT_NAME.encode() not in head:
        return
    match = _VERSION_HEAD.search(head)
    if match and int(match.group(1)) > FORMAT_VERSION:
        raise ProjectFileError(
            path,
            f"will not overwrite a project from a newer version of Briefing "
            f"(format {int(match.group(1))}); save under another name",
        )


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"


@dataclass
class CheckReport:
    """What ``briefing check`` prints: problems make the file invalid, warnings do not."""

    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    summary: str = ""


def _original_mismatches(project: Project) -> list[str]:
    """Releases whose kept original bytes do not hash to their ``source.sha256``.

    Only ``briefing check`` looks: opening leaves the original undecoded until it is used.
    """
    out = []
    for i, release in enumerate(project.releases):
        source = release.source
        if source.has_original and source.sha256:
            digest = hashlib.sha256(source.original or b"").hexdigest()
            if digest != source.sha256.lower():
                out.append(
                    f"releases[{i}].source.original_base64: the bytes do not match "
                    "source.sha256 (kept as they are)"
                )
    return out


def _forbidden_text(project: Project) -> list[str]:
    """Characters XML forbids, which an export removes (with a warning): said here too."""
    from briefing.textsafe import count_invalid_in

    count = count_invalid_in(project)
    if not count:
        return []
    return [
        f"{count} control character(s) or lone surrogate(s) a Word file cannot hold: "
        "an export removes them"
    ]


def check_project(path: str | Path) -> CheckReport:
    """Validate the file at ``path`` without changing anything on disk.

    Stricter than opening: dangling ids, spans outside the text and anchors whose quote
    no longer matches are problems here (opening tolerates and reports them).
    """
    path = Path(path)
    report = CheckReport()
    try:
        doc = read_document(path)
        version = check_header(doc, path)
        if version < FORMAT_VERSION:
            report.warnings.append(f"format {version}: will be upgraded when opened")
            doc, _ = migrate(doc)
        project, warnings, outlines_checked = decode(doc, path)
        report.warnings += warnings
    except ProjectFileError as error:
        report.problems = error.problems or [error.reason]
        return report
    except (MigrationError, KeyError, TypeError, ValueError, AttributeError) as error:
        report.problems = [f"cannot upgrade this old file: {error}"]
        return report
    report.problems = consistency_problems(project, nodes=not outlines_checked)
    report.warnings += _original_mismatches(project)
    report.warnings += _forbidden_text(project)
    orphans = sum(a.orphaned for a in project.annotations)
    report.summary = (
        f"format {version}, {len(project.releases)} release(s), "
        f"{len(project.annotations)} annotation(s), {orphans} orphaned"
    )
    return report
