"""Page furniture and dates in plain text (issue 11, family ``txtfurn``): made-up text in
the shape of real releases (typed releases read back by an archive, a controlled form's
foot taken out of a PDF, datelines in several languages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import release_from_text
from briefing.ingest.continuation_marks import continuation_mark
from briefing.model import Release
from tests.ingest.helpers import read_release as _read
from tests.ingest.helpers import removed_texts as _removed

from .helpers import lost_words


def _kept_lines(release: Release) -> list[str]:
    return [line.strip() for line in release.text.split("\n") if line.strip()]


TYPED = """MINISTER FOR IMMIGRATION

NEW CENTRE FOR MIGRANT ENGLISH CLASSES

The Minister for Immigration, Mr Smith, today announced that a new centre for
adult migrant English classes would open in the western suburbs next month.

"The centre will offer day and evening classes to more than four hundred
students," Mr Smith said.

. . . / 2

- 2 -

The Minister said that the classes would be free of charge for all new
arrivals in their first two years in Australia.

../3

/3

He said the centre was part of the Government's wider programme of settlement
services for new arrivals.

- more -

The Minister thanked the local council for its support.
"""


def test_typed_continuation_marks_are_furniture(tmp_path: Path) -> None:
    release = _read(tmp_path, TYPED)
    removed = _removed(release)
    for mark in (". . . / 2", "../3", "/3", "- more -"):
        assert mark in removed
    kept = _kept_lines(release)
    assert not any(line in (". . . / 2", "../3", "/3", "- more -") for line in kept)
    assert not lost_words(TYPED, release)


@pytest.mark.parametrize(
    "line", [". . ./3 .", "...2/", "•  ../3", "2/", "2 /", "/2", "(more)", "MORE", "/cont."]
)
def test_continuation_mark_shapes(line: str) -> None:
    assert continuation_mark(line)


@pytest.mark.parametrize(
    "line", ["2.", "1/2", "../1", "3/4", "More support for families", "...", "2", "(a)", "12/07"]
)
def test_text_is_no_continuation_mark(line: str) -> None:
    assert not continuation_mark(line)


FORM_PLAIN = """HIGHLIGHTS OF THE MEETING OF THE MONETARY BOARD HELD ON 9 JUNE 2022

I. Monetary Policy Decision

The Monetary Board decided to keep the key policy rate at 2.50 percent.

II. Key Considerations

The Board noted that inflation remained within the target range.
QRF Form No. 07-112 * Version 3 * Updated 14 January 2019

File/Ref. No. MPD-060922-01

Page 1 of 3
\fThe Board also noted that credit growth had picked up in recent months.

Page 2 of 3
\fThe next meeting is scheduled on 21 July 2022.

Page 3 of 3
"""

FORM_RAW = """QRF Form No. 07-112 * Version 3 * Updated 14 January 2019 File/Ref. No. MPD-060922-01 Page 1 of 3
I. Monetary Policy Decision
The Monetary Board decided to keep the key policy rate at 2.50 percent.
Page 2 of 3
The next meeting is scheduled on 21 July 2022.
"""


def test_form_fields_over_the_page_count_are_furniture(tmp_path: Path) -> None:
    release = _read(tmp_path, FORM_PLAIN)
    removed = _removed(release)
    assert "QRF Form No. 07-112 * Version 3 * Updated 14 January 2019" in removed
    assert "File/Ref. No. MPD-060922-01" in removed
    assert "Form No." not in release.text
    # The form's "Updated" date is not the release's.
    assert release.date != "2019-01-14"
    assert not lost_words(FORM_PLAIN, release)


def test_form_foot_run_into_one_line_is_furniture(tmp_path: Path) -> None:
    release = _read(tmp_path, FORM_RAW)
    assert any(r.startswith("QRF Form No. 07-112") for r in _removed(release))
    assert "Form No." not in release.text
    assert "QRF" not in release.title
    assert release.date != "2019-01-14"


def test_a_sentence_naming_a_form_stays(tmp_path: Path) -> None:
    text = (
        "APPLICATIONS OPEN FOR THE SCHOLARSHIP PROGRAMME\n\n"
        "Applicants should complete the enclosed Form No. 12-3 and return it by mail.\n"
        "Page 1 of 2\n\n"
        "Further details are set out in the guidelines.\n"
    )
    release = _read(tmp_path, text)
    assert "Form No. 12-3" in release.text


SPEECH = """DISCURSO DO MINISTRO DOS NEGÓCIOS ESTRANGEIROS

