"""Speaker labels of press conferences in the forms real transcripts vary: German run-in
names with "Frage:"/"Zusatzfrage:", Japanese labels alone on their line with half a
bracket ("記者)" / "大臣)"), and a transcript's head naming its speakers once. Made-up
text in the shape of real releases."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.speakers import find_label_lines, find_turns

GERMAN = """\
Regierungspressekonferenz vom 3. März 2031

Themen: Reise der Außenministerin nach Asien, Haushaltsentwurf

Sprecher: SRS Berger, Schmidt (AA), Wolf (BMF)

Vors. Krause eröffnet die Pressekonferenz und begrüßt die Sprecherinnen und Sprecher.

SRS Berger: Guten Tag, meine Damen und Herren! Ich beginne mit den Terminen der Woche.

Am Mittwoch tagt wie üblich das Kabinett. Im Anschluss empfängt die Kanzlerin einen Gast.

Schmidt: Die Außenministerin reist am Montag nach Asien. Sie führt dort Gespräche.

Frage: Frau Schmidt, zwei Fragen dazu. Erstens: Welche Länder? Zweitens: Wie lange?

Schmidt: Die Ministerin besucht drei Länder. Die Reise dauert fünf Tage.

Zusatzfrage: Warum nicht länger?

Schmidt: Das hat terminliche Gründe.
"""

JAPANESE = """\
外務大臣会見記録

令和13年4月7日(金曜日)10時30分

質疑応答

記者)
今回の訪問の狙いについてお聞かせください。また、首脳との会談の予定はありますか。

大臣)
三点申し上げます。

記者)
人事について一点だけ伺います。今回の人事の意図は何でしょうか。

副大臣)
適材適所の考え方に基づいて決定したものです。
"""


def _turns(text: str) -> list[str]:
    release = release_from_text(text)
    return [n.attrs["speaker"] for n in release.root.walk() if n.attrs.get("speaker")]


def test_german_question_labels_make_a_conversation():
    # "Frage" asks: the names around it speak; the head's fields do not.
    assert _turns(GERMAN) == [
        "SRS Berger", "Schmidt", "Frage", "Schmidt", "Zusatzfrage", "Schmidt",
    ]  # fmt: skip


def test_german_turn_holds_its_second_paragraph():
    release = release_from_text(GERMAN)
    berger = next(n for n in release.root.walk() if n.attrs.get("speaker") == "SRS Berger")
    assert release.node_text(berger.children[0]).startswith("Am Mittwoch")


def test_half_bracket_labels_alone_on_their_line():
    # "記者)" asks; "大臣)" and "副大臣)" wear the same mark and answer, however short
    # the answer. "質疑応答" heads the session: it ends on 答 but names nobody.
    assert _turns(JAPANESE) == ["記者", "大臣", "記者", "副大臣"]


def test_section_names_in_brackets_are_not_speakers():
    texts = [
        "【冒頭発言】",
        "本日から、アジア諸国を訪問いたします。各国の外相と会談を行う予定です。",
        "【記者】",
        "今回の訪問の狙いについてお聞かせください。首脳との会談の予定はありますか。",
        "【報道官】",
        "現在調整中です。詳細が決まり次第、お知らせいたします。よろしくお願いします。",
    ]
    assert find_label_lines(texts) == {2: "記者", 4: "報道官"}


def test_two_named_speakers_in_an_announced_transcript():
    texts = [
        "Mitschrift der Pressekonferenz - Freitag, 28. Februar 2031",
        "Vors. Weber: Wir beginnen mit den Terminen.",
        "StS Lange: So ist es. Guten Tag!",
    ]
    assert find_turns(texts, announced=True) == {1: "Vors. Weber", 2: "StS Lange"}
    # Without the head's word, two labelled lines may be a report's fields.
    assert find_turns(texts[1:]) == {}


LETTERED = """\
Transcript of the Minister's doorstop interview in Singapore

Q. Minister, what did you discuss with your counterpart today?

A. We discussed trade, the regional situation and our cooperation on climate change.

Q. Will there be a new agreement?

A. We are working towards one. I expect it to be signed later this year.
"""

RECITALS = """\
Resolution on fisheries

A. whereas the stocks of the region have declined for ten years;

B. whereas the Commission has proposed new measures;

1. Calls on the Member States to adopt the measures without delay;
"""


def test_questions_and_answers_lettered_with_a_point():
    assert _turns(LETTERED) == ["Q", "A", "Q", "A"]
    release = release_from_text(LETTERED)
    # An answer is a turn of its own, not a list entry holding the next question.
    assert all(not n.children for n in release.root.children if n.attrs.get("speaker"))


def test_lettered_recitals_without_questions_are_labels():
    release = release_from_text(RECITALS)
    assert not _turns(RECITALS)
    assert [n.label for n in release.root.walk() if n.label] == ["A.", "B.", "1."]


def test_names_with_their_office_in_brackets_speak():
    texts = [
        "FIETZ (BReg): Die Bundesregierung hat heute ein Weißbuch beschlossen.",
        "Frage: Herr Fietz, was steht darin?",
        "Burger (AA): Das kann ich Ihnen gerne erläutern.",
        "Frage: Und wann wird es veröffentlicht?",
        "FIETZ (BReg): Noch heute.",
    ]
    assert list(find_turns(texts).values()) == [
        "FIETZ (BReg)", "Frage", "Burger (AA)", "Frage", "FIETZ (BReg)",
    ]  # fmt: skip
    # A report's field with a year in brackets names nobody.
    assert find_turns(["Objective (2025): To reduce costs.", "Indicator: Costs."]) == {}
