"""LibreOffice renders the note: body on two pages, annex after, Korean present.

Skipped when soffice is absent (CI installs LibreOffice and a CJK font).
"""

from __future__ import annotations

import pytest

from briefing.export.pdf import convert_to_pdf, find_soffice
from tests.export.fixtures import KOREAN

pytestmark = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) not found")


@pytest.fixture(scope="module")
def pages(exported, tmp_path_factory) -> list[str]:
    from pypdf import PdfReader

    pdf = convert_to_pdf(exported, tmp_path_factory.mktemp("pdf") / "note.pdf")
    return [page.extract_text() for page in PdfReader(str(pdf)).pages]


def test_body_fits_two_pages_and_annex_follows(pages):
    annex_page = next(i for i, text in enumerate(pages) if "Annex A: Text of the release" in text)
    assert annex_page <= 2  # the body takes at most pages 1 and 2
    assert "Key points" in "".join(pages[:annex_page])


def test_every_page_is_marked_and_numbered(pages):
    for number, text in enumerate(pages, start=1):
        assert text.count("UNCLASSIFIED") >= 2, number  # top and bottom
        assert f"Page {number} of {len(pages)}" in text


def test_korean_renders(pages, exported, tmp_path):
    annex = "".join(pages)
    # Text extraction gives back the Hangul only when it was set in a font that has it.
    assert KOREAN[:6] in annex.replace("\n", "")
