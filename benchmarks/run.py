"""Speed benchmark (issue 6): the library, the HTTP service and plain Stanza, in one run.

    .venv/bin/python benchmarks/run.py --articles 203

Over the first N articles of ``../shared/eval/pfsa-dev`` (each file's ``input`` is a
POST /v1/quotes body) it measures, on this machine and in this order:

  http      ``kutipan serve`` with 2 gunicorn workers on a free 127.0.0.1 port, driven by
            a bounded loopback load generator (``--concurrency`` threads, one
            ``http.client`` request per article, each article sent once); latency per
            request as the client sees it, throughput = articles / wall time, and the
            peak resident memory (VmHWM, /proc) of each worker. The server is stopped
            in a ``finally``.
  library   ``attribution.extract()`` per article, in this process, models loaded and
            warm-up calls made beforehand;
  full      a plain Stanza pass, ``attribution.nlp.full_pipeline()`` (tokenize, mwt,
            pos, lemma, depparse, ner) on each article's text;
  tokenize  a tokenize-only Stanza pass on each article's text.

The three in-process measurements are interleaved per article (library, full, tokenize
on article 1, then article 2, ...) so that a change in the machine's load hits all three
alike: their ratio is what this benchmark is for on a shared machine.

Human-readable lines go to stderr; the last line on stdout is one JSON object with the
figures and the targets (docs/benchmark.md explains each figure). Exit status 0 when every
target measured was met, 1 when one was missed, 2 when nothing could be measured.

Models: ``--models`` (default $KUTIPAN_MODELS or models/). A processor whose model is
missing is reported and the measurements needing it are skipped (figures are null).
``--provisional WORK_DIR`` measures the checkpoints a training run has saved so far
(``training/work``) instead, copied into a temporary folder; processors not trained yet
are named in the output, and a "full" pass without them is marked incomplete (its
ratio is then an upper bound of the real one: the real full pass only costs more).
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import http.client
import json
import os
import pathlib
import platform
import queue
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFAULT_EVAL = REPO / ".." / "shared" / "eval" / "pfsa-dev"
FULL_ROLES = ["tokenize", "mwt", "pos", "lemma", "depparse", "ner"]
TAGGER_ROLES = ["tokenize", "pos", "ner"]

TARGETS = {  # figure -> (comparison, limit); docs/benchmark.md
    "ratio_library_vs_stanza_full": ("<=", 0.5),
    "http_p50_ms": ("<=", 300.0),
    "http_p95_ms": ("<=", 800.0),
    "rss_mb_per_worker": ("<=", 700.0),
}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- figures ---------------------------------------------------------------------------

def percentile(values: list[float], q: float) -> float | None:
    """Linear-interpolated percentile (q in 0..100); None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(name: str, seconds: list[float], wall: float | None = None, cpu: list[float] | None = None) -> dict:
    """{name_p50_ms, name_p95_ms, name_mean_ms, name_articles_per_s, name_n} (+ name_cpu_p50_ms)."""
    ms = [s * 1000.0 for s in seconds]
    total = wall if wall is not None else sum(seconds)
    figures = {
        f"{name}_p50_ms": _round(percentile(ms, 50)),
        f"{name}_p95_ms": _round(percentile(ms, 95)),
        f"{name}_mean_ms": _round(statistics.fmean(ms) if ms else None),
        f"{name}_articles_per_s": _round(len(ms) / total if ms and total > 0 else None, 3),
        f"{name}_n": len(ms),
    }
    if cpu is not None:  # CPU seconds of this process: what the work costs, less the waiting
        figures[f"{name}_cpu_p50_ms"] = _round(percentile([c * 1000.0 for c in cpu], 50))
        figures[f"{name}_cpu_p95_ms"] = _round(percentile([c * 1000.0 for c in cpu], 95))
        figures[f"{name}_cpu_mean_ms"] = _round(statistics.fmean(cpu) * 1000.0 if cpu else None)
    return figures


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


# --- memory (/proc) --------------------------------------------------------------------

def proc_status_mb(pid: int) -> dict[str, float]:
    """VmHWM (peak resident) and VmRSS (resident now) of a process, in MiB."""
    found = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                key, _, value = line.partition(":")
                if key in ("VmHWM", "VmRSS"):
                    found[key] = round(int(value.split()[0]) / 1024.0, 1)  # kB
    except OSError:
        pass
    return found


