"""Benchmark: how well Briefing finds the structure of real releases it was not tuned on.

Scores Briefing's outline of every document with a gold outline in ``tests/corpus/gold``
(rules in ``structure_score.py``), per category and per split — ``tune`` (rules may be
tuned on these) and ``test`` (the untouched quarter) — and, in the same run, the same
scores for an open-source partitioner (docling's HTML/Markdown/DOCX back-ends, run from
``.venv-bench``; create it with ``./dev.sh bench-venv``). Also prints the time per document.

    .venv/bin/python benchmarks/bench_structure.py [--split tune|test|all|blind|oldtune|heldout]
    .venv/bin/python benchmarks/bench_structure.py --derive text [--part look|held] [--docs]
    .venv/bin/python benchmarks/bench_structure.py --gold-dir DIR [--docs]

``--gold-dir`` scores a labelled dev set kept outside the corpus (gold files in the same
format whose ``doc`` is an absolute path), all of it in one split named ``dev``: the way to
measure a family of releases on fresh, hand-labelled documents before touching the rules.

``--split blind`` scores the tune documents that were labelled blind (dev sets labelled
before any rule change, and the blind sets that fell in tune): the honest guard when
tuning. ``--split oldtune`` scores the rest of tune, tuned on for many sessions; a rule
right there and wrong on ``blind`` is over-tuned. ``--split heldout`` scores the dev sets
labelled blind and held out of all tuning (``structure_score.HELD_OUT_SETS``): totals only,
a second honest figure beside the test quarter.

``--derive text`` scores plain text made from the TUNE PDF/HTML/DOCX/Markdown documents by
independent tools (``derive_text.py``), against the same gold, with totals per derivation;
``--part look`` keeps the three quarters rules are worked out on, ``--part held`` the quarter
held out of that work (by a hash of the document's name).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from structure_adapters import outline_from_elements, outline_from_release  # noqa: E402
from structure_score import (  # noqa: E402
    CATEGORIES,
    TOTALS_ONLY,
    DocScore,
    Tally,
    document_path,
    load_gold,
    score,
    total,
    tune_part,
)

PARTITIONER_PYTHON = REPO / ".venv-bench" / "bin" / "python"


def run_briefing(
    golds: list[dict], paths: dict[str, Path] | None = None
) -> tuple[dict[str, DocScore], list[float]]:
    from briefing.ingest import load_release
    from briefing.ingest.errors import ReleaseReadError

    scores: dict[str, DocScore] = {}
    times: list[float] = []
    for gold in golds:
        path = paths[gold["doc"]] if paths is not None else document_path(gold["doc"])
        started = time.perf_counter()
        try:
            release = load_release(path, suggest=False)
        except ReleaseReadError as error:
            result = score(gold, outline_from_elements([]))
            result.notes.insert(0, f"not read: {error}")
            scores[gold["doc"]] = result
            continue
        times.append(time.perf_counter() - started)
        scores[gold["doc"]] = score(gold, outline_from_release(release))
    return scores, times


def run_partitioner(golds: list[dict]) -> dict[str, DocScore] | str:
    if not PARTITIONER_PYTHON.exists():
        return "no .venv-bench (run ./dev.sh bench-venv to install docling there)"
    paths = [str(document_path(g["doc"])) for g in golds]
    try:
        done = subprocess.run(
            [str(PARTITIONER_PYTHON), str(HERE / "partitioner_outline.py"), *paths],
            capture_output=True,
            text=True,
            timeout=1800,
            check=True,
            # No downloads: the back-ends used need no models.
            env={**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"},
        )
    except (subprocess.SubprocessError, OSError) as error:
        return f"partitioner failed: {error}"
    elements = json.loads(done.stdout)
    scores: dict[str, DocScore] = {}
    for gold, path in zip(golds, paths, strict=True):
        found = elements.get(path)
        if found is None or isinstance(found, dict):
            continue  # not supported (PDF) or failed: left out of its totals
        scores[gold["doc"]] = score(gold, outline_from_elements(found))
    return scores


def fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def print_table(title: str, rows: dict[str, dict]) -> None:
    print(f"\n{title}")
    names = list(rows)
    header = "category".ljust(12) + "".join(f"{n:>30}" for n in names)
    print(header)
    print(" " * 12 + "".join(f"{'P':>9}{'R':>8}{'(m/p/g)':>13}" for _ in names))
    for category in CATEGORIES:
        line = category.ljust(12)
        for name in names:
            t: Tally = rows[name]["tallies"][category]
            counts = f"{t.matched}/{t.predicted}/{t.gold}"
            line += f"{fmt(t.precision):>9}{fmt(t.recall):>8}{counts:>13}"
        print(line)
    for key, label in (
        ("splits", "mid-paragraph splits per 100 gold units"),
        ("glued", "glued paragraphs per 100 gold units"),
        ("lost_units", "gold units lost (not in the kept text)"),
        ("false_headings", "false headings holding paragraphs"),
        ("unasked_fields", "titles and dates given where the gold has none"),
    ):
        line = f"  {label}:"
        for name in names:
            row = rows[name]
            value = row[key]
            if key in ("splits", "glued"):
                value = f"{100 * row[key] / max(1, row['gold_units']):.1f}"
            line += f"  {name}={value}"
        print(line)
    print("  documents: " + "  ".join(f"{n}={rows[n]['docs']}" for n in names))


def run_derived(golds: list[dict], show_docs: bool, part: str = "all") -> None:
    """Totals for each plain-text derivation of the tune documents (never the test quarter);
    ``part`` "look" or "held" keeps only that part of them (``derive_text.derived_quarter``)."""
    from derive_text import available, derive, derived_quarter

    tune = [g for g in golds if g["split"] == "tune"]
    if part != "all":
        tune = [g for g in tune if derived_quarter(g["doc"]) == part]
    rows: dict[str, dict] = {}
    every: dict[str, DocScore] = {}
    notes: list[tuple[str, str, list[str]]] = []
    for name in available():
        paths = {}
        for gold in tune:
            derived = derive(gold, document_path(gold["doc"]), name)
            if derived is not None:
                paths[gold["doc"]] = derived
        chosen = [g for g in tune if g["doc"] in paths]
        scores, _ = run_briefing(chosen, paths)
        rows[name] = total(scores.values())
        for doc, result in scores.items():
            every[f"{name}:{doc}"] = result
            if result.notes:
                notes.append((name, doc, result.notes))
    rows["all derived"] = total(every.values())
    which = "" if part == "all" else f", {part} part"
    print_table(f"== derived plain text from the tune split ({len(every)} files{which})", rows)
    if show_docs:
        for name, doc, doc_notes in notes:
            print(f"  {name}: {Path(doc).name}:")
            for note in doc_notes[:12]:
                print(f"      {note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        default="both",
        choices=("tune", "test", "all", "both", "blind", "oldtune", "heldout"),
    )
    parser.add_argument("--docs", action="store_true", help="per-document notes")
    parser.add_argument("--no-partitioner", action="store_true")
    parser.add_argument(
        "--by-format", action="store_true", help="Briefing's totals per file format too"
    )
    parser.add_argument(
        "--derive", choices=("text",), help="score plain text derived from the tune documents"
    )
    parser.add_argument(
        "--part",
        choices=("all", "look", "held"),
        default="all",
        help="with --derive: only the derived files worked on (look) or held out (held)",
    )
    parser.add_argument(
        "--gold-dir", type=Path, help="score a dev set's gold files instead of the corpus"
    )
    args = parser.parse_args()
    # Documents scored as totals only, whatever split they are shown in (a test or
    # held-out gold copied into a dev folder, ``--split all``).
    hidden: set[str] = set()
    if args.gold_dir:
        golds = load_gold("all", args.gold_dir)
        hidden = {g["doc"] for g in golds if g["split"] in TOTALS_ONLY}
        golds = [{**g, "split": "dev"} for g in golds]
        args.split = "dev"
    elif args.split in ("blind", "oldtune"):
        golds = [
            {**g, "split": args.split}
            for g in load_gold("tune")
            if tune_part(g["_gold_file"]) == args.split
        ]
    else:
        golds = load_gold("all")
        hidden = {g["doc"] for g in golds if g["split"] in TOTALS_ONLY}
    if not golds:
        print(f"no gold files in {args.gold_dir or 'tests/corpus/gold'}")
        return
    missing = [g["doc"] for g in golds if not document_path(g["doc"]).exists()]
    golds = [g for g in golds if g["doc"] not in missing]
    if missing:
        print(f"{len(missing)} documents not found (is ../shared beside the checkout?)")
    if args.derive:
        run_derived(golds, args.docs, args.part)
        return
    splits = ("tune", "test") if args.split == "both" else (args.split,)
    chosen = [g for g in golds if g["split"] in splits or args.split == "all"]

    ours, times = run_briefing(chosen)
    theirs = {} if args.no_partitioner else run_partitioner(chosen)
    if isinstance(theirs, str):
        print(f"partitioner: {theirs}")
        theirs = {}

    for split in splits:
        docs = [g["doc"] for g in chosen if split == "all" or g["split"] == split]
        rows = {"briefing": total(ours[d] for d in docs)}
        if theirs:
            both = [d for d in docs if d in theirs]
            rows["briefing (same docs)"] = total(ours[d] for d in both)
            rows["docling"] = total(theirs[d] for d in both)
        print_table(f"== split: {split} ({len(docs)} documents)", rows)
        if args.by_format:
            formats = sorted({Path(d).suffix for d in docs})
            by_format = {f: total(ours[d] for d in docs if Path(d).suffix == f) for f in formats}
            print_table(f"-- {split}, Briefing by format", by_format)
        # The untouched quarter and the held-out dev sets show only their totals.
        if args.docs and split not in TOTALS_ONLY:
            for d in docs:
                notes = ours[d].notes if d not in hidden else None
                if notes:
                    print(f"  {Path(d).name}:")
                    for note in notes[:12]:
                        print(f"      {note}")
    if times:
        print(
            f"\nBriefing: median {statistics.median(times) * 1000:.0f} ms a document, "
            f"max {max(times) * 1000:.0f} ms ({len(times)} documents)"
        )


if __name__ == "__main__":
    main()
