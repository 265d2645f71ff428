"""Citations of release paragraphs: "(para 3)", "(para 2(a))", "(Annex B, paras 1, 4)".

A citation names the paragraph *as the release printed it*, so readers can find it in the
annex or in the original. Bullets ("-", "*", "□") are not paragraph numbers: an item cites
the numbered paragraph it belongs to.

Citing is on the export path once per note paragraph, and a long release can have
thousands of them: ``Citations`` indexes each release's tree once (node and parent by id)
so every citation is a few dictionary look-ups, not a walk of the tree.
"""

from __future__ import annotations

import re
import string

from briefing.model import Node, Project, Release

# Labels that mark an item but do not number it.
BULLETS = frozenset("-–—*•·○◦▪□■◇◆ㅇ※>")
_LABEL_TRIM = re.compile(r"^[(\[]+|[.)\]:]+$")


def annex_letter(index: int) -> str:
    """ "A" for the first release, "B" for the second, ... "AA" after "Z"."""
    letters = string.ascii_uppercase
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = letters[rem] + name
    return name


def is_numbering(label: str) -> bool:
    """True for labels that number a paragraph ("1.", "(a)", "가.", "II"), not bullets."""
    label = label.strip()
    return bool(label) and not all(ch in BULLETS for ch in label)


class TreeIndex:
    """One release's nodes and parents by id, built in one pass over the tree."""

    def __init__(self, release: Release) -> None:
        self.nodes: dict[str, Node] = {}
        self.parents: dict[str, Node] = {}
        # An explicit stack, not Node.walk(): its nested generators cost O(depth) per node.
        stack = [release.root]
        while stack:
            node = stack.pop()
            self.nodes.setdefault(node.id, node)
            for child in node.children:
                self.parents.setdefault(child.id, node)
            stack.extend(reversed(node.children))
        self._numbers: dict[str, str] = {}
        self.supplied = supplied_numbers(release)
        self._speakers: dict[str, str] | None = None
        self._text = release.text
        self._positions: dict[str, int] | None = None

    def speaker(self, node_id: str) -> str:
        """Who holds the turn ``node_id`` belongs to in minutes or a transcript, or ""."""
        if self._speakers is None:
            self._speakers = turn_speakers(self.nodes, self.parents, self._order(), self._text)
        return self._speakers.get(node_id, "")

    def position(self, node_id: str) -> int:
        """1-based place, among the paragraphs a reader counts, of the one holding
        ``node_id`` (0 if none): how to name a paragraph the release left unnumbered."""
        if self._positions is None:
            counted = [n for n in self._order() if n.kind in _COUNTED]
            self._positions = {n.id: i for i, n in enumerate(counted, start=1)}
        node = self.nodes.get(node_id)
        while node is not None and node.id not in self._positions:
            node = self.parents.get(node.id)
        return self._positions[node.id] if node is not None else 0

    def _order(self) -> list[Node]:
        order: list[Node] = []
        stack = [n for n in self.nodes.values() if n.kind == "root"][:1]
        while stack:
            node = stack.pop()
            order.append(node)
            stack.extend(reversed(node.children))
        return order

    def number(self, node_id: str) -> str:
        """The printed (or supplied) number of the paragraph holding ``node_id`` (memoised)."""
        cached = self._numbers.get(node_id)
        if cached is None:
            cached = _number(self.nodes.get(node_id), self.parents, self.supplied)
            self._numbers[node_id] = cached
        return cached

    def is_supplied(self, node_id: str) -> bool:
        """True when the number is the note's own count, not one the release printed."""
        return bool(self.supplied) and bool(self.number(node_id))


# Units a reader counts as the release's paragraphs (a quoted statement is one of them).
_COUNTED = ("paragraph", "quote")


