"""A digital signature's visible stamp left in text taken from a signed PDF.

Governments sign decrees, notes and communiqués with a certificate, and the PDF shows the
signature as a stamp beside the signatory's name: "Firmato digitalmente da PISANO PAOLA",
"C=IT", "O=PRESIDENZA CONSIGLIO DEI MINISTRI", "Data: 2020.03.31 18:02:11 +02'00'"
("Digitally signed by", "Firmado digitalmente por", "Assinado digitalmente por", "Signé
numériquement par"). Text extraction sets the stamp's lines among the text's. They are the
certificate's fields, never the release's words; the stamp's date is when the file was
signed, not the release's date.
"""

from __future__ import annotations

import re

from briefing.ingest.extracted import Extracted
from briefing.lazyre import lazy

_SIGNED_BY = lazy(
    r"^(?:digitally\s+signed\s+by|signed\s+digitally\s+by|firmato\s+digitalmente\s+da"
    r"|firmado\s+digitalmente\s+por|assinado\s+(?:digitalmente|de\s+forma\s+digital)\s+por"
    r"|sign[ée]\s+(?:num[ée]riquement|[ée]lectroniquement)\s+par|digital\s+unterschrieben\s+von"
    r"|digitalt\s+signerad\s+av)\b",
    re.I,
)
# pdftotext -layout sets the stamp's two columns side by side: the signer's name in large
# type on the left, "Digitally signed by ..." in small type on its right, so the line
# opens on the name ("EXAMPLE AGENCY Digitally signed by"). The name is in capitals, a
# few words; a sentence naming a signature opens otherwise.
_BESIDE_NAME = lazy(
    r"^(?-i:(?:[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+[ \t]+){1,3}?)" + _SIGNED_BY.pattern[1:], re.IGNORECASE
)
# What a text holding such a line must hold (a cheap look before the per-line pass).
BESIDE_NAME_HINTS = ("igitally signed by", "IGITALLY SIGNED BY", "igitalmente", "IGITALMENTE")
# The certificate's fields ("C=IT", "O=...", "CN=...", "SERIALNUMBER=...") and the
# signing time ("Data: 2020.03.31 18:02:11 +02'00'", "Date: 2024.05.06 10:00:00 Z").
_CERT_FIELD = lazy(r"^(?:C|O|OU|CN|E|L|S|ST|SN|G|T|SERIALNUMBER|2\.5\.4\.\d+)\s*=\s*\S")
# The stamp's own labelled fields (Adobe's "Reason:" and "Location:", in the signer's
# language), empty or not: the certificate's, not the release's.
_STAMP_FIELD = lazy(
    r"^(?:reason|location|motivo|ubicaci[óo]n|luogo|raison|lieu|grund|ort)\s*:", re.I
)
_SIGN_TIME = lazy(
    r"^(?:(?:data|date|datum|fecha):\s?)?\d{4}[.-]\d\d[.-]\d\d \d\d:\d\d(?::\d\d)?"
    r"(?: ?[+-]\d\d'?\d\d'?| ?Z)?$",
    re.I,
)
# The signatory's name wrapped under "Firmato digitalmente da PISANO": "PAOLA".
_CAPS_NAME = lazy(r"^[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:\s+[A-ZÀ-Ý][A-ZÀ-Ý'’-]+){0,2}$")
STAMP_REACH = 8  # lines after "signed by" the stamp's fields may come, text among them
STAMP_MAX_CHARS = 90


def is_certificate_field(text: str) -> bool:
    """A certificate's field left as a line ("C=IT", "O=PRESIDENZA ..."): a stamp's."""
    return bool(_CERT_FIELD.match(text.strip()))


def take_signature_stamps(extracted: Extracted) -> None:
    """Blank a digital signature's stamp lines (indices stay valid); list them in
    ``removed``."""
    lines = extracted.lines
    for i, line in enumerate(lines):
        text = " ".join(line.text.split())
        if not text or len(text) > STAMP_MAX_CHARS or not _opens_stamp(text):
            continue
        if line.style or line.label:
            continue
        taken = [i]
        nxt = i + 1
        while nxt < len(lines) and not lines[nxt].text.strip():
            nxt += 1
        if nxt < len(lines) and _CAPS_NAME.match(lines[nxt].text.strip()):
            taken.append(nxt)
        for j in range(i + 1, min(len(lines), i + 1 + STAMP_REACH)):
            other = " ".join(lines[j].text.split())
            stamp = other and len(other) <= STAMP_MAX_CHARS and not lines[j].style
            fields = (_CERT_FIELD, _SIGN_TIME, _STAMP_FIELD)
            if stamp and any(field.match(other) for field in fields):
                taken.append(j)
        for j in sorted(set(taken)):
            extracted.removed.append(" ".join(lines[j].text.split()))
            lines[j] = type(lines[j])("\f" if lines[j].text.startswith("\f") else "")


def _opens_stamp(text: str) -> bool:
    """The stamp's first line: "Digitally signed by ...", or the signer's name in
    capitals beside it (``_BESIDE_NAME``)."""
    return bool(_SIGNED_BY.match(text) or _BESIDE_NAME.match(text))
