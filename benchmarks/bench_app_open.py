"""Open and save the storage benchmark's project in the real window (File › Open, File › Save).

`bench_storage.py` measures the file format alone (target: 300 ms each way); this
measures what a user waits for: reading the file, building the editor's document, the
outline tree, the annotation list and highlights, and the first paint — on a project with
a 5 MB release (35,722 nodes) and 10,000 annotations. The reference is the storage
layer's own `open_project` / `save_project`, measured in the same run on the same file.

`python benchmarks/bench_app_open.py [--runs N]` (offscreen unless QT_QPA_PLATFORM is set).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("BRIEFING_STATE_DIR", tempfile.mkdtemp())  # autosaves stay out of home
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_storage import big_project
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from briefing.app.shell.compose import build_window
from briefing.storage import open_project, save_project


def ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:5.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    path = folder / "big.briefing"
    save_project(big_project(), path)
    app = QApplication([])
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = build_window(settings)
    window.show()
    app.processEvents()
    opens, painted, listed, saves, ref_opens, ref_saves = [], [], [], [], [], []
    for run in range(args.runs):
        window.project_doc.start_untitled()  # closes the previous run's project
        app.processEvents()
        t0 = time.perf_counter()
        assert window.project_doc.open_file(path)
        t1 = time.perf_counter()
        app.processEvents()  # first paint, and the work queued for right after it
        t2 = time.perf_counter()
        # The annotation list fills after a deliberate 150 ms pause (it coalesces bursts).
        while window.annotation_panel.count() < 10_000:
            app.processEvents()
        t3 = time.perf_counter()
        opens.append(t1 - t0)
        painted.append(t2 - t0)
        listed.append(t3 - t0)
        window.project_doc.mark_modified()
        t0 = time.perf_counter()
        assert window.project_doc.write(path)
        saves.append(time.perf_counter() - t0)
        project = window.project
        t0 = time.perf_counter()
        save_project(project, folder / f"copy{run}.briefing", backup=False)
        ref_saves.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        open_project(folder / f"copy{run}.briefing")
        ref_opens.append(time.perf_counter() - t0)
    assert len(window.project.annotations) == 10_000
    print(f"project: 5 MB release, 35,722 nodes, 10,000 annotations; {args.runs} runs, medians")
    print(
        f"open in the window: {ms(opens)}; with first paint {ms(painted)}; annotation list "
        f"filled {ms(listed)}; reference open_project {ms(ref_opens)}"
    )
    print(f"save in the window: {ms(saves)}; reference save_project {ms(ref_saves)}")
    window.project_doc.start_untitled()


if __name__ == "__main__":
    main()
