"""Which rule chose each release's title and date, and how often it was right, per set of
gold files.

Traces the title chooser (``title._pick_title``'s return line, ``_choose_title``'s
adjustment, the role that marked the block, and the metadata step of
``pipeline._fill_metadata`` that may replace the printed title) and the date steps (which
line of ``_fill_metadata`` or ``release_date`` gave the date), scores each title and date
against the gold (as ``bench_structure.py`` does) and prints, per rule, right / wrong /
(for titles) given-where-gold-has-none, per gold folder named. A rule right on documents
tuned on for long and wrong on blind-labelled ones is over-fitted: look there first.
Tune gold only; never name a folder holding test documents. ``derived`` in place of
NAME=GOLD_DIR traces the plain texts ``derive_text.py`` makes from the look part of the tune
split (as ``break_rules.py`` does; the held part is never traced).

Run: .venv/bin/python benchmarks/title_rules.py [--list RULE] NAME=GOLD_DIR|derived [...]
(``--list RULE`` also prints each document a rule got wrong, with the title given and the
gold's; RULE may be the start of a rule's name as the table prints it, "pick:618" or
"D head-date"; ``--list ALL``, every document.)
"""

from __future__ import annotations

import collections
import inspect
import linecache
import sys
from pathlib import Path

# This checkout's briefing, not the one the venv installed (a worktree traces its own rules).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import structure_adapters as adapters
import structure_score as scoring

from briefing.ingest import dates, load_release, pipeline, roles, title

_record: dict[str, object] = {}


def _traced(function, key: str, *, lines: bool = False, keep_locals: tuple[str, ...] = ()):
    """``function`` run under a tracer that records the line it returned from (and, with
    ``lines``, every line of it that ran; ``keep_locals``, those locals at its return)."""
    code = function.__code__

    def local(frame, event, arg):
        if event == "line" and lines:
            _record.setdefault(key + ":lines", set()).add(frame.f_lineno)
            release = frame.f_locals.get("release")
            if release is not None:
                # (what the release held before each line ran)
                _record[f"{key}:{frame.f_lineno}"] = (release.title, release.date)
        elif event == "return":
            _record[key] = frame.f_lineno
            for name in keep_locals:
                _record[f"{key}:{name}"] = frame.f_locals.get(name)
        return local

    def tracer(frame, event, arg):
        return local if event == "call" and frame.f_code is code else None

    def wrapper(*args, **kwargs):
        previous = sys.gettrace()
        sys.settrace(tracer)
        try:
            return function(*args, **kwargs)
        finally:
            sys.settrace(previous)

    return wrapper


_init = roles.Role.__init__


def _recording_init(self, *args, **kwargs) -> None:
    _init(self, *args, **kwargs)
    if self.kind == "title" and not self.attrs.get("continues"):
        frame = sys._getframe(1)
        _record.setdefault("title_roles", []).append(f"{frame.f_code.co_name}:{frame.f_lineno}")


def _install() -> None:
    roles.Role.__init__ = _recording_init
    title._pick_title = _traced(title._pick_title, "pick")
    roles._choose_title = _traced(title._choose_title, "choose")
    pipeline.release_date = _traced(dates.release_date, "release_date", keep_locals=("text",))
    pipeline._fill_metadata = _traced(
        pipeline._fill_metadata,
        "fill",
        lines=True,
        keep_locals=("adopted", "distributed", "labelled", "signed", "noticed", "meta_date"),
    )


def _source_lines(function, needles: dict[str, str]) -> dict[str, int]:
    """Line numbers of ``function``'s steps, found by their source text (first match)."""
    source, first = inspect.getsourcelines(function)
    found: dict[str, int] = {}
    for offset, line in enumerate(source):
        for key, needle in needles.items():
            if needle in line and key not in found:
                found[key] = first + offset
    return found


_FILL_STEPS = {
    "written": "release.title = written or release.title",
    "meta-fallback": "release.title = release.title or _metadata_title(extracted)",
    "running": 'release.title = "" if is_symbol(running) else running',
    "meta-date": "release.date = release.date or meta_date",
    "issue-date": 'release.date = release.date or extracted.metadata.get("issue_date", "")',
    "running-head-date": "release.date = release.date or running_head_date(release.removed)",
    "dateline-date": "release.date = dateline_date(text)",
}
# ``release_date``'s returns: a line of the datelines or the title; a full date in the
# head; a month and day in the head with the title's or head's year.
_RELEASE_DATE_STEPS = {
    "posted": "return titled.iso()",
    "line": "return found.iso()",
    "head-date": "found = find_date(head)",
    "head-partial": "return partial.iso(",
}


def _before(step: str, steps: dict[str, int]) -> tuple[str, str] | None:
    if step not in steps:  # (a step whose source line moved is not traced)
        return None
    return _record.get(f"fill:{steps[step]}")  # type: ignore[return-value]