JOÃO DA SILVA

por ocasião da abertura da Conferência Regional sobre Segurança Marítima

Assembleia Nacional, Praia, 14 de outubro de 2022

Senhor Presidente,

Senhoras e Senhores Deputados,

É com grande satisfação que me dirijo hoje a esta Assembleia para apresentar as
prioridades do Governo em matéria de segurança marítima.
"""


def test_a_place_and_date_line_after_the_lead_dates_the_release(tmp_path: Path) -> None:
    release = _read(tmp_path, SPEECH)
    assert release.date == "2022-10-14"


SIGNED = """Joint statement on regional fisheries cooperation

The ministers of the three coastal states agreed to share catch data every quarter
and to open their ports to each other's inspection vessels.

They will meet again next year to review the arrangement, which enters into force
once all three parliaments have approved it.

Wellington, 2 March 2023
"""


def test_a_place_and_date_under_the_signature_dates_the_release(tmp_path: Path) -> None:
    release = _read(tmp_path, SIGNED)
    assert release.date == "2023-03-02"


MINUTES = """CENTRAL BANK OF NORTHLAND

MINUTES OF THE MONETARY POLICY MEETING

Monetary policy meeting No. 118 (extraordinary session), held
on 9 April 2021.

Present: the Governor, the Deputy Governor and three Board members.

1. Background

The Board reviewed developments since the meeting of 12 February 2021.
"""


def test_minutes_are_dated_by_the_meeting_they_record(tmp_path: Path) -> None:
    release = _read(tmp_path, MINUTES)
    assert release.date == "2021-04-09"


RAPPORT = """RÉPUBLIQUE DU NORDLAND

ASSEMBLÉE NATIONALE

RAPPORT FAIT AU NOM DE LA COMMISSION DES FINANCES

SUR LE PROJET DE LOI N°12/2023 PORTANT LOI DE FINANCES RECTIFICATIVE

Monsieur le Président,

La Commission des Finances s'est réunie le jeudi 6 juillet 2023, sous la présidence
de Madame Awa Ndiaye, pour examiner le projet de loi.
"""


def test_a_committee_meeting_day_dates_its_report(tmp_path: Path) -> None:
    release = _read(tmp_path, RAPPORT)
    assert release.date == "2023-07-06"


def test_a_date_in_a_later_sentence_is_no_dateline(tmp_path: Path) -> None:
    text = (
        "Minister welcomes new trade figures\n\n"
        "The Minister welcomed figures showing exports rose strongly over the year.\n\n"
        "The figures will be discussed when ministers meet in Canberra, 4 May 2024 being\n"
        "the first day of the talks, and again at the end of the year.\n"
    )
    release = _read(tmp_path, text)
    assert release.date == ""


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Stockholm den 12 maj 2023", "2023-05-12"),
        ("Pressmeddelande 3 augusti 2022", "2022-08-03"),
        ("Brasília, 1º de março de 2024", "2024-03-01"),
        ("Lima, 1° de febrero de 2021", "2021-02-01"),
        ("Rio de Janeiro, 5 de Novembro de 1937", "1937-11-05"),
        ("２０２４年３月５日", "2024-03-05"),
        ("令和６年３月５日", "2024-03-05"),
    ],
)
def test_dates_of_more_languages_and_print_forms(text: str, iso: str) -> None:
    from briefing.ingest.dates import find_date

    found = find_date(text)
    assert found is not None and found.iso() == iso


def test_a_name_is_no_month() -> None:
    from briefing.ingest.dates import find_date

    assert find_date("Maj Persson said 2023 was a good year") is None


TRANSCRIPT_PAGE = """Transcripts Archive

