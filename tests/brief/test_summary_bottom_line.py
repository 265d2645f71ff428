"""The drafted Summary is a bottom line: who did what, never a logistics line.

Made-up releases in the shape of real ones: a logistics line printed first, a meeting
agenda whose only sentence is logistics, and a ministry statement.
"""

from __future__ import annotations

import pytest

from briefing.analysis.draft import draft_release
from briefing.analysis.lead_lines import is_logistics, lead_weight
from briefing.brief import draft_brief
from briefing.ingest import release_from_text
from briefing.model import Project

HOUSEKEEPING_FIRST = """Council adopts new rules on freshwater monitoring

Documents for the meeting are available on the web.

The Council of Ministers adopted on Monday a regulation requiring member states to report river pollution every quarter, closing a gap that left most rivers unmonitored.

The new rules will apply from January and ask national agencies to publish their data in a common format.

Ministers also discussed the funding of the monitoring network and agreed to return to it in spring.

For more information, please contact the press office.
"""

AGENDA = """Provisional agenda of the extraordinary session

1. Opening of the session

1.1. Welcome by the Director-General or her representative

1.2. Address by the outgoing Chair of the Council

1.3. Report of the Secretary on the activities since the last session

2. Elections

2.1. Election of the Chair and Vice-Chairs of the Committee

2.2. Election of the Budget Committee

3. Decision on the dates of the next regular session of the Council

4. Other matters

5. Closing of the session

Documents for the meeting are available on the web.
"""

STATEMENT = """Statement on the ceasefire in the northern region

Photos of the signing ceremony can be found on our website.

The Ministry of Foreign Affairs welcomes the ceasefire agreed yesterday between the parties and calls on them to open humanitarian corridors without delay.

The Ministry recalls that the fighting has displaced more than two hundred thousand people since the spring meeting of the regional organisation.

The Government will contribute five million to the relief effort led by the United Nations agencies.

Media enquiries: press office.
"""


def _draft(text: str):
    release = release_from_text(text)
    project = Project(releases=[release])
    project.brief = draft_brief(project)
    return release, project.brief


def _section(brief, key: str) -> list[str]:
    return [p.text for p in brief.section(key).paragraphs]


@pytest.mark.parametrize(
    "line",
    [
        "Documents for the meeting are available on the web.",
        "For more information, please contact the press office.",
        "Photos of the signing ceremony can be found on our website.",
        "Registration for journalists closes on Friday.",
        "This release is embargoed until 10:00.",
    ],
)
def test_logistics_lines_are_recognised(line):
    assert is_logistics(line)
    assert lead_weight(line) == 0.0


@pytest.mark.parametrize(
    "line",
    [
        "The Contact Group met in Geneva and agreed on a road map.",
        "Ministers held a video conference on the crisis.",
        "The report found that emissions rose by 3%.",
    ],
)
def test_substantive_sentences_are_not_logistics(line):
    assert not is_logistics(line)


def test_a_logistics_line_printed_first_never_leads():
    _, brief = _draft(HOUSEKEEPING_FIRST)
    summary = " ".join(_section(brief, "summary"))
    assert summary.startswith("The Council of Ministers adopted")
    assert not is_logistics(summary)
    assert not any(is_logistics(p) for p in _section(brief, "key_points"))


def test_an_agenda_summary_names_what_the_meeting_decides():
    release, brief = _draft(AGENDA)
    summary = " ".join(_section(brief, "summary"))
    assert "available on the web" not in summary
    assert summary.startswith("The agenda’s items include:")
    assert "ecision on the dates" in summary or "lection of" in summary
    assert summary.endswith(".") and len(summary.split()) <= 60
    points = _section(brief, "key_points")
    assert len(points) >= 2 and points[0] not in summary
    assert draft_release(release).lead == summary


def test_a_statement_leads_with_the_actor_and_its_decision():
    _, brief = _draft(STATEMENT)
    summary = " ".join(_section(brief, "summary"))
    assert summary.startswith("The Ministry of Foreign Affairs welcomes the ceasefire")
    background = _section(brief, "background")
    points = _section(brief, "key_points")
    assert all(b not in summary and summary not in b for b in background)
    assert points and points[0] not in summary
