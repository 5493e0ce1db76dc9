#!/usr/bin/env python3
"""A loopback SMTP server for CI and benchmarks (aiosmtpd from PyPI): each accepted message is stored as one
file in MAILDIR/new. With --stop-after N it accepts N messages and then closes its port (connections refused
from then on), the way a mail server that goes down halfway through a bulk send looks to ispit.

usage: smtp_sink.py --port 2526 --maildir DIR [--stop-after N]     prints "READY <port>" when listening
"""
import argparse
import mailbox
import os
import signal
import sys
import threading

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, path, stop_after, stopped):
        self.box = mailbox.Maildir(path, create=True)
        self.left = stop_after
        self.stopped = stopped
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        with self.lock:
            if self.left is not None and self.left <= 0:
                return "421 4.3.2 Service shutting down"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.left is not None and self.left <= 0:
                return "421 4.3.2 Service shutting down"
            self.box.add(envelope.original_content or envelope.content)
            if self.left is not None:
                self.left -= 1
                if self.left == 0:
                    self.stopped.set()
        return "250 2.0.0 Ok: queued"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=2526)
    ap.add_argument("--maildir", required=True)
    ap.add_argument("--stop-after", type=int)
    a = ap.parse_args()
    stopped = threading.Event()
    controller = Controller(Sink(a.maildir, a.stop_after, stopped), hostname=a.host, port=a.port)
    controller.start()
    print(f"READY {a.port}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: stopped.set())
    signal.signal(signal.SIGINT, lambda *_: stopped.set())
    stopped.wait()
    controller.stop()
    print(f"STOPPED after {len(os.listdir(os.path.join(a.maildir, 'new')))} messages", flush=True)
    sys.exit(0)


if __name__ == "__main__":
    main()
