"""A photo gallery or carousel: several pictures shown one at a time in a slider.

Sites set galleries in or under an article ("Galerie", "1 of 12", a slideshow of the
event's photos) and carousels of their other stories ("Latest news", a row of video
thumbnails) in a box their template names for the widget that turns it: "gallery",
"carousel", "slider", "slideshow", or the script library's name ("swiper", "slick",
"splide", "glide", "flickity"). Its lines are the slides' captions and credits, one per
picture, or the headlines of the site's other pages: the site's widget, not the
release's paragraphs. A single picture is the release's own (its caption stays a line
of the release, html_captions), so the box must hold three pictures or more; a box of
that name with fewer ("article-image-gallery" round the lead picture, a "swiper" of
job ads without pictures) stays for the other rules. The walker keeps a named box that
carries most of the release's prose (html_walk._carries_release).
"""

from __future__ import annotations

from briefing.ingest.readers.html_text import tokens, within_tag

# Class/id words of a slider widget, in the languages templates are written in.
_GALLERY_WORDS = frozenset(
    (
        "gallery",
        "galerie",
        "galeria",
        "galleria",
        "fotogalerie",
        "bildergalerie",
        "photogallery",
        "carousel",
        "slider",
        "slideshow",
        "swiper",
        "slick",
        "splide",
        "glide",
        "flickity",
    )
)
GALLERY_MIN_PICTURES = 3  # one picture is the release's; two may be its lead and a map


def gallery_box(el) -> bool:
    """True when ``el`` is a gallery or carousel box holding three pictures or more."""
    if tokens(el).isdisjoint(_GALLERY_WORDS):
        return False
    pictures = 0
    for img in el.iter("img"):
        # A lazy-loading page repeats each picture in <noscript>: count it once.
        if within_tag(img, "noscript", el):
            continue
        pictures += 1
        if pictures >= GALLERY_MIN_PICTURES:
            return True
    return False
