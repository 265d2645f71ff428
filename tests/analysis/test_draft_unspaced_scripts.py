"""Releases in Japanese, Chinese, Arabic, Russian, Vietnamese are drafted like any other:
their language is recognised from the script or its small words, a Summary and key points
come out (a sentence without spaces is no one-word fragment), and a Chinese or Japanese
point closes on its own full stop. Made-up releases."""

from __future__ import annotations

import pytest

from briefing.analysis.draft import draft_release
from briefing.analysis.point_text import finish
from briefing.analysis.tokens import word_count
from briefing.ingest import release_from_text
from briefing.ingest.pipeline import detect_language

JAPANESE = """外務大臣談話

令和99年3月3日

本日、ルリタニア共和国政府との間で、経済連携協定の署名が行われました。

この協定により、両国間の貿易と投資が一層拡大し、経済関係が強化されることが期待されます。

政府としては、協定の早期発効に向けて、国内手続を速やかに進めてまいります。
"""

CHINESE = """外交部发言人答记者问

中方欢迎有关各方于3月3日在日内瓦签署停火协议，这是朝着和平解决冲突迈出的重要一步。

我们呼吁各方切实履行协议，通过对话协商解决分歧，维护地区和平稳定。

中方愿继续为推动政治解决进程发挥建设性作用。
"""


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (JAPANESE, "ja"),
        (CHINESE, "zh"),
        ("وزارة الخارجية تدين الهجوم على مقر البعثة وتطالب بمحاسبة المسؤولين عنه.", "ar"),
        ("Министерство иностранных дел выражает глубокую обеспокоенность ситуацией.", "ru"),
        ("Bộ Ngoại giao và các cơ quan của Việt Nam không có thông tin về vụ việc này.", "vi"),
        (
            "O Ministério das Relações Exteriores não comenta os termos do acordo com os países.",
            "pt",
        ),
        (
            "Kementerian Luar Negeri menyampaikan bahwa pertemuan yang akan diadakan di Jakarta dan dihadiri para menteri.",
            "id",
        ),
        ("The Council met in Brussels and agreed on the package.", "en"),
        ("Le Conseil a adopté les conclusions sur la situation dans la région.", "fr"),
        (
            "Regeringen har i dag beslutat att ge ett uppdrag till myndigheten och det är "
            "inte första gången för detta.",
            "sv",
        ),
        ("Ministerstwo Spraw Zagranicznych informuje, że spotkanie nie odbędzie się.", "pl"),
        ("Ministerul Afacerilor Externe anunță că întâlnirea pentru care este pregătit.", "ro"),
        ("Die Bundesregierung hat heute mit den Ländern über die Lage gesprochen.", "de"),
    ],
)
def test_language_from_script_and_small_words(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", [JAPANESE, CHINESE])
def test_unspaced_releases_get_a_summary_and_points(text: str) -> None:
    draft = draft_release(release_from_text(text, "r1", "release.txt"))
    assert draft.summary, "no Summary"
    assert "items include" not in draft.summary  # a sentence, not the agenda fallback
    assert draft.points, "no key points"


def test_unspaced_word_count_and_full_stop() -> None:
    assert word_count("本日、経済連携協定の署名が行われました。") >= 5
    assert word_count("The Council met today.") == 4
    assert finish("文部科学省 記者会見室").endswith("。")
    assert finish("The Council met").endswith(".")
