"""Cue words in French, Spanish, German and Portuguese, beside the English ones in draft.py.

Foreign ministries, central banks and international organisations publish in these
languages with the same moves as in English: a heading "Antecedentes" or "Hintergrund"
before the context, "tras"/"à la suite de" naming the step before, and a small set of
verbs by which a body decides ("decidió", "a décidé", "beschloss", "aprovou"). Short
lists on purpose: a cue that is right in every release beats a long list that guesses.
Forms are written as stems with their common endings; matching is case-insensitive and
accents are written as releases print them. Add a language here, nothing elsewhere.
"""

from __future__ import annotations

import re

# Headings under which a release gives its context.
BACKGROUND_HEADINGS = {
    "fr": ("contexte", "historique", "rappel", "notes? aux rédactions", "antécédents"),
    "es": ("antecedentes", "contexto", "notas? para (?:los )?editores", "historia"),
    "de": ("hintergrund", "kontext", "vorgeschichte", "hinweise? für redaktionen"),
    "pt": ("antecedentes", "contexto", "enquadramento", "histórico", "notas? aos editores"),
}
# Words naming the step before this one or how long a matter has run.
EARLIER = {
    "fr": (r"à la suite d[eu']", r"suite à", "précédemment", "auparavant", r"depuis (?:le|la|l')",
           r"lors de (?:sa|son|la) (?:dernière|précédente)", r"l'an(?:née)? dernier",
           "précédente?s?"),
    "es": ("tras", r"a raíz de", "anteriormente", r"desde (?:el|la|que)", r"el (?:año|mes) pasado",
           r"en su (?:anterior|última) (?:reunión|sesión)", "anteriores?"),
    "de": ("nach (?:der|dem)", "zuvor", "seit", r"im vergangenen (?:Jahr|Monat)",
           r"auf (?:seiner|ihrer) (?:letzten|vorherigen) (?:Sitzung|Tagung)", "vorherigen?"),
    "pt": (r"na sequência d[aeo]", "após", "anteriormente", r"desde (?:o|a|que)",
           r"no (?:ano|mês) passado", r"na sua (?:última|anterior) (?:reunião|sessão)",
           "anteriore?s?"),
}  # fmt: skip
# Words naming the occasion: meeting, session, summit, visit.
OCCASION = {
    "fr": ("réunion", "session", "sommet", "visite", "conférence", "entretiens?", "en marge"),
    "es": ("reunión", "sesión", "cumbre", "visita", "conferencia", "conversaciones", "en el marco"),
    "de": ("Sitzung", "Tagung", "Gipfel", "Besuch", "Konferenz", "Gespräche", "am Rande"),
    "pt": ("reunião", "sessão", "cimeira", "cúpula", "visita", "conferência", "à margem"),
}
# Verbs by which a body acts or decides (third person, present and past).
DECISION_VERBS = {
    "fr": (r"a décidé", r"décid(?:e|ent)", r"a (?:adopté|approuvé|annoncé|maintenu|relevé|abaissé)",
           r"adopt(?:e|ent)", r"approuv(?:e|ent)", r"annonc(?:e|ent)", r"a voté",
           r"condamn(?:e|ent)",
           r"maint(?:ient|iennent)", r"ont (?:décidé|adopté|voté|approuvé)"),
    "es": (r"decidi(?:ó|eron)", r"decide[n]?", r"aprob(?:ó|aron)", r"aprueba[n]?",
           r"adopt(?:ó|aron|a|an)", r"anunci(?:ó|aron|a|an)", r"mantuvo", r"mantiene[n]?",
           r"vot(?:ó|aron)", r"conden(?:ó|a)", r"(?:subió|bajó|redujo|elevó|aumentó)",
           r"acord(?:ó|aron)"),
    "de": (r"beschlo(?:ss|ß)(?:en)?", r"beschließt", r"entschied(?:en)?", r"entscheidet",
           r"hat (?:beschlossen|entschieden|angenommen|verabschiedet|gebilligt)",
           r"verabschiedet(?:e|en)?", r"billigt(?:e|en)?", r"kündigt(?:e)? an",
           r"beließ", r"belässt", r"(?:erhöhte|senkte)", r"stimmt(?:e|en) (?:für|gegen)",
           r"verurteilt(?:e)?"),
    "pt": (r"decidi(?:u|ram)", r"decide[m]?", r"aprov(?:ou|aram|a|am)", r"adot(?:ou|aram|a|am)",
           r"anunci(?:ou|aram|a|am)", r"mant(?:eve|iveram|ém)", r"vot(?:ou|aram)",
           r"conden(?:ou|a)", r"(?:elevou|reduziu|baixou|aumentou)", r"acord(?:ou|aram)"),
}  # fmt: skip


def _alternation(table: dict[str, tuple[str, ...]]) -> str:
    return "|".join(form for forms in table.values() for form in forms)


# Word edges that work for accented words too (\b sees "é" as a word letter in Python 3).
BACKGROUND_HEADING = re.compile(rf"^\W*(?:{_alternation(BACKGROUND_HEADINGS)})\b", re.I)
EARLIER_CONTEXT = re.compile(rf"(?<!\w)(?:{_alternation(EARLIER)})(?!\w)", re.I)
OCCASION_CONTEXT = re.compile(rf"(?<!\w)(?:{_alternation(OCCASION)})(?!\w)", re.I)
DECISION = re.compile(rf"(?<!\w)(?:{_alternation(DECISION_VERBS)})(?!\w)", re.I)
