"""Build the outline tree from blocks that have roles and places in the release text.

Nesting follows the order in which label families first appear, the way a reader
infers it: the first family seen ("1.") is the top level, a new family met inside it
("-", "(a)", "1.1") is one level deeper, and so on (the tests that choose a label's
depth are in ``label_nesting``). Footnotes go to the paragraph whose marker they explain
(``note_placement``); once all blocks are placed, runs of short numbered lines become
agenda lists (``agenda_lists``) and nodes get their ids (``outline_ids``).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from briefing.ingest import patterns as P
from briefing.ingest.agenda_lists import wrap_agenda_lists
from briefing.ingest.dotted_paths import DOTTED_FAMILIES, dotted_depth
from briefing.ingest.label_nesting import LabelNesting, article_of
from briefing.ingest.label_sequences import restarted_under, sequence_blocks
from briefing.ingest.list_resume import Broken, resume_depth
from briefing.ingest.note_placement import NotePlacement
from briefing.ingest.outline_ids import assign_ids
from briefing.ingest.quotes import add_inline_quotes
from briefing.ingest.roles import Role, words
from briefing.ingest.segment import Block
from briefing.lazyre import lazy
from briefing.model import Node, Removed

REMOVED_KINDS = ("boilerplate", "category")
_MARKABLE = frozenset(("paragraph", "quote", "item", "heading", "title"))
# (Or the one sponsor before the colon: "Iraq:* draft resolution", on behalf of a group;
# or a head line starred at its end, "Item 137 of the preliminary list*", as UN documents
# star the agenda item for the list's symbol at the page foot.)
_STARRED_NAME = lazy(r"\w[,:]\*[ \n]|\w\*(?=\n|$)")
# "Home office minister Jeremy Browne said:" introducing a quotation block.
_SAID_LEAD = lazy(
    r"([A-Z][^.!?:]{0,120}?)\s+(?:also\s+|further\s+)?(?:said|says|stated|added|noted|continued|"
    r"stressed|underlined|emphasi[sz]ed|underscored|highlighted|declared|remarked|explained|"
    r"concluded|told\s+[^.!?:]{1,60})\s*[:,]$"
)
CONTINUATION_MIN_WORDS = 12  # a numbered paragraph this long may continue unnumbered
MARKER_LOOKBACK = 60  # nodes searched for the marker a footnote explains


@dataclass(slots=True)  # (one a block: ~30,000 in a 5 MB text; no per-instance dict)
class Placed:
    """A block, its role, and its span in the release text (None when removed)."""

    block: Block
    role: Role
    start: int = -1
    end: int = -1


@dataclass
class _Builder(LabelNesting, NotePlacement):
    text: str
    root: Node = field(default_factory=lambda: Node("root", "root"))
    removed: list[Removed] = field(default_factory=list)
    section: Node | None = None  # the heading whose section we are in
    section_level: int = 0
    stack: list[tuple[Node, str]] = field(default_factory=list)  # open labelled nodes
    families: list[str] = field(default_factory=list)  # label families by depth
    explained: set[int] = field(default_factory=set)  # offsets of markers with a note
    last: Node | None = None
    explanation: Node | None = None  # footnote collecting lines for a dangling marker
    speaker: str = ""
    turn: Node | None = None  # the speaker's turn the following paragraphs belong to
    in_tail: bool = False  # past the body: only headings of the tail open sections
    # Open headings, outermost first: (node, level, label family).
    headings: list[tuple[Node, int, str]] = field(default_factory=list)
    tight: dict[int, bool] = field(default_factory=dict)  # id(node) -> no blank line before
    by_block: dict[int, Node] = field(default_factory=dict)  # block index -> its node
    waiting: dict[int, list[Node]] = field(default_factory=dict)  # notes before their mark
    # The last nodes that can hold a footnote marker, for notes printed far below it.
    recent: deque[Node] = field(default_factory=lambda: deque(maxlen=MARKER_LOOKBACK))
    broken: Broken | None = None  # the labelled items the last unlabelled block closed
    quoting: bool = False  # a quoted label was placed: its siblings may follow unquoted
    # Label family -> the family it was last placed one level under ("decimal.@0" under
    # "ALPHA.@0"): the hierarchy the text has already shown (_shown_nested).
    nested_under: dict[str, str] = field(default_factory=dict)
    # Label family -> the families the document restarts its sequence under, item after
    # item: its sub-lists, whatever their labels look like (label_sequences).
    restarts_under: dict[str, set[str]] = field(default_factory=dict)

    # -- containers --------------------------------------------------------------------

    def container(self) -> Node:
        return self.section or self.root

    def add(self, parent: Node, node: Node) -> Node:
        parent.children.append(node)
        self.last = node
        if node.kind in _MARKABLE or (
            node.kind == "note" and _STARRED_NAME.search(self.text, node.start, node.end)
        ):
            # (A head's note may star a name in a list: a UN draft's sponsor line,
            # "Armenia, Egypt,* Norway ...: draft resolution", stars the group's spokesman.)
            self.recent.append(node)
        return node

    def reset_nesting(self) -> None:
        if self.stack:
            self.broken = Broken(list(self.stack), list(self.families), self.container())
        self.stack.clear()
        self.explanation = None
        self.turn = None

    # -- handlers --------------------------------------------------------------------

    def place(self, placed: Placed, index: int = -1) -> None:
        role = placed.role
        kind = role.kind
        if kind in REMOVED_KINDS:
            self.removed.append(Removed(kind, placed.block.text))
            return
        # (Positional: ~30,000 nodes in a 5 MB text, a keyword call costs more.)
        start = placed.start
        node = Node("", kind, "", start, placed.end, start)
        if role.attrs:
            node.attrs.update(role.attrs)
        if role.attrs and node.attrs.pop("region", "") == "tail" and not self.in_tail:
            # Contacts and page footers belong to the whole release, not the last section
            # (a heading after the body, "Contacts:", "Further information", holds them).
            self.in_tail = True
            self.section = None
            self.reset_nesting()
        if role.label:
            node.label = role.label.label
            node.body_start = placed.start + role.label.body_offset
        if kind in ("title", "contact") and self._extends_previous(placed, node):
            self.by_block[index] = self.last  # type: ignore[assignment]
            for note in self.waiting.pop(index, ()):
                self.by_block[index].children.append(note)
            return  # (only titles and contacts extend the node before them)
        self.by_block[index] = node
        note_of = placed.block.note_of
        if kind == "footnote" and note_of is not None:
            # The format recorded where the marker is: no guessing. A note printed before
            # its marker (a Word frame anchored at the page top) waits for that block.
            if note_of in self.by_block:
                self.add(self.by_block[note_of], node)
                return
            if note_of > index:
                self.waiting.setdefault(note_of, []).append(node)
                return
        handler = _HANDLERS.get(kind)
        if handler is None:
            self.reset_nesting()
            self.add(self.container() if kind != "title" else self.root, node)
        else:
            handler(self, placed, node)
        # (Notes wait only where the format printed one before its marker: rare.)
        for note in self.waiting.pop(index, ()) if self.waiting else ():
            self.by_block[index].children.append(note)
        if kind != "item" and node.kind != "item":
            # Only an unbroken run of short lines explains a dangling marker.
            self.explanation = None

    def _extends_previous(self, placed: Placed, node: Node) -> bool:
        """Title wraps and contact lines lengthen the node before them."""
        last = self.last
        if last is None:
            return False
        same = (node.kind == "title" and node.attrs.get("continues")) or (
            node.kind == "contact" and last.kind == "contact"
        )
        if same and last.kind == node.kind:
            last.end = node.end
            return True
        return False

    def _place_heading(self, placed: Placed, node: Node) -> None:
        family = node.attrs.pop("family", "") or (
            placed.role.label.family if placed.role.label else ""
        )
        if self._introduces_text():
            # "3. Article 12 is amended to read as follows:" / "Article 12" / "(1) ...": an
            # amending provision quotes the article it rewrites, heading and all. A colon
            # announces the text that follows it, so a heading right after it starts no
            # part of the act: the quoted article's paragraphs stay under the provision,
            # and the act's own list goes on after it.
            node.attrs.pop("relative", "")
            self.add(self.stack[-1][0], node)
            self.last = self.stack[-1][0]  # (the provision's text goes on)
            return
        self.reset_nesting()
        self.broken = None  # a new part: no list goes on across its heading
        if node.attrs.pop("relative", "") and self.section is not None:
            self._place_numbered_heading(node, family)
            return
        level = int(node.attrs.get("level", "1") or 1)
        if self.section is not None and level > self.section_level:
            self.add(self.section, node)
            self.headings.append((node, level, family))
        elif self.section is not None:
            # A heading of the rank of one open above ("2." after "1." and its paragraphs,
            # under "A."): it closes the sections of its rank and below, and goes on in
            # the one of higher rank still open, not at the top of the outline.
            path = [h for h in self.headings if h[1] < level]
            self.add(path[-1][0] if path else self.root, node)
            self.headings = [*path, (node, level, family)]
        else:
            self.add(self.root, node)
            self.headings = [(node, level, family)]
        self.section, self.section_level = node, level

    def _place_numbered_heading(self, node: Node, family: str) -> None:
        """A numbered crosshead ("1. Domestic Conditions", "(2) Prices") is a sibling of
        the last heading numbered the same way, else a sub-heading of the section."""
        path = self.headings
        same = next((k for k in range(len(path) - 1, -1, -1) if path[k][2] == family), None)
        if same is not None:
            level = path[same][1]
            del path[same:]
        else:
            level = self.section_level + 1
        parent = path[-1][0] if path else self.root
        self.add(parent, node)
        path.append((node, level, family))
        node.attrs["level"] = str(level)
        self.section, self.section_level = node, level

    def _place_paragraph(self, placed: Placed, node: Node) -> None:
        if node.attrs.pop("turn", ""):
            # A speaker's turn in a transcript: what follows until the next speaker is
            # said by the same person.
            self.reset_nesting()
            self.add(self.container(), node)
            self.turn = node
            return
        if node.label:
            self._place_labelled(placed, node)
            return
        parent = self._continuation_parent()
        self.add(parent or self.turn or self.container(), node)

    def _place_item(self, placed: Placed, node: Node) -> None:
        self._place_labelled(placed, node, family=f"list-item@{placed.block.level}")

    def _place_labelled(self, placed: Placed, node: Node, family: str = "") -> None:
        role = placed.role
        if not family and role.label:
            family = f"{self._letter_or_roman(role.label)}@{placed.block.level}"
            if placed.block.text.lstrip()[:1] in P.QUOTED_LABEL_OPENERS:
                family = "quoted " + family  # (patterns._quoted_label)
                self.quoting = True
            elif self.quoting and self._goes_on_quotation(family, role.label.label):
                family = "quoted " + family
        families, stack = self.families, self.stack
        broken, self.broken = self.broken, None
        if not stack and broken is not None and role.label:
            # "б)" after an "а)" whose list unlabelled blocks closed: it goes on there.
            depth = resume_depth(broken, family, role.label.label, self.container())
            if depth is not None:
                stack[:] = broken.stack[: depth + 1]
                families[:] = broken.families[: depth + 1]
        # (Only a "§" family has an article: most labels make no call.)
        article = article_of(family, stack) if family[:1] == "§" else None
        dotted = (
            dotted_depth(role.label.label, [node.label or "" for node, _ in stack])
            if role.label is not None and role.label.family in DOTTED_FAMILIES and stack
            else None
        )
        if dotted is not None:
            # "4.1.6" after "4.1.5.2": its number names its parent (dotted_paths).
            depth = dotted
            del families[depth:]
            families.append(family)
        elif article is not None and family not in families[: article + 2]:
            # "§ 1º" after an article's incisos and alíneas: a paragraph of the article,
            # one level under it, whatever list of the article's text is open.
            depth = article + 1
            del families[depth:]
            families.append(family)
        elif family.startswith("quoted ") and family not in families and stack:
            # The first paragraph an amendment quotes ("“(g) ...", '"16. ...') is text of
            # the open paragraph that inserts it ("... is amended to read:"): one level
            # under it, whatever its label's family. Its quoted siblings follow it there.
            depth = len(stack)
            del families[depth:]
            families.append(family)
        elif family in families and role.label and self._restarts_inside(family, role.label.label):
            # A "1." printed under an item of its own family that introduces it ("... to
            # read as follows:"): the family's sequence cannot start again as the item's
            # sibling, so the colon opened a list one level below.
            depth = len(stack)
            del families[depth:]
            families.append(family)
        elif family in families:
            # (Open once, as nearly always: its depth, with no call made; _resumed_depth.)
            depth = (
                families.index(family)
                if families.count(family) < 2
                else self._resumed_depth(family, role.label.label if role.label else "")
            )
            if depth > len(stack):
                # Known only from a list a heading closed ("(1)" again under "2." after
                # "1."'s "(1)"-"(3)"): no item is open for it to go under, so it goes on
                # under the deepest one open, not a level past it.
                depth = len(stack)
                del families[depth:]
                families.append(family)
            del families[depth + 1 :]
        elif stack and not self._nests(family, placed.block.level):
            # A new sequence of paragraph numbers, not sub-points of the item before.
            depth = 0
            families[:] = [family]
        elif stack and self._introduced_after_item():
            # "7. ..." / "NOW, THEREFORE, I ... proclaim as follows:" / "(1) ...": the
            # unlabelled paragraph ending on a colon introduces the new list, not the item
            # before it (which ended its sentence): a list of its own, not sub-points.
            depth = 0
            families[:] = [family]
        elif stack and role.label and self._goes_on_lost_list(family, role.label.label):
            # A list's items whose first labels the text lost ("(e)" after an "(ii)",
            # with "(a)"-"(d)" gone): no list opens past its first label, so the open
            # sub-point's list ends and this one goes on at its level.
            depth = len(stack) - 1
            del families[depth:]
            families.append(family)
        else:
            depth = len(stack)
            del families[depth:]
            families.append(family)
        del stack[depth:]
        if depth and stack and self._introduces_list(stack[-1][0], stack[-1][1], family):
            self.nested_under[family] = stack[-1][1]
        # In a transcript a list opened inside a turn ("There are three conditions:" /
        # "1. ...") is the speaker's: it stays in their turn until the next speaker.
        parent = stack[-1][0] if stack else self.turn or self.section or self.root
        node.kind = "paragraph" if depth == 0 and node.kind != "item" else "item"
        parent.children.append(node)
        self.last = node
        self.recent.append(node)
        stack.append((node, family))
        # Printed with no blank line before it: a candidate list (agenda) item.
        self.tight[id(node)] = placed.block.blank_before == 0

    def _continuation_parent(self) -> Node | None:
        """An unnumbered paragraph after a long numbered one continues it; so do the
        unnumbered clauses after one that ends with a colon ("Requests ...:")."""
        if not self.stack:
            return None
        deepest = self.stack[-1][0]
        # (Blocks carry no trailing spaces: the last character is the colon.)
        if deepest.end > deepest.start and self.text[deepest.end - 1] == ":":
            return deepest
        top = self.stack[0][0]
        if top.kind != "paragraph":
            return None
        if words(self.text[top.start : top.end], CONTINUATION_MIN_WORDS) < CONTINUATION_MIN_WORDS:
            return None
        return top

    def _place_quote(self, placed: Placed, node: Node) -> None:
        previous = self.text[max(0, placed.start - 300) : placed.start].rstrip()
        lead = _SAID_LEAD.search(previous)
        if lead:
            self.speaker = lead.group(1).strip()
        if self.last is not None and self.last.kind == "quote" and self.speaker:
            pass  # a quotation continued over paragraphs keeps its speaker
        elif not lead:
            self.speaker = ""
        if self.speaker:
            node.attrs["speaker"] = self.speaker
        parent = self._continuation_parent()
        self.add(parent or self.container(), node)


# The handler of each kind, as plain functions: bound methods kept on the builder would
# tie it in a reference cycle, and with it the whole outline (builder.root) would outlive
# the release until a full collection, which a loop of loads never sets off (no_gc_pauses
# moves every new object to the oldest generation): ~30 MB kept a 5 MB release.
_HANDLERS = {
    "heading": _Builder._place_heading,
    "paragraph": _Builder._place_paragraph,
    "item": _Builder._place_item,
    "quote": _Builder._place_quote,
    "footnote": _Builder._place_footnote,
    "note": _Builder._place_note,
}


def build_tree(text: str, placed: list[Placed]) -> tuple[Node, list[Removed]]:
    """The root node of the outline and the removed text, in reading order."""
    builder = _Builder(text)
    builder.restarts_under = restarted_under(sequence_blocks(placed))
    for index, item in enumerate(placed):
        builder.place(item, index)
    wrap_agenda_lists(builder.root, text, builder.tight)
    add_inline_quotes(builder.root, text)
    assign_ids(builder.root)
    return builder.root, builder.removed
