"""Sentences that say nothing new to a reader: the document describing itself, the standing
mandate or legal basis of the body, and the meeting's procedure.

Minutes, reports and statements of central banks, councils and ministries open with the
same furniture in every issue: "These are the minutes of ...", "The Bank Act 1998 gives
the Committee responsibility for ...", "The meeting was attended by ...", "The next
meeting will be held on ...". It is true of every issue, so it is never the news of
this one: a minister reads it in the first line of each. The drafter demotes such
sentences so that decisions, figures and positions lead (a release with nothing else
still gets them rather than no points at all).

Patterns are anchored where releases print these phrases (mostly at the sentence's
start), so that a decision which merely mentions the next meeting ("until the next
meeting, members agreed to maintain ...") or a legal article is not caught. English,
French, Spanish, German and Portuguese (the languages of ``cues``), and a few Korean forms.
"""

from __future__ import annotations

import re
from functools import lru_cache

SELF, MANDATE, PROCEDURE, NEXT_MEETING = "self", "mandate", "procedure", "next_meeting"
TRANSLATION = "translation"

_DOC = (
    r"(?:minutes|statement|report|record|summary|document|release|press release|note|"
    r"communiqu[ée]|account|paper|publication|notice|letter|bulletin|transcript)"
)
_SELF = re.compile(
    # "These are the minutes of ...", "This statement sets out ...", "The present report ..."
    rf"^(?:These|This|It) (?:are|is) (?:the|a|an) (?:\w+ ){{0,3}}?{_DOC}\b|"
    rf"^(?:This|These|The present|The attached|The following) (?:\w+ ){{0,2}}?{_DOC}s?\b|"
    # "... is presented in the notice ...": the reader is sent to another publication.
    r"\b(?:is|are|was|were) (?:presented|published|set out|described|summari[sz]ed|released)"
    r" (?:in|with) the (?:notice|press release|accompanying|attached)\b|"
    r"\bto (?:issue|publish|release) the following (?:press release|statement|communiqu[ée])|"
    # French, Spanish, German, Portuguese: "Le présent communiqué", "Esta acta", ...
    r"^(?:Le présent|La présente|Les présent(?:e)?s|Ce|Cette|Ces) (?:\w+ ){0,2}?"
    r"(?:procès-verbal|compte rendu|communiqué|rapport|document|note|relevé)\b|"
    r"^(?:El presente|La presente|Este|Esta|Estas|Estos) (?:\w+ ){0,2}?"
    r"(?:actas?|comunicado|informe|documento|nota|minutas?|resumen)\b|"
    r"^(?:Dieses|Diese|Dieser|Das vorliegende|Der vorliegende|Die vorliegende) (?:\w+ ){0,2}?"
    r"(?:Protokoll|Dokument|Bericht|Mitteilung|Pressemitteilung|Zusammenfassung|Vermerk)\b|"
    r"^(?:O presente|A presente|Este|Esta|Estas|Estes) (?:\w+ ){0,2}?"
    r"(?:atas?|comunicado|relatório|documento|nota|resumo)\b|"
    r"^(?:본|이) ?(?:보도자료|자료|보고서|의사록|문서|회의록)",
    re.IGNORECASE,
)
_LAW = r"(?:Act|Law|Statute|Charter|Constitution|Ordinance)"
_MANDATE = re.compile(
    # "Under section 12 of the Act ...", "According to Section 18(c) of the ... Law ..."
    r"^(?:Under|According to|Pursuant to|In accordance with|As (?:required|provided|set out) "
    r"(?:by|in)) (?:the )?(?:section|article|art\.|§|paragraph|[\w’' ]{0,60}\b" + _LAW + r")|"
    # "The Bank of England Act 1998 gives ...": the law as the sentence's subject.
    r"^The [\w’' ]{0,60}\b" + _LAW + r"\b[\w,–/ -]{0,20}\b(?:gives|requires|provides|"
    r"establishes|sets out|assigns|confers|mandates|empowers|stipulates|states|charges)\b|"
    # A body's standing remit, said in the present tense of every issue.
    r"\b(?:sets|conducts|formulates|determines) (?:its |the )?monetary policy "
    r"(?:to|so as to|in order to|with the aim)\b|"
    r"\b(?:primary|statutory|legal|overriding) (?:objective|mandate|goal|duty)\b|"
    r"\b(?:is|are) (?:responsible|charged) (?:for|with) (?:setting|conducting|formulating|"
    r"deciding)\b|"
    r"^(?:Operational |Policy |Monetary policy |Its )?decisions are (?:taken|made) by\b|"
    r"\b(?:is|are) (?:reached|taken|made) by (?:a )?(?:majority|consensus|simple majority)\b|"
    r"^(?:Conformément à|En vertu de|Aux termes de) (?:l['’]article|la loi|l['’]art\.)|"
    r"^(?:De conformidad con|Conforme a|En virtud de|De acuerdo con) (?:el artículo|la Ley|"
    r"lo dispuesto)|"
    r"^(?:Gemäß|Nach|Laut) (?:§|Artikel|Art\.)|"
    r"^(?:Nos termos d[oa]|Em conformidade com|De acordo com) (?:o artigo|a Lei|art\.)",
    re.IGNORECASE,
)
_PROCEDURE = re.compile(
    # Attendance.
    r"\b(?:was|were) attended by\b|\b(?:were|was) (?:present|in attendance)\b|"
    r"^(?:Present|Attending|Members present|Also present|In attendance)\b|"
    r"\battended the meeting\b|"
    # The meeting as an event of the calendar ("A regular meeting ... was held in ...").
    r"^(?:A|An|The) (?:regular |ordinary |extraordinary |special |scheduled |unscheduled )?"
    r"(?:meeting|session|sitting)\b[^.]{0,140}\b(?:was|were) (?:held|convened)\b|"
    r"^The (?:meeting|discussions?|session|deliberations) (?:took place|(?:was|were) held)\b|"
    # How the body works, printed in every issue: who takes part, how the vote ends.
    r"^Participants (?:in|at) (?:this|the) (?:discussion|meeting)|"
    r"^The members of the [\w ]{3,60}? (?:participating|taking part) in the (?:discussion|vote)|"
    r"\bin a process (?:that|which)\b|"
    r"\b(?:which|that) ends with a vote\b|"
    # A lead-in to what follows ("provided the following explanation"), an agenda's list
    # of topics ("the Committee discussed: the international economy; ...").
    r"\b(?:provided|gave|made|presented|delivered) the following\b|"
    r"\bdiscuss\w*\b[^.:]{0,80}:\s|\b(?:discussions?|deliberations) (?:\w+ ){0,4}"
    r"(?:centered|centred|focused|focussed) on:|"
    # Publication schedule.
    r"\b(?:was|were|will be) (?:published|released|made public) on\b|"
    r"^(?:Étaient présents|Ont participé|Asistieron|Estuvieron presentes|Anwesend|"
    r"Estiveram presentes|Participaram)\b|"
    r"\b(?:a eu lieu|s['’]est tenue?|se celebró|tuvo lugar|fand statt|realizou-se|"
    r"teve lugar)\b[^.]{0,40}$",
    re.IGNORECASE,
)
_NEXT = re.compile(
    r"^(?:The )?next (?:\w+ ){0,4}?(?:meeting|session|sitting|decision|review)\b[^.]{0,80}"
    r"\b(?:will|is scheduled|is expected|is to|shall)\b|"
    r"^The [\w’' ]{0,60}will (?:hold|meet for) its next\b|"
    r"^(?:La prochaine (?:réunion|séance|session)|La próxima (?:reunión|sesión)|"
    r"Die nächste (?:Sitzung|Tagung)|A próxima (?:reunião|sessão)|다음 회의)",
    re.IGNORECASE,
)
# A translated release's notice about itself: "This English translation is provided for
# information purposes only; the Chinese version shall prevail", "a provisional translation
# ... for reference purpose only", "the original Spanish version is the only official
# document", "Discrepancies may arise between the original ... and its English translation".
# Central banks and foreign ministries that publish in two languages print it on every
# issue; a treaty's authentic-texts clause says the same of its versions. A sentence must
# name the translation or a language's version and what that means for its standing.
_TRANSLATION = re.compile(
    # (anchored: each look-ahead scans the sentence once, never from every position)
    r"^(?=.*\b(?:translat\w*|(?:original|official|\w+ese|\w+ish|\w+ian|\w+an|French|Thai|"
    r"Greek|Dutch) (?:version|text|document|minutes))\b)"
    r"(?=.*\b(?:prevails?|shall prevail|only official|(?:sole|only) authentic|authoritative|"
    r"discrepanc\w*|for (?:reference|information)(?: purposes?)?(?: only)?|"
    r"(?:reader['’]s |your )?convenience|unofficial|provisional)\b)|"
    # "The translation from the official Spanish version was made by ...": the text's origin.
    r"\btranslat\w* (?:from|of) the (?:original|official)\b|"
    r"^(?=.*\btraduc(?:tion|ción)\b)(?=.*\b(?:fait foi|font foi|non officielle|à titre "
    r"(?:indicatif|informatif)|no oficial|prevalecer\w*|única versión oficial|carácter "
    r"informativo)\b)|"
    r"^(?=.*\bÜbersetzung\b)(?=.*\b(?:maßgeblich|nicht amtlich|unverbindlich)\b)|"
    r"^(?=.*\btradução\b)(?=.*\b(?:não oficial|prevalece\w*|caráter informativo)\b)|"
    r"仮訳|参考訳|비공식 번역|번역본은 참고",
    re.IGNORECASE,
)

