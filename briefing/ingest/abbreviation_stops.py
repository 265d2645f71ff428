"""A line stopping on an abbreviation's full stop: where a wrap, not a sentence, ended it.

One list for every rule that joins a wrapped line or a page's halves (``segment``'s wrap
tests, ``mend``'s page breaks), so they agree on which full stops end no sentence.
Two kinds:

- an abbreviation that never closes a sentence ("No.", "art.", "e.g.", German "Nr.",
  "z. B.", Spanish "núm."): the words a reference, an example or a title still has to
  name come after it, whatever the next line opens with;
- an initialism in capitals ("U.S.", "U. S.", "U.K."), which may close a sentence ("...
  sanctioned by the U.S." / "The Council ..."): only a next line opening in lower case
  says the sentence went on ("... the view that the U.S." / "economy was ...").
"""

from __future__ import annotations

from briefing.lazyre import lazy

# Abbreviations whose full stop ends no sentence: "Sales No.", "vol.", "para."; German
# "Nr." "Abs." "vgl." "bzw." "Ziff.", Spanish "núm." "Sra.", French "p. ex." ("ex.").
ABBREVIATIONS = {
    "no.", "nos.", "vol.", "vols.", "para.", "paras.", "art.", "arts.", "p.", "pp.", "mr.",
    "mrs.", "ms.", "dr.", "st.", "e.g.", "i.e.", "cf.", "sect.", "ch.", "fig.", "op.",
    "sr.", "jr.", "prof.", "gen.", "col.", "lt.", "h.e.", "amb.", "approx.", "corr.", "rev.",
    "add.", "suppl.", "ibid.", "nº.", "n°.",
    "viz.", "incl.", "nr.", "abs.", "vgl.", "bzw.", "ziff.", "inkl.", "z.b.", "núm.", "sra.",
    "ex.",
}  # fmt: skip

# Two-word forms, spaced as German prints them: "z. B." ("for example"), "d. h." ("that is").
_SPACED_ABBREVIATIONS = {"z. b.", "d. h."}

# Brackets and quotes that may open the last word: "(e.g." / "shipping and aviation law)".
_OPENERS = "([{“‘\"'«„"

# Two or more capitals each with its full stop, perhaps spaced: "U.S.", "U. S.", "U.K.".
_INITIALISM_END = lazy(r"(?:^|[\s(])(?:[A-Z]\.\s?){1,3}[A-Z]\.$")

# A next line opening in lower case, perhaps after a bracket or quote.
_OPENS_LOWER = lazy(r"^[(‘“\"']?[a-zà-ÿ]")


def _last_word(text: str) -> str:
    return (text.rsplit(None, 1) or [""])[-1].lstrip(_OPENERS).lower()


def stops_on_abbreviation(text: str) -> bool:
    """Whether ``text`` stops on an abbreviation no sentence ends on ("... Sales No.",
    "... transport law (e.g.", "... gemäß Abs.", "... z. B.")."""
    if text[-1:] != ".":
        return False  # (most lines: no look at the words)
    if _last_word(text) in ABBREVIATIONS:
        return True
    return text[-5:].lower() in _SPACED_ABBREVIATIONS and (len(text) == 5 or text[-6].isspace())


def initialism_goes_on(text: str, line: str) -> bool:
    """Whether ``text``, stopping on an initialism's full stop ("... the U.S."), goes on
    in ``line``: a line opening in lower case ("economy was ...") is the same sentence's
    next word, as no paragraph, heading or list entry opens in lower case. Under a line
    stopping so, a capital opens a new sentence as often as it continues a name."""
    return (
        text[-1:] == "."
        and _OPENS_LOWER.match(line) is not None
        and _INITIALISM_END.search(text[-12:]) is not None
    )


def abbreviation_goes_on(text: str, line: str) -> bool:
    """Whether the full stop closing ``text`` is an abbreviation's that ``line`` goes on
    from (either kind above, for a line opening in lower case)."""
    return _OPENS_LOWER.match(line) is not None and (
        stops_on_abbreviation(text) or initialism_goes_on(text, line)
    )
