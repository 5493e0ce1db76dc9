#!/usr/bin/env python3
"""Reads every message of a Maildir for the CI walk (.ci/e2e/mail.js) with Python's email package: prints one
JSON object per message (recipient, decoded subject, Message-ID, MIME types, plain text, attachments saved
to OUTDIR) and lints it (the headers every message needs, no raw 8-bit bytes in headers, lines within 998
octets).
usage: mail_inspect.py MAILDIR OUTDIR   (a JSON list on standard output)"""
import json
import mailbox
import os
import sys
from email import message_from_bytes, policy
from email.header import decode_header, make_header
from email.parser import BytesParser


def lint(raw, msg):
    problems = [f"missing header {h}" for h in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version") if msg[h] is None]
    head = raw.split(b"\r\n\r\n" if b"\r\n\r\n" in raw else b"\n\n", 1)[0]
    if any(b > 127 for b in head):
        problems.append("raw 8-bit bytes in headers")
    if any(len(line.rstrip(b"\r")) > 998 for line in raw.split(b"\n")):
        problems.append("a line longer than 998 octets")
    return problems


def main():
    maildir, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    box = mailbox.Maildir(maildir, factory=None, create=False)
    result = []
    for key in sorted(box.keys()):
        raw = box.get_bytes(key)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        text = msg.get_body(("plain",))
        html = msg.get_body(("html",))
        files = []
        for part in msg.iter_attachments():
            name = f"{key}-{part.get_filename()}"
            with open(os.path.join(out, name), "wb") as f:
                f.write(part.get_payload(decode=True))
            files.append({"filename": part.get_filename(), "type": part.get_content_type(), "path": os.path.join(out, name)})
        result.append({
            "key": key,
            # Decoded as RFC 2047 says (white space between adjacent encoded words dropped): Python's
            # address parser keeps a space where a long name was folded into two encoded words.
            "to": str(make_header(decode_header(message_from_bytes(raw)["To"]))),
            "subject": str(msg["Subject"]),
            "message_id": str(msg["Message-ID"]),
            "type": msg.get_content_type(),
            "parts": [p.get_content_type() for p in msg.walk()],
            "text": text.get_content() if text else "",
            "html": html.get_content() if html else "",
            "attachments": files,
            "problems": lint(raw, msg),
        })
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
