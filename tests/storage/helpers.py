"""Builders and hypothesis strategies for storage tests (projects made by hand, no ingest)."""

from __future__ import annotations

import hashlib

from hypothesis import strategies as st

from briefing.model import (
    Anchor,
    Annotation,
    Brief,
    BriefHeader,
    BriefParagraph,
    BriefSection,
    Node,
    Project,
    Release,
    Removed,
    SourceInfo,
    Suggestion,
)
from briefing.model.brief import SECTION_KEYS

SAMPLE_TEXT = (
    "Joint Statement on the Korean Peninsula\n"
    "Seoul, 7 December 2021\n"
    "1. The Ministers met in Seoul to discuss regional security.\n"
    "- They welcomed the progress made since the last meeting.\n"
    "2. 양국 장관은 한반도의 평화와 안정을 위해 긴밀히 협력하기로 하였다.\n"
    "3. Министры договорились о следующей встрече в 2022 году.\n"
)


def paragraph_nodes(text: str) -> Node:
    """A root whose children are the text's lines (enough structure for storage tests)."""
    root = Node("root", "root", start=0, end=len(text))
    offset = 0
    for i, line in enumerate(text.split("\n")):
        if line:
            root.children.append(
                Node(f"p{i}", "paragraph", start=offset, end=offset + len(line), body_start=offset)
            )
        offset += len(line) + 1
    return root


def sample_project(text: str = SAMPLE_TEXT, annotations: int = 3) -> Project:
    release = Release(
        id="r1",
        text=text,
        root=paragraph_nodes(text),
        source=SourceInfo(
            path="statement.txt",
            format="txt",
            sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
            original=text.encode("utf-8", "surrogatepass"),
        ),
        title="Joint Statement on the Korean Peninsula",
        date="2021-12-07",
        language="en",
    )
    release.root.children[1].summary = "Met in Seoul."
    release.root.children[1].tags = ["Key point"]
    release.root.children[1].include_in_brief = True
    project = Project(releases=[release], created="2021-12-07T10:00:00+00:00")
    spans = [(m, m + 8) for m in range(45, 45 + 40 * annotations, 40)]
    for i, (start, end) in enumerate(spans):
        end = min(end, len(text))
        start = min(start, end)
        project.annotations.append(
            Annotation(f"a{i}", "r1", Anchor.from_text(text, start, end), body=f"note {i}")
        )
    project.brief.header.subject = "Korea: ministers meet"
    project.brief.section("summary").paragraphs.append(
        BriefParagraph("Ministers met.", cites=[("r1", "p2")])
    )
    project.view_state = {"selected": "p2", "tab": "source"}
    return project


# --------------------------------------------------------------------------- strategies

# Any script, control characters, and (sometimes) lone surrogates: JSON must carry them all.
any_text = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=60
) | st.text(max_size=60)
small_text = st.text(max_size=20)
tags = st.lists(
    st.sampled_from(["Key point", "Background", "Action", "요점", "Цитата"]), max_size=3
)
json_scalars = st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=10)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def nodes(draw, text_len: int, depth: int = 0, index: int = 0, prefix: str = "n") -> Node:
    start = draw(st.integers(0, text_len))
    end = draw(st.integers(start, text_len))
    children = []
    if depth < 2:
        count = draw(st.integers(0, 3))
        children = [draw(nodes(text_len, depth + 1, k, f"{prefix}{index}.")) for k in range(count)]
    return Node(
        id=f"{prefix}{index}",
        kind=draw(st.sampled_from(["paragraph", "item", "heading", "quote", "footnote"])),
        label=draw(st.sampled_from(["", "1.", "-", "*", "□", "가."])),
        start=start,
        end=end,
        body_start=draw(st.integers(start, end)),
        children=children,
        summary=draw(small_text),
        tags=draw(tags),
        include_in_brief=draw(st.booleans()),
        attrs=draw(st.dictionaries(st.sampled_from(["speaker", "ref"]), small_text, max_size=2)),
    )


