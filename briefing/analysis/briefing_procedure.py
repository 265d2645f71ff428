"""A briefing's host saying the briefing starts or ends, or that there is nothing to
announce at its top: procedure, never a key point.

Spokespersons open and close every press briefing and press conference with the same
line ("I'll begin today's briefing", "정례브리핑을 시작하겠습니다", "会見を始めます",
"Je commence ce point de presse", "That concludes today's briefing"). It is printed in
every transcript of every issuer and says nothing about the day's news, so drafting
never takes it for a key point. Read in the languages of the drafter; the verb must
govern the briefing itself ("The talks began ..." is news and stays).
"""

from __future__ import annotations

import re

# The event: a briefing, press conference, press point, in each language.
_EVENT = (
    r"(?:(?:press |news |regular |daily |weekly |today['’]s |this |our |the )*"
    r"(?:briefing|press conference|news conference|press point))"
)
_PATTERN = re.compile(
    # English: "I'll begin today's briefing", "Let me open the press conference",
    # "That concludes today's briefing", "This ends our briefing".
    rf"\b(?:begin|start|open|conclude|close|end|wrap up)s? (?:with )?{_EVENT}\b|"
    rf"\b(?:that|this) (?:concludes|ends|closes) {_EVENT}\b|"
    # French, Spanish, Italian, German, Portuguese.
    r"\b(?:commenc|ouvr|termin|clô|clo)\w* (?:ce |le |notre |la )?"
    r"(?:point de presse|conférence de presse|briefing)\b|"
    r"\b(?:comenz|empez|inici|termin|conclu|abr)\w* (?:esta |la |nuestra |este |el )?"
    r"(?:rueda de prensa|conferencia de prensa|sesión informativa|briefing)\b|"
    r"\b(?:inizi|apr|conclud|chiud|termin)\w* (?:questa |la |il )?"
    r"(?:conferenza stampa|punto stampa|briefing)\b|"
    r"\b(?:beginne|eröffne|beende|schließe)\w* (?:die |unsere |diese |das )?"
    r"(?:heutige |Regierungs)*(?:pressekonferenz|briefing|unterrichtung)\b|"
    r"\b(?:inicia|começa|encerr|termin)\w* (?:esta |a |o |nossa )?"
    r"(?:coletiva|entrevista coletiva|conferência de imprensa|briefing)\b|"
    # The host having nothing to announce at the top: "I have no announcements today",
    # "오늘 모두에서 제가 드릴 말씀은 없습니다", "冒頭発言は特にありません".
    r"\bI (?:have|['’]ve got|don['’]t have) (?:no|nothing|any) ?(?:\w+ ){0,2}"
    r"(?:announcements?|at the top|opening (?:remarks|statement))\b|"
    r"\bje n['’]ai pas d['’]annonces?\b|"
    r"(?:드릴|전해 드릴) 말씀(?:은|이) 없습니다|모두 발언은 없습니다|"
    r"冒頭(?:発言|報告|私から)?(?:は|、)?(?:特に)?(?:ございません|ありません)|"
    # Korean, Japanese, Chinese: the briefing with its object particle and the verb.
    r"(?:브리핑|회견)[을를]? ?(?:시작|마치|마무리|종료)|"
    r"(?:会見|記者会見|ブリーフィング)を(?:始め|開始|終わ|終了)|"
    r"(?:发布会|記者會|记者会)(?:现在)?(?:开始|開始|到此结束|到此結束)",
    re.IGNORECASE,
)


def is_briefing_procedure(text: str) -> bool:
    """The sentence opens or closes the briefing it is said in."""
    return bool(_PATTERN.search(text))
