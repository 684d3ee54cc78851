#!/usr/bin/env python3
"""Forum topic page benchmark: a topic with 200 replies, read by 2 concurrent clients.

Goal (issue "Forums and Q&A"): p99 <= 100 ms after warm-up, with 2 concurrent clients.

Against a running Relais with its demo content (the demo administrator writes the topic):

    RELAIS_DIAGNOSTICS_SQL_COUNT=true mvn -Prun package payara-micro:start -Drelais.port=8099
    python3 benchmarks/topic-page.py http://localhost:8099      # in another terminal

The script creates a category, a topic and 200 replies through the JSON API, reads the topic's
first page WARMUP times, then has 2 threads read it REQUESTS times each, and appends p50, p99 and
the mean to benchmarks/results.md with the machine and the command. When the server runs with
-Drelais.diagnostics.sql-count=true it also records the SQL statements of one page.
"""
import json
import os
import platform
import statistics
import sys
import threading
import time
import urllib.request
from datetime import datetime, timezone

ADMIN = ("admin@demo.relais.fr", "relais-demo-2026")
REPLIES = 200
WARMUP = int(os.environ.get("WARMUP", "300"))
REQUESTS = int(os.environ.get("REQUESTS", "1000"))
CLIENTS = 2


def call(base, method, path, body=None, token=None):
    request = urllib.request.Request(base + path, method=method)
    request.add_header("Accept", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    data = None
    if body is not None:
        data = json.dumps(body).encode("utf-8")
        request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, data) as response:
        text = response.read().decode("utf-8")
        return json.loads(text) if text else None


def prepare(base):
    token = call(base, "POST", "/api/v1/tokens",
                 {"email": ADMIN[0], "password": ADMIN[1], "name": "benchmark"})["token"]
    stamp = str(time.time_ns())
    category = call(base, "POST", "/api/v1/forum/categories",
                    {"name": "Mesures " + stamp, "description": "Banc d'essai du forum.",
                     "colour": "#0b5c66"}, token)["id"]
    topic = call(base, "POST", "/api/v1/forum/topics",
                 {"categoryId": category, "title": "Un sujet très suivi " + stamp,
                  "body": "Comment accompagnez-vous les **seniors** vers les démarches en ligne ?",
                  "tags": []}, token)["id"]
    for i in range(1, REPLIES + 1):
        call(base, "POST", "/api/v1/forum/topics/%s/posts" % topic,
             {"body": "Réponse %d : nous proposons un atelier *pas à pas* le mardi matin." % i},
             token)
    return topic


def timed_get(url):
    start = time.perf_counter()
    with urllib.request.urlopen(url) as response:
        response.read()
        count = response.headers.get("X-Relais-Sql-Count")
    return (time.perf_counter() - start) * 1000, count


def percentile(values, p):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, int(round(p / 100 * len(ordered))) - 1))
    return ordered[index]


def main():
    base = (sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080").rstrip("/")
    topic = prepare(base)
    url = "%s/forum/sujets/%s" % (base, topic)
    sql = None
    for _ in range(WARMUP):
        _, sql = timed_get(url)
    latencies = []
    lock = threading.Lock()

    def client():
        mine = [timed_get(url)[0] for _ in range(REQUESTS)]
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
    mean = statistics.fmean(latencies)
    verdict = "met" if p99 <= 100 else "NOT met"
    lines = [
        "",
        "## Forum topic page, %d replies, %d concurrent clients — %s"
        % (REPLIES, CLIENTS, datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        "",
        "Command: `python3 benchmarks/topic-page.py %s` (warm-up %d, %d requests per client) "
        "against a server started with the README's run command (H2, demo content), on %s, "
        "%d CPU(s)." % (base, WARMUP, REQUESTS, platform.platform(), os.cpu_count()),
        "",
        "| p50 | p99 | mean | SQL statements per page | goal p99 ≤ 100 ms |",
        "|---|---|---|---|---|",
        "| %.1f ms | %.1f ms | %.1f ms | %s | %s |"
        % (p50, p99, mean, sql if sql is not None else "not measured", verdict),
    ]
    print("\n".join(lines))
    results = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results.md")
    with open(results, "a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