def children(pid: int) -> list[int]:
    """Direct children of a process (the gunicorn workers of the master)."""
    kids: list[int] = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as stream:
                kids.extend(int(k) for k in stream.read().split())
    except OSError:
        pass
    return sorted(set(kids))


# --- inputs ----------------------------------------------------------------------------

def load_articles(folder: pathlib.Path, count: int) -> list[tuple[str, dict]]:
    files = sorted(folder.glob("*.json"))
    if not files:
        raise SystemExit(f"no *.json in {folder} (set --eval-dir)")
    articles = []
    for path in files[:count]:
        body = json.loads(path.read_text(encoding="utf-8"))["input"]
        articles.append((path.stem, body))
    return articles


def _sha256(path: pathlib.Path) -> str:
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def model_roles(folder: pathlib.Path) -> tuple[dict[str, bool], str | None]:
    """Which processors' models the folder's manifest names, present on disk, and why not.

    Provisional folders (``--provisional``) mark roles with no checkpoint yet as
    placeholders; they count as missing.
    """
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {role: False for role in FULL_ROLES}, f"{folder}/manifest.json is missing (run `make models`)"
    except (OSError, ValueError) as error:
        return {role: False for role in FULL_ROLES}, f"{folder}/manifest.json is unreadable: {error}"
    files = manifest.get("files", {})
    placeholders = set(manifest.get("placeholder_roles", []))
    present = {role: role in files and role not in placeholders and (folder / files[role]["path"]).is_file()
               for role in FULL_ROLES}
    missing = [role for role, ok in present.items() if not ok]
    return present, (f"no model for {', '.join(missing)} in {folder}" if missing else None)


def provisional_models(work_dir: pathlib.Path, target: pathlib.Path) -> list[str]:
    """Copy the newest checkpoint of each processor from a training work folder.

    Writes a manifest attribution.nlp accepts; roles with no checkpoint yet get a
    placeholder file (never loaded by the tagger) and are listed under
    ``placeholder_roles``. Returns the placeholder roles.
    """
    saved = work_dir / "saved_models"
    target.mkdir(parents=True, exist_ok=True)
    files, placeholders = {}, []
    for role in FULL_ROLES:
        candidates = sorted((p for p in (saved / role).glob("*.pt") if not p.stem.endswith("_checkpoint")),
                            key=lambda p: p.stat().st_mtime) if (saved / role).is_dir() else []
        name = f"id_{role}.pt"
        copied = False
        for source in reversed(candidates):
            for _attempt in range(5):  # a checkpoint being written: wait until it holds still
                before = source.stat()
                if time.time() - before.st_mtime < 3:
                    time.sleep(3)
                    continue
                shutil.copyfile(source, target / name)
                after = source.stat()
                if (before.st_size, before.st_mtime) == (after.st_size, after.st_mtime):
                    copied = True
                    break
            if copied:
                log(f"provisional {role}: {source} ({time.strftime('%H:%M:%S', time.localtime(after.st_mtime))})")
                break
        if not copied:
            (target / name).write_bytes(b"no checkpoint yet\n")
            placeholders.append(role)
            log(f"provisional {role}: NO CHECKPOINT YET in {saved / role}")
        files[role] = {"path": name}
    (target / "resources.json").write_text("{}\n", encoding="utf-8")
    files["resources"] = {"path": "resources.json"}
    for entry in files.values():
        entry["sha256"] = _sha256(target / entry["path"])
    manifest = {"provisional_from": str(work_dir), "placeholder_roles": placeholders, "files": files}
    (target / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return placeholders


# --- HTTP ------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def http_call(port: int, method: str, path: str, body: bytes | None = None,
              timeout: float = 120.0) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def drive(port: int, bodies: list[bytes], concurrency: int, deadline: float,
          timeout: float) -> tuple[list[float], list[str], float]:
    """Send each body once from ``concurrency`` threads; (latencies s, failures, wall s)."""
    work: queue.Queue = queue.Queue()
    for body in bodies:
        work.put(body)
    latencies: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()

    def client() -> None:
        while time.monotonic() < deadline:
            try:
                body = work.get_nowait()
            except queue.Empty:
                return
            started = time.perf_counter()
            try:
                status, answer = http_call(port, "POST", "/v1/quotes", body, timeout=timeout)
                failure = None if status == 200 else f"HTTP {status}: {answer[:200]!r}"
            except OSError as error:
                failure = f"{type(error).__name__}: {error}"
            elapsed = time.perf_counter() - started
            with lock:
                if failure is None:
                    latencies.append(elapsed)
                else:
                    failures.append(failure)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(max(0.0, deadline - time.monotonic()) + timeout)
    return latencies, failures, time.perf_counter() - started


