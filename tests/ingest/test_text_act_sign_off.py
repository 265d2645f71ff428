"""Never losing an act's sign-off at a text's end (session 26, dev set ``furniture``):
made-up text in the shape of real decrees and of web pages copied as text."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.helpers import read_release as _read
from tests.ingest.helpers import removed_texts as _removed

DECREE = """                     DECREE

              OF THE PRESIDENT OF THE REPUBLIC


     On the appointment of members of the regional water boards

     Guided by article 12 of the Constitution, I hereby decree:
     1. To appoint the persons named in the annexed list as members
of the regional water boards for a term of five years.
     2. This Decree enters into force on the day of its signature.


     President of the Republic                          A.Example

     Northtown, Government House
     14 March 2003
     No. 517
"""


def test_a_dated_sign_off_closing_an_act_is_kept(tmp_path: Path) -> None:
    release = _read(tmp_path, DECREE)
    for line in ("A.Example", "Government House", "14 March 2003", "No. 517"):
        assert line in release.text
        assert not any(line in r for r in _removed(release))


SITE_TAIL = """Ministry announces new water rules

The Ministry of Water announced today new rules for the use of river water by
farms during the dry season, after a consultation with growers.

The rules take effect next month and will be reviewed after one year.

Home
About us
Contact
Privacy
Sitemap
"""


def test_an_undated_menu_under_a_copied_page_still_goes(tmp_path: Path) -> None:
    release = _read(tmp_path, SITE_TAIL)
    assert "Sitemap" not in release.text
    assert "Privacy" in " ".join(_removed(release))
