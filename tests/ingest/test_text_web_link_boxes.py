"""A web page copied as text: a captioned box of the site's other headlines under the
release ("Related", "Read this week", ranked or not) goes, the box's own lines only; the
release's own closing lists (bullets, numbered items going on, a roster of names in
alphabetical order) and its contacts stay. Made-up pages (``link_boxes``)."""

from __future__ import annotations

from briefing.ingest.link_boxes import box_lines
from briefing.ingest.pipeline import release_from_text

HEAD = ["Skip to main content", "", "Home", "", "News", "", "About us", "", "Contact", ""]
STORY = [
    "Hearing on the new rules for river dredging",
    "",
    "Published 14 March 2031",
    "",
    "The Directorate invites comments on a proposal for new rules on the dredging of "
    "rivers and the disposal of the material taken up.",
    "",
    "The proposal would oblige larger dredging works to map the habitats downstream "
    "before the work starts, and to report on them afterwards.",
    "",
]
RELATED = [
    "Our river stories",
    "",
    "Why the harbour silts up every spring",
    "",
    "New survey of birds on the lower river",
    "",
    "How the county plans its flood defences",
    "",
]
CONTACT = ["Press office", "", "Jane Example", "", "+47 22 00 00 00", ""]
FOOTER = ["", "Contact", "", "Privacy", "", "Accessibility statement", "", "Cookies"]


def _kept(lines: list[str]) -> str:
    release = release_from_text("\n".join(lines))
    return "\n".join(release.node_text(node) for node in release.nodes())


def test_a_related_box_under_the_release_goes() -> None:
    kept = _kept([*HEAD, *STORY, *RELATED, *CONTACT, *FOOTER])
    assert "dredging of rivers" in kept
    assert "Our river stories" not in kept
    assert "flood defences" not in kept and "silts up" not in kept
    assert "+47 22 00 00 00" in kept  # (the release's contact, under the box, stays)


def test_a_ranked_most_read_box_goes() -> None:
    box = ["Read this week", ""]
    for rank, line in enumerate(RELATED[2::2], start=1):
        box += [str(rank), "", line, ""]
    kept = _kept([*HEAD, *STORY, *box, *FOOTER])
    assert "New survey of birds" not in kept and "Read this week" not in kept


def _found(tail: list[str]) -> list[str]:
    texts = [*STORY, *tail]
    lines = [i for i in range(len(STORY), len(texts)) if texts[i].strip()]
    return [texts[i] for i in box_lines(texts, lines, lambda text: False)]


def test_the_box_is_found_and_nothing_round_it() -> None:
    assert _found([*RELATED, *CONTACT]) == [t for t in RELATED if t]


def test_the_release_s_own_lists_are_no_box() -> None:
    bullets = ["Key points", "- Larger works map the habitats first", "- Reports go to the county"]
    bullets += ["- Material is tested before disposal"]
    assert _found(bullets) == []
    # numbered items going on from the list above them: no ranks of a box
    numbered = ["Port of landing", "12", "Type of vessel and its code", "13"]
    numbered += ["Period for which the permit is asked", "14", "List of the vessels in support"]
    assert _found(numbered) == []
    # a roster of bodies in alphabetical order
    roster = ["Bodies invited", "Anglers of the lowlands", "Board of inland shipping"]
    roster += ["County of the west march", "Society for river birds"]
    assert _found(roster) == []
    # names in capitals only, with no word in small letters
    assert (
        _found(["Signed", "Jane Q Example", "Senior Press Officer Examplia", "Oslo Office AS"])
        == []
    )


def test_a_box_in_a_script_without_capitals_is_found() -> None:
    # A caption in Korean or Japanese is the same in upper case: not "capitals
    # throughout" as a legal annex's head is.
    korean = ["관련 기사", "정부, 내년 예산안 국회에 제출한다", "항만 준설 사업 다음 달부터 시작"]
    korean += ["겨울철 어선 안전 점검 강화하기로"]
    assert _found(korean) == korean
    japanese = ["関連記事", "港湾の浚渫工事が来月から始まる見通し", "冬季の漁船安全点検を強化する方針"]
    japanese += ["政府が来年度予算案を国会に提出へ"]
    assert _found(japanese) == japanese
