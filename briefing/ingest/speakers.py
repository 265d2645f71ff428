"""Speaker labels in transcripts and press briefings: "PRESIDENT BIDEN:", "MODERATOR:",
"Q:", "Q -" / "R -", "【記者】", "<질문>". Each labelled block opens a turn."""

from __future__ import annotations

import re

from briefing.ingest.record_labels import meeting_record, record_speaker
from briefing.lazyre import lazy

P_SENTENCE_END = lazy(r"[.!?。！？」』)）\"”]$")

_CJK = "[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]"  # kana, Han, Hangul syllables
_FORMS = [
    # An upper-case name or role and a colon: "MODERATOR:", "SENIOR OFFICIAL:", "MR. KIRBY:"
    # ... with the office in brackets, as German records print it: "FIETZ (BReg):"
    # ... or with the office after a comma, as a transcript names each speaker the first
    # time: "BILL SHORTEN, LEADER OF THE OPPOSITION:" (two words at least after it: a
    # dateline's "CANBERRA, ACT:" names a place).
    lazy(
        r"^(?P<who>[A-ZÄÖÜ][A-ZÄÖÜ.'’&-]*(?: [A-ZÄÖÜ][A-ZÄÖÜ.'’&-]*){0,5}"
        r"(?:, [A-ZÄÖÜ][A-ZÄÖÜ.'’&-]*(?: [A-ZÄÖÜ][A-ZÄÖÜ.'’&-]*){1,9})?"
        r"(?: \([\w-]{1,12}\))?)\s*[:：]\s*(?=\S)"
    ),
    # Question and answer letters: "Q:", "Q -", "R –", "Q    Thank you" (wide gap)
    lazy(r"^(?P<who>[QRAP])(?:\s*[:：]\s*|\s+[-–—]\s+|\s{2,}|\t)(?=\S)"),
    # "Q. Minister, ...", "A. We discussed ...": questions and answers lettered with a
    # point, or a bracket as Korean ministries' English briefings print them ("Q) ...",
    # "A) ..."); roles reads "A." and "A)" so only where a "Q." or "Q)" asks, elsewhere
    # they are list labels.
    lazy(r"^(?P<who>[QA])[.)][ \t]+(?=\S)"),
    # "Q Thank you ...": a lone Q is never an English word, so a question starts
    lazy(r"^(?P<who>Q)\s+(?=[A-Z“\"‘])"),
    # Japanese and Korean briefings: "【記者】", "【上川大臣】", "<질문>", "‹답변>"
    lazy(r"^【(?P<who>[^】]{1,24})】\s*"),
    # Chinese, Japanese and Korean names or roles before a colon: "汪文斌：", "问：",
    # "中央电视台记者：", "기자:" (a transcript's turns; a one-off field such as "장소:" makes
    # no conversation, see find_turns and _NOT_SPEAKERS).
    lazy(rf"^(?P<who>{_CJK}{{1,12}}(?: {_CJK}{{1,8}})?)\s*[:：]\s*(?=\S)"),
    # A name or role in ordinary case: "Wang Wenbin:", "Minister Rudd:", "Journalist:"
    # (web transcripts print them so); one to four capitalised words, nothing more.
    lazy(
        r"^(?P<who>[A-ZÄÖÜ][\w.'’-]*(?: (?:[A-ZÄÖÜ][\w.'’-]*|de|van|von|bin|al|of|the)){0,4}"
        r"(?: \([\w-]{1,12}\))?)[ \t]*[:：][ \t]*(?=\S)"
    ),
    # Spanish stenographic records: "Bruno Rodríguez.-", "Carina Soto (Moderadora).-",
    # "Periodista.-". A full stop glued to a dash ends no sentence of prose. A name is
    # in title case: "A.-", "II.-", "PRIMERO.-" number the parts of Spanish texts.
    lazy(
        r"^(?P<who>[A-ZÁÉÍÓÚÑ][a-záéíóúñü][\w.'’-]*(?: (?:[A-ZÁÉÍÓÚÑ][\w.'’-]*|de|del|la|y)){0,5}"
        r"(?: \([^()]{1,40}\))?)\.[-–—]\s*(?=\S)"
    ),
    # ("< 질 문 >": Korean documents space the letters of a label out.)
    lazy(r"^[<‹〈《＜][ \t]?(?P<who>[^>›〉》＞\s][^>›〉》＞]{0,23})[>›〉》＞]\s*"),
    # "(질문)", "（記者）": a role in brackets before the speech, in CJK script only
    # (English "(a)" is a label, "(Applause)" a note).
    lazy(rf"^[(（](?P<who>{_CJK}{{1,10}})[)）]\s*(?=\S)"),
]
# Upper-case words that introduce text but name nobody.
_NOT_SPEAKERS = {
    "NOTE", "NOTES", "PLEASE NOTE", "SOURCE", "CONTACT", "CONTACTS", "MEDIA CONTACT", "ENDS",
    "UPDATE", "EMBARGO", "EMBARGOED", "WHEN", "WHERE", "WHAT", "WHO", "TIME", "DATE", "VENUE",
    "SUBJECT", "RE", "TO", "FROM", "CC", "ATTENTION", "TAGS", "PS", "NB", "FACT SHEET",
    "READOUT", "BACKGROUND", "SUMMARY", "TITLE", "URL", "ISBN", "ISSN", "TEL", "FAX",
    "SUBJECTS", "TOPIC", "TOPICS", "PLACE", "LOCATION", "PHONE", "EMAIL", "E-MAIL", "WEB",
    "WEBSITE", "MEDIA", "MEDIA INQUIRIES", "MEDIA ENQUIRIES", "ENQUIRIES", "INQUIRIES",
    "PUBLISHED", "PUBLISHED DATE", "UPDATED", "LAST UPDATED", "POSTED", "PHOTO", "CAPTION",
    "CHART", "TABLE", "FIGURE", "SEE ALSO", "ANNEX", "ATTACHMENT", "RELATED", "KEYWORDS",
    "PRESS RELEASE", "TRANSCRIPT", "DEPARTMENT", "OFFICE", "MINISTER'S OFFICE", "E&OE",
    "DISCLAIMER",  # (a record's page foot: "Disclaimer: The electronic version ...")
    # Field labels of East Asian releases: date, place, contact, attachment, source.
    "일시", "장소", "담당", "문의", "붙임", "참고", "첨부", "출처", "日時", "場所", "時間",
    "时间", "地点", "附件", "来源", "出典", "日期", "发布时间", "担当", "問い合わせ",
    # A press conference's head in German, French and Spanish: its topics, the speakers
    # present, place and date are listed once, above the turns ("Themen:", "Sprecher:").
    "THEMEN", "THEMA", "SPRECHER", "ORT", "DATUM", "ZEIT", "BETREFF", "QUELLE",
    "TEILNEHMER", "SUJETS", "SUJET", "LIEU", "OBJET", "FECHA", "LUGAR", "ASUNTO", "TEMAS",
    "FUENTE", "HORA",
    # Spanish enumerations and recitals in title case: "Primero.-", "Considerando.-".
    "PRIMERO", "SEGUNDO", "TERCERO", "CUARTO", "QUINTO", "SEXTO", "ÚNICO", "CONSIDERANDO",
    "RESULTANDO", "VISTO", "VISTOS", "POR TANTO", "ANTECEDENTES", "NOTA",
}  # fmt: skip
MIN_TURNS = 2
Q_DOT = ("Q. ", "Q) ")  # a question lettered with a point or a bracket
_QUESTIONER = {
    "Q", "QUESTION", "QUESTIONS", "PREGUNTA", "記者", "질문", "기자", "REPORTER", "JOURNALIST",
    "JOURNALISTE", "PERIODISTA", "问", "答", "質問", "记者", "기자 질문",
    # German government press conferences: "Frage:", a follow-up "Zusatzfrage:".
    "FRAGE", "ZUSATZFRAGE", "NACHFRAGE", "JOURNALISTIN", "PERGUNTA", "JORNALISTA",
}  # fmt: skip  # one "NAME:" line is a lead-in; a transcript has several turns
_ANSWERS = {"答"}  # (a label of the exchange, but the answer's: the release's own words)


