"""The head of a non-English web page copied as text: the site's skip link, publication
stamps, menus above the headline — made-up releases in several languages."""

from __future__ import annotations

import pytest

from briefing.ingest import release_from_text
from briefing.ingest.title import is_navigation

SKIP_LINK_PT = """\
Pular para o conteúdo principal

Portaria n.º 12/31 de 4 de março de 2031

O Ministro das Pescas determina a abertura da época de pesca da sardinha nas águas \
territoriais, nos termos do regulamento em vigor, a partir do dia seguinte.

A presente portaria entra em vigor no dia seguinte ao da sua publicação no jornal oficial.
"""


def test_a_skip_link_in_the_sites_language_is_no_title():
    release = release_from_text(SKIP_LINK_PT)
    assert release.title == "Portaria n.º 12/31 de 4 de março de 2031"


@pytest.mark.parametrize(
    "line",
    ["Pular para o conteúdo principal", "Saltar al contenido", "Aller au contenu",
     "Direkt zum Hauptinhalt", "Vai al contenuto principale", "Перейти к основному содержанию",
     "الانتقال إلى المحتوى", "跳转到主要内容", "本文へスキップ"],
)  # fmt: skip
def test_skip_links_are_navigation(line):
    assert is_navigation(line)


def test_a_sentence_opening_like_a_skip_link_is_not():
    assert not is_navigation("Ir al contenido de la ley de pesca")
