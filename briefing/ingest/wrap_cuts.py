"""Lines a wrap cut apart that belong together, in plain text from paged or scanned
documents: a word broken at its hyphen with a blank line or a page break before its
second half ("... the cement of anti-" / "" / "Sovietism, ..."), and a transcript's
speaker label wrapped over two lines ("TIM" / "FISCHER - DEPUTY PRIME MINISTER:")."""

from __future__ import annotations

import re

from briefing.ingest.letter_case import in_capitals
from briefing.ingest.patterns import FUNCTION_WORDS
from briefing.lazyre import lazy

# The last word of a line broken at its hyphen: letters, then the hyphen, no space before
# it ("anti-", "Co-", "NON-"). A dash set apart ("... the talks -") or a mark wrapped in
# dashes ("-ENDS-") is punctuation, not half a word.
_BROKEN_WORD = lazy(r"(?:^|\s)(?P<word>[^\W\d_][^\W\d_'’]*(?:-[^\W\d_]+)*)-$")
# Prefixes that join a capitalised word in every release ("anti-American", "non-Muslim",
# "pro-Western", "post-Soviet", "pan-African", "mid-September", "trans-Tasman",
# "Co-Chairs", "Vice-President", "ex-Minister"): a line ending on one is a word cut, never
# a sentence stopped short, whatever case the next line opens in.
_PREFIXES = {
    "anti", "non", "pro", "post", "pre", "pan", "neo", "ex", "mid", "trans", "inter",
    "intra", "co", "vice", "sub", "semi", "multi", "counter", "ultra", "extra", "pseudo",
    "quasi", "self", "cross", "over", "under", "all", "full", "half", "sino", "franco",
    "anglo", "indo", "afro", "euro", "asia", "austro", "russo", "greco", "judeo",
}  # fmt: skip
# Words a speaker cut off mid-word by an interruption ("... you haven't had a question,
# sp-") hands the floor to: a new turn opens on them, never a word's second half.
_TURN_OPENINGS = {"well", "look", "yes", "no", "okay", "ok", "sorry", "thanks", "right"}
MIN_PREFIX_LETTERS = 2  # ("r-" alone is an OCR fragment, not a word's first half)


def broken_word(text: str) -> str | None:
    """The first half of a word ``text`` ends on, broken at its hyphen ("anti"), or None."""
    found = _BROKEN_WORD.search(text.rstrip())
    if found is None:
        return None
    word = found.group("word")
    last = word.rsplit("-", 1)[-1]
    return word if len(last) >= MIN_PREFIX_LETTERS else None


def goes_on_after_hyphen(host: str, tail: str) -> bool:
    """Whether ``tail`` (a block after a blank line or a page break) is the second half of
    a word ``host`` ends on, broken at its hyphen. In lower case it always is (the caller
    checks that no label or speaker opens it). A capital carries it on after a prefix
    that joins names ("non-" / "Examplians"), or after a capitalised first half
    ("Secretary-" / "General", "Asia-" / "Pacific"), unless it is a word a new turn or
    sentence opens with: an interrupted speaker's "Prime Minister-" is answered by a
    new sentence ("Well, ..."), never a word's end."""
    from briefing.ingest.speakers import speaker_of

    word = broken_word(host)
    if word is None:
        return False
    tail = tail.lstrip()
    if speaker_of(tail) is not None:
        return False  # a turn answers the interrupted speaker ("Prime Minister-" / "PM: ...")
    first = tail[:1]
    if not first.isalpha():
        return False
    if first.islower():
        return True
    last = word.rsplit("-", 1)[-1]
    if last.lower() in _PREFIXES:
        return True
    opening = re.split(r"[\s,.;:!?]", tail, maxsplit=1)[0].lower()
    return (
        last[:1].isupper()
        and opening not in FUNCTION_WORDS
        and opening not in _TURN_OPENINGS
        and opening != "i"
    )


# The first half of a speaker label the wrap cut: capitals, a few words, no end mark
# ("TIM", "SENATOR WARWICK PARER -", "PHILIP RUDDOCK - IMMIGRATION", "THE").
_LABEL_HEAD = lazy(r"^[A-ZÄÖÜ][A-ZÄÖÜ.'’&]*(?:\s+(?:[A-ZÄÖÜ][A-ZÄÖÜ.'’&-]*|[-–]))*$")
_TITLES = {
    "THE", "MR", "MRS", "MS", "DR", "SENATOR", "HON", "PRIME", "DEPUTY", "ACTING", "SHADOW",
    "ASSISTANT", "VICE", "SIR", "DAME", "PROFESSOR", "GENERAL", "MADAM",
}  # fmt: skip
LABEL_HEAD_MAX_WORDS = 4  # a name and the start of an office; a heading runs longer
LABEL_MAX_WORDS = 8  # "SENATOR THE HON. JANE EXAMPLE - TRADE MINISTER"


