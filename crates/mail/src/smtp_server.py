"""A real SMTP server for Teilhabe's tests (aiosmtpd from PyPI), delivering to a Maildir.

Each accepted message is stored with an `X-Envelope-To:` line (the RCPT TO addresses) in
front, so tests see whom the server was asked to deliver to. Options make it behave like
servers the mail worker meets: STARTTLS required, AUTH required, recipients refused for
good (550), a slow DATA phase (to kill a sender mid-conversation).
"""

import argparse
import asyncio
import json
import mailbox
import os
import signal
import ssl
import sys
import threading

from email import message_from_bytes, policy

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, maildir, refuse, delay):
        self.box = mailbox.Maildir(maildir, create=True)
        self.log = os.path.join(maildir, "received.jsonl")
        self.refuse = refuse
        self.delay = delay

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if any(address.startswith(prefix) for prefix in self.refuse):
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay:
            await asyncio.sleep(self.delay)
        content = envelope.original_content or envelope.content
        line = ("X-Envelope-To: " + ", ".join(envelope.rcpt_tos) + "\r\n").encode()
        self.box.add(line + content)
        self.note(envelope.rcpt_tos, content)
        return "250 2.0.0 Message accepted for delivery"

    def note(self, rcpt_tos, content):
        # What an independent MIME parser reads from the message, one JSON line each.
        msg = message_from_bytes(content, policy=policy.default)
        text = msg.get_body(("plain",))
        html = msg.get_body(("html",))
        record = {
            "envelope_to": ", ".join(rcpt_tos),
            "headers": {name: str(value) for name, value in msg.items()},
            "content_type": msg.get_content_type(),
            "text": text.get_content() if text else "",
            "html": html.get_content() if html else "",
        }
        with open(self.log, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--cert")
    parser.add_argument("--key")
    parser.add_argument("--user")
    parser.add_argument("--password")
    parser.add_argument("--refuse", action="append", default=[])
    parser.add_argument("--delay", type=float, default=0.0)
    args = parser.parse_args()

    tls = None
    if args.cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.cert, args.key)

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == args.user.encode()
            and auth_data.password == args.password.encode()
        )
        return AuthResult(success=ok, handled=False)

    controller = Controller(
        Handler(args.maildir, args.refuse, args.delay),
        hostname="127.0.0.1",
        port=args.port,
        tls_context=tls,
        require_starttls=tls is not None,
        authenticator=authenticate if args.user else None,
        auth_required=bool(args.user),
        auth_require_tls=tls is not None,
        ready_timeout=30,
    )
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
