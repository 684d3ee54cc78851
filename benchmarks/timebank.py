#!/usr/bin/env python3
"""Time bank benchmark: transfers/s with 16 clients through the HTTP API, against pgbench TPC-B on
the same PostgreSQL in the same run (issue #7: goal >= 50 %), then the ledger's audit (0 violations).

    mvn -B -q -DskipTests -Dspotless.check.skip=true package   # builds target/relais.war
    apt-get install wrk                                          # the load client (Debian)
    python3 benchmarks/timebank.py                               # from the repository root

What it does, all on 127.0.0.1 and in a fresh temporary directory that it deletes at the end:

1. starts a PostgreSQL 15 (`initdb` and `pg_ctl` from PATH or /usr/local/bin, as the `postgres`
   user when run as root, on a free port, fsync on as in production);
2. `pgbench -i` (scale 1) then `pgbench -c 16 -j 2 -T 30` in a database of its own: TPC-B tps
   (run again once Relais has stopped, step 7: the ratio is taken to the mean of the two, since
   pgbench's figure, bound by the disk's flushes, moves by a third between runs on this machine);
3. starts Relais (Payara Micro + target/relais.war, -Xmx512m, no demo content) on a database
   `relais` of the same server; registers MEMBERS members (confirmation link read from the outbox);
4. warms the server up until its JIT compilers are done (not measured): rounds of 16 x 250
   payments until, in one round, the JVM's compiler threads used less than 5 % of its CPU (read
   from /proc/<pid>/task), as on a server that has been running for a while: pgbench's figure is
   a steady state too. On two cores the C2 compiler needs minutes of load to compile a Jakarta EE
   server's request path: after 16 x 100 payments it was still busy during the whole storm, and
   the JVM's CPU per payment went from 4.7 ms then to 1.2-1.5 ms once it had finished. The warm-up
   gives up after WARM_UP_LIMIT seconds and says so in the results;
   16 clients send TRANSFERS_PER_CLIENT random payments each (1 to 240 minutes between two
   random members, a fresh Idempotency-Key each) through POST /api/v1/timebank/transfers, one
   keep-alive connection per client; a payment refused under the payer's floor (422) counts as a
   request, not as a transfer. The clients are wrk's 16 connections on 2 threads, as pgbench's
   16 clients on 2 threads (-j 2): both load clients are C programs on the same two cores as the
   servers. With Python threads instead (LOAD_CLIENT=python, the clients until 2026-11-25) the
   clients took 0.35 to 0.57 ms of CPU per payment, wrk about 0.1: a third of what Relais's JVM
   spends, taken from the servers under test. The CPU that the compiler threads and the clients
   used during the storm, and the JVM's CPU by thread, are printed beside the figures;
5. GET /api/v1/timebank/audit as the administrator: must answer ok with 0 violations;
6. the same clients send as many GET /api/v1/me (the token check and the caller's account), then
   GET /health (Payara's own): their requests/s and the CPU time per request of the Relais JVM and
   of PostgreSQL (from /proc), beside the payments', show what a request costs apart from the
   ledger (these two have no warm-up of their own: the compilers are still at work on the few
   methods that are theirs alone, so their figures are an upper bound);
7. stops Relais, runs pgbench again as in step 2, and appends the figures, the load average
   and the command to benchmarks/results.md.

Environment: TRANSFERS_PER_CLIENT (default 500, so 16 x 500 as the issue's IT asks),
LOAD_CLIENT (wrk, the default, or python), WARM_UP_LIMIT (seconds, default 900), MEMBERS
(default 32), PGBENCH_SECONDS (default 30), JAVA (default java), PAYARA_MICRO_JAR, RELAIS_JAVA_OPTS
(extra JVM options for Relais, e.g. -XX:StartFlightRecording=filename=/tmp/tb.jfr to profile, or
-Drelais.diagnostics.sql-count=true to log the SQL statements of one payment).
"""
import email
import http.client
import json
import os
import random
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results.md"
CLIENTS = 16
TRANSFERS_PER_CLIENT = int(os.environ.get("TRANSFERS_PER_CLIENT", "500"))
MEMBERS = int(os.environ.get("MEMBERS", "32"))
# The warm-up's rounds (payments per client), the compilers' share of the JVM's CPU in a round
# under which the JIT is taken to be done, and the longest the warm-up may take.
WARM_UP_ROUND = 250
STEADY_JIT_SHARE = 0.05
WARM_UP_LIMIT = int(os.environ.get("WARM_UP_LIMIT", "900"))
PGBENCH_SECONDS = int(os.environ.get("PGBENCH_SECONDS", "30"))
LOAD_CLIENT = os.environ.get("LOAD_CLIENT", "wrk")
JAVA = os.environ.get("JAVA", "java")
PAYARA_JAR = os.environ.get(
    "PAYARA_MICRO_JAR",
    str(Path.home() / ".m2/repository/fish/payara/extras/payara-micro/6.2025.10"
        / "payara-micro-6.2025.10.jar"))
