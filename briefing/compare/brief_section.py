"""A comparison written into the brief: the section "Changes since the previous version".

What a reader of successive statements wants in a note is the short list that press
coverage gives ("drops its reference to…", "for the first time mentions…"): new language
and dropped language quoted with their paragraph numbers, what moved, and wording made
stronger or weaker. One paragraph per difference, citing the new text's paragraph, after
an opening line naming the earlier version. Long lists are cut (a note is one or two
pages); the last line says how many more there are.
"""

from __future__ import annotations

import copy

from briefing.brief.sentences import readable_date
from briefing.compare.align import Change, Comparison
from briefing.compare.units import Unit
from briefing.model import Brief, BriefParagraph, BriefSection

CHANGES = "changes"
MAX_ITEMS = 10  # differences listed in a note; the rest are counted
_QUOTE_WORDS = 30  # an added or dropped paragraph is quoted up to this many words
_EDITS_SHOWN = 3  # word edits quoted per changed paragraph
_AFTER = ("key_points", "summary", "purpose")  # where the section goes in the note
_NAMED_WORDS = 5  # an unnumbered paragraph is named by its first words
# The text's own front and back matter (title, symbol notes, "30th plenary meeting"): a
# new version changes them by nature, so the note counts them after the substance.
_FORMAL = frozenset({"title", "subtitle", "note"})


def changes_paragraphs(comparison: Comparison, new_release_id: str | None) -> list[BriefParagraph]:
    """The section's paragraphs: an opening line, then one per difference in substance,
    then one line for the changed front and back matter. Each cites the new text's
    paragraph when the new text is a release of the project (``new_release_id``)."""
    old = comparison.old
    named = f"“{old.title}”" if old.title else "the previous version"
    if old.date:
        named += f" of {readable_date(old.date)}"
    counts = ", ".join(
        f"{n} {status}" for status, n in comparison.summary().items() if n and status != "same"
    )
    opening = f"Compared with {named}: {counts or 'no change in substance'}."
    paragraphs = [BriefParagraph(opening, drafted=False)]
    substance = [c for c in comparison.differences if not _formal(c)]
    for change in substance[:MAX_ITEMS]:
        cites = [(new_release_id, u.node_id) for u in change.new[:1]] if new_release_id else []
        paragraphs.append(BriefParagraph(describe(change), cites=cites, drafted=False))
    if len(substance) > MAX_ITEMS:
        more = len(substance) - MAX_ITEMS
        paragraphs.append(
            BriefParagraph(
                f"{more} further change{'s' if more > 1 else ''} (see the full comparison).",
                drafted=False,
            )
        )
    formal = len(comparison.differences) - len(substance)
    if formal:
        paragraphs.append(
            BriefParagraph(
                f"Also changed: {formal} line{'s' if formal > 1 else ''} of front or back "
                "matter (title, symbol, meeting).",
                drafted=False,
            )
        )
    return paragraphs


def describe(change: Change) -> str:
    """One difference as a sentence a reader takes in at once."""
    old, new = _where(change.old), _where(change.new)
    if change.status == "added":
        return f"New ({new}): {_quote(change.new_text)}."
    if change.status == "removed":
        return f"Dropped (was {old}): {_quote(change.old_text)}."
    if change.status == "moved":
        text = f"Moved: {new} (was {old})"
    elif change.status in ("split", "merged"):
        text = f"{change.status.capitalize()}: {old} became {new}"
    else:
        renumbered = old != new and old.startswith("para") and new.startswith("para")
        text = f"Changed: {new}" + (f" (was {old})" if renumbered else "")
    edits = [_edit(e.op, e.old, e.new) for e in change.edits[:_EDITS_SHOWN]]
    if len(change.edits) > _EDITS_SHOWN:
        more = len(change.edits) - _EDITS_SHOWN
        edits.append(f"{more} more edit{'s' if more > 1 else ''}")
    if edits:
        text += ": " + "; ".join(edits)
    if change.strength is not None:
        text += f" ({change.strength.direction} wording: {change.strength.why})"
    return text + "."


def with_changes(brief: Brief, comparison: Comparison, new_release_id: str | None) -> Brief:
    """A copy of ``brief`` whose Changes section holds this comparison (replacing an
    earlier one: a note reports one comparison)."""
    new = copy.deepcopy(brief)
    section = next((s for s in new.sections if s.key == CHANGES), None)
    if section is None:
        section = BriefSection(CHANGES)
        keys = [s.key for s in new.sections]
        at = next((keys.index(k) + 1 for k in _AFTER if k in keys), len(keys))
        new.sections.insert(at, section)
    section.paragraphs = changes_paragraphs(comparison, new_release_id)
    return new


def _formal(change: Change) -> bool:
    return all(u.kind in _FORMAL for u in change.old + change.new)


def _where(units: list[Unit]) -> str:
    """ "para 3", "paras 3–4", or an unnumbered paragraph named by its first words."""
    labels = [u.label.strip(" .") for u in units if u.label.strip(" .")]
    if labels:
        return f"para {labels[0]}" if len(labels) == 1 else f"paras {labels[0]}–{labels[-1]}"
    if not units:
        return ""
    words = units[0].text.split()
    first = " ".join(words[:_NAMED_WORDS]).rstrip(",;:.")
    return f"the paragraph “{first}{'…' if len(words) > _NAMED_WORDS else ''}”"


def _quote(text: str) -> str:
    words = " ".join(text.split()).split(" ")
    shown = " ".join(words[:_QUOTE_WORDS])
    return f"“{shown}…”" if len(words) > _QUOTE_WORDS else f"“{shown.rstrip('.;,')}”"


def _edit(op: str, old: str, new: str) -> str:
    # Punctuation at a phrase's end is the sentence's, not the edit's.
    old, new = old.rstrip(",;:."), new.rstrip(",;:.")
    if op == "insert":
        return f"adds “{new}”"
    if op == "delete":
        return f"drops “{old}”"
    return f"“{old}” becomes “{new}”"
