"""A Japanese record numbers its parts "1.発言要旨" (a figure and a point set against the
kana or Han of the part's name, the "wide." label family): such a short line over the
part's prose heads it, as "1. International conditions" does (session 42)."""

from __future__ import annotations

from briefing.ingest import release_from_text


def _headings(text: str) -> list[str]:
    release = release_from_text(text)
    return [release.node_text(n) for n in release.nodes() if n.kind == "heading"]


def test_a_wide_numbered_part_name_over_prose_heads_its_part():
    text = (
        "架空県知事定例記者会見録\n\n"
        "1.はじめに\n\n"
        "それでは定例の会見を始めたいと思います。本日は架空県の新しい観光事業について、"
        "私から三点お話しさせていただきます。\n\n"
        "まず、来月から県内の各地で観光案内所の営業時間を延長することといたしました。\n"
    )
    assert _headings(text) == ["はじめに"]  # (the label kept apart)
