"""Start-up time of the app: process start -> window shown with the sample loaded.

Runs ``briefing`` (no file: the bundled sample) with BRIEFING_QUIT_AFTER_SHOW=1 ten
times and reports the median, next to a bare PySide6 QMainWindow measured in the
same run. Usage: ``.venv/bin/python benchmarks/bench_app_startup.py [RUNS]``.
Target: <= 0.5 s.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1200, 760); w.show()
def done():
    print(f"BRIEFING_SHOWN {time.time():.6f}", flush=True); app.quit()
QTimer.singleShot(0, done)
app.exec()
"""
APP = "import sys; from briefing.cli import main; sys.exit(main([]))"


def measure(code: str, env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    shown = next(line for line in out.splitlines() if line.startswith("BRIEFING_SHOWN"))
    return float(shown.split()[1]) - start


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    env = dict(os.environ, BRIEFING_QUIT_AFTER_SHOW="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Users run with cached bytecode; this sandbox sets PYTHONDONTWRITEBYTECODE, which
    # would make every run recompile every module. One warm-up run writes the caches.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # Keep the developer's real settings out of it.
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="briefing-bench-")
    measure(APP, env)
    # Interleaved, so a busy moment on a shared machine hits both sides alike.
    bare: list[float] = []
    app: list[float] = []
    for _ in range(runs):
        bare.append(measure(BARE, env))
        app.append(measure(APP, env))
    print(
        f"bare PySide6 QMainWindow: median {statistics.median(bare) * 1000:.0f} ms "
        f"(min {min(bare) * 1000:.0f} ms)"
    )
    print(
        f"briefing with the sample: median {statistics.median(app) * 1000:.0f} ms "
        f"(min {min(app) * 1000:.0f} ms, max {max(app) * 1000:.0f} ms, target <= 500 ms)"
    )


if __name__ == "__main__":
    main()
