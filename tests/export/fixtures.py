"""Hand-built releases and projects for export tests (no reader involved).

``sample_release()`` mirrors resources/samples/sample-release.txt (title, subtitle between
dashes, numbered paragraphs with "-" items, a "*" footnote) plus a Korean paragraph and a
contact line; ``sample_project()`` adds summaries and staff annotations.
"""

from __future__ import annotations

from briefing.model import Anchor, Annotation, Node, Project, Release, SourceInfo


class ReleaseBuilder:
    """Appends printed units to a text and records their nodes with exact offsets."""

    def __init__(self) -> None:
        self.text = ""
        self.root = Node(id="root", kind="root")
        self.count = 0

    def add(self, kind: str, body: str, label: str = "", parent: Node | None = None) -> Node:
        self.count += 1
        start = len(self.text)
        printed = f"{label} {body}" if label else body
        self.text += printed + "\n\n"
        node = Node(
            id=f"n{self.count}",
            kind=kind,
            label=label,
            start=start,
            end=start + len(printed),
            body_start=start + len(printed) - len(body),
        )
        (parent or self.root).children.append(node)
        self.root.end = len(self.text)
        return node

    def release(self, release_id: str = "r1", **meta: object) -> Release:
        return Release(id=release_id, text=self.text, root=self.root, **meta)


KOREAN = (
    "부산 선언은 국제해사기구(IMO)에 참고 문서로 제출될 예정이며, "
    "한국은 역내 수색구조 훈련 기금 기여를 두 배로 늘린다."
)


def sample_release(release_id: str = "r1") -> Release:
    b = ReleaseBuilder()
    b.add("title", "2026 Busan Ministerial Conference on Maritime Security Cooperation Opens")
    b.add("subtitle", "- Busan Declaration on Safe Sea Lanes and Search and Rescue "
          "Cooperation Adopted –")
    b.add("dateline", "Seoul, 24 November 2026")
    p1 = b.add("paragraph", "The 2026 Busan Ministerial Conference on Maritime Security "
               "Cooperation, held for two days on Nov. 24-25, opened on Tuesday morning, "
               "Nov. 24, at the BEXCO convention centre in Busan. The opening session began "
               "with a welcome address by Mayor of Busan Park Seo-yeon.", label="1.")
    item = b.add("item", "Some 40 delegations attended the opening, including the three "
                 "Vice-Ministers* of the co-hosting countries.", label="-", parent=p1)
    b.add("footnote", "Ms. Amelia Hart (Australia), Mr. Rafael Ortiz (Chile) and "
          "Ms. Nadia Rahman (Indonesia)", label="*", parent=item)
    p2 = b.add("paragraph", "Minister Lee said, “No single country can keep the sea lanes "
               "of the Indo-Pacific open on its own.” He added that Korea will share its "
               "maritime domain awareness data with partners on a reciprocal basis.",
               label="2.")
    b.add("item", "Minister Lee also announced that Korea will double its contribution to "
          "the regional search and rescue training fund over the next three years.",
          label="-", parent=p2)
    b.add("item", "He called on the participants to conclude the negotiations on the joint "
          "incident-reporting protocol by the end of 2027.", label="-", parent=p2)
    b.add("paragraph", "Minister Choi stressed that illegal, unreported and unregulated "
          "fishing threatens food security and proposed a common inspection checklist "
          "for port states.", label="3.")
    p4 = b.add("paragraph", "Meanwhile, the participating countries adopted the Busan "
               "Declaration on Safe Sea Lanes and Search and Rescue Cooperation, which sets "
               "out five principles for cooperation at sea.", label="4.")
    b.add("item", "The Declaration commits the participants to exchange information on "
          "distress incidents within one hour.", label="-", parent=p4)
    b.add("paragraph", KOREAN, label="5.")
    b.add("paragraph", "The conference continues on Nov. 25 with two working sessions and "
          "closes with a joint press conference.", label="6.")
    b.add("contact", "Press contact: Maritime Affairs Division, +82 2 2100 0000")
    return b.release(
        release_id,
        title="2026 Busan Ministerial Conference on Maritime Security Cooperation Opens",
        subtitle="- Busan Declaration on Safe Sea Lanes and Search and Rescue "
        "Cooperation Adopted –",
        issuer="Ministry of Foreign Affairs",
        date="2026-11-24",
        place="Busan",
        language="en",
        source=SourceInfo(path="sample-release.txt", format="txt",
                          url="https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=999"),
    )


def annotate(release: Release, quote: str, body: str, ident: str, author: str = "J. Kim",
             occurrence: int = 0) -> Annotation:
    """An annotation on the ``occurrence``-th appearance of ``quote`` in the release."""
    start = -1
    for _ in range(occurrence + 1):
        start = release.text.index(quote, start + 1)
    return Annotation(
        id=ident, release_id=release.id,
        anchor=Anchor.from_text(release.text, start, start + len(quote)),
        body=body, author=author,
        created="2026-11-25T09:30:00+00:00", modified="2026-11-25T09:30:00+00:00",
    )


# (quote, comment) pairs: one in an item, one in Korean text, one across a paragraph end.
ANNOTATIONS = [
    ("double its contribution", "New money: check with the budget team."),
    ("국제해사기구(IMO)", "IMO submission: legal to confirm the status of the document."),
    ("five principles", "The five principles mirror the 2024 Manila statement."),
    ("Ms. Amelia Hart", "Hart leads for Australia; met the Minister in March."),
]


def sample_project() -> Project:
    """The sample release with summaries on paragraphs 1, 2 and 4 and four annotations."""
    release = sample_release()
    summaries = {
        "1.": "The Busan Ministerial Conference on Maritime Security opened on 24 November "
        "with some 40 delegations.",
        "2.": "Korea will share maritime domain awareness data and double its search and "
        "rescue training contribution.",
        "3.": "Korea proposed a common port-state inspection checklist against IUU fishing.",
        "4.": "Participants adopted the Busan Declaration: five principles for cooperation "
        "at sea.",
    }
    for node in release.nodes():
        if node.kind == "paragraph" and node.label in summaries:
            node.summary = summaries[node.label]
            node.include_in_brief = node.label != "3."
    annotations = [
        annotate(release, quote, body, f"a{i}", author="J. Kim" if i % 2 else "A. Lee")
        for i, (quote, body) in enumerate(ANNOTATIONS, start=1)
    ]
    return Project(releases=[release], annotations=annotations,
                   created="2026-11-25T09:00:00+00:00")


def big_release(paragraphs: int = 10_000) -> Release:
    """A long release: numbered paragraphs, every third with an item, for speed tests."""
    b = ReleaseBuilder()
    b.add("title", "Report of the Working Group on Maritime Cooperation")
    for i in range(1, paragraphs + 1):
        body = (f"Paragraph {i} records the views of delegations on the agenda item, including "
                "proposals for information sharing and joint exercises at sea.")
        if i % 3 == 0:
            parent = b.root.children[-1]
            b.add("item", body, label="-", parent=parent)
        else:
            b.add("paragraph", body, label=f"{i}.")
    return b.release("big", title="Report of the Working Group on Maritime Cooperation",
                     issuer="Secretariat", date="2026-11-24")
