"""Words that make a sentence lean on the one before it, in the drafter's languages.

A note prints a release's sentences one by one, out of their paragraph. A sentence that
opens with a connective ("In particular,", "Ainsi,", "Asimismo,") points back at a
sentence the note does not print: the connective goes. A sentence whose subject is a
pronoun or a plural demonstrative ("They", "Il", "Estas medidas", "Sie") names nobody on
its own: it may be a key point, but never the bottom line, and never the Background.

Singular demonstratives stay out of the lists on purpose: "This week", "Ce lundi",
"Este martes", "Diese Woche" open news leads in every language. French "Il" is left alone
where it is impersonal ("Il a été décidé", "Il est rappelé"), how French minutes record
decisions. German connectives are followed by the verb (no comma), so cutting them would
leave a broken sentence: they mark the sentence as leaning instead.
"""

from __future__ import annotations

import re

# A connective and its comma, cut from the start of a sentence the note prints alone.
CONNECTIVE = re.compile(
    r"^(?:Well,? look,?\s+(?=\w)|"
    r"(?:Meanwhile|In addition|Additionally|Furthermore|Moreover|Also|However|"
    r"In particular|At the same time|In this regard|To this end|"
    # A spoken list's enumerator ("Number two, everyone ...") leans on items not printed.
    r"Number (?:one|two|three|four|five|six)|(?:First|Second|Third|Fourth|Last)(?:ly)?|"
    r"Finally|"
    # Pointing back at what was said before ("As has been mentioned, the Jesuits' ...")
    r"As (?:has been|was|I have|I) (?:mentioned|said|noted)(?: (?:before|earlier))?|"
    r"Comme (?:il a été|je l['’]ai) (?:dit|mentionné|rappelé)|"
    r"Como (?:se ha|he) (?:dicho|mencionado|señalado)|"
    # French
    r"En particulier|Ainsi|Par ailleurs|En outre|De plus|Cependant|Toutefois|Néanmoins|"
    r"En effet|Dans ce cadre|Dans ce contexte|À cet égard|A cet égard|D'autre part|"
    r"D’autre part|Par conséquent|En conséquence|Enfin|Également|De même|"
    # Spanish
    r"En particular|Asimismo|Además|Por otra parte|Sin embargo|No obstante|Por lo tanto|"
    r"En este sentido|En este contexto|Por último|Finalmente|Así|De este modo|Igualmente|"
    r"Del mismo modo|Por consiguiente|En consecuencia|"
    # Portuguese
    r"Em particular|Além disso|Por outro lado|No entanto|Contudo|Assim|Dessa forma|"
    r"Desta forma|Nesse sentido|Neste sentido|Por fim|Ademais|Portanto|"
    # A spoken reply's first word ("Well, I think ...", "Écoutez, ...", "Bueno, ..."):
    # it answers a question the note does not print.
    r"Well|Look|Yes|Yeah|No|Sure|Oh|Okay|Écoutez|Oui|Non|Bueno|Mire|Pues|Sí|"
    r"Ja|Nein|Na ja|Naja),\s+"
    r"|(?:And|But|So)(?: so)?,?\s+(?=\w))"
)

# A sentence that names nobody by itself, or hangs on the one before.
DANGLING = re.compile(
    r"^(?:And|But|So|Or|They|These|Those|Such|He|She|It|Its|As I|I think|Also|However"
    # A reason with no main clause ("Because that was the advice.") answers a question;
    # "Because of the storm, ..." and "Because X, Y" are whole sentences.
    r"|(?:Because(?! of)|Parce que?|Parce qu['’]|Porque|Weil)(?![^,;]*,)"
    # French: pronouns (not the impersonal "Il a été / Il est / Il convient / Il y a")
    r"|Ils|Elles|Elle|Il(?! (?:a été|est|convient|s['’]agit|y a|faut)\b)|Ces|Ceux|Celles?|"
    r"Cela|Ceci|Et|Mais|Or|Donc"
    # Spanish and Portuguese: plural demonstratives, pronouns, conjunctions
    r"|Estos|Estas|Dichos?|Dichas?|Ello|Ellos|Ellas|Él|Ella|Tales|Y|Pero"
    r"|Estes|Esses|Essas|Tais|Ele|Ela|Eles|Elas|E|Mas"
    # German: pronouns and the connectives that take the verb straight after them
    r"|Er|Sie|Dabei|Damit|Dazu|Deshalb|Daher|Darüber hinaus|Außerdem|Zudem|Ferner|"
    r"Allerdings|Jedoch|Und|Aber)\b(?![’'-])"
)

# Words tying a sentence to the one before: the Summary's first sentence has none.
LEAD_CONNECTIVE = re.compile(
    r"^(?:Accordingly|Therefore|Consequently|As a result|Thus|Hence|"
    r"Dès lors|Donc|Por ende|Por tanto|Portanto|Por conseguinte|Daher|Deshalb), "
)


def without_connective(text: str) -> str:
    """``text`` without a leading connective, its next word capitalised."""
    stripped = CONNECTIVE.sub("", text)
    if stripped == text:
        return text
    return stripped[:1].upper() + stripped[1:]


def leans_back(text: str) -> bool:
    """Whether ``text`` opens on a pronoun, a plural demonstrative or a conjunction."""
    return bool(DANGLING.match(text))


# A conjunction opening a sentence: a speech's rhetorical run ("And the millions who ..."),
# often no sentence at all once the conjunction is cut.
_CONJUNCTION = re.compile(r"^(?:And|But|So|Or|Et|Mais|Donc|Y|Pero|E|Mas|Und|Aber)\b(?![’'-])")


def opens_on_conjunction(text: str) -> bool:
    """Whether ``text`` (as printed, before its connective is cut) opens on a conjunction."""
    return bool(_CONJUNCTION.match(text))
