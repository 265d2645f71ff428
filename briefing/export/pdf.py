"""PDF through LibreOffice: find soffice, convert in a throw-away profile, with a timeout.

A private profile directory (``-env:UserInstallation``) lets a conversion run while the
user has LibreOffice open, and keeps one broken profile from breaking every conversion.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from briefing.export.errors import ExportError
from briefing.export.writable import write_export

DEFAULT_TIMEOUT = 120.0  # seconds; the first run of a fresh profile is the slow one
_CANDIDATES = (
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
)


def find_soffice() -> str | None:
    """The LibreOffice executable: $BRIEFING_SOFFICE, then PATH, then usual places."""
    configured = os.environ.get("BRIEFING_SOFFICE")
    if configured and Path(configured).is_file():
        return configured
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((c for c in _CANDIDATES if Path(c).is_file()), None)


def convert_to_pdf(docx: Path, pdf: Path, timeout: float = DEFAULT_TIMEOUT) -> Path:
    """Convert ``docx`` to ``pdf`` (written atomically); ExportError when it cannot."""
    docx, pdf = Path(docx), Path(pdf)
    soffice = find_soffice()
    if soffice is None:
        raise ExportError(pdf, "LibreOffice (soffice) is not installed; it is needed for PDF")
    with tempfile.TemporaryDirectory(prefix="briefing-pdf-") as work:
        profile = Path(work, "profile").as_uri()
        command = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            work,
            str(docx),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired as error:
            raise ExportError(pdf, f"LibreOffice did not finish within {timeout:.0f} s") from error
        produced = Path(work, docx.with_suffix(".pdf").name)
        if not produced.is_file():
            detail = (done.stderr or done.stdout).strip().splitlines()
            reason = detail[-1] if detail else f"exit code {done.returncode}"
            raise ExportError(pdf, f"LibreOffice could not convert the note ({reason})")
        with open(produced, "rb") as source:
            write_export(pdf, lambda handle: shutil.copyfileobj(source, handle))
    return pdf
