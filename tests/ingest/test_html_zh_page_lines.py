"""Chinese pages: a paragraph is counted in characters, the editor's credit and the tools
strip after the text are dropped, and "标题_频道_网站" gives the headline. Made-up text."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest.extracted import Line
from briefing.ingest.readers import read_file
from briefing.ingest.readers.html_walk import body_paragraph
from briefing.ingest.readers.html_zh_lines import is_zh_page_line

_BODY = """<p>The river authority opened a new fish pass at the old weir on Monday, so
that salmon can swim upstream to their spawning grounds for the first time in decades.</p>
<p>The pass cost four million and took two years to build; the authority will count the
fish that use it with a camera at its upper end every autumn.</p>"""


def _read(tmp_path: Path, page: str) -> tuple[list[Line], list[str]]:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    extracted = read_file(path)
    return extracted.lines, [text for _, text in extracted.dropped]


def test_chinese_paragraph_is_a_body_paragraph() -> None:
    text = "河道管理局周一在旧堰旁开通了新的鱼道，使鲑鱼几十年来第一次能够逆流而上到达产卵地。"
    assert body_paragraph(Line(text))
    assert not body_paragraph(Line("鱼道开通"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("责任编辑：李四", True),
        ("[责任编辑:王五]", True),
        ("作者： 记者张三 | 编辑： 李四", True),
        ("【打印本页】 【关闭窗口】", True),
        ("版权声明：未经授权不得转载", True),
        ("来源：河道管理局", False),  # a source line alone may be the dateline
        ("作者：张三", False),  # a byline
        ("他说【鱼道】已经开通，效果良好。", False),
    ],
)
def test_chinese_page_lines(text: str, expected: bool) -> None:
    assert is_zh_page_line(text) is expected


def test_chinese_page_credit_and_tools_after_the_text_are_dropped(tmp_path: Path) -> None:
    body = (
        "<p>河道管理局周一在旧堰旁开通了新的鱼道，使鲑鱼几十年来第一次能够逆流而上到达产卵地。</p>"
        "<p>鱼道耗资四百万元，建设历时两年；管理局将每年秋天用摄像头统计通过的鱼。</p>"
    )
    page = f"""<html><head><title>旧堰鱼道开通_新闻频道_河道网</title></head><body>
<div class="content"><div class="tit">旧堰鱼道开通</div>{body}<p>责任编辑：李四</p>
<p>【打印本页】 【关闭窗口】</p></div></body></html>"""
    lines, dropped = _read(tmp_path, page)
    texts = [line.text for line in lines]
    assert "责任编辑：李四" not in texts and "【打印本页】 【关闭窗口】" not in texts
    assert "责任编辑：李四" in dropped
    titles = [line.text for line in lines if line.style == "title"]
    assert titles == ["旧堰鱼道开通"]