def is_questioner(who: str) -> bool:
    """Whether a turn's label names who asks: a journalist, "Q", "Frage", "記者" ...
    (also inside a label with a name or outlet: "中央电视台记者", "기자 질문")."""
    label = who.strip().rstrip(".:：").upper()
    return label in _QUESTIONER - _ANSWERS or any(
        mark in label for mark in ("記者", "记者", "기자", "질문", "質問")
    )


def speaker_of(text: str) -> tuple[str, int] | None:
    """The speaker label at the start of ``text`` and where the speech starts."""
    first = text[:1]
    if not first:
        # (Every form needs a label before the speech, so "" never has one; and "" is
        # "in" any string below: the blanked labelled blocks of a long text tried every
        # form, 30 ms for a 5 MB release.)
        return None
    # (Most blocks start with a capitalised word: its second letter rules them out.)
    # (Cheap checks first: most blocks start with a word and hold no colon near it.)
    if first in "【<‹〈《＜(（QRAP":
        pass
    elif first.isupper() or first >= "\u3040":
        if (
            (first >= "\u3040" or text[1:2].islower())
            and text.find(":", 0, 64) < 0
            and text.find("：", 0, 64) < 0
            and text.find(".-", 0, 64) < 0
        ):
            return None
    else:
        return None
    for form in _FORMS:
        m = form.match(text)
        if m:
            if m.end() >= len(text.rstrip()):
                return None  # "【概要】" alone on its line labels a section, not a speaker
            who = m.group("who").strip()
            if " " in who and all(len(part) == 1 for part in who.split()):
                who = who.replace(" ", "")  # "질 문": a word spaced out, "질문"
            if who.rstrip(".").upper() in _NOT_SPEAKERS or (len(who) > 1 and who.isdigit()):
                return None
            return who, m.end()
    return None


