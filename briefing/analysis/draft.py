"""A briefing note's drafted content from a release alone: bottom line, key points, context.

Offline and extractive: sentences are ranked with TextRank (``summarise.rank_sentences``)
and re-weighted by what a release's structure says of them: an operative paragraph of a
resolution, a decision or a commitment weighs more than a recital, a greeting or a
journalist's question weighs nothing. Every text drafted here is a complete sentence
trimmed at a sentence or clause boundary, with markup and glued words repaired.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

from briefing.analysis import cues
from briefing.analysis.background import EARLIER_WORDS, background_points, opens_as_recital
from briefing.analysis.boilerplate import FORWARD, NEXT_MEETING, boilerplate_kind
from briefing.analysis.briefing_procedure import is_briefing_procedure
from briefing.analysis.civilities import is_civility
from briefing.analysis.clauses import trim
from briefing.analysis.lead_lines import is_logistics, lead_weight, records_decision
from briefing.analysis.leaning import (
    leans_back,
    opens_on_conjunction,
)
from briefing.analysis.non_answers import is_non_answer, refusal_only
from briefing.analysis.point_text import (
    GLUE_SCAN_CHARS,
    POINT_CHARS,
    WordSets,
    clean_text,
    finish,
    is_complete_sentence,
    share_said,
    without_dateline,
    without_fragment,
    without_note_markers,
    without_run_in,
)
from briefing.analysis.subject_line import (
    issuer_name,
    subject_from,
)
from briefing.analysis.summarise import _Candidate, candidate_sentences
from briefing.analysis.textrank import cosine, pagerank, similarity_matrix, tfidf_vectors
from briefing.analysis.tokens import tokens, word_count
from briefing.analysis.turns import is_asker, is_host, without_label
from briefing.model import Node, Release

SUMMARY_WORDS = 60  # a bottom line of four lines: the house formats' limit
MIN_POINTS, MAX_POINTS = 2, 7
# TextRank is quadratic in sentences: a release's news is at its head (inverted pyramid),
# so only the first sentences are ranked, plus later ones that carry a decision cue.
MAX_RANKED = 140
MAX_CUED = 40

# A speaker's name printed before the turn ("SENIOR OFFICIAL: ...", "MR KIM: ...").
_SPEAKER_LEAD = re.compile(r"^([A-Z][A-Z .'’\-]{1,60}):\s+")
# Civilities open and close remarks; they are never what a reader needs to know.
_GREETING = re.compile(
    r"^(?:good (?:morning|afternoon|evening)|thank you|thanks|hello|hi|welcome|"
    r"ladies and gentlemen|over to you|let me (?:start|begin))\b",
    re.IGNORECASE,
)
# Lines that describe the document rather than say anything: contacts, links, references.
_METADATA = re.compile(
    r"https?://|www\.|@\w|\bTel\.|\bFax\b|\bcontact\b|\bRef\.|©|\bprint\b|"
    r"\bpress (?:office|contact)",
    re.IGNORECASE,
)
# What a government release announces: decisions, commitments, requests, positions.
_CUE = re.compile(
    r"\b(?:decide[sd]?|decision|agree[sd]?|adopt(?:s|ed)?|approve[sd]?|announce[sd]?|"
    r"commit(?:s|ted|ment)?|will|shall|urges?|calls? (?:on|upon|for)|requests?|demands?|"
    r"condemns?|welcomes?|launch(?:es|ed)?|signed|pledge[sd]?|lower(?:s|ed|ing)?|"
    r"rais(?:es|ed|ing)|reduc(?:es|ed|ing)|increas(?:es|ed|ing)|sanctions?|votes?)\b",
    re.IGNORECASE,
)
_OPERATIVE = re.compile(r"^(?:(?:[A-Z][a-z]+ly|Also|Further) [a-z]+s|[A-Z][a-z]+s)\b")
# Procedure rather than substance: a call's ground rules, a resolution's last paragraphs.
_HOUSEKEEPING = re.compile(
    r"\bembargoed?\b|\bon background\b|\boff the record\b|\bremain seized\b|"
    r"\bprovisional agenda\b|\bforward this resolution\b|\bcontinue its consideration\b|"
    r"\bpursuant to rules?\b|\bopening remarks\b|\bturn it over\b|\b(?:take|a few) questions\b",
    re.IGNORECASE,
)
# A sentence ending on "U.S." may be a name the splitter cut ("the ASEAN-U.S. Summit").
_DOTTED_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
_ACTOR = re.compile(
    r"^(The (?:[A-Z][\w’'-]*(?: of| and| on| for| the)* ?){1,6}[A-Z][\w’'-]*),\s*$", re.MULTILINE
)


@dataclass
class DraftPoint:
    """A drafted sentence and the node it cites."""

    text: str
    node_id: str
    start: int
    score: float = 0.0
    complete: bool = True  # the source printed a full sentence, not a headline or a bullet
    speaker: str = ""  # a transcript turn said in the first person: who said it
    recital: bool = False  # a resolution's preamble: context, not what was decided
    boilerplate: bool = False  # furniture of every issue (see analysis.boilerplate)

    @property
    def said(self) -> str:
        """The text as an English note prints it, attributed when it is someone's words."""
        return self.said_in(ENGLISH)

    def said_in(self, phrasing: Phrasing) -> str:
        """The text attributed in the note's language ("X declaró: «…»")."""
        if not self.speaker:
            return self.text
        return phrasing.said(_display_name(self.speaker), self.text)


