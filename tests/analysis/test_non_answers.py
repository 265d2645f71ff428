"""A spokesperson declining to answer is a non-answer, never a key point, in every language."""

from __future__ import annotations

import pytest

from briefing.analysis.non_answers import is_non_answer, refusal_only


@pytest.mark.parametrize(
    "text",
    [
        "I'm not going to get ahead of the Secretary's decision on that.",
        "I would refer you to the Department of Transport for the details.",
        "We don't comment on matters of intelligence.",
        "Je ne ferai pas de commentaire sur cette procédure en cours.",
        "No voy a comentar las palabras del portavoz de la oposición.",
        "Dazu kann ich Ihnen heute nichts sagen.",
        "この件は調査中ですので、コメントは差し控えさせていただきます。",
        "对于这一报道,我们不予评论。",
        "그 사안에 대해서는 언급을 삼가겠습니다.",
    ],
)
def test_a_refusal_to_answer_is_a_non_answer(text: str) -> None:
    assert is_non_answer(text)
    assert refusal_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry declined to comment on the leaked memorandum.",
        "We will not accept any change to the border by force.",
        "The Committee will comment on the draft guidelines in March.",
        "We cannot allow the talks to fail.",
        "Le ministère a commenté les chiffres publiés hier.",
        "외교부는 이 문제에 대해 입장을 밝혔습니다.",
    ],
)
def test_news_about_comments_is_not(text: str) -> None:
    assert not is_non_answer(text)


def test_a_refusal_joined_to_a_position_is_only_weighted_down() -> None:
    text = "I won't comment on the report, but we condemn the attack on the convoy."
    assert is_non_answer(text) and not refusal_only(text)


# A made-up press secretary's conference in the shape of Japanese ministries' records:
# bracketed turn labels, a question, a reply with news, a question and a non-answer.
RECORD_JA = """報道官会見記録(令和元年5月8日(水曜日)16時00分 於:本省会見室)

【架空新聞 山田記者】先週の閣僚会合について、政府の受け止めをお聞かせください。

【鈴木報道官】閣僚会合では、両国の外相が漁業協定の改定交渉を来月から始めることで合意いたしました。

【架空新聞 山田記者】他国の対応と比べて遅いという指摘もありますが、いかがですか。

【鈴木報道官】他国と比べることはできませんので、その点についてもコメントを差し控えさせていただきたいと思います。
"""

RECORD_EN = """Press Briefing by the Ministry Spokesperson

Q: What is the Ministry's view of the talks in Valdoria?

MS. GRAY: The Minister signed a memorandum with Valdoria on Tuesday to double grain shipments through the northern port before the winter season begins.

Q: Will the Minister also meet the opposition leader during the visit?

MS. GRAY: I'm not going to get into the Minister's private meetings during the visit to the region.
"""


def test_a_non_answer_is_never_a_key_point() -> None:
    from briefing.analysis.draft import draft_release
    from briefing.brief.phrases import Phrasebook
    from briefing.ingest import release_from_text

    for name, record, language in (("ja", RECORD_JA, "ja"), ("en", RECORD_EN, "en")):
        release = release_from_text(record, name, f"{name}.txt")
        draft = draft_release(release, phrasing=Phrasebook.of(language))
        said = [draft.summary] + [p.text for p in draft.points]
        assert not any("差し控え" in t or "get into" in t for t in said), said
        assert any("合意" in t or "memorandum" in t for t in said), said


def test_refraining_and_declining_in_the_first_person_are_non_answers() -> None:
    from briefing.analysis.non_answers import is_non_answer, refusal_only

    assert refusal_only("I'd like to refrain from commenting on that point.")
    assert refusal_only("We must decline to comment on ongoing negotiations.")
    assert is_non_answer("I would refrain from speculating on the outcome.")
    # Reported of someone else, it is news.
    assert not is_non_answer("The ministry declined to comment on the report.")
    assert not is_non_answer("Both sides agreed to refrain from provocative acts.")
