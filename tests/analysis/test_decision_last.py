"""A committee's summary prints its decision last, after pages of discussion, often opening
on a participle ("Considering the lagged effects ..., the Committee decided to keep ...").
That decision is the note's bottom line and comes first in the Summary. Made-up release."""

from __future__ import annotations

from briefing.analysis.draft import draft_release
from briefing.ingest import release_from_text

PARAGRAPHS = [
    "In the first quarter of the year, the global growth outlook improved slightly while "
    "labour markets in advanced economies remained tight.",
    "Commodity prices rose in April and May, led by energy, while food prices fell back "
    "from their peak of the previous year.",
    "Domestic demand slowed in the first quarter as credit conditions tightened and real "
    "wages stopped rising after two years of gains.",
    "Services inflation remained sticky, and rents continued to rise faster than other "
    "prices in the consumer basket.",
    "Leading indicators point to a slowdown in the underlying trend of inflation in June, "
    "consistent with the projections in the May Inflation Report.",
    "Considering the lagged effects of the monetary tightening, the Committee decided to "
    "keep the policy rate unchanged at 50 percent, and remains attentive to inflation risks.",
    "The tight monetary stance will be maintained until a sustained decline in the "
    "underlying trend of monthly inflation is observed.",
]
RELEASE = "Summary of the Monetary Policy Committee Meeting\n\n" + "\n\n".join(
    f"{i}. {text}" for i, text in enumerate(PARAGRAPHS, 1)
)


def test_the_decision_printed_last_leads_the_summary() -> None:
    draft = draft_release(release_from_text(RELEASE, "r1", "summary.txt"))
    assert draft.summary.startswith("Considering the lagged effects"), draft.summary
