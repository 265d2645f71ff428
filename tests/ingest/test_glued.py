"""Glued-word suggestions: the seed's cases, names that must survive, precision, recall, speed."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.ingest.cleanup import find_glued_words, warm_up
from briefing.model.release import Suggestion


def pairs(text: str, language: str | None = None) -> list[tuple[str, str]]:
    return [(s.before, s.after) for s in find_glued_words(text, language)]


def check_offsets(text: str, found: list[Suggestion]) -> None:
    for s in found:
        assert s.kind == "glued-words"
        assert text[s.start : s.end] == s.before
        assert s.after.replace(" ", "") == s.before


# -- the seed's shapes, in our own sentences --------------------------------------

RELEASE = """\
Ministry of Foreign Affairs

1. The Busan Forum on Maritime Safety opened on Monday with remarks by the Minister.
Officials from twelve countries attended the Forum in Busan.

2. On the second day, the government unveiled theBusan Declarationon Maritime Safety and
Coastal Resilience, the main outcome of this year's Forum.

TheBusan Declaration on Maritime Safety sets out six areas for cooperation.

3. Delegates welcomed the Declaration and pledged support for its aims.
"""


def test_seed_shapes_are_found() -> None:
    found = find_glued_words(RELEASE)
    check_offsets(RELEASE, found)
    assert [(s.before, s.after) for s in found] == [
        ("theBusan", "the Busan"),
        ("Declarationon", "Declaration on"),
        ("TheBusan", "The Busan"),
    ]


def test_brief_example_sentence_alone() -> None:
    text = (
        "the Korean government announced theSeoul Initiativeon Technology and Medical"
        " Capacity Building"
    )
    assert pairs(text) == [("theSeoul", "the Seoul"), ("Initiativeon", "Initiative on")]


def test_line_start_capitalised_function_word() -> None:
    text = "The Seoul talks ended.\nTheSeoul Initiative on Health was adopted."
    assert pairs(text) == [("TheSeoul", "The Seoul")]


def test_capitalised_function_word_mid_sentence_is_left_alone() -> None:
    # Only a sentence start explains a capital "The" glued to a name.
    assert pairs("Seoul hosted it; delegates visited TheSeoul campus.") == []


def test_function_words_glued_to_each_other() -> None:
    text = "Talks were held inthe capital. Ofthe two drafts, one was kept atthe end."
    assert pairs(text) == [("inthe", "in the"), ("Ofthe", "Of the"), ("atthe", "at the")]


def test_lowercase_glue_with_document_word() -> None:
    text = "Support ofpeacekeeping grew. The minister praised peacekeeping by all."
    assert pairs(text) == [("ofpeacekeeping", "of peacekeeping")]


def test_number_glued_to_function_word() -> None:
    assert pairs("You are on page 1of 8") == [("1of", "1 of")]
    assert pairs("Codes A1of and 2of3 and 1.5of stay.") == []


def test_suggestions_come_in_text_order_with_code_point_offsets() -> None:
    text = "서울 😀 announced theSeoul plan and 1of 2 Initiativeon peace."
    found = find_glued_words(text)
    check_offsets(text, found)
    assert [s.start for s in found] == sorted(s.start for s in found)
    assert found[0].start == text.index("theSeoul")


# -- what must never be split ------------------------------------------------------

NEVER_SPLIT = [
    "iPhone", "McDonald", "PyeongChang", "DPRK's", "WannaCry", "YouTube", "JavaScript",
    "LinkedIn", "eBay", "McKinsey", "MacArthur", "DeSantis", "OpenAI", "Guterres",
    "Lacroix", "peacekeeping", "A4P+", "C34", "2024-25", "ROK-France", "e-mail",
    "Initiative", "denuclearization", "Interministerial", "notwithstanding", "humanity’s",
    "don't", "InBev", "OnStar", "PowerPoint", "FedEx", "Kyeongdoo", "Khiari", "Tokayev",
    "Inyoung", "Inseong", "Onyang", "Tongyeong", "Eubam", "Mogherini", "Hardin", "Marchesin",
    "Pornin", "Girlin", "Taketo", "fora", "into", "onto", "within", "thereof", "whereby",
    "hereto", "formatters", "Anbang", "Yangon", "Washington", "Bergen", "Dalton",
]  # fmt: skip


@pytest.mark.parametrize("word", NEVER_SPLIT)
def test_real_words_and_names_survive(word: str) -> None:
    text = f"On Monday the minister met {word} in Seoul. Later, {word} spoke to the press."
    assert pairs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "See https://www.example.org/theSeoul/Initiativeon for details.",
        "Write to press.office@example.org or theSeoul@example.org today.",
        "Follow #theSeoul and @theSeoul or visit www.theSeoul.kr now.",
        "The file is C:\\docs\\theSeoul_Initiativeon.txt in Seoul.",
        "서울이니셔티브 theSeoul이 발표되었다 and 首尔倡议 in Seoul.",
        "Call `toText` or fromList() or <aKill> or *fromlist* in the code.",
        "The app theKey launched; users love theKey in Korea.",
        "Korea's e-Government and m-Health plans, ROK-US ties, non-Seoul regions.",
        "A4P+, C34, 2024-25, 9376TH, SC/15355 and G20 are codes.",
    ],
)
def test_guarded_contexts(text: str) -> None:
    assert pairs(text) == []


def test_unknown_capitalised_word_used_twice_is_a_name() -> None:
    assert pairs("Mr Parkon arrived. Parkon met the Park family in the park.") == []


# -- languages ------------------------------------------------------------------------

FRENCH = """\
Le ministre de l'Europe et des Affaires étrangères s'est entretenu avec son homologue
coréen en marge du Conseil informel des affaires étrangères de l'Union européenne.
Les deux ministres ont échangé leurs vues sur la situation dans la péninsule coréenne,
sur la coopération bilatérale dans les domaines de l'économie, de la culture et de la
science, ainsi que sur les préparatifs du sommet prévu à Paris au printemps prochain.
Ils se sont félicités de la dynamique des relations franco-coréennes et ont réaffirmé
leur attachement au multilatéralisme, à la non-prolifération et à la paix durable.
"""

SPANISH = """\
El Gobierno de la República condena enérgicamente los hechos de violencia ocurridos
ayer en la capital durante la celebración del aniversario de la Guardia Nacional y
manifiesta su solidaridad con las víctimas y con sus familias. La República reitera su
más absoluto rechazo a todo acto ilegal de violencia con fines políticos,
independientemente de sus autores o destinatarios, y hace un llamado al diálogo.
"""


@pytest.mark.parametrize(("text", "language"), [(FRENCH, "fr"), (SPANISH, "es")])
def test_french_and_spanish_prose_is_clean(text: str, language: str) -> None:
    assert pairs(text) == []
    assert pairs(text, language) == []


def test_spanish_glue_uses_spanish_function_words() -> None:
    text = SPANISH + "El Gobierno presentó laIniciativa de Paz y la Iniciativade Diálogo."
    assert pairs(text) == [("laIniciativa", "la Iniciativa"), ("Iniciativade", "Iniciativa de")]


# -- the shared corpus: every suggestion there is a genuine glue ------------------------

# Judged by hand: each of these is a real glue in the stored page's text.
GENUINE = {
    ("09_un-press_sc15355-meetings-coverage-dprk-pdf.txt", "1of"),
    ("mofa-2021-seoul-un-peacekeeping-ministerial-opens.txt", "theSeoul"),
    ("mofa-2021-seoul-un-peacekeeping-ministerial-opens.txt", "Initiativeon"),
    ("mofa-2021-seoul-un-peacekeeping-ministerial-opens.txt", "TheSeoul"),
}


def test_corpus_precision(shared_dir: Path) -> None:
    paths = sorted((shared_dir / "corpus").glob("*.txt")) + sorted(
        (shared_dir / "seed").glob("*.txt")
    )
    found = set()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        suggestions = find_glued_words(text)
        check_offsets(text, suggestions)
        found |= {(path.name, s.before) for s in suggestions}
    assert found <= GENUINE, found - GENUINE


def test_seed_finds_its_three_glues(seed_path: Path) -> None:
    text = seed_path.read_text(encoding="utf-8")
    assert {s.before for s in find_glued_words(text)} >= {"theSeoul", "Initiativeon", "TheSeoul"}


# -- property tests: clean sentences stay clean; seed-style glues are found -------------

TITLES = [
    "Seoul", "Busan", "Korea", "France", "Council", "Assembly", "Ministry", "Peninsula",
    "Initiative", "Declaration", "Summit", "Secretariat", "Forum", "Government", "Charter",
    "Mission", "Partnership", "Framework", "Agreement", "Committee", "Conference", "Geneva",
    "Europe", "Japan", "Canada", "Africa", "Strategy", "Convention", "Union", "Embassy",
]  # fmt: skip
WORDS = [
    "government", "cooperation", "security", "development", "peace", "support",
    "technology", "medical", "capacity", "building", "ministers", "meeting", "talks",
    "region", "stability", "pledged", "welcomed", "discussed", "agreed", "announced",
    "operations", "partners", "training", "women", "future", "commitment", "progress",
    "humanitarian", "assistance", "sanctions", "resolution", "delegation", "bilateral",
]  # fmt: skip
FUNCTION = ["the", "of", "and", "on", "in", "for", "with", "to", "from", "by", "at"]
NAMES = [
    "Guterres", "Lacroix", "Khiari", "Mogherini", "Blinken", "Hayashi", "Chung", "Eui-yong",
    "Suh", "Wook", "Kyung-wha", "Kyeongdoo", "Jean-Pierre", "Atul", "Khare", "Pollard",
    "iPhone", "McDonald", "PyeongChang", "DPRK's", "WannaCry", "YouTube", "JavaScript",
    "LinkedIn", "eBay", "McKinsey", "MacArthur", "DeSantis", "OpenAI", "A4P+", "C34",
    "2024-25", "ROK-France", "e-mail", "UN", "DPRK", "ICBM", "ROK", "EU", "notwithstanding",
    "Interministerial", "denuclearization", "peacekeeping", "humanity’s", "서울", "首尔",
    "https://www.example.org/theSeoul", "press@example.org", "#theSeoul", "@theSeoul",
]  # fmt: skip
PUNCT = ["", "", "", ",", ".", ";", ":"]

clean_word = st.sampled_from(TITLES + WORDS + FUNCTION + NAMES)
clean_sentence = st.lists(st.tuples(clean_word, st.sampled_from(PUNCT)), min_size=3, max_size=40)
# Without the URL and handle holding "theSeoul": a glue repeated in the same
# form reads as a product name and is left alone, by design.
plain_word = st.sampled_from(TITLES + WORDS + FUNCTION + NAMES[:-4])
plain_sentence = st.lists(st.tuples(plain_word, st.sampled_from(PUNCT)), min_size=3, max_size=40)


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    warm_up()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clean_sentence)
def test_clean_text_never_flagged(parts: list[tuple[str, str]]) -> None:
    text = " ".join(word + mark for word, mark in parts)
    assert find_glued_words(text) == []


@settings(max_examples=200, deadline=None)
@given(
    plain_sentence,
    st.sampled_from(["the", "of", "and"]),
    st.sampled_from(TITLES),
    st.integers(min_value=0, max_value=40),
)
def test_function_word_glued_to_known_title_is_found(
    parts: list[tuple[str, str]], function: str, title: str, at: int
) -> None:
    words = [word + mark for word, mark in parts]
    words.insert(min(at, len(words)), function + title)
    text = " ".join(words)
    assert (function + title, f"{function} {title}") in pairs(text)


def _glued_sample(rng: random.Random, kind: str) -> tuple[str, str, str]:
    """A sentence with one glue of ``kind``; returns (text, glued token, repair)."""
    words = rng.choices(TITLES + WORDS + FUNCTION + NAMES[:20], k=rng.randint(8, 30))
    function = rng.choice(FUNCTION)
    if kind == "function+Title":  # "theSeoul"
        left, right = function, rng.choice(TITLES)
    elif kind == "Title+function":  # "Initiativeon", anywhere in the sentence
        left, right = rng.choice(TITLES), function
    elif kind == "Title+function Title":  # "Initiativeon Technology", as in the seed
        left, right = rng.choice(TITLES), function
        at = rng.randint(0, len(words))
        words.insert(at, left + right)
        words.insert(at + 1, rng.choice(TITLES))
        return " ".join(words), left + right, f"{left} {right}"
    elif kind == "word+function":  # "cooperationon"
        left, right = rng.choice(WORDS), function
    else:  # "function+word": "ofcooperation"
        left, right = function, rng.choice(WORDS)
    words.insert(rng.randint(0, len(words)), left + right)
    return " ".join(words), left + right, f"{left} {right}"


@pytest.mark.parametrize(
    ("kind", "needed"),
    [
        ("function+Title", 0.95),
        ("Title+function Title", 0.65),
        ("Title+function", 0.35),
        ("word+function", 0.70),
        ("function+word", 0.30),
    ],
)
def test_recall_on_seed_style_glues(kind: str, needed: float) -> None:
    """Recall we accept per glue shape; a miss is safer than splitting a name.

    Measured on 1,000 sentences each: "theSeoul" 1.00; "Initiativeon Technology"
    (inside a capitalised phrase, as in the seed) 0.71, every miss an "in",
    "to" or "at" glue; "Initiativeon" anywhere
    0.40; "cooperationon" 0.77; "ofcooperation" 0.35. The last three need the
    word to stand alone elsewhere in the text, or a trusted suffix ("in", "to",
    "at" are not: "Marchesin", "Taketo", "openat").
    """
    from wordfreq import zipf_frequency

    rng = random.Random(kind)
    hits = total = 0
    for _ in range(1000):
        text, glued, repair = _glued_sample(rng, kind)
        if zipf_frequency(glued, "en") > 0 or glued.lower() in ("into", "onto", "within"):
            continue  # the glue made a real word: nothing to find
        total += 1
        hits += (glued, repair) in pairs(text)
    assert hits / total >= needed, f"{kind}: {hits}/{total}"


# -- speed -------------------------------------------------------------------------------


def _release_text(size: int) -> str:
    rng = random.Random(7)
    words = TITLES + WORDS + FUNCTION * 4 + NAMES[:40]
    out: list[str] = []
    n = 0
    while n < size:
        sentence = " ".join(rng.choices(words, k=rng.randint(8, 25))) + ". "
        out.append(sentence)
        n += len(sentence)
    return "".join(out)[:size]


def test_fast_on_a_release() -> None:
    text = _release_text(5_000)
    find_glued_words(text)
    best = min(_timed(find_glued_words, text) for _ in range(5))
    assert best < 0.015  # 5 ms is the target; slack for busy CI machines


def test_linear_on_five_megabytes() -> None:
    text = _release_text(5_000_000)
    assert _timed(find_glued_words, text) < 3.0  # ~0.6 s measured; slack for CI


def _timed(func, *args) -> float:
    start = time.perf_counter()
    func(*args)
    return time.perf_counter() - start
