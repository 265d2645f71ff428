"""A briefing's opening and closing lines are procedure, in every language."""

from __future__ import annotations

import pytest

from briefing.analysis.briefing_procedure import is_briefing_procedure


@pytest.mark.parametrize(
    "text",
    [
        "Good afternoon, I will begin today's briefing with an announcement.",
        "That concludes today's press briefing.",
        "12월 3일 수요일 외교부 정례브리핑을 시작하겠습니다.",
        "이상으로 오늘 브리핑을 마치겠습니다.",
        "それでは定例の記者会見を始めます。",
        "Je commence ce point de presse par une annonce.",
        "Empezamos esta rueda de prensa con dos anuncios.",
        "Ich eröffne die heutige Regierungspressekonferenz.",
        "今天的发布会到此结束。",
        "I have no announcements at the top today.",
        "오늘 모두에서 제가 드릴 말씀은 없습니다.",
        "冒頭発言は特にありません。",
    ],
)
def test_a_host_opening_or_closing_the_briefing_is_procedure(text: str) -> None:
    assert is_briefing_procedure(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks began in Geneva on Monday and will end on Friday.",
        "The Minister briefed the Council on the new trade agreement.",
        "양국 장관은 회담을 시작하며 협력 확대에 합의했습니다.",
        "Le Conseil a commencé l'examen du projet de loi.",
        "The press conference was attended by forty journalists.",
        "The ministry said it had no announcements on tariffs to make before June.",
        "장관은 이 문제에 대해 더 이상 드릴 말씀이 없다고 밝힌 바 있습니다.",
    ],
)
def test_news_about_beginnings_and_briefings_is_not(text: str) -> None:
    assert not is_briefing_procedure(text)
