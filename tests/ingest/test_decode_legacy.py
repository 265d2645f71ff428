"""Legacy code pages: short Western text is not read as Central European."""

from __future__ import annotations

import pytest

from briefing.ingest.readers.decode import decode_bytes

WESTERN = [
    # Made-up sentences in the shape of releases; each has letters cp1250 reads differently.
    "Le ministre a déclaré à la presse que la réunion à Genève était très utile. Où va-t-on ?",
    "El ministro señaló que la reunión en Ginebra había sido muy útil para ambos países.",
    "O ministro afirmou que a reunião em Genève foi útil para as nações irmãs.",
]

CENTRAL = [
    "Vláda České republiky dnes schválila návrh zákona o státním rozpočtu. Příliš žluťoučký kůň.",
    "Minister spraw zagranicznych spotkał się dziś z ambasadorem. Zażółć gęślą jaźń.",
]


@pytest.mark.parametrize("text", WESTERN)
def test_short_cp1252_text_decodes_as_cp1252(text, tmp_path):
    decoded, encoding = decode_bytes(text.encode("cp1252"), tmp_path / "r.txt")
    assert decoded == text
    assert encoding == "cp1252"


@pytest.mark.parametrize("text", CENTRAL)
def test_central_european_text_keeps_its_code_page(text, tmp_path):
    decoded, _ = decode_bytes(text.encode("cp1250"), tmp_path / "r.txt")
    assert decoded == text
