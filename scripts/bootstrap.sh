#!/usr/bin/env bash
# Create .venv and install kutipan with its test tools, on a machine with only Python 3.11
# and pip. Idempotent: a second run only checks that everything is installed.
#
# torch is installed first and pinned, so pip takes the CPU build: from PIP_FIND_LINKS
# where the machine has CPU wheels on disk, else from PyTorch's CPU index. A plain
# `pip install torch` would pull the multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
# PYTHON is not used here: the Makefile exports it as the venv interpreter for training.
PY="${KUTIPAN_BASE_PYTHON:-python3}"
TORCH_VERSION=2.13.0
TORCH_CPU_INDEX="${TORCH_CPU_INDEX:-https://download.pytorch.org/whl/cpu}"

if [ ! -x .venv/bin/python ]; then
    "$PY" -m venv .venv
fi
if ! .venv/bin/python -c "import torch, sys; sys.exit(torch.__version__ != '$TORCH_VERSION+cpu')" 2>/dev/null; then
    # The +cpu local version pins the CPU build; its dependencies come from PyPI.
    if [ -n "${PIP_FIND_LINKS:-}" ] && .venv/bin/pip install --quiet "torch==$TORCH_VERSION+cpu" \
            --find-links "$PIP_FIND_LINKS"; then
        :
    else
        .venv/bin/pip install --quiet "torch==$TORCH_VERSION+cpu" --extra-index-url "$TORCH_CPU_INDEX"
    fi
fi
.venv/bin/pip install --quiet -e ".[test]"
echo "bootstrap: .venv ready ($(.venv/bin/python -c 'import torch, stanza; print("torch", torch.__version__, "stanza", stanza.__version__)'))"
