"""A bracketed label glued to its paragraph's first word ("(b)Expeditious ...") is the
paragraph's label, as "1.The Committee" is, and of the family its spaced neighbours have."""

from briefing.ingest import release_from_text
from briefing.ingest.patterns import match_label


def test_glued_letter_number_and_roman_in_brackets_are_labels() -> None:
    for text, label, family in [
        ("(b)Timely settlement of every trade.", "(b)", "(alpha)"),
        ("(5)The Ministry asks for a review.", "(5)", "(decimal)"),
        ("(iv)Generally, output grew less than forecast.", "(iv)", "(roman)"),
        ("(c)A member may withdraw.", "(c)", "(alpha)"),
    ]:
        found = match_label(text)
        assert found is not None, text
        assert (found.label, found.family, found.body_offset) == (label, family, len(label))


def test_glued_label_keeps_figures_and_lowercase_out() -> None:
    assert match_label("(a)1990 figures") is None
    lowercase = match_label("(2)and so on")
    assert lowercase is None or lowercase.family != "(decimal)"


def test_glued_item_joins_its_spaced_list() -> None:
    text = (
        "The Board asked the staff for three things:\n\n"
        "(1) A note on the outlook for prices over the year.\n\n"
        "(2) A review of the collateral rules for the facility.\n\n"
        "(3)An estimate of the cost of the new operations.\n"
    )
    release = release_from_text(text)
    labelled = [n for n in release.nodes() if n.label]
    assert [n.label for n in labelled] == ["(1)", "(2)", "(3)"]
    # siblings, one level: "(3)" is not read as a sub-item of "(2)"
    assert not any(c.label for n in labelled for c in n.children)