def measure_http(args, models: pathlib.Path, articles: list[tuple[str, dict]], deadline: float) -> dict:
    port = free_port()
    env = dict(os.environ, KUTIPAN_WORKERS=str(args.workers), KUTIPAN_LOG_LEVEL="WARNING",
               KUTIPAN_MODELS=str(models), KUTIPAN_PRELOAD="false", KUTIPAN_MAX_REQUESTS="0")
    kutipan = pathlib.Path(sys.executable).with_name("kutipan")
    command = [str(kutipan)] if kutipan.exists() else [sys.executable, "-m", "service.cli"]
    command += ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)]
    server_log = tempfile.NamedTemporaryFile(prefix="kutipan-bench-server-", suffix=".log", delete=False)
    log(f"http: starting {' '.join(command[-7:])} (log {server_log.name})")
    server = subprocess.Popen(command, cwd=REPO, env=env, stdout=server_log, stderr=subprocess.STDOUT,
                              start_new_session=True)
    result: dict = {"http_port": port, "http_workers": args.workers, "http_concurrency": args.concurrency}
    try:
        start_deadline = min(deadline, time.monotonic() + args.start_timeout)
        started = time.monotonic()
        while True:  # workers load the models before they accept: /readyz 200 from each
            if server.poll() is not None:
                raise RuntimeError(f"kutipan serve exited with {server.returncode}; see {server_log.name}")
            try:
                status, answer = http_call(port, "GET", "/readyz", timeout=5)
                if status == 200 and len(children(server.pid)) >= args.workers:
                    break
                if status == 503:
                    reason = json.loads(answer).get("reason")
                    if reason and "not loaded yet" not in reason:
                        raise RuntimeError(f"service not ready: {reason}")
            except OSError:
                pass
            if time.monotonic() > start_deadline:
                raise RuntimeError(f"service not ready after {args.start_timeout} s; see {server_log.name}")
            time.sleep(0.25)
        result["http_start_s"] = round(time.monotonic() - started, 1)
        workers = children(server.pid)
        log(f"http: ready in {result['http_start_s']} s, master {server.pid}, workers {workers}")

        bodies = [json.dumps(body, ensure_ascii=False).encode("utf-8") for _, body in articles]
        warm = [bodies[i % len(bodies)] for i in range(max(args.warmup, 1) * args.workers)]
        _, warm_failures, _ = drive(port, warm, args.concurrency, deadline, args.request_timeout)
        if warm_failures:
            raise RuntimeError(f"warm-up requests failed: {warm_failures[0]}")
        latencies, failures, wall = drive(port, bodies, args.concurrency, deadline, args.request_timeout)
        result.update(summary("http", latencies, wall))
        result["articles_per_s_http"] = result.pop("http_articles_per_s")
        result["http_failures"] = len(failures)
        if failures:
            log(f"http: {len(failures)} failed requests, first: {failures[0]}")
        if len(latencies) + len(failures) < len(bodies):
            log(f"http: time limit reached after {len(latencies) + len(failures)} of {len(bodies)} articles")

        memory = {pid: proc_status_mb(pid) for pid in children(server.pid)}
        result["rss_mb_workers"] = {str(pid): m for pid, m in memory.items()}
        result["rss_mb_master"] = proc_status_mb(server.pid)
        peaks = [m["VmHWM"] for m in memory.values() if "VmHWM" in m]
        result["rss_mb_per_worker"] = max(peaks) if peaks else None
        result["rss_mb_per_worker_now"] = max((m.get("VmRSS", 0.0) for m in memory.values()), default=None)
        replaced = sorted(set(children(server.pid)) - set(workers))
        if replaced:
            result["http_workers_replaced"] = len(replaced)
            log(f"http: {len(replaced)} worker(s) were replaced during the run (timeouts?); see {server_log.name}")
        log(f"http: p50 {result['http_p50_ms']} ms, p95 {result['http_p95_ms']} ms, "
            f"{result['articles_per_s_http']} articles/s, peak RSS per worker {result['rss_mb_per_worker']} MiB")
    finally:
        stop_server(server)
        server_log.close()
    return result


