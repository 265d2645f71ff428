"""Every gold outline in tests/corpus/gold has the documented shape and the right split."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

GOLD = Path(__file__).parent / "gold"
# Dev sets engineers labelled and tuned rules on before they joined the corpus: tune.
TUNED_BEFORE = ("shared/seed/", "shared/corpus/formats/", "collected/dev/")
# Blind sets labelled to keep the untouched quarter a quarter (tests/corpus/README.md).
# c18-c20: session 27; c21-c23: session 28.
ALL_TEST = tuple(f"collected/c{n}_" for n in range(18, 34))
LIST_FIELDS = {
    "numbered": {"label": str, "level": int, "text": str},
    "footnotes": {"marker": str, "text": str, "parent_label": str, "parent_text": str},
    "headings": {"label": str, "text": str, "level": int},
}


def expected_split(doc: str) -> str:
    """The README's rule: documents earlier sessions tuned on are "tune"; of the others,
    the blind sets of sessions 27 to 35 (``ALL_TEST``) are all "test"; of the others, the sha256
    of the doc id puts three in ten in the untouched "test" quarter."""
    if doc.startswith(TUNED_BEFORE) or re.fullmatch(r"shared/corpus/[^/]+", doc):
        return "tune"
    if doc.startswith(ALL_TEST):
        return "test"
    return "test" if int(hashlib.sha256(doc.encode()).hexdigest(), 16) % 10 < 3 else "tune"


def gold_files() -> list[Path]:
    return sorted(GOLD.glob("*.json"))


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.stem)
def test_gold_file_shape(path: Path) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    for key in (
        "doc",
        "split",
        "checked_by",
        "title",
        "date",
        "numbered",
        "footnotes",
        "headings",
        "furniture",
        "units",
    ):
        assert key in gold, f"{path.name}: missing {key}"
    doc = Path(gold["doc"])
    # One gold file per document: "<stem>.json", or "<stem>_<ext>.json" where a .txt and
    # an .html copy of one release share a stem.
    names = (doc.stem, f"{doc.stem}_{doc.suffix[1:]}")
    assert path.stem in names, f"{path.name}: doc {gold['doc']} has another name"
    assert gold["split"] == expected_split(gold["doc"]), f"{path.name}: wrong split"
    assert gold["title"] is None or isinstance(gold["title"], str)
    assert gold["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["date"])
    assert isinstance(gold.get("title_alternatives", []), list)
    for field, shape in LIST_FIELDS.items():
        for entry in gold[field]:
            for key, kind in shape.items():
                assert isinstance(entry.get(key), kind), f"{path.name}: {field} {entry}: {key}"
    assert all(isinstance(u, str) and u.strip() for u in gold["units"]), path.name
    assert all(isinstance(f, str) and f.strip() for f in gold["furniture"]), path.name


def test_the_labelled_corpus_keeps_an_untouched_quarter() -> None:
    splits = [json.loads(p.read_text(encoding="utf-8"))["split"] for p in gold_files()]
    if len(splits) < 20:
        pytest.skip(f"only {len(splits)} gold files so far")
    # At least the quarter the benchmark is judged on (the hash split alone gives 3 in
    # 10); the all-test blind sets push it higher, but most documents stay tunable.
    assert 0.25 <= splits.count("test") / len(splits) <= 0.45


def _checked_index(folder: Path) -> dict[str, dict]:
    """``folder``'s INDEX.tsv rows by file: every file listed, with source, licence and a
    sha256 that matches (sub-folders hold other data with their own index)."""
    import csv

    with (folder / "INDEX.tsv").open(encoding="utf-8") as handle:
        rows = {row["file"]: row for row in csv.DictReader(handle, delimiter="\t")}
    files = {p.name for p in folder.iterdir() if p.is_file() and p.name != "INDEX.tsv"}
    assert files == set(rows)
    for name, row in rows.items():
        digest = hashlib.sha256((folder / name).read_bytes()).hexdigest()
        assert digest.startswith(row["sha256"].strip()[:16]), name
        assert row["source"].strip() and row["licence"].strip(), name
    return rows


def test_every_collected_document_is_indexed_with_source_licence_and_checksum() -> None:
    for name in _checked_index(Path(__file__).parent / "collected"):
        assert (GOLD / f"{Path(name).stem}.json").exists(), f"{name} has no gold outline"


def test_every_dev_set_document_is_indexed_and_labelled() -> None:
    for name in _checked_index(Path(__file__).parent / "collected" / "dev"):
        gold = json.loads((GOLD / f"{Path(name).stem}.json").read_text(encoding="utf-8"))
        assert gold["doc"] == f"collected/dev/{name}" and gold["split"] == "tune", name
