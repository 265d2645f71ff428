"""A site's notice over a page copied as text (its cookie consent, its help on the keys)
reads as a sentence but is the site's: it is removed and does not start the release's
body, so the title under it is still found (web_chrome). Made-up pages."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.web_chrome import is_site_line

KEYS = """To change the text size, hold down the Ctrl key (Cmd on a Mac) and press + to enlarge or - to reduce.

Close

Consultation on harbour fees for small fishing boats

Consultation | Date: 03.07.2031 | Ministry of Ports

The ministry proposes lower harbour fees for fishing boats under ten metres, to keep the
small harbours of the coast in use.

Comments are due by 7 August 2031.
"""

CONSENT = """Ok

En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies. Ces derniers assurent le bon fonctionnement de nos services.

14/11/2031

Crues de la Sample : les services de l'Etat mobilisés

À la suite des fortes pluies de la nuit, les services de l'Etat restent mobilisés sur
l'ensemble du département.

Les habitants des communes riveraines sont invités à la prudence.
"""


def test_notices_are_site_lines():
    assert is_site_line(
        "By continuing to browse this site, you agree to the use of cookies for statistics."
    )
    assert is_site_line("Hold down the Ctrl key and press + to enlarge the text.")
    assert not is_site_line("The ministry will hold a control exercise in the harbour.")
    assert not is_site_line("Cookies and biscuits were served to the delegations.")


def test_the_title_under_a_keys_notice_is_found():
    release = release_from_text(KEYS)
    assert release.title == "Consultation on harbour fees for small fishing boats"
    assert any("Ctrl" in r.text for r in release.removed)


def test_the_title_under_a_cookie_consent_is_found():
    release = release_from_text(CONSENT)
    assert release.title == "Crues de la Sample : les services de l'Etat mobilisés"
