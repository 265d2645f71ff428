"""A release's source address is a hyperlink in the note only when it is a web address."""

from __future__ import annotations

import zipfile

import pytest

from briefing.export import ExportOptions, export_note, note_markdown
from briefing.export.links import markdown_autolink, web_link
from tests.export.conftest import NOW

HOSTILE = [
    "file:///etc/passwd",
    "\\\\attacker.example\\share\\x.docx",
    "javascript:alert(1)",
    "ms-word:ofe|u|https://attacker.example/x.docx",
    "https://",  # no host
]


@pytest.mark.parametrize("url", HOSTILE)
def test_only_web_addresses_are_links(url):
    assert web_link(url) is None
    assert not markdown_autolink(url).startswith("<")


def test_web_address_is_kept_and_its_breaking_characters_escaped():
    assert web_link(" https://example.org/a?b=1 ") == "https://example.org/a?b=1"
    assert web_link("https://example.org/a b>c") == "https://example.org/a%20b%3Ec"
    assert markdown_autolink("http://example.org/x>y") == "<http://example.org/x%3Ey>"


@pytest.mark.parametrize("url", HOSTILE[:3])
def test_note_prints_a_hostile_source_as_text_never_as_a_link(project, tmp_path, url):
    project.releases[0].source.url = url
    path = tmp_path / "note.docx"
    export_note(project, path, ExportOptions(now=NOW))
    with zipfile.ZipFile(path) as package:
        rels = package.read("word/_rels/document.xml.rels").decode("utf-8")
        body = package.read("word/document.xml").decode("utf-8")
    assert "TargetMode=\"External\"" not in rels
    assert "Source:" in body and "attacker" not in rels
    text = note_markdown(project, ExportOptions(now=NOW))
    assert f"<{url}>" not in text


def test_note_links_a_web_source(project, tmp_path):
    path = tmp_path / "note.docx"
    export_note(project, path, ExportOptions(now=NOW))
    with zipfile.ZipFile(path) as package:
        rels = package.read("word/_rels/document.xml.rels").decode("utf-8")
    assert 'Target="https://www.mofa.go.kr/' in rels and 'TargetMode="External"' in rels