ADMIN = ("banc.admin@exemple.fr", "banc-d-essai-de-la-banque-de-temps")


def log(message):
    print("[timebank.py] " + message, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def pg_tool(name):
    found = shutil.which(name)
    if found:
        return found
    for folder in ("/usr/local/bin", "/usr/lib/postgresql/15/bin"):
        if os.path.exists(os.path.join(folder, name)):
            return os.path.join(folder, name)
    sys.exit(name + " is needed (PostgreSQL 15 binaries)")


def as_postgres(command, **kwargs):
    """PostgreSQL refuses to run as root: run its tools as the postgres user then."""
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--"] + command
    return subprocess.run(command, check=True, **kwargs)


class Postgres:
    def __init__(self, work):
        self.dir = work / "pg"
        self.port = free_port()

    def start(self):
        self.dir.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.dir.parent, "postgres")
            shutil.chown(self.dir, "postgres")
        as_postgres([pg_tool("initdb"), "-D", str(self.dir), "-U", "postgres", "-A", "trust",
                     "-E", "UTF8", "--no-locale"], stdout=subprocess.DEVNULL)
        as_postgres([pg_tool("pg_ctl"), "-D", str(self.dir), "-l", str(self.dir / "log"), "-w",
                     "-o", "-p %d -k %s -c listen_addresses=127.0.0.1 -c max_connections=100"
                     % (self.port, self.dir), "start"], stdout=subprocess.DEVNULL)

    def stop(self):
        if (self.dir / "postmaster.pid").exists():
            as_postgres([pg_tool("pg_ctl"), "-D", str(self.dir), "-m", "fast", "-w", "stop"],
                        stdout=subprocess.DEVNULL)

    def run(self, tool, *args, capture=False):
        return as_postgres([pg_tool(tool), "-h", "127.0.0.1", "-p", str(self.port),
                            "-U", "postgres", *args],
                           capture_output=capture, text=True)


def pgbench(pg, initialise=True):
    if initialise:
        pg.run("createdb", "pgbench")
        pg.run("pgbench", "-i", "-q", "pgbench", capture=True)
    out = pg.run("pgbench", "-c", str(CLIENTS), "-j", "2", "-T", str(PGBENCH_SECONDS),
                 "pgbench", capture=True).stdout
    tps = [line for line in out.splitlines() if line.startswith("tps")]
    log("pgbench: " + " / ".join(tps))
    return float(tps[-1].split("=")[1].split()[0])


