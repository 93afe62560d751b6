"""``python -m moderator.fakes serve NAME --port P [--faults RATE --fault-kinds 500,drift]``.

Serves one fake on 127.0.0.1 until stopped; ``--faults`` makes that share of requests fail.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Sequence

from moderator.fakes.faults import FaultKind
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
    serve.add_argument("--faults", type=float, default=0.0, help="share of requests that fail")
    serve.add_argument(
        "--fault-kinds",
        default="all",
        help=f"comma-separated: {','.join(k.value for k in FaultKind)}; 'all' (the default) is "
        "every glitch, 'hostile' the hostile kinds (not in 'all')",
    )
    serve.add_argument("--fault-delay", type=float, default=15.0, help="seconds a timeout hangs")
    args = parser.parse_args(argv)

    fake = make_fake(args.name, seed=args.seed)
    fake.faults.rate = args.faults
    fake.faults.kinds = FaultKind.parse(args.fault_kinds)
    fake.faults.delay = args.fault_delay
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
