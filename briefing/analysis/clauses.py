"""Cutting a long sentence so that what is left still states something whole.

A briefing note quotes a release's sentences; a long one is cut to fit a key point or the
bottom line. A reader takes a cut sentence at its word, so the part kept must be a complete
statement: a sentence end is best, a semicolon next (it closes an independent clause), then
a clause boundary after a clause that has its subject, its verb and the verb's object. Cut
anywhere else and the note says something the release did not ("The Council welcomed.").
No ellipsis: a note's reader wants statements, and "…" marks the text as unfinished.
"""

from __future__ import annotations

import re

from briefing.analysis.sentences import split_sentences

# Boundaries after which a new clause or an inserted phrase starts, best first.
_CLAUSE_MARKS = (
    ": ",
    " – ",
    " — ",
    ", which ",
    ", while ",
    ", including ",
    ", whereby ",
    ", and ",
    ", but ",
    " and ",
    ", ",
)
# Words a complete clause never ends on: they open a phrase whose rest was cut away.
OPENERS = frozenset(
    """a an the of to for in on at by with from into onto upon under over about against
    between among through during before after without within towards toward across via
    and or but nor that which who whom whose whether if when while as than such including
    notably namely especially particularly inter its their his her our your my this these
    those both either neither each every any all some no not also only very more most less
    is are was were be been being has have had will would can could may might must shall
    should do does did being so too further""".split()
)
# Verbs of a release's decisions and positions that need an object: "The Council welcomed"
# or "MEPs call on" says nothing until the object follows.
_TRANSITIVE = re.compile(
    r"^(?:welcome[sd]?|adopt(?:s|ed)?|approve[sd]?|endorse[sd]?|condemn(?:s|ed)?|"
    r"urge[sd]?|request(?:s|ed)?|demand(?:s|ed)?|recall(?:s|ed)?|note[sd]?|reaffirm(?:s|ed)?|"
    r"recogni[sz](?:es|ed)|support(?:s|ed)?|reject(?:s|ed)?|announce[sd]?|launch(?:es|ed)?|"
    r"sign(?:s|ed)?|discusse[sd]|discuss|consider(?:s|ed)?|stresse[sd]|underline[sd]?|"
    r"emphasi[sz]e[sd]?|express(?:es|ed)?|invite[sd]?|encourage[sd]?|call(?:s|ed)?|"
    r"decide[sd]?|agree[sd]?|provide[sd]?|include[sd]?|ensure[sd]?|make[s]?|made|take[s]?|"
    r"took|give[sn]?|gave|reach(?:es|ed)?|raise[sd]?|lower(?:s|ed)?|cut[s]?|set[s]?|"
    r"hold[s]?|held|receive[sd]?|address(?:es|ed)?|review(?:s|ed)?|"
    # Their participles in -ing open a phrase whose object is still to come: a resolution's
    # "..., reaffirming" or "..., calling upon" cut there says nothing.
    r"(?:welcom|adopt|approv|endors|condemn|urg|request|demand|recall|not|reaffirm|"
    r"recogni[sz]|support|reject|announc|launch|sign|discuss|consider|stress|underlin|"
    r"emphasi[sz]|express|invit|encourag|call|decid|agree|provid|ensur|mak|tak|giv|reach|"
    r"rais|lower|cutt|sett|hold|receiv|address|review)ing)$",
    re.IGNORECASE,
)
# Before an -ing form these make it a noun ("the signing", "a holding", "its setting"),
# itself an object: nothing is missing after it.
_DETERMINERS = frozenset("a an the its their his her our your my this these those".split())


def _ing_noun(word: str, before: str) -> bool:
    return word.lower().endswith("ing") and before.lower() in _DETERMINERS


# Before a participle these make it passive ("was adopted"): no object is missing.
_PASSIVE = frozenset("is are was were be been being get gets got remains remained".split())
# Short phrases dropped into a sentence between commas ("including, if appropriate, ..."):
# the word before them still needs what follows them.
_INSERT_WORDS = 4


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'-]+", text)


def _ends_open(segment: str) -> bool:
    """True when ``segment`` ends on a word that still needs what came after it."""
    words = _words(segment)
    if not words:
        return True
    last = words[-1].lower()
    if last in OPENERS:
        return True
    if _TRANSITIVE.match(last):
        # "was adopted" is complete; "The Council adopted" lacks its object.
        return not (
            len(words) >= 2 and (words[-2].lower() in _PASSIVE or _ing_noun(last, words[-2]))
        )
    return False


