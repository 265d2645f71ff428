"""A key printed in its own column beside a list (side_keys.py): "Considering : a. that
..." / "b. that ...". The key is a unit of its own and the list's first item opens at
its label, like the items after it. Made-up text in the shape of decrees."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.side_keys import key_end, opens_keyed_list
from briefing.model import Release

from .helpers import lost_words

DECREE = """DECREE OF THE MINISTER OF EXAMPLES
NUMBER 7 OF 2031

THE MINISTER OF EXAMPLES,

Considering : a. that the register of sample goods needs to be kept in good order
for the benefit of every office that keeps one;
b. that on the basis of the consideration in letter a, a decree on the register
needs to be made;
Recalling : 1. Law Number 3 of 2020 on Sample Goods (State Gazette of 2020
Number 12);
2. Law Number 9 of 2024 on the Registers of Offices (State Gazette of 2024
Number 40);
3. Decree of the Minister Number 2 of 2029 on Sample Registers;

DECIDES:

Article 1
The register of sample goods is kept by every office.
"""


def _texts(release: Release) -> list[str]:
    return [release.text[n.body_start : n.end].split("\n")[0] for n in release.nodes()]


def _labels(release: Release) -> list[str]:
    return [node.label for node in release.nodes() if node.label]


def test_the_key_is_cut_from_the_first_item() -> None:
    release = release_from_text(DECREE)
    labels = _labels(release)
    assert labels[:5] == ["a.", "b.", "1.", "2.", "3."]
    texts = _texts(release)
    assert any(t.startswith("Considering") and "that" not in t for t in texts)
    assert any(t.startswith("Recalling") and "Law" not in t for t in texts)
    assert not lost_words(DECREE, release)


def test_a_key_needs_the_second_item_below() -> None:
    assert key_end("Considering : a. that the register") == len("Considering : ")
    assert not key_end("The Council decided as follows: 1. to meet again")  # a sentence
    lines = ["Recalling : 1. Law Number 3 of 2020;", "Law Number 9 of 2024"]
    assert not opens_keyed_list(lines, 0)  # no "2." below: no list, no key
    lines = ["Recalling : 1. Law Number 3 of 2020;", "2. Law Number 9 of 2024"]
    assert opens_keyed_list(lines, 0)
