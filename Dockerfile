# kutipan: Indonesian quote attribution over HTTP (gunicorn), CPU only.
#
#   docker build -t kutipan .
#   docker run -p 8000:8000 kutipan          # then GET /readyz, POST /v1/quotes
#
# Build arguments (see docs/docker.md):
#   PIP_EXTRA_INDEX_URL    where CPU torch comes from; default PyTorch's CPU index.
#   PIP_FIND_LINKS         extra wheel folder/URL (e.g. a local server holding the CPU
#                          torch wheel when PyTorch's index is unreachable).
#   TORCH_VERSION          CPU torch build to install first (never the CUDA one).
#   KUTIPAN_MODELS_SOURCE  "local" (default): bake the project's models/ folder;
#                          "stanza": download the official Stanza Indonesian models
#                          instead (needs internet at build time; untested offline).

############################ deps: venv with every dependency #########################
# Depends on pyproject.toml only, so code and model changes reuse this layer (and the
# runtime stage's copy of it) instead of reinstalling and recopying ~900 MB.
FROM python:3.11-slim AS deps

ARG PIP_EXTRA_INDEX_URL=https://download.pytorch.org/whl/cpu
ARG PIP_FIND_LINKS=
ARG TORCH_VERSION=2.13.0+cpu

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_EXTRA_INDEX_URL=${PIP_EXTRA_INDEX_URL} \
    PIP_FIND_LINKS=${PIP_FIND_LINKS} \
    PATH=/opt/venv/bin:$PATH

RUN python -m venv /opt/venv

WORKDIR /src

# CPU torch before the rest, so the pinned "torch==X" dependency is already met by the
# CPU build and pip never pulls the multi-GB CUDA wheels from PyPI.
COPY pyproject.toml ./
RUN pip install --no-cache-dir "torch==${TORCH_VERSION}" \
 && python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
      > /tmp/requirements.txt \
 && pip install --no-cache-dir -r /tmp/requirements.txt
# pip's compiled bytecode stays: without it every worker recompiles torch/stanza on each
# start (measured: imports 14 s instead of 7 s), as the non-root user cannot cache it.

############################ builder: the project's wheel and models ##################
FROM deps AS builder

ARG KUTIPAN_MODELS_SOURCE=local

# The project itself (context filtered by .dockerignore).
COPY . ./
# pyproject names README.md as the long description; keep a build without it working.
RUN if [ ! -f README.md ]; then printf '# kutipan\n' > README.md; fi \
 && pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

# Models: the project's own (default) or the official Stanza ones.
RUN mkdir -p /opt/kutipan/models \
 && if [ "$KUTIPAN_MODELS_SOURCE" = stanza ]; then \
        python docker/fetch_stanza_models.py /opt/kutipan/models; \
    elif [ "$KUTIPAN_MODELS_SOURCE" = local ]; then \
        if [ -d models ]; then cp -a models/. /opt/kutipan/models/; fi; \
    else \
        echo "KUTIPAN_MODELS_SOURCE must be local or stanza" >&2; exit 1; \
    fi \
 && rm -f /opt/kutipan/models/.gitkeep

############################ runtime: venv + models, non-root ###########################
FROM python:3.11-slim

LABEL org.opencontainers.image.title="kutipan" \
      org.opencontainers.image.description="Indonesian quote attribution HTTP service" \
      org.opencontainers.image.licenses="Apache-2.0"

RUN useradd --system --uid 10001 --user-group --create-home --home-dir /home/kutipan \
        --shell /usr/sbin/nologin kutipan

COPY --from=deps /opt/venv /opt/venv
# Models before code: they change less often and are the bigger layer.
COPY --from=builder /opt/kutipan/models /opt/kutipan/models
COPY --from=builder /wheels /tmp/wheels
RUN /opt/venv/bin/pip install --no-cache-dir --no-deps --disable-pip-version-check /tmp/wheels/*.whl \
 && /opt/venv/bin/python -c "import attribution, service.cli" \
 && rm -rf /tmp/wheels

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    KUTIPAN_HOST=0.0.0.0 \
    KUTIPAN_PORT=8000 \
    KUTIPAN_MODELS=/opt/kutipan/models \
    STANZA_RESOURCES_DIR=/opt/kutipan/models

USER 10001:10001
WORKDIR /home/kutipan
EXPOSE 8000

# 200 only once the models are loaded; urllib raises on 503 or no answer -> unhealthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/readyz' % os.environ.get('KUTIPAN_PORT', '8000'), timeout=4)"]

# exec: gunicorn's master (inside `kutipan serve`) is PID 1 and gets docker stop's
# SIGTERM, finishes in-flight requests and exits 0.
CMD ["sh", "-c", "exec kutipan serve --port ${KUTIPAN_PORT:-8000}"]
