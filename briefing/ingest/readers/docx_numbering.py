"""Word list numbering: turn (numId, ilvl) into the label Word would print.

Word keeps one set of counters per abstract numbering definition, shared by every
w:num that points at it; a w:num with a w:lvlOverride/w:startOverride restarts the
overridden level the first time it is used. Incrementing a level resets the levels
below it (unless their w:lvlRestart says otherwise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.ingest.readers.docx_xml import NS, W, w_int, w_val

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_GANADA = "가나다라마바사아자차카타파하"
_CHOSUNG = "ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ"
_IDEOGRAPH_TRADITIONAL = "甲乙丙丁戊己庚辛壬癸"
_CJK_DIGITS = "〇一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Symbol/Wingdings bullets are private-use code points; show a plain bullet instead.
# "·" (B7) is the Symbol font's bullet: Word prints it as "•".
_BULLET_MAP = {
    "·": "•",
    "o": "◦",
    "§": "▪",
    "Ø": "➢",
    "ü": "✓",
    "q": "❑",
    "v": "❖",
    "l": "●",
    "n": "■",
}


def _roman(n: int) -> str:
    out = []
    for value, digits in _ROMAN:
        while n >= value:
            out.append(digits)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word repeats the letter: 27 -> "aa", 28 -> "bb".
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _cycle(chars: str, n: int) -> str:
    return chars[(n - 1) % len(chars)]


def _cjk_counting(n: int) -> str:
    if n <= 0 or n >= 100:
        return str(n)
    tens, ones = divmod(n, 10)
    out = ("" if tens == 1 else _CJK_DIGITS[tens]) + "十" if tens else ""
    return out + (_CJK_DIGITS[ones] if ones else "")


# What a real list reaches; beyond, a counter is a crafted file's (a roman numeral of
# 10**12 is a billion "M"s): printed as a plain number instead.
MAX_SPELLED_COUNTER = 3999
MAX_COUNTER = 10**9
MAX_LEVEL_TEXT = 64  # characters of w:lvlText: "%1.%2.%3." is ten; thousands is an attack
MAX_LABEL_CHARS = 40  # a printed label longer than this is no label


def format_number(n: int, fmt: str) -> str:
    """Render counter ``n`` in Word number format ``fmt`` (unknown formats -> decimal)."""
    if fmt == "none":
        return ""
    if n <= 0 and fmt != "decimalZero":
        return str(n)
    if n > MAX_COUNTER:
        return "?"  # no list numbers past a billion: the label is then dropped as too long
    if n > MAX_SPELLED_COUNTER and fmt not in ("decimal", "decimalZero"):
        return str(n)
    match fmt:
        case "lowerLetter":
            return _letters(n)
        case "upperLetter":
            return _letters(n).upper()
        case "lowerRoman":
            return _roman(n)
        case "upperRoman":
            return _roman(n).upper()
        case "decimalZero":
            return f"{n:02d}"
        case "decimalEnclosedCircle" | "decimalEnclosedCircleChinese":
            return _CIRCLED[n - 1] if n <= len(_CIRCLED) else str(n)
        case "ganada":
            return _cycle(_GANADA, n)
        case "chosung":
            return _cycle(_CHOSUNG, n)
        case "ideographTraditional":
            return _cycle(_IDEOGRAPH_TRADITIONAL, n)
        case (
            "taiwaneseCountingThousand"
            | "taiwaneseCounting"
            | "chineseCounting"
            | "chineseCountingThousand"
            | "ideographDigital"
            | "japaneseCounting"
        ):
            return _cjk_counting(n)
        case "decimalFullWidth" | "decimalFullWidth2":
            return str(n).translate({ord(c): 0xFF10 + int(c) for c in "0123456789"})
        case _:
            return str(n)


def bullet_label(text: str) -> str:
    """A printable bullet for a bullet level's lvlText (Symbol-font glyphs -> '•')."""
    text = text.strip()
    if not text:
        return "•"
    if text in _BULLET_MAP:
        return _BULLET_MAP[text]
    if any(0xE000 <= ord(ch) <= 0xF8FF for ch in text):
        return "•"
    return text


@dataclass
class Level:
    """One w:lvl of an abstract numbering definition."""

    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level, 0 = never
    legal: bool = False  # w:isLgl: show all levels as decimal
    pstyle: str | None = None
    indent: int | None = None  # w:pPr/w:ind left (twips) the level sets


@dataclass
class Num:
    """A w:num: its abstract definition plus per-level overrides."""

    abstract: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


def _parse_level(lvl) -> Level:
    restart = w_int(lvl, "w:lvlRestart")
    legal_el = lvl.find("w:isLgl", NS)
    return Level(
        start=w_int(lvl, "w:start", 1) or 0,
        fmt=w_val(lvl, "w:numFmt", "decimal") or "decimal",
        text=w_val(lvl, "w:lvlText", "") or "",
        restart=restart,
        legal=legal_el is not None and legal_el.get(f"{W}val", "1") not in ("0", "false"),
        pstyle=w_val(lvl, "w:pStyle"),
        indent=left_indent(lvl.find("w:pPr", NS)),
    )


