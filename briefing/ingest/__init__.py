"""Reading releases: format readers, structure detection and cleanup suggestions (no Qt)."""

from briefing.ingest.errors import ReleaseReadError

__all__ = ["ReleaseReadError", "load_release", "release_from_text"]


def load_release(
    path,
    release_id: str = "r1",
    suggest: bool = True,
    keep_original: bool = False,
    progress=None,
):
    """Read the file at ``path`` into a structured Release (raises ReleaseReadError).

    ``suggest=False`` leaves out glued-word suggestions (slow to start; see
    ``briefing.ingest.pipeline.add_suggestions``); ``keep_original`` keeps the file's
    bytes in ``release.source.original``; ``progress(done, total)`` is called between
    pages and steps and may raise ``briefing.ingest.progress.Cancelled``."""
    from briefing.ingest.pipeline import load_release as _load

    return _load(
        path, release_id, suggest=suggest, keep_original=keep_original, progress=progress
    )


def release_from_text(text: str, release_id: str = "r1", name: str = "pasted text"):
    """Structure pasted text into a Release."""
    from briefing.ingest.pipeline import release_from_text as _from_text

    return _from_text(text, release_id, name)
