"""Site chrome in a web page copied as text (Select All, Copy in a browser).

The copy brings the page's menus, language lists, share bars, link boxes and footer
along with the release. What is true of such chrome on any site, in any language:

- it sits at the two ends of the text, around the release's own paragraphs, and the
  release's paragraphs stand together (one prose paragraph follows another within a few
  lines), while a menu is a long run of short lines with no sentence in reach;
- it is made of short lines that end without sentence punctuation (entries, labels,
  headlines of other pages), some of them link labels sites share ("Share", "Back to
  top", "Legal notice", platform names).

Only lines far from the release's paragraphs are taken (``chrome_lines``), and only in
text showing a few of those labels at its ends: the head's menus before the last lines
above the first paragraph (where the title, date, kicker and summary stand), a kicker
repeating a menu's entry there, and the tail from its first chrome label or newsroom end
mark on. Each is blanked (line indices stay valid) and listed in ``dropped`` as
"navigation": nothing leaves silently. Dates, document symbols, contact lines, labels
alone on a line and sentences are always left where they are. The page's update stamp
("Last updated ...") becomes its metadata date (a dateline still wins).

``is_site_line`` knows lines only a site prints (link labels in many languages, readers'
counters, category fields, links to files by size, language switchers, menu bars on one
line, cookie notices); ``roles.is_boilerplate`` asks it for any text's head and tail.
"""

from __future__ import annotations

import collections
import itertools
import re

from briefing.ingest.dated_teasers import dated_teaser_lines
from briefing.ingest.extracted import Extracted
from briefing.ingest.gov_banners import is_official_site_banner
from briefing.ingest.link_boxes import box_lines
from briefing.ingest.link_boxes import words as _words
from briefing.ingest.place_datelines import is_place_dateline
from briefing.ingest.repeated_menus import repeated_menu_lines
from briefing.ingest.site_labels import is_site_label
from briefing.ingest.site_notices import is_site_notice, reports_speech
from briefing.ingest.tail_menus import menu_start
from briefing.ingest.teaser_links import teaser_lines
from briefing.lazyre import lazy

# Lines above the first paragraph left to the title and head rules: a page prints its
# title, kicker, date, byline, share bar, picture caption and summary points there.
NEAR_HEAD_LINES = 20
# Two prose paragraphs at most this many non-blank lines apart belong to one text: a
# release's paragraphs are close (a heading, a list, a caption between); a lone sentence
# among hundreds of menu lines (a cookie notice, a search form's help) is not its text.
PARAGRAPH_GAP = 8
# Fewer chrome labels than this and the text is no web copy (a PDF's or Word's text).
MIN_CHROME_LABELS = 3
# Or this many short ones: a control's label alone on its line ("Share", "Log in").
MIN_SHORT_LABELS = 2
SHORT_LABEL_WORDS = 6
# Where chrome labels are counted: the two ends of the text (cheap on a 5 MB release).
GATE_LINES = 600
# A dateline this many non-blank lines above the first paragraph still dates the text;
# the lines just above it (title, kicker) are left to the head rules.
DATELINE_REACH = 80
ABOVE_DATELINE_LINES = 4
REPEAT_MAX_CHARS = 200  # a link's label repeating a line of the text is no paragraph
DATED_LINE_MAX_WORDS = 8  # a short line holding a full date: when the page was updated
PROSE_MIN_WORDS = 12  # a sentence of a release's paragraph; menu entries are shorter
# Longer lines are never taken as chrome (a menu may list treaties by their long names).
MENU_LINE_MAX_WORDS = 40
LONG_SENTENCE_WORDS = 20  # a sentence this long is never a teaser's headline

# Sentence ends, with closing quotes or brackets after them (any script).
_SENTENCE_END = lazy(r"[.!?;:,…。！？；：][\"'”’»)\]）」』]*$")

