"""A US archive's declassification stamps ("Approved For Release 2001/08/07 :
CIA-RDP..."), read back from the scan with damaged letters, are furniture: their date
is the archive's, not the paper's (made-up transcript)."""

from __future__ import annotations

from briefing.ingest import release_from_text

TRANSCRIPT = """\
Approved ForRelase 2003/05/12 : CIA-RDP99-00000R000100020003-4
OFFICE OF PUBLIC AFFAIRS
The Harbour Club
Example City
Tuesday, March 4, 1980
Approved For Release 2003/05/12 : CIA-RDP99-00000R000100020003-4
DIRECTOR JANE EXAMPLE: Good morning. I am glad to be with you today to talk
about the changes taking place in our harbour offices and what they mean for
the people who work in them.
-Approved For Relea e 2003/05/12 : CIA-RDP99-00000R000100020003-4
"""


def test_declassification_stamps_are_furniture():
    release = release_from_text(TRANSCRIPT)
    removed = " | ".join(r.text for r in release.removed)
    assert removed.count("CIA-RDP99") == 3
    assert "CIA-RDP" not in release.text
    assert release.date == "1980-03-04"
