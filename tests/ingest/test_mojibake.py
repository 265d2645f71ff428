"""Text an earlier program decoded twice ("â€™", "Ã©", "â€¢") is shown as written, with
a line in the release's removed list; real "â" and "Ã" stay. Made-up releases."""

from __future__ import annotations

from briefing.ingest import release_from_text

from .helpers import lost_words

TWICE = (
    "Statement by the Minister for Foreign Affairs\n\n"
    "â€¢ The Minister said the talks werenâ€™t over and would resume in SÃ£o Paulo.\n\n"
    "â€¢ The delegations welcomed the â€œconstructive spiritâ€\x9d of the meeting.\n"
)


def test_text_decoded_twice_is_shown_as_written() -> None:
    release = release_from_text(TWICE)
    assert "weren’t" in release.text and "São Paulo" in release.text
    assert "“constructive spirit”" in release.text
    labels = [n.label for n in release.nodes() if n.label]
    assert labels == ["•", "•"]
    assert any(r.kind == "mojibake" and r.text.startswith("2 lines") for r in release.removed)
    assert not lost_words(TWICE, release)


def test_real_accents_stay() -> None:
    text = "Déclaration\n\nÀ São Paulo, l'âge du château et la Ãrea (sic) restent.\n"
    release = release_from_text(text)
    assert "São Paulo, l'âge du château" in release.text
    assert not any(r.kind == "mojibake" for r in release.removed)


def test_only_lines_bearing_the_signature_are_touched() -> None:
    # "Xœâ" alone could be read as a double decoding of "Xω"; without the signature
    # ("â€™", "Ã©" ...) on its line it is left as printed, and nothing is lost.
    text = "0œ\nXœâ\n\x9dÃâ€™ââÂbÂ"
    release = release_from_text(text)
    assert "Xœâ" in release.text
    assert not lost_words(text, release)
