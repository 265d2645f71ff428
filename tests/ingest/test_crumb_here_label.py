"""A breadcrumb whose home step follows a "you are here" label, or is named "top page",
is still the page's trail: its last step, printed again below, is the title
(crumb_trails.trail_steps)."""

from pathlib import Path

from briefing.ingest import load_release
from briefing.ingest.crumb_trails import trail_steps


def test_here_label_before_home_step() -> None:
    assert trail_steps(["You are here: Home > Newsroom > Example council meets"]) == [
        "home",
        "newsroom",
        "example council meets",
    ]
    assert trail_steps(["現在地 トップページ > 知事の部屋 > 例の会見"])[0] == "トップページ"


def test_labelled_trail_names_the_title(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text(
        "Skip the navigation and go to the main content of this page now\n"
        "You are here: Home > Governor's office > Regular press conference of 3 March\n\n"
        "Regular press conference of 3 March\n\n"
        "The governor opened the conference with an update on the budget, which the "
        "assembly adopted on Friday after a long debate.\n\n"
        "Questions from the press followed.\n",
        encoding="utf-8",
    )
    assert load_release(path).title == "Regular press conference of 3 March"
