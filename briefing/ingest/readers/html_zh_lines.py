"""Lines every Chinese news or government page prints around its article.

Chinese sites (ministries, provinces, state media, portals) run CMSs that print the
same fields under every article: the editor who published it ("责任编辑：崔某",
"[责任编辑:肖某]", "作者：记者王某 | 编辑：王某"), a strip of the page's tools set in
lenticular brackets ("【打印本页】 【关闭窗口】", "【发表评论】"), and the site's copyright
notice ("版权声明：转载须经……", "版权所有：……"). They name who ran the page and what a
reader can do with it, never what the release says, and the release's own text never
takes their shape: a line of nothing but credit fields with an editor's among them, a
line of nothing but bracketed tool names, a line opening on the copyright words.
The author's own byline or a source line alone ("来源：新华社") stays: without an
editor's field a credit line may be the release's dateline or byline.
"""

from __future__ import annotations

from briefing.lazyre import lazy

# A credit field: its name, a colon (full- or half-width) and a name of a few characters.
_FIELD = lazy(
    r"^[\[【（(]?\s*(作者|记者|記者|责任编辑|責任編輯|编辑|編輯|责编|責編|编审|校对|校對|审核|"
    r"審核|监制|監製|来源|來源|摄影|攝影)\s*[:：︰]\s*[^\s:：\]】）)]{1,16}"
    r"(?:\s+[^\s:：\]】）)]{1,8})?\s*[\]】）)]?$"
)
_EDITORS = frozenset(
    "责任编辑 責任編輯 编辑 編輯 责编 責編 编审 校对 校對 审核 審核 监制 監製".split()
)
_FIELD_SEPARATORS = lazy(r"\s*[|｜/]\s*|\s{2,}|\u3000+")
# The page's tools, each in lenticular (or square) brackets: "【打印本页】 【关闭窗口】".
_TOOL = lazy(r"[【\[]\s*[\u4e00-\u9fff][^\]】]{0,7}[】\]]")
_TOOLS_ONLY = lazy(r"^(?:\s*[【\[]\s*[\u4e00-\u9fff][^\]】]{0,7}[】\]]\s*)+$")
MIN_TOOLS = 2
_COPYRIGHT = lazy(r"^[\[【（(]?\s*(?:版权声明|版權聲明|版权所有|版權所有|免责声明|免責聲明)")


def is_zh_page_line(text: str) -> bool:
    """True when ``text`` is one of a Chinese page's own lines (see the module)."""
    stripped = text.strip()
    if not stripped or stripped.isascii():
        return False
    if _COPYRIGHT.match(stripped):
        return True
    if _TOOLS_ONLY.match(stripped) and len(_TOOL.findall(stripped)) >= MIN_TOOLS:
        return True
    return _credit_line(stripped)


def _credit_line(text: str) -> bool:
    """Nothing but credit fields, an editor's among them."""
    fields = []
    for part in _FIELD_SEPARATORS.split(text):
        if not part.strip():
            continue
        m = _FIELD.match(part.strip())
        if m is None:
            return False
        fields.append(m.group(1))
    return any(name in _EDITORS for name in fields)
