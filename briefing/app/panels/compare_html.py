"""A comparison as one two-column HTML table: the old text left, the new text right.

One row per change, in the new text's reading order (removed paragraphs at their old
place), so the two versions line up row by row and scroll together by construction: a
paragraph and its counterpart are always side by side, however long either is. Changes
are coloured by kind; inside a changed pair the words dropped are struck through on the
left and the words added are underlined on the right. Each row carries an anchor
(``c<index>``) to scroll to, and each side a "go to text" link when its release is in
the project (where the user annotates it).

Plain Python (no Qt): the view hands the string to a QTextBrowser.
"""

from __future__ import annotations

from html import escape

from briefing.brief.sentences import readable_date
from briefing.compare.align import Change, Comparison
from briefing.compare.words import word_diff
from briefing.model import Release

# Row backgrounds by status (light, readable in both schemes behind dark text).
COLOURS = {
    "same": "",
    "changed": "#fff4c2",
    "moved": "#dbe9ff",
    "added": "#d9f5dc",
    "removed": "#fddcdc",
    "split": "#efe0ff",
    "merged": "#efe0ff",
}
_TEXT = "#1a1a1a"  # rows with a background keep dark text, also under a dark palette
GOTO = "goto"  # link scheme: goto:old:<node id> / goto:new:<node id>


def render(
    comparison: Comparison,
    hide_same: bool = False,
    links: tuple[bool, bool] = (False, False),
) -> str:
    """The table; ``links`` says whether the old / new release can be shown in the text."""
    rows = []
    for index, change in enumerate(comparison.changes):
        if hide_same and change.status == "same":
            continue
        rows.append(_row(index, change, links))
    head = (
        f"<tr><th width='50%'>{escape(release_name(comparison.old))}</th>"
        f"<th width='50%'>{escape(release_name(comparison.new))}</th></tr>"
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='6' border='0'>"
        + head
        + "".join(rows)
        + "</table>"
    )


def _row(index: int, change: Change, links: tuple[bool, bool]) -> str:
    colour = COLOURS.get(change.status, "")
    style = f" style='background-color:{colour}; color:{_TEXT}'" if colour else ""
    old_html, new_html = _sides(change)
    tag = "" if change.status == "same" else f"<b>[{escape(change.status)}]</b> "
    old_cell = _cell(change.old, old_html, "old", links[0], "" if not change.old else tag)
    new_cell = _cell(change.new, new_html, "new", links[1], "" if not change.new else tag)
    return (
        f"<tr{style}><td valign='top'><a name='c{index}'></a>{old_cell}</td>"
        f"<td valign='top'>{new_cell}</td></tr>"
    )


def _cell(units, body: str, side: str, linked: bool, tag: str) -> str:
    if not units:
        return ""
    label = " ".join(u.label for u in units if u.label)
    shown = f"<b>{escape(label)}</b> " if label else ""
    link = ""
    if linked:
        link = f" <a href='{GOTO}:{side}:{escape(units[0].node_id)}'>↗</a>"
    return f"{tag}{shown}{body}{link}"


def _sides(change: Change) -> tuple[str, str]:
    """The old and new text as HTML, with the word edits marked when both sides exist."""
    old_text, new_text = change.old_text, change.new_text
    if not change.old or not change.new or change.status == "same":
        return _plain(old_text), _plain(new_text)
    old_parts, new_parts = [], []
    for op, before, after in word_diff(old_text, new_text):
        if op == "equal":
            old_parts.append(_plain(before))
            new_parts.append(_plain(after))
            continue
        if before:
            old_parts.append(f"<s style='color:#a00000'>{_plain(before)}</s>")
        if after:
            new_parts.append(f"<u style='color:#006000'><b>{_plain(after)}</b></u>")
    return " ".join(p for p in old_parts if p), " ".join(p for p in new_parts if p)


def _plain(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def release_name(release: Release) -> str:
    """Its title (or file name) and date, as the table's heading names it."""
    name = release.title or release.source.path or release.id
    return f"{name} ({readable_date(release.date)})" if release.date else name