# Link labels sites print around every page, beyond those ``roles.is_boilerplate`` knows:
# a link box's heading, "back to top", the footer's legal links. Compared lower-cased,
# stripped of punctuation at the ends.
_CHROME_LABELS = frozenset(
    {
        "links", "useful links", "liens", "liens utiles", "enlaces", "enlaces de interés",
        "weiterführende links", "collegamenti", "link utili",
        "back to top", "top of page", "to the top", "go to top", "début de la page",
        "haut de page", "retour en haut", "nach oben", "seitenanfang", "volver arriba",
        "ir arriba", "torna su", "inizio pagina",
        "print page", "print this article", "imprimer la page", "imprimer", "drucken",
        "seite drucken", "stampa", "imprimir página",
        "legal notice", "legal notices", "privacy", "privacy notice", "terms of use",
        "terms and conditions", "cookie policy", "cookies policy", "disclaimer",
        "informations juridiques", "mentions légales", "protection des données",
        "impressum", "datenschutz", "datenschutzerklärung", "rechtliche hinweise",
        "aviso legal", "política de privacidad", "note legali",
        "share this article", "share on facebook", "share on twitter", "share on x",
        "share on linkedin", "partager cette page", "seite teilen", "compartir en",
        "follow us on", "suivez-nous", "folgen sie uns", "síguenos",
        "read more", "lire la suite", "weiterlesen", "leer más", "more news",
        "related news", "related articles", "latest news", "newsletter",
        "next post", "previous post", "next article", "previous article", "older posts",
        "newer posts", "article suivant", "article précédent", "nächster artikel",
        "vorheriger artikel", "artículo siguiente", "artículo anterior",
        "subscribe to our newsletter", "breaking news", "dernières nouvelles",
        "pinterest", "snapchat", "reddit", "tiktok", "vimeo", "mastodon", "bluesky",
        "weibo", "wechat", "vk", "kakaotalk",
        # A post's comment form and the teasers under it, as blog engines print them on
        # every page in the site's language ("Leave a Reply", "Deja un comentario"),
        # and the link opening a longer list ("Ver más").
        "leave a reply", "leave a comment", "deja una respuesta", "deja un comentario",
        "laisser un commentaire", "laisser une réponse", "schreibe einen kommentar",
        "kommentar verfassen", "lascia un commento", "deixe um comentário",
        "deixe uma resposta", "related posts", "entradas relacionadas",
        "articles similaires", "ähnliche beiträge", "artigos relacionados",
        "you may also like", "también le podría interesar", "see more", "ver más",
        "voir plus", "vedi di più", "ver mais",
        # A teaser's link and the way back from a post to its list, opening the search
        # box, recommending the page (German sites write "weiter lesen" in two words as
        # often as in one).
        "weiter lesen", "mehr lesen", "mehr erfahren", "zurück zur übersicht",
        "zurück zur liste", "back to overview", "back to list", "back to news",
        "retour à la liste", "volver al listado", "suchen", "teilen", "weiterempfehlen",
        "seite weiterempfehlen",
        "ähnliche artikel", "nächster beitrag", "vorheriger beitrag",
        # The label heading a breadcrumb trail ("You are here" is known to is_boilerplate).
        "sie sind hier", "sie befinden sich hier", "vous êtes ici", "usted está aquí",
        "ti trovi in", "você está aqui", "u bent hier", "jesteś tutaj",
        # Signing in, printing, sending the page: a site's tools, in its language.
        "log in", "login", "sign in", "connexion", "se connecter", "anmelden",
        "iniciar sesión", "acceder", "accedi", "entrar", "войти", "вход", "تسجيل الدخول",
        "登录", "登入", "로그인", "ログイン", "đăng nhập", "masuk",
        "печать", "распечатать", "версия для печати", "طباعة", "印刷", "打印", "인쇄",
        "recomendar esta página", "enviar a un amigo", "send to a friend",
        "email this page", "envoyer à un ami", "أخبار عاجلة", "срочные новости",
        # Home, site map, back to top, contact in other scripts.
        "trang chủ", "về đầu trang", "sơ đồ trang", "liên hệ", "главная", "наверх",
        "карта сайта", "контакты", "الرئيسية", "خريطة الموقع", "اتصل بنا",
        "ページの先頭へ", "ページトップへ", "サイトマップ", "お問い合わせ", "首页", "返回顶部",
        "网站地图", "联系我们", "맨 위로", "사이트맵", "이용약관", "개인정보처리방침",
        "ページの先頭へ戻る", "このページの先頭へ", "プライバシーポリシー", "法的事項",
        "このサイトについて", "サイトポリシー", "アクセシビリティ", "よくある質問", "本文へ",
        "文字サイズ", "打印本页", "关闭窗口", "关闭", "맨위로", "저작권정책", "목록",
        "分享", "分享到",
        # Korean government pages' tools and landmarks: font size, print, share, the
        # screen reader's "content area".
        "글자크기 설정", "글자크기", "인쇄하기", "인쇄하기 목록", "공유하기", "콘텐츠 영역",
        "콘텐츠영역", "컨텐츠 영역", "컨텐츠영역",
        # A post's attachments box and the copyright (KOGL) box every Korean government
        # page prints under it; the same boxes on Japanese and Chinese boards.
        "첨부파일", "첨부 파일", "저작권표시", "저작권 표시",
        "添付ファイル", "附件下载", "相关附件",
    }
)  # fmt: skip
# The KOGL box's heading, "공공누리의 제 4유형 안내" / "공공누리 제1유형": the Korea Open
# Government License type under which every Korean government page publishes its posts.
_KOGL_NOTICE = lazy(r"^공공누리(?:의)?\s*(?:제\s*)?\d\s*유형(?:\s*안내)?$")
# The link to a post's comments, with their number: "View comments (27)", "3 Comments",
# "Kommentare (2)"; a comment form's field, marked required by its asterisk ("Name *",
# "Your name *", "E-Mail *"). A release says neither: they are its page's form.
# (A count or a verb is needed: "Comments" alone may head a consultation's own part.)
_COMMENTS_LINK = lazy(
    r"^(?:(?:view|show|read|see) (?:all )?(?:\d+ )?|\d+ )(?:comments?|kommentare?|"
    r"commentaires?|comentarios?|commenti)(?: \(\d+\))?$|"
    r"^(?:comments?|kommentare?|commentaires?|comentarios?|commenti) \(\d+\)$",
    re.I,
)
_REQUIRED_FIELD = lazy(
    r"^(?:your |ihr |votre |su |tu )?(?:full |first |last )?(?:name|e-?mail(?: address)?|"
    r"mail|website|webseite|comment|kommentar|message|nachricht|subject|betreff|vorname|"
    r"nachname|e-mail-adresse|nom|prénom|courriel|commentaire|nombre|correo(?: electrónico)?|"
    r"comentario|mensaje)\s*\*$",
    re.I,
)
# A counter of the page's readers: "Dibaca: 33.156 Kali", "Views: 1,204", "Lượt xem: 85".
_COUNTER = lazy(
    r"^(?:views?|hits?|reads?|vues|visto|visitas|aufrufe|gelesen|dibaca|lượt xem|"
    r"просмотр(?:ов|ы)?|閲覧数|조회수?|阅读|浏览)\s*:?\s*[\d.,\s]+"
    r"(?:kali|times|fois|veces|mal|lần|раз)?$",
    re.I,
)
# The page's place in the site's taxonomy: "Kategori: Berita", "Category: News".
_CATEGORY_FIELD = lazy(
    r"^(?:categor(?:y|ies)|catégories?|categorías?|categoria|kategori[e]?|rubri[ck]|"
    r"рубрика|chuyên mục|tags?|schlagwörter|etiquetas|mots-clés)\s*:\s*\S.{0,60}$",
    re.I,
)
# A link to a file, named by its format and size: "RC-10-2025-0249_EN (PDF - 147 KB)",
# "Framework agreement (PDF, 250 KB)", "Report [DOCX 1.2 MB]".
_FILE_LINK = lazy(
    r"[(\[](?:PDF|DOCX?|XLSX?|PPTX?|ODT|RTF|ZIP|EPUB|CSV)\b[\s,:–-]*\d+(?:[.,]\d+)?\s*"
    r"[KMG]i?B[)\]]$",
    re.I,
)
# A download's label alone on its line, the link's name printed apart: "PDF | 85,3 KB",
# "pdf (83,14 KB)", "1,27 MB", "（4.05MB）" (Japanese sites' full-width brackets), or the
# format alone, "PDF".
FILE_LABEL = lazy(
    r"^[(\[（]?(?:(?:PDF|DOCX?|XLSX?|PPTX?|ODT|RTF|ZIP|EPUB|CSV)\b[\s,:|/–-]*[(\[（]?\s*)?"
    r"\d+(?:[.,]\d+)?\s*[KMG]i?B[)\]）]?$|^(?:PDF|DOCX?|XLSX?)$",
    re.I,
)
# A language switcher: the codes of the languages the page is offered in ("EN | DE | IT"),
# or their names with the codes ("Bulgarian (bg) Spanish (es) Czech (cs) ...").
_LANGUAGE_CODES = frozenset(
    "ar az be bg bs ca cs cy da de el en es et eu fa fi fr ga gl he hi hr hu hy id is it "
    "ja ka kk ko lb lt lv mk ms mt nl no pl pt ro ru sk sl sq sr sv sw th tl tr uk uz vi "
    "zh".split()
)
_LANGUAGE_SEPARATORS = lazy(r"[\s|/·•,]+")
_NAMED_LANGUAGE = lazy(r"(?<=\w) \([a-z]{2}\)")  # (a name, then its code)
LANGUAGE_LIST_MIN = 3  # names with codes in a line: a language menu, not a citation
# A ticker of other pages' headlines, each ending on the separator before the next.
_TICKER_ENTRY = lazy(r"\S\s+[-–—|•]$")
TICKER_MAX_WORDS = 20
# Several footer links on one line: "Legal notice - Privacy policy", "Contact | RSS".
_LINK_SEPARATORS = lazy(r"\s+[-–|·•/]\s+|\s{3,}|\t+")


