"""The sections of a US order or act ("Section 1.", "Sec. 2.", "SEC. 3.") are labels,
with their lettered and numbered points nested under them (made-up order)."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.patterns import match_label

ORDER = """\
Harbour Safety Council

By the authority vested in me as President, it is hereby ordered as follows:

Section 1. Establishment. There is hereby established a Harbour Safety Council.

    (a) Chair. The Council shall be chaired by the Secretary of Transportation.
    (b) Members. The Council shall comprise:
    (i) the Secretary of Commerce;
    (ii) the Secretary of Homeland Security.

Sec. 2. Duties. The Council shall advise on harbour safety.

SEC. 3. General. Section 5 of the Harbour Act is not affected by this order.
"""


def test_section_numbers_are_labels():
    assert match_label("Sec. 2. Duties. The Council shall advise.").label == "Sec. 2."
    assert match_label("Section 1. Establishment. There is").label == "Section 1."
    assert match_label("SEC. 3. General. This order").label == "SEC. 3."
    # A sentence citing a section is no label: no point after the number.
    assert match_label("Section 5 of the Harbour Act is not affected.") is None


def test_points_nest_under_their_section():
    release = release_from_text(ORDER)
    labelled = {}

    def walk(nodes, depth):
        for node in nodes:
            if node.label:
                labelled.setdefault(node.label, depth)
            walk(node.children, depth + 1 if node.label else depth)

    walk(release.root.children, 1)
    assert labelled["Section 1."] == 1
    assert labelled["Sec. 2."] == 1
    assert labelled["SEC. 3."] == 1
    assert labelled["(a)"] == 2
    assert labelled["(i)"] == 3