def label_wrapped(prev: str, line: str) -> bool:
    """Whether ``prev``, a short line in capitals standing alone, and ``line``, ending a
    speaker label ("FISCHER - DEPUTY PRIME MINISTER:", "PRESIDENT: Well, ..."), are one
    label the archive's wrap cut in two. A transcript names a speaker once in full, name
    and office, and a narrow column breaks that name anywhere; a heading in capitals
    never ends on a colon with a speech after it, and a label never stops on a full stop."""
    from briefing.ingest.speakers import speaker_of

    prev = prev.strip()
    line = line.strip()
    words = prev.split()
    if not words or len(words) > LABEL_HEAD_MAX_WORDS or not _LABEL_HEAD.match(prev):
        return False
    found = speaker_of(line)
    if found is not None:
        who = found[0]  # "PRESIDENT: Well, ..." (the turn's speech on the label's line)
    elif line[-1:] in ":：" and _LABEL_HEAD.match(line[:-1].rstrip()):
        who = line[:-1]  # "FISCHER - DEPUTY PRIME MINISTER:" (a label line of its own)
    else:
        return False
    if not who.isupper():
        return False
    # Only a name's shape: a name and its office set apart by a spaced dash, or a head
    # stopping on a title or an article no label ends on ("THE" / "PRESIDENT:"). A lone
    # heading in capitals over a first turn ("INTRODUCTION" / "PM: ...") is neither.
    dashed = any(w in ("-", "–") for w in f"{prev} {who}".split())
    if not dashed and words[-1].rstrip(".") not in _TITLES:
        return False
    # (Counted without a spaced dash: "TIM FISCHER - DEPUTY PRIME MINISTER".)
    size = len([w for w in f"{prev} {who}".split() if w not in ("-", "–")])
    return size <= LABEL_MAX_WORDS


MIN_CAPS_LETTERS = 3  # ("2", "A" alone: a page's number or a letter, not a line of capitals)


def _in_capitals(text: str) -> bool:
    return in_capitals(text, MIN_CAPS_LETTERS)


def caps_heading_cut(prev: str, line: str) -> bool:
    """Whether ``prev``, a line in capitals stopping on an article, a conjunction or a
    tight preposition ("REPORT OF THE COMMITTEE ON THE", "NEWS RELEASE FROM", "ON THE
    OCCASION OF"), goes on in ``line``, the next line in capitals ("ELIMINATION OF ...",
    "1998 HUMAN RIGHTS MEDAL"). A heading or a title block's line is a whole phrase and
    never ends so (cut_lines): a narrow column or the archive's blank lines cut it."""
    from briefing.ingest.cut_lines import DANGLING_WORDS
    from briefing.ingest.patterns import match_label
    from briefing.ingest.speakers import speaker_of

    prev, line = prev.strip(), line.strip()
    words = prev.split()
    if len(words) < 2 or not _in_capitals(prev) or not _in_capitals(line):
        return False
    last = words[-1]
    if len(last) < 2 or last.lower() not in DANGLING_WORDS:
        return False  # ("PLAN A", "ANNEX E": a single letter names a part, it dangles not)
    return speaker_of(line) is None and match_label(line) is None


def bracket_goes_on(prev: str, line: str) -> bool:
    """A bracket opened on ``prev`` and closed on ``line`` ("Policy rate decision (to be
    notified on 5" / "November 2025 at 09.30 am)"): one parenthesis, so one paragraph cut
    by the wrap. A bracket is closed in the paragraph that opened it; a paragraph's end
    never leaves one open, and the next paragraph opening with a closing bracket before
    any opening one would be nothing a writer prints. (A label closing on its bracket,
    "a) ...", opens a unit: the caller checks labels.)"""
    if "(" not in prev or ")" not in line:
        return False  # (the quick test: most lines hold no bracket)
    if prev.count("(") <= prev.count(")"):
        return False
    close, opening = line.find(")"), line.find("(")
    return opening < 0 or close < opening


# A line opening on a figure or word closed by a bracket ("93) qui ...", "00140) with"):
# the shape of a label "1)", "a)".
_CLOSED_OPENING = re.compile(r"^[^\W_][\w./-]{0,11}\)")
_MID_CLAUSE_ENDS = (",", "-", "–", "/")


def bracket_closed_by_figure(prev: str, line: str) -> bool:
    """A line opening on what reads as a label ("93)", "2001)", "00140)") that closes a
    bracket the line above left open and stopped mid-clause on (a comma, a hyphen, a
    slash: "lycée X (Saint-Denis," / "93) qui est reçu ...", "(ref. no. 2023-" /
    "00140) with regard to"): a number the wrap carried to the line start, inside the
    bracket, not a list's item. A list's item never opens while the line above is inside
    a bracket and cut in the middle of a clause; a label's bracket closes nothing."""
    if not prev.endswith(_MID_CLAUSE_ENDS) or not _CLOSED_OPENING.match(line):
        return False
    return bracket_goes_on(prev, line)


# A sentence's end carrying a flattened note marker: "... the trend.7", "... reform).12"
# (a word's or a bracket's stop: "5.552" is a figure).
_STOP_AND_MARKER = re.compile(r"(?:[^\W\d_]|[)”’\"])[.!?][)”’\"]?\d{1,3}$")
NOTE_CUT_FILL = 0.85  # the two halves fill at least this much of the text's measure


def cut_at_note_mark(prev: str, line: str, width: int, reach: int = 0) -> bool:
    """A short line ending on a sentence and its note marker ("... over the trend.7"),
    over a line that fills the rest of the same printed line ("Inflation is easing ..."
    with the two together one line's length): a text extractor that follows baselines
    breaks the line at the raised marker, and the paragraph goes on under it. A
    paragraph that really ends on a note leaves a short last line over a next
    paragraph's full first line, together far longer than the measure. (The caller
    leaves what opens a unit of its own, a label or a note, as it is.)"""
    if not width or not _STOP_AND_MARKER.search(prev):
        return False
    if not (line[:1].isalpha() or line[:1] in "(“‘\"'«"):
        return False  # ("? Outstanding ...": a bullet the extraction turned into a mark)
    together = len(prev) + 1 + len(line)
    return width * NOTE_CUT_FILL <= together <= (reach or width) + 2
