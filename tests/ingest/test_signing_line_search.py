"""The signing line's quick search finds what the line-anchored regex finds."""

from briefing.ingest.act_signatures import _SIGNED, _signing_lines, signed_date_line

# Made-up texts: signing formulas at a line's start, after spaces, mid-line (no signing
# line), twice, over an empty line, at the text's very start and end.
TEXTS = [
    "Fait à Exampleville, le 3 mars 2031",
    "Article 1\nThe text.\n\n  Fait à Exampleville, le 3 mars 2031\nLe Président",
    "As was done at the meeting. Fait à Exampleville\nnot a formula: x Done at Y",
    "Done at Sampleton\n\n\nDone at Sampleton, 4 May 2032\n",
    "\tDado en Villaejemplo a 8 de mayo de 2033\n\nDado en Villaejemplo\n\n",
    "Москва, Кремль\n\n5 июня 2034 года\nМосква,Кремль",
    "Done atx\nDoneat\n Ditetapkan di Kota Contoh\npada tanggal 6 Juli 2035",
    "",
    "\n\n",
]


def test_the_quick_search_finds_what_the_anchored_regex_finds():
    for text in TEXTS:
        expected = [(m.start(), m.end()) for m in _SIGNED.finditer(text)]
        assert [(m.start(), m.end()) for m in _signing_lines(text)] == expected, text


def test_the_first_dated_signing_line_dates_the_act():
    text = "Fait à Exampleville\nLe Ministre\n\nArticle 2\n\nFait à Exampleville, le 3 mars 2031"
    assert signed_date_line(text) == "Fait à Exampleville, le 3 mars 2031"
    assert signed_date_line("It was done at the Exampleville meeting, 3 March 2031.") == ""


# Formulas in capitals run on after a stop, a semicolon or a colon, with and without
# blanks between; after no stop; two stops in a row; one right at the start.
RUN_ON_TEXTS = [
    "have signed this Agreement. DONE at Sampleton, 4 May 2032.",
    "as follows;DONE at Sampleton; FAIT à Exampleville:\tGEDAAN te Voorbeeld, 1 mei 2030",
    "no stop DONE at Sampleton\n.; SIGNED at Testville. .DONE atx. DONE\tin Y",
    ". DONE at X",
    "..  FAIT à Y.\n. SIGNED in Z; ПІДПИСАНО в Києві: СОВЕРШЕНО в Москве",
]


def test_run_on_formulas_are_found_as_the_anchored_regex_finds_them():
    for text in RUN_ON_TEXTS:
        expected = [(m.start(), m.end()) for m in _SIGNED.finditer(text)]
        assert [(m.start(), m.end()) for m in _signing_lines(text)] == expected, text


def test_random_run_ons_against_the_anchored_regex():
    import random

    rng = random.Random(5)
    pieces = [". ", ";", ":", " ", "\n", "DONE at X", "FAIT à Y", "Done at Z", "SIGNED in W", "x"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        expected = [(m.start(), m.end()) for m in _SIGNED.finditer(text)]
        assert [(m.start(), m.end()) for m in _signing_lines(text)] == expected, text
