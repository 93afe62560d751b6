"""``python -m moderator.fakes serve NAME --port P``: one fake on 127.0.0.1, until stopped."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence

from moderator.fakes.registry import FAKES, make_fake
from moderator.fakes.server import FakeServer


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderator.fakes", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve one fake provider on 127.0.0.1")
    serve.add_argument("name", choices=sorted(FAKES))
    serve.add_argument("--port", type=int, default=0, help="0 picks a free port")
    serve.add_argument("--rate", type=float, default=1.0, help="synthetic chat messages per second")
    serve.add_argument("--backlog", type=int, default=20, help="messages already there at start")
    serve.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    fake = make_fake(args.name, seed=args.seed)
    fake.add_chatter(args.backlog)
    server = FakeServer([fake], rate=args.rate, ports=[args.port])
    base_url = server.urls[fake.name]
    print(json.dumps(fake.describe(base_url), indent=2, ensure_ascii=False), flush=True)
    print(f"serving {fake.name} on {base_url}; Ctrl+C stops", file=sys.stderr, flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
