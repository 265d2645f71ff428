"""A comparison as JSON (``briefing compare --json``) and as a change list a person reads
(``-o CHANGES.md``). The JSON format is documented in docs/compare.md."""

from __future__ import annotations

from briefing.compare.align import Change, Comparison
from briefing.compare.units import Unit

SCHEMA = 1


def unrelated_warning(comparison: Comparison) -> str:
    """A sentence when the two texts look unrelated, else ""."""
    if not comparison.looks_unrelated:
        return ""
    share = round(100 * comparison.matched_share)
    return (
        f"the two releases look unrelated: only {share}% of their paragraphs match "
        "(is this the right pair?)"
    )


def to_json(comparison: Comparison) -> dict:
    data = {
        "schema": SCHEMA,
        "old": _release(comparison.old),
        "new": _release(comparison.new),
        "changes": [_change(c) for c in comparison.changes],
        "summary": comparison.summary(),
        "matched_share": round(comparison.matched_share, 3),
    }
    warning = unrelated_warning(comparison)
    if warning:
        data["warning"] = warning
    return data


def _release(release) -> dict:
    return {"title": release.title or None, "date": release.date or None}


def _unit(units: list[Unit]) -> dict | None:
    if not units:
        return None
    return {
        "id": units[0].node_id,
        "label": units[0].label,
        "text": "\n".join(u.text for u in units),
    }


def _change(change: Change) -> dict:
    data = {
        "status": change.status,
        "old": _unit(change.old),
        "new": _unit(change.new),
        "similarity": round(change.similarity, 3),
        "edits": [e.to_dict() for e in change.edits],
    }
    if change.strength is not None:
        data["strength"] = change.strength.to_dict()
    if len(change.old) > 1 or len(change.new) > 1:
        data["parts"] = {
            "old": [u.node_id for u in change.old],
            "new": [u.node_id for u in change.new],
        }
    return data


def to_markdown(comparison: Comparison) -> str:
    """Each difference with its paragraph numbers, quoted; "same" units are counted."""
    old, new = comparison.old, comparison.new
    lines = [
        f"# Changes: {new.title or 'new version'}",
        "",
        f"- Old: {_name(old)}",
        f"- New: {_name(new)}",
        "",
    ]
    warning = unrelated_warning(comparison)
    if warning:
        lines += [f"**Warning:** {warning[0].upper()}{warning[1:]}.", ""]
    counts = comparison.summary()
    lines += [", ".join(f"{n} {s}" for s, n in counts.items() if n) + ".", ""]
    for change in comparison.differences:
        lines += [f"## {_heading(change)}", ""]
        if change.status == "added":
            lines += [_quote(change.new_text), ""]
        elif change.status == "removed":
            lines += [_quote(change.old_text), ""]
        else:
            for edit in change.edits:
                lines.append("- " + _edit(edit.op, edit.old, edit.new))
            if change.strength is not None:
                lines.append(f"- Wording {change.strength.direction}: {change.strength.why}")
            if not change.edits:
                lines.append("- Text unchanged.")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def where(units: list[Unit]) -> str:
    """ "para 3", "paras 3–4", or the kind when the units carry no number."""
    labels = [u.label.strip(" .") for u in units if u.label.strip(" .")]
    if not labels:
        return units[0].kind if units else ""
    return f"para {labels[0]}" if len(labels) == 1 else f"paras {labels[0]}–{labels[-1]}"


def _heading(change: Change) -> str:
    old, new = where(change.old), where(change.new)
    if change.status == "added":
        return f"Added: {new}"
    if change.status == "removed":
        return f"Removed: old {old}"
    if change.status == "moved":
        return f"Moved: old {old} → {new}"
    if change.status in ("split", "merged"):
        return f"{change.status.capitalize()}: old {old} → {new}"
    return f"Changed: {new}" + (f" (was {old})" if old != new else "")


def _edit(op: str, old: str, new: str) -> str:
    if op == "insert":
        return f"adds “{new}”"
    if op == "delete":
        return f"drops “{old}”"
    return f"“{old}” → “{new}”"


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.splitlines())


def _name(release) -> str:
    parts = [release.title or "(untitled)"]
    if release.date:
        parts.append(release.date)
    return ", ".join(parts)
