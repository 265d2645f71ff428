from briefing.analysis.sentences import split_sentences


def texts(text, language="en"):
    return [s.text for s in split_sentences(text, language)]


def test_english_abbreviations_dates_and_symbols():
    text = (
        "The Ministerial, scheduled for Dec. 7-8, opened on Tuesday, Dec. 7. Mr. Lacroix and "
        "Ms. Pollard of the U.S. delegation spoke. J. Smith noted growth of 1.5% in Jan. last "
        "year, e.g. in trade. See No. 61/18 for details. Gen. Park and Amb. Lee met H.E. Kim."
    )
    assert texts(text) == [
        "The Ministerial, scheduled for Dec. 7-8, opened on Tuesday, Dec. 7.",
        "Mr. Lacroix and Ms. Pollard of the U.S. delegation spoke.",
        "J. Smith noted growth of 1.5% in Jan. last year, e.g. in trade.",
        "See No. 61/18 for details.",
        "Gen. Park and Amb. Lee met H.E. Kim.",
    ]


def test_abbreviation_that_ends_a_sentence():
    assert texts("Talks were held in the U.S. The next round is in Seoul.") == [
        "Talks were held in the U.S.",
        "The next round is in Seoul.",
    ]


def test_quotations_stay_whole():
    assert texts("He said, “Korea is proud. We hope.” Then he left. “Why?” she asked.") == [
        "He said, “Korea is proud. We hope.”",
        "Then he left.",
        "“Why?” she asked.",
    ]


def test_french():
    text = "M. Le Drian a rencontré Mme Kang le 18 mars. Il a déclaré : « La paix n’est pas gratuite. » Les ministres ont discuté."
    assert texts(text, "fr") == [
        "M. Le Drian a rencontré Mme Kang le 18 mars.",
        "Il a déclaré : « La paix n’est pas gratuite. »",
        "Les ministres ont discuté.",
    ]


def test_spanish():
    text = "El Sr. Pérez llegó a EE.UU. el 5 de agosto. La Dra. Gómez habló del Nº 61/18. ¿Qué pasó? Nada."
    assert texts(text, "es") == [
        "El Sr. Pérez llegó a EE.UU. el 5 de agosto.",
        "La Dra. Gómez habló del Nº 61/18.",
        "¿Qué pasó?",
        "Nada.",
    ]


def test_korean():
    text = "정의용 외교부 장관은 7일 개막식에 참석했다. 그는 평화를 강조했습니다. 감사합니다。다음 회의는 내년이다."
    assert texts(text, "ko") == [
        "정의용 외교부 장관은 7일 개막식에 참석했다.",
        "그는 평화를 강조했습니다.",
        "감사합니다。",
        "다음 회의는 내년이다.",
    ]


def test_offsets_point_into_the_text_and_blank_lines_split():
    text = "Heading\n\n1. First point. Second point.\nwrapped on."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Heading", "1. First point.", "Second point.\nwrapped on."]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_german_ordinals_and_brackets_end_no_sentence():
    # German writes ordinals with a point ("den 11. Integrationsgipfel", "am 2. März"); a
    # sentence never ends inside brackets; "Vors." (the chair) is an abbreviation.
    text = (
        "Themen: Termine der Kanzlerin (Gespräch in Hanau, 11. Integrationsgipfel, "
        "Kabinettssitzung). Am Montag, dem 2. März, leitet die Kanzlerin den 11. Gipfel. "
        "Vors. Welty eröffnet die Pressekonferenz."
    )
    parts = [s.text for s in split_sentences(text, "de")]
    assert len(parts) == 3, parts
    assert parts[1].startswith("Am Montag") and parts[1].endswith("Gipfel.")
    # English figures still end sentences.
    assert len(split_sentences("The vote was 11. The motion passed.")) == 2


def test_italian_law_citations_end_no_sentence():
    text = "Alle Amministrazioni di cui all’art. 2, lett. a) del d.lgs. 7 marzo 2005, n. 82. Segue."
    parts = [s.text for s in split_sentences(text, "it")]
    assert parts == [text[: text.index(" Segue")], "Segue."], parts