@st.composite
def releases(draw, release_id: str) -> Release:
    text = draw(any_text)
    root = Node(
        "root",
        "root",
        end=len(text),
        children=draw(st.lists(nodes(len(text)), max_size=3).map(_renumber)),
    )
    original = draw(st.none() | st.binary(max_size=40))
    return Release(
        id=release_id,
        text=text,
        root=root,
        source=SourceInfo(
            path=draw(small_text),
            format=draw(st.sampled_from(["txt", "html", "docx", "pdf"])),
            sha256=hashlib.sha256(original).hexdigest() if original is not None else "",
            url=draw(small_text),
            encoding=draw(st.sampled_from(["", "utf-8", "cp949"])),
            original=original,
        ),
        title=draw(small_text),
        subtitle=draw(small_text),
        issuer=draw(small_text),
        date=draw(st.sampled_from(["", "2021-12-07"])),
        place=draw(small_text),
        symbol=draw(small_text),
        category=draw(small_text),
        language=draw(st.sampled_from(["", "en", "ko", "fr", "ru", "ar"])),
        removed=draw(st.lists(st.builds(Removed, small_text, small_text), max_size=2)),
        suggestions=draw(
            st.lists(
                st.builds(
                    Suggestion,
                    st.sampled_from(["glued-words", "hard-wrap"]),
                    st.integers(0, len(text)),
                    st.integers(0, len(text)),
                    small_text,
                    small_text,
                ),
                max_size=2,
            )
        ),
    )


def _renumber(children: list[Node]) -> list[Node]:
    # Top-level ids must differ between siblings drawn independently.
    for i, child in enumerate(children):
        for node in child.walk():
            node.id = f"c{i}-{node.id}"
    return children


@st.composite
def annotations_for(draw, release: Release, index: int) -> Annotation:
    start = draw(st.integers(0, len(release.text)))
    end = draw(st.integers(start, len(release.text)))
    return Annotation(
        id=f"a{release.id}-{index}",
        release_id=release.id,
        anchor=Anchor.from_text(release.text, start, end),
        body=draw(any_text),
        tags=draw(tags),
        author=draw(small_text),
        created=draw(st.sampled_from(["", "2021-12-07T10:00:00+00:00"])),
        modified=draw(st.sampled_from(["", "2021-12-08T11:00:00+00:00"])),
        orphaned=False,
    )


@st.composite
def briefs(draw) -> Brief:
    header = BriefHeader(
        to=draw(small_text),
        from_=draw(small_text),
        date=draw(small_text),
        subject=draw(any_text),
        classification=draw(st.sampled_from(["UNCLASSIFIED", "PROTECTED A", "SECRET"])),
        file_number=draw(small_text),
        purpose=draw(st.sampled_from(["information", "decision"])),
    )
    keys = draw(st.lists(st.sampled_from(SECTION_KEYS), unique=True, max_size=len(SECTION_KEYS)))
    sections = [
        BriefSection(
            key,
            draw(
                st.lists(
                    st.builds(
                        BriefParagraph,
                        any_text,
                        st.lists(st.tuples(small_text, small_text), max_size=2),
                        st.booleans(),
                    ),
                    max_size=3,
                )
            ),
        )
        for key in keys
    ]
    return Brief(header=header, sections=sections, reviewed=draw(st.booleans()))


@st.composite
def projects(draw) -> Project:
    count = draw(st.integers(0, 3))
    rels = [draw(releases(f"r{i}")) for i in range(count)]
    annotations = []
    for release in rels:
        n = draw(st.integers(0, 4))
        annotations += [draw(annotations_for(release, k)) for k in range(n)]
    # An orphan keeps an anchor that need not fit the text; it must survive untouched.
    if rels and draw(st.booleans()):
        annotations.append(
            Annotation(
                "orphan", rels[0].id, Anchor(10**6, 10**6 + 3, "gone", "pre", "suf"), orphaned=True
            )
        )
    return Project(
        releases=rels,
        annotations=annotations,
        brief=draw(briefs()),
        tag_names=draw(st.lists(small_text, max_size=5)),
        created=draw(small_text),
        modified=draw(small_text),
        view_state=draw(st.dictionaries(st.text(max_size=8), json_values, max_size=4)),
    )
