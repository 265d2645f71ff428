"""``has_invalid`` answers exactly as ``INVALID.search`` does (it only finds the answer
with C scans instead of a character class tried at every position)."""

from briefing.textsafe import INVALID, has_invalid


def test_every_code_point_in_ascii_and_wider_text():
    for code in [*range(0x0, 0x3000), *range(0xD700, 0x10000), 0x1F600, 0x10FFFF]:
        char = chr(code)
        for text in (
            f"The Council met.{char}",
            f"{char} Le Conseil s’est réuni.",
            f"회의{char}가 열렸다 \U0001f600",
        ):
            assert has_invalid(text) == (INVALID.search(text) is not None), hex(code)


def test_clean_and_empty_text():
    assert not has_invalid("")
    assert not has_invalid("Line one\nline two\ttabbed\r\n“quoted” — 😀")
    assert has_invalid("page one\fpage two")
    assert has_invalid("a pair \ud83d\ude00 of halves")  # (halves, not an astral character)
