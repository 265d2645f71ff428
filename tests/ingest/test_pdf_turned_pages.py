"""A page shown turned a quarter (a landscape table or annex in a portrait gazette):
its text runs up or down the unturned page, and it is the page's content, read upright
as the reader sees it, never dropped as text set sideways in a margin. The PDF is
built here by script."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release

LINES = [
    "Annex 2: Targets of the example programmes",
    "The ministry sets the targets below for each region of the example country.",
    "Each region reports on its targets to the ministry at the end of every quarter.",
    "The targets may be revised once a year after the review of the reports.",
]


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _turned_pdf(path: Path, rotate: int) -> Path:
    """One page with /Rotate ``rotate``, its lines written along the turned page, and
    a folio set upright on the unturned page (sideways as the page is shown)."""
    ops = []
    for k, line in enumerate(LINES):
        # 90: text runs up the page, the first line nearest its left edge; 270: down
        # the page, the first line nearest its right edge.
        up, down = f"0 1 -1 0 {72 + 18 * k} 72", f"0 -1 1 0 {540 - 18 * k} 720"
        matrix = up if rotate == 90 else down
        ops.append(f"BT /F1 11 Tf {matrix} Tm ({_escape(line)}) Tj ET")
    ops.append("BT /F1 9 Tf 1 0 0 1 300 40 Tm (Gazette 53) Tj ET")
    content = "\n".join(ops).encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Rotate {rotate} "
        f"/Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".encode(),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    path.write_bytes(bytes(out))
    return path


def test_a_page_shown_turned_is_read_upright(tmp_path: Path) -> None:
    for rotate in (90, 270):
        release = load_release(_turned_pdf(tmp_path / f"turned{rotate}.pdf", rotate))
        kept = " ".join([release.title or "", release.text])
        at = [kept.find(line) for line in LINES]
        assert all(a >= 0 for a in at), (rotate, kept)
        assert at[1:] == sorted(at[1:])  # in reading order
        assert not any(r.kind == "rotated" and "region" in r.text for r in release.removed)
