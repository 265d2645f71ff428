"""A post's fields on a board-style site, copied as text: each field's name alone on a
line, its value on the next ("부서명" / "언론담당관실", "작성일" / "2024-10-15", "조회수" /
"1470", "출처" / "외교부", "원본URL" / "http://...").

Korean, Japanese and Chinese government sites publish briefings and releases as posts on
a board, and the board prints the post's department, author, dates, view count and
source as a small table of name and value; a browser's copy puts each cell on its own
line, between the title and the text. The names are the board's, the same on every post
and in no release's prose, so a line holding only one of them, in the head, is the site's
furniture, and so is the short value line under it: the release says none of it. A value
that is a date is left to the date rules (it dates the post); the rest is removed.
"""

from __future__ import annotations

from briefing.lazyre import lazy

# A board's field names, compared with spaces and a closing colon taken off.
FIELD_NAMES = frozenset(
    {
        # Korean: department, author, written/registered/modified/posted on, views,
        # source, original address, contact office.
        "부서명", "담당부서", "작성자", "작성일", "등록일", "수정일", "게시일", "조회수", "조회",
        "출처", "원본url", "담당자", "기관명", "주관부서",
        # Japanese: posted/updated on, department in charge, views.
        "掲載日", "更新日", "登録日", "公開日", "担当部署", "担当課", "閲覧数",
        # Chinese: posted at, source, author, views.
        "发布时间", "发布日期", "来源", "作者", "浏览次数", "發布時間", "來源", "发布人", "发布者",
    }
)  # fmt: skip
VALUE_MAX_CHARS = 60  # a department, a count, a name, an address: never a sentence
_SPACES = lazy(r"\s+")


def is_field_name(text: str) -> bool:
    key = _SPACES.sub("", text).rstrip(":：").lower()
    return len(key) <= 8 and key in FIELD_NAMES


# The same cell copied on one line, name and value ("주관부서 : 대변인실 공보담당관",
# "发布人:nanyuzi"): a board that prints its fields side by side.
_INLINE_FIELD = lazy(
    rf"^\s*([^\s:：][^:：]{{0,10}}?)\s*[:：]\s*(\S.{{0,{VALUE_MAX_CHARS}}})$"
)
_DIGITS = lazy(r"\d")


def _inline_field(text: str) -> bool:
    """A field's name and a value that is no date (a date is left to the date rules)."""
    found = _INLINE_FIELD.match(text)
    if not found or not is_field_name(found.group(1)):
        return False
    from briefing.ingest.dates import find_date

    value = found.group(2)
    return not (_DIGITS.search(value) and find_date(value))


# A catalogue's record printed as "[Name] value" lines ("[場所] 東京", "[出典] 外務省",
# "[Source] Ministry ..."): a database's fields, in any language; a run of them is the
# record's head, never the text (its date line is left to the date rules, its title line
# to the title rules).
_BRACKET_FIELD = lazy(r"^\s*[\[［]([^\]］\d\s][^\]］\d]{0,11})[\]］](?:\s.{0,200})?$")
BRACKET_RUN = 3  # fields in a row: one bracketed word may be a note or an editor's mark


def _bracket_fields(texts: list[str]) -> set[int]:
    taken: set[int] = set()
    run: list[int] = []
    for i, text in enumerate([*texts, ""]):
        if text.strip() and _BRACKET_FIELD.match(text):
            run.append(i)
            continue
        if len(run) >= BRACKET_RUN:
            taken.update(run)
        run = []
    return taken


def field_lines(texts: list[str]) -> set[int]:
    """Indices of ``texts`` (the head's lines, in order) that are a board's field names
    and the value under each one, or both on one line, or a catalogue's bracketed fields."""
    taken = _bracket_fields(texts)
    for i, text in enumerate(texts):
        if _inline_field(text):
            taken.add(i)
            continue
        if not is_field_name(text):
            continue
        taken.add(i)
        if i + 1 < len(texts):
            value = texts[i + 1].strip()
            if value and len(value) <= VALUE_MAX_CHARS and not is_field_name(value):
                taken.add(i + 1)
    return taken