# A sentence that names a later step: a release with one besides the next meeting's date
# does not need the date as a key point.
FORWARD = re.compile(
    r"\b(?:will|shall|is to|are to|plans? to|intends? to)\b|"
    r"(?<!\w)(?:va|vont|fera|seront?|será[n]?|hará[n]?|wird|werden|irá|vai)(?!\w)",
    re.IGNORECASE,
)


# "The meeting analysed the economic and financial developments at home and abroad": the
# agenda narrated, said of every meeting. Only short sentences with no figure, so a
# sentence that goes on to say what was found keeps its weight.
_AGENDA = re.compile(
    r"^(?:The meeting|Members of the [\w ]{3,60}?|The (?:Committee|Council|Board)) (?:first )?"
    r"(?:analy[sz]ed|reviewed|discussed|examined|considered|assessed) (?:the )?"
    r"(?:current |recent |latest )?(?:monetary policy|economic|financial|macroeconomic)\b|"
    r"^(?:Le|La|El|O|A|Der|Die) (?:Comité|Conseil|réunion|Consejo|reunión|Comitê|Conselho|"
    r"reunião|Ausschuss|Rat|Sitzung) (?:a |hat )?(?:examiné|analysé|passé en revue|examinó|"
    r"analizó|revisó|examinou|analisou|erörterte|prüfte|analysierte) (?:la|el|a|die) "
    r"(?:situation|situación|situação|Lage|evolución|évolution|evolução)\b",
    re.IGNORECASE,
)