# Prepositions that open an adverbial: right after a transitive verb, they put its object
# further on ("welcomed, and endorsed after a long debate, the report").
_PREPOSITIONS = frozenset(
    "after before during in at by with from without within following despite under "
    "over through".split()
)
# Phrasal verbs whose particle is part of the verb: "calls on States" has its object.
_PARTICLES = {"call": ("on", "upon", "for"), "calls": ("on", "upon", "for")}


def _object_deferred(head: str) -> bool:
    """True when a transitive verb in ``head`` is followed by a comma or an adverbial
    rather than its object: the object comes later, beyond the cut."""
    tokens = re.findall(r"[\w’'-]+|,", head)
    for i, word in enumerate(tokens[:-1]):
        if not _TRANSITIVE.match(word) or (
            i and (tokens[i - 1].lower() in _PASSIVE or _ing_noun(word, tokens[i - 1]))
        ):
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].lower().endswith("ly") and tokens[j] != ",":
            j += 1  # "adopted unanimously the budget": an adverb before the object
        nxt = tokens[j].lower() if j < len(tokens) else ""
        particle = _PARTICLES.get(word.lower().removesuffix("ed"), ())
        if nxt == "," or (nxt in _PREPOSITIONS and nxt not in particle):
            return True
    return False


def complete_clause(head: str) -> bool:
    """True when ``head`` reads as a whole statement: a verb with its object, nothing open.

    Rough English rules: the head has a verb, does not end on an article, preposition,
    conjunction, auxiliary or a transitive verb without its object, and no short phrase
    set between commas at its end hides such a word ("including, if appropriate").
    """
    from briefing.analysis.point_text import has_verb

    head = head.rstrip(" ,;:–—")
    if not head or not has_verb(head) or len(_words(head)) < 4:
        return False
    if _ends_open(head) or _object_deferred(head):
        return False
    # "... including, if appropriate" and "... welcomed, in particular": the word before
    # the inserted phrase is what is left open.
    parts = head.split(", ")
    while len(parts) > 1 and len(_words(parts[-1])) <= _INSERT_WORDS:
        parts.pop()
        if _ends_open(parts[-1]):
            return False
    # An opening parenthesis or quotation never closed: the cut fell inside it.
    return head.count("(") <= head.count(")") and head.count("“") <= head.count("”")


def _last_boundary(window: str, marks: tuple[str, ...], floor: int) -> int:
    """The end of the latest complete clause in ``window`` before one of ``marks``."""
    best = -1
    for mark in marks:
        pos = window.rfind(mark)
        while pos >= floor:
            if pos > best and complete_clause(window[:pos]):
                best = pos
                break
            pos = window.rfind(mark, 0, pos)
    return best


def _close(text: str) -> str:
    text = text.rstrip(" ,;:–—")
    return text if text.endswith((".", "!", "?", "…", "。")) else text + "."


def _sentence_ends(text: str) -> list[int]:
    """Where sentences end inside ``text``, by the release's sentence rules: a full stop
    after "Mr.", "Pty." or an initial ends nothing, so a cut never leaves "..., Mr."."""
    return [s.end for s in split_sentences(text)][:-1]


def first_sentence(text: str) -> str:
    ends = _sentence_ends(text)
    return text[: ends[0]] if ends else text


def trim(text: str, limit: int) -> str:
    """``text`` cut to about ``limit`` characters, still a whole statement, never mid-word.

    Order of preference: a sentence end; a semicolon; a clause boundary after a complete
    clause (subject, verb and object); else the whole first sentence when it is no longer
    than 1.5 × ``limit`` (a longer statement is better than a broken one); else the best
    complete-clause boundary within that 1.5 ×; else the first sentence, over budget.
    Each cut keeps at least a third of the budget, so a point is never a stub.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    floor = limit // 3
    window = text[:limit]
    cut = max((end for end in _sentence_ends(text) if end <= limit), default=-1)
    if cut >= floor:
        return window[:cut]
    cut = window.rfind("; ")
    if cut >= floor and complete_clause(window[:cut]):
        return _close(window[:cut])
    cut = _last_boundary(window, _CLAUSE_MARKS, floor)
    if cut >= floor:
        return _close(window[:cut])
    sentence = first_sentence(text)
    if len(sentence) <= limit * 1.5:
        return sentence
    wider = text[: int(limit * 1.5)]
    cut = _last_boundary(wider, ("; ", *_CLAUSE_MARKS), floor)
    if cut >= floor:
        return _close(wider[:cut])
    return sentence
