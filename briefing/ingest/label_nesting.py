"""The tests that decide how deep a labelled block goes in the outline.

A mixin of the tree builder (``tree._Builder``): ``_place_labelled`` there chooses a
depth by asking these, one reading of the text each (does a colon introduce a list, does
a family already shown nested nest again, does a quoted list go on, did a list lose its
first labels). Kept apart so that the placing stays short to read and each test can be
read with its reason next to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.ingest import patterns as P
from briefing.model import Node

if TYPE_CHECKING:
    from briefing.ingest.list_resume import Broken

# Label families that number a text's own paragraphs or divisions. A section or article
# designation ("Sec. 2.", "Article 3 -", "Item 4.") names a division of the act or agenda
# itself: it follows the last sub-point of the one before, never sits inside it.
_PARAGRAPH_NUMBERS = frozenset(
    ("decimal.", "decimal)", "ALPHA.", "ALPHA)", "ROMAN.", "section", "article", "item.")
)
# A Roman family's letter family: "(i)" after "(h)" is the letter i (_letter_or_roman).
_ROMAN_TO_ALPHA = {"(roman)": "(alpha)", "roman.": "alpha."}


class LabelNesting:
    """The label-depth tests of the tree builder."""

    if TYPE_CHECKING:  # (the builder's state these tests read)
        text: str
        stack: list[tuple[Node, str]]
        families: list[str]
        last: Node | None
        broken: Broken | None
        nested_under: dict[str, str]
        restarts_under: dict[str, set[str]]

    def _goes_on_quotation(self, family: str, label: str) -> bool:
        """A label with no quotation mark that numbers the paragraph after a quoted one
        ('“16. ...' then '17. ...'): one quotation holds both, so they are siblings
        (also when the quoted one's unlabelled lines closed its list: list_resume)."""
        quoted = "quoted " + family
        for families, stack in (
            (self.families, self.stack),
            (self.broken.families, self.broken.stack) if self.broken else ([], []),
        ):
            if family in families or quoted not in families:
                continue
            at = families.index(quoted)
            if at >= len(stack):
                continue
            before = P.label_number(stack[at][0].label or "")
            if before is not None and P.label_number(label) == before + 1:
                return True
        return False

    def _introduces_text(self) -> bool:
        """Whether the open labelled item was the last block placed and ends with a
        colon: what follows is the text it introduces."""
        if not self.stack or self.last is not self.stack[-1][0]:
            return False
        node = self.stack[-1][0]
        return node.end > node.start and self.text[node.end - 1] == ":"

    def _restarts_inside(self, family: str, label: str) -> bool:
        """A label numbered 1 of a family open at the deepest level, right after that
        item ends on a colon (or a block of the text it introduces does, "Pasal 1" /
        "In this regulation:")."""
        if self.families[-1] != family or len(self.stack) != len(self.families):
            return False
        item, last = self.stack[-1][0], self.last
        if last is None or not (last is item or (item.children and last is item.children[-1])):
            return False
        return (
            item.end > item.start
            and last.end > last.start
            and self.text[item.end - 1] == ":"
            and self.text[last.end - 1] == ":"
            and P.label_number(label) == 1
        )

    def _resumed_depth(self, family: str, label: str) -> int:
        """The depth a label of an open family goes on at. When the family is open at
        two depths (a quoted list numbered like the act around it), the deeper goes
        on while its numbers run forward; a number below the deeper item's resumes
        the outer sequence ("3." after the quoted "11.")."""
        if self.families.count(family) < 2:  # (open once, as nearly always: no list built)
            return self.families.index(family)
        depths = [d for d, f in enumerate(self.families) if f == family]
        if len(self.stack) == len(self.families):
            number = P.label_number(label)
            for d in reversed(depths):
                previous = P.label_number(self.stack[d][0].label)
                if number is None or previous is None or previous < number:
                    return d
        return depths[0]

    def _nests(self, family: str, level: int) -> bool:
        """Whether a label family met for the first time goes inside the open item.

        Sub-point labels (bullets, "(a)", "i.", "1.1") do. Paragraph numbers ("1.",
        "A.", "II.") start sequences of their own: after "- having regard to ...," or
        "A. whereas ...;" a "1." is the next part of the text, not a point inside the
        last recital. They nest only under an item that introduces them (ending with a
        colon) or when the format itself reports a deeper level."""
        node, open_family = self.stack[-1]
        if P.bullet_outranks(family.split("@")[0], open_family.split("@")[0]):
            return False  # "□ 질의응답" after "○ ...": the next point, not inside it
        if open_family in self.restarts_under.get(family, ()):
            return True  # "A." starting over under each "(1)": (1)'s sub-points
        if family in self.restarts_under.get(open_family, ()) and not family.startswith("bullet:"):
            # "(a)" after a "(7)" of a text that starts "(1)" over under each "(a)": the
            # open list is a sub-list of this family's, which goes on above it. (A bullet
            # holds no place in a sequence: the points of a "1." may be bullets whose own
            # sub-points are numbered "1." again.)
            return False
        if family.split("@")[0] not in _PARAGRAPH_NUMBERS or self._shown_nested(family):
            return True
        open_level = int(open_family.rsplit("@", 1)[-1] or 0) if "@" in open_family else 0
        if level > open_level:
            return True
        return node.end > node.start and self.text[node.end - 1] == ":"

    def _introduces_list(self, parent: Node, parent_family: str, family: str) -> bool:
        """Whether ``parent``, ending on a colon, opened a list of another paragraph-number
        family under it: the one sure sign of the text's hierarchy (a list that nests after
        a ";" or a lost label shows none)."""
        return (
            family != parent_family
            and family.split("@")[0] in _PARAGRAPH_NUMBERS
            and parent.end > parent.start
            and self.text[parent.end - 1] == ":"
        )

    def _shown_nested(self, family: str) -> bool:
        """Whether the text already set this family's list one level under an item of the
        open item's family: "A. ...:" / "1. 2. 3.", then "E. ... links." / "1. 2.". A
        document keeps one hierarchy, so the later list is E.'s sub-points too, though E.
        ends its sentence. (Not when an unlabelled paragraph after E. announces the list:
        "As used in this memorandum ... also to:" / "a." is the paragraph's own list.)"""
        item, open_family = self.stack[-1]
        # (Right after the item: past a heading or a paragraph the list is not the item's.)
        return self.last is item and self.nested_under.get(family) == open_family

    def _introduced_after_item(self) -> bool:
        """Whether the block just placed is an unlabelled paragraph after the open item
        that ends on a colon, while the open item does not: the colon announces a list of
        the paragraph's own. An item's sub-points follow the item, or a colon of the item
        ("7. Requests ...:"); a paragraph placed after a finished item (one ending a
        sentence) that announces a list ("Thus the memorandum also applies to:") starts
        that list afresh."""
        last, item = self.last, self.stack[-1][0]
        if last is None or last.label or last.kind not in ("paragraph", "quote"):
            return False
        if any(last is node for node, _ in self.stack) or not last.end > last.start:
            return False
        if self.text[last.end - 1] != ":" or not item.end > item.start:
            return False
        # (An item cut off mid-sentence, "... the rate at" / "4.25 percent. ... the
        # following factors:", goes on in the paragraph: the colon is the item's.)
        tail = self.text[max(item.start, item.end - 4) : item.end].rstrip("\"'”’»)]")
        return tail.endswith((".", ";", "!", "?"))

    def _goes_on_lost_list(self, family: str, label: str) -> bool:
        """A sub-point label met for the first time under another sub-point, and not the
        first of its sequence ("(e)", not "(a)"): its list began where labels were lost."""
        open_family = self.stack[-1][1].split("@")[0]
        if len(self.stack) < 2 or open_family in _PARAGRAPH_NUMBERS:
            return False
        if family.split("@")[0] in _PARAGRAPH_NUMBERS or family.startswith("bullet"):
            return False
        if family.startswith("ROMAN"):
            # "I", "V", "X" of a Brazilian act's incisos ("I - ...") or of "I." parts are
            # numerals, not the letters I, V, X: "I" opens its list, it goes on no lost one.
            core = label.strip("().- \t").lower()
            number = P.roman_value(core) if core and set(core) <= set("ivxlc") else None
        else:
            number = P.label_number(label)
        return number is not None and number > 1

    def _letter_or_roman(self, label: P.LabelMatch) -> str:
        """ "(i)" after "(h)", "v." after "u.", "(x)" after "(w)" are letters, not roman
        numerals: a sequence goes on before a new family starts."""
        alpha = _ROMAN_TO_ALPHA.get(label.family)
        if alpha is None:
            return label.family  # (not a Roman family: most labels, "1.", "(a)", "-")
        if alpha == "alpha." and label.label.endswith(")"):
            alpha = "alpha)"  # "i)" after "h)": the "roman." family reads "i)" and "i." alike
        core = label.label.strip("().")
        if alpha is None or len(core) != 1:
            return label.family
        for node, family in reversed(self.stack):
            if family.split("@")[0] == alpha:
                previous = P.label_number(node.label)
                if previous is not None and previous + 1 == ord(core) - ord("a") + 1:
                    return alpha
                break
        return label.family


def article_of(family: str, stack: list[tuple[Node, str]]) -> int | None:
    """For a paragraph of an article ("§ 1º", "Parágrafo único."), the depth of the open
    article it belongs to."""
    if family[:1] != "§" or family.split("@")[0] != "§":  # (a character first: most are not)
        return None
    for depth in range(len(stack) - 1, -1, -1):
        if stack[depth][1].split("@")[0] == "article":
            return depth
    return None
