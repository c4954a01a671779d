"""The ``kutipan`` command: ``kutipan serve`` and ``kutipan extract``.

``serve`` runs the app under gunicorn (sync workers: extraction is CPU-bound, one
request per worker at a time). Settings come from KUTIPAN_* variables (see
docs/configuration.md); flags override them.

Model loading: per worker by default (KUTIPAN_PRELOAD=false). Measured with 2 workers
(benchmarks/load_test.py, table in docs/configuration.md), before models existed: PSS
71.5 MiB per-worker vs 72.3 MiB preloaded, RSS 105 vs 116 MiB: preloading saves nothing
for the HTTP layer, torch's thread pools are not fork-safe once used, and a replaced
worker reloads on its own. Re-measure with the real models before switching.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from typing import Iterable, TextIO

from .config import ConfigError, Settings


def _serve(args: argparse.Namespace) -> int:
    env = dict(os.environ)
    if args.port is not None:
        env["KUTIPAN_PORT"] = str(args.port)
    if args.host is not None:
        env["KUTIPAN_HOST"] = args.host
    if args.workers is not None:
        env["KUTIPAN_WORKERS"] = str(args.workers)
    if args.models is not None:
        env["KUTIPAN_MODELS"] = args.models
    settings = Settings.from_env(env)
    if settings.models:
        os.environ["KUTIPAN_MODELS"] = settings.models
    # prometheus_client picks its storage when first imported: the folder must be set
    # before the app (and so prometheus_client) is imported, in the master and workers.
    metrics_dir = tempfile.mkdtemp(prefix="kutipan-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    try:
        from .server import run

        run(settings, metrics_dir)
    finally:
        shutil.rmtree(metrics_dir, ignore_errors=True)
    return 0


def _read_jsonl(stream: TextIO) -> Iterable[tuple[int, str]]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield number, line


def _handle_request(raw_json: str) -> tuple[dict, bool]:
    """A request body (JSON text) -> (response body or {"error": ...}, succeeded)."""
    from .errors import CODES, ServiceError, error_body
    from .processing import process_article, validate_article

    from attribution import extract

    from .app import ModelLoader

    global _loader
    if _loader is None:
        _loader = ModelLoader()
    try:
        request = json.loads(raw_json)
    except ValueError as exc:
        return {"error": error_body(CODES[400], f"not valid JSON: {exc}")}, False
    try:
        article = validate_article(request)
        return process_article(article, lambda t, p, h: extract(t, published=p, title=h), _loader), True
    except ServiceError as error:
        if error.status == 503:
            raise ModelsMissing(error.message) from None
        return {"error": error_body(error.code, error.message, error.fields)}, False


class ModelsMissing(Exception):
    """No article can be processed: stop instead of failing each one."""


_loader = None


def _extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    out = sys.stdout
    failures = 0
    if args.json:
        body, ok = _handle_request(sys.stdin.read())
        json.dump(body, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0 if ok else 1
    if args.jsonl:
        # delay: the bar appears only on runs long enough to need it, and on stderr so
        # stdout stays pure JSON Lines.
        lines = tqdm(_read_jsonl(sys.stdin), desc="articles", unit="article", file=sys.stderr,
                     delay=2.0, disable=args.no_progress)
        for _number, line in lines:
            body, ok = _handle_request(line)
            failures += not ok
            out.write(json.dumps(body, ensure_ascii=False) + "\n")
            out.flush()
        return 0 if failures == 0 else 1
    if not args.files:
        print("kutipan extract: give FILE..., --json or --jsonl", file=sys.stderr)
        return 2
    for path in tqdm(args.files, desc="files", unit="file", file=sys.stderr, delay=2.0, disable=args.no_progress):
        try:
            with open(path, encoding="utf-8") as stream:
                text = stream.read()
        except (OSError, UnicodeDecodeError) as exc:
            body, ok = {"error": {"code": "unreadable_file", "message": f"{path}: {exc}"}}, False
        else:
            body, ok = _handle_request(json.dumps({"text": text}))
        failures += not ok
        out.write(json.dumps({"file": path, **body}, ensure_ascii=False) + "\n")
    return 0 if failures == 0 else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kutipan", description="Indonesian quote attribution")
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the HTTP service under gunicorn")
    serve.add_argument("--port", type=int, help="default $KUTIPAN_PORT or 8000")
    serve.add_argument("--host", help="default $KUTIPAN_HOST or 127.0.0.1")
    serve.add_argument("--workers", type=int, help="default $KUTIPAN_WORKERS or the CPU count")
    serve.add_argument("--models", help="models folder, default $KUTIPAN_MODELS or models/")
    serve.set_defaults(handler=_serve)

    extract = commands.add_parser(
        "extract",
        help="extract quotes without a server",
        description="FILE...: plain-text articles, one JSON line per file on stdout. "
        "--json: one POST /v1/quotes request body on stdin, its response body on stdout. "
        "--jsonl: request bodies as JSON Lines on stdin, responses as JSON Lines on stdout. "
        "Exit status 1 when any article failed (its line holds {\"error\": ...}), "
        "3 when the models are unavailable.",
    )
    mode = extract.add_mutually_exclusive_group()
    mode.add_argument("--json", action="store_true", help="one request body on stdin")
    mode.add_argument("--jsonl", action="store_true", help="JSON Lines of request bodies on stdin")
    extract.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    extract.add_argument("files", nargs="*", metavar="FILE")
    extract.set_defaults(handler=_extract)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "extract" and (args.json or args.jsonl) and args.files:
        print("kutipan extract: FILE... cannot be combined with --json/--jsonl", file=sys.stderr)
        return 2
    try:
        return args.handler(args)
    except ModelsMissing as exc:
        print(f"kutipan: {exc}", file=sys.stderr)
        return 3
    except ConfigError as exc:
        print(f"kutipan: configuration error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
