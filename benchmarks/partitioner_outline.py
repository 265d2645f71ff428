"""Run an open-source document partitioner on files and print its elements as JSON.

Runs in the benchmark's own virtualenv (``.venv-bench``, see ``bench_structure.py``), not
Briefing's: docling pulls in PyTorch. Uses docling's HTML, Markdown and DOCX back-ends
(no models needed); plain text is given to its Markdown back-end, as CommonMark reads
plain paragraphs and "1." lists the way a text partitioner does. PDFs need docling's
layout model, which is fetched from a hub at run time, so they are not partitioned here.

    .venv-bench/bin/python benchmarks/partitioner_outline.py FILE... > elements.json
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path

_TYPES = {
    "title": "title",
    "section_header": "heading",
    "list_item": "item",
    "footnote": "footnote",
    "page_header": "furniture",
    "page_footer": "furniture",
    "table": "table",
    "text": "paragraph",
    "paragraph": "paragraph",
    "caption": "paragraph",
    "code": "paragraph",
    "formula": "paragraph",
    "reference": "paragraph",
    "checkbox_selected": "paragraph",
    "checkbox_unselected": "paragraph",
}
SUPPORTED = {".html": ".html", ".htm": ".html", ".md": ".md", ".docx": ".docx", ".txt": ".md"}


def partition(path: Path, converter) -> list[dict]:
    suffix = SUPPORTED[path.suffix.lower()]
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"document{suffix}"
        shutil.copyfile(path, source)
        document = converter.convert(str(source)).document
    elements: list[dict] = []
    index_of: dict[str, int] = {}
    for item, _level in document.iterate_items():
        label = str(getattr(item, "label", "")).split(".")[-1].lower()
        text = getattr(item, "text", "") or ""
        if label == "table":
            text = _table_rows(item)
        if not text.strip():
            continue
        parent_ref = getattr(getattr(item, "parent", None), "cref", None)
        element = {
            "type": _TYPES.get(label, "paragraph"),
            "text": text,
            "depth": _list_depth(item, document) if label == "list_item" else 0,
            "label": (getattr(item, "marker", "") or "") if label == "list_item" else "",
            "parent": index_of.get(parent_ref) if parent_ref else None,
        }
        index_of[item.self_ref] = len(elements)
        elements.append(element)
    return elements


def _table_rows(item) -> str:
    """The table's text, one line per row (cells in column order), so the scorer can
    count each row as a unit as it does for Briefing; a merged cell is given once, on
    its first row, as docling lists it once."""
    rows: dict[int, list] = {}
    for cell in item.data.table_cells:
        rows.setdefault(cell.start_row_offset_idx, []).append(cell)
    lines = []
    for index in sorted(rows):
        cells = sorted(rows[index], key=lambda cell: cell.start_col_offset_idx)
        line = " ".join(cell.text.strip() for cell in cells if cell.text.strip())
        if line:
            lines.append(line)
    return "\n".join(lines)


def _list_depth(item, document) -> int:
    """How many lists hold this item, less one (0 for a top-level list's item)."""
    depth = -1
    node = item
    while getattr(node, "parent", None) is not None:
        node = node.parent.resolve(document)
        if "list" in str(getattr(node, "label", "")).lower():
            depth += 1
    return max(0, depth)


def main(paths: list[str]) -> None:
    from docling.document_converter import DocumentConverter

    converter = DocumentConverter()
    result: dict[str, object] = {}
    for name in paths:
        path = Path(name)
        if path.suffix.lower() not in SUPPORTED:
            result[name] = None  # not partitioned (PDF)
            continue
        try:
            result[name] = partition(path, converter)
        except Exception as error:  # one failing file must not end the run
            result[name] = {"error": f"{type(error).__name__}: {error}"[:200]}
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1:])
