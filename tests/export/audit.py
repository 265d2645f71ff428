"""openxml-audit on exported notes: 0 errors, or the test fails with the first few.

``assert_valid_docx(path)`` checks one file; ``tests/export/conftest.py`` records every
.docx the export writes during a test and checks each at the test's end, so no export test
can produce a file Word for the web would refuse without failing.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

openxml_audit = pytest.importorskip("openxml_audit")

# The newest format Word for the web checks against, and the oldest Word that reads .docx.
NEWEST = "MICROSOFT_365"
OLDEST = "OFFICE_2007"


@cache
def _validator(file_format: str):
    return openxml_audit.OpenXmlValidator(
        file_format=getattr(openxml_audit.FileFormat, file_format), max_errors=0
    )


def audit_errors(path: str | Path, file_format: str = NEWEST) -> list[str]:
    """Every error openxml-audit reports for ``path`` (schema, semantic, package)."""
    result = _validator(file_format).validate(str(path))
    return [str(error) for error in result.errors]


def assert_valid_docx(path: str | Path, formats: tuple[str, ...] = (NEWEST,)) -> None:
    for file_format in formats:
        errors = audit_errors(path, file_format)
        if errors:
            shown = "\n  ".join(errors[:10])
            more = f"\n  ... and {len(errors) - 10} more" if len(errors) > 10 else ""
            pytest.fail(
                f"{Path(path).name}: {len(errors)} openxml-audit errors "
                f"({file_format}):\n  {shown}{more}"
            )