def turn_label(text: str) -> tuple[str, int] | None:
    """A speaker label of a record of a meeting ("The HOUSE CHAIRPERSON (Mr A Example):",
    record_labels) or of a transcript ("MODERATOR:"), and where the speech starts."""
    return record_speaker(text) or speaker_of(text)


# Words by which a transcript names itself in its head: "Transcript", "Mitschrift der
# Pressekonferenz", "记者会", "会見", "브리핑", "conferencia de prensa".
_TRANSCRIPT_WORDS = lazy(
    r"transcript|doorstop|press conference|press briefing|press gaggle|interview|"
    r"pressekonferenz|mitschrift|conférence de presse|point de presse|"
    r"conferencia de prensa|rueda de prensa|entrevista|брифинг|пресс-конференц|"
    r"记者会|記者会|会見|브리핑|기자회견|họp báo",
    re.IGNORECASE,
)
HEAD_BLOCKS = 15  # a transcript's head: title, date, place, the speakers present


def announced_transcript(texts: list[str]) -> bool:
    """Whether the head of the text says it is a transcript or press conference."""
    return any(_TRANSCRIPT_WORDS.search(text[:200]) for text in texts[:HEAD_BLOCKS])


def find_turns(texts: list[str], announced: bool = False) -> dict[int, str]:
    """{block index: speaker} for blocks opening a turn, or {} for a text that is not
    a transcript (fewer than MIN_TURNS labelled blocks). ``announced`` when the text's
    head calls it a transcript: then two people named in turn ("Vors. Welty:", "StS
    Seibert:") are a conversation already, though nobody has asked a question yet."""
    found: dict[int, str] = {}
    ordinary: dict[int, str] = {}
    records: dict[int, str] = {}  # a record's members and offices (record_labels)
    speech_words: dict[int, int] = {}  # how many words each record's speech runs to
    for i, text in enumerate(texts):
        record = record_speaker(text)
        if record is not None:
            records[i] = record[0]
            speech_words[i] = len(text[record[1] : record[1] + 200].split())
            continue
        speaker = speaker_of(text)
        if speaker is not None:
            who = speaker[0]
            # A name in ordinary case ("Objective:", "Wang Wenbin:") is also how reports
            # label their fields: it speaks only in a text that is a conversation already.
            name = who.split(" (", 1)[0]  # "FIETZ (BReg)": the name, not its office
            (ordinary if who[:1].isascii() and not name.isupper() else found)[i] = who
    named = [who for who in ordinary.values() if _names_someone(who)]
    in_record = list(records.values()) if meeting_record(records, speech_words) else []
    if ordinary and (
        _conversation([*found.values(), *in_record])
        or _QUESTIONER & {who.upper() for who in ordinary.values()}
        or _conversation([*found.values(), *named, *in_record])
        or (announced and len(set(named)) >= MIN_TURNS)
    ):
        found.update(ordinary)
    if in_record or (records and _conversation([*found.values(), *records.values()])):
        found.update(records)
        in_record = list(records.values())
    found = dict(sorted(found.items()))
    if (
        not _conversation(list(found.values()))
        and not (
            announced
            and len(set(found.values())) >= MIN_TURNS
            and set(found.values()) <= set(named)
        )
        and not meeting_record(records, speech_words)
    ):
        return {}
    _add_labels_without_colon(texts, found)
    return found