class Phrasing(Protocol):
    """The note-language sentences the drafter writes around the release's own words
    (``briefing.brief.phrases.Phrasebook``); the analysis layer only calls these two."""

    def said(self, name: str, text: str) -> str: ...

    def items(self, agenda: bool, items: str) -> str: ...


class _English:
    def said(self, name: str, text: str) -> str:
        return f"{name} said: “{text}”"

    def items(self, agenda: bool, items: str) -> str:
        return f"The {'agenda' if agenda else 'release'}’s items include: {items}."


ENGLISH: Phrasing = _English()


@dataclass
class ReleaseDraft:
    """What the offline drafter proposes for one release."""

    subject: str
    summary: str
    summary_nodes: list[str] = field(default_factory=list)
    points: list[DraftPoint] = field(default_factory=list)
    context: list[DraftPoint] = field(default_factory=list)
    issuer: str = ""
    lead: str = ""  # the summary's first sentence alone, for a note on several releases


def draft_release(
    release: Release, max_points: int = MAX_POINTS, phrasing: Phrasing = ENGLISH
) -> ReleaseDraft:
    """Subject, bottom line, key points and context sentences for ``release``; the few
    words the drafter adds itself (an attribution, an agenda's lead-in) in ``phrasing``."""
    language = release.language or "en"
    nodes = {n.id: n for n in release.nodes()}
    actor = _actor(release)
    # Logistics lines (documents online, contacts, photos) are no news: never drafted.
    scored = [p for p in _scored(release, nodes, language, actor) if not is_logistics(p.text)]
    issuer = issuer_name(release, actor)

    word_sets = WordSets(language)

    def same(a: str, b: str) -> bool:
        # Operative paragraphs all open with the actor's name: compare what follows it.
        return word_sets.same(a.removeprefix(actor), b.removeprefix(actor))

    summary_parts: list[DraftPoint] = []
    complete = [p for p in scored if p.score > 0 and p.complete]
    # What a resolution decided, not what it recalls, when there is enough of it.
    operative = [p for p in complete if not p.recital]
    if len(operative) >= MIN_POINTS + 1:
        complete = operative
    pool = complete or [p for p in scored if p.score > 0]
    names = tuple(n for n in (issuer, actor.removeprefix("The ")) if n)
    listed = ""
    # A logistics line (documents online, contacts, photos) never leads; among the rest,
    # a named actor with a verb of action reads as a bottom line (see ``lead_lines``).
    weights: dict[str, float] = {}

    def weight(text: str) -> float:
        if text not in weights:
            weights[text] = lead_weight(text, names)
        return weights[text]

    leads = [p for p in pool if weight(p.text) > 0]
    # "Il a analysé ...", "They agreed ...": a bottom line names who acted, by itself; a
    # host's turn or a speaker's thanks is never it while the release has news.
    leads = [p for p in leads if not leans_back(p.text) and not p.boilerplate] or leads
    # What the body decided, and how it voted, is the bottom line of minutes and of a
    # committee's summary wherever it is printed (often last, after the discussion), and
    # however little the discussion around it echoes its words (TextRank ranks it low).
    leads = [p for p in leads if records_decision(p.text)] or leads
    best = max(
        leads,
        key=lambda p: (p.score * _lead_bonus(p, scored) * weight(p.text), -p.start),
        default=None,
    )
    if not any(p.complete for p in scored) and len(scored) >= 3:
        # An agenda or a list of headings has no sentence saying who does what: its
        # items, named in one sentence, are its bottom line.
        listed, summary_parts = _listed(release, scored, phrasing)
    elif best is not None:
        # An attributed turn ("The President said: “…”") spends words on who said it.
        budget = SUMMARY_WORDS - (
            len(_display_name(best.speaker).split()) + 1 if best.speaker else 0
        )
        summary_parts.append(_summary_sentence(best, release, budget))
        words = word_count(summary_parts[0].text)
        # A second sentence saying what the release asks or means, when it still fits.
        for p in sorted(pool, key=lambda p: -p.score):
            if p is best or not _cued(p.text) or same(p.text, best.text):
                continue
            if is_logistics(p.text):
                continue
            if p.speaker != best.speaker:
                continue
            if words + word_count(p.text) <= budget and word_count(p.text) >= 6:
                summary_parts.append(p)
                break
        # The bottom line first (BLUF), then what it asks or means, wherever each is printed.
    summary = listed or without_fragment(_joined(summary_parts, phrasing))

    units = len({p.node_id for p in scored if p.score > 0})
    wanted = _points_wanted(units, max_points)
    used_nodes = {p.node_id for p in summary_parts}
    points: list[DraftPoint] = []
    # A subtitle may be the bottom line but is no paragraph of the release: never a point.
    subtitles = {n.id for n in nodes.values() if n.kind == "subtitle"}
    # Boilerplate is no key point while the release has news to fill them; the fallback
    # below still takes it for a release with fewer than MIN_POINTS sentences of news.
    ranked = sorted(
        (p for p in pool if p.node_id not in subtitles and not p.boilerplate),
        key=lambda p: (-p.score, p.start),
    )
    # First one point per paragraph, away from the summary's paragraph; a short release
    # then gives its remaining sentences, so a note has at least two points when it can.
    for strict in (True, False):
        for p in ranked:
            if len(points) >= (wanted if strict else max(wanted, MIN_POINTS)):
                break
            if p in points or any(same(p.text, q.text) for q in points):
                continue
            if any(same(p.text, q.text) for q in summary_parts) and (
                strict or share_said(p.text, summary, language) >= 0.75
            ):
                continue
            if strict and (p.node_id in {q.node_id for q in points} or p.node_id in used_nodes):
                continue
            points.append(p)
    if len(points) < MIN_POINTS:
        # An agenda or a list of headings has few full sentences: its items, rather
        # than a note with no points at all.
        for p in sorted(scored, key=lambda p: (-p.score, p.start)):
            if len(points) >= MIN_POINTS + 1:
                break
            if (
                p.score > 0
                and p.node_id not in subtitles
                and p not in points
                and p not in summary_parts
                and not any(same(p.text, q.text) for q in [*points, *summary_parts])
            ):
                points.append(p)
    points.sort(key=lambda p: p.start)
    points = [_with_antecedent(p, scored, [*points, *summary_parts]) for p in points]

    context = background_points(
        release, scored, points, summary_parts, same, lead_sentences(scored), MIN_POINTS
    )
    subject = clean_text(release.title).rstrip(".") or subject_from(summary)
    lead = listed or _joined(summary_parts[:1], phrasing)
    return ReleaseDraft(
        subject, summary, [p.node_id for p in summary_parts], points, context, issuer, lead
    )


