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


# A regulation's two sign-offs, each "where" / "when" over the signer, as a PDF's raw text
# prints them one short line at a time (the date line goes on from the place line).
REGULATION = """REGULATION OF THE MINISTER OF RIVERS
NUMBER 7 OF 2031
ON THE USE OF RIVER WATER BY FARMS

Article 1
Farms may draw river water during the dry season under a permit issued by the
Minister, for no more than the volume the permit names.

Article 2
This Regulation enters into force on the day of its enactment.

Enacted at Northtown
on 3 March 2031
MINISTER OF RIVERS
OF THE REPUBLIC,
signed
JANE EXAMPLE
Promulgated at Northtown
on 4 March 2031
DIRECTOR GENERAL OF LEGISLATION,
signed
JOHN SAMPLE
"""


def test_a_two_place_sign_off_is_no_menu(tmp_path: Path) -> None:
    release = _read(tmp_path, REGULATION)
    removed = " ".join(_removed(release))
    for line in ("Enacted at Northtown", "on 4 March 2031", "JANE EXAMPLE", "DIRECTOR GENERAL"):
        assert line in release.text
        assert line not in removed


def test_a_wrapped_place_and_date_pair_starts_no_teaser_sidebar() -> None:
    # Lines kept apart as a PDF's raw text may leave them: the place line, the date line
    # going on from it in lower case, the signer; twice. No sidebar of related pages.
    from briefing.ingest.roles import _teasers_start
    from briefing.ingest.segment import Block

    lines = [
        "The Regulation enters into force on the day of its enactment, and every person",
        "shall be informed of it by its publication in the State Gazette.",
        "Enacted at Northtown",
        "on 3 March 2031",
        "MINISTER OF RIVERS,",
        "signed",
        "JANE EXAMPLE",
        "Promulgated at Northtown",
        "on 4 March 2031",
        "DIRECTOR GENERAL OF LEGISLATION,",
        "signed",
        "JOHN SAMPLE",
    ]
    blocks = [Block(t) for t in lines]
    assert _teasers_start(blocks, 1) == len(blocks)
    # A sidebar's headlines over their dates still are one.
    sidebar = [
        *lines[:2],
        "River week opens in Northtown",
        "3 March 2031",
        "New permits for farms",
        "1 March 2031",
        "Minister visits the dam",
        "27 February 2031",
    ]
    blocks = [Block(t) for t in sidebar]
    assert _teasers_start(blocks, 1) == 2


def test_a_wrapped_place_and_date_line_ends_a_tail_menu_run() -> None:
    # "Promulgated at Northtown" / "on 4 March 2031": the date line goes on from the place
    # line; a run of link labels stops there, as it does at a line ending on a comma.
    from briefing.ingest.roles import _menu_runs
    from briefing.ingest.segment import Block

    lines = [
        "MINISTER OF RIVERS,",
        "signed",
        "JANE EXAMPLE",
        "Promulgated at Northtown",
        "on 4 March 2031",
        "DIRECTOR GENERAL OF LEGISLATION,",
    ]
    blocks = [Block(t) for t in lines]
    assert _menu_runs(blocks, 0, len(blocks), clauses=True) == set()
    # Link labels with a capital are a menu still.
    menu = [Block(t) for t in ("Home", "About us", "Press room", "Contact", "Sitemap")]
    assert _menu_runs(menu, 0, len(menu), clauses=True) == set(range(5))
