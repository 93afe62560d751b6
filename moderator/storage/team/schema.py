"""The team database's schema, created and migrated by the app: numbered migrations applied in
order, once, in one transaction under an advisory lock (two apps starting together migrate once).

Objects live in the ``moderator`` schema, owned by the ``moderator_team`` group role every
moderator's login role belongs to. Who wrote a row is the database's word (``session_user``, set
by a trigger), never the app's: a moderator cannot write in another's name.
"""

from __future__ import annotations

from collections.abc import Sequence

from psycopg import AsyncConnection, sql

from moderator.errors import StorageError

SCHEMA = "moderator"
GROUP = "moderator_team"
CHANNEL = "moderator_team"
#: pg_advisory_xact_lock's key for migrations ("MODR")
LOCK = 0x4D4F4452
#: a NOTIFY payload is at most 8000 bytes; bigger rows are announced without their body
NOTIFY_LIMIT = 7500

_V1 = f"""
CREATE TABLE IF NOT EXISTS {SCHEMA}.audit (
    id bigserial PRIMARY KEY,
    key text NOT NULL UNIQUE,
    moderator text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now(),
    subject text NOT NULL,
    body jsonb NOT NULL
);
-- claims, read marks, notes, and automod's rules, strikes and review decisions: one current
-- record per (kind, subject)
CREATE TABLE IF NOT EXISTS {SCHEMA}.records (
    kind text NOT NULL,
    subject text NOT NULL,
    key text NOT NULL,
    moderator text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz,
    body jsonb NOT NULL,
    PRIMARY KEY (kind, subject)
);
-- the idempotency keys of every record write: a replay of a queued write changes nothing
CREATE TABLE IF NOT EXISTS {SCHEMA}.applied (
    key text PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now()
);
-- one platform call per (message, action) across the team
CREATE TABLE IF NOT EXISTS {SCHEMA}.actions (
    subject text NOT NULL,
    action text NOT NULL,
    moderator text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subject, action)
);

CREATE OR REPLACE FUNCTION {SCHEMA}.signed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.moderator := session_user;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION {SCHEMA}.tell() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    whole jsonb := to_jsonb(NEW) || jsonb_build_object('table', TG_TABLE_NAME);
    payload text := whole::text;
BEGIN
    IF length(payload) > {NOTIFY_LIMIT} THEN
        payload := (whole - 'body' || jsonb_build_object('big', true))::text;
    END IF;
    PERFORM pg_notify('{CHANNEL}', payload);
    RETURN NULL;
END $$;

CREATE TRIGGER audit_signed BEFORE INSERT OR UPDATE ON {SCHEMA}.audit
    FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.signed();
CREATE TRIGGER records_signed BEFORE INSERT OR UPDATE ON {SCHEMA}.records
    FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.signed();
CREATE TRIGGER actions_signed BEFORE INSERT OR UPDATE ON {SCHEMA}.actions
    FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.signed();
CREATE TRIGGER audit_tell AFTER INSERT ON {SCHEMA}.audit
    FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.tell();
CREATE TRIGGER records_tell AFTER INSERT OR UPDATE ON {SCHEMA}.records
    FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.tell();
"""

#: (version, SQL): append only; a released migration never changes
MIGRATIONS: Sequence[tuple[int, str]] = ((1, _V1),)
LATEST = MIGRATIONS[-1][0]


class NewerSchema(StorageError):
    pass


async def migrate(conn: AsyncConnection[tuple[object, ...]]) -> int:
    """Bring the schema to :data:`LATEST`; the version it is at now."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK,))
        # as the group: what one moderator creates, the next one's app can migrate
        cur = await conn.execute(
            "SELECT 1 FROM pg_roles "
            "WHERE rolname = %s AND pg_has_role(session_user, oid, 'MEMBER')",
            (GROUP,),
        )
        if await cur.fetchone() is not None:
            await conn.execute(sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(GROUP)))
        await conn.execute(
            f"CREATE TABLE IF NOT EXISTS {SCHEMA}.schema_version "
            "(version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        cur = await conn.execute(f"SELECT coalesce(max(version), 0) FROM {SCHEMA}.schema_version")
        row = await cur.fetchone()
        current = int(str(row[0])) if row else 0
        if current > LATEST:
            raise NewerSchema(
                f"The team database was set up by a newer Moderator (schema {current}, this "
                f"app knows {LATEST}): update Moderator to join this team"
            )
        for version, text in MIGRATIONS:
            if version > current:
                await conn.execute(text.encode())
                await conn.execute(
                    f"INSERT INTO {SCHEMA}.schema_version (version) VALUES (%s)", (version,)
                )
        await conn.execute(
            sql.SQL(
                "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {s} TO {g};"
                "GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {g}"
            ).format(s=sql.Identifier(SCHEMA), g=sql.Identifier(GROUP))
        )
    return LATEST


async def set_up(conn: AsyncConnection[tuple[object, ...]]) -> None:
    """Once, by an administrator: the group role, the schema it owns, and the tables."""
    await conn.execute(
        sql.SQL(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {lit}) THEN "
            "CREATE ROLE {g} NOLOGIN; END IF; END $$"
        ).format(lit=sql.Literal(GROUP), g=sql.Identifier(GROUP))
    )
    await conn.execute(
        sql.SQL("CREATE SCHEMA IF NOT EXISTS {s} AUTHORIZATION {g}").format(
            s=sql.Identifier(SCHEMA), g=sql.Identifier(GROUP)
        )
    )
    await migrate(conn)


async def add_moderator(
    conn: AsyncConnection[tuple[object, ...]], name: str, password: str
) -> None:
    """A login role of the moderator's own, member of the team's group role."""
    await conn.execute(
        sql.SQL("CREATE ROLE {n} LOGIN PASSWORD {p} IN ROLE {g}").format(
            n=sql.Identifier(name), p=sql.Literal(password), g=sql.Identifier(GROUP)
        )
    )