def _norm(text: str) -> str:
    # (Arrows point a pager's links either way: "← Previous post", "Next post →".)
    return " ".join(text.strip(" \t:|·•-–—>»›<«‹←→[]【】").split()).lower()


def one_chrome_label(text: str) -> bool:
    """Whether the line is exactly one of the link labels or controls sites print
    ("Share", "Print", "Read more"), separators and brackets round it aside."""
    norm = _norm(text)
    return norm in _CHROME_LABELS or is_site_label(norm)


def is_site_line(text: str) -> bool:
    """A line only a website prints around its pages: a link label ("Back to top",
    "Imprimer la page", "Log in"), a readers' counter, the page's category field, a link
    to a file named by its size, a ticker's headline ending on its separator. Such lines
    say how to use the site, never what the release says."""
    stripped = text.strip()
    if is_official_site_banner(stripped):  # (the government's banner, skip links)
        return True
    if is_site_notice(stripped):  # (the site's rights line, newsletter or form small print)
        return True
    if not stripped or len(stripped) > 160:
        # (24 languages named with their codes; a cookie notice of two sentences)
        return len(stripped) <= 1000 and (
            _language_menu(stripped)
            or _cookie_notice(stripped)
            or (bool(_KEY_HELP.search(stripped)) and _words(stripped) <= KEY_HELP_MAX_WORDS)
        )
    if one_chrome_label(stripped) or _COUNTER.match(stripped):
        return True
    if _KOGL_NOTICE.match(stripped):
        return True
    if _COMMENTS_LINK.match(stripped) or _REQUIRED_FIELD.match(stripped):
        return True
    if _CATEGORY_FIELD.match(stripped) or _FILE_LINK.search(stripped) or FILE_LABEL.match(stripped):
        return True
    if _language_menu(stripped) or _menu_row(stripped):
        return True
    if _cookie_notice(stripped):
        return True
    if _SCRIPT_NOTICE.search(stripped) and _words(stripped) <= SCRIPT_NOTICE_MAX_WORDS:
        return True
    if _KEY_HELP.search(stripped) and _words(stripped) <= KEY_HELP_MAX_WORDS:
        return True
    # (A line framed by dashes, "- Initiative announced -", is a subtitle; a table's
    # row has cells: neither is a ticker's entry. A line opening on a small letter
    # carries on a sentence wrapped from the line above, cut before a dash or a stray
    # bar ("... the key principle which governs relief, namely that |" in OCR text): a
    # headline opens as a headline does, never mid-sentence. It is one line, and ends
    # on its last word: words wrapped over lines down to a dash (a speech broken off,
    # "Good afternoon. Good\n—") or a sentence mark before it (an act's "as follows: -",
    # an editor's "Repealed on 1 August 2006. -") are the text's sentences. A place in
    # capitals and its dash, "CHICAGO –", opens the release's lead: place_datelines.)
    return (
        bool(_TICKER_ENTRY.search(stripped))
        and not is_place_dateline(stripped)
        and _words(stripped) <= TICKER_MAX_WORDS
        and stripped[:1] not in "-–—•*|·"
        and not stripped[:1].islower()
        and "\n" not in stripped
        and stripped[:-1].rstrip()[-1:] not in ".,:;"
        and "\t" not in stripped
        and "   " not in stripped  # (cells laid out in columns: text_tables)
        and "|" not in stripped[:-1]
    )


# A menu bar copied as one line: entries apart by runs of spaces or tabs (title.py reads
# menu bars over the title with the same gap and entry length).
WIDE_GAP = lazy(r"(?<=\S)(?: {3,}|\t+)(?=\S)")
MENU_ENTRY_MAX_WORDS = 5


def _menu_row(text: str) -> bool:
    """A menu bar copied as one line ("Trang chủ     Đăng ký nhận tin    English"): two or
    more short entries set wide apart, with no figure (a table's row has its figures),
    one of them a label sites share ("Home", "English", "RSS"). A row of a table or a
    heading laid out in columns names none of those."""
    if "  " not in text and "\t" not in text:
        return False
    entries = WIDE_GAP.split(text)
    if len(entries) < 2 or any(ch.isdigit() for ch in text):
        return False
    if any(_words(e) > MENU_ENTRY_MAX_WORDS for e in entries):
        return False
    from briefing.ingest import patterns as P

    return any(one_chrome_label(e) or _norm(e) in P.BOILERPLATE_LINES for e in entries)


