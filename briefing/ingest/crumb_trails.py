"""A site's breadcrumb printed on one line over the page's text, its steps split by '>'
("ホーム > ようこそ知事室へ > 知事記者会見録 > <this page>", "Home > News > <this page>").

The first step is the home page and the last names the page itself: the title, which the
page prints again below. The steps between name the site's sections, and a section's name
printed again in the page (over its list of records) is never the page's own title.
"""

from __future__ import annotations

import re

from briefing.lazyre import lazy

_STEP_SEPARATOR = lazy(r"[>›»]")  # (steps are stripped: norm_line)
# A site's home page as its menus and trails name it (roles and title read these too).
HOME_WORDS = frozenset(
    {"home", "accueil", "inicio", "início", "startseite", "start", "main page"}
    | {"홈", "ホーム", "首页", "トップ"}
)
# A trail's first step as it may also be printed: the home page's longer names, and the
# label many sites set before the trail ("You are here: Home > ...", "現在地 トップページ > ...").
# The label says what the line is (the page's place in the site), so the step after it
# is the home step all the same.
_TRAIL_HOME = HOME_WORDS | frozenset(
    {"home page", "homepage", "página inicial", "pagina iniziale", "page d'accueil"}
    | {"トップページ", "首頁"}
)
_HERE_LABEL = lazy(
    r"^(?:you are here|vous [êe]tes ici|sie sind hier|voc[êe] est[áa] aqui|usted est[áa] "
    r"(?:aqu[íi]|en)|est[áa]s en|sei qui|u bent hier|olet tässä|jeste[śs] tutaj|вы здесь|"
    r"現在地|現在位置|当前位置|현재 위치)\s*:?\s*",
    re.I,
)
TRAIL_LINES = 12  # the trail is printed at the top, over the title
MIN_STEPS = 3  # home, a section, the page


def norm_line(text: str) -> str:
    """A short line as menus are compared: trimmed of its separators, in lower case."""
    return re.sub(r"\s+", " ", text.strip().strip(":|·•-–—").strip()).lower()


def trail_steps(texts: list[str]) -> list[str]:
    """The steps (normalised by ``norm_line``) of the first one-line trail among
    the first lines of ``texts``, or [] when there is none."""
    for text in texts[:TRAIL_LINES]:
        if ">" not in text and "›" not in text and "»" not in text:
            continue
        steps = [norm_line(step) for step in _STEP_SEPARATOR.split(text.strip())]
        # (A "you are here" label before the home step says what the line is.)
        steps[0] = norm_line(_HERE_LABEL.sub("", steps[0]))
        if len(steps) >= MIN_STEPS and steps[0] in _TRAIL_HOME and all(steps):
            return steps
    return []


STACKED_REACH = 80  # a copied page's trail sits under its menus, above the headline
STEP_MAX_WORDS = 4
_ENDS_ON_SEPARATOR = lazy(r"[/>›»][ \t]*$")


def stacked_trail_end(texts: list[str]) -> int | None:
    """Index of the last step of a trail printed one step a line, as a page copied from
    a browser keeps it: a home step ending on the trail's separator ("Home /", "Press
    Service /", ...), or a "you are here" label alone on its line over the home step
    ("Sie sind hier:" / "Startseite" / "Service" / "Archiv"). The steps name the site's
    sections; the page's own name comes right after them (the headline), so nothing
    above the trail's end is the page's title. None when the text has no such trail."""
    for i, text in enumerate(texts[:STACKED_REACH]):
        step = norm_line(text.strip().rstrip("/>›»").strip())
        if step in _TRAIL_HOME and _ENDS_ON_SEPARATOR.search(text):
            # Steps go on while each ends on the separator; the page's name does not.
            j = i
            while j + 1 < len(texts) and _ENDS_ON_SEPARATOR.search(texts[j + 1]):
                j += 1
            return j if j > i else None
        if (
            i + 1 < len(texts)
            and text.strip()
            and not _HERE_LABEL.sub("", text.strip()).strip(" :")
            and norm_line(texts[i + 1]) in _TRAIL_HOME
        ):
            # Under the label, steps are short lines of their own.
            j = i + 1
            while (
                j + 1 < len(texts)
                and "\n" not in texts[j + 1].strip()
                and 0 < len(texts[j + 1].split()) <= STEP_MAX_WORDS
            ):
                j += 1
            return j if j > i + 1 else None
    return None
