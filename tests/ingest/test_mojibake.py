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


def test_a_symbol_font_bullet_decoded_twice_is_a_bullet() -> None:
    # U+F0B7 (Symbol's bullet) as UTF-8 read as Latin-1: "ï\x82·", here mid-line, a
    # contact list run into one line as web archives keep it.
    text = (
        "Minister for Examples\n\n"
        "The Minister met her counterparts in Examplia today.\n\n"
        "Media enquiries \u00ef\u0082\u00b7 Minister's office: (02) 1234 5678 "
        "\u00ef\u0082\u00b7 Department: (02) 8765 4321\n"
    )
    release = release_from_text(text)
    assert "Media enquiries • Minister's office: (02) 1234 5678 • Department" in release.text
    assert "\u00ef" not in release.text and "\uf0b7" not in release.text


def test_french_i_diaeresis_stays() -> None:
    text = "Communiqué\n\nLe ministre, naïf\u00a0? Non : égoïste » et «\u00a0haï\u00a0».\n"
    release = release_from_text(text)
    # (The reader shows no-break spaces as spaces.)
    assert "naïf ? Non : égoïste » et « haï »" in release.text.replace("\u00a0", " ")