def _language_menu(text: str) -> bool:
    """Language codes side by side ("EN | FR | DE", "bg es cs") or three or more
    languages named with their codes: a page's language switcher."""
    if len(text) <= 60:
        codes = [c for c in _LANGUAGE_SEPARATORS.split(text) if c]
        # (One code alone may be a name: "ID", a political group; "IT".)
        if len(codes) >= 2 and all(len(c) == 2 and c.lower() in _LANGUAGE_CODES for c in codes):
            return text.isupper() or text.islower()  # ("En" is a word's start: no code)
    # (Different codes: a menu names each language once; "Part II—Section 3—Sub-section
    # (ii)" cites one sub-section thrice, in a gazette's bilingual head.)
    return len(set(_NAMED_LANGUAGE.findall(text))) >= LANGUAGE_LIST_MIN


def is_chrome_label(text: str) -> bool:
    """A link label every page of a site carries ("Share", "Back to top", "Legal notice",
    "Open in a new page", a platform's name), or several of them on one line."""
    from briefing.ingest.roles import is_boilerplate

    stripped = text.strip()
    if not stripped or len(stripped) > 120 or not any(ch.isalpha() for ch in stripped):
        return False  # (a bare number may be a table's figure: a counter is no label)
    if is_site_line(stripped) or is_boilerplate(stripped):
        return True
    parts = [p for p in _LINK_SEPARATORS.split(stripped) if p.strip()]
    return len(parts) >= 2 and all(one_chrome_label(p) or is_boilerplate(p) for p in parts)


KICKER_MIN_WORDS = 2
KICKER_MAX_WORDS = 3  # a section's name set again near the title; titles run longer
# A newsroom's end mark under a release ("###", "-30-", "- END -"): what follows is not it.
_END_MARK = lazy(r"^(?:#{3,}|-\s*30\s*-|-\s*(?:end|ends|fin|ende)\s*-|ends)$", re.I)
# A site's cookie notice, a sentence or two in any of the languages releases come in:
# "This site uses cookies ...", "Nous utilisons des cookies ...", "Diese Website verwendet
# Cookies ...". It asks for consent to the site's use of cookies, never reports news.
_COOKIE_NOTICE = lazy(
    r"\b(?:(?:this|our) (?:web)?site uses|we use|ce site utilise|nous utilisons|"
    r"diese (?:web)?seite verwendet|diese website (?:verwendet|nutzt)|wir (?:verwenden|nutzen)|"
    r"(?:este|nuestro) sitio (?:web )?utiliza|utilizamos|questo sito (?:utilizza|usa)|"
    r"utilizziamo|usamos|este site utiliza)\b[^.]{0,40}\bcookies?\b|"
    # The consent form of the notice: "By continuing to browse this site, you agree to
    # the use of cookies", "En poursuivant votre navigation ..., vous acceptez
    # l'utilisation de cookies", "... stimmen Sie der Verwendung von Cookies zu".
    r"\b(?:you (?:agree|consent) to|you accept|vous acceptez|vous consentez à|"
    r"stimmen sie der|akzeptieren sie|acepta(?:s)?|aceita|accetti|acconsenti a)\b"
    r"[^.]{0,40}\bcookies?\b",
    re.I,
)
COOKIE_NOTICE_MAX_WORDS = 80


def _cookie_notice(text: str) -> bool:
    """A site's cookie notice: its wording, in a sentence or two, reporting no one (a
    data-protection authority's release quotes a site's "we use cookies ..." and says
    who said or found it)."""
    return (
        bool(_COOKIE_NOTICE.search(text))
        and _words(text) <= COOKIE_NOTICE_MAX_WORDS
        and not reports_speech(text)
    )


# The notice a site shows when scripts do not run ("Check your browser settings and
# network. This website requires JavaScript ...", "Please enable JavaScript"), copied
# with the page or kept by a text extractor: it speaks of the reader's browser, never
# of the release.
_SCRIPT_NOTICE = lazy(
    r"\b(?:(?:this |the )?(?:web)?site requires javascript|(?:please )?enable javascript|"
    r"javascript (?:is|must be|has been) (?:disabled|required|turned off|enabled)|"
    r"check your browser settings|your browser (?:does not|doesn't) support|"
    r"(?:activez|activer) (?:le )?javascript|javascript est désactivé|"
    r"aktivieren sie javascript|javascript (?:ist )?deaktiviert|"
    r"(?:habilite|habilitar|active|activar|ative|ativar) (?:el |o )?javascript)\b",
    re.I,
)
SCRIPT_NOTICE_MAX_WORDS = 40
# A site's help on its keys ("To change the text size, hold down the Ctrl key (Cmd on a
# Mac) and press +", "For å endre tekststørrelsen, hold Ctrl-tasten nede ..."): how to
# use the browser, never what the release says.
_KEY_HELP = lazy(r"\b(?:ctrl|cmd|strg)(?:-\w+|\s*\+|\s+(?:key|tast\w*))", re.I)
KEY_HELP_MAX_WORDS = 40
# The banner every Korean government site prints over its pages (its e-Government
# mark, "this site is an official site of the Republic of Korea", how to check a site's
# address): it speaks of the site, never of the release. (A briefing pointing to the
# ministry's site, "외교부 누리집을 참고", says something else.)
_GOV_BANNER = lazy(
    r"공식 전자정부 누리집|공식 누리집 주소|누리집은 대한민국 정부기관이 관리|"
    r"다른 도메인 주소를 사용하고|운영중인 공식 누리집"
)
# A list label alone on its line: "(14)", "a)", "2.", "(iv)".
_LONE_LABEL = lazy(r"^(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]|\((?:\d{1,3}|[a-z]|[ivx]{1,5})\))$")


def _groups(texts: list[str]) -> list[tuple[int, int]]:
    """Paragraphs as (first, last) line indices: runs of non-blank lines, broken after a
    line ending a sentence (a browser copies list items and a menu's entries with no
    blank line between them, each on its own line), and before a line that is a whole
    paragraph by itself (a long sentence, with the labels alone on lines just above it)."""
    groups: list[tuple[int, int]] = []
    start = -1
    for i, text in enumerate(texts):
        if not text.strip():
            if start >= 0:
                groups.append((start, i - 1))
                start = -1
            continue
        if start < 0:
            start = i
        if not _SENTENCE_END.search(text.rstrip()[-6:]):
            continue
        if i > start and _words(text) >= LONG_SENTENCE_WORDS:
            own = i
            while own > start and _LONE_LABEL.match(texts[own - 1].strip()):
                own -= 1
            if own > start:
                groups.append((start, own - 1))
                start = own
        groups.append((start, i))
        start = -1
    if start >= 0:
        groups.append((start, len(texts) - 1))
    return groups


