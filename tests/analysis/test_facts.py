import json

from briefing.analysis import key_facts
from briefing.cli import main
from briefing.ingest import load_release

SEVEN = {
    "Moon Jae-in": ("President", ""),
    "Antonio Guterres": ("Secretary-General", "UN"),
    "Chung Eui-yong": ("Minister of Foreign Affairs", ""),
    "Suh Wook": ("Minister of National Defense", ""),
    "Jean-Pierre Lacroix": ("Under-Secretary-General", "UN Department of Peacekeeping Operations"),
    "Atul Khare": ("Under-Secretary-General", "UN Department of Operational Support"),
    "Catherine Pollard": (
        "Under-Secretary-General",
        "UN Department of Management Strategy, Policy and Compliance",
    ),
}


def test_seed_people_with_roles(seed_path):
    release = load_release(seed_path)
    facts = key_facts(release)
    assert {p.name: (p.role, p.organisation) for p in facts.people} == SEVEN
    chung = facts.person("Chung Eui-yong")
    assert chung.display == "Minister of Foreign Affairs Chung Eui-yong"
    assert {"Foreign Minister Chung", "Minister Chung"} <= {m.text for m in chung.mentions}
    for person in facts.people:
        for m in person.mentions:
            assert release.text[m.start : m.end] == m.text and m.node_id


def test_seed_quotes_of_chung(seed_path):
    facts = key_facts(load_release(seed_path))
    assert len(facts.quotes) == 5
    assert {q.person for q in facts.quotes} == {"Chung Eui-yong"}
    assert any(q.text == "peace is not free" for q in facts.quotes)


def test_seed_ministerial_dates(seed_path):
    facts = key_facts(load_release(seed_path))
    ranges = [d for d in facts.dates if d.text == "Dec. 7-8"]
    assert ranges and all(d.iso == "2021-12-07" and d.iso_end == "2021-12-08" for d in ranges)
    assert all("Seoul UN Peacekeeping Ministerial" in d.event for d in ranges)


def test_corpus_runs_and_is_deterministic(shared_dir):
    for path in sorted((shared_dir / "corpus").glob("*.txt")):
        release = load_release(path)
        first = key_facts(release).to_dict()
        assert first == key_facts(load_release(path)).to_dict()
        json.dumps(first)


def test_corpus_highlights(shared_dir):
    corpus = shared_dir / "corpus"
    mogherini = key_facts(load_release(next(corpus.glob("19_*.txt"))))
    assert {q.person for q in mogherini.quotes} == {"Federica Mogherini"}
    khiari = key_facts(load_release(next(corpus.glob("09_*.txt")))).people[0]
    assert khiari.name == "Khaled Khiari" and khiari.role.startswith("Assistant Secretary-General")


def test_cli_facts(seed_path, capsys):
    assert main(["facts", str(seed_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["people"]) == 7
    assert main(["facts", str(seed_path)]) == 0
    assert "Minister of Foreign Affairs Chung Eui-yong" in capsys.readouterr().out
    assert main(["facts", str(seed_path.parent / "missing.txt")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
