"""A project made while the interface is Korean starts with Korean tags (coloured like
their English counterparts); one made in English, with English tags."""

from __future__ import annotations

from briefing.app.shell import colors, i18n

from .conftest import make_release


def test_new_projects_take_the_interface_language_for_their_tags(window):
    i18n.set_language("ko")
    try:
        window.set_release(make_release(["First paragraph."]))
        assert window.project.tag_names == ["핵심", "배경", "조치", "인용", "무시"]
        assert colors.tag_color("핵심").hue() == colors.tag_color("Key point").hue()
        assert colors.tag_color("무시").saturation() == 0  # Ignore stays grey
    finally:
        i18n.set_language("en")
    window.set_release(make_release(["First paragraph."]))
    assert window.project.tag_names[0] == "Key point"
