"""The wording of a drafted point: markup out, run-in labels and datelines off, a complete
sentence trimmed at a clause boundary, glued words spaced.

Shared by the drafting (``draft``) and the note's composer (``briefing.brief.compose``).
"""

from __future__ import annotations

import re

from briefing.analysis.clauses import trim
from briefing.analysis.leaning import (
    LEAD_CONNECTIVE,
    without_connective,
)
from briefing.analysis.tokens import tokens, word_count
from briefing.model import Node, Release

POINT_CHARS = 380  # ~4 lines: a key point longer than that is a paragraph, not a point
GLUE_SCAN_CHARS = 200_000

# Markdown a reader can leave in text: escapes ("1\."), emphasis, list bullets.
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_EMPHASIS = re.compile(r"(\*\*|__|\*(?=\S)|(?<=\S)\*)")
_BULLET = re.compile(r"^(?:[•●▪◦○□■\-–*]+|\(?[0-9]{1,3}[.)]|\(?[a-z]{1,3}\)|[ivx]{1,5}\.)\s+")

SENTENCE_END = ".!?…。"
CLOSERS = '’”"»)]'


def clean_text(text: str) -> str:
    """Markup, bullets and line breaks out; glued words kept for ``finish``."""
    text = " ".join(text.split())
    text = _ESCAPE.sub(r"\1", text)
    text = without_connective(text)
    if "*" in text or "__" in text:  # the pattern's lookbehind scans every position
        text = _EMPHASIS.sub("", text)
    for _ in range(2):
        text = _BULLET.sub("", text)
    return text.strip(" -–—").strip()


# A run-in heading printed before a paragraph ("Monetary Policy Decision: The board ...",
# "Basic air connectivity: the temporary rules ..."): a label, not part of the sentence.
_RUN_IN = re.compile(r"^([A-Z][\w’'()-]*(?: [\w’'()-]+){0,4}): (?=[A-Za-z])")


def without_note_markers(text: str, node: Node | None) -> str:
    """``text`` without the numbers of ``node``'s footnotes left after the punctuation they
    follow ("... under the Convention,4 recalling ..."): a superscript flattened into text.
    The outline links each note to its paragraph; a drafted point drops the stray number.
    (Only after a letter and a stop or comma: no figure is written so, "1,000" has a digit
    before its comma.)"""
    if node is None:
        return text
    for child in node.children:
        marker = child.attrs.get("marker", "") if child.kind == "footnote" else ""
        if marker.isdigit() and marker in text:
            for found in re.finditer(rf"(?<=[^\W\d_][,.;:)\]”’]){marker}(?=\s|$)", text):
                if _after_word(text, found.start() - 1):
                    text = text[: found.start()] + text[found.end() :]
                    break
    return text


def _after_word(text: str, stop: int) -> bool:
    """Whether the stop at ``stop`` closes a word a note may follow: two letters or more,
    not all capitals. A point after an initial or a numeral is a section's number, not a
    note's ("p.3", "Chapter IV.2", "Section A.1"): its digit is the text's."""
    start = stop
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    word = text[start:stop]
    return len(word) >= 2 and not word.isupper()


def without_run_in(text: str) -> str:
    found = _RUN_IN.match(text)
    if not found:
        return text
    label, rest = found.group(1), text[found.end() :]
    # A label has no verb; what follows must be a sentence of its own. Words said by a
    # person ("Senator Evans: We will ...") keep their speaker.
    if has_verb(label) or not has_verb(rest) or len(rest.split()) < 5:
        return text
    if re.match(r"(?:I|We|we|Our|our)\b", rest):
        return text
    return rest[:1].upper() + rest[1:]


def finish(text: str, limit: int = POINT_CHARS) -> str:
    """A complete sentence: list punctuation closed, cut at a clause boundary if long."""
    text = text.rstrip(" ,;:")
    if len(text) > limit:
        text = trim(text, limit)
    if text and text[-1] not in SENTENCE_END + CLOSERS:
        # Chinese and Japanese close a sentence with their own full stop.
        text += "。" if "\u3040" <= text[-1] <= "\u9fff" else "."
    return text[0].upper() + text[1:] if text and text[0].islower() else text


def is_complete_sentence(text: str, language: str = "en") -> bool:
    """Ends with a full stop (bullets and headlines do not) and, in English, has a verb."""
    body = text.rstrip(CLOSERS)
    if not body or body[-1] not in SENTENCE_END + ";" or word_count(text) < 5:
        return False
    if body.endswith(("...", "…")):
        return False  # a teaser a web page cut at a length, not a sentence
    return not language.startswith("en") or has_verb(text)