# "The Committee held its third ordinary meeting of the year on 5 September in Dakar":
# the meeting as a calendar event, boilerplate unless the same sentence says what it decided.
_HELD = re.compile(
    r"(?<!\w)(?:held|has held|a tenu|tuvo|celebró|realizó|realizou|hielt|hat .{0,40}abgehalten)"
    r" (?:its|sa|son|su|a sua|sua|seine|ihre) (?:\w+ ){0,4}?(?:meeting|session|réunion|"
    r"séance|reunión|sesión|reunião|sessão|Sitzung|Tagung)(?!\w)",
    re.IGNORECASE,
)
_DECIDES = re.compile(
    r"\b(?:decided|agreed|adopted|approved|voted|raised|lowered|kept|maintained|cut|"
    r"left|decidió|decidiu|a décidé|beschloss)\b",
    re.IGNORECASE,
)


# A draft asks this of each sentence from several places (weighing, leads, context), and a
# user drafts the same release again (suggest, then export): answers are kept.
@lru_cache(maxsize=4096)
def boilerplate_kind(text: str) -> str:
    """ "self", "mandate", "procedure", "next_meeting", "translation", or "" for a sentence
    with news."""
    text = " ".join(text.split())
    if _TRANSLATION.search(text):
        return TRANSLATION
    if _AGENDA.search(text) and len(text.split()) <= 40 and not re.search(r"\d", text):
        return PROCEDURE
    if _HELD.search(text) and not _DECIDES.search(text):
        return PROCEDURE
    if _SELF.search(text):
        return SELF
    if _MANDATE.search(text):
        return MANDATE
    if _NEXT.search(text):
        return NEXT_MEETING
    if _PROCEDURE.search(text):
        return PROCEDURE
    return ""


def is_boilerplate(text: str) -> bool:
    return bool(boilerplate_kind(text))
