"""A number glued to a word of Thai ("5.นาย...") is a list label, as "5. นาย..." is.

Thai has no capitals, so the rule that reads "1.The Committee" (a capital after the
point) cannot see it; a figure has a digit after its point, never a Thai letter."""

from briefing.ingest.patterns import match_label


def test_number_glued_to_thai_word_is_a_label_of_the_spaced_family() -> None:
    glued = match_label("3.ตรวจสอบเอกสารประกอบ")
    spaced = match_label("2. ตรวจสอบรายชื่อ")
    assert glued is not None and spaced is not None
    assert (glued.label, glued.body_offset) == ("3.", 2)
    assert glued.family == spaced.family == "decimal."


def test_leading_vowel_opens_a_glued_thai_item_too() -> None:
    found = match_label("1.เพิ่มช่องทางติดต่อ")
    assert found is not None and found.label == "1."


def test_figures_before_thai_text_stay_figures() -> None:
    figure = match_label("12.5 ล้านบาท")
    assert figure is None or figure.label != "12."
    assert match_label("2567 ปีงบประมาณ") is None