def stop_server(server: subprocess.Popen) -> None:
    """SIGTERM the gunicorn master (graceful), then SIGKILL its process group if it lingers."""
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=40)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(server.pid, signal.SIGKILL)  # our own session: the master and its workers
    except (ProcessLookupError, PermissionError):
        pass
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        log(f"http: server {server.pid} did not exit")


# --- in process: library, full Stanza, tokenize-only -----------------------------------

def measure_in_process(args, models: pathlib.Path, present: dict[str, bool],
                       articles: list[tuple[str, dict]], deadline: float) -> dict:
    os.environ["KUTIPAN_MODELS"] = str(models)
    from attribution import extract, nlp

    result: dict = {}
    started = time.perf_counter()
    nlp.load(models)
    result["library_load_s"] = round(time.perf_counter() - started, 1)
    paths = nlp._loaded.paths  # noqa: SLF001 - same files and options as the pipelines nlp builds

    def run_library(body: dict):
        return extract(body["text"], published=body.get("published"), title=body.get("title"))

    for _, body in articles[: args.warmup]:
        run_library(body)
    result["rss_mb_library_process"] = proc_status_mb(os.getpid())

    # full pass: nlp.full_pipeline() when every processor is there, else what is there
    full = None
    missing = [role for role in FULL_ROLES if not present[role]]
    if not missing:
        full = nlp.full_pipeline()
        result["stanza_full_complete"] = True
        result["stanza_full_processors"] = ",".join(FULL_ROLES)
    elif args.partial_full and present["tokenize"]:
        processors = [r for r in FULL_ROLES if present[r]]
        options = {f"{r}_model_path": r for r in processors}
        extra = {}
        if present["depparse"] and not present["lemma"]:
            processors.insert(processors.index("depparse"), "lemma")  # depparse needs lemmas
            extra["lemma_use_identity"] = True
        if present["depparse"] and not present["pos"]:
            processors.remove("depparse")
            options.pop("depparse_model_path")
        full = nlp._build_pipeline(paths, ",".join(processors), options, **extra)  # noqa: SLF001
        result["stanza_full_complete"] = False
        result["stanza_full_processors"] = ",".join(processors) + (" (lemma: identity)" if extra else "")
        log(f"full: INCOMPLETE, models missing for {', '.join(missing)}: measuring "
            f"{result['stanza_full_processors']} instead (a lower bound of the full pass's time)")
    else:
        result["stanza_full_complete"] = False
        result["stanza_full_processors"] = None
        log(f"full: SKIPPED, models missing for {', '.join(missing)}")
    result["stanza_full_missing"] = missing
    tokenizer = nlp._build_pipeline(paths, "tokenize", {"tokenize_model_path": "tokenize"})  # noqa: SLF001
    for _, body in articles[: args.warmup]:
        if full is not None:
            full(body["text"])
        tokenizer(body["text"])

    import torch

    result["torch_threads"] = torch.get_num_threads()  # as set by nlp.load() (KUTIPAN_TORCH_THREADS)
    library, full_times, tokenize_times = [], [], []
    paired_library: list[float] = []  # library times of the articles the full pass ran on
    cpu: dict[str, list[float]] = {"library": [], "full": [], "tokenize": []}
    stages = [("library", lambda b: run_library(b), library),
              ("full", (lambda b: full(b["text"])) if full is not None else None, full_times),
              ("tokenize", lambda b: tokenizer(b["text"]), tokenize_times)]
    done = 0
    for index, (name, body) in enumerate(articles):
        if time.monotonic() > deadline:
            log(f"in-process: time limit reached after {done} of {len(articles)} articles")
            break
        # rotate the order so that no stage always runs first (caches, frequency scaling)
        for offset in range(len(stages)):
            stage, call, times = stages[(index + offset) % len(stages)]
            if call is None or (stage == "full" and index % args.full_every):
                continue
            c0, t0 = time.process_time(), time.perf_counter()
            call(body)
            times.append(time.perf_counter() - t0)
            cpu[stage].append(time.process_time() - c0)
        if full is not None and index % args.full_every == 0:
            paired_library.append(library[-1])
        done += 1
        if done % 20 == 0:
            log(f"in-process: {done}/{len(articles)} articles")

    result.update(summary("library", library, cpu=cpu["library"]))
    result.update(summary("stanza_full", full_times, cpu=cpu["full"]))
    result.update(summary("stanza_tokenize", tokenize_times, cpu=cpu["tokenize"]))
    if full_times and library:
        # over the same articles (every --full-every-th): p50 over p50, total over total
        paired_cpu = cpu["library"][:: args.full_every][: len(cpu["full"])]
        result["ratio_library_vs_stanza_full"] = round(percentile(paired_library, 50) / percentile(full_times, 50), 3)
        result["ratio_library_vs_stanza_full_total"] = round(sum(paired_library) / sum(full_times), 3)
        result["ratio_library_vs_stanza_full_cpu"] = round(sum(paired_cpu) / sum(cpu["full"]), 3)
        result["stanza_full_every"] = args.full_every
        result["ratio_is_upper_bound"] = not result["stanza_full_complete"]
    else:
        result["ratio_library_vs_stanza_full"] = None
    if tokenize_times and library:
        result["ratio_library_vs_stanza_tokenize"] = round(result["library_p50_ms"] / result["stanza_tokenize_p50_ms"], 3)
    result["rss_mb_benchmark_process"] = proc_status_mb(os.getpid())
    log(f"library: p50 {result['library_p50_ms']} ms, p95 {result['library_p95_ms']} ms; "
        f"full: p50 {result['stanza_full_p50_ms']} ms; tokenize: p50 {result['stanza_tokenize_p50_ms']} ms; "
        f"ratio library/full {result['ratio_library_vs_stanza_full']}")
    return result