def _with_antecedent(
    point: DraftPoint, scored: list[DraftPoint], taken: list[DraftPoint]
) -> DraftPoint:
    """A point opening on a pronoun ("Il a analysé ...", "They agreed ...") printed with
    the sentence before it in its paragraph, which names who acted, when both fit in a
    point and that sentence is not in the note already."""
    if not leans_back(point.text):
        return point
    before = [p for p in scored if p.node_id == point.node_id and p.start < point.start]
    if not before:
        return point
    previous = max(before, key=lambda p: p.start)
    text = f"{previous.text} {point.text}"
    if any(previous.start == q.start for q in taken) or len(text) > POINT_CHARS:
        return point
    return DraftPoint(
        text,
        point.node_id,
        previous.start,
        point.score,
        point.complete and previous.complete,
        point.speaker,
        point.recital,
        point.boilerplate,
    )


def _cued(text: str) -> re.Match[str] | None:
    """A decision cue in English or in one of the languages of analysis/cues.py."""
    return _CUE.search(text) or cues.DECISION.search(text)


# What an agenda asks of its meeting: the items that decide, elect or adopt.
_DECIDING_ITEM = re.compile(
    r"\b(?:decisions?|decide|elections?|elect|adoption|adopt|approval|approve|votes?)\b", re.I
)


