"""Measure what loading the shipped models costs one process: time and resident memory.

Run it in a fresh process, ideally with the network cut to prove nothing is fetched:

    unshare -n .venv/bin/python training/measure_load.py

Prints one JSON object: import time of stanza, load() wall and CPU time (hash check + Stanza
loading the tokenize/pos/ner pipeline), resident memory after load, time of a first
tag() call, and the tags it produced for a sentence written for this check.
"""

import json
import resource
import time
from pathlib import Path


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    started = time.perf_counter()
    import stanza  # noqa: F401  (timed separately: every process pays it once)

    from attribution import nlp

    imported = time.perf_counter()
    cpu_before_load = time.process_time()
    nlp.load()
    loaded = time.perf_counter()
    load_cpu_s = time.process_time() - cpu_before_load
    rss_after_load = resident_mb()
    sentence = "Gubernur Jawa Tengah Ganjar Pranowo mengatakan kepada wartawan di Semarang bahwa banjir sudah surut .".split()
    tagged = nlp.tag([sentence])
    tagged_at = time.perf_counter()
    print(json.dumps({
        "models_dir": str(nlp.models_dir()),
        "import_s": round(imported - started, 2),
        "load_s": round(loaded - imported, 2),
        # CPU time of load(): what the load costs without other processes competing.
        "load_cpu_s": round(load_cpu_s, 2),
        "rss_after_load_mb": round(rss_after_load, 1),
        "first_tag_s": round(tagged_at - loaded, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "readiness": nlp.readiness(),
        "tags": [(token.text, token.upos, token.ner) for token in tagged[0]],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
