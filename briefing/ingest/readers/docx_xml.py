"""WordprocessingML names and small XML helpers shared by the .docx modules."""

from __future__ import annotations

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
NS = {"w": W_NS}


def w_val(el, path: str, default: str | None = None) -> str | None:
    """The w:val attribute of the first element matching ``path`` under ``el``."""
    if el is None:
        return default
    found = el.find(path, NS)
    if found is None:
        return default
    return found.get(f"{W}val", default)


def w_int(el, path: str, default: int | None = None) -> int | None:
    """Like :func:`w_val`, as an int (``default`` when missing or malformed)."""
    val = w_val(el, path)
    try:
        return int(val) if val is not None else default
    except ValueError:
        return default