def _listed(
    release: Release, scored: list[DraftPoint], phrasing: Phrasing = ENGLISH
) -> tuple[str, list[DraftPoint]]:
    """ "The agenda lists 9 items, including: election of ...; decision on ...": an agenda's
    bottom line is what the meeting will decide; the other items stay for key points."""
    items = [p for p in scored if p.score > 0]
    chosen = [p for p in items if _DECIDING_ITEM.search(p.text)] or items
    agenda = bool(re.search(r"\bagenda\b", release.text[:2000], re.I))
    words = len(phrasing.items(agenda, "").rstrip(" .").split())
    taken: list[DraftPoint] = []
    for p in sorted(chosen, key=lambda p: (-p.score, p.start)):
        if len(taken) >= 2 or words + word_count(p.text) > SUMMARY_WORDS - 1:
            break
        taken.append(p)
        words += word_count(p.text)
    taken.sort(key=lambda p: p.start)
    texts = [_lower_first_word(p.text.rstrip(" .;:")) for p in taken]
    return (phrasing.items(agenda, "; ".join(texts)) if texts else ""), taken


def _lower_first_word(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _joined(parts: list[DraftPoint], phrasing: Phrasing = ENGLISH) -> str:
    """Sentences of one bottom line; one speaker's words in one quotation."""
    speakers = {p.speaker for p in parts}
    if len(speakers) == 1 and parts and parts[0].speaker:
        words = " ".join(p.text for p in parts)
        return phrasing.said(_display_name(parts[0].speaker), words)
    return " ".join(p.said_in(phrasing) for p in parts)


def _points_wanted(units: int, max_points: int) -> int:
    """A short release gets fewer points; a long one no more than the note can carry."""
    if units <= 3:
        return MIN_POINTS
    return max(3, min(max_points, round(2 + units / 5)))


def _lead_bonus(point: DraftPoint, scored: list[DraftPoint]) -> float:
    """How much ``point`` stands where a release prints its news (inverted pyramid).

    Press pages often print a bold standfirst (or a subtitle) and only then the lead
    paragraph saying who did what ("In a resolution adopted on Thursday, Parliament
    refuses ..."): the opening sentences of the first two paragraphs printed as full
    sentences are both lead candidates, so the lead is not lost behind its standfirst.
    """
    # Minutes open with the body's mandate or the meeting's date, not their news: the
    # sentence recording the decision and its vote stands where a lead does, wherever printed.
    if records_decision(point.text):
        return 2.5
    leads = lead_sentences(scored)
    # Only a lead saying who did what: a context sentence ("Since 2020, the outbreak had
    # ...") or one leaning on news printed before it ("... will also attend") is not one.
    if any(p is point for p in leads) and _is_lead(point.text):
        # The lead of a news story says who did what *and when*; a standfirst sums up.
        return 2.5 if _WHEN.search(point.text) else 2.0
    rank = next((i for i, p in enumerate(scored) if p is point), len(scored))
    return 1.5 if rank < 3 else 1.0


_WHEN = re.compile(
    r"\b(?:today|yesterday|this (?:morning|afternoon|week)|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"on \d{1,2} [A-Z][a-z]+|on [A-Z][a-z]+ \d{1,2}\b)"
)


def _is_lead(text: str) -> bool:
    return (
        lead_weight(text) >= 1.4
        and not EARLIER_WORDS.match(text)
        and not re.search(r"\balso\b", text)
    )


