"""An act's kind printed alone over its subject ("AGREEMENT" / "ON SECURITY COOPERATION
..."): the two lines are one title.

Treaties, memoranda and laws set their kind on a line of its own and the subject under
it, often in a larger type ("AGREEMENT" over "ON SECURITY COOPERATION AND LONG-TERM
SUPPORT", "LAW" over "ON PUBLIC PROCUREMENT", "УГОДА" over "ПРО СПІВРОБІТНИЦТВО ...").
The subject line opens on the preposition that ties it to the kind: no title opens on
"ON" joined to nothing. So when the line picked as the title opens so and the line right
over it names only an act's kind, the title starts at the kind.
"""

from __future__ import annotations

from briefing.lazyre import lazy

# An act's kind, as the line over its subject prints it (in capitals or not).
ACT_KINDS = frozenset({
    "agreement", "accord", "memorandum", "memorandum of understanding", "convention",
    "protocol", "treaty", "declaration", "joint declaration", "arrangement", "charter",
    "law", "decree", "resolution", "regulation", "directive", "decision", "ordinance",
    "accord-cadre", "protocole", "traité", "déclaration", "loi", "décret", "arrêté",
    "acuerdo", "convenio", "tratado", "declaración", "ley", "decreto", "resolución",
    "accordo", "trattato", "dichiarazione", "legge", "abkommen", "vertrag", "erklärung",
    "gesetz", "verordnung", "acordo", "lei", "угода", "закон", "постанова", "указ",
    "соглашение", "договор", "меморандум", "протокол", "декларація", "декларация",
    # Governments' joint texts print their kind so too ("JOINT STATEMENT" / "ON ..."); the
    # kind is also a press paper's label (genre_labels), which alone would leave the
    # title opening on "ON".
    "joint statement", "joint communiqué", "joint communique", "déclaration conjointe",
    "declaración conjunta", "gemeinsame erklärung", "спільна заява", "совместное заявление",
})  # fmt: skip

# The preposition a subject line opens on, tying it to the kind above ("ON ...",
# "BETWEEN ...", "CONCERNING ...", "SUR ...", "SOBRE ...", "ÜBER ...", "ПРО ...").
_SUBJECT_OPENING = lazy(
    r"^\s*(?:on|concerning|regarding|relating\s+to|between|about|sur|relatif|relative|"
    r"portant|entre|sobre|relativo|relativa|su|tra|fra|über|zur|zum|zwischen|про|щодо|"
    r"між|о|об|между)\s",
    flags=2,  # re.I
)


def kind_over_subject(above: str, line: str) -> bool:
    """Whether ``above`` names only an act's kind and ``line`` opens its subject."""
    kind = " ".join(above.lower().split()).strip(" .:-–—")
    return kind in ACT_KINDS and bool(_SUBJECT_OPENING.match(line))
