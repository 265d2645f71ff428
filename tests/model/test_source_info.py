"""SourceInfo keeps a saved original as base64 until it is used."""

from __future__ import annotations

import binascii

from hypothesis import given
from hypothesis import strategies as st

from briefing.model import SourceInfo
from briefing.model.release import is_base64

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _strictly_decodes(encoded: str) -> bool:
    try:
        binascii.a2b_base64(encoded, strict_mode=True)
    except (binascii.Error, ValueError):
        return False
    return True


@given(st.text(alphabet=ALPHABET + "=%\né", max_size=24))
def test_what_is_accepted_decodes_strictly(encoded: str) -> None:
    """Accepted means the lazy decode cannot fail later (and gives what strict mode
    gives); what is not padded base64 is refused. (Strict mode itself lets a few odd
    forms through, such as a stray "=" after whole groups, which are refused here.)"""
    if is_base64(encoded):
        assert _strictly_decodes(encoded)
        assert binascii.a2b_base64(encoded) == binascii.a2b_base64(encoded, strict_mode=True)
    if set(encoded) - set(ALPHABET + "=") or len(encoded) % 4:
        assert not is_base64(encoded)


@given(st.binary(max_size=64))
def test_every_encoding_is_accepted_and_decodes_back(data: bytes) -> None:
    source = SourceInfo(original=data)
    encoded = source.original_base64()
    assert is_base64(encoded)
    lazy = SourceInfo()
    lazy.set_original_base64(encoded)
    assert lazy.has_original and lazy.original == data and lazy == source


def test_setting_bytes_replaces_the_saved_form() -> None:
    source = SourceInfo(path="a.txt")
    source.set_original_base64("aGVsbG8=")
    assert source.original_base64() == "aGVsbG8="
    source.original = b"bye"
    assert source.original_base64() == "Ynll"
    source.original = None
    assert not source.has_original and source.original_base64() is None
    assert source == SourceInfo(path="a.txt")
    assert source != SourceInfo(path="a.txt", original=b"")
