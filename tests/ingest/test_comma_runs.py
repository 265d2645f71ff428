"""A signature or a place and date printed one part to a line, the parts closed by commas
and the last by a full stop, is one unit (comma_runs.py); a salutation's lines ending in
commas, run on into a paragraph, stay apart. Made-up text in the shape of a gazette notice."""

from __future__ import annotations

from briefing.ingest import release_from_text
from briefing.ingest.comma_runs import comma_run_goes_on

from .helpers import lost_words

NOTICE = """THE GAZETTE OF EXAMPLIA
No. 2031/7 - WEDNESDAY, MARCH 5, 2031

NOTIFICATION

IT is hereby notified that the subjects and functions set out in the schedule below are
assigned to the Minister of Sample Affairs, with immediate effect.
JANE EXAMPLE,
President.
Presidential Secretariat,
Sampletown 01,
March 3, 2031.
SCHEDULE
The sample registers and the offices that keep them.
"""


def _starts(text: str) -> list[str]:
    release = release_from_text(text)
    return [release.text[n.body_start : n.end].split("\n")[0] for n in release.nodes()]


def test_a_signature_and_its_place_and_date_are_one_unit_each() -> None:
    starts = _starts(NOTICE)
    assert "JANE EXAMPLE," in starts and "Presidential Secretariat," in starts
    assert not {"President.", "Sampletown 01,", "March 3, 2031."} & set(starts)
    assert not lost_words(NOTICE, release_from_text(NOTICE))


def test_a_salutation_running_into_a_paragraph_stays_apart() -> None:
    texts = [
        "Dear colleagues,",
        "Ladies and gentlemen,",
        "It is an honour to speak to you today about the work of the sample committee.",
    ]
    assert not comma_run_goes_on(texts, 1, texts[:1])
    body = "The subjects set out in the schedule below are assigned to the Minister."
    texts = [body, "JANE EXAMPLE,", "Minister of Sample Affairs."]
    assert comma_run_goes_on(texts, 2, texts[1:2])
    # The end of a longer sentence wrapped over short lines is no signature ...
    texts = [body, "Not to be released until 8:50 a.m.", "Sample Time on Friday,", "June 18."]
    assert not comma_run_goes_on(texts, 3, texts[1:3])
    # ... nor are short lines at the head of the text, over no prose.
    texts = ["Not to be released until 8:50 a.m.", "Sample Time on Friday,", "June 18, 2031."]
    assert not comma_run_goes_on(texts, 2, texts[1:2])
