"""An institution's name as a letterhead prints it, in the languages whose names join
their words with particles English does not have: "Banco Central do Brasil", "Bangko
Sentral ng Pilipinas", "MINISTERO DELLA SALUTE", "Ministério da Saúde", "Bundesamt für
Gesundheit".

``title.is_masthead`` knows the English, French and Spanish shape ("Bank of Thailand",
"Ministère de ..."). The same letterhead in Portuguese, Italian, Filipino, German or Dutch
has the institution's noun, perhaps one word qualifying it ("Central", "Sentral"), then a
particle ("do", "della", "ng", "für", "van") and the name's other words, each
capitalised. Such a line says who issues the paper, the same on every paper, never what
this one is about: a headline about the institution says what it did, with a verb or a
lower-case content word, and so fails the capitalisation test.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

# The institution's noun, first on the line, in the languages above (and their kin).
_NOUNS = (
    r"Bank|Banco|Bangko|Banca|Banque|Banka|Ministry|Ministero|Minist[ée]rio|Ministerio|"
    r"Ministerie|Ministerium|Minist[èe]re|Istituto|Instituto|Dipartimento|Departamento|"
    r"Presidenza|Presid[êe]ncia|Agenzia|Ag[êe]ncia|Agencia|Direzione|Dire[cç][ãa]o|"
    r"Secretaria|Segretariato|Governo|Consiglio|Conselho|Tribunale|Tribunal|Corte|"
    # German builds the noun into one word: "Bundesministerium", "Bundesamt".
    r"\w*(?:ministerium|amt|bank|anstalt|agentur|gericht)"
)
# The particles that join a name's words in those languages.
NAME_PARTICLES = frozenset(
    "do da dos das de di del della dello delle dei degli dell d per ng "
    "für fur der van voor het e y und and of for the la le el".split()
)
_PARTICLE = (
    r"(?:of|for|de|del|du|des|do|da|dos|das|di|della|dello|delle|dei|degli|dell['’]|d['’]|per|ng|f(?:ü|u)r|van|"
    r"voor)"
)
_INSTITUTION = lazy(
    rf"^(?:{_NOUNS})(?:\s+[^\W\d_][\w'’-]*)?\s+{_PARTICLE}(?:\s+|(?<=['’]))[^\W\d_]",
    re.I,
)
# A colon, a comma or a question mark is a headline's ("Ministero della Salute: ...").
_HEADLINE_MARK = lazy(r"[:;,!?]")
INSTITUTION_MAX_WORDS = 8  # a ministry's full name; a headline runs on
UPPER_NAME_MAX_WORDS = 3  # "DELL'ECONOMIA E DELLE FINANZE", "DE RESERVA DEL PERU"


def is_institution_name(text: str) -> bool:
    """Whether ``text`` is only an institution's name joined by another language's
    particles ("Banco Central do Brasil"), all its words capitalised but the particles
    (or all in capitals): a letterhead, never a title."""
    text = " ".join(text.split())
    words = re.findall(r"[^\W\d_]+", text)  # ("dell'Interno": "dell", "Interno")
    if not words or len(words) > INSTITUTION_MAX_WORDS or any(ch.isdigit() for ch in text):
        return False
    if _HEADLINE_MARK.search(text) or not _INSTITUTION.match(text):
        return False
    if text.isupper():
        # In capitals the case says nothing: a name is short after its particle
        # ("... DO BRASIL", "... DELLA SALUTE"); a headline runs on with what it did
        # ("MINISTRY OF LAW SETS UP NEW WILLS REGISTRY").
        first = next((i for i, w in enumerate(words[1:], 1) if w.lower() in NAME_PARTICLES), 1)
        named = [w for w in words[first:] if w.lower() not in NAME_PARTICLES]
        return len(named) <= UPPER_NAME_MAX_WORDS
    return all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words)


__all__ = ["NAME_PARTICLES", "is_institution_name"]
