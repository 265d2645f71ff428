"""What Briefing keeps from whole web pages beyond the release: predicted units that start
no gold unit, grouped by where in the page they came from.

For each HTML document of the gold folders named, every unit Briefing predicts that starts
no gold unit (``DocScore.unmatched``) is looked up in the page: the deepest element whose
text holds the unit's opening words, the box it sits in (a list, table, figure, <aside>,
<header>, <footer>...), and whether it lies inside the element ``html_main`` chose as the
release (``choose_root``); ``-v`` also names its nearest ancestors with a class or id. A
unit kept from outside that element came in through a rule that widens it or lifts text
back (notes, datelines); one inside came from a box the furniture rules did not
recognise. The tally counts units and issuers per group, so a family can be judged by how
many sites show it.

Tune gold only; a folder holding a test document is refused before any is loaded.

Run: .venv/bin/python benchmarks/chrome_units.py GOLD_DIR [GOLD_DIR ...] [-v]
"""

from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

# This checkout's briefing, not the one the venv installed (a worktree traces its own rules).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import lxml.html
import structure_adapters as adapters
import structure_score as scoring

from briefing.ingest import load_release
from briefing.ingest.readers.html_main import choose_root

_SPACE = re.compile(r"\s+")
_SNIPPET = 30  # characters of a unit's opening text looked up in the page


def _golds(folder: str) -> list[dict]:
    return scoring.tune_gold(folder)


def _issuer(doc: str) -> str:
    """The issuer part of a corpus file name ("c13_23_de-bfs_pm-..." -> "de-bfs")."""
    name = Path(doc).name.removeprefix("dev-").split("_")
    return name[2] if len(name) > 2 and name[0][:1].isalpha() else name[0]


def _describe(el) -> str:
    """The element's tag and the two nearest ancestors with a class or id."""
    parts = []
    for node in (el, *el.iterancestors()):
        names = " ".join(filter(None, (node.get("class"), node.get("id"))))
        if names or node is el:
            parts.append(f"{node.tag}.{'.'.join(names.split()[:2])}" if names else node.tag)
        if len(parts) == 3:
            break
    return " < ".join(parts)


# Block parts of a page that say what kind of box a text sits in.
_BOXES = ("ul", "ol", "dl", "table", "figure", "aside", "header", "footer", "nav", "form")


def _box(el) -> str:
    """The nearest ancestor (or ``el``) that is a list, table, figure or page part."""
    for node in (el, *el.iterancestors()):
        if node.tag in _BOXES:
            return node.tag
    return "-"


def _source(page, root, text: str) -> tuple[str, str, bool]:
    """(description, box, inside the release element) of the deepest element holding
    ``text``."""
    snippet = _SPACE.sub(" ", text.split("\n")[0]).strip()[:_SNIPPET]
    if not snippet:
        return "?", "?", False
    found = None
    for el in page.iter():
        if isinstance(el.tag, str) and snippet in _SPACE.sub(" ", el.text_content()):
            found = el  # document order: the last hit on a path is the deepest
    if found is None:
        return "(not in the page: rebuilt text)", "?", False
    inside = found is root or any(anc is root for anc in found.iterancestors())
    return _describe(found), f"{found.tag} in {_box(found)}", inside


def main(args: list[str]) -> None:
    verbose = "-v" in args
    folders = [a for a in args if a != "-v"]
    if not folders:
        raise SystemExit(__doc__)
    groups: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    issuers: dict[str, set] = collections.defaultdict(set)
    total = 0
    for folder in folders:
        for gold in _golds(folder):
            path = scoring.document_path(gold["doc"])
            if path.suffix.lower() not in (".html", ".htm"):
                continue
            release = load_release(path, suggest=False)
            result = scoring.score(gold, adapters.outline_from_release(release))
            if not result.unmatched:
                continue
            page = lxml.html.parse(str(path)).getroot()
            body = page.find("body")
            root = choose_root(body) if body is not None else page
            if verbose:
                print(f"== {path.name}")
            for kind, text in result.unmatched:
                where, box, inside = _source(page, root, text)
                key = f"{'inside ' if inside else 'outside'} the release element: {box}"
                groups[key][kind] += 1
                issuers[key].add(_issuer(gold["doc"]))
                total += 1
                if verbose:
                    print(f"   [{kind}] {text[:70]!r}  <- {where}{'' if inside else ' (outside)'}")
    print(f"{total} predicted units start no gold unit")
    ranked = sorted(groups.items(), key=lambda item: -sum(item[1].values()))
    for key, kinds in ranked:
        found = ", ".join(f"{k} {n}" for k, n in kinds.most_common())
        print(f"{sum(kinds.values()):4d}  {len(issuers[key]):2d} issuers  {key}  ({found})")


if __name__ == "__main__":
    main(sys.argv[1:])
