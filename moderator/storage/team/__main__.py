"""Setting up a team database, for its administrator:

    python -m moderator.storage.team setup postgresql://postgres@db/moderation
    python -m moderator.storage.team add-moderator postgresql://postgres@db/moderation ana

``setup`` creates the ``moderator_team`` group role, the ``moderator`` schema it owns and the
tables (the apps migrate them later by themselves); ``add-moderator`` creates a moderator's own
login role in that group, asking for its password. The administrator's password is read from
``PGPASSWORD`` or asked for.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys

from psycopg import AsyncConnection

from moderator.storage.team import schema


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m moderator.storage.team")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("setup", help="create the group role, schema and tables").add_argument(
        "url"
    )
    add = commands.add_parser("add-moderator", help="a login role for one moderator")
    add.add_argument("url")
    add.add_argument("name")
    args = parser.parse_args(argv)
    admin_password = os.environ.get("PGPASSWORD") or getpass.getpass("Administrator password: ")
    password = ""
    if args.command == "add-moderator":
        password = getpass.getpass(f"Password for {args.name}: ")
        if not password:
            print("A moderator needs a password.", file=sys.stderr)
            return 2
    asyncio.run(_run(args, admin_password, password))
    print("Done.")
    return 0


async def _run(args: argparse.Namespace, admin_password: str, password: str) -> None:
    async with await AsyncConnection.connect(
        args.url, password=admin_password or None, autocommit=True
    ) as conn:
        if args.command == "setup":
            await schema.set_up(conn)
        else:
            await schema.add_moderator(conn, args.name, password)


if __name__ == "__main__":
    raise SystemExit(main())