def _continues(line: str) -> bool:
    """A wrapped line carrying on its sentence: it opens on a small letter, a digit or a
    mark, or is in a script without capitals. A menu's or a list's entries each open on
    a capital."""
    first = line.lstrip()[:1]
    return not first.isalpha() or not first.isupper()


# A sentence a page prints twice or more is a box's own text, not the release's: a
# newsletter form's thanks and its unsubscribe note printed once per list, a media
# asset's licence under each clip, a cookie or feedback box for two screen sizes. A
# release says each of its sentences once (a legal text's repeated clauses are lines of
# its paragraphs, wrapped short, and sit inside its text, where nothing is taken).
REPEATED_MIN_WORDS = 8
REPEATED_MAX_WORDS = 80  # (a box's message runs to two or three sentences)
_REPEAT_MIN_CHARS = 40  # (a cheap look first: shorter lines are no such sentence)


def _repeated(texts: list[str]) -> frozenset[str]:
    """The stripped lines of ``texts`` printed twice or more that are sentences of
    ``REPEATED_MIN_WORDS`` words or more (see above). Only the text's two ends are read,
    where the chrome is (cheap on a 5 MB release)."""
    ends = texts[:GATE_LINES] + texts[-GATE_LINES:] if len(texts) > 2 * GATE_LINES else texts
    counts = collections.Counter(t.strip() for t in ends if len(t) >= _REPEAT_MIN_CHARS)
    return frozenset(
        text
        for text, count in counts.items()
        if count >= 2
        and REPEATED_MIN_WORDS <= _words(text) <= REPEATED_MAX_WORDS
        and _SENTENCE_END.search(text[-6:])
    )


def _is_prose(
    texts: list[str], group: tuple[int, int], repeated: frozenset[str] = frozenset()
) -> bool:
    """A paragraph of sentences: long enough and ending like one (a long line with no
    end mark may be a list of names, or of a site's languages). Several lines are one
    paragraph wrapped when enough of them carry on the sentence above; else they are
    entries (a menu, a list of other pages' headlines), however many words they add up
    to."""
    first, last = group
    lines = [t.strip() for t in texts[first : last + 1]]
    joined = " ".join(lines)
    count = _words(joined)
    if count < PROSE_MIN_WORDS or not _SENTENCE_END.search(joined[-6:]):
        return False
    if len(lines) == 1:
        # (A cookie notice, or a box's sentence printed again, is no paragraph of the text.)
        return not is_site_line(lines[0]) and lines[0] not in repeated
    # A paragraph on its own line under its label ("(14)"), with no blank line between.
    if all(_LONE_LABEL.match(line) for line in lines[:-1]) and _words(lines[-1]) >= 8:
        return True
    carried = sum(_continues(line) for line in lines[1:])
    return carried * 3 >= len(lines) - 1


def _core(
    texts: list[str], groups: list[tuple[int, int]], repeated: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The first and last line of the release's own paragraphs: the first prose group
    with another prose group close after it, the last with one close before it. (Both
    scans stop there: a long release's middle is never read.)"""

    def close(a: tuple[int, int], b: tuple[int, int]) -> bool:
        low, high = min(a[1], b[1]), max(a[0], b[0])
        between = 0
        for text in texts[low + 1 : high]:
            if text.strip():
                between += 1
                if between >= PARAGRAPH_GAP:
                    return False
        return True

    def first_pair(order: list[tuple[int, int]]) -> tuple[int, int] | None:
        previous = None
        for group in order:
            if _is_prose(texts, group, repeated):
                if previous is not None and close(previous, group):
                    return previous
                previous = group
        return None

    head = first_pair(groups)
    tail = first_pair(groups[::-1])
    if head is None or tail is None or tail[1] < head[0]:
        return None
    return head[0], tail[1]


def _web_copy(texts: list[str]) -> bool:
    """Chrome labels at the ends of the text: a page copied from a browser. A control's
    label stands alone on its line, a few words with no sentence end ("Share", "Skip to
    main content"): two such are evidence enough. Longer matches (a wrapped line ending
    on a dash, a "categories:" field) may be prose, so three labels are asked for when
    any of them is one."""
    ends = texts[:GATE_LINES] + texts[-GATE_LINES:] if len(texts) > 2 * GATE_LINES else texts
    found = short = 0
    for text in ends:
        if text and len(text) <= 80 and is_chrome_label(text):
            found += 1
            stripped = text.strip()
            if _words(stripped) <= SHORT_LABEL_WORDS and not _SENTENCE_END.search(stripped[-6:]):
                short += 1
            if found >= MIN_CHROME_LABELS or short >= MIN_SHORT_LABELS:
                return True
    return False


def _is_dateline(text: str) -> bool:
    """A date (with a place, time or reference) alone on a line; a bare year or month
    is a news archive's menu entry."""
    from briefing.ingest.roles import is_date_line

    stripped = text.strip()
    return any(ch.isdigit() for ch in stripped) and len(stripped) > 4 and is_date_line(stripped)


def _keep(text: str, head: bool, repeated: bool = False) -> bool:
    """Lines never taken as chrome: a date, a document symbol, a contact line, a long
    sentence (what a release may print anywhere; the head and tail rules read them).
    Far above the release's paragraphs a lone short sentence is a teaser or a notice
    (its paragraphs stand together lower down): taken there, kept in the tail. A
    sentence the page prints again (``repeated``) is a box's (``_repeated``): taken."""
    from briefing.ingest import patterns as P
    from briefing.ingest.dates import find_date
    from briefing.ingest.roles import is_date_line, is_symbol

    stripped = text.strip()
    count = _words(stripped)
    if repeated and count <= REPEATED_MAX_WORDS:
        count = 0  # (neither a long line nor a sentence of the release: a box's)
    if count > MENU_LINE_MAX_WORDS or _LONE_LABEL.match(stripped):
        return True  # (a label alone, "(14)", "a)", "2.": its paragraph's, on the next line)
    if is_date_line(stripped) or is_symbol(stripped) or P.CONTACT_LINE.search(stripped):
        return True
    if count <= DATED_LINE_MAX_WORDS and find_date(stripped) is not None:
        return True  # ("Last updated 28.02.2022": the page's own date, wherever printed)
    sentence = bool(_SENTENCE_END.search(stripped[-6:])) and count > 0
    if head:
        return sentence and count > LONG_SENTENCE_WORDS
    return count >= PROSE_MIN_WORDS and sentence


CONTACTS_REACH = 4  # lines under a "Contact" heading where its phone or address stands


CARD_MAX_LINES = 10  # a card's lines under its heading: name, office, street, town, numbers
CARD_LINE_MAX_WORDS = 10  # a card's line names or numbers; a longer one is prose or a teaser


def _heads_contacts(texts: list[str], following: list[int]) -> bool:
    """ "Contact" over a press officer's phone or address heads the release's contacts;
    among a footer's links, with no such line under it, it is the site's contact page."""
    from briefing.ingest import patterns as P

    if not P.CONTACT_START.match(texts[following[0]].strip()):
        return False
    return any(P.CONTACT_LINE.search(texts[i]) for i in following[1 : 1 + CONTACTS_REACH])


def contact_card(texts: list[str], following: list[int]) -> list[int]:
    """The lines of the release's contact card that ``following[0]`` heads, up to its
    last phone or e-mail line ("Ansprechpartner" / "Daniel Example" / "Head of the
    office" / "+49 ..."), or [] when it heads none. A release ends on who answers for it:
    the name and office lines are as much the release's as the numbers under them, which
    ``_keep`` keeps. A site's "Contact" link among its menu entries has no phone or e-mail
    under it before the next link label or a line of running text."""
    from briefing.ingest import patterns as P

    head = texts[following[0]].strip()
    if not (P.CONTACT_START.match(head) or P.CONTACT_HEAD.match(head)):
        return []
    last = 0
    for k in range(1, min(len(following), 1 + CARD_MAX_LINES)):
        text = texts[following[k]].strip()
        if P.CONTACT_LINE.search(text):
            last = k
        elif _words(text) > CARD_LINE_MAX_WORDS or is_chrome_label(text):
            break
    return following[: last + 1] if last else []


def chrome_lines(texts: list[str]) -> list[int]:
    """Indices of the lines of ``texts`` that are the site's chrome (see the module)."""
    return _chrome(texts)[0]


def _ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text[-6:]))