def supplied_numbers(release: Release) -> dict[str, str]:
    """Node id -> "1", "2", … for body paragraphs when the release prints no numbers at all.

    Many releases (press statements, readouts) number nothing, yet a key point must point
    to its source and the annex must let the reader find it. Counting the paragraphs in
    reading order gives a number the annex prints in its margin; a release that numbers
    even some paragraphs keeps only its own numbers, since mixing the two would mislead.
    """
    order: list[Node] = []
    stack = [release.root]
    while stack:
        node = stack.pop()
        if node.kind != "root" and is_numbering(node.label):
            return {}
        if node.kind in _COUNTED:
            order.append(node)
        stack.extend(reversed(node.children))
    return {node.id: str(i) for i, node in enumerate(order, start=1)}


# A speaker's name printed before the turn in capitals ("GOVERNOR LANE: ...").
_SPEAKER_LEAD = re.compile(r"([A-Z][A-Z .'’\-]{1,60}):\s")


def turn_speakers(
    nodes: dict[str, Node], parents: dict[str, Node], order: list[Node], text: str = ""
) -> dict[str, str]:
    """Node id -> the speaker whose turn it is part of, in reading order.

    Minutes and transcripts print the speaker's name once, at the start of a turn that
    runs on over several paragraphs (``attrs["speaker"]`` on its first); a heading ends
    the turn. A paragraph they do not number is still found by whose remarks it is in.
    """
    out: dict[str, str] = {}
    current = ""
    for node in order:
        if node.kind == "heading":
            current = ""
        speaker = node.attrs.get("speaker", "") if node.attrs else ""
        if not speaker and node.kind == "paragraph" and text:
            printed = _SPEAKER_LEAD.match(text, node.body_start, node.body_start + 64)
            speaker = printed.group(1) if printed else ""
        if speaker and node.kind == "paragraph":
            current = speaker
        own = speaker or current
        if not own:
            parent = parents.get(node.id)
            own = out.get(parent.id, "") if parent is not None else ""
        if own:
            out[node.id] = own
    return out


def parent_map(release: Release) -> dict[str, Node]:
    """Node id -> parent node, for walking up from an item to its numbered paragraph."""
    return TreeIndex(release).parents


def _number(
    node: Node | None, parents: dict[str, Node], supplied: dict[str, str] | None = None
) -> str:
    if supplied:
        # An item or sentence cites the counted paragraph it belongs to.
        while node is not None and node.id not in supplied:
            node = parents.get(node.id)
        return supplied[node.id] if node is not None else ""
    parts: list[str] = []
    while node is not None and node.kind != "root":
        if is_numbering(node.label):
            parts.append(_LABEL_TRIM.sub("", node.label.strip()))
        node = parents.get(node.id)
    if not parts:
        return ""
    parts.reverse()
    # "2" then "a" reads as "2(a)", the way drafters cite sub-paragraphs.
    return parts[0] + "".join(f"({p})" for p in parts[1:])


def paragraph_number(release: Release, node_id: str, parents: dict[str, Node] | None = None) -> str:
    """The printed number of the paragraph holding ``node_id``: "3", "2(a)", or "" if none."""
    if parents is None:
        return TreeIndex(release).number(node_id)
    return _number(release.node(node_id), parents, supplied_numbers(release))