def _add_labels_without_colon(texts: list[str], found: dict[int, str]) -> None:
    """A speaker's label printed once or twice without its colon ("JULIE EXAMPLE I'm
    told ...", "QUESTION Have you ...", or "JULIE EXAMPLE" alone on its line over what
    she says), where the transcript prints it with one elsewhere: the same name in
    capitals opening a block is that speaker's turn (prose never opens on a name in
    capitals)."""
    known = {
        who
        for who in found.values()
        if len(who) >= 2 and who[:1].isascii() and who.isupper() and "," not in who
    }
    if not known:
        return
    for i, text in enumerate(texts):
        if i in found or not text[:1].isupper() or not text[1:2].isupper():
            continue
        for who in known:
            after = text[len(who) : len(who) + 2]
            if text.startswith(who) and after[:1] in " \u2026" and after[1:2].strip():
                found[i] = who
                break
            if text.strip() == who:
                found[i] = who  # the label alone on its line, its colon dropped
                break
    found_sorted = dict(sorted(found.items()))
    found.clear()
    found.update(found_sorted)


# Roles that speak in transcripts, as printed in ordinary case.
_ROLES = {
    "minister", "spokesperson", "spokesman", "spokeswoman", "moderator", "chair", "chairman",
    "president", "ambassador", "secretary", "journalist", "reporter", "question", "answer",
    "official", "senator", "governor", "director", "commissioner", "ministre", "ministro",
    "moderador", "moderadora", "periodista", "canciller", "portavoz", "sprecher", "sprecherin",
}  # fmt: skip


_OFFICE_AFTER = lazy(r"^[A-ZÄÖÜÁÉÍÓÚ][\w.'’-]+(?: [\w.'’-]+){0,2} \([A-ZÄÖÜ][\w-]{0,11}\)$")


def _names_someone(who: str) -> bool:
    """A person ("Wang Wenbin", "Minister Rudd") or a speaking role ("Spokesperson"),
    not a report's field ("Objective", "Expected accomplishments"): two or more words,
    all capitalised, or a role word."""
    if _OFFICE_AFTER.search(who):
        return True  # "Burger (AA)", "Carina Soto (Moderadora)": a person and their office
    # "Carina Soto (Moderadora)", "Wagner (AA)": the office in brackets names no one.
    words = re.sub(r"\([^()]*\)", "", who).split()  # (no leading \s*: quadratic on spaces)
    if any(w.lower().strip(".") in _ROLES for w in words):
        return True
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def _conversation(speakers: list[str]) -> bool:
    """A transcript has someone speaking twice, or a question asked: two upper-case
    lead-ins ("WASHINGTON:", "NOTE TO EDITORS:") make no conversation."""
    if len(speakers) < MIN_TURNS:
        return False
    named = {who.upper() for who in speakers}
    return len(named) < len(speakers) or bool(_QUESTIONER & named)