Transcripts from the Premiers of Northland

Walker, Jane

Period of Service: 02/04/2014 - 30/06/2019
Release Date:
14/08/2016
Release Type:
Interview
Transcript ID:
30411
Radio interview with Sam Lee - Northland FM

SAM LEE:

Premier, good morning.

PREMIER:

Good morning Sam, great to be with you.
"""


def test_a_release_date_field_beats_a_term_of_office(tmp_path: Path) -> None:
    release = _read(tmp_path, TRANSCRIPT_PAGE)
    assert release.date == "2016-08-14"


def test_a_date_field_on_one_line(tmp_path: Path) -> None:
    text = (
        "Statement by the Minister on flood relief\n\n"
        "Posted on: 3 February 2022\n\n"
        "The floods of 12 January 2022 damaged more than two thousand homes, and the\n"
        "Government will meet the cost of emergency housing.\n"
    )
    assert _read(tmp_path, text).date == "2022-02-03"


def _paged(pages: list[str]) -> str:
    return "\f".join(pages)


RESPONSES = _paged(
    [
        "Report of the Working Group\n\nResponses of the State under review\n\n"
        "1., 2., 3.\n\nThe Government accepts these recommendations.\n\n",
        "A/HRC/99/1/Add.1\n\n4.\n\nThe Government accepts the recommendation.\n\n"
        "2\n\n5., 6.\n\nThe Government accepts these recommendations, which it has\n"
        "already carried out in large part.\n\n",
        "A/HRC/99/1/Add.1\n\n7.\n\nThe Government notes the recommendation.\n\n"
        "3\n\n8.\n\nThe Government accepts the recommendation.\n\n",
    ]
)


def test_a_page_own_number_set_among_its_rows_is_furniture(tmp_path: Path) -> None:
    release = _read(tmp_path, RESPONSES)
    kept = _kept_lines(release)
    assert "2" not in kept and "3" not in kept
    assert not lost_words(RESPONSES, release)


_PROSE = (
    "The survey covers every region of the country.\n\n"
    "Each office reported its figures for the quarter.\n\n"
    "The figures were checked by the statistics office.\n\n"
)
TABLE = _paged(
    [
        "Quarterly indicators\n\n" + _PROSE,
        _PROSE + "Offices opened\n\nNorth\n\n2\n\nSouth\n\n2\n\nEast\n\n5\n\n" + _PROSE,
        _PROSE + "Offices closed\n\nWest\n\n3\n\nCentre\n\n7\n\n" + _PROSE,
    ]
)


def test_a_column_of_figures_keeps_its_numbers(tmp_path: Path) -> None:
    release = _read(tmp_path, TABLE)
    kept = _kept_lines(release)
    # Page 2 holds two lone "2": a column of figures, not the page's number; page 3's
    # lone "3" would be the only one, too few pages to tell.
    assert kept.count("2") == 2 and "3" in kept


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("July 30-31, 2024", "2024-07-31"),
        ("30–31 July 2024", "2024-07-31"),
        ("Luxembourg, 12-13 décembre 2023", "2023-12-13"),
        ("05-10-2023 - 12:53", "2023-10-05"),  # a day, a month and a year: no span
    ],
)
def test_a_meeting_over_days_is_dated_by_its_last_day(line: str, iso: str) -> None:
    from briefing.ingest.dates import release_date

    assert release_date([line], "", "") == iso


def test_a_date_field_spanning_days(tmp_path: Path) -> None:
    text = (
        "Minutes of the Monetary Policy Committee\n\n"
        "Date:\n\nMarch 18-19, 2025\n\n"
        "Place:\n\nHead office, Brasilia\n\n"
        "The Committee decided unanimously to keep the policy rate unchanged.\n"
    )
    assert _read(tmp_path, text).date == "2025-03-19"


ARCHIVE_RELEASE = """MINISTER FOR IMMIGRATION

