"""A line ending on a comma set in the largest type of a PDF's head (an act's enacting
authority, "MENTERI CONTOH,", over its preamble) is never the title: no title ends on a
comma. Made-up blocks."""

from __future__ import annotations

from briefing.ingest.segment import Block
from briefing.ingest.title import _pick_title


def _block(text: str, style: str = "") -> Block:
    return Block(text=text, style=style)


def test_the_enacting_authority_in_big_type_is_not_the_title():
    blocks = [
        _block("PERATURAN MENTERI CONTOH NOMOR 7 TAHUN 2031 TENTANG PERAHU NELAYAN"),
        _block("DENGAN RAHMAT TUHAN YANG MAHA ESA"),
        _block("MENTERI CONTOH,", style="title"),
        _block("Menimbang : bahwa pendaftaran perahu nelayan perlu diatur kembali;"),
    ]
    assert _pick_title(blocks, 3) != 2
