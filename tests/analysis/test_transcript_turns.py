"""Drafting from a press conference's record: the host's turn (welcome, who is present)
is hosting, never the Summary; a journalist's question is never drafted; a principal's
words lose their printed label and are attributed to them, in Spanish as in English.
A made-up stenographic record in the shape of Latin American foreign ministries'."""

from __future__ import annotations

from briefing.analysis.draft import draft_release
from briefing.analysis.turns import is_asker, is_host, without_label
from briefing.brief.phrases import Phrasebook
from briefing.ingest import release_from_text

RECORD = """Conferencia de prensa del Canciller de Ejemplia, Jorge Ruritano, con la Comisaria europea Ana Lindqvist

Ana Pérez (Moderadora).- Buenos días.

Bienvenidos al encuentro con la Excelentísima Señora Ana Lindqvist, Comisaria europea para la Cooperación Internacional, y el Canciller de la República de Ejemplia, compañero Jorge Ruritano.

Están presentes en este encuentro representantes de los medios nacionales de prensa, así como 40 corresponsales acreditados para 25 medios internacionales de 12 países.

Jorge Ruritano.- Hemos firmado hoy con la Comisaria Lindqvist un acuerdo de cooperación de 30 millones de euros para proyectos de energía renovable y seguridad alimentaria en las provincias del sur.

Las conversaciones oficiales han sido provechosas y acordamos reunirnos de nuevo en Bruselas en el mes de junio para revisar la ejecución de los proyectos.

Periodista.- ¿Cuándo llegarán los primeros fondos a las provincias del sur del país, Canciller?

Jorge Ruritano.- Los primeros fondos llegarán en el segundo semestre del año, una vez aprobados los proyectos por el comité conjunto.
"""


def test_roles_of_turns() -> None:
    assert is_host("Ana Pérez (Moderadora)") and is_host("MODERATOR") and is_host("사회자")
    assert not is_host("Jorge Ruritano") and not is_host("Thomas McHost")
    assert is_asker("Periodista") and is_asker("Q") and is_asker("기자")
    assert not is_asker("Jorge Ruritano")
    assert without_label("Jorge Ruritano.- Hemos firmado", "Jorge Ruritano") == "Hemos firmado"


def test_the_host_never_gives_the_summary_and_the_principal_is_attributed() -> None:
    release = release_from_text(RECORD, "r1", "conferencia.txt")
    draft = draft_release(release, phrasing=Phrasebook.of("es"))
    assert "Bienvenidos" not in draft.summary, draft.summary
    assert "Jorge Ruritano" in draft.summary and "Hemos firmado" in draft.summary, draft.summary
    assert ".-" not in draft.summary
    texts = [p.text for p in draft.points]
    assert not any("¿" in t for t in texts), texts  # the journalist's question
    assert not any(t.startswith("Jorge Ruritano.-") for t in texts), texts
    # The host's welcome and roll of the press are no key points while the principals speak.
    assert not any(t.startswith(("Bienvenidos", "Están presentes")) for t in texts), texts


def test_a_label_in_brackets_is_taken_off_the_turn():
    # Korean and Japanese briefings print the turn's label in brackets: "<답변> ...".
    assert (
        without_label("<답변> 정부는 입장을 견지하고 있습니다.", "답변")
        == "정부는 입장을 견지하고 있습니다."
    )
    assert without_label("【記者】 質問です。", "記者") == "質問です。"
    assert without_label("[MODERATOR]: Welcome.", "MODERATOR") == "Welcome."
    # Another bracket's words, or no closing bracket, are left as printed.
    assert without_label("<답변 정부는", "답변") == "<답변 정부는"
    assert without_label("(Note) text", "답변") == "(Note) text"
