"""A site's menu under the release in a page copied as text (``tail_menus``): a run of
link labels ending near a control label starts the tail, even where the first chrome
label stands further down; a list the release closes on stays. Made-up pages."""

from __future__ import annotations

from briefing.ingest.pipeline import release_from_text
from briefing.ingest.tail_menus import menu_start
from briefing.ingest.web_chrome import chrome_lines, is_chrome_label

PARAGRAPHS = [
    "The Board of the Examplian Water Agency today decided to raise the reserve of the "
    "northern basin by ten per cent before the dry season starts.",
    "The decision follows three months of consultation with the municipalities, the "
    "farmers' unions and the regional offices of the agency.",
    "The new reserve will be reviewed in the autumn, when the agency publishes its "
    "report on the state of the rivers and lakes of the country.",
]

FOOTER = [
    "About the Agency", "Rivers and Lakes", "Groundwater", "Water Quality",
    "Research Programmes", "Tools and Services", "Open Data", "Careers",
]  # fmt: skip


def _page(closing: list[str], footer: list[str]) -> str:
    lines = [
        "Skip to main content",
        "Share",
        "Agency raises the reserve of the northern basin",
        "12 March 2024",
        *PARAGRAPHS,
        *closing,
        *footer,
        "Privacy policy",
        "Cookie settings",
    ]
    return "\n\n".join(lines) + "\n"


def test_footer_menu_under_the_release_goes_to_removed() -> None:
    release = release_from_text(_page([], FOOTER), "page.txt")
    kept = release.text
    removed = {r.text for r in release.removed}
    for label in FOOTER:
        assert label not in kept
        assert label in removed
    for paragraph in PARAGRAPHS:
        assert paragraph[:40] in kept


def test_list_the_release_closes_on_stays() -> None:
    # Addressees of a consultation under the last paragraph, a name a line, then the
    # date and the press office: no control label within reach of the names.
    names = [
        "Association of Riverside Towns",
        "Chamber of Agriculture",
        "Fishermen's Federation",
        "Institute of Hydrology",
        "National Parks Service",
        "Union of Water Utilities",
    ]
    closing = [*names, "Published 12 March 2024", "Press office", "press@example.org"]
    release = release_from_text(_page(closing, []), "page.txt")
    removed = {r.text for r in release.removed}
    for name in names:
        assert name not in removed
    assert "Privacy policy" in removed


def test_run_needs_a_control_label_within_reach() -> None:
    texts = ["Alpha Office", "Beta Office", "Gamma Office", "Delta Office", "Epsilon Office"]
    lines = list(range(len(texts)))

    def never(_: str) -> bool:
        return False

    assert menu_start(texts, lines, never, never, is_chrome_label) is None
    texts.append("Privacy policy")
    assert menu_start(texts, [*lines, 5], never, never, is_chrome_label) == 0


def test_names_in_alphabetical_order_right_over_the_footer_are_no_menu() -> None:
    # A register the release closes on, sorted by name, with the footer's controls right
    # under it: ``web_chrome`` leaves it (the roles' own list rules judge it); the same
    # entries in a site's order are its menu.
    names = [
        "Board of Harbour Pilots",
        "Coastal Towns League",
        "Forestry Institute",
        "Lake Fishing Guild",
        "River Shipping Council",
    ]
    for entries, taken in ((names, False), (names[::-1], True)):
        lines = _page(entries, []).split("\n")
        chrome = {lines[i] for i in chrome_lines(lines)}
        assert all((name in chrome) is taken for name in entries)


def test_names_with_their_offices_are_no_menu_labels() -> None:
    # A closing list of names with their offices, in no alphabetical order, right over
    # the footer's controls: the release's, not the site's menu.
    named = ["Ann Lee, Director", "Bo Park, Deputy", "Cy Diaz, Adviser", "Di Moss, Clerk",
             "Ed Roy, Analyst"]  # fmt: skip
    lines = _page(named[::-1], []).split("\n")
    chrome = {lines[i] for i in chrome_lines(lines)}
    assert not any(entry in chrome for entry in named)


def test_an_alphabetical_register_under_its_caption_is_no_menu() -> None:
    texts = ["Members of the Board", "Alba Office", "Beta Office", "Delta Office",
             "Gamma Office", "Omega Office", "Privacy policy"]  # fmt: skip

    def never(_: str) -> bool:
        return False

    assert menu_start(texts, list(range(len(texts))), never, never, is_chrome_label) is None


def test_commas_and_question_marks_of_other_scripts_mark_no_label() -> None:
    # Names with their offices set off by an Arabic comma: the release's lines, as
    # with ",".
    named = ["Ann Lee، Director", "Bo Park، Deputy", "Cy Diaz، Adviser", "Di Moss، Clerk",
             "Ed Roy، Analyst"]  # fmt: skip
    lines = _page(named[::-1], []).split("\n")
    chrome = {lines[i] for i in chrome_lines(lines)}
    assert not any(name in chrome for name in named)

    # (Chinese's full-width and enumeration commas, Arabic's question mark: the run
    # judged alone, right over a control.)
    def never(_: str) -> bool:
        return False

    pairs = [("山田", "総裁"), ("鈴木", "副総裁"), ("佐藤", "理事"), ("田中", "委員"), ("高橋", "委員")]
    runs = [[f"{name}{comma}{office}" for name, office in pairs] for comma in ("，", "、")]
    runs.append(["Who pays؟", "When؟", "What about farms؟", "Where to ask؟", "Is it raised؟"])
    for run in runs:
        texts = [*run, "Privacy policy"]
        assert menu_start(texts, list(range(len(texts))), never, never, is_chrome_label) is None


def test_the_walk_stops_at_the_anchor_and_at_the_first_run() -> None:
    # (A long tail of labels under a control costs no more than the lines above it: a
    # page whose footer repeats its menus read every line of its tail again.)
    texts = ["Share", *[f"Label {chr(90 - k % 26)}" for k in range(5000)]]
    texts = [t.replace(" ", "") + " Office" if t != "Share" else t for t in texts]
    judged: list[str] = []

    def site(text: str) -> bool:
        judged.append(text)
        return text == "Share"

    def never(_: str) -> bool:
        return False

    lines = list(range(len(texts)))
    assert menu_start(texts, lines, never, never, site, before=0) is None
    assert len(judged) <= 5
    judged.clear()
    texts[10] = "Share"
    assert menu_start(texts, lines, never, never, site) == 1
    assert len(judged) <= 30
