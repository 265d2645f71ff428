"""The measured hostile-input suite (issue 14): each case is built by script and read by
the real command line in a child process under resource limits (address space and CPU
time), which must end in bounded time and memory with the expected exit code and, for a
refusal, one clear line naming the file — never a traceback, and nothing written beside
the inputs. Run with ``-s`` to see the table of times and peak memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile import cases

ADDRESS_SPACE = 3 * 2**30  # bytes a child may map: a runaway allocation fails fast
CPU_SECONDS = 60
# The child: limits first, then the real CLI; its peak memory on stderr for the table.
CHILD = """
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({mem}, {mem}))
resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu}))
from briefing.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:
    code = exit.code
# (VmHWM, not ru_maxrss: a forked child's ru_maxrss starts from its parent's.)
with open("/proc/self/status") as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(f"PEAK_KB={{peak}}", file=sys.stderr)
sys.exit(code or 0)
"""

# (name, builder, command, expected exit code, text the message must hold, seconds)
CASES = [
    ("long URL and rule lines (ReDoS)", cases.redos_text, "outline", 0, "", 2.0),
    ("DOCX numbering 10^12, lvlText %1 x5000", cases.numbering_bomb, "outline", 0, "", 2.0),
    ("DOCX zip bomb (300 MB unpacked)", cases.zip_bomb, "outline", 2, "unpacks to", 2.0),
    ("PDF: 40 pages share a 74 MB stream", cases.shared_stream_pdf, "outline", 2, "budget", 2.0),
    ("PDF: 357,000 text operators", cases.operators_pdf, "outline", 0, "", 10.0),
    ("PDF encrypted, empty password", cases.encrypted_pdf, "outline", 0, "", 3.0),
    ("binary junk as .txt", cases.binary_junk, "outline", 2, "binary", 2.0),
    ("stray Latin-1 byte in UTF-8", cases.stray_latin1, "outline", 0, "", 2.0),
    ("project with a 5,000-digit integer", cases.huge_int_project, "check", 2, "damaged", 2.0),
]
RESULTS: list[tuple[str, float, int, str]] = []


def _run(args: list[str], cwd: Path) -> tuple[int, str, str, float, int]:
    env = dict(os.environ, HOME=str(cwd / "home"), BRIEFING_STATE_DIR=str(cwd / "state"))
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(mem=ADDRESS_SPACE, cpu=CPU_SECONDS), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=CPU_SECONDS * 2,
    )
    seconds = time.perf_counter() - started
    peak = next(
        (
            int(line.split("=")[1])
            for line in result.stderr.splitlines()
            if line.startswith("PEAK_KB=")
        ),
        0,
    )
    stderr = "\n".join(
        line for line in result.stderr.splitlines() if not line.startswith("PEAK_KB=")
    )
    return result.returncode, result.stdout, stderr, seconds, peak


def _check(
    name: str, path: Path, command: str, code: int, needle: str, limit: float, tmp_path: Path
) -> None:
    before = {p.name for p in tmp_path.iterdir()}
    exit_code, _out, err, seconds, peak_kb = _run([command, str(path)], tmp_path)
    RESULTS.append((name, seconds, peak_kb, err.strip()[:90]))
    assert "Traceback" not in err, err
    assert exit_code == code, (exit_code, err)
    if code:
        assert len(err.strip().splitlines()) == 1 and path.name in err and needle in err, err
    assert seconds < limit, f"{name}: {seconds:.2f} s"
    assert peak_kb < 1_000_000, f"{name}: {peak_kb} KB"
    # Nothing written beside the inputs (no temporary files left, no output).
    assert {p.name for p in tmp_path.iterdir()} - before <= {"home", "state"}


@pytest.mark.parametrize(
    ("name", "build", "command", "code", "needle", "limit"), CASES, ids=[c[0] for c in CASES]
)
def test_hostile_file(tmp_path, name, build, command, code, needle, limit):
    path = build(tmp_path)
    _check(name, path, command, code, needle, limit, tmp_path)


def test_outline_nested_thousands_deep(tmp_path, sample_project):
    path = cases.deep_project(tmp_path, sample_project)
    _check(
        "project outline 3,000 levels deep", path, "check", 2, "nested too deeply", 2.0, tmp_path
    )


@pytest.fixture
def sample_project(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("sample")
    sample = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sample-release.txt"
    target = folder / "sample.briefing"
    code, _out, err, _s, _p = _run(["new", str(sample), "-o", str(target)], folder)
    assert code == 0, err
    json.loads(target.read_text(encoding="utf-8"))
    return target


def teardown_module() -> None:
    if RESULTS:
        print("\n\nhostile input                              time      peak memory   message")
        for name, seconds, peak_kb, message in RESULTS:
            print(f"{name:42} {seconds:5.2f} s  {peak_kb / 1024:8.0f} MB   {message}")
