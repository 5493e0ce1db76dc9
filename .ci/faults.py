#!/usr/bin/env python3
"""Fault drills against the real server binary, run by .ci/run (they need root for a tmpfs, or a
PostgreSQL cluster they can stop). Each drill exits non-zero with a message when ispit misbehaves.

  faults.py disk-full BIN WORK          SQLite on a 4 MB tmpfs: fill it, save until a save fails, free the
                                        space; the failed save must say so, every later save must be stored,
                                        and everything acknowledged must survive a kill -9 and a restart.
  faults.py pg-outage BIN PGDIR PORT    PostgreSQL stopped for a while under a signed-in learner: 503 with
                                        Retry-After within a bounded wait, the session kept, /readyz says
                                        so; after a restart of PostgreSQL everything works again.
"""
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request

PORT = 8791


def fail(msg):
    print(f"FAULT DRILL FAILED: {msg}", file=sys.stderr)
    sys.exit(1)


class Http:
    """A tiny client: JSON in and out, status codes kept (no exception on 4xx/5xx)."""

    def __init__(self, base, token=None):
        self.base = base
        self.token = token

    def call(self, method, path, body=None, timeout=30):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if self.token:
            req.add_header("Authorization", f"Bearer {self.token}")
        started = time.monotonic()
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                raw, status, headers = r.read(), r.status, r.headers
        except urllib.error.HTTPError as e:
            raw, status, headers = e.read(), e.code, e.headers
        elapsed = time.monotonic() - started
        try:
            payload = json.loads(raw) if raw else None
        except ValueError:
            payload = raw.decode(errors="replace")
        return status, payload, headers, elapsed


def start_server(binary, env_extra, log_path):
    # Another server on the port would answer in this one's place (and take the drill's saves).
    probe = socket.socket()
    try:
        if probe.connect_ex(("127.0.0.1", PORT)) == 0:
            fail(f"port {PORT} is taken by another process: stop it first")
    finally:
        probe.close()
    env = dict(os.environ, ROCKET_PORT=str(PORT), ROCKET_ADDRESS="127.0.0.1", **env_extra)
    log = open(log_path, "ab")
    proc = subprocess.Popen([binary, "serve"], env=env, stdout=log, stderr=log)
    for _ in range(150):
        if proc.poll() is not None:
            fail(f"the server exited at start (log: {log_path})")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1):
                return proc
        except OSError:
            time.sleep(0.2)
    fail("the server did not answer /healthz")


def sign_in(base):
    status, body, _, _ = Http(base).call(
        "POST", "/api/v1/tokens", {"email": "learner@ispit.test", "password": "ispit-demo"}
    )
    if status != 201 and status != 200:
        fail(f"sign-in answered {status}: {body}")
    return Http(base, body["token"])


def start_attempt(api):
    """Starts an attempt of the gender quiz; returns its id and its first single-choice question's number
    with two option numbers (the API addresses questions and options by their shown numbers)."""
    status, paper, _, _ = api.call(
        "POST", "/api/v1/quizzes/migration-gender-final/attempts", {"locale": "en"}
    )
    if status != 201:
        fail(f"starting an attempt answered {status}: {paper}")
    for q in paper["questions"]:
        if q.get("type") == "single" and len(q.get("options", [])) >= 2:
            return paper["id"], q["number"], q["options"][0]["number"], q["options"][1]["number"]
    fail("no single-choice question on the paper")


def saved_value(api, attempt, question):
    status, paper, _, _ = api.call("GET", f"/api/v1/attempts/{attempt}")
    if status != 200:
        fail(f"reading the attempt answered {status}: {paper}")
    answer = paper["answers"].get(str(question))
    return None if answer is None else answer.get("value")


