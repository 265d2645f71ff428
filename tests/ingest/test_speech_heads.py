"""How transcripts of other traditions name themselves and their speakers: a Chinese
MFA record titled by the event at the end of its line, a German record under a portal's
arrow breadcrumb, a Spanish stenographic record with "Name.-" labels. Made-up text in
the shape of real records."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.speakers import speaker_of

PORTAL_ZH = """\
某地新闻网 > 时政 > 国内 正文
外交部发言人回应记者提问
2031年03月15日 09:10:00 来源:外交部网站

  2031年3月14日外交部发言人李华主持例行记者会

  问:请介绍一下这次访问的安排。双方会签署哪些文件?

  答:访问期间两国外长将举行会谈,并签署经济合作协定。

  问:中方对近期地区局势有何评论?

  答:我们一贯主张通过对话协商解决分歧。
"""

PORTAL_DE = """\
Nachrichtenportal → INFOPOOL → PARLAMENT → FAKTEN

Regierungspressekonferenz vom 3. März 2031

Vors. Krause: Ich denke, wir starten mit den Terminen der Woche.

SRS Berger: So ist es. Guten Tag! Am Mittwoch tagt wie üblich das Kabinett.
"""

STENOGRAPHIC = """\
Conferencia de prensa del Ministro de Relaciones Exteriores, el 3 de marzo de 2031.

Ana Pérez (Moderadora).- Buenos días. Bienvenidos al encuentro con el Ministro.

Tienen la palabra los periodistas acreditados.

Luis Gómez.- Gracias. Quiero comenzar con una breve declaración sobre la visita.

Periodista.- Ministro, ¿qué resultados espera de la visita?

Luis Gómez.- Esperamos avanzar en los acuerdos de cooperación.
"""


def test_chinese_record_is_titled_and_dated_by_its_event_line():
    release = release_from_text(PORTAL_ZH)
    assert release.title == "2031年3月14日外交部发言人李华主持例行记者会"
    assert release.date == "2031-03-14"  # the press conference, not the portal's repost


def test_arrow_breadcrumb_is_never_the_title():
    release = release_from_text(PORTAL_DE)
    assert "→" not in (release.title or "")
    assert any("INFOPOOL" in r.text for r in release.removed)
    turns = [n.attrs["speaker"] for n in release.root.walk() if n.attrs.get("speaker")]
    assert turns == ["Vors. Krause", "SRS Berger"]


def test_stenographic_labels_open_turns():
    assert speaker_of("Ana Pérez (Moderadora).- Buenos días.") == ("Ana Pérez (Moderadora)", 25)
    assert speaker_of("Periodista.- Ministro, ¿qué espera?") is not None
    assert speaker_of("En 2030, el Ministro dijo que no.") is None
    # Spanish texts number their parts so: no one speaks.
    assert speaker_of("A.- Antecedentes de la visita oficial") is None
    assert speaker_of("II.- RELACIONES EXTERIORES") is None
    assert speaker_of("Primero.- Se aprueba el acuerdo.") is None
    release = release_from_text(STENOGRAPHIC)
    turns = [n for n in release.root.walk() if n.attrs.get("speaker")]
    assert [t.attrs["speaker"] for t in turns] == [
        "Ana Pérez (Moderadora)", "Luis Gómez", "Periodista", "Luis Gómez",
    ]  # fmt: skip
    # The moderator's turn holds what she says after her first line.
    assert release.node_text(turns[0].children[0]).startswith("Tienen la palabra")