# A speaker's name or role printed alone on its line, the speech below it (transcripts
# set out as "Frage" / the question, "Wagner (AA)" / the answer; "問" / "報道官").
# ("SENATOR JANE EXAMPLE - RESOURCES MINISTER:": a name with its office after a dash; the
# word limits below keep a sentence out.)
LABEL_LINE_MAX_CHARS = 48
_NAME_WITH_OFFICE = lazy(
    r"^[A-ZÄÖÜ][\w.'’-]+(?: [A-ZÄÖÜ][\w.'’-]+){0,2} \([A-ZÄÖÜ][\w-]{1,8}\)$"
)
_QUESTION_WORDS = {
    "frage", "question", "q", "pregunta", "question de la presse", "질문", "기자", "問",
    "问", "質問", "记者", "記者", "journalist", "journaliste", "reporter", "zusatzfrage",
    "zusatz", "nachfrage",
    # The press club's company that chairs a Japanese governor's or mayor's conference
    # asks first: "〇幹事社", "Q 代表幹事(時事通信)".
    "幹事社", "代表幹事",
}  # fmt: skip


# Who answers in East Asian transcripts: the minister, the press secretary, the
# spokesperson ("大臣)", "【外務報道官】", "<답변>", "答"). A topic heading ("冒頭発言",
# "人事について") never ends on an office.
_ANSWERERS = (
    "大臣", "報道官", "長官", "総理", "次官", "发言人", "發言人", "대변인", "장관", "차관",
    "知事", "市長",
)  # fmt: skip
_ANSWER_WORDS = {"答", "답변", "回答", "answer", "antwort", "réponse", "respuesta"}
# Brackets and marks a label line may wear: "記者)", "(問)", "【記者】", "<질문>", "Frage:".
_LABEL_MARKS = "()（）【】<>‹›〈〉《》＜＞[]:："


# Japanese records mark each speaker's line with a circle ("〇知事", "○記者"), or letter
# the turns with the speaker after it ("Q 代表幹事(時事通信)", "A 知事"): the mark or the
# letter is no part of who speaks.
_SPEAKER_MARK = lazy(r"^(?:[〇○◯]\s?|[QA][ \t]+(?=[\u3040-\u9fff\uac00-\ud7a3]))")
_Q_LETTER = lazy(r"^Q[ \t]+[\u3040-\u9fff\uac00-\ud7a3]")
_A_LETTER = lazy(r"^A[ \t]+[\u3040-\u9fff\uac00-\ud7a3]")
_OUTLET = lazy(r"[(（][^()（）]{1,12}[)）]$")  # "(時事通信)": the asker's outlet


def _bare(label: str) -> str:
    label = _SPEAKER_MARK.sub("", label.strip())
    if len(label) > 2 and any(ch >= "\u3040" for ch in label[:2]):
        label = _OUTLET.sub("", label)
    return label.strip(_LABEL_MARKS + " ").lower()


def _shape(label: str) -> tuple[str, str]:
    """The marks around a label: ("", ")") for "記者)", ("【", "】") for "【記者】"."""
    core = label.strip(_LABEL_MARKS + " ")
    at = label.find(core) if core else 0
    return label[:at].strip(), label[at + len(core) :].strip()


NAME_MAX_CJK = 12  # "외교부 대변인", "中央电视台记者": an office or a name with its outlet
NAME_MAX_WORDS = 6  # "PRESENTER - TRACEE HUTCHISON", "SENATOR THE HON. DAVID JOHNSTON"


def _name_sized(label: str) -> bool:
    """Short enough to name a speaker: a few CJK characters, or a few words of a name
    and office in Latin or Cyrillic script (a sentence runs longer)."""
    bare = _bare(label)
    if any(ch >= "\u3040" for ch in bare):
        return len(bare) <= NAME_MAX_CJK
    return len(bare.split()) <= NAME_MAX_WORDS


