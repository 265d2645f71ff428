"""A spokesperson declining to answer: a non-answer, never a key point.

Every press briefing has replies that say nothing but that nothing will be said: "I won't
comment on that", "I'd refer you to the Pentagon", "Je ne ferai pas de commentaire",
"Dazu kann ich nichts sagen", "コメントを差し控えさせていただきます", "对此不予评论",
"언급을 삼가겠습니다". A minister's note gains nothing from them, so drafting never takes
them for a key point or the bottom line. Only the speaker's own refusal counts: "The
ministry declined to comment on the report" is a fact about someone else and stays. A
refusal joined to a position ("I won't comment on that, but we condemn ...") is only
weighted down, so the position can still be drafted.
"""

from __future__ import annotations

import re

_REFUSAL = re.compile(
    # English: "I won't comment on", "I'm not going to speculate", "I have no comment",
    # "I don't have anything to add", "I'd refer you to the Department".
    r"\b(?:I|we)(?: just| simply)?(?: (?:won['’]t|will not|wouldn['’]t|would not|can['’]t|"
    r"cannot|can not|don['’]t|do not|never)|(?:['’]m| am|['’]re| are) not going to)"
    r"(?: be able to| want to)? "
    r"(?:comment|speculate|get into|go into|get ahead of|characteri[sz]e|confirm or deny)\b|"
    r"\bI (?:have|['’]ve got) no (?:further )?comment\b|\bno comment (?:on|from me)\b|"
    r"\bI (?:don['’]t|do not) have (?:anything|any(?: more)? details|an update|more)"
    r"(?: (?:more|further|new))?(?: (?:to add|to share|for you|on that))\b|"
    r"\bI(?:['’]d| would| will|['’]ll) (?:have to )?refer you to\b|"
    # "I'd like to refrain from commenting", "I must decline to comment": the wording of
    # Japan's and other ministries' English transcripts.
    r"\b(?:I|we)(?:['’]d| would| will|['’]ll| must)?(?: like to| have to| need to)? "
    r"(?:refrain from (?:commenting|making (?:any )?comments?|answering|speculating)|"
    r"decline to (?:comment|answer|speculate))\b|"
    # French: "Je ne ferai pas de commentaire", "je n'ai pas de commentaire", "je vous
    # renvoie au ministère".
    r"\b(?:je|nous) ne (?:ferai|ferons|vais|peux|souhaite)\w* (?:pas|aucun) (?:faire )?"
    r"(?:de |d['’])?(?:commentaire|commenter|spécul)|"
    r"\b(?:je|nous) n['’](?:ai|avons) pas de commentaire|\bje vous renvoie\b|"
    # Spanish, Portuguese, Italian.
    r"\bno (?:voy|vamos|puedo|podemos) a? ?(?:comentar|hacer (?:ningún )?comentario|especular)|"
    r"\bno tengo (?:ningún )?comentario|\b(?:le|les) remito a\b|"
    r"\bnão (?:vou|vamos|posso) (?:comentar|especular)|"
    r"\bnon (?:posso|possiamo|intendo) (?:commentare|fare commenti)|"
    # German: "Dazu kann ich nichts sagen", "Das kommentiere ich nicht", "verweise ich auf".
    r"\b(?:dazu|darüber|hierzu|darauf) (?:kann|möchte|werde|will) ich (?:Ihnen )?"
    r"(?:\w+ )?(?:nichts|keine)\b|"
    r"\b(?:kommentiere|kommentieren) (?:ich|wir) (?:das |dies )?(?:grundsätzlich )?nicht\b|"
    r"\bmöchte ich (?:das |dies )?nicht kommentieren\b|\bverweise (?:ich )?(?:Sie )?auf\b|"
    # Japanese: "コメントを差し控えたい", "お答えは差し控えます", "お答えする立場にない".
    r"(?:コメント|お答え|回答|言及|答え)(?:を|は|することは|することを)?"
    r"(?:差し控え|控えさせ)|"
    r"(?:コメント|お答え)する立場に(?:は)?(?:ない|ありません|ございません)|"
    # Chinese: "对此不予评论", "我没有可以提供的信息", "请向主管部门询问".
    r"不予评论|不作评论|不做评论|不予置评|没有可以?提供的信息|"
    r"(?:请|建议)(?:你|您)?向(?:中方)?(?:主管|有关)部门(?:询问|了解)|"
    # Korean: "언급을 삼가겠습니다", "말씀드리기 어렵습니다", "확인해 드릴 수 없습니다".
    r"(?:언급|답변|코멘트)(?:을|를|은|는)? ?(?:삼가|하지 않겠|드리지 않겠)|"
    r"(?:말씀드리기|확인해 드리기|답변드리기) 어렵|확인해 드릴 수 없",
    re.IGNORECASE,
)
# A refusal joined to a position: "..., but we condemn the attack".
_BUT = re.compile(
    r"\b(?:but|however|mais|pero|sin embargo|mas|aber|jedoch|ma)\b|"
    r"しかし|ただ、|但是?|不过|하지만|다만|그러나",
    re.IGNORECASE,
)


# Words every refusal above contains: the long pattern is searched only when one is there
# (drafting asks it of every sentence of a big release).
_CUE = re.compile(
    r"omment|refer|specul|refrain|decline|anything|update|details|get into|go into|"
    r"get ahead|characteri|confirm|renvoie|spécul|"
    r"coment|remito|nichts|keine|verweise|控え|立場に|评论|置评|提供的信息|部门|삼가|않겠|어렵|없",
    re.IGNORECASE,
)


def is_non_answer(text: str) -> bool:
    """The speaker declines to answer ("I won't comment", "コメントを差し控えたい")."""
    return bool(_CUE.search(text)) and bool(_REFUSAL.search(text))


def refusal_only(text: str) -> bool:
    """A non-answer with no position joined to it: nothing for the note."""
    return is_non_answer(text) and not _BUT.search(text)
