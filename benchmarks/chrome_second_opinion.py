"""Would a boilerplate classifier, asked as a second opinion, drop the chrome Briefing keeps
from web pages without dropping release text? A per-unit table.

For each HTML document of the gold folders named, every unit Briefing predicts (the title
aside) is counted by: matched to a gold unit or extra (starting no gold unit,
``DocScore.unmatched``); chrome-shaped or prose (under 80 characters with no sentence end);
the class jusText gives the paragraph holding its opening words (good/neargood, bad,
link-dense: bad with over half its words in links, or absent), its stop list picked per
page by overlap with the page's words; and whether trafilatura's favour-recall text holds
the opening. ``--copy`` does the same on the ``html-copy`` derivation of the look part (a
page's text as a browser copies it), where each copied line is one paragraph for jusText:
the copy has no links, so only its length and stop-word tests speak.

A second opinion pays when the rows it would drop hold many extra units and few gold
ones. Session 43 found it does not: chrome-shaped units both libraries drop were 41 extra
for 64 gold on blind + oldtune pages (before its dead-link rule), 366 extra for 138 gold on
the copies.

Needs jusText and trafilatura (the ``bench`` extra). Tune gold only; a folder holding a
test document is refused before any is loaded.

Run: .venv/bin/python benchmarks/chrome_second_opinion.py GOLD_DIR [GOLD_DIR ...]
     .venv/bin/python benchmarks/chrome_second_opinion.py --copy
"""

from __future__ import annotations

import collections
import html
import re
import sys
from pathlib import Path

# This checkout's briefing, not the one the venv installed (a worktree traces its own rules).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import justext
import structure_adapters as adapters
import structure_score as scoring
import trafilatura

from briefing.ingest import load_release

_SPACE = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?。;:]\s*$")
_SNIPPET = 30  # characters of a unit's opening looked up in the library's text
_CHROME_CHARS = 80
_LINK_DENSE = 0.5


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def _stoplist(text: str) -> frozenset:
    """The jusText stop list sharing most words with ``text`` (pages name no language
    reliably)."""
    words = set(re.findall(r"\w+", text.lower()))
    best: frozenset = frozenset()
    for language in justext.get_stoplists():
        stops = justext.get_stoplist(language)
        if len(words & stops) > len(words & best):
            best = stops
    return best


def _classes(page: bytes, text: str) -> list[tuple[str, str]]:
    """(normalised text, class) of each jusText paragraph of ``page``."""
    out = []
    for para in justext.justext(page, _stoplist(text)):
        if para.class_type == "bad" and para.links_density() > _LINK_DENSE:
            kind = "link-dense"
        else:
            kind = "good" if para.class_type in ("good", "neargood") else para.class_type
        out.append((_norm(para.text), kind))
    return out


def _tally(
    rows: collections.Counter, gold: dict, path: Path, classes: list, kept: str | None
) -> None:
    outline = adapters.outline_from_release(load_release(path, suggest=False))
    extra = collections.Counter(scoring.score(gold, outline).unmatched)
    for unit in outline.units:
        if unit.kind == "title":
            continue
        head = (unit.kind, unit.text[:80])
        is_extra = extra[head] > 0
        if is_extra:
            extra[head] -= 1
        snippet = _norm(unit.text)[:_SNIPPET]
        if not snippet:
            continue
        jt = next((kind for text, kind in classes if snippet in text), "absent")
        stripped = unit.text.strip()
        shape = (
            "chrome"
            if len(stripped) < _CHROME_CHARS and not _SENTENCE_END.search(stripped)
            else "prose"
        )
        trafilatura_keeps = "n/a" if kept is None else ("kept" if snippet in kept else "dropped")
        rows[("extra" if is_extra else "gold", shape, jt, trafilatura_keeps)] += 1


def _pages(folders: list[str]) -> collections.Counter:
    rows: collections.Counter = collections.Counter()
    for folder in folders:
        for gold in scoring.tune_gold(folder):
            path = scoring.document_path(gold["doc"])
            if path.suffix.lower() not in (".html", ".htm"):
                continue
            data = path.read_bytes()
            text = data.decode("utf-8", "replace")
            kept = trafilatura.extract(
                text, include_comments=False, include_tables=True, favor_recall=True
            )
            _tally(rows, gold, path, _classes(data, text), _norm(kept or ""))
    return rows


def _copies() -> collections.Counter:
    from derive_text import look_documents

    rows: collections.Counter = collections.Counter()
    for _, gold, path in look_documents(["html-copy"]):
        text = path.read_text(encoding="utf-8")
        lines = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
        page = f"<html><body>{lines}</body></html>".encode()
        _tally(rows, gold, path, _classes(page, text), None)
    return rows


def main(args: list[str]) -> None:
    if args == ["--copy"]:
        rows = _copies()
    elif args and "--copy" not in args:
        rows = _pages(args)
    else:
        raise SystemExit(__doc__)
    print("units  matched  shape   jusText     trafilatura")
    for key, count in sorted(rows.items()):
        print(f"{count:5d}  " + "  ".join(f"{part:10s}" for part in key))


if __name__ == "__main__":
    main(sys.argv[1:])