def disk_full(binary, work):
    mnt = os.path.join(work, "tiny")
    os.makedirs(mnt, exist_ok=True)
    subprocess.run(["umount", mnt], stderr=subprocess.DEVNULL)
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mnt], check=True)
    proc = None
    try:
        db = os.path.join(mnt, "ispit.db")
        env = {"ISPIT_DATABASE_URL": f"sqlite:{db}", "ISPIT_DATA_DIR": work}
        log = os.path.join(work, "disk-full.log")
        proc = start_server(binary, env, log)
        base = f"http://127.0.0.1:{PORT}"
        api = sign_in(base)
        attempt, question, first, second = start_attempt(api)

        def save(value):
            return api.call(
                "PUT",
                f"/api/v1/attempts/{attempt}/answers/{question}",
                {"type": "single", "value": value},
            )

        if save(first)[0] != 204:
            fail("the first save failed on an empty disk")
        # Fill the filesystem, then save alternately until a save is refused.
        filler = os.path.join(mnt, "fill")
        subprocess.run(
            ["dd", "if=/dev/zero", f"of={filler}", "bs=64k"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        acknowledged = first
        refused = None
        for i in range(2000):
            value = second if i % 2 == 0 else first
            status, body, _, _ = save(value)
            if status == 204:
                acknowledged = value
            else:
                refused = (status, body)
                break
        if refused is None:
            fail("2000 saves on a full disk were all acknowledged: where did they go?")
        status, body = refused
        print(f"disk full: a save answered {status}: {body}")
        if status not in (500, 503, 507):
            fail(f"a failed save must answer a server error, not {status}")
        if not isinstance(body, dict) or "error" not in body:
            fail(f"a failed save must explain itself in the API's error shape: {body}")
        if saved_value(api, attempt, question) != acknowledged:
            fail("the answer read back is not the last acknowledged one")

        os.remove(filler)
        # The database must not be left locked by a connection stuck in a transaction.
        outside = sqlite3.connect(db, timeout=5)
        try:
            outside.execute("BEGIN IMMEDIATE")
            outside.execute("ROLLBACK")
        except sqlite3.OperationalError as e:
            fail(f"after the fault an outside writer cannot write: {e}")
        finally:
            outside.close()

        # Every save after the fault is stored, read back, and survives kill -9 and a restart.
        last = None
        for i in range(20):
            value = first if i % 2 == 0 else second
            status, body, _, _ = save(value)
            if status != 204:
                fail(f"save {i} after space came back answered {status}: {body}")
            last = value
            if saved_value(api, attempt, question) != last:
                fail(f"save {i} after space came back was acknowledged but not stored")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc = start_server(binary, env, log)
        api = sign_in(base)
        if saved_value(api, attempt, question) != last:
            fail("an acknowledged save was lost across kill -9 and a restart")
        status, body, _, _ = api.call("POST", f"/api/v1/attempts/{attempt}/submit")
        if status != 200 or body.get("state") != "submitted":
            fail(f"submitting after the fault answered {status}: {body}")
        print("disk-full drill passed: the failed save was refused, later saves stored and durable")
    finally:
        if proc and proc.poll() is None:
            proc.kill()
            proc.wait()
        subprocess.run(["umount", mnt], stderr=subprocess.DEVNULL)


def pg_outage(binary, pgdir, port):
    here = os.path.dirname(os.path.abspath(__file__))

    def pg(action):
        out = subprocess.run(
            ["bash", os.path.join(here, "pg.sh"), action, pgdir, str(port)],
            check=True, capture_output=True, text=True,
        )
        return out.stdout.strip()

    url = pg("start")
    work = os.path.join(pgdir, "..", "outage")
    os.makedirs(work, exist_ok=True)
    db_name = "ispit_outage"
    subprocess.run(["psql", url, "-qc", f"DROP DATABASE IF EXISTS {db_name}"], check=True)
    subprocess.run(["psql", url, "-qc", f"CREATE DATABASE {db_name}"], check=True)
    db_url = url.rsplit("/", 1)[0] + "/" + db_name
    env = {"ISPIT_DATABASE_URL": db_url, "ISPIT_DATA_DIR": work, "ISPIT_DB_ACQUIRE_TIMEOUT_SECONDS": "3"}
    proc = start_server(binary, env, os.path.join(work, "server.log"))
    base = f"http://127.0.0.1:{PORT}"
    try:
        api = sign_in(base)
        attempt, question, first, second = start_attempt(api)
        api.call("PUT", f"/api/v1/attempts/{attempt}/answers/{question}", {"type": "single", "value": first})

        pg("stop")
        try:
            for method, path, body in [
                ("GET", f"/api/v1/attempts/{attempt}", None),
                ("PUT", f"/api/v1/attempts/{attempt}/answers/{question}", {"type": "single", "value": second}),
                ("POST", "/api/v1/tokens", {"email": "learner@ispit.test", "password": "ispit-demo"}),
            ]:
                status, reply, headers, elapsed = (api if path != "/api/v1/tokens" else Http(base)).call(
                    method, path, body
                )
                print(f"outage: {method} {path} -> {status} in {elapsed:.1f} s: {reply}")
                if status != 503:
                    fail(f"{method} {path} during the outage answered {status}, not 503")
                if not headers.get("Retry-After"):
                    fail(f"{method} {path} during the outage has no Retry-After")
                if elapsed > 8:
                    fail(f"{method} {path} took {elapsed:.1f} s to report the outage")
            status, _, _, _ = Http(base).call("GET", "/readyz")
            if status != 503:
                fail(f"/readyz during the outage answered {status}")
        finally:
            pg("start")
        # Recovery: the same token works, the answer from before the outage is there, saves work.
        for _ in range(50):
            if Http(base).call("GET", "/readyz")[0] == 200:
                break
            time.sleep(0.2)
        else:
            fail("/readyz did not recover after PostgreSQL came back")
        if saved_value(api, attempt, question) != first:
            fail("the answer saved before the outage is not there after it")
        status, _, _, _ = api.call(
            "PUT", f"/api/v1/attempts/{attempt}/answers/{question}", {"type": "single", "value": second}
        )
        if status != 204 or saved_value(api, attempt, question) != second:
            fail(f"saving after the outage answered {status}")
        print("pg-outage drill passed: 503 with Retry-After during the outage, session kept, recovery")
    finally:
        proc.kill()
        proc.wait()


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "disk-full":
        disk_full(os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3]))
    elif len(sys.argv) >= 5 and sys.argv[1] == "pg-outage":
        pg_outage(os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3]), int(sys.argv[4]))
    else:
        print(__doc__)
        sys.exit(2)
