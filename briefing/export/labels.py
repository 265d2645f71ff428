"""The note's own words in the reader's language: one table per language of header fields,
headings, title, decision block, page numbers, DRAFT mark, attachments and citation forms
(``briefing.export.relabel`` swaps them into a note).

The note is built in English (the house presets name everything in English); a note for a
reader of another language then has its labels swapped from one table per language, so a
new language is one more ``Labels`` entry in ``LABELS`` and nothing else changes. Only
the note's frame is relabelled: what staff wrote and the release's own text stay as written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

INFORMATION, DECISION = "information", "decision"


@dataclass(frozen=True)
class Labels:
    """Every fixed word a note prints, for one language (English: the house preset's)."""

    code: str
    name: str  # shown in the export dialog and --help, in its own language
    fields: dict[str, str] = field(default_factory=dict)  # English header label -> label
    headings: dict[str, str] = field(default_factory=dict)  # section key -> heading
    recommendation: dict[str, str] = field(default_factory=dict)  # by purpose
    title: dict[str, str] = field(default_factory=dict)  # by purpose
    action: dict[str, str] = field(default_factory=dict)  # by purpose
    timing: str = "Decision needed by"
    attachments: str = "Attachments"
    # English decision choice -> choice ("Agreed" -> "동의"); unknown choices stay.
    choices: dict[str, str] = field(default_factory=dict)
    signature: str = "Signature"
    date: str = "Date"
    page: tuple[str, str, str] = ("Page ", " of ", "")  # before PAGE, between, after NUMPAGES
    draft_mark: str = "DRAFT – NOT REVIEWED"
    file_number: str = "File no. {}"  # footer
    annex_heading: str = "Annex {letter}: Text of the release"
    annex_item: str = "Annex {letter} – {title}text of the release"  # Attachments line
    quoted: str = "“{}”, "
    source: str = "Source: "
    people_columns: tuple[str, ...] = ("Name", "Role", "Organisation")
    release_cited: tuple[str, str] = ("Release cited", "Releases cited")
    not_attached: str = " (not attached)"
    untitled: str = "untitled release"
    cite: str = "para {}"  # one paragraph number in a citation
    release_word: str = "release"  # "release 2, para 3" when there is no annex
    # A paragraph the release prints no number for, named by its place ("3rd paragraph of
    # the release" without the annex), and whose remarks a turn of a transcript is.
    place: str = "{n} paragraph"
    of_release: str = "{} of the release"
    remarks: str = "remarks by {}"
    title_quotes: str = "“{}”"
    months: tuple[str, ...] = ()  # empty: dates as the English note prints them
    date_format: str = ""  # with {year} {month} {day}; "" = unchanged
    # The sentences the drafter writes itself (Purpose, Background, Next steps ...), built
    # by ``briefing.brief.phrases``; every language has every key of ``PHRASES_EN``.
    phrases: dict[str, str] = field(default_factory=lambda: dict(PHRASES_EN))


# The drafter's own sentences in English; {what}, {title}, {issuer}, {date} ... are filled in
# by ``briefing.brief.phrases`` (titles already in the language's quotation marks).
PHRASES_EN = {
    "inform": "To inform you of {what}.",
    "decide": "To seek your decision on the response to {what}.",
    "name_by_on": "{title}, issued by {issuer} on {date}",
    "name_by": "{title}, issued by {issuer}",
    "name_on": "{title} on {date}",
    "untitled": "the release",
    "untitled_on": "the release on {subject}",
    "untitled_that": "the release reporting that {subject}",
    "several": "{count} releases: {names}",
    "issued": "{issuer} issued {title}{when}{where}.",
    "when": " on {date}",
    "where": " in {place}",
    "nth": "{title}{dated} is the {nth} of the releases cited.",
    "dated": ", dated {date},",
    "ordinals": "first|second|third|fourth|fifth",
    "ordinal": "{n}th",
    "background_to_write": (
        "[To be completed: the context of this release — the meeting, the earlier step, "
        "why it matters now.]"
    ),
    "recommend_information": "For information; no action is required at this time.",
    "recommend_decision": "That you approve the proposed response.",
    "said": "{name} said: “{text}”",
    "items": "The {kind}’s items include: {items}.",
    "kind_agenda": "agenda",
    "kind_release": "release",
    "subject_fallback": "Release",
}

ENGLISH = Labels("en", "English")

# Korean follows the 행정업무규정 forms a Korean ministry's 보고서 uses: "붙임" for what is
# attached, dates as "2026. 12. 5.", and paragraphs cited as "제5항" (the ordinal 제…항
# form of Korean statutes and of the official Korean texts of treaties and resolutions,
# so a Korean reader takes it at once for "paragraph 5 as printed", not a count).
KOREAN = Labels(
    code="ko",
    name="한국어",
    fields={
        "To": "수신",
        "From": "발신",
        "Date": "일자",
        "Subject": "제목",
        "File no.": "문서번호",
    },
    headings={
        "purpose": "목적",
        "summary": "요약",
        "background": "배경",
        "key_points": "주요 내용",
        "comment": "논평",
        "contact": "연락처",
        "key_people": "주요 인물",
        "quotes": "주요 발언",
        "changes": "이전 판과 달라진 점",
    },
    recommendation={INFORMATION: "향후 조치", DECISION: "건의"},
    title={INFORMATION: "보고서", DECISION: "결재 요청서"},
    action={INFORMATION: "참고 보고", DECISION: "결재 요청"},
    timing="결정 시한",
    attachments="붙임",
    choices={
        "Agreed": "동의",
        "Not agreed": "부동의",
        "Noted": "확인",
        "Please discuss": "협의 요망",
        "Approve": "승인",
        "Disapprove": "불승인",
    },
    signature="서명",
    date="일자",
    page=("", " / ", ""),
    draft_mark="초안 – 검토 전",
    file_number="문서번호 {}",
    annex_heading="붙임 {letter}. 발표문 원문",
    annex_item="{letter}. {title}발표문 원문",  # after the 붙임 label: no second 붙임
    quoted="「{}」, ",
    source="출처: ",
    people_columns=("성명", "직위", "소속"),
    release_cited=("인용 발표문", "인용 발표문"),
    not_attached=" (미첨부)",
    untitled="제목 없는 발표문",
    cite="제{}항",
    release_word="발표문",
    title_quotes="「{}」",
    date_format="{year}. {month}. {day}.",
    place="{n}번째 문단",
    of_release="발표문 {}",
    remarks="{} 발언",
    # Particle-free forms: 은/는, 을/를 depend on the last syllable of the name before
    # them, which the drafter cannot know for a title or an issuer in any script, so
    # sentences are built as an official 보고서 writes its items: "2026. 12. 5. 외교부
    # 발표: 「…」", "「…」(외교부, 2026. 12. 5.) 관련 보고".
    phrases={
        "inform": "{what} 관련 보고.",
        "decide": "{what} 관련 대응 방안 결재 요청.",
        "name_by_on": "{title}({issuer}, {date})",
        "name_by": "{title}({issuer})",
        "name_on": "{title}({date})",
        "untitled": "발표문",
        "untitled_on": "발표문(주제: {subject})",
        "untitled_that": "발표문(요지: {subject})",
        "several": "발표문 {count}건: {names}",
        "issued": "{when}{issuer} 발표{where}: {title}",
        "when": "{date} ",
        "where": "({place})",
        "nth": "인용 발표문 {n}: {title}{dated}",
        "dated": "({date})",
        "ordinals": "",
        "ordinal": "{n}",
        "background_to_write": "[작성 필요: 이 발표의 배경 — 회의, 이전 조치, 현 시점의 의미]",
        "recommend_information": "참고 보고임. 별도 조치 불요.",
        "recommend_decision": "제안된 대응 방안 승인 건의.",
        "said": "{name} 발언: “{text}”",
        "items": "{kind} 주요 항목: {items}.",
        "kind_agenda": "의제",
        "kind_release": "발표문",
        "subject_fallback": "발표문",
    },
)


def _european(code: str, name: str, words: dict[str, object]) -> Labels:
    """French, Spanish, German, Portuguese: a ministry's note in the common forms of each
    (Objet/Asunto/Betreff/Assunto, Annexe/Anexo/Anlage, "p. 3 / 5"), dates with the
    language's month names ("5 de diciembre de 2026"), since the drafted sentences that
    carry them are in the language too."""
    return Labels(code=code, name=name, **words)  # type: ignore[arg-type]


FRENCH = _european("fr", "Français", {
    "fields": {"To": "Destinataire", "From": "Expéditeur", "Date": "Date", "Subject": "Objet",
               "File no.": "Réf."},
    "headings": {"purpose": "Objet de la note", "summary": "Résumé", "background": "Contexte",
                 "key_points": "Points clés", "comment": "Commentaire", "contact": "Contact",
                 "key_people": "Personnes citées", "quotes": "Citations",
                 "changes": "Modifications depuis la version précédente"},
    "recommendation": {INFORMATION: "Suites à donner", DECISION: "Recommandation"},
    "title": {INFORMATION: "Note d'information", DECISION: "Note pour décision"},
    "action": {INFORMATION: "Pour information", DECISION: "Pour décision"},
    "timing": "Décision attendue le", "attachments": "Pièces jointes",
    "choices": {"Agreed": "Approuvé", "Not agreed": "Non approuvé", "Noted": "Vu",
                "Please discuss": "À discuter", "Approve": "Approuver",
                "Disapprove": "Désapprouver"},
    "signature": "Signature", "date": "Date", "page": ("Page ", " sur ", ""),
    "draft_mark": "PROJET – NON RELU", "file_number": "Réf. {}",
    "annex_heading": "Annexe {letter} : texte du communiqué",
    "annex_item": "Annexe {letter} – {title}texte du communiqué", "quoted": "« {} », ",
    "source": "Source : ", "people_columns": ("Nom", "Fonction", "Organisation"),
    "release_cited": ("Communiqué cité", "Communiqués cités"), "not_attached": " (non joint)",
    "untitled": "communiqué sans titre", "cite": "§ {}", "release_word": "communiqué",
    "title_quotes": "« {} »",
    "place": "{n}e paragraphe", "of_release": "{} du communiqué", "remarks": "propos de {}",
    "months": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre"),
    "date_format": "{day} {month} {year}",
    "phrases": {
        "inform": "Information concernant {what}.",
        "decide": "Recueillir votre décision sur la réponse à apporter concernant {what}.",
        "name_by_on": "{title}, publié par {issuer} le {date}",
        "name_by": "{title}, publié par {issuer}",
        "name_on": "{title} du {date}",
        "untitled": "le communiqué",
        "untitled_on": "le communiqué relatif à : {subject}",
        "untitled_that": "le communiqué selon lequel : {subject}",
        "several": "{count} communiqués : {names}",
        "issued": "{issuer} a publié {title}{when}{where}.",
        "when": " le {date}",
        "where": " à {place}",
        "nth": "Communiqué cité no {n} : {title}{dated}.",
        "dated": ", du {date}",
        "ordinals": "",
        "ordinal": "{n}",
        "background_to_write": (
            "[À compléter : le contexte de ce communiqué — la réunion, l'étape précédente, "
            "pourquoi il importe maintenant.]"
        ),
        "recommend_information": "Pour information ; aucune action n'est requise à ce stade.",
        "recommend_decision": "Approuver la réponse proposée.",
        "said": "{name} a déclaré : « {text} »",
        "items": "Points inscrits ({kind}) : {items}.",
        "kind_agenda": "ordre du jour",
        "kind_release": "communiqué",
        "subject_fallback": "Communiqué",
    },
})  # fmt: skip
SPANISH = _european("es", "Español", {
    "fields": {"To": "Para", "From": "De", "Date": "Fecha", "Subject": "Asunto",
               "File no.": "Ref."},
    "headings": {"purpose": "Objeto", "summary": "Resumen", "background": "Antecedentes",
                 "key_points": "Puntos principales", "comment": "Comentario",
                 "contact": "Contacto", "key_people": "Personas citadas", "quotes": "Citas",
                 "changes": "Cambios respecto de la versión anterior"},
    "recommendation": {INFORMATION: "Próximos pasos", DECISION: "Recomendación"},
    "title": {INFORMATION: "Nota informativa", DECISION: "Nota para decisión"},
    "action": {INFORMATION: "Para información", DECISION: "Para decisión"},
    "timing": "Decisión necesaria antes del", "attachments": "Anexos",
    "choices": {"Agreed": "De acuerdo", "Not agreed": "En desacuerdo", "Noted": "Visto",
                "Please discuss": "A discutir", "Approve": "Aprobar",
                "Disapprove": "No aprobar"},
    "signature": "Firma", "date": "Fecha", "page": ("Página ", " de ", ""),
    "draft_mark": "BORRADOR – SIN REVISAR", "file_number": "Ref. {}",
    "annex_heading": "Anexo {letter}: texto del comunicado",
    "annex_item": "Anexo {letter} – {title}texto del comunicado", "quoted": "«{}», ",
    "source": "Fuente: ", "people_columns": ("Nombre", "Cargo", "Organización"),
    "release_cited": ("Comunicado citado", "Comunicados citados"),
    "not_attached": " (no adjunto)", "untitled": "comunicado sin título", "cite": "párr. {}",
    "release_word": "comunicado", "title_quotes": "«{}»",
    "place": "{n}.º párrafo", "of_release": "{} del comunicado", "remarks": "palabras de {}",
    "months": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
               "septiembre", "octubre", "noviembre", "diciembre"),
    "date_format": "{day} de {month} de {year}",
    "phrases": {
        "inform": "Informarle sobre {what}.",
        "decide": "Solicitar su decisión sobre la respuesta ante {what}.",
        "name_by_on": "{title}, publicado por {issuer} el {date}",
        "name_by": "{title}, publicado por {issuer}",
        "name_on": "{title}, del {date}",
        "untitled": "el comunicado",
        "untitled_on": "el comunicado sobre: {subject}",
        "untitled_that": "el comunicado según el cual: {subject}",
        "several": "{count} comunicados: {names}",
        "issued": "{issuer} publicó {title}{when}{where}.",
        "when": " el {date}",
        "where": " en {place}",
        "nth": "Comunicado citado n.º {n}: {title}{dated}.",
        "dated": ", del {date}",
        "ordinals": "",
        "ordinal": "{n}",
        "background_to_write": (
            "[Por completar: el contexto de este comunicado — la reunión, el paso anterior, "
            "por qué importa ahora.]"
        ),
        "recommend_information": "Para información; no se requiere ninguna acción por ahora.",
        "recommend_decision": "Que apruebe la respuesta propuesta.",
        "said": "{name} declaró: «{text}»",
        "items": "Puntos del {kind}: {items}.",
        "kind_agenda": "orden del día",
        "kind_release": "comunicado",
        "subject_fallback": "Comunicado",
    },
})  # fmt: skip
GERMAN = _european("de", "Deutsch", {
    "fields": {"To": "An", "From": "Von", "Date": "Datum", "Subject": "Betreff",
               "File no.": "Az."},
    "headings": {"purpose": "Zweck", "summary": "Zusammenfassung", "background": "Hintergrund",
                 "key_points": "Kernpunkte", "comment": "Bewertung", "contact": "Kontakt",
                 "key_people": "Genannte Personen", "quotes": "Zitate",
                 "changes": "Änderungen gegenüber der Vorfassung"},
    "recommendation": {INFORMATION: "Weiteres Vorgehen", DECISION: "Empfehlung"},
    "title": {INFORMATION: "Vermerk", DECISION: "Entscheidungsvorlage"},
    "action": {INFORMATION: "Zur Kenntnis", DECISION: "Zur Entscheidung"},
    "timing": "Entscheidung erbeten bis", "attachments": "Anlagen",
    "choices": {"Agreed": "Einverstanden", "Not agreed": "Nicht einverstanden",
                "Noted": "Zur Kenntnis genommen", "Please discuss": "Rücksprache erbeten",
                "Approve": "Billigen", "Disapprove": "Nicht billigen"},
    "signature": "Unterschrift", "date": "Datum", "page": ("Seite ", " von ", ""),
    "draft_mark": "ENTWURF – NICHT GEPRÜFT", "file_number": "Az. {}",
    "annex_heading": "Anlage {letter}: Text der Mitteilung",
    "annex_item": "Anlage {letter} – {title}Text der Mitteilung", "quoted": "„{}“, ",
    "source": "Quelle: ", "people_columns": ("Name", "Funktion", "Organisation"),
    "release_cited": ("Zitierte Mitteilung", "Zitierte Mitteilungen"),
    "not_attached": " (nicht beigefügt)", "untitled": "Mitteilung ohne Titel", "cite": "Ziff. {}",
    "release_word": "Mitteilung", "title_quotes": "„{}“",
    "place": "{n}. Absatz", "of_release": "{} der Mitteilung", "remarks": "Äußerungen von {}",
    "months": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember"),
    "date_format": "{day}. {month} {year}",
    "phrases": {
        "inform": "Unterrichtung über {what}.",
        "decide": "Bitte um Entscheidung über die Reaktion auf {what}.",
        "name_by_on": "{title}, veröffentlicht von {issuer} am {date}",
        "name_by": "{title}, veröffentlicht von {issuer}",
        "name_on": "{title} vom {date}",
        "untitled": "die Mitteilung",
        "untitled_on": "die Mitteilung zum Thema: {subject}",
        "untitled_that": "die Mitteilung, wonach: {subject}",
        "several": "{count} Mitteilungen: {names}",
        "issued": "Veröffentlicht von {issuer}{when}{where}: {title}.",
        "when": " am {date}",
        "where": " in {place}",
        "nth": "Zitierte Mitteilung Nr. {n}: {title}{dated}.",
        "dated": " vom {date}",
        "ordinals": "",
        "ordinal": "{n}",
        "background_to_write": (
            "[Zu ergänzen: der Hintergrund dieser Mitteilung — die Sitzung, der vorherige "
            "Schritt, warum sie jetzt wichtig ist.]"
        ),
        "recommend_information": "Zur Kenntnisnahme; derzeit ist nichts zu veranlassen.",
        "recommend_decision": "Billigung der vorgeschlagenen Reaktion.",
        "said": "{name} erklärte: „{text}“",
        "items": "Punkte ({kind}): {items}.",
        "kind_agenda": "Tagesordnung",
        "kind_release": "Mitteilung",
        "subject_fallback": "Mitteilung",
    },
})  # fmt: skip
PORTUGUESE = _european("pt", "Português", {
    "fields": {"To": "Para", "From": "De", "Date": "Data", "Subject": "Assunto",
               "File no.": "Ref.ª"},
    "headings": {"purpose": "Objetivo", "summary": "Resumo", "background": "Antecedentes",
                 "key_points": "Pontos principais", "comment": "Comentário",
                 "contact": "Contacto", "key_people": "Pessoas citadas", "quotes": "Citações",
                 "changes": "Alterações em relação à versão anterior"},
    "recommendation": {INFORMATION: "Próximos passos", DECISION: "Recomendação"},
    "title": {INFORMATION: "Nota informativa", DECISION: "Nota para decisão"},
    "action": {INFORMATION: "Para informação", DECISION: "Para decisão"},
    "timing": "Decisão necessária até", "attachments": "Anexos",
    "choices": {"Agreed": "Concordo", "Not agreed": "Não concordo", "Noted": "Visto",
                "Please discuss": "A discutir", "Approve": "Aprovar",
                "Disapprove": "Não aprovar"},
    "signature": "Assinatura", "date": "Data", "page": ("Página ", " de ", ""),
    "draft_mark": "RASCUNHO – NÃO REVISTO", "file_number": "Ref.ª {}",
    "annex_heading": "Anexo {letter}: texto do comunicado",
    "annex_item": "Anexo {letter} – {title}texto do comunicado", "quoted": "«{}», ",
    "source": "Fonte: ", "people_columns": ("Nome", "Cargo", "Organização"),
    "release_cited": ("Comunicado citado", "Comunicados citados"),
    "not_attached": " (não anexado)", "untitled": "comunicado sem título", "cite": "§ {}",
    "release_word": "comunicado", "title_quotes": "«{}»",
    "place": "{n}.º parágrafo", "of_release": "{} do comunicado", "remarks": "palavras de {}",
    "months": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
               "setembro", "outubro", "novembro", "dezembro"),
    "date_format": "{day} de {month} de {year}",
    "phrases": {
        "inform": "Informar sobre {what}.",
        "decide": "Solicitar a sua decisão sobre a resposta perante {what}.",
        "name_by_on": "{title}, publicado por {issuer} em {date}",
        "name_by": "{title}, publicado por {issuer}",
        "name_on": "{title}, de {date}",
        "untitled": "o comunicado",
        "untitled_on": "o comunicado sobre: {subject}",
        "untitled_that": "o comunicado segundo o qual: {subject}",
        "several": "{count} comunicados: {names}",
        "issued": "{issuer} publicou {title}{when}{where}.",
        "when": " em {date}",
        "where": " em {place}",
        "nth": "Comunicado citado n.º {n}: {title}{dated}.",
        "dated": ", de {date}",
        "ordinals": "",
        "ordinal": "{n}",
        "background_to_write": (
            "[A completar: o contexto deste comunicado — a reunião, o passo anterior, "
            "porque importa agora.]"
        ),
        "recommend_information": "Para informação; não é necessária qualquer ação de momento.",
        "recommend_decision": "Que aprove a resposta proposta.",
        "said": "{name} declarou: «{text}»",
        "items": "Pontos da {kind}: {items}.",
        "kind_agenda": "ordem do dia",
        "kind_release": "comunicado",
        "subject_fallback": "Comunicado",
    },
})  # fmt: skip

LABELS: dict[str, Labels] = {
    labels.code: labels for labels in (ENGLISH, KOREAN, FRENCH, SPANISH, GERMAN, PORTUGUESE)
}
LANGUAGES = tuple(LABELS)


def labels_for(language: str) -> Labels:
    """The table for ``language`` ("ko", "ko-KR", "KO"); English for anything unknown."""
    code = (language or "en").strip().lower().replace("_", "-").split("-")[0]
    return LABELS.get(code, ENGLISH)


def local_date(iso: str, labels: Labels, fallback: str) -> str:
    """An ISO date in the language's form; ``fallback`` (as printed) when not a date."""
    if not labels.date_format:
        return fallback
    try:
        day = dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return fallback
    month = labels.months[day.month - 1] if labels.months else day.month
    return labels.date_format.format(year=day.year, month=month, day=day.day)


__all__ = [
    "ENGLISH",
    "FRENCH",
    "GERMAN",
    "KOREAN",
    "LABELS",
    "LANGUAGES",
    "PORTUGUESE",
    "SPANISH",
    "Labels",
    "labels_for",
    "local_date",
]