def _title_rule(release, steps: dict[str, int]) -> str:
    printed = any(n.kind == "title" for n in release.root.walk())
    before = _before("written", steps)
    if before is not None and before[0] != release.title:
        return "meta:written-over-printed" if before[0] else "meta:written"
    before = _before("meta-fallback", steps)
    if before is not None and before[0] != release.title:
        return "meta:properties"
    before = _before("running", steps)
    if before is not None and release.title:
        return "meta:running-title"
    if not printed:
        return "none"
    made = _record.get("title_roles", ["?"])
    first = made[0] if isinstance(made, list) else "?"
    if first.startswith("_head_roles"):
        line = _record.get("pick", 0)
        said = linecache.getline(title.__file__, line).strip().removeprefix("return ")  # type: ignore[arg-type]
        rule = f"pick:{line} {said.split('  #')[0]}"
        if _record.get("choose") != _record.get("choose_plain"):
            rule += f"+choose:{_record.get('choose')}"
        return rule
    return f"role:{first}"


def _date_rule(release, steps: dict[str, int], returns: dict[str, int]) -> str:
    if not release.date:
        return "none"
    for key in ("running-head-date", "dateline-date", "issue-date", "meta-date"):
        before = _before(key, steps)
        if before is not None and not before[1]:
            return key  # (the steps before it gave nothing)
    line = _record.get("release_date")
    if line == returns["head-partial"]:
        return "head-partial-date"
    if line not in (returns["line"], returns["posted"]):
        return "head-date"  # (the return after ``find_date(head)``)
    text = _record.get("release_date:text")
    for name in ("adopted", "labelled", "signed", "noticed"):
        if text and text == _record.get(f"fill:{name}"):
            return f"dateline:{name}"
    distributed = _record.get("fill:distributed")
    if distributed is not None and text == distributed.group(1):
        return "dateline:distributed"
    if text == release.title:
        return "title"
    return "dateline" if line == returns["line"] else "dateline:posted-after-title"


def _listed(rule: str, listing: set[str]) -> bool:
    """Whether ``--list`` named the rule, whole or by the start of its name (the table
    cuts the names of rules at 60 characters)."""
    return any(rule.startswith(name) for name in listing)


def _documents(folder: str) -> list[tuple[dict, Path]]:
    """(gold, file) for each document of a gold folder, or with no folder, for each plain
    text derived from the look part of the tune split (``derive`` refuses the test quarter)."""
    if folder:
        return [(gold, scoring.document_path(gold["doc"])) for gold in scoring.tune_gold(folder)]
    from derive_text import look_documents

    return [
        (dict(gold, _gold_file=f"{kind}/{gold['_gold_file']}"), path)
        for kind, gold, path in look_documents()
    ]


def main(args: list[str]) -> None:
    listing = set()
    while args and args[0] == "--list":
        listing.add(args[1])
        args = args[2:]
    steps = _source_lines(pipeline._fill_metadata, _FILL_STEPS)
    returns = _source_lines(dates.release_date, _RELEASE_DATE_STEPS)
    _install()
    choose_code = title._choose_title.__code__
    plain_return = max(
        n for _, _, n in choose_code.co_lines() if n is not None
    )  # "return at": no adjustment
    tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    names = []
    shown: list[str] = []
    for arg in args:
        name, folder = arg.split("=", 1) if arg != "derived" else (arg, "")
        names.append(name)
        for gold, path in _documents(folder):
            _record.clear()
            _record["choose_plain"] = plain_return
            release = load_release(path, suggest=False)
            outline = adapters.outline_from_release(release)
            rule = _title_rule(release, steps)
            if gold.get("title"):
                accepted = [scoring._norm_title(gold["title"])] + [
                    scoring._norm_title(a) for a in gold.get("title_alternatives", [])
                ]
                if not outline.title:
                    verdict = "missed"
                elif scoring._norm_title(outline.title) in accepted:
                    verdict = "right"
                else:
                    verdict = "wrong"
            else:
                verdict = "extra" if outline.title else "none"
            tally["T " + rule][f"{name}:{verdict}"] += 1
            if "ALL" in listing or (
                _listed(rule, listing) and verdict in ("wrong", "extra", "missed")
            ):
                shown.append(
                    f"{name} {verdict} {rule} {gold['_gold_file']}\n"
                    f"    given {outline.title[:90]!r}\n    gold  {str(gold.get('title'))[:90]!r}"
                )
            drule = _date_rule(release, steps, returns)
            if gold.get("date"):
                if not outline.date:
                    dverdict = "missed"
                else:
                    dverdict = "right" if outline.date == gold["date"] else "wrong"
            else:
                dverdict = "extra" if outline.date else "none"
            tally["D " + drule][f"{name}:{dverdict}"] += 1
            if "ALL" in listing or (
                _listed("D " + drule, listing) and dverdict in ("wrong", "extra", "missed")
            ):
                shown.append(
                    f"{name} {dverdict} D {drule} {gold['_gold_file']}  "
                    f"given {outline.date} gold {gold.get('date')}  title {outline.title[:50]!r}"
                )
    print(f"{'rule':60s} " + " ".join(f"{n[:10]:>10s} r/w/x/miss" for n in names))
    for rule, counts in sorted(tally.items(), key=lambda kv: (kv[0][0], -sum(kv[1].values()))):
        cells = (
            f"{counts[n + ':right']}/{counts[n + ':wrong']}/{counts[n + ':extra']}"
            f"/{counts[n + ':missed']}"
            for n in names
        )
        print(f"{rule[:60]:60s} " + " ".join(f"{c:>21s}" for c in cells))
    for line in shown:
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