NEW ADVISORY COUNCIL APPOINTED

The Minister for Immigration today announced the members of a new advisory council
on settlement services, to report to the Government within twelve months.

The council will meet for the first time in Sydney next month.

  14 July 1996  Media inquiries: (06) 277 7860
"""


def test_a_date_before_the_press_contact_dates_the_release(tmp_path: Path) -> None:
    assert _read(tmp_path, ARCHIVE_RELEASE).date == "1996-07-14"


def test_a_bare_date_ending_a_wrapped_sentence_is_no_dateline() -> None:
    from briefing.ingest.dates_lines import dateline_date

    text = (
        "Highlights of the meeting of the board\n"
        "The board kept its policy rate unchanged. The next meeting is scheduled on\n"
        "22 December 2016.\n"
    )
    assert dateline_date(text) == ""
    assert dateline_date(text.replace("scheduled on\n", "scheduled soon.\n")) == "2016-12-22"


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Support for the new visa   13-November-2009", "2009-11-13"),
        ("April 12,1999", "1999-04-12"),
    ],
)
def test_dates_set_by_sites_and_typists(text: str, iso: str) -> None:
    from briefing.ingest.dates import find_date

    found = find_date(text)
    assert found is not None and found.iso() == iso


def test_a_dated_field_inside_a_line_of_fields(tmp_path: Path) -> None:
    text = (
        "Greens call for an inquiry\n\n"
        "Press Release Dated: 4 Mar 2002 Press Release Number: 02/117 Portfolio: Health\n\n"
        "The Greens today called for an inquiry into the events of 1 February 2002 at the\n"
        "hospital.\n"
    )
    assert _read(tmp_path, text).date == "2002-03-04"


def test_a_transcript_header_run_into_one_line_dates_it(tmp_path: Path) -> None:
    text = (
        "E&OE TRANSCRIPT DOORSTOP INTERVIEW HOBART TUESDAY, 8 MARCH 2016   SUBJECT/S: "
        "Hospital funding; the 1 July 2016 tax changes.\n\n"
        "JOURNALIST: Minister, what will the funding mean for the hospital?\n\n"
        "MINISTER: It means more beds and shorter waiting lists.\n"
    )
    assert _read(tmp_path, text).date == "2016-03-08"


def test_a_typed_place_without_comma_before_the_date(tmp_path: Path) -> None:
    text = (
        "SENATOR CALLS FOR REVIEW OF GRANTS\n\n"
        "The Senator today called for a review of the grants programme.\n\n"
        "The programme had been criticised by the Auditor-General.\n\n"
        "  Hobart  3 October 1995  For further information contact the Senator's office\n"
    )
    assert _read(tmp_path, text).date == "1995-10-03"


FAXED = """ID:031234567 14 MAR'95 10:42 No.003 P.01

MINISTER FOR TRADE

EXPORT FIGURES SHOW STRONG GROWTH

The Minister for Trade said today that exports had grown by twelve per cent over the
year to February, led by education and tourism.

MAR 14 '95 10:43 TRADE CANBERRA 06 277 1234 P.2

