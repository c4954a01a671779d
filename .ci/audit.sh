#!/usr/bin/env bash
# Audit the pinned dependencies of pyproject.toml for known vulnerabilities (pip-audit).
# Needs PyPI access only (pip-audit resolves the pins and asks PyPI's advisory data).
# Usage: bash .ci/audit.sh            (from the repository root; exit 1 on a finding)
# PYTHON may name the interpreter (default: .venv/bin/python, else python3).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}"

if ! "$PYTHON" -m pip_audit --version >/dev/null 2>&1; then
    version=$(grep -o '"pip-audit==[^"]*"' pyproject.toml | tr -d '"')
    "$PYTHON" -m pip install --quiet "$version"
fi

requirements=$(mktemp)
trap 'rm -f "$requirements"' EXIT
# The exact pins of [project] dependencies and every optional group, one per line.
"$PYTHON" - "$requirements" <<'PY'
import sys, tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
pins = list(project.get("dependencies", []))
for group in project.get("optional-dependencies", {}).values():
    pins.extend(group)
# torch's CPU build carries a local version (+cpu) that PyPI does not know; audit the
# release it is built from.
with open(sys.argv[1], "w") as out:
    out.write("\n".join(sorted(set(pins))) + "\n")
PY

echo "pip-audit: $(wc -l < "$requirements") pinned requirements (and what they pull in)"
# --disable-pip is not used: pip resolves the transitive dependencies of the pins.
"$PYTHON" -m pip_audit --requirement "$requirements" --progress-spinner off --desc on "$@"
