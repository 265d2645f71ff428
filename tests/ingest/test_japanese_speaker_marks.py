"""Japanese governors' press-conference records: speakers' lines marked with a circle
("〇幹事社", "〇知事") or lettered with the speaker after the letter ("Q 代表幹事(時事通信)",
"A 知事"), alone over what they say. Made-up texts in the shape of real records."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.speakers import find_label_lines

LETTERED = """\
令和12年4月3日 架空県知事 定例記者会見

知事発表

本日は新年度予算について説明いたします。県民の暮らしを支える予算を編成しました。

質疑

Q 代表幹事(架空通信)
新年度予算の一番の狙いについて、知事のお考えをお聞かせください。
A 知事
子育て世代への支援を柱に据えました。詳しくは担当部からも説明いたします。
Q 架空新聞
財源の見通しについてはいかがでしょうか。
A 知事
基金の取り崩しを含め、持続可能な財政運営に努めます。
"""


def test_circle_and_letter_marks_name_the_speakers():
    texts = ["〇幹事社", "時間になりましたので、ただ今から定例記者会見を始めます。", "〇知事",
             "本日は私から一点ご報告があります。県の新しい計画についてです。"]  # fmt: skip
    assert find_label_lines(texts) == {0: "〇幹事社", 2: "〇知事"}


def test_lettered_speaker_lines_are_no_headings():
    release = release_from_text(LETTERED)
    headings = [release.node_text(n) for n in release.root.walk() if n.kind == "heading"]
    assert not any(h.startswith(("Q ", "A ")) for h in headings), headings