def lead_sentences(scored: list[DraftPoint], paragraphs: int = 2) -> list[DraftPoint]:
    """The first sentence of each of the first ``paragraphs`` paragraphs holding a full
    sentence: the standfirst and the lead of a release (headlines and bullets skipped)."""
    out: list[DraftPoint] = []
    seen: set[str] = set()
    for p in scored:
        if p.node_id in seen:
            continue
        seen.add(p.node_id)
        if p.complete and p.score > 0:
            out.append(p)
            if len(out) >= paragraphs:
                break
    return out


def _scored(
    release: Release, nodes: dict[str, Node], language: str, actor: str
) -> list[DraftPoint]:
    cands = candidate_sentences(release)
    head = cands[:MAX_RANKED]
    cued = [c for c in cands[MAX_RANKED:] if _cued(c.text)][:MAX_CUED]
    kept: list[tuple[_Candidate, str, float, bool, str, bool]] = []
    speaker = ""
    previous = ""
    # Joint statements print each paragraph's first word in capitals ("ENHANCE cooperation");
    # several different such leads make it the house style; one repeated is a name ("FRANK").
    leads = {c.text.split(" ", 1)[0].strip(",") for c in head if _CAPS_LEAD.match(c.text)}
    caps_style = len(leads) >= 3  # three different words: a style; one repeated: a name
    turns = _turns(nodes)
    for cand in [*head, *cued]:
        node = nodes.get(cand.node_id)
        speaker = turns.get(cand.node_id, speaker)
        lead = _SPEAKER_LEAD.match(cand.text.lstrip())
        if lead:
            speaker = lead.group(1)
        weight, text, whole = _weigh(cand, node, release, actor, speaker)
        if caps_style and _CAPS_LEAD.match(text):
            first, _, rest = text.partition(" ")
            text = f"{first.capitalize()} {rest}"
        if _DOTTED_END.search(previous.rstrip()):
            whole, weight = False, weight * 0.3  # "...the ASEAN-U.S. | Summit": cut in two
        previous = cand.text
        if weight > 0 and text:
            # "I've decided ..." says nothing of who decided: the turn's speaker does.
            who = speaker if _FIRST_PERSON.search(text) and "“" not in text else ""
            # A host's turn and a speaker's courtesies are furniture, like the mandate.
            kept.append((cand, text, weight, whole, who, is_host(speaker) or is_civility(text)))
    if not kept:
        return []
    docs = [tokens(k[1], language) for k in kept]
    vectors = tfidf_vectors(docs)
    title = tokens(f"{release.title} {release.subtitle}", language)
    head_vec = tfidf_vectors([title], docs)[0] if title else {}
    prior = [1.0 / (1 + i) + cosine(v, head_vec) for i, v in enumerate(vectors)]
    ranks = pagerank(similarity_matrix(vectors), prior)
    # The next meeting's date is the release's next step when it names no other: then
    # it keeps its weight (a reader needs one next step), otherwise it is calendar.
    other_step = any(
        FORWARD.search(k[1]) and not boilerplate_kind(k[1].lstrip(NEXT_MARK + RECITAL_MARK))
        for k in kept
    )
    points = []
    for (cand, text, weight, whole, who, host), rank, doc in zip(kept, ranks, docs, strict=True):
        # A host's turn is furniture like the mandate: a key point only when nothing else is.
        furniture = host or bool(boilerplate_kind(text.lstrip(NEXT_MARK + RECITAL_MARK)))
        if text.startswith(NEXT_MARK):
            text = text.removeprefix(NEXT_MARK)
            weight = weight if other_step else weight / BOILERPLATE_WEIGHT
            furniture = other_step
        length = min(1.0, len(doc) / 8) ** 0.5
        score = rank * weight * length
        recital = text.startswith(RECITAL_MARK)
        text = text.removeprefix(RECITAL_MARK)
        points.append(
            DraftPoint(text, cand.node_id, cand.start, score, whole, who, recital, furniture)
        )
    return points