def _chrome(texts: list[str]) -> tuple[list[int], int]:
    """The chrome's line indices, and where the tail after the release's last paragraph
    starts (``len(texts)`` when the text is no web copy)."""
    if not _web_copy(texts):
        return [], len(texts)
    # (Cards of other pages, each closed by its "read more" link, are the site's
    # wherever they stand; the release's paragraphs are looked for without them.)
    cards = teaser_lines(texts)
    if cards:
        blanked = set(cards)
        texts = ["" if i in blanked else text for i, text in enumerate(texts)]
    repeated = _repeated(texts)
    core = _core(texts, _groups(texts), repeated)
    if core is None:
        return [], len(texts)
    start, end = core
    taken: list[int] = list(cards)
    # A box of other pages' dated headlines among the release's paragraphs is the
    # site's, and the release ends above it: prose below it (readers' comments) is no
    # more of the release. (A box under the last paragraph is the tail's, read below.)
    dated = [i for i in dated_teaser_lines(texts, start + 1) if i <= end]
    if dated:
        above = _core(texts, [g for g in _groups(texts) if g[1] < dated[0]], repeated)
        if above is not None and above[0] == start:
            taken.extend(dated)
            end = above[1]
    # The head: all but the last lines above the first paragraph, and all but the
    # dateline and the lines just above it (the title a page prints over its date, with
    # a sidebar of document links or stages between it and the text).
    nonblank = [i for i in range(start) if texts[i].strip()]
    near = max(0, len(nonblank) - NEAR_HEAD_LINES)
    for k in range(max(0, len(nonblank) - DATELINE_REACH), len(nonblank)):
        if _is_dateline(texts[nonblank[k]]):  # (the first: a sidebar may print dates too)
            near = min(near, max(0, k - ABOVE_DATELINE_LINES))
            break
    far = nonblank[:near]
    taken.extend(i for i in far if not _keep(texts[i], True, texts[i].strip() in repeated))
    # Near the title, a line of a few words the head's menu printed already is the
    # page's section, set again as a kicker ("Statements and Releases"): the site's. (A
    # title printed twice, in the trail and as the headline, runs longer.) Only a line
    # standing alone between blank lines, or in text with none: taking a line printed
    # against its neighbours would leave the text looking double-spaced to the
    # segmenter, which then reads its one-line paragraphs as wraps of each other.
    spaced = any(not t.strip() for t in texts[:start])
    seen: set[str] = set()
    for k, i in enumerate(nonblank):
        norm = _norm(texts[i])
        if not KICKER_MIN_WORDS <= _words(texts[i]) <= KICKER_MAX_WORDS:
            continue  # (one word may be a header's field: "FR" in a journal's masthead)
        alone = not spaced or ((i == 0 or not texts[i - 1].strip()) and not texts[i + 1].strip())
        if k >= near and norm in seen and alone and not _keep(texts[i], head=True):
            taken.append(i)
        seen.add(norm)
    # The tail: from its first chrome label (a link box's heading, the share bar, the
    # footer's links) or the first two lines in a row repeating lines of the text (a box
    # of links to what the page already showed; one repeat may be a table of contents'
    # entry printed again as its heading), to the end.
    tail = [i for i in range(end + 1, len(texts)) if texts[i].strip()]
    shown: set[str] = set()
    if tail:  # (the text's short lines: a link repeats a heading or a list's entry)
        shown = {_norm(t) for t in texts[start : end + 1] if t and len(t) <= REPEAT_MAX_CHARS}

    def kept(text: str) -> bool:
        return _keep(text, False, text in repeated) or is_chrome_label(text)

    def repeats(k: int) -> bool:
        return k < len(tail) and _words(texts[tail[k]]) >= 3 and _norm(texts[tail[k]]) in shown

    anchor = next(
        (
            i
            for k, i in enumerate(tail)
            if is_chrome_label(texts[i])
            or _END_MARK.match(texts[i].strip())
            or (repeats(k) and repeats(k + 1))
        ),
        None,
    )
    # A run of the site's menu entries under the release (``tail_menus``) starts the
    # tail too, where no chrome label stood above it.
    # (Only a run above the anchor can move it: the walk stops there, and stops at the
    # first run.)
    menu = menu_start(
        texts,
        tail,
        lambda text: _keep(text, False, text in repeated),
        _ends_sentence,
        is_chrome_label,
        before=anchor,
    )
    if menu is not None:
        anchor = menu
    # (A captioned box of other pages' headlines under the release is the site's, above
    # the first chrome label too: ``link_boxes``. Its own lines only.)
    taken.extend(
        box_lines(texts, tail if anchor is None else [i for i in tail if i < anchor], kept)
    )
    if anchor is not None:
        card: set[int] = set()
        for k, i in enumerate(tail):
            # (Both rules read a few lines under ``i``: a window, not the rest of the
            # tail, or a long footer of short lines costs a copy per line.)
            following = tail[k : k + 1 + max(CONTACTS_REACH, CARD_MAX_LINES)]
            if i < anchor or i in card or _heads_contacts(texts, following):
                continue
            if lines := contact_card(texts, following):
                card.update(lines)  # (the release's contacts: heading, names, numbers)
                continue
            if _keep(texts[i], False, texts[i].strip() in repeated):
                continue
            taken.append(i)
    taken.extend(link_bar_lines(texts, 0, start))
    taken.extend(link_bar_lines(texts, end + 1, len(texts)))
    taken.extend(trail_lines(texts, start))
    taken.extend(i for i, text in enumerate(texts) if "[" in text and _IMAGE_NAME.match(text))
    return taken, end + 1


