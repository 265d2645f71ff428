"""Word tokens for similarity: lower-cased, stopwords dropped, Korean as syllable bigrams."""

from __future__ import annotations

import re

# Small per-language stopword lists: enough to stop "the"/"de"/"은" dominating overlap.
STOPWORDS = {
    "en": """a about above after again against all also am an and any are as at be because been
        before being between both but by can could did do does doing during each few for from
        further had has have having he her here hers him his how i if in into is it its itself
        just me more most my no nor not now of off on once only or other our ours out over own
        same she should so some such than that the their theirs them then there these they this
        those through to too under until up very was we were what when where which while who
        whom why will with would you your yours said says say mr ms mrs dr""",
    "fr": """au aux avec ce ces cette dans de des du elle en et eux il ils je la le les leur
        leurs lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui
        sa se ses son sur ta te tes toi ton tu un une vos votre vous c d j l à m n s t y été
        être est sont a ont été aussi plus comme entre sans sous après avant leurs m mme""",
    "es": """a al algo ante antes como con contra cual cuando de del desde donde durante e el
        ella ellas ellos en entre era es esa ese eso esta este esto fue ha han hasta la las le
        les lo los más me mi mientras muy ni no nos o otra otro para pero por que quien se sea
        ser si sin sobre su sus también te tiene todo un una uno unos y ya sr sra""",
    "ko": """그 이 저 것 수 등 및 또는 그리고 하지만 그러나 위해 대한 통해 있다 했다 한다 하는 있는
        된다 되는 했다고 밝혔다 말했다""",
}  # fmt: skip
_STOP = {lang: frozenset(words.split()) for lang, words in STOPWORDS.items()}
_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def stopwords(language: str) -> frozenset[str]:
    """The stopword list for ``language`` (English when unknown)."""
    return _STOP.get((language or "en")[:2].lower(), _STOP["en"])


def tokens(text: str, language: str = "en") -> list[str]:
    """Content tokens of ``text``.

    Korean words carry their particles ("한국은", "한국의"), so each Hangul word also
    yields its syllable bigrams: two mentions of 한국 then share a token without a
    morphological analyser.
    """
    stop = stopwords(language)
    out: list[str] = []
    for m in _WORD.finditer(text.lower()):
        word = m.group(0).replace("’", "'")
        if word in stop or (word.isdigit() and len(word) < 3):
            continue
        if _HANGUL.search(word) and len(word) > 2:
            out.extend(word[i : i + 2] for i in range(len(word) - 1))
        else:
            out.append(word)
    return out


# Han and kana: Chinese and Japanese write words without spaces between them.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
CHARS_PER_UNSPACED_WORD = 2  # a Chinese or Japanese word is one to three characters


def word_count(text: str) -> int:
    """How many words ``text`` holds, for lengths and budgets: spaced words, plus a word
    for every two Han or kana characters (a Japanese sentence is no one-word fragment)."""
    unspaced = sum(len(run) for run in _UNSPACED.findall(text))
    if not unspaced:
        return len(text.split())
    spaced = len(_UNSPACED.sub(" ", text).split())
    return spaced + -(-unspaced // CHARS_PER_UNSPACED_WORD)