The Minister said the figures showed the value of the Government's trade missions.
"""


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("JUL 27 '89 17:27 FOREIGN AFFAIRS CANB 062 732081 P.2", True),
        ("TEL No. 19,01,93 9:07 P.04", True),
        ("10 APR '96 14:55", True),
        ("The meeting on 12 MAR at 10:30 discussed P.2 of the report", False),
        ("In '96 the rate was 10:1", False),
    ],
)
def test_fax_header_shapes(line: str, header: bool) -> None:
    from briefing.ingest.fax_headers import is_fax_header

    assert is_fax_header(line) is header


def test_fax_headers_are_furniture(tmp_path: Path) -> None:
    release = _read(tmp_path, FAXED)
    assert "P.01" not in release.text and "P.2" not in release.text
    assert len([r for r in _removed(release) if "'95" in r]) == 2
    assert not lost_words(FAXED, release)


MAILED = """ 1

 Nguyen, Anna (PRESS - CBR)

 From: Media Office [media@example.gov.au] Sent: Sunday, 9 June 2019 4:12 PM

 To: Press Gallery

 Subject: MEDIA RELEASE *** EMBARGOED UNTIL 0001 MONDAY, 10 JUNE 2019 [SEC=UNCLASSIFIED]

 Categories: Blue Category

 UNCLASSIFIED

 THE HON JANE MINISTER MP  Minister for Regional Services

 New funding for rural health clinics

 The Government will provide twenty million dollars to open twelve new health clinics
 in rural towns over the next two years.

 The Minister said the clinics would be staffed by nurses and visiting doctors.

 UNCLASSIFIED
"""


def test_a_mailed_release_loses_its_mail_header_and_marking(tmp_path: Path) -> None:
    release = _read(tmp_path, MAILED)
    removed = _removed(release)
    assert "Nguyen, Anna (PRESS - CBR)" in removed
    assert any(r.startswith("From: Media Office") for r in removed)
    assert any(r.startswith("Subject: MEDIA RELEASE") for r in removed)
    assert "To: Press Gallery" in removed and "Categories: Blue Category" in removed
    assert removed.count("UNCLASSIFIED") == 2
    assert "Sent:" not in release.text and "UNCLASSIFIED" not in release.text
    assert release.date != "2019-06-09"  # (when it was mailed, not the release's date)
    assert not lost_words(MAILED, release)


def test_a_letter_with_a_to_line_keeps_it(tmp_path: Path) -> None:
    text = (
        "Circular to all missions\n\n"
        "To: All heads of mission\n\n"
        "Subject: Arrangements for the national day reception\n\n"
        "Missions are asked to confirm their attendance by 3 May 2019.\n"
    )
    release = _read(tmp_path, text)
    assert "To: All heads of mission" in release.text


SIGNED_DECREE = """IL MINISTRO PER LA TRANSIZIONE DIGITALE

DECRETA

Art. 1

È istituito presso il Dipartimento un gruppo di lavoro sulla sanità digitale.
Firmato digitalmente da ROSSI
MARIA
C=IT
O=PRESIDENZA DEL CONSIGLIO
Art. 2