class Relais:
    def __init__(self, work, pg):
        self.data = work / "relais"
        self.port = free_port()
        self.pg = pg
        self.process = None

    def start(self):
        self.pg.run("createdb", "relais")
        self.data.mkdir()
        war = ROOT / "target" / "relais.war"
        if not war.exists():
            sys.exit("missing target/relais.war: build it first (see the docstring)")
        command = [JAVA, "-Xmx512m", *os.environ.get("RELAIS_JAVA_OPTS", "").split(),
                   "-Drelais.data-dir=%s" % self.data, "-Drelais.demo=false",
                   "-Drelais.trust-forwarded-for=true",
                   "-Drelais.admin.email=" + ADMIN[0], "-Drelais.admin.password=" + ADMIN[1],
                   "-Drelais.db.class=org.postgresql.ds.PGSimpleDataSource",
                   "-Drelais.db.url=jdbc:postgresql://127.0.0.1:%d/relais" % self.pg.port,
                   "-Drelais.db.user=postgres", "-Drelais.db.password=postgres",
                   "-jar", PAYARA_JAR, "--deploy", str(war), "--contextroot", "/",
                   "--port", str(self.port), "--nocluster", "--rootdir", str(self.data / "payara")]
        with open(self.data / "server.log", "wb") as server_log:
            self.process = subprocess.Popen(command, stdout=server_log, stderr=subprocess.STDOUT)
        deadline = time.time() + 300
        while time.time() < deadline:
            if self.process.poll() is not None:
                sys.exit("Relais stopped; see its log:\n"
                         + (self.data / "server.log").read_text(errors="replace")[-4000:])
            try:
                with urllib.request.urlopen(self.base() + "/health", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            time.sleep(1)
        sys.exit("Relais did not start within 300 s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def base(self):
        return "http://127.0.0.1:%d" % self.port


class Client:
    """One keep-alive connection, as one client thread."""

    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.address = "10.%d.%d.%d" % tuple(random.randint(1, 254) for _ in range(3))

    def call(self, method, path, body=None, token=None, headers=None):
        sent = {"Accept": "application/json", "X-Forwarded-For": self.address}
        sent.update(headers or {})
        if token:
            sent["Authorization"] = "Bearer " + token
        data = None
        if body is not None:
            data = json.dumps(body).encode("utf-8")
            sent["Content-Type"] = "application/json"
        self.connection.request(method, path, data, sent)
        response = self.connection.getresponse()
        text = response.read().decode("utf-8")
        self.sql_count = response.getheader("X-Relais-Sql-Count")
        return response.status, (json.loads(text) if text else None)


def confirmation_token(outbox, address):
    deadline = time.time() + 30
    while time.time() < deadline:
        for path in sorted(outbox.glob("*.eml"), reverse=True):
            message = email.message_from_bytes(path.read_bytes())
            if address.lower() in (message.get("To") or "").lower():
                for part in message.walk():
                    if part.get_content_type() == "text/plain":
                        body = part.get_payload(decode=True).decode("utf-8", "replace")
                        if "jeton=" in body:
                            return body.split("jeton=")[1].split()[0].rstrip(">)")
        time.sleep(0.1)
    raise RuntimeError("no confirmation mail to " + address)


def register(relais, count):
    tokens = []
    for i in range(count):
        client = Client(relais.port)
        address = "banc.%d.%d@exemple.fr" % (i, time.time_ns())
        password = "une phrase de passe %d" % time.time_ns()
        status, member = client.call("POST", "/api/v1/accounts", {
            "displayName": "Membre du banc %d" % i, "email": address, "password": password})
        assert status == 201, (status, member)
        token = confirmation_token(relais.data / "outbox", address)
        status, _ = client.call("POST", "/api/v1/accounts/confirmation", {"token": token})
        assert status == 200, status
        status, login = client.call("POST", "/api/v1/tokens",
                                    {"email": address, "password": password, "name": "banc"})
        assert status == 201, (status, login)
        tokens.append((member["id"], login["token"]))
    return tokens


CLIENT_NAMES = {"wrk": "`wrk` (C, 2 threads, as pgbench -j 2), its Lua script in "
                        "`timebank.py`", "python": "Python threads (`LOAD_CLIENT=python`)"}


def storm(relais, members):
    """CLIENTS x TRANSFERS_PER_CLIENT random payments: ({"accepted", "refused", "other"}, seconds,
    the clients' CPU seconds)."""
    if LOAD_CLIENT == "wrk":
        counts, seconds, cpu = wrk(relais, members, "POST", "/api/v1/timebank/transfers", True)
        return {"accepted": counts["ok"], "refused": counts["refused"],
                "other": counts["other"]}, seconds, cpu
    counts = {"accepted": 0, "refused": 0, "other": 0}
    lock = threading.Lock()

    def client(seed):
        rng = random.Random(seed)
        http_client = Client(relais.port)
        mine = {"accepted": 0, "refused": 0, "other": 0}
        for _ in range(TRANSFERS_PER_CLIENT):
            payer, receiver = rng.sample(members, 2)
            status, _ = http_client.call(
                "POST", "/api/v1/timebank/transfers",
                {"to": receiver[0], "minutes": rng.randint(1, 240), "memo": "Banc d'essai"},
                token=payer[1], headers={"Idempotency-Key": str(uuid.uuid4())})
            mine["accepted" if status == 201 else "refused" if status == 422 else "other"] += 1
        if http_client.sql_count and seed == 1000:
            log("SQL statements of the last payment: " + http_client.sql_count)
        with lock:
            for key, value in mine.items():
                counts[key] += value

    return (counts,) + python_clients(client, 1000)


def reads(relais, members, path, token):
    """The same clients, each sending TRANSFERS_PER_CLIENT GETs of path: (requests, seconds, the
    clients' CPU seconds)."""
    if LOAD_CLIENT == "wrk":
        counts, seconds, cpu = wrk(relais, members, "GET", path, token)
        assert counts["refused"] == counts["other"] == 0, (path, counts)
        return counts["ok"], seconds, cpu

    def client(seed):
        rng = random.Random(seed)
        http_client = Client(relais.port)
        for _ in range(TRANSFERS_PER_CLIENT):
            status, _ = http_client.call("GET", path, token=rng.choice(members)[1] if token else None)
            assert status == 200, (path, status)

    return (CLIENTS * TRANSFERS_PER_CLIENT,) + python_clients(client, 2000)


# The wrk client: its Lua script, filled in by wrk() (%% is a literal %). Each of wrk's threads
# counts the answers of its connections and stops once they have all been answered, saying so on
# stdout (wrk itself runs for its -d duration: wrk() interrupts it then); done() sums the threads'
# counts. A payment's payer and receiver are two random members, its amount 1 to
# 240 minutes, its Idempotency-Key unique to the run, the thread and the request. Each member is
# {its id as JSON text, its token}.
WRK_SCRIPT = r"""
local members = {%(members)s}
local method, path, with_token, is_payment = "%(method)s", "%(path)s", %(token)s, %(payment)s
local run, per_thread, threads = "%(run)s", %(per_thread)d, {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("number", #threads)
end

function init(args)
  math.randomseed(%(seed)d + number)
  ok, refused, other, sent, sql_count, stopped = 0, 0, 0, 0, "", false
  address = string.format("10.%%d.%%d.%%d", math.random(254), math.random(254), number)
end

function request()
  sent = sent + 1
  local caller = members[math.random(#members)]
  local headers = {["Accept"] = "application/json", ["X-Forwarded-For"] = address}
  if with_token then headers["Authorization"] = "Bearer " .. caller[2] end
  if not is_payment then return wrk.format(method, path, headers) end
  local receiver = caller
  while receiver == caller do receiver = members[math.random(#members)] end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = string.format("%%s-%%d-%%d", run, number, sent)
  return wrk.format(method, path, headers, string.format(
    '{"to":%%s,"minutes":%%d,"memo":"Banc d\'essai"}', receiver[1], math.random(240)))
end

function response(status, headers, body)
  if status == 200 or status == 201 then ok = ok + 1
  elseif status == 422 and is_payment then refused = refused + 1
  else other = other + 1 end
  sql_count = headers["X-Relais-Sql-Count"] or sql_count
  if ok + refused + other >= per_thread and not stopped then
    stopped = true
    io.write("STOPPED\n")
    io.flush()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local sums = {ok = 0, refused = 0, other = 0}
  for _, thread in ipairs(threads) do
    for key, _ in pairs(sums) do sums[key] = sums[key] + thread:get(key) end
  end
  io.write(string.format('RESULT {"ok": %%d, "refused": %%d, "other": %%d, "sqlCount": "%%s"}\n',
    sums.ok, sums.refused, sums.other, threads[1]:get("sql_count")))
end
"""
WRK_THREADS = 2


def wrk(relais, members, method, path, token):
    """CLIENTS connections of wrk (on WRK_THREADS threads, as pgbench -j 2), each sending
    TRANSFERS_PER_CLIENT requests: ({"ok", "refused", "other"}, seconds, wrk's CPU seconds)."""
    script = relais.data / "wrk.lua"
    script.write_text(WRK_SCRIPT % {
        "members": ", ".join("{[[%s]], %s}" % (json.dumps(member_id), json.dumps(token))
                             for member_id, token in members),
        "method": method, "path": path, "token": "true" if token else "false",
        "payment": "true" if method == "POST" else "false", "run": uuid.uuid4().hex,
        "per_thread": TRANSFERS_PER_CLIENT * CLIENTS // WRK_THREADS,
        "seed": random.randrange(1 << 30)}, encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(["wrk", "-t", str(WRK_THREADS), "-c", str(CLIENTS), "-d", "3600s",
                                "--timeout", "60s", "-s", str(script), relais.base() + path],
                               stdout=subprocess.PIPE, text=True)
    stopped, lines, seconds = 0, [], None
    for line in process.stdout:
        lines.append(line)
        if line.strip() == "STOPPED":
            stopped += 1
            if stopped == WRK_THREADS:
                seconds = time.perf_counter() - started
                process.send_signal(signal.SIGINT)
    process.wait()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if process.returncode != 0 or seconds is None:
        sys.exit("wrk failed (%d):\n%s" % (process.returncode, "".join(lines)))
    result = json.loads(next(line for line in lines
                             if line.startswith("RESULT "))[len("RESULT "):])
    if result["sqlCount"]:
        log("SQL statements of a %s %s: %s" % (method, path, result["sqlCount"]))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result, seconds, cpu


def python_clients(client, first_seed):
    """Runs client(seed) on CLIENTS threads at once and answers the seconds they took and this
    script's CPU seconds meanwhile; an exception in any of them fails the run once all have
    ended."""
    failures = []

    def guarded(seed):
        try:
            client(seed)
        except Exception as failure:  # reported below, on the main thread
            failures.append(failure)

    threads = [threading.Thread(target=guarded, args=(first_seed + t,)) for t in range(CLIENTS)]
    started, cpu = time.perf_counter(), os.times()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]
    ended = os.times()
    return (time.perf_counter() - started,
            (ended.user - cpu.user) + (ended.system - cpu.system))


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid):
    """User and system CPU time of one process, in seconds."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def postgres_cpu_seconds():
    """User and system CPU time of every PostgreSQL process now running, in seconds."""
    total = 0.0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/comm" % entry) as f:
                    if f.read().strip() != "postgres":
                        continue
                total += cpu_seconds(int(entry))
            except (OSError, ValueError, IndexError):
                pass
    return total


THREAD_GROUPS = (("request threads", ("http-thread",)), ("garbage collector", ("GC Thread", "G1 ")),
                 ("JIT compilers", ("C1 CompilerThre", "C2 CompilerThre")))


def threads_cpu_seconds(pid):
    """CPU time, in seconds, of the JVM pid's threads by THREAD_GROUPS (by the thread's name as
    /proc gives it, its first 15 characters), the rest under "other" and by name."""
    groups, others = {}, {}
    for task in os.listdir("/proc/%d/task" % pid):
        try:
            with open("/proc/%d/task/%s/comm" % (pid, task)) as f:
                name = f.read().strip()
            with open("/proc/%d/task/%s/stat" % (pid, task)) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (OSError, ValueError, IndexError):
            continue  # a thread that ended meanwhile
        seconds = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
        system = int(fields[12]) / CLOCK_TICKS
        group = next((label for label, prefixes in THREAD_GROUPS
                      if name.startswith(prefixes)), "other")
        groups[group] = groups.get(group, 0.0) + seconds
        groups[group + " (system)"] = groups.get(group + " (system)", 0.0) + system
        if group == "other":
            others[name] = others.get(name, 0.0) + seconds
    return groups, others


def threads_spent(before, after):
    """What each group (and each other thread name) used between two threads_cpu_seconds()."""
    return ({k: v - before[0].get(k, 0.0) for k, v in after[0].items()},
            {k: v - before[1].get(k, 0.0) for k, v in after[1].items()})


def warm_up(relais, members):
    """Payment rounds until the JIT compilers used under STEADY_JIT_SHARE of the JVM's CPU in one
    round, or WARM_UP_LIMIT seconds: answers (payments sent, seconds, steady state reached)."""
    global TRANSFERS_PER_CLIENT
    wanted, TRANSFERS_PER_CLIENT = TRANSFERS_PER_CLIENT, WARM_UP_ROUND
    started, sent, steady = time.perf_counter(), 0, False
    try:
        while not steady and time.perf_counter() - started < WARM_UP_LIMIT:
            _, java, _, threads = measured(relais, lambda: storm(relais, members))
            sent += CLIENTS * WARM_UP_ROUND
            share = threads[0].get("JIT compilers", 0.0) / max(java, 0.01)
            log("warm-up: %d payments, compilers %.0f %% of the JVM's CPU in the last round"
                % (sent, 100 * share))
            steady = share < STEADY_JIT_SHARE
    finally:
        TRANSFERS_PER_CLIENT = wanted
    return sent, time.perf_counter() - started, steady


def measured(relais, work):
    """Runs work(); answers its result with the CPU time Relais and PostgreSQL spent meanwhile, and
    Relais's by thread (threads_spent())."""
    pid = relais.process.pid
    java, postgres, threads = cpu_seconds(pid), postgres_cpu_seconds(), threads_cpu_seconds(pid)
    result = work()
    return (result, cpu_seconds(pid) - java, postgres_cpu_seconds() - postgres,
            threads_spent(threads, threads_cpu_seconds(pid)))