def profile_library(models: pathlib.Path, articles: list[tuple[str, dict]], top: int) -> None:
    """cProfile of extract() on the given articles (after one warm-up), top functions to stderr."""
    import cProfile
    import io
    import pstats

    from attribution import extract, nlp

    nlp.load(models)
    extract(articles[0][1]["text"])
    profiler = cProfile.Profile()
    profiler.enable()
    for _, body in articles:
        extract(body["text"], published=body.get("published"), title=body.get("title"))
    profiler.disable()
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(top)
        log(f"--- cProfile of extract() on {len(articles)} articles, by {order} ---")
        log(out.getvalue())


# --- main ------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=40, help="first N articles of the eval folder (default 40)")
    parser.add_argument("--eval-dir", type=pathlib.Path, default=DEFAULT_EVAL,
                        help="folder of *.json with an 'input' request body (default ../shared/eval/pfsa-dev)")
    parser.add_argument("--models", type=pathlib.Path, default=None, help="default $KUTIPAN_MODELS or models/")
    parser.add_argument("--provisional", type=pathlib.Path, metavar="WORK_DIR",
                        help="measure the checkpoints saved so far in a training work folder (training/work)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--concurrency", type=int, default=2, help="load generator threads, 2-4 (default 2)")
    parser.add_argument("--warmup", type=int, default=3, help="warm-up articles, not timed (default 3)")
    parser.add_argument("--time-limit", type=float, default=570.0,
                        help="seconds for the whole run; measurement stops there and reports what it has")
    parser.add_argument("--start-timeout", type=float, default=180.0, help="seconds for the service to become ready")
    parser.add_argument("--request-timeout", type=float, default=120.0, help="seconds per HTTP request")
    parser.add_argument("--full-every", type=int, default=1, metavar="K",
                        help="run the full Stanza pass on every K-th article only (it costs ~4x the library; "
                             "the ratio is taken over those articles)")
    parser.add_argument("--skip", default="", help="comma list of http,inprocess to leave out")
    parser.add_argument("--no-partial-full", dest="partial_full", action="store_false",
                        help="skip the full pass when a processor is missing instead of running what is there")
    parser.add_argument("--profile", type=int, default=0, metavar="K",
                        help="only cProfile extract() on K articles and print the top functions")
    args = parser.parse_args()
    if not 1 <= args.concurrency <= 8:
        parser.error("--concurrency must be 1..8")
    if args.full_every < 1:
        parser.error("--full-every must be at least 1")
    t_start = time.monotonic()
    deadline = t_start + args.time_limit
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}

    articles = load_articles(args.eval_dir.resolve(), args.articles)
    temporary = None
    if args.provisional:
        temporary = pathlib.Path(tempfile.mkdtemp(prefix="kutipan-provisional-models-"))
        provisional_models(args.provisional.resolve(), temporary)
        models = temporary
    else:
        models = (args.models or pathlib.Path(os.environ.get("KUTIPAN_MODELS") or REPO / "models")).resolve()
    present, why = model_roles(models)
    try:
        import torch

        device = "cuda" if torch.cuda.is_available() else "cpu"
        torch_threads = torch.get_num_threads()
    except ImportError:
        device, torch_threads = "unknown", None

    result: dict = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} CPUs, "
                   f"load average {os.getloadavg()[0]:.1f} at start",
        "device": device,
        "torch_threads": torch_threads,
        "KUTIPAN_TORCH_THREADS": os.environ.get("KUTIPAN_TORCH_THREADS"),
        "articles": len(articles),
        "characters_mean": round(statistics.fmean(len(b.get("text", "")) for _, b in articles)),
        "models": str(models) if temporary is None else f"provisional checkpoints from {args.provisional}",
        "models_missing": [role for role, ok in present.items() if not ok],
    }
    if why:
        log(f"models: {why}")
    if device != "cuda":
        log("device: CPU (torch sees no CUDA device; a GPU figure could not be measured here)")
    tagger_ok = all(present[r] for r in TAGGER_ROLES)
    try:
        if args.profile:
            if not tagger_ok:
                log("profile: SKIPPED, the tagger's models (tokenize, pos, ner) are missing")
                return 2
            profile_library(models, articles[: args.profile], top=35)
            return 0
        if "http" in skip:
            log("http: skipped (--skip)")
        elif not tagger_ok:
            log("http: SKIPPED, the service would answer 503 without the tagger's models (tokenize, pos, ner)")
        else:
            try:
                result.update(measure_http(args, models, articles, deadline))
            except RuntimeError as error:
                log(f"http: FAILED: {error}")
                result["http_error"] = str(error)
        if "inprocess" in skip:
            log("library/full/tokenize: skipped (--skip)")
        elif not tagger_ok:
            log("library/full/tokenize: SKIPPED, the tagger's models (tokenize, pos, ner) are missing")
        else:
            result.update(measure_in_process(args, models, present, articles, deadline))
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)

    for key in ("library_p50_ms", "library_p95_ms", "http_p50_ms", "http_p95_ms", "stanza_full_p50_ms",
                "stanza_full_p95_ms", "stanza_tokenize_p50_ms", "stanza_tokenize_p95_ms",
                "ratio_library_vs_stanza_full", "rss_mb_per_worker", "articles_per_s_http"):
        result.setdefault(key, None)
    verdicts = {}
    for key, (_op, limit) in TARGETS.items():
        value = result.get(key)
        verdicts[key] = {"limit": limit, "value": value, "met": None if value is None else value <= limit}
    result["targets"] = verdicts
    result["load_average_end"] = round(os.getloadavg()[0], 1)
    result["seconds"] = round(time.monotonic() - t_start, 1)
    for key, verdict in verdicts.items():
        state = "not measured" if verdict["met"] is None else ("met" if verdict["met"] else "MISSED")
        log(f"target {key} <= {verdict['limit']}: {verdict['value']} ({state})")
    print(json.dumps(result, ensure_ascii=False), flush=True)
    measured = [v["met"] for v in verdicts.values() if v["met"] is not None]
    if not measured:
        return 2
    return 0 if all(measured) else 1


if __name__ == "__main__":
    sys.exit(main())