# A text browser's placeholder for a picture with no caption: its file's name in
# brackets, alone on a line ("[f0038945]", "[press-photo-215x300]", "[icon_top]"). A
# name with a figure, an underscore or a hyphen inside is a file's, never a word of the
# release (whose bracketed lines are marks: "[ends]", "[Inaudible]", "[12]"): in a page
# copied as text it is the site's, wherever it stands.
_IMAGE_NAME = lazy(r"^\s*\[(?=[^\]]*[^\W\d_])(?=[^\]]*[\d_-])[\w.-]{6,60}\]\s*$")


# A bulleted line: its mark, then the entry (a browser or a converter prints a list's
# items so, each on its own line; a deeper list is indented further).
_BULLET_LINE = re.compile(r"^(\s*)[-*•+·▪◦□○●–]\s+(?=\S)")
LINK_ENTRY_MAX_WORDS = 10  # a link's label: a name or another page's headline
LINK_BAR_MIN_ENTRIES = 2


def link_bar_lines(texts: list[str], lo: int = 0, hi: int | None = None) -> list[int]:
    """Lines (of ``texts[lo:hi]``) of bulleted lists whose every entry is a link's label
    (a few words, no sentence's end, no figure) and one of them a control or platform
    every site prints ("Share", "Print", "Facebook", "Contact us"): a share bar, a
    footer's links. On any site such a list is the page's own tools; a release's lists
    say something of their own (measures, findings, names with their roles) and name no
    platform or control. The short line right above such a list is its caption ("Share
    this page", "About the site"): the site's too, or it would head nothing. The caller
    looks outside the release's paragraphs only."""
    out: list[int] = []
    for run, entries in _bullet_runs(texts, lo, len(texts) if hi is None else hi):
        if len(entries) < LINK_BAR_MIN_ENTRIES or not _link_bar(entries):
            continue
        out.extend(run)
        above = run[0] - 1
        while above >= lo and not texts[above].strip():
            above -= 1
        if above >= lo and _caption(texts[above]):
            out.append(above)
    return out


CAPTION_MAX_WORDS = 4


def _caption(text: str) -> bool:
    """A list's caption: a few words, no sentence, no figure, no mark of an entry of its
    own, and nothing a release prints anywhere (a date, a contact line: ``_keep``)."""
    stripped = text.strip()
    return (
        _words(stripped) <= CAPTION_MAX_WORDS
        and not any(ch.isdigit() for ch in stripped)
        and _BULLET_LINE.match(text) is None
        and not _SENTENCE_END.search(stripped[-6:])
        and not _keep(stripped, head=False)
    )


def trail_lines(texts: list[str], start: int) -> list[int]:
    """Lines of a bulleted breadcrumb above the release's first paragraph (``start``):
    a list of link labels whose last entry is the page's own headline, printed again
    under it before the text ("Home", "News", "<the headline>"). A site's trail ends
    on the page it leads to; a release never lists its own title as a point."""
    out: list[int] = []
    runs = [r for r in _bullet_runs(texts, 0, start) if len(r[1]) >= LINK_BAR_MIN_ENTRIES]
    for run, entries in runs:
        if not all(_link_entry(e) for e in entries[:-1]):
            continue
        last = _norm(entries[-1])
        if _words(last) < TRAIL_HEADLINE_MIN_WORDS or _SENTENCE_END.search(last[-6:]):
            continue
        below = (t for t in texts[run[-1] + 1 : start] if t.strip())
        near = itertools.islice(below, TRAIL_REACH)
        if any(not _BULLET_LINE.match(t) and _norm(t) == last for t in near):
            out.extend(run)
    return out


TRAIL_HEADLINE_MIN_WORDS = 3  # (one or two words may be a section's name: a kicker)
# Lines under the trail where the headline stands (a kicker, a share bar between);
# bounds the look, however many menus a page prints above its text.
TRAIL_REACH = 30


