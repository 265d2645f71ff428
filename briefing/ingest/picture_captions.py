"""A picture's caption closed by its credit: "Jane Example, photo: Office of Examplia",
"The minister at the port. Foto: Example Agency", "Jane Example; © CC BY-SA 3.0; Example
Commons": no heading.

Sites and publishers print a picture's caption with its credit ("photo:", "Foto:", "©")
because the licence of the picture asks for the credit beside it; what is credited is a
picture, never a part of the text. Copied as text, the caption stands alone on its line
between the release's paragraphs, short and unpunctuated like a crosshead, and the
paragraph under it is the release's next one, which the caption does not head. A credit
opening its line ("Foto: Name Surname") is ``roles.picture_credit``; here the credit
closes a caption: a credit's word and colon after a comma, a stop or a semicolon, or the
copyright sign, then a few words naming who took or owns the picture. Seen as false
headings in the Hanns-Seidel-Stiftung's article (plain text) and Radio Prague's (a
browser's copy), and in the same shape under the headlines of the European Parliament's
press releases and Cubadebate's articles (session 42).
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# A picture credit's field word, in the languages of the corpus: "Photo:", "Foto:",
# "Bild:", "Crédit :", "Zdjęcie:", "Фото:", "사진:" (also ``roles.picture_credit``'s, where
# the credit opens its line).
CREDIT_WORDS = (
    r"photos?|fotos?|fot[óo]|fotograf[íi]as?|fotografie|bild(?:er)?|image|"
    r"credits?|cr[ée]dits?|cr[ée]ditos?|zdj[ęe]cie|фото|사진"
)
# A credit's field word and colon after the caption's comma, stop or semicolon, or the
# copyright sign anywhere; then the credited name.
_CLOSING_CREDIT = lazy(
    rf"(?:[,.;–-]\s*(?:{CREDIT_WORDS})\s*:|©)\s*(?P<credit>\S.*)$",
    re.I,
)
CAPTION_MAX_WORDS = 20  # a caption names who or what is shown, in a line
CREDIT_MAX_WORDS = 8  # an agency, an archive, a photographer, a licence


def closes_on_credit(text: str) -> bool:
    """Whether ``text``, one short line, is a picture's caption ending on its credit."""
    stripped = text.strip()
    if "\n" in stripped or ("©" not in stripped and ":" not in stripped):
        return False  # (cheap test first: most lines hold neither)
    if len(stripped.split()) > CAPTION_MAX_WORDS:
        return False
    found = _CLOSING_CREDIT.search(stripped)
    return found is not None and len(found.group("credit").split()) <= CREDIT_MAX_WORDS