_AUXILIARY = frozenset(
    "is are was were be been being has have had will would can could may might must shall "
    "should do does did said says".split()
)


def has_verb(text: str) -> bool:
    """A rough English test: some lower-case word is a finite verb form. Bylines and
    headlines ("Election of the Committee.") have none; a sentence nearly always has."""
    for word in re.findall(r"[A-Za-z’']+", text):
        lower = word.lower()
        if lower in _AUXILIARY:
            return True
        if (
            word.islower()
            and len(word) > 3
            and word.endswith(("ed", "es", "s"))
            and not (word.endswith(("ss", "us", "is", "ous")))
        ):
            return True
    return False


def share_said(part: str, whole: str, language: str) -> float:
    """The share of ``part``'s words that ``whole`` already says."""
    wp = set(tokens(part, language))
    return len(wp & set(tokens(whole, language))) / (len(wp) or 1)


class WordSets:
    """Each text's word set, made once: a draft compares every candidate sentence with every
    point taken so far, and tokenising the same sentence again each time was most of its
    cost. Lives for one draft."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._sets: dict[str, frozenset[str]] = {}

    def of(self, text: str) -> frozenset[str]:
        found = self._sets.get(text)
        if found is None:
            found = self._sets[text] = frozenset(tokens(text, self.language))
        return found

    def same(self, a: str, b: str) -> bool:
        """Most words shared: the reader would read the same thing twice."""
        wa, wb = self.of(a), self.of(b)
        if not wa or not wb:
            return False
        return len(wa & wb) / min(len(wa), len(wb)) >= 0.6


# A press release's lead may open on its dateline, the place set off by a dash ("Cairo,
# Egypt — In its meeting ...", "GENEVA (UN News) - The ..."): it says where the text was
# issued, not what happened, and a Summary sentence starts after it.
_DATELINE_OPENER = re.compile(
    r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?"
    r"(?: \([^()]{1,40}\))? ?[—–-]{1,2} (?=[A-Z“\"])"
)


def without_dateline(text: str) -> str:
    match = _DATELINE_OPENER.match(text)
    return text[match.end() :] if match and len(text) - match.end() > 40 else text


# A document's noun with the participle of how it came out and no finite verb ("The
# resolution adopted at the meeting of the Committee.", "The statement issued by ...") is
# a heading run into the lead, not a sentence. Only verbs that take an object: followed
# straight by a preposition they can only be participles ("The Committee voted by a
# majority ..." is a sentence, and "voted" is not in the list).
_PARTICIPLE_PHRASE = re.compile(
    r"^(?:The|A|An|This)(?: [\w-]+){1,3}? (?:adopted|issued|released|published|signed|"
    r"approved|delivered|presented|submitted|prepared|made|given|held) "
    r"(?:at|by|on|in|during|for|from|under)\b"
)


def without_fragment(text: str) -> str:
    """The lead without a verbless first sentence when a sentence follows it."""
    first, sep, rest = text.partition(". ")
    if sep and rest[:1].isupper() and _PARTICIPLE_PHRASE.match(first):
        after = first[_PARTICIPLE_PHRASE.match(first).end() :]
        if not has_verb(after):
            text = rest
    connective = LEAD_CONNECTIVE.match(text)
    if connective:
        text = text[connective.end()].upper() + text[connective.end() + 1 :]
    return text


def glued_repairs(release: Release) -> dict[str, str]:
    """Glued tokens of the release and their spaced forms ("theSeoul" -> "the Seoul").

    Counted over the whole release, where the parts occur on their own often enough to
    be recognised; a very long release is read in its first part, where drafts come from.
    """
    from briefing.ingest.cleanup import find_glued_words

    text = release.text[:GLUE_SCAN_CHARS]
    return {s.before: s.after for s in find_glued_words(text, release.language or None)}


def repair_glued(text: str, repairs: dict[str, str]) -> str:
    """``text`` with every glued token of ``repairs`` spaced, whole tokens only."""
    if not repairs:
        return text
    return re.sub(r"[^\s]+", lambda m: _repair_token(m.group(0), repairs), text)


def _repair_token(token: str, repairs: dict[str, str]) -> str:
    core = token.strip(CLOSERS + "“‘(\"'.,;:!?…")
    if core in repairs:
        return token.replace(core, repairs[core], 1)
    return token
