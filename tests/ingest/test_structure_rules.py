"""Structure rules on small releases written for these tests, including the known traps."""

from __future__ import annotations

from briefing.ingest import release_from_text
from tests.ingest.helpers import lost_words


def outline(text: str):
    return release_from_text(text)


def labels(nodes) -> list[str]:
    return [n.label for n in nodes]


def test_breadcrumb_one_home_is_not_paragraph_one():
    text = (
        "1. Home\n2. News\n3. Statements\n\n"
        "Minister Welcomes Trade Agreement\n\n"
        "1. The Minister welcomed the signing of the agreement on Monday in Geneva.\n\n"
        "2. The agreement enters into force next year after ratification by both parties.\n"
    )
    release = outline(text)
    assert release.title == "Minister Welcomes Trade Agreement"
    paragraphs = [n for n in release.root.children if n.kind == "paragraph"]
    assert labels(paragraphs) == ["1.", "2."]
    assert release.node_text(paragraphs[0]).startswith("The Minister welcomed")
    assert not lost_words(text, release)


def test_unofficial_translation_star_is_a_note():
    text = (
        "Ministers Meet in Lisbon\n\n1. The ministers met in Lisbon and discussed the summit.\n\n"
        "* unofficial translation\n"
    )
    release = outline(text)
    assert release.root.children[-1].kind == "note"
    assert not [n for n in release.nodes() if n.kind == "footnote"]


def test_footnote_goes_to_the_paragraph_with_its_marker_even_if_printed_later():
    text = (
        "Conference Opens in Nairobi\n\n"
        "1. Delegations from forty States** attended the opening of the conference today.\n\n"
        "2. The Special Envoy* briefed the participants on the situation in the region.\n\n"
        "* Ms. Ana Lima, Special Envoy for the Great Lakes\n\n"
        "** Including the members of the Bureau\n"
    )
    release = outline(text)
    p1, p2 = [n for n in release.root.children if n.kind == "paragraph"]
    assert [c.kind for c in p2.children] == ["footnote"]
    assert release.node_text(p2.children[0]).startswith("Ms. Ana Lima")
    assert [c.label for c in p1.children] == ["**"]


def test_numbering_families_nest_by_first_appearance():
    text = (
        "Council Conclusions on the Sahel\n\n"
        "1. The Council adopted conclusions on the situation in the Sahel region today.\n\n"
        "(a) It condemned the attacks against civilians in the border areas.\n\n"
        "- including the attack on the market of the capital\n\n"
        "(b) It called for an inclusive political transition.\n\n"
        "2. The Council will return to the matter at its next meeting in March.\n"
    )
    release = outline(text)
    p1, p2 = [n for n in release.root.children if n.kind == "paragraph"]
    assert labels(p1.children) == ["(a)", "(b)"]
    assert labels(p1.children[0].children) == ["-"]
    assert p2.label == "2."


def test_korean_hierarchy_and_hangul_labels():
    text = (
        "한-프랑스 외교장관 회담 개최\n\n"
        "□ 강경화 외교부 장관은 3월 18일 프랑스 외교장관과 회담을 가졌습니다.\n\n"
        "○ 양 장관은 한반도 정세에 대해 의견을 교환하였습니다.\n\n"
        "- 장관은 프랑스의 지지를 요청하였습니다.\n\n"
        "○ 양측은 긴밀한 협력을 지속하기로 하였습니다.\n\n"
        "□ 이번 회담은 양국 관계 발전에 기여할 것으로 기대됩니다.\n"
    )
    release = outline(text)
    assert release.language == "ko"
    tops = [n for n in release.root.children if n.label == "□"]
    assert len(tops) == 2
    assert labels(tops[0].children) == ["○", "○"]
    assert labels(tops[0].children[0].children) == ["-"]
    assert not lost_words(text, release)


def test_hangul_letter_labels():
    text = "보도자료 제목입니다 오늘 발표\n\n가. 첫째 항목에 대한 설명입니다 오늘.\n\n나. 둘째 항목에 대한 설명입니다 오늘.\n"
    release = outline(text)
    assert [n.label for n in release.nodes() if n.label] == ["가.", "나."]


def test_text_cut_off_mid_word_is_kept():
    text = "Statement on the Elections\n\nThe Minister welcomed the peaceful conduct of the elec"
    release = outline(text)
    assert release.text.endswith("conduct of the elec")
    assert not lost_words(text, release)


def test_dash_framed_subtitle_and_french_dateline():
    text = (
        "Visite du ministre à Dakar\n\n- Signature d’un accord de coopération –\n\n"
        "Paris, le 3 mars 2024\n\n"
        "1. Le ministre s’est rendu à Dakar pour une visite de travail de deux jours.\n"
    )
    release = outline(text)
    assert release.title == "Visite du ministre à Dakar"
    assert release.subtitle == "Signature d’un accord de coopération"
    assert release.date == "2024-03-03"
    assert release.language == "fr"


def test_quote_block_with_speaker_line_after_it():
    text = (
        "Council Meets on Migration\n\n"
        '"We must act together, and we must act now to save lives at sea."\n\n'
        "Maria Silva, Minister for Foreign Affairs\n\n"
        "The Council discussed migration and adopted conclusions on the central route.\n"
    )
    release = outline(text)
    quote = [n for n in release.nodes() if n.kind == "quote"][0]
    assert quote.attrs["speaker"] == "Maria Silva, Minister for Foreign Affairs"


def test_contact_block_at_the_end():
    text = (
        "Press Release on the Summit\n\n"
        "The summit adopted a declaration on climate finance and adaptation today.\n\n"
        "Contacts:\n\nJane Doe\n\nPress Officer\n\nE-mail: jane.doe@example.org\n"
    )
    release = outline(text)
    contact = release.root.children[-1]
    assert contact.kind == "contact"
    assert "jane.doe@example.org" in release.text[contact.start : contact.end]


def test_empty_paste_gives_an_empty_outline_or_error():
    import pytest

    from briefing.ingest import ReleaseReadError

    with pytest.raises(ReleaseReadError):
        outline("   \n\n ")
