import textwrap

from briefing.analysis import apply_summary, bottom_line, suggest_summary
from briefing.analysis.textrank import pagerank
from briefing.ingest import load_release, release_from_text


def test_pagerank_prefers_the_hub():
    weights = [[0, 1, 1], [1, 0, 0], [1, 0, 0]]
    scores = pagerank(weights)
    assert scores[0] > scores[1] == scores[2]
    assert abs(sum(scores) - 1) < 1e-6


def test_seed_bottom_line_and_sections(seed_path):
    release = load_release(seed_path)
    line = bottom_line(release)
    assert "Dec. 7-8" in line.text and "Ministerial" in line.text
    assert len(textwrap.wrap(line.text, 90)) <= 4
    for s in line.sentences:
        assert " ".join(release.text[s.start : s.end].split()) in line.text or s.text.endswith("…")
    p4 = release.node("p4")
    draft = suggest_summary(release, p4)
    assert draft.node_id == "p4" and draft.text and draft.method == "textrank"
    assert all(p4.start <= s.start < 3400 for s in draft.sentences)


def test_deterministic(seed_path):
    a, b = load_release(seed_path), load_release(seed_path)
    assert bottom_line(a).to_dict() == bottom_line(b).to_dict()
    assert suggest_summary(a, a.node("p1")).to_dict() == suggest_summary(b, b.node("p1")).to_dict()


def test_never_overwrites_a_person(seed_path):
    release = load_release(seed_path)
    node = release.node("p2")
    node.summary = "Written by staff."
    assert not apply_summary(node, suggest_summary(release, node).text)
    assert node.summary == "Written by staff."
    assert apply_summary(node, "Chosen to replace.", replace=True)
    empty = release.node("p3")
    assert apply_summary(empty, "Accepted draft.") and empty.summary == "Accepted draft."


def test_other_languages_give_drafts():
    fr = release_from_text(
        "Communiqué\n\nLe ministre des Affaires étrangères a rencontré son homologue coréen à Paris "
        "le 18 mars. Les deux ministres ont discuté de la situation dans la péninsule coréenne. "
        "Ils ont salué la coopération entre la France et la Corée."
    )
    ko = release_from_text(
        "보도자료\n\n정의용 외교부 장관은 12월 7일 서울에서 열린 유엔 평화유지 장관회의 개막식에 참석했다. "
        "장관은 평화유지 활동에 대한 회원국의 지지를 요청했다. 회의는 이틀간 진행된다."
    )
    for release in (fr, ko):
        assert bottom_line(release).text
