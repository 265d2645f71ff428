"""A site's rights line and its newsletter or form small print are the site's, printed
under every page: never the release's last paragraph. Made-up pages."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.site_notices import is_site_notice
from briefing.ingest.web_chrome import is_site_line

PARAGRAPHS = [
    "The city council today approved the new plan for cycle lanes along the river, "
    "with works to start in the spring and to end before the summer holidays.",
    "The plan adds twelve kilometres of protected lanes and three new bridges for "
    "pedestrians, financed by the regional transport fund and the city's own budget.",
    "Residents may comment on the detailed drawings at the town hall until the end of "
    "the month, the mayor's office said in a statement on Tuesday.",
]


def _page(notices: list[str]) -> str:
    head = ["Skip to main content", "Home", "News", "Events", "Contact", "Search",
            "Council approves plan for cycle lanes", "4 March 2031", "Share", "Print"]  # fmt: skip
    tail = ["Share", "Facebook", "Related news", "Bus lines change on Sunday",
            "Library opens a new branch", "Newsletter", *notices, "Privacy", "Imprint"]  # fmt: skip
    return "\n\n".join(head + PARAGRAPHS + tail) + "\n"


def test_notices_in_several_languages():
    for line in (
        "© 2031 Example City News Ltd. All rights reserved.",
        "Copyright © Example Times Company. No reproduction or republication without written permission.",
        "Portions of this content are ©1999–2031 by individual contributors.",
        "Text is available under the Creative Commons Attribution License; additional terms may apply.",
        "Alle Rechte vorbehalten. Nutzungsrechte erwerben",
        "© 2031 Exemple Presse. Tous droits réservés.",
        "Tutti i diritti riservati",
        "IE 11 is not supported.",
        "By signing up, I agree to receive emails from Example News and to its privacy policy.",
        "Sie können unsere Newsletter jederzeit wieder abbestellen.",
        "We hate spam. Your email address will not be sold or shared with anyone else.",
        "This site is protected by reCAPTCHA and the Privacy Policy and Terms of Service apply.",
        "Spam bots, please fill in this field. Real humans should leave it blank.",
        "The opinions expressed in reader comments are those of the author only.",
        "IE 11 is not supported. For an optimal experience visit our site on another browser.",
        "Your web browser is no longer supported. To improve your experience update it here",
        "Ihr Browser ist veraltet. Bitte wechseln Sie auf einen anderen Browser.",
        "Auf unserer Website nutzen wir neben technisch notwendigen auch optionale Cookies.",
        "Diese Cookies helfen uns zu verstehen, wie Besucher die Seite nutzen.",
    ):
        assert is_site_notice(line), line
        assert is_site_line(line), line


def test_release_sentences_are_no_notices():
    for line in (
        *PARAGRAPHS,
        "(c) The Minister shall publish the list of approved operators.",
        "The court held that the publisher had reserved all its rights under the contract.",
        "Subscribers of the municipal newsletter will be told of the works in advance.",
        "© Example City",  # (a picture's credit: the boilerplate patterns read it)
        # A security agency's advisory tells its readers to update their browsers.
        "Users should update your browser to the latest version as soon as possible.",
        # A release's own sentence: what is agreed to is no e-mail, terms or privacy.
        "By signing up to the Pledge, participants agree to cut methane emissions by 2030.",
    ):
        assert not is_site_notice(line), line


def test_the_rights_line_does_not_end_the_release():
    # Two notices close together read as two paragraphs of prose: the release seemed
    # to end on them, and the footer's links above them were kept as its lines.
    release = release_from_text(
        _page(
            [
                "By signing up, you agree to receive our emails; you can unsubscribe at any time.",
                "© 2031 Example City News Ltd. All rights reserved. Reproduction only with written permission.",
            ]
        )
    )
    kept = release.text
    for paragraph in PARAGRAPHS:
        assert paragraph in kept
    for line in ("Bus lines change on Sunday", "Library opens a new branch", "All rights reserved"):
        assert line not in kept


# A data-protection authority's, a consumer agency's, a security agency's or a copyright
# office's release speaks of cookies, newsletters, browsers and rights in its own voice.
ABOUT_THE_SITE_SENTENCES = [
    "Example Soft no longer supports Internet Explorer 11, and offices should move to a newer browser by June.",
    "Internet Explorer 11 is not supported by its vendor and remains exposed to the flaw.",
    "Under the new rules, consumers can unsubscribe at any time from marketing e-mails.",
    "By subscribing to the scheme, firms agree to publish their privacy policy every year.",
    "We use cookies only where the law allows, the commissioner said on Tuesday.",
    "These cookies track visitors across sites, the regulator found, and need prior consent.",
    "Since the convention of 1910, the words all rights reserved are no longer needed on a work.",
    "Diese Cookies dürfen nur mit Einwilligung gesetzt werden, erklärte die Behörde.",
]


def test_a_release_sentence_about_sites_is_no_notice():
    for line in ABOUT_THE_SITE_SENTENCES:
        assert not is_site_notice(line), line


def test_a_release_ending_on_such_a_sentence_keeps_it():
    body = [
        "The authority today fined an online shop for setting tracking files without "
        "consent on the phones of the people who visited it last year.",
        "Inspectors reviewed the banners the shop showed to its visitors and the "
        "settings of its mobile application over three months.",
        "Under the new rules, consumers can unsubscribe at any time from marketing e-mails.",
    ]
    release = release_from_text(
        "\n\n".join(["Authority fines online shop", "4 March 2031", *body]) + "\n"
    )
    assert body[-1] in release.text


def test_a_quoted_cookie_notice_is_the_release_s():
    # (web_chrome's cookie notice: the same wording, reported, is the release's.)
    assert is_site_line("We use cookies to improve your experience on our site.")
    assert not is_site_line("We use cookies only where the law allows, the commissioner said.")
    assert not is_site_line(
        "The authority found that the shop told visitors that we use cookies to help them."
    )