Il gruppo di lavoro presenta una relazione entro sei mesi.
Data: 2021.04.12 17:45:03 +02'00'
"""


def test_a_digital_signature_stamp_is_furniture(tmp_path: Path) -> None:
    release = _read(tmp_path, SIGNED_DECREE)
    removed = _removed(release)
    for stamp in ("Firmato digitalmente da ROSSI", "MARIA", "C=IT", "O=PRESIDENZA DEL CONSIGLIO"):
        assert stamp in removed
    assert "Data: 2021.04.12 17:45:03 +02'00'" in removed
    assert "DECRETA" in release.text and "Art. 2" in release.text
    assert not lost_words(SIGNED_DECREE, release)


def test_an_announced_event_date_is_not_the_release_date() -> None:
    from briefing.ingest.dates_lines import labelled_date

    text = "Minister to open the trade fair\nDate: 12 May 2024\nTime: 10:00\nVenue: Expo Hall\n"
    assert labelled_date(text) == ""
    assert labelled_date("Minutes\nDate:\nJuly 30-31, 2024\nPlace:\nHead office\n") == "2024-07-31"


def test_a_fax_header_dated_with_commas_goes_in_a_text_without_apostrophes():
    # The whole-text look before the fax pass once wanted an apostrophe, ",9" or ",0":
    # a header dated "21,12,85" in a text with none of them stayed in the content.
    text = (
        "TEL No. 21,12,85 9:07 P.04\n\nMINISTER FOR EXAMPLE AFFAIRS\n\n"
        "The Minister today announced new funding for regional training centres.\n"
    )
    release = release_from_text(text)
    assert any("21,12,85" in r.text for r in release.removed)
    assert not any("21,12,85" in release.text[n.start : n.end] for n in release.root.walk())


def test_a_signature_stamp_in_capitals_is_furniture(tmp_path: Path) -> None:
    # The whole-text look before the stamp pass once knew the stamp's words in lower case
    # only: a stamp printed in capitals, in a text with no other "signed", stayed.
    text = (
        "ORDER No. 12 OF 2031\n\nThe Minister orders as follows.\n\nArticle 1\n\n"
        "A working group on example services is established.\n"
        "DIGITALLY SIGNED BY SAMPLE\nJANE\nC=XX\nO=MINISTRY OF EXAMPLES\n\n"
        "Article 2\n\nThe group reports within six months.\n"
    )
    release = _read(tmp_path, text)
    furniture = [r.text for r in release.removed if r.kind == "page-furniture"]
    assert "DIGITALLY SIGNED BY SAMPLE" in furniture and "C=XX" in furniture
    # (Left in, the stamp read as a closing signature block and took "Article 2" with it.)
    assert "Article 2" in _kept_lines(release)


def test_a_signature_stamp_beside_the_signers_name_is_furniture(tmp_path: Path) -> None:
    # pdftotext -layout sets the stamp's two columns on one line, the signer's name in
    # capitals first ("EXAMPLE AGENCY Digitally signed by"): the stamp's signing time
    # then dated the release, and its "Reason:" / "Location:" fields stayed in the text.
    text = (
        "EXAMPLE AGENCY Digitally signed by\n"
        "EXAMPLE AGENCY\n"
        "Date: 2031.06.08 09:00:36\n"
        "Reason:\n"
        "Location: Example City\n\n\n"
        "MINISTRY OF EXAMPLES\n"
        "Directorate of Sample Permits\n\n"
        "Example City, 27 April 2031\n\n"
        "SUBJECT: Renewal of the sample permits for the coming year\n\n"
        "The Ministry renews the sample permits of every holder for one more year, on the\n"
        "terms set by the decision of last year and under the same conditions.\n\n"
        "Holders need not apply again; the Directorate writes to each of them in May.\n"
    )
    release = _read(tmp_path, text)
    furniture = [r.text for r in release.removed if r.kind == "page-furniture"]
    assert "EXAMPLE AGENCY Digitally signed by" in furniture
    assert "Date: 2031.06.08 09:00:36" in furniture and "Location: Example City" in furniture
    assert release.date == "2031-04-27"
    assert not lost_words(text, release)


_PARA = (
    "The Board reviewed the outlook for prices and activity and agreed that the\n"
    "stance of policy remained appropriate for the months ahead.\n\n"
)
# Minutes whose page numbers stand at each page's foot, but where the text was taken out
# of the second page with its number set mid-page (between two paragraphs), the page's
# last lines after it.
PAGED_MINUTES = _paged(
    [
        "Minutes of the Board\n\n" + _PARA * 3 + "1\n\n",
        _PARA * 2 + "2\n\n" + _PARA * 3,
        _PARA * 4 + "3\n\n",
        _PARA * 4 + "4\n\n",
    ]
)


def test_a_page_number_set_mid_page_goes_with_those_at_the_feet(tmp_path: Path) -> None:
    # Pages 3 and 4 print their numbers at their feet (taken there), page 2 mid-page:
    # three pages show their own number alone, so page 2's is furniture too.
    release = _read(tmp_path, PAGED_MINUTES)
    kept = _kept_lines(release)
    assert not {"1", "2", "3", "4"} & set(kept)
    assert not lost_words(PAGED_MINUTES, release)

