"""`briefing export PROJECT.briefing|RELEASE -o NOTE.docx|NOTE.md|NOTE.pdf`.

A project exports its brief as staff left it (drafted first if it is still empty); a
release file given directly gets a brief drafted from its structure.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

PROJECT_SUFFIX = ".briefing"
EXIT_OK = 0
EXIT_INPUT = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", metavar="PROJECT|RELEASE",
                        help="a .briefing project file, or a release file "
                        "(txt, md, html, docx, pdf)")
    parser.add_argument("-o", "--output", required=True, metavar="NOTE",
                        help="the note to write: .docx, .md (Markdown) or .pdf (via LibreOffice)")
    parser.add_argument("--template", metavar="T.docx",
                        help="a house template (.docx or .dotx); default: the bundled one")
    parser.add_argument("--no-annex", action="store_true",
                        help="leave out Annex A (the release text)")
    parser.add_argument("--working-copy", action="store_true",
                        help="a working copy for colleagues: staff annotations go in as Word "
                             "comments (a note to send leaves them out)")
    parser.add_argument("--no-comments", action="store_true",
                        help="leave out the staff annotations even in a working copy")
    parser.add_argument("--house", metavar="FORMAT",
                        help="house format: standard, canada, uk, us or australia (section "
                             "order, headings, decision block); default: the template's "
                             "BriefingHouse property, else standard")
    parser.add_argument("--decide-by", metavar="WHEN", default="",
                        help="a note for decision: the decision date or timing, as it should "
                             "read ('30 November 2026, before the summit')")
    parser.add_argument("--purpose", choices=("information", "decision"),
                        help="a note for information or for decision (default: the brief's; "
                             "information for a release file)")
    parser.add_argument("--reviewed", action="store_true",
                        help="you have reviewed the note: export it without the DRAFT mark "
                             "(a project's brief can also be marked reviewed in the app)")
    parser.add_argument("--classification", metavar="TEXT",
                        help="classification marking, e.g. 'PROTECTED A' (overrides the brief)")
    from briefing.export.labels import LANGUAGES  # a small table: no heavy import

    parser.add_argument("--language", choices=LANGUAGES, default="en",
                        help="the note's own words (labels, headings, title, and the "
                             "sentences a draft writes itself): "
                             + ", ".join(LANGUAGES) + "; the release's text stays as written")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4",
                        help="paper size (default: a4)")


def run(args: argparse.Namespace) -> int:
    from briefing.export import ExportError, ExportOptions, export_note

    try:
        project = _load(Path(args.input), args.purpose, args.language)
    except _InputError as error:
        print(f"briefing export: {error}", file=sys.stderr)
        return EXIT_INPUT
    options = ExportOptions(
        template=Path(args.template) if args.template else None,
        annex=not args.no_annex,
        comments=args.working_copy and not args.no_comments,
        classification=args.classification,
        paper=args.paper,
        house=args.house,
        decide_by=args.decide_by,
        reviewed=args.reviewed,
        language=args.language,
    )
    try:
        result = export_note(project, Path(args.output), options)
    except ExportError as error:
        print(f"briefing export: {error}", file=sys.stderr)
        return EXIT_INPUT
    for warning in result.warnings:
        print(f"briefing export: warning: {warning}", file=sys.stderr)
    if result.added_styles:
        print(f"briefing export: the template lacked {len(result.added_styles)} styles, added "
              f"from the default: {', '.join(result.added_styles)}", file=sys.stderr)
    print(result.path)
    return EXIT_OK


class _InputError(Exception):
    pass


def _load(path: Path, purpose: str | None = None, language: str = "en"):
    """A Project with a brief to export, from a project file or a release file.

    ``purpose`` ("information" | "decision") is set before drafting, so the draft's
    Purpose and Recommendation are worded for it; ``language`` is the note's, so the
    sentences the drafter writes itself are in the language of the note's labels.
    """
    from briefing.brief import draft_brief
    from briefing.model import Project

    if not path.exists():
        raise _InputError(f"{path}: no such file")
    if path.suffix.lower() == PROJECT_SUFFIX:
        project = _open_project(path)
        if purpose:
            project.brief.header.purpose = purpose
        if not _has_content(project):
            project.brief = draft_brief(project, language=language)
        return project
    try:
        from briefing.ingest import ReleaseReadError, load_release
    except ImportError as error:  # pragma: no cover - ingest is always shipped
        raise _InputError(f"{path.name}: release reading is not available ({error})") from error
    try:
        release = load_release(path)
    except ReleaseReadError as error:
        raise _InputError(str(error)) from error
    except ImportError as error:
        raise _InputError(f"{path.name}: release reading is not available yet ({error})") from error
    project = Project(releases=[release])
    if purpose:
        project.brief.header.purpose = purpose
    project.brief = draft_brief(project, language=language)
    return project


def _open_project(path: Path):
    try:
        from briefing.storage.projectfile import open_project
    except ImportError as error:
        raise _InputError(
            f"{path.name}: project files cannot be read by this build (briefing.storage is "
            f"missing: {error})"
        ) from error
    from briefing.storage.errors import ProjectFileError

    try:
        # Exporting only reads: an old-format file is upgraded in memory, not backed up.
        opened = open_project(path, keep_migration_backup=False)
    except ProjectFileError as error:
        raise _InputError(str(error)) from error
    for warning in opened.warnings:
        print(f"briefing export: {path.name}: {warning}", file=sys.stderr)
    return opened.project


def _has_content(project) -> bool:
    brief = project.brief
    return bool(brief.header.subject) or any(
        p.text.strip() for section in brief.sections for p in section.paragraphs
    )
