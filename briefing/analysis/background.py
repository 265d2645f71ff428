"""The Background of a drafted note: what a release itself says of its context.

Releases state their context in recognisable places and words (a section headed
"Background", a resolution's recitals, a sentence naming the earlier meeting or
resolution); ``background_points`` picks it from the sentences ``draft`` ranked, never the
lead. Cue words in other languages are in ``cues``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.analysis import cues
from briefing.analysis.boilerplate import FORWARD, boilerplate_kind
from briefing.analysis.leaning import leans_back
from briefing.analysis.tokens import word_count
from briefing.model import Release

if TYPE_CHECKING:
    from briefing.analysis.draft import DraftPoint

# A resolution's recitals open with "whereas" or a participle; its operative paragraphs
# with a verb in the present tense. Only the latter say what the body decided.
_PREAMBLE = re.compile(
    r"^(?:whereas|having|recalling|noting|bearing|reaffirming|recognizing|recognising|"
    r"welcoming|emphasizing|emphasising|concerned|deeply|convinced|considering|stressing|"
    r"mindful|aware|acknowledging|expressing|taking|guided|determined|underlining|alarmed|"
    r"reiterating|affirming|desiring|believing|encouraged|regretting|pursuant|"
    r"the general assembly,|the security council,|the european parliament,)\b",
    re.IGNORECASE,
)
# "COMMENDING Indonesia's efforts": a joint statement's recitals in capitals.
_CAPS_PARTICIPLE = re.compile(r"^[A-Z]{3,}ING\b")
_CONTEXT = re.compile(
    r"\b(?:meeting|session|summit|visit|conference|talks|sidelines|follow(?:s|ing|-up)|"
    r"previous|earlier|last (?:week|month|year)|convened|occasion|anniversary|"
    r"ahead of|in response to|report of)\b",
    re.IGNORECASE,
)
_EARLIER_STEP = re.compile(
    r"\b(?:resolutions?|decisions?|conclusions|declaration|summit|meeting)\b", re.IGNORECASE
)


def opens_as_recital(text: str) -> bool:
    """A recital in its printed form ("Recalling ...", "COMMENDING ..."), not a sentence."""
    return bool(_PREAMBLE.match(text) or _CAPS_PARTICIPLE.match(text))


def background_points(
    release: Release,
    scored: list[DraftPoint],
    points: list[DraftPoint],
    summary_parts: list[DraftPoint],
    same: Callable[[str, str], bool],
    leads: list[DraftPoint],
    min_points: int,
) -> list[DraftPoint]:
    """Background sentences: what the release itself says of its context, never its lead.

    Releases state their context in recognisable places and words: a section headed
    "Background" or "Context", a resolution's recitals (the earlier resolution first), and
    sentences naming the meeting or session, the previous step ("follows", "previous",
    "since", "in 2016", "at its 25th session") or an earlier resolution or statement. The
    lead says what happened now, so it is never background, even when it names a meeting.
    When nothing left over says it, a key point that does moves here (``points`` changes).
    """
    lead_ids = {id(p) for p in leads}
    taken = {id(p) for p in [*points, *summary_parts]} | lead_ids
    fresh = [
        p
        for p in scored
        if id(p) not in taken
        and word_count(p.text) >= 8
        # A standing mandate or the meeting's attendance is no context of this step, and
        # "Such mechanisms ..." leans on a sentence the Background would not print.
        and not boilerplate_kind(p.text)
        and not leans_back(p.text)
        and not any(same(p.text, q.text) for q in [*points, *summary_parts])
    ]
    # A resolution's recitals are its context: the earlier resolution or decision first.
    # Only recitals said as sentences: "The Assembly recalls ...", not "REAFFIRMING ...".
    recitals = [p for p in fresh if p.recital and not opens_as_recital(p.text)]
    context = [p for p in recitals if _EARLIER_STEP.search(p.text)][:1] or recitals[:1]
    if context:
        return context
    complete = [p for p in fresh if p.complete and not p.recital]
    background = _background_nodes(release)
    under = [p for p in complete if p.node_id in background]
    # A figure for a past year ("from 6.2% in 2022") is data, not the step before; so is
    # "GDP growth had slowed in 2022 Q4": an economic reading is a key point's matter.
    told = [p for p in complete if not _FIGURES.search(p.text) and not _DATA.search(p.text)]
    # The step before is an act (a meeting, a resolution, a statement), not a reading.
    earlier = [p for p in told if _earlier(p.text) and _STEP.search(p.text)]
    # "It was held at the meeting that ...": this meeting's own finding, not its context.
    # Context is what came before: a sentence about what will happen is a key point's.
    meeting = [
        p
        for p in told
        if _occasion(p.text)
        and _STEP.search(p.text)
        and not _THIS_MEETING.search(p.text)
        and not FORWARD.search(p.text)
    ]
    context = (under or earlier or meeting)[:1]
    if context or len(points) <= min_points:
        return context
    # No sentence left over says it: a key point that states the earlier step moves to
    # the Background, where a reader looks for it, when the note keeps enough points.
    movable = [
        p
        for p in points[1:]
        if id(p) not in lead_ids and not _FIGURES.search(p.text) and not _DATA.search(p.text)
    ]
    moved = [p for p in movable if p.node_id in background] or [
        p for p in movable if _earlier(p.text) and _STEP.search(p.text)
    ]
    if moved:
        points.remove(moved[0])
        return moved[:1]
    return []


# Words by which a release states the step before this one or how long a matter has run.
EARLIER_WORDS = re.compile(
    r"\b(?:follow(?:s|ed|ing)? (?:up|on|the|its|a|an)|previous(?:ly)?|earlier|since|"
    r"in (?:1[89]|20)\d\d\b|last (?:week|month|year)|at its \w+ (?:session|meeting)|"
    r"(?:first|last) (?:held|met|launched|established|adopted)|"
    r"(?:was|were) (?:established|launched|created|granted|set up)|"
    r"(?:earlier|previous|last|its) (?:resolutions?|statements?|decisions?|conclusions|"
    r"declaration|report)|resolutions? \d|anniversary)",
    re.IGNORECASE,
)
_FIGURES = re.compile(r"%|\bper ?cent\b|\bpercentage points?\b|\bbps\b", re.IGNORECASE)
# Words of an economic reading in the languages of ``cues``: such a sentence dated in a past
# period reports data, never the step that led to this release.
_DATA = re.compile(
    r"(?<!\w)(?:Q[1-4]|quarters?|GDP|growth|inflation(?:ary)?|prices?|yields?|rates?|"
    r"outlook|financing|basis points|bp|data|sales|production|exports?|imports?|reserves|"
    r"credit|loans?|liquidity|indices|demand|consumption|investment|(?:un)?employment|"
    r"wages?|deficit|inflows?|outflows?|aggregates|percent|PIB|croissance|crecimiento|crescimento|"
    r"inflación|inflação|Inflation|Wachstum|BIP|Preise|dados|datos|données|Daten)(?!\w)",
    re.IGNORECASE,
)
# What a step before this one is: an act of a body, in the languages of ``cues``.
_STEP = re.compile(
    r"(?<!\w)(?:meetings?|sessions?|summits?|resolutions?|decisions?|decided|statements?|"
    r"declarations?|agreements?|agreed|talks|visits?|conferences?|consultations?|"
    r"negotiations?|communiqu[ée]s?|conclusions|treaty|elections?|announced|adopted|launched|"
    r"reviews?|reports?|inquiry|stud(?:y|ies)|plans?|strateg(?:y|ies)|programmes?|laws?|"
    r"bills?|initiatives?|follow(?:s|ed|ing)?|"
    r"established|signed|reunión|sesión|cumbre|resolución|decisión|declaración|acuerdo|"
    r"réunion|sommet|résolution|déclaration|accord|Sitzung|Tagung|Gipfel|Beschluss|Erklärung|"
    r"Abkommen|reunião|cimeira|resolução|decisão|declaração|acordo)(?!\w)",
    re.IGNORECASE,
)
_THIS_MEETING = re.compile(
    r"\b(?:(?:at|during|in) (?:the|this)|today['’]s|this) (?:meeting|session)\b", re.I
)
_BACKGROUND_HEADING = re.compile(r"^\W*(?:background|context|history|notes? to editors)\b", re.I)


def _earlier(text: str) -> re.Match[str] | None:
    return EARLIER_WORDS.search(text) or cues.EARLIER_CONTEXT.search(text)


def _occasion(text: str) -> re.Match[str] | None:
    return _CONTEXT.search(text) or cues.OCCASION_CONTEXT.search(text)


def _background_heading(heading: str) -> re.Match[str] | None:
    return _BACKGROUND_HEADING.match(heading) or cues.BACKGROUND_HEADING.match(heading)


def _background_nodes(release: Release) -> set[str]:
    """Ids of the nodes in sections headed "Background" or "Context"."""
    out: set[str] = set()
    stack = [release.root]
    while stack:
        node = stack.pop()
        if node.kind == "heading":
            heading = release.text[node.body_start : node.body_start + 60]
            if _background_heading(heading):
                out.update(n.id for n in node.walk())
                continue
        stack.extend(node.children)
    return out
