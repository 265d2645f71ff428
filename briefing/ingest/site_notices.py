"""A site's notices about itself and its reader, printed as sentences round every page.

A web page copied as text ends on sentences the site prints under each of its pages:
its rights line ("© 2016 Example News. All rights reserved.", "Portions of this content
are ©1998–2015 by ...", "Text is available under the Creative Commons ... License"), the
small print of its newsletter box ("By signing up, I agree to receive emails ...", "You
can unsubscribe at any time", "We hate spam"), its form's spam guard ("This site is
protected by reCAPTCHA ...", "Real humans should leave it blank") and its comments'
disclaimer ("The opinions expressed in reader comments are those of the author only"),
and over the page its notice to a reader whose browser is too old or its cookie panel.
They read as sentences, so the chrome pass took them for the release's last paragraph
and kept the site's footer above them. What they say is true of the site on any page,
never of one release: a release speaks of its subject, not of the reader's e-mail
address or the site's rights. Only a line of its own, at most ``NOTICE_MAX_WORDS``
words, and only on a wording sites use (a release quoting a law "all rights reserved"
inside a longer paragraph stays).
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

NOTICE_MAX_WORDS = 60
NOTICE_MAX_CHARS = 600  # (a cheap look first: a longer block is no such line)

# The rights line: the reservation in the languages releases come in, a line opening on
# "©" and a year, a licence notice. ("© Name" alone is a picture's credit: the
# boilerplate patterns read it.) The reservation closes its clause: a lower-case word
# after it is prose naming the words ("... the words all rights reserved are no longer
# needed", a copyright office's release).
_RESERVATION = lazy(
    r"\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|"
    r"\btodos los derechos reservados\b|\btutti i diritti riservati\b|"
    r"\btodos os direitos reservados\b|\balle rechten voorbehouden\b|"
    r"\bwszelkie prawa zastrzeżone\b|\bвсе права защищены\b|版权所有|無断転載",
    re.I,
)
_RIGHTS = lazy(
    r"\bno reproduction or republication without\b|"
    r"\bportions of this content are ©|"
    r"\b(?:text|content) is available under the creative commons\b|"
    r"^(?:copyright\s*)?©\s*(?:19|20)\d\d\b",
    re.I,
)
# The newsletter box's small print: consent, unsubscribing, the address kept private.
# The consent names what is agreed to (e-mails, terms, privacy): "By signing up to the
# Pledge, participants agree to cut emissions" is a release's sentence.
_SIGNUP_PRINT = lazy(
    r"\bby (?:signing up|subscribing|clicking (?:on )?[\"“']?(?:sign up|subscribe|submit))\b"
    r"[^.]{0,80}\b(?:agree|accept|consent)[^.]{0,120}"
    r"\b(?:e-?mails?|newsletters?|terms|privacy|policy|cookies|marketing|communications)\b|"
    r"\b(?:you )?(?:can|may) unsubscribe at any time\b|\bunsubscribe at any time\b|"
    r"\bwe hate spam\b|\byour e-?mail address will (?:not|never) be (?:sold|shared|published)\b|"
    r"\bnewsletter\w* jederzeit (?:wieder )?(?:abbestellen|abmelden|kündigen)\b|"
    r"\bjederzeit (?:wieder )?(?:abbestellen|abmelden)\b|"
    r"\bvous (?:pouvez|pourrez) vous désabonner à tout moment\b|"
    r"\bpuede(?:s)? (?:darte|darse) de baja en cualquier momento\b",
    re.I,
)
# A form's spam guard and a comment box's disclaimer.
_FORM_PRINT = lazy(
    r"\bprotected by recaptcha\b|\breal humans should leave it blank\b|"
    r"\bleave this field (?:blank|empty)\b|"
    r"\bopinions expressed in (?:reader )?comments are\b",
    re.I,
)

# The notice over a page the reader's browser is too old for ("IE 11 is not supported.
# For an optimal experience ...", "Ihr Browser ist veraltet", "Stai utilizzando Internet
# Explorer: è un browser molto vecchio"), and a cookie panel's sentences in the order the
# first pattern (``web_chrome``) does not read ("Auf unserer Website nutzen wir ...
# Cookies", "Diese Cookies helfen uns ..."). Not "update your browser" alone: a security
# agency's advisory tells its readers so.
_BROWSER_NOTICE = lazy(
    r"\bno longer supports? internet e\w*plorer\b|\bstai utilizzando internet e\w*plorer\b|"
    r"\b(?:your|ihr|votre|tu|su|il tuo) (?:web ?)?(?:browser|navigateur|navegador) "
    r"(?:is|ist|est|es|è) (?:no longer supported|not supported|outdated|out of date|"
    r"veraltet|obsolète|obsoleto|desactualizado)\b",
    re.I,
)
# The old browser named as the whole sentence ("IE 11 is not supported."): an advisory's
# "Internet Explorer 11 is not supported by the vendor" goes on.
_OLD_BROWSER_ALONE = lazy(
    r"^(?:ie ?\d+|internet e\w*plorer(?: \d+)?) is not supported\s*(?:[.!]|$)", re.I
)
_COOKIE_PANEL = lazy(
    r"\b(?:nutzen|verwenden|setzen|benutzen) wir\b[^.]{0,80}\bcookies\b|"
    r"^(?:diese|these) cookies\b|\bwe use cookies\b|\bcookies (?:help us|helfen uns)\b",
    re.I,
)


# The site speaks to its reader ("By signing up, you agree", "Sie können unsere
# Newsletter ...", "we use cookies", "your browser"): a newsletter's, a cookie panel's
# or a browser notice's sentence without the reader or the site as a person is a
# release's sentence about them ("consumers can unsubscribe at any time", "Microsoft no
# longer supports Internet Explorer 11").
_READER_VOICE = lazy(
    r"\b(?:you|your|we|our|us|i|my|sie|ihr|ihre\w*|ihnen|unser\w*|wir|uns|du|dir|dein\w*|"
    r"vous|votre|vos|nous|notre|nos|tu|tus|su|sus|nuestr\w*|stai|tuo|noi|nostr\w*)\b",
    re.I,
)
# A sentence that reports what someone said or found is a release's, never the site's
# small print ("We use cookies only where the law allows, the commissioner said").
_REPORTED = lazy(
    r"\b(?:said|says|stated|warned|told|added|announced|according to|found that|"
    r"sagte|erklärte|teilte \w+ mit|a déclaré|a indiqué|selon|dijo|afirmó|según|"
    r"ha detto|secondo)\b",
    re.I,
)

# Words one of the patterns above needs: a line with none of them is passed over with a
# few substring looks (the patterns are asked of every line of the text's ends).
_KEYS = (
    "reserv", "réserv", "riserv", "supported", "vorbehalten", "voorbehouden", "zastrzeżone",
    "защищены", "版权所有", "無断転載",
    "reproduction", "©", "creative commons", "agree", "accept", "consent", "unsubscribe",
    "spam", "mail address", "abbestellen", "abmelden", "désabonner", "de baja", "recaptcha",
    "humans", "leave this field", "opinions expressed", "plorer", "browser", "navigateur",
    "navegador", "cookie",
)  # fmt: skip


def is_site_notice(text: str) -> bool:
    """``text`` is a line of a site's rights, newsletter or form small print (see the
    module): true of the site on any page, never a line of the release."""
    stripped = text.strip()
    if not stripped or len(stripped) > NOTICE_MAX_CHARS or len(stripped.split()) > NOTICE_MAX_WORDS:
        return False
    lowered = stripped.lower()
    if not any(key in lowered for key in _KEYS) or reports_speech(stripped):
        return False
    if _rights_reserved(stripped) or _RIGHTS.search(stripped) or _FORM_PRINT.search(stripped):
        return True
    if _OLD_BROWSER_ALONE.match(stripped):
        return True
    return bool(
        (
            _SIGNUP_PRINT.search(stripped)
            or _BROWSER_NOTICE.search(stripped)
            or _COOKIE_PANEL.search(stripped)
        )
        and _READER_VOICE.search(stripped)
    )


def reports_speech(text: str) -> bool:
    """``text`` reports what someone said or found: a release's sentence, never a site's
    notice about itself ("We use cookies only where the law allows, the commissioner
    said")."""
    return bool(_REPORTED.search(text))


def _rights_reserved(text: str) -> bool:
    """A reservation of rights closing its clause ("... All rights reserved.", "Tous
    droits réservés Captures ..."), not one named inside a sentence of prose."""
    for match in _RESERVATION.finditer(text):
        rest = text[match.end() :].lstrip()
        if not rest[:1].islower():
            return True
    return False
