"""An invocation printed under an act's title opens the enactment; it is not the title's.

Acts, decrees and judgments of many states open their enacting text with a fixed formula
invoking the authority they are made under — "DENGAN RAHMAT TUHAN YANG MAHA ESA" ("By the
grace of God Almighty"), "Im Namen des Volkes", "Au nom du peuple français", "In the name
of God" — set right under the title, often in the same capitals and with no blank line
between, so the head's rules read it on as the title's last line. A formula is never what
the act is about: the title shown leaves it out, and ``title_span`` gives the line a node
of its own, so its words stay a unit of the text.
"""

from __future__ import annotations

from briefing.lazyre import lazy

# Whole lines only (matched casefolded, after the line's closing punctuation is dropped).
_INVOCATION = lazy(
    r"dengan rahmat tuhan yang maha esa"  # Indonesian acts
    r"|in the name of (?:god|allah)\b.*"  # English
    r"|bismillah\b.*|بسم الله الرحمن الرحيم"  # Arabic
    r"|im namen des volkes"  # German judgments
    r"|au nom du peuple (?:français|francais)"  # French judgments
    r"|in nome del popolo italiano"  # Italian judgments
    r"|en nombre del rey|en nombre de la república"  # Spanish
    r"|w imieniu rzeczypospolitej polskiej"  # Polish
)


def is_invocation(line: str) -> bool:
    """A line that is only an invocation formula."""
    bare = " ".join(line.split()).strip(" ,.:;!").casefold()
    return len(bare) < 120 and _INVOCATION.fullmatch(bare) is not None


def without_closing_invocation(span: str) -> str:
    """The title's text (its lines as printed) without a last line that is an
    invocation formula; unchanged when there is none (or nothing would be left)."""
    lines = [line for line in span.split("\n") if line.strip()]
    if len(lines) < 2 or not is_invocation(lines[-1]):
        return span
    return span[: span.rstrip().rfind(lines[-1].strip())].rstrip()