def left_indent(ppr) -> int | None:
    """The left indent (twips) a w:pPr sets, or None."""
    ind = ppr.find("w:ind", NS) if ppr is not None else None
    if ind is None:
        return None
    value = ind.get(f"{W}left") or ind.get(f"{W}start")
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


class Numbering:
    """Numbering definitions of one document plus the running counters.

    Call :meth:`label` once per numbered paragraph, in document order.
    """

    def __init__(self, numbering_el=None, style_nums: dict[str, str] | None = None) -> None:
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.abstract_links: dict[str, str] = {}  # abstractNum -> numbering style id
        self.nums: dict[str, Num] = {}
        self._style_nums = style_nums or {}  # numbering style id -> numId
        self._counters: dict[str, dict[int, int]] = {}
        self._used_nums: set[str] = set()
        if numbering_el is not None:
            self._parse(numbering_el)

    def _parse(self, root) -> None:
        for an in root.findall("w:abstractNum", NS):
            aid = an.get(f"{W}abstractNumId", "")
            levels = {}
            for lvl in an.findall("w:lvl", NS):
                ilvl = int(lvl.get(f"{W}ilvl", "0") or 0)
                levels[ilvl] = _parse_level(lvl)
            self.abstracts[aid] = levels
            link = w_val(an, "w:numStyleLink")
            if link:
                self.abstract_links[aid] = link
        for num in root.findall("w:num", NS):
            nid = num.get(f"{W}numId", "")
            entry = Num(abstract=w_val(num, "w:abstractNumId", "") or "")
            for ov in num.findall("w:lvlOverride", NS):
                ilvl = int(ov.get(f"{W}ilvl", "0") or 0)
                start = w_int(ov, "w:startOverride")
                if start is not None:
                    entry.start_overrides[ilvl] = start
                lvl = ov.find("w:lvl", NS)
                if lvl is not None:
                    entry.level_overrides[ilvl] = _parse_level(lvl)
            self.nums[nid] = entry

    def _abstract_id(self, num: Num) -> str:
        aid = num.abstract
        # A list that uses a numbering style (numStyleLink) takes that style's definition.
        for _ in range(5):
            link = self.abstract_links.get(aid)
            target = self.nums.get(self._style_nums.get(link, "")) if link else None
            if target is None or target.abstract == aid:
                break
            aid = target.abstract
        return aid

    def _level(self, num: Num, aid: str, ilvl: int) -> Level | None:
        if ilvl in num.level_overrides:
            return num.level_overrides[ilvl]
        return self.abstracts.get(aid, {}).get(ilvl)

    def indent(self, num_id: str, ilvl: int) -> int | None:
        """The left indent list ``num_id`` gives its level ``ilvl``, if it sets one."""
        num = self.nums.get(num_id)
        if num is None:
            return None
        level = self._level(num, self._abstract_id(num), ilvl)
        return level.indent if level is not None else None

    def level_for_style(self, num_id: str, style_id: str) -> int:
        """The ilvl a paragraph style selects in list ``num_id`` (w:lvl/w:pStyle), else 0."""
        num = self.nums.get(num_id)
        if num is None:
            return 0
        for ilvl, lvl in self.abstracts.get(self._abstract_id(num), {}).items():
            if lvl.pstyle == style_id:
                return ilvl
        return 0

    def label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counters for a paragraph in list ``num_id`` at level ``ilvl`` and
        return its printed label ("1.", "(a)", "•"); None when the list does not exist
        (numId 0 means "numbering removed")."""
        num = self.nums.get(num_id)
        if num is None or num_id == "0":
            return None
        aid = self._abstract_id(num)
        level = self._level(num, aid, ilvl)
        if level is None:
            return None
        counters = self._counters.setdefault(aid, {})
        if num_id not in self._used_nums:
            self._used_nums.add(num_id)
            for ov_lvl, start in num.start_overrides.items():
                counters[ov_lvl] = start - 1  # restart: next use prints ``start``
                for deeper in [k for k in counters if k > ov_lvl]:
                    del counters[deeper]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            lvl = self._level(num, aid, deeper)
            # lvlRestart="0" means never restart; n means restart only after level n.
            if (
                lvl is not None
                and lvl.restart is not None
                and (lvl.restart == 0 or lvl.restart < ilvl + 1)
            ):
                continue
            del counters[deeper]
        if level.fmt == "bullet":
            return bullet_label(level.text)
        return self._render(num, aid, ilvl, level, counters)

    def _render(
        self, num: Num, aid: str, ilvl: int, level: Level, counters: dict[int, int]
    ) -> str | None:
        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            lvl_k = self._level(num, aid, k) or Level()
            value = counters.get(k, lvl_k.start)
            fmt = "decimal" if level.legal and lvl_k.fmt != "none" else lvl_k.fmt
            return format_number(value, fmt)

        if len(level.text) > MAX_LEVEL_TEXT:
            return None  # a level text no list prints (see MAX_LEVEL_TEXT)
        label = re.sub(r"%([1-9])", sub, level.text).strip()
        if len(label) > MAX_LABEL_CHARS or "?" in label:
            return None
        return label
