"""Civilities: the thanks, greetings, apologies and congratulations that open and close
speeches.

"Monsieur le Président, je voudrais vous remercier pour l'accueil chaleureux",
"Desidero ringraziare il Prof. Otto per aver organizzato il Summit", "Mr. Chair, allow
me to congratulate you on your appointment": a speaker's courtesy to the room, never what
a minister needs to know. They are told apart from news that uses the same verbs ("The
Council welcomed the ceasefire", "Le Conseil salue l'accord") by who speaks: a courtesy
is said in the first person ("I", "je voudrais", "desidero", "allow me to") or to the
room (a vocative: "Mr. Chair,", "Excellencies,", "Monsieur le Président ...,"), with the
courtesy verb in its first words.
"""

from __future__ import annotations

import re

# Verbs (and nouns) of courtesy, in the languages of the drafter.
_COURTESY = (
    r"(?:thank\w*|congratulat\w*|greet\w*|gratitude|appreciation|"
    r"remerci\w*|félicit\w*|hommage|agradec\w*|felicit\w*|ringrazi\w*|congratul\w*|"
    r"dank\w*|gratulier\w*|agradeç\w*|obrigad\w*|parabeniz\w*|cumprimentar\w*|"
    # Welcome and greet only when said to people: "We welcome the agreement" is news.
    r"welcome (?:you|all|everyone|every|our|the participants|delegat\w*|to)\b|"
    r"(?:vous|les|te) salu\w*|bienvenue|bienvenid\w*|saludar\w*|benvenut\w*|"
    r"salutar\w*|willkommen|begrüß\w*|saudar\w*|"
    r"salut[oi]|saludos?|salutations|greetings|cumprimentos|"
    # Apologies to the room ("Quiero excusarme por el tiempo que han tenido que esperar").
    r"apologi[sz]\w*|excus\w*|disculp\w*|entschuldig\w*|desculp\w*|scus\w*)"
)
# The speaker's own voice opening the sentence (after a vocative, perhaps).
_SPEAKER = (
    r"(?:(?-i:I|Eu)|We|Je|J['’]|Nous|Yo|Quiero|Deseo|Quisiera|Me gustaría|Desidero|Vorrei|Voglio|"
    r"Ich|Wir|Gostaria|Let me|Allow me|Permit me|Permettez-moi|Permítanme|"
    r"Permítame|Mi permetta|Consentitemi|Lassen Sie mich|Permitam-me|"
    # Verbs of sending one's greetings: "Rivolgo un saluto a ...", "J'adresse mes ..."
    r"Rivolgo|Porgo|Invio|Envío|Dirijo|J['’]adresse|Endereço|Extend|I extend)\b"
)
# Words that address the room.
_VOCATIVE = (
    r"(?-i:(?:Mr|Mrs|Ms)\.?|Madam|Madame|Monsieur|Messieurs|Mesdames|Señor|Señora|Señores|"
    r"Signor\w*|Herr|Frau|Your Excellenc\w*|Excellenc\w*|Excelentísim\w*|Excelência|"
    r"Distinguished|Dear|Cher|Chers|Chère|Ladies|Damas|Sehr geehrte\w*|Gentile|Egregi\w*)"
    r"(?!\w)"
)
_CIVILITY = re.compile(
    # (the courtesy within the speaker's first eight words: "je voudrais, à l'entame de
    # mon propos, vous saluer"; "We will double ..., which we welcome" is no courtesy)
    rf"^(?:{_VOCATIVE}[^.;:]{{0,100}}?,\s*|[^.;:]{{0,100}}?,\s*)?{_SPEAKER}(?:[^\S\n]+[^\s.;:]+){{0,8}}?[^\S\n]+"
    rf"{_COURTESY}"
    rf"|^{_VOCATIVE}[^.;:]{{0,100}}?\b{_COURTESY}",
    re.IGNORECASE,
)


def is_civility(text: str) -> bool:
    """Whether ``text`` is a speaker's courtesy to the room (thanks, welcome, homage)."""
    return bool(_CIVILITY.match(text))
