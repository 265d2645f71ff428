"""A sentence's end may carry a footnote marker a PDF's text flattened onto the line
("differences.7"): the numbered paragraph on the next line still starts a paragraph."""

from __future__ import annotations

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.patterns import ends_sentence

TEXT = """Ruritania national report

23.
The education system also includes activities to ensure a good start for every child in school and
for parents.
24.
Through various projects, Ruritania aims to enhance mutual knowledge and
intercultural dialogue, understanding and acceptance of differences.7
25.
The active implementation of the declaration continues through cultural and arts
education, where children and young people learn about the different art forms.
26.
The state gives special consideration to the education of pupils in the
schools of the country.
"""


def test_a_flattened_marker_after_the_full_stop_ends_the_sentence(tmp_path: Path):
    assert ends_sentence("acceptance of differences.7")
    assert ends_sentence("the plan.”12")
    assert not ends_sentence("the rate rose to 4.7")
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    release = load_release(path, suggest=False)
    assert [n.label for n in release.root.walk() if n.label] == ["23.", "24.", "25.", "26."]
