"""Hard-wrapped CJK text whose full lines differ in characters but not in display width
(a PDF's Chinese record copied as text: spaces round figures and brackets). Made-up text."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.cjk_wraps import cells, full_measure, unspaced_wrap, wraps


def _wrap(text: str, measure: int = 60) -> list[str]:
    """Cut ``text`` into lines of at most ``measure`` display cells, as a PDF sets it."""
    lines, line = [], ""
    for ch in text:
        if cells(line + ch) > measure:
            lines.append(line)
            line = ""
        line += ch
    return [*lines, line]


_PARAGRAPHS = [
    "甲議員：主席，本會於 2019年 (即第 3個會期 )通過的議案，要求當局在 12個月內提交報告，"
    "但至今只收到 1份初步文件。當局可否告知本會，餘下 2份報告何時提交、當中涵蓋哪些地區的"
    "數字，以及為何延誤超過 6個月？",
    "乙局長：主席，多謝議員的提問。我們在 2020年已完成第一階段的資料收集，涵蓋 18區的 "
    "340所設施；第二階段因疫情延至 2021年第 2季展開，預計於本年 9月底前完成並向本會提交"
    "完整報告。",
    "主席：甲議員，你的補充質詢是否未獲答覆？",
]
TEXT = "虛構議會 會議紀錄\n\n" + "\n\n".join("\n".join(_wrap(p)) for p in _PARAGRAPHS) + "\n"


def test_full_lines_cluster_in_cells_not_characters():
    lines = TEXT.splitlines()
    assert full_measure(lines) == 60
    assert len({len(line) for line in lines if cells(line) == 60}) > 1  # characters vary


def test_a_line_short_of_the_measure_ends_its_paragraph():
    assert wraps("這是一行寫滿了的中文字句子這是一行寫滿了的中文字句子這是一行寫滿", 60)
    assert not wraps("完整報告。", 60)


def test_each_turn_is_one_paragraph():
    release = release_from_text(TEXT)
    paragraphs = [release.node_text(n) for n in release.root.walk() if n.kind == "paragraph"]
    assert sum(p.startswith("甲議員") for p in paragraphs) == 1
    assert any(p.startswith("乙局長") and p.rstrip().endswith("完整報告。") for p in paragraphs)
    assert not any(p.startswith("340所") or p.startswith("數字") for p in paragraphs)


def test_a_wrap_between_two_characters_is_mended_without_a_space():
    assert unspaced_wrap("配", "偶")
    assert not unspaced_wrap("5", "年") and not unspaced_wrap("d", "e")


def test_a_cjk_numeral_spaced_off_its_bracket_is_a_label():
    text = "虛構議會 會議紀錄\n\n1. 甲議員：政府可否告知本會：\n\n(一 ) 過去 5年的數字為何；及\n\n(二 ) 未來的計劃為何？\n"
    release = release_from_text(text)
    labels = [n.label for n in release.root.walk() if n.label]
    assert "(一 )" in labels and "(二 )" in labels
