"""Is this plain text Markdown? A .txt file that proves it is read with the Markdown reader.

Users save Markdown (a GitHub page, a converter's output, a chat tool's answer) as .txt.
Read line by line its marks stay text: "**<u>Title</u>**" shows as a paragraph, "1\\."
is no label, a list item's wrapped lines are cut apart. Markdown's own syntax is the
evidence, counted on the whole text, and only marks no ordinary release prints count:
"## " heading lines (a release numbers or capitalises its headings, it never opens a line
with two hashes and a space), "**...**" set around a whole line, "[words](http...)"
links, a backslash escaping a label's point, "-   " items with Markdown's wide spacing,
inline "<u>"/"<sup>" tags, a definition list's ":   value" lines (pandoc's and Markdown
Extra's: a field's name on its line, its value under it after a colon and three spaces).
Plain "# " lines, "* " notes and indented blocks are no evidence: a hashtag, a footnote
star and a letter's indentation print them; nor is YAML front matter, which archives put
over plain transcripts (the text reader takes it).
"""

from __future__ import annotations

from itertools import islice

from briefing.ingest.text_scan import holds_any
from briefing.lazyre import lazy

# Each mark's pattern opens on the newline before its line (the text is read with one put
# before it): a pattern with a fixed first character is searched in C, where a "(?m)^"
# one is tried at every character (5 MB: 150 ms a pattern, against a few ms).
# A heading two to six hashes deep, with its words ("## Scope"; not "##" alone).
_ATX = lazy(r"\n#{2,6}[ \t]+\S")
# A whole line set in bold ("**Title**", "**<u>Title</u>**", "__Title__").
_BOLD_LINE = lazy(r"\n[ \t]*(?:\*\*[^*\n]+\*\*|__[^_\n]+__)[ \t]*(?=\n|$)")
# An inline link to a web address: "[the report](https://...)".
_LINK = lazy(r"\]\((?:https?://|/|mailto:)[^)\s]*\)")
# A label's point escaped so it stays text: "1\\. The Committee ...", "b\\) ...".
_ESCAPE = lazy(r"\n[ \t]*\(?[0-9A-Za-z]{1,4}\\[.)]")
# A list item with pandoc's and converters' spacing: "-   item" (a dash, three spaces).
_WIDE_ITEM = lazy(r"\n[ \t]*[-+*][ \t]{3}\S")
# Inline HTML a converter leaves for underline and superscript.
_TAGS = lazy(r"</?(?:u|sup)>")
# A definition under its term, "Issued on" / ":   2031-05-04": pandoc's and Markdown
# Extra's definition list (a law converter's date, source and amendment fields). Read as
# text, the term's line is a short line over the value and a head rule takes it away from
# its value; no release opens a line on a colon and three spaces (a form's ": value"
# column, as pdftotext sets a letterhead's fields, has one space).
_DEFINITION = lazy(r"\n:   \S")

# Each kind with the strings one of its marks must hold (quick scans, text_scan, skip
# the kinds a text cannot show, and most texts show none). Wide items come last, with no
# gate: a needle ending on spaces is slow to find in prose, and they are looked for only
# when another kind has been met.
_KINDS = (
    (_ATX, ("##",)),
    (_BOLD_LINE, ("**", "__")),
    (_LINK, ("](",)),
    (_ESCAPE, ("\\",)),
    (_TAGS, ("<u>", "<sup>")),
    (_DEFINITION, ("\n:   ",)),
)


def is_markdown(text: str) -> bool:
    """True when ``text`` proves itself Markdown: two kinds of Markdown mark or more
    (heading lines "## ...", whole lines in bold, links, escaped labels, wide-spaced
    items, "<u>"/"<sup>" tags, definitions ":   ..."), each met twice or more. One stray
    "**" or one link is chance in a pasted release, and one kind alone is another tool's
    habit (pandoc's plain text spaces its items "-   " too); two kinds are an author
    writing Markdown."""
    shown = [pattern for pattern, gates in _KINDS if holds_any(text, gates)]
    if not shown:
        return False
    lined = "\n" + text  # (so a mark on the first line has its newline too)
    kinds = 0
    for pattern in (*shown, _WIDE_ITEM):
        # (A second match is enough: the scan stops there, never counting them all.)
        kinds += next(islice(pattern.finditer(lined), 1, None), None) is not None
        if kinds >= 2:
            return True
    return False