class Citations:
    """Citation texts for one project; index each release once, cite many paragraphs.

    With ``annex=False`` (a note sent without the release text) a citation names the
    release instead of an annex nobody will find: "(release para 5)", or "(release 2,
    paras 1, 4)" when several are cited; ``release_names`` lists them for the note.

    Valid while the project's trees do not change: make a new one after an edit.
    """

    def __init__(self, project: Project, annex: bool = True) -> None:
        self.project = project
        self.annex = annex
        self._releases = {r.id: r for r in reversed(project.releases)}  # first id wins
        self._letters = {
            r.id: annex_letter(i) for i, r in reversed(list(enumerate(project.releases)))
        }
        self._indexes: dict[str, TreeIndex] = {}

    def _index(self, release_id: str) -> TreeIndex | None:
        index = self._indexes.get(release_id)
        if index is None:
            release = self._releases.get(release_id)
            if release is None:
                return None
            index = self._indexes[release_id] = TreeIndex(release)
        return index

    def number(self, release_id: str, node_id: str) -> str:
        index = self._index(release_id)
        return index.number(node_id) if index is not None else ""

    def text(self, cites: list[tuple[str, str]]) -> str:
        """The citation shown after a brief paragraph, or "" when nothing citable is cited."""
        by_release: dict[str, list[str]] = {}
        speakers: list[str] = []
        places: list[str] = []
        for release_id, node_id in cites:
            number = self.number(release_id, node_id)
            if not number:
                # An unnumbered turn of minutes or a transcript: a key point must still say
                # where it comes from, and whose remarks it is in is how readers find it.
                index = self._index(release_id)
                who = index.speaker(node_id) if index is not None else ""
                if who and who not in speakers:
                    speakers.append(who)
                elif not who and index is not None and index.position(node_id):
                    # Numbered notes but an unnumbered body (a press release whose notes
                    # to editors are "1.", "2."): name the paragraph by its place in words,
                    # which cannot be mistaken for one of the printed numbers.
                    place = f"{_ordinal(index.position(node_id))} paragraph"
                    if len(self.project.releases) > 1:
                        where = (
                            f"Annex {self._letters[release_id]}"
                            if self.annex
                            else f"release {self.release_number(release_id)}"
                        )
                        place = f"{where}, {place}"
                    else:
                        place += " of the release"
                    if place not in places:
                        places.append(place)
                continue
            if not self.annex and self._index(release_id).is_supplied(node_id):
                # The release prints no number: without the annex that counts them,
                # say which paragraph in words ("3rd paragraph").
                number = _ordinal(int(number))
            numbers = by_release.setdefault(release_id, [])
            if number not in numbers:
                numbers.append(number)
        remarks = [f"remarks by {_speaker_name(who)}" for who in speakers] + places
        if not by_release:
            return f"({'; '.join(remarks)})" if remarks else ""
        several = len(self.project.releases) > 1
        groups = []
        for release_id, numbers in by_release.items():
            word = "para" if len(numbers) == 1 else "paras"
            text = f"{word} {', '.join(numbers)}"
            counted = not self.annex and self._index(release_id).supplied
            if counted:
                word = "paragraph" if len(numbers) == 1 else "paragraphs"
                text = f"{', '.join(numbers)} {word}"
            if several and self.annex:
                text = f"Annex {self._letters[release_id]}, {text}"
            elif several:
                text = f"release {self.release_number(release_id)}, {text}"
            elif counted:
                text = f"{text} of the release"
            elif not self.annex:
                text = f"release {text}"
            groups.append(text)
        return f"({'; '.join(groups + remarks)})"

    def release_number(self, release_id: str) -> int:
        """1 for the project's first release: how citations without an annex name it."""
        return next(
            (i for i, r in enumerate(self.project.releases, start=1) if r.id == release_id), 0
        )


def cite_text(project: Project, cites: list[tuple[str, str]]) -> str:
    """The citation shown after a brief paragraph, or "" when nothing citable is cited.

    For many paragraphs, use one ``Citations(project)`` instead: this indexes the
    cited releases again on every call.
    """
    return Citations(project).text(cites) if cites else ""


def _speaker_name(speaker: str) -> str:
    """ "THE PRESIDENT:" as a citation prints it: "The President"."""
    name = " ".join(speaker.split()).strip(" :")
    if name.isupper():
        small = {"of", "for", "and", "the", "on"}
        name = " ".join(w.lower() if w.lower() in small else w.capitalize() for w in name.split())
    return name[:1].upper() + name[1:]


def _ordinal(n: int) -> str:
    """1 -> "1st", 12 -> "12th", 23 -> "23rd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