def _turns(nodes: dict[str, Node]) -> dict[str, str]:
    """Each node's speaker in a transcript: a turn runs on over the paragraphs after its
    label, whether they are printed as its children or its siblings, until the next name
    (the label's own line, "Carina Soto (Moderadora).- Buenos días.", may be too short to
    be drafted, so the turn is read off the outline, not off the drafted sentences)."""
    turns: dict[str, str] = {}
    speaker = ""
    for node in nodes.values():  # (document order: ``release.nodes()`` walks it so)
        if node.kind == "paragraph" and node.attrs.get("speaker"):
            speaker = node.attrs["speaker"]
        elif node.kind in ("heading", "title"):
            speaker = ""  # a new part of the record: its first turn names its speaker
        if speaker:
            turns[node.id] = speaker
    return turns


def _weigh(
    cand: _Candidate, node: Node | None, release: Release, actor: str, speaker: str = ""
) -> tuple[float, str, bool]:
    """A structural weight for a sentence (0: never drafted), its cleaned text, and
    whether the release printed it as a whole sentence."""
    raw = without_note_markers(" ".join(cand.text.split()), node)
    lead = _SPEAKER_LEAD.match(raw)
    if lead:
        raw = raw[lead.end() :]
    raw = without_label(raw, speaker)
    if is_asker(speaker) or raw.startswith(("Q ", "Q:")):
        return 0.0, "", False  # a journalist's question is not the release's position
    # Run-in labels go from sentences only: a title such as "MEPs: ..." keeps its words.
    text = _teaser(without_run_in(clean_text(raw)), release)
    if not text or _METADATA.search(text) or (_GREETING.match(text) and word_count(text) < 12):
        return 0.0, "", False
    if text.endswith((":", "?", "？")) or word_count(text) < 5:
        return 0.0, "", False
    if text.startswith("[") and text.endswith("]"):
        return 0.0, "", False
    if re.search(r"\[[a-z][^\]]*\]", text):
        return 0.0, "", False  # an editor's placeholder: "Our speaker is [senior official]"
    weight = 1.0
    if is_host(speaker):
        weight *= 0.2  # welcome, who is present, "over to the Minister": hosting, not news
    if is_civility(text):
        weight *= 0.2  # "I would like to thank ...", "Monsieur le Président, je voudrais ..."
    language = release.language or "en"
    # A sentence recording what a body decided is news whatever participle opens it
    # ("Considering the lagged effects ..., the Committee decided to keep ...").
    recital = not records_decision(text)
    if recital and opens_as_recital(text):
        weight *= 0.15
        text = RECITAL_MARK + _recital_sentence(text, actor)
    elif node is not None and node.label and _OPERATIVE.match(text):
        weight *= 1.6
        if actor:
            text = f"{actor} {text[0].lower()}{text[1:]}"
    if _cued(text):
        weight *= 1.3
    if node is not None and node.kind == "heading":
        weight *= 0.3
    # "To continue the practice ...": a sub-point finishing its lead-in is no sentence.
    whole = (
        is_complete_sentence(text, language)
        and not _DOTTED_END.search(text)
        and not text.startswith("To ")
    )
    if not whole:
        weight *= 0.3
    if _HOUSEKEEPING.search(text) or is_briefing_procedure(text):
        return 0.0, "", False  # a press call's ground rules, a resolution's closing procedure
    if is_non_answer(text):
        if refusal_only(text):
            return 0.0, "", False  # "I won't comment on that": a spokesperson's non-answer
        weight *= 0.3  # "I won't comment, but we condemn ...": the position may still lead
    kind = boilerplate_kind(text)
    if kind:
        # The document describing itself, the body's standing mandate, attendance and the
        # calendar are printed in every issue: never this news (see boilerplate).
        weight *= BOILERPLATE_WEIGHT
        if kind == NEXT_MEETING:
            text = NEXT_MARK + text
    if leans_back(text) or opens_on_conjunction(raw):
        weight *= 0.4  # "And", "They", "Such measures": it leans on a sentence left out
    if text.startswith("To ") or text.count("“") != text.count("”") or text.count('"') % 2:
        weight *= 0.3  # a sub-point continuing its lead-in, or a quotation cut in two
    return weight, finish(text), whole


