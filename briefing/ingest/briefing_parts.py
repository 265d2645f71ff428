"""The named parts of a press briefing or press-conference record in Korean, Japanese and
Chinese: the opening remarks and the questions and answers ("I. 모두 발언" / "II. 질의 및
응답", "[질문·답변]", "冒頭発言" / "質疑応答", "知事発表" / "質疑", "开场白" / "答问").

Every such record is cut into these parts, under these names, as the ministry's or the
prefecture's template prints them; a line holding only one of them (with the part's
number, bracket or symbol) is the part's heading, wherever it stands: no one says a part's
name alone as a sentence. (Speakers' labels are another matter: speakers.py.)
"""

from __future__ import annotations

from briefing.lazyre import lazy

_PART_NAMES = (
    # Korean: opening remarks, questions and answers.
    "모두\\s?발언|모두\\s?말씀|질의\\s?(?:및\\s?)?응답|질문\\s?[·ㆍ・]?\\s?답변|일문일답"
    # Japanese: opening remarks, questions and answers, the governor's or mayor's
    # announcements, questions.
    "|冒頭発言|冒頭説明|質疑応答|質疑|知事発表|市長発表|発表事項|質疑事項"
    # Chinese: opening remarks, questions and answers.
    "|开场白|答问|答記者問|答记者问"
)
# A part's number ("I.", "Ⅱ.", "1."), symbol ("□", "○", "■") or brackets around the name.
_PART_LINE = lazy(
    r"^(?:(?:[IVX]{1,4}|[\u2160-\u216b]|\d{1,2})[.)．]\s*|[□■○◦●◆◇▶]\s*)?"
    rf"[\[【<〈《＜(（]?\s*(?:{_PART_NAMES})\s*[\]】>〉》＞)）]?$"
)
PART_LINE_MAX_CHARS = 24


def is_part_name(text: str) -> bool:
    """Whether ``text`` is a line naming one of a briefing's parts."""
    stripped = text.strip()
    return len(stripped) <= PART_LINE_MAX_CHARS and bool(_PART_LINE.match(stripped))
