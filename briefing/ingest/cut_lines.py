"""Lines a wrap or a page break cut off mid-phrase, which look short and bare like a
heading but are the first half of a sentence.

A heading is a whole phrase: it never stops on an article, a conjunction or the
preposition that ties a noun to what follows ("What is required now is the equivalent
of the" / "Marshall Plan ..."), nor on a word broken at its hyphen ("... the cement of
anti-" / "Sovietism ..."). Text taken from a scanned or laid-out page leaves such lines
alone between blank lines, where the rules for short lines would take them for headings.
"""

from __future__ import annotations

# Words that cannot end a phrase in English, French, Spanish, Portuguese, German and
# Italian: articles, coordinating conjunctions and the tightest prepositions. (Not
# "on", "in", "about", "over": "What we are working on" ends a heading.)
DANGLING_WORDS = {
    "the", "an", "of", "and", "or", "nor", "to", "with", "from", "for", "by", "that",
    "le", "la", "les", "des", "du", "et", "el", "los", "las", "del", "y", "que",
    "o", "os", "as", "do", "da", "dos", "das", "e", "der", "die", "und", "il",
    "lo", "gli", "della", "dei", "delle",
}  # fmt: skip
# The same words in Indonesian and Malay: conjunctions ("atau", "serta"), the relative
# "yang" and the tight prepositions; "dan" ("and") only after a clause's comma or
# semicolon, as it is also Croatian, Serbian and Slovene for "day" ("Svjetski dan").
# Their acts cite each law by number and subject, "Undang-Undang Nomor 7 Tahun 2031
# tentang" / "Pelabuhan ...", and close each entry of a list on "; dan", so text
# taken from their PDFs cuts such lines at the wrap; a heading never stops on them
# (session 42: Kominfo's regulation as pdftotext plain and layout text, BAPETEN's as
# layout text). Kept apart from DANGLING_WORDS, which wrap_cuts reads for capitals.
MALAY_DANGLING_WORDS = {
    "tentang", "atau", "serta", "yang", "dengan", "dari", "untuk", "oleh",
    "kepada", "terhadap",
}  # fmt: skip
MIN_WORDS = 3  # ("Terms of" alone is a table's label, not a cut sentence)
# "do" and "die" are Portuguese's and German's "of the" and "the", but English verbs
# that end a phrase after "to", a pronoun or a modal: "What you need to do", "Things to
# do", "What we do", "Do or die" are whole headings (session 42 review: a guidance
# note's "B. What you need to do" read as a list's entry, and unlabelled, as no heading).
_ENGLISH_VERBS = frozenset(("do", "die"))
_ENGLISH_BEFORE_VERB = frozenset((
    "to", "we", "you", "they", "i", "can", "will", "must", "should", "shall", "may",
    "might", "could", "would", "not", "cannot", "never", "or", "and", "does", "did",
))  # fmt: skip


def cut_mid_phrase(text: str) -> bool:
    """Whether ``text`` stops where no phrase can: on an article, a conjunction or a
    tight preposition, or inside a word broken at its hyphen ("anti-")."""
    words = text.split()
    if len(words) < MIN_WORDS:
        return False
    last = words[-1]
    if last[-1:] == "-" and last[-2:-1].isalpha():
        return True  # "anti-": a word broken at the line's end ("- " dashes stand apart)
    if last == "a":
        return True  # (lower case only: "Annex A", "Plan A" end on a capital)
    if len(last) < 2 or not last[:1].islower():
        return False
    if last == "dan":
        return words[-2].endswith((",", ";"))  # "...; dan": a list's entry goes on
    if last in _ENGLISH_VERBS and words[-2].lower() in _ENGLISH_BEFORE_VERB:
        return False  # "What you need to do": an English verb closing its phrase
    return last.lower() in DANGLING_WORDS or last in MALAY_DANGLING_WORDS
