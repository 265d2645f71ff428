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
if [[ ! -f $stamp ]]; then
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --upgrade pip
  "$venv/bin/python" -m pip install --quiet -e '.[test]'
  touch "$stamp"
fi
cmd=${1:-app}; shift || true
case "$cmd" in
  app)   if [ $# -eq 0 ]; then set -- --sample; fi; exec "$venv/bin/briefing" "$@" ;;
  test)  "$venv/bin/ruff" check briefing tests benchmarks
         exec "$venv/bin/python" -m pytest "$@" ;;
  bench) for b in benchmarks/bench_*.py; do echo "== $b"; "$venv/bin/python" "$b"; done ;;
  bench-venv) python3 -m venv .venv-bench
         .venv-bench/bin/python -m pip install --quiet --upgrade pip
         .venv-bench/bin/python -m pip install --quiet 'docling>=2.50' ;;
  *) echo "usage: ./dev.sh app [FILE] | test [PYTEST ARGS] | bench | bench-venv" >&2; exit 2 ;;
esac
