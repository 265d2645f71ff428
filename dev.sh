#!/usr/bin/env bash
# One entry point for newcomers and CI.
#   ./dev.sh app [FILE]   set up .venv if needed, then start Briefing (on the sample release)
#   ./dev.sh test [ARGS]  set up .venv if needed, then run ruff and the whole test suite
#   ./dev.sh bench        set up .venv if needed, then run every benchmark script
#   ./dev.sh bench-venv   set up .venv-bench: the open-source partitioner bench_structure.py
#                         compares with (docling; pulls in PyTorch, several GB)
set -euo pipefail
cd "$(dirname "$0")"
venv=${BRIEFING_VENV:-.venv}
stamp="$venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
say() { echo "briefing: $*" >&2; }
if [[ ! -f $stamp ]]; then
  # First run (or pyproject.toml changed): say what takes the time, step by step.
  if [[ ! -x $venv/bin/python ]]; then
    say "creating the virtual environment $venv"
    python3 -m venv "$venv"
  fi
  # The venv's own pip is enough; a newer one also echoes setuptools' notices about
  # editable installs, which are noise to a newcomer.
  say "installing Briefing and its libraries (Qt, python-docx, PDF readers...; about a minute the first time)"
  "$venv/bin/python" -m pip install --quiet -e '.[test]'
  touch "$stamp"
  say "set up; next time this step is skipped"
fi
cmd=${1:-app}; shift || true
case "$cmd" in
  app)   if [ $# -eq 0 ]; then set -- --sample; say "starting Briefing on the bundled sample release"
         else say "starting Briefing on $1"; fi
         exec "$venv/bin/briefing" "$@" ;;
  test)  "$venv/bin/ruff" check briefing tests benchmarks
         exec "$venv/bin/python" -m pytest "$@" ;;
  bench) for b in benchmarks/bench_*.py; do echo "== $b"; "$venv/bin/python" "$b"; done ;;
  bench-venv) python3 -m venv .venv-bench
         .venv-bench/bin/python -m pip install --quiet --upgrade pip
         .venv-bench/bin/python -m pip install --quiet 'docling>=2.50' ;;
  *) echo "usage: ./dev.sh app [FILE] | test [PYTEST ARGS] | bench | bench-venv" >&2; exit 2 ;;
esac