def log_threads(what, threads, requests):
    groups, others = threads
    top = sorted(others.items(), key=lambda item: -item[1])[:6]
    log("%s, JVM CPU ms per request by thread: %s; other: %s" % (
        what, ", ".join("%s %.3f" % (k, 1000 * v / requests) for k, v in sorted(groups.items())),
        ", ".join("%s %.3f" % (k, 1000 * v / requests) for k, v in top)))


def audit(relais):
    client = Client(relais.port)
    status, login = client.call("POST", "/api/v1/tokens",
                                {"email": ADMIN[0], "password": ADMIN[1], "name": "banc"})
    assert status == 201, (status, login)
    status, report = client.call("GET", "/api/v1/timebank/audit", token=login["token"])
    assert status == 200, (status, report)
    return report


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def commit():
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                              capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, check=True,
                               capture_output=True, text=True).stdout.strip()
        return head + (" (with uncommitted changes)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    if LOAD_CLIENT not in CLIENT_NAMES:
        sys.exit("LOAD_CLIENT is wrk or python")
    if LOAD_CLIENT == "wrk" and not shutil.which("wrk"):
        sys.exit("wrk is needed (apt-get install wrk), or LOAD_CLIENT=python")
    work = Path(tempfile.mkdtemp(prefix="relais-timebank-"))
    pg = Postgres(work)
    relais = Relais(work, pg)
    load_before = load()
    try:
        log("starting PostgreSQL on port %d" % pg.port)
        pg.start()
        log("pgbench TPC-B, %d clients, %d s" % (CLIENTS, PGBENCH_SECONDS))
        tps = pgbench(pg)
        log("starting Relais on port %d" % relais.port)
        relais.start()
        members = register(relais, MEMBERS)
        log("%d members; warm-up" % len(members))
        warmed, warm_seconds, steady = warm_up(relais, members)
        log("storm: %d clients x %d transfers" % (CLIENTS, TRANSFERS_PER_CLIENT))
        load_during = load()
        (counts, seconds, clients), storm_java, storm_postgres, storm_threads = measured(
            relais, lambda: storm(relais, members))
        log_threads("payments", storm_threads, sum(counts.values()))
        compilers = storm_threads[0].get("JIT compilers", 0.0)
        report = audit(relais)
        log("the same clients on GET /api/v1/me and GET /health")
        references = []
        for path, token in (("/api/v1/me", True), ("/health", False)):
            (sent, spent, cpu), java, postgres, threads = measured(
                relais, lambda: reads(relais, members, path, token))
            log_threads(path, threads, sent)
            references.append((path, sent, spent, java, postgres, cpu, threads))
        relais.stop()
        log("pgbench TPC-B again, Relais stopped")
        tps_after = pgbench(pg, initialise=False)
    finally:
        relais.stop()
        pg.stop()
        shutil.rmtree(work, ignore_errors=True)
    requests = sum(counts.values())
    per_second = counts["accepted"] / seconds
    tps_before, tps = tps, (tps + tps_after) / 2
    ratio = per_second / tps
    warm = ("%d payments in %.0f s, until the JIT compilers used under %.0f %% of the JVM's CPU "
            "in a round" % (warmed, warm_seconds, 100 * STEADY_JIT_SHARE)) if steady else (
        "%d payments in %.0f s, **stopped by WARM_UP_LIMIT before the JIT compilers were done**: "
        "the figures are not a steady state" % (warmed, warm_seconds))
    violations = len(report.get("violations", []))
    lines = [
        "",
        "## Time bank transfers vs pgbench TPC-B, %d clients, PostgreSQL 15 — %s"
        % (CLIENTS, datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        "",
        "Commit %s. Command: `python3 benchmarks/timebank.py` (%d clients × %d payments through "
        "`POST /api/v1/timebank/transfers` between %d members, after a warm-up of %s; "
        "`pgbench -i` scale 1 then `pgbench -c 16 -j 2 -T %d` on the same PostgreSQL server, "
        "fsync on, before Relais starts and again after it stops: %.0f then %.0f tps, the table "
        "gives their mean), on %d CPU(s), load average %s before, %s when the storm started, %s "
        "after. Load client: %s. During the measured storm the JIT compiler threads used %.1f s of "
        "CPU (of the JVM's %.1f s) and the benchmark's clients %.1f s (%.2f ms per request)."
        % (commit(), CLIENTS, TRANSFERS_PER_CLIENT, MEMBERS, warm, PGBENCH_SECONDS,
           tps_before, tps_after, os.cpu_count(), load_before, load_during, load(),
           CLIENT_NAMES[LOAD_CLIENT], compilers, storm_java, clients, 1000 * clients / requests),
        "",
        "| pgbench TPC-B tps (mean) | payments sent | accepted | refused (floor) | other | seconds "
        "| transfers/s | requests/s | ratio to TPC-B | goal ≥ 50 % | audit |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        "| %.0f | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.0f %% | %s | %s, %d violation(s) |"
        % (tps, requests, counts["accepted"], counts["refused"], counts["other"], seconds,
           per_second, requests / seconds, 100 * ratio, "met" if ratio >= 0.5 else "NOT met",
           "ok" if report.get("ok") else "FAILED", violations),
        "",
        "The same 16 clients, one request type after the other: the payments above, then as many "
        "`GET /api/v1/me` (bearer token check and the caller's account: the cheapest request a "
        "member's token opens) and `GET /health` (Payara's health check; of Relais, only its security-headers filter). CPU time "
        "from `/proc`, per request, for the Relais JVM (its request threads apart), for all "
        "PostgreSQL processes and for the load client.",
        "",
        "| requests | requests/s | Relais JVM CPU ms/request | of which request threads "
        "| PostgreSQL CPU ms/request | client CPU ms/request |",
        "|---|---|---|---|---|---|",
        "| POST /api/v1/timebank/transfers | %.0f | %.2f | %.2f | %.2f | %.2f |"
        % (requests / seconds, 1000 * storm_java / requests,
           1000 * storm_threads[0].get("request threads", 0.0) / requests,
           1000 * storm_postgres / requests, 1000 * clients / requests),
    ] + [
        "| GET %s | %.0f | %.2f | %.2f | %.2f | %.2f |"
        % (path, sent / spent, 1000 * java / sent,
           1000 * threads[0].get("request threads", 0.0) / sent, 1000 * postgres / sent,
           1000 * cpu / sent)
        for path, sent, spent, java, postgres, cpu, threads in references
    ]
    print("\n".join(lines))
    with open(RESULTS, "a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    if not report.get("ok") or counts["other"]:
        sys.exit(1)


if __name__ == "__main__":
    main()