def _bullet_runs(texts: list[str], lo: int, hi: int) -> list[tuple[list[int], list[str]]]:
    """Bulleted lists in ``texts[lo:hi]`` as (line indices, entries): runs of bulleted
    lines, blank lines between them allowed, a line indented under an entry's words
    right below it carrying it on. (Under a blank line, an unmarked line is a box of
    its own: a picture's caption, a teaser's text.)"""
    runs: list[tuple[list[int], list[str]]] = []
    run: list[int] = []
    entries: list[str] = []
    indent = -1  # where the last entry's words start: a deeper line carries it on
    for i in range(lo, hi):
        text = texts[i]
        if not text.strip():
            continue  # (a loose list prints a blank line between its items)
        mark = _BULLET_LINE.match(text)
        if mark is not None:
            run.append(i)
            entries.append(text[mark.end() :].strip())
            indent = mark.end()
            continue
        lead = len(text) - len(text.lstrip())
        if entries and lead >= indent and i - 1 == run[-1]:
            run.append(i)  # (an entry wrapped, or its label printed again under it)
            entries[-1] += " " + text.strip()
            continue
        if entries:
            runs.append((run, entries))
        run, entries, indent = [], [], -1
    if entries:
        runs.append((run, entries))
    return runs


def _link_entry(entry: str) -> bool:
    """A link's label: a few words, no sentence's end, no figure (dates, amounts, a
    ticker's headline are never only a label), no address (a contact list's line)."""
    from briefing.ingest import patterns as P

    return (
        _words(entry) <= LINK_ENTRY_MAX_WORDS
        and not _SENTENCE_END.search(entry[-6:])
        and not any(ch.isdigit() for ch in entry)
        and "@" not in entry
        and not P.CONTACT_LINE.search(entry)
    )


def _link_bar(entries: list[str]) -> bool:
    return all(map(_link_entry, entries)) and any(map(is_chrome_label, entries))


# A page's update stamp, printed by its footer: "Last updated: 7 May 2025", "Dernière
# mise à jour 28.02.2022", "Stand: 12.03.2024", "Última actualización: 3 de mayo de 2024",
# "Letzte Änderung 14.02.2019", "Last Update: June 15, 2022".
_STAMP_MAX_CHARS = 80
_UPDATED = lazy(
    r"^(?:(?:page )?last (?:updated?|modified|reviewed)(?: on)?|page updated(?: on)?|"
    r"updated on|dernière mise à jour(?: le)?|mis(?:e)? à jour le|"
    r"última (?:actualización|modificación|atualização)|actualizado el|"
    r"zuletzt (?:aktualisiert|geändert)(?: am)?|letzte (?:änderung|aktualisierung)(?: am)?|"
    r"aktualisiert am|stand(?: vom)?|laatst (?:gewijzigd|bijgewerkt)(?: op)?|"
    r"ultimo aggiornamento|aggiornato il)"
    r"\s*:?\s*",
    re.I,
)


# The same stamp as East Asian pages print it at their head ("更新日:2022年8月31日",
# "最終更新日", "更新时间", "수정일"), and the Greek and Portuguese labels.
_UPDATED_MORE = re.compile(
    r"^\W*(?:最終)?更新(?:日(?:付|時)?|时间|日期)|^\W*(?:최종\s*)?수정일|"
    r"^(?:τελευταία ενημέρωση|ενημερώθηκε|atualizado em)",
    re.I,
)


def is_update_stamp(text: str) -> bool:
    """``text`` is a page's update stamp ("Last updated: 7 May 2025", "更新日:..."): the
    day the page last changed, which is never before the release and often after it."""
    stripped = text.strip()
    return bool(_UPDATED.match(stripped) or _UPDATED_MORE.match(stripped))


def page_updated(texts: list[str], tail: int) -> str:
    """The ISO date of a web page's update stamp after the release's last paragraph, or
    "". When the release prints no dateline, the date its page states beats one guessed
    from its text (its paragraphs mention the dates of other events)."""
    for text in texts[tail:]:
        if updated := stamp_date(text):
            return updated
    return ""


def stamp_date(text: str, alone: bool = False) -> str:
    """The ISO date of ``text`` when it is a page's update stamp ("Stand: 12.03.2024"),
    or "". With ``alone``, the stamp and its date must be the whole line."""
    from briefing.ingest.dates import find_date

    stripped = text.strip()
    stamp = _UPDATED.match(stripped) if 0 < len(stripped) <= _STAMP_MAX_CHARS else None
    if stamp is None:
        return ""
    rest = stripped[stamp.end() :]
    found = find_date(rest)
    if found is None or (alone and (found.start != 0 or rest[found.end :].strip(" .,)"))):
        return ""
    return found.iso() or ""


def _unhyphened(text: str) -> str:
    """``text`` without soft hyphens (U+00AD): a page's hints where a word may break,
    which a browser's copy keeps inside the words ("Kon\u00adtakt", "Dru\u00adcken").
    They are no part of the word, so labels and entries are compared without them."""
    return text.replace("\xad", "") if "\xad" in text else text


def take_web_chrome(extracted: Extracted) -> None:
    """Blank the site chrome of a page copied as text and list it in ``dropped``; note
    the page's update stamp as its date (the release's own dateline still wins)."""
    lines = extracted.lines
    texts = [_unhyphened(line.text) if not (line.style or line.label) else "" for line in lines]
    taken, tail = _chrome(texts)
    if taken and "date" not in extracted.metadata:
        updated = page_updated(texts, tail)
        if updated:
            extracted.metadata["date"] = updated
    if not any("\f" in text for text in texts):  # (paged text repeats its page furniture)
        taken = sorted(set(taken).union(repeated_menu_lines(texts)))
    for i in taken:
        extracted.dropped.append(("navigation", lines[i].text.strip()))
        lines[i].text = ""
    _take_script_notices(extracted)


def _take_script_notices(extracted: Extracted) -> None:
    """A site's notice about scripts wherever a page's text keeps it (a scraper's text
    has no other chrome to go by): blanked and listed, so it neither heads the release
    nor joins the dateline printed under it into one block."""
    for line in extracted.lines:
        text = line.text
        if len(text) < 6 or line.style or line.label:
            continue  # (half the lines of a text are blank: no look at all)
        # (Cheap look first: "JavaScript", "Javascript", "browser", "누리집", "도메인".)
        if (
            "avaScript" not in text
            and "rowser" not in text
            and (text.isascii() or ("누리집" not in text and "도메인" not in text))
        ):
            continue
        stripped = text.strip()
        if _words(stripped) > SCRIPT_NOTICE_MAX_WORDS:
            continue
        if _SCRIPT_NOTICE.search(stripped) or _GOV_BANNER.search(stripped):
            extracted.dropped.append(("navigation", stripped))
            line.text = ""