def _teaser(text: str, release: Release) -> str:
    """A web page's teaser ("... in Caracas, Venezuela...") as the sentence it begins.

    News pages print the opening of the lead cut at a length, marked "...". When the
    release prints that sentence in full as well, the cut fell between words: the teaser
    is closed with a full stop (a note never ends on an ellipsis). Otherwise it stays as
    it is and counts as incomplete (see ``is_complete_sentence``).
    """
    body = text.rstrip()
    if not body.endswith(("...", "…")):
        return text
    head = body.rstrip(".… ")
    words = head.split()
    if len(words) < 6:
        return text
    flat = " ".join(release.text[:GLUE_SCAN_CHARS].split())
    whole = re.compile(re.escape(head) + r"[\s,;:.]\s*\w")
    if any(not m.group(0).endswith((".", "…")) for m in whole.finditer(flat)):
        return head.rstrip(",;:") + "."
    return text


_FIRST_PERSON = re.compile(
    r"\b(?:I|I’m|I'm|I’ve|I've|I’ll|we|We|we’re|We’re|our|Our|us)\b"
    # French, Spanish, Portuguese and German pronouns and possessives; Spanish and
    # Portuguese drop the pronoun, so a turn opening on a verb of the first person
    # ("Hemos recibido", "Quiero", "Temos") is someone's own words too.
    r"|(?i:\b(?:je|j['’]|nous|notre|nos|moi|yo|nosotros|nosotras|nuestr[oa]s?|mi|mis|me|"
    r"nós|noss[oa]s?|meu|minha|ich|wir|unser[emnrs]?|mein[emnrs]?|uns)\b)|\b[Ee]u\b"
    r"|^(?:Hemos|Tenemos|Queremos|Estamos|Vamos|Somos|Quiero|Deseo|Creo|Pienso|Considero|"
    r"Temos|Quero|Acredito)\b"
)


def _display_name(speaker: str) -> str:
    """ "THE PRESIDENT" as a sentence prints it: "The President"."""
    name = " ".join(speaker.split()).strip(" :")
    if name.isupper():
        small = {"of", "for", "and", "the", "on"}
        words = [w.lower() if w.lower() in small else w.capitalize() for w in name.split()]
        name = " ".join(words)
    return name[:1].upper() + name[1:]


_CAPS_LEAD = re.compile(r"^[A-Z]{2,}[,]? [a-z]")
RECITAL_MARK = "\x00"  # carried from _weigh to _scored with the text, never printed
NEXT_MARK = "\x01"  # a "next meeting will be held ..." line, likewise carried, never printed
# Far below any sentence with news, still above nothing: a release with no other point
# still gets these rather than an empty note.
BOILERPLATE_WEIGHT = 0.05
# Recitals open with a participle; said as a sentence, the body does what it names.
_RECITAL_VERBS = {
    "recalling": "recalls", "reaffirming": "reaffirms", "noting": "notes",
    "welcoming": "welcomes", "recognizing": "recognizes", "recognising": "recognises",
    "taking": "takes", "having": "has", "expressing": "expresses", "stressing": "stresses",
    "emphasizing": "emphasizes", "emphasising": "emphasises", "acknowledging": "acknowledges",
    "underlining": "underlines", "reiterating": "reiterates", "affirming": "affirms",
    "considering": "considers", "bearing": "bears",
}  # fmt: skip


def _recital_sentence(text: str, actor: str) -> str:
    """ "Recalling its resolution 11/2" -> "The Assembly recalls its resolution 11/2";
    "whereas since 2022 ..." -> "Since 2022 ..."."""
    first, _, rest = text.partition(" ")
    lower = first.lower().rstrip(",")
    if lower == "whereas" and rest:
        return rest[:1].upper() + rest[1:]
    verb = _RECITAL_VERBS.get(lower)
    if verb and actor and rest:
        return f"{actor} {verb} {rest}"
    return text


def _summary_sentence(point: DraftPoint, release: Release, budget: int) -> DraftPoint:
    text = without_dateline(point.text)
    if release.date:
        from briefing.brief.sentences import readable_date

        # "issued today" says nothing once the note is read a day later: the date does.
        text = re.sub(r"\btoday\b(?!['’]s)", f"on {readable_date(release.date)}", text, count=1)
    words = word_count(text)
    if words > budget:
        text = trim(text, len(text) * budget // words)
    return DraftPoint(text, point.node_id, point.start, point.score, point.complete, point.speaker)


def _actor(release: Release) -> str:
    """The body speaking in a resolution ("The General Assembly,"), from its first lines."""
    found = _ACTOR.search(release.text[:4000])
    return found.group(1) if found else ""