def find_label_lines(texts: list[str]) -> dict[int, str]:
    """{block index: speaker} for speaker labels printed alone on their line, each over
    the speech that follows, in a text that is a conversation: a questioner's word
    ("Frage", "問", "記者)"), a name with its office ("Wagner (AA)"), an answering
    office ("大臣)"), or the same short label again and again. A heading names a topic
    once; a speaker comes back."""
    shaped: dict[int, str] = {}  # short lines over a longer speech
    said: dict[int, str] = {}  # short lines over a sentence, however short
    bare = list(map(str.strip, texts))  # (each line stripped once)
    for i in range(len(bare) - 1):
        label = bare[i]
        following = bare[i + 1]
        if not label or len(label) > LABEL_LINE_MAX_CHARS or label[-1:] in ".!?;,。":
            continue
        if len(following) >= len(label) + 20:
            shaped[i] = said[i] = label  # the speech below is longer than a line
        elif (
            following
            and (
                P_SENTENCE_END.search(following[-2:])
                # "PRESENTER - JANE DOE:" over a first line the wrap cut short: a colon
                # hands the floor on whatever follows (the shape test below still applies).
                or (label[-1:] in ":：" and label[:1].isupper() and label.upper() == label)
            )
        ):
            # "大臣)" / "三点申し上げます。": an answer may be one short sentence; a
            # label's word or office (below) says it is a speaker, not the length.
            said[i] = label
    # (Counted without the label's marks: "JOE HOCKEY" printed once without its colon is
    # the same speaker as "JOE HOCKEY:" everywhere else.)
    counts: dict[str, int] = {}
    for label in shaped.values():
        counts[_bare(label)] = counts.get(_bare(label), 0) + 1
    questions = {
        i for i, label in said.items() if _bare(label) in _QUESTION_WORDS or _Q_LETTER.match(label)
    }
    # The marks a questioner's label wears ("記者)") are the transcript's label form:
    # other short lines in the same marks name the other speakers ("大臣)", "副大臣)").
    # Only a closing bracket or a colon, never a pair of brackets: "【冒頭発言】" alone
    # heads the opening remarks, as "【記者】" alone labels a question.
    forms = {_shape(said[i]) for i in questions}
    forms = {form for form in forms if not form[0] and form[1] and form[1] in ")）:："}
    found = {
        i: label if _NAME_WITH_OFFICE.match(label) else label.strip(_LABEL_MARKS + " ")
        for i, label in said.items()
        if i in questions
        or (i in shaped and _NAME_WITH_OFFICE.match(label))
        or (i in shaped and counts[_bare(label)] >= 3 and len(label.split()) <= 4)
        or (questions and (_bare(label) in _ANSWER_WORDS or _A_LETTER.match(label)))
        or (questions and _bare(label).endswith(_ANSWERERS) and len(_bare(label)) <= 12)
        or (
            _shape(label) in forms
            and _name_sized(label)
            and _bare(label).upper() not in _NOT_SPEAKERS
        )
    }
    if len(found) < MIN_TURNS or not questions:
        return {}
    return found


# A briefing's topics are named "About ...": "Об участии Министра ... в Вене", "On the
# situation in Syria", "Sobre la visita del canciller", "Zur Lage in Nahost". Spokesperson
# briefings (the Russian MFA's above all) head every topic so, and no such line of a few
# words without an end mark is a sentence.
_TOPIC_OPENING = lazy(
    r"^(?:О|Об|Обо|On|Sobre|Sur|Zur|Zum|Zu|Acerca de|Concerning|Regarding)\s+\S"
)
TOPIC_MAX_WORDS = 20


def briefing_topic(text: str) -> bool:
    """Whether ``text`` is a briefing's topic line ("Об участии ... в Вене")."""
    stripped = text.strip()
    if not _TOPIC_OPENING.match(stripped) or stripped[-1:] in '.!?;:,…»"”)':
        return False
    return len(stripped.split()) <= TOPIC_MAX_WORDS and "\n" not in stripped
