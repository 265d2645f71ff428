"""The composition slug and the operator's stamp on the pages the US Government Publishing
Office typesets (Federal Register issues, bills and committee prints, reports, the
Congressional Record, the Code of Federal Regulations): one printer's lines on the documents
of every agency, committee and president it prints.

- The slug at each page's foot names the job, not the text: the composition system's
  version date, the job's date and time, jacket, purchase order, frame, format and file
  ("VerDate Sep<11>2014  16:21 Aug 05, 2020  Jkt 250001  PO 00000  Frm 00001  Fmt 4702
  Sfmt 4702  E:\\FR\\FM\\06AUP1.SGM  06AUP1"). ``pdftotext -layout`` keeps it on one line;
  its other modes, and a viewer's copy, print its fields a line each.
- The operator's stamp up the margin says who set the page, on which machine, in which
  collection ("jbell on DSKJLSW7X2PROD with PROPOSALS").

Text copied out of such a PDF keeps both between its pages, often inside a sentence the
page break cut. No prose opens a line with "VerDate", or names a user "on" a machine whose
name holds "PROD" "with" a collection in capitals: both are taken wherever they stand. The
slug's dates are the print job's, so they never date the document (``running_head_dates``).
"""

from __future__ import annotations

from briefing.ingest.extracted import Extracted, Line
from briefing.ingest.text_scan import holds
from briefing.lazyre import lazy

# The slug on one line: "VerDate" and a version date, then the job's fields.
_SLUG_LINE = lazy(r"^\s*VerDate\s+\S.{0,60}?\bJkt\s+\d")
# The slug's first field alone on its line: "VerDate Sep 11 2014", "VerDate Sep<11>2014",
# "VerDate 11<MAY>2000".
_SLUG_HEAD = lazy(r"^\s*VerDate\s+[\w<> ]{4,24}\s*$")
# The fields that follow it a line each: the job's time and date, jacket, purchase order,
# frame, format, source format, and the file's path on the composition system.
_SLUG_FIELD = lazy(
    r"^\s*(?:\d{1,2}:\d{2}\s+[A-Z][a-z]{2}\s+\d{1,2},\s+\d{4}"
    r"|(?:Jkt|PO|Frm|Fmt|Sfmt)\s+\d{1,8}"
    r"|[A-Z]:\\\S{3,60}"
    # (older slugs go on with the page's frame and file: "pfrm07", "PsN: 19FEE0")
    r"|pfrm\d{1,3}|PsN:\s*\w{3,12})\s*$"
)
# The file's short name printed last ("HR404", "06AUP1"): taken only right after its path.
_SLUG_FILE_NAME = lazy(r"^\s*[A-Z0-9]{2,12}\d[A-Z0-9]{0,6}\s*$")
_PATH = lazy(r"^\s*[A-Z]:\\")
# "jbell on DSKJLSW7X2PROD with PROPOSALS", "rfrederick on DSKBCBPHB2PROD with HEARINGS",
# "jbell on PROD1PC64 with PRES DOCS".
# (The machine's name is read as one possessive token holding "PROD", found by a
# lookahead: "[A-Z0-9]*PROD[A-Z0-9]*" backtracked over every "PROD" of a long run of
# capitals, quadratic on a line of them.)
_MACHINE_NAME = r"(?=[A-Z0-9]*PROD)[A-Z0-9]++"
_OPERATOR = lazy(rf"^\s*+[a-z][\w.-]{{1,30}} on {_MACHINE_NAME} with [A-Z][A-Z ]{{1,40}}$")
_MACHINE = lazy(rf"^\s*+{_MACHINE_NAME}\s*+$")
_USER = lazy(r"^[a-z][\w.-]{1,30}$")
SLUG_FIELDS_MIN = 2  # fields under a lone "VerDate" line that make it the slug
SLUG_REACH = 12  # non-blank lines the slug's fields may span


def may_hold_gpo_slugs(whole: str) -> bool:
    # (The stamp a word a line, as ``pdftotext -raw`` prints it: "...PROD" / "with".)
    return holds(whole, "VerDate") or holds(whole, "PROD with ") or holds(whole, "PROD\nwith\n")


def is_gpo_slug(text: str) -> bool:
    """A composition slug on one line (a PDF's page foot)."""
    return bool(_SLUG_LINE.match(text) or _SLUG_HEAD.match(text))


def take_gpo_slugs(extracted: Extracted) -> None:
    """Blank the GPO's slugs and operator stamps (indices stay valid); list them in
    ``removed``."""
    lines = extracted.lines
    for i, line in enumerate(lines):
        text = line.text
        if "VerDate" in text and _SLUG_LINE.match(text):
            _blank(extracted, [i])
        elif "VerDate" in text and _SLUG_HEAD.match(text):
            fields = _fields_under(lines, i)
            if len(fields) >= SLUG_FIELDS_MIN:
                _blank(extracted, [i, *fields])
        elif "PROD" in text:
            if _OPERATOR.match(text):
                _blank(extracted, [i])
            elif (stamp := _operator_word_a_line(lines, i)) is not None:
                _blank(extracted, stamp)


def _operator_word_a_line(lines: list[Line], at: int) -> list[int] | None:
    """The operator's stamp printed a word a line (``pdftotext -raw``), found at its
    machine's name: the user and "on" above it, "with" and the collection below."""
    if not _MACHINE.match(lines[at].text) or not 2 <= at < len(lines) - 2:
        return None
    words = [lines[j].text.strip() for j in range(at - 2, at + 3)]
    if words[1] == "on" and words[3] == "with" and _USER.match(words[0]) and words[4].isupper():
        return list(range(at - 2, at + 3))
    return None


def _fields_under(lines: list[Line], at: int) -> list[int]:
    """The slug's fields printed a line each under its "VerDate" line, up to the first
    line that is none (blank lines aside)."""
    fields: list[int] = []
    seen = 0
    for j in range(at + 1, min(len(lines), at + 3 * SLUG_REACH)):
        text = lines[j].text
        if not text.strip():
            continue
        seen += 1
        if seen > SLUG_REACH:
            break
        # (The file's short name counts only right after its path.)
        after_path = bool(fields) and bool(_PATH.match(lines[fields[-1]].text))
        if not (_SLUG_FIELD.match(text) or (after_path and _SLUG_FILE_NAME.match(text))):
            break
        fields.append(j)
    return fields


def _blank(extracted: Extracted, at: list[int]) -> None:
    lines = extracted.lines
    extracted.removed.append(" ".join(" ".join(lines[i].text.split()) for i in at))
    for i in at:
        lines[i] = Line("\f" if lines[i].text.startswith("\f") else "")
