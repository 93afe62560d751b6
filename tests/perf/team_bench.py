"""Team moderation at scale: ``uv run python -m tests.perf.team_bench [--moderators 50]
[--rate 200] [--seconds 20]``.

A throwaway PostgreSQL cluster (as the tests start it), one login role per simulated moderator,
and the moderators spread over a few worker processes (so the measuring side is not one
process's GIL), each a full :class:`~moderator.storage.team.team.Team`: records kept locally
first, sent through its pool, heard by every other moderator through LISTEN/NOTIFY. Each record
carries its wall-clock birth; each arrival at another moderator is one delay sample. Prints
the actions/s the database took, the arrivals, and the delay's median, p99 and max (target:
p99 ≤ 500 ms at 50 moderators and 200 actions/s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from moderator.core.team import AUDIT, SharedRecord, TeamState
from moderator.storage.team.pending import PendingRecords
from moderator.storage.team.team import Team
from moderator.storage.team.url import parse
from tests.perf.stats import percentile
from tests.pgcluster import Cluster, _make_cluster
from tests.teamkit import set_up

TARGET_P99_MS = 500.0
WORKERS = 5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--moderators", type=int, default=50)
    parser.add_argument("--rate", type=float, default=200.0, help="actions a second, all told")
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args(argv)
    cluster = _make_cluster()
    if cluster is None:
        print("PostgreSQL is not installed (apt-get install postgresql)")
        return 2
    try:
        figures = run(cluster, args.moderators, args.rate, args.seconds)
    finally:
        cluster.stop("immediate")
        shutil.rmtree(cluster.root, ignore_errors=True)
    report(figures, args)
    return 0 if figures["p99_ms"] <= TARGET_P99_MS else 1


def server_cpu(cluster: Cluster) -> float:
    """CPU seconds the cluster's processes have used so far (Linux /proc): the live ones, and
    through the postmaster's children counters those that have ended (backends of closed
    connections)."""
    postmaster = (cluster.data / "postmaster.pid").read_text().split()[0]
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            head, _, rest = stat.read_text().partition(") ")
        except OSError:
            continue
        fields = rest.split()
        if head.split(" ", 1)[0] == postmaster:
            total += int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
        elif head.endswith("(postgres") and fields[1] == postmaster:  # a live child
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def run(cluster: Cluster, moderators: int, rate: float, seconds: float) -> dict[str, float]:
    load = os.getloadavg()[0]
    database = cluster.new_database()
    names = [f"mod{n:02d}" for n in range(1, moderators + 1)]
    asyncio.run(_roles(cluster, database, names))
    folder = Path(tempfile.mkdtemp(prefix="team-bench-"))
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    groups = [g for g in (names[i::WORKERS] for i in range(WORKERS)) if g]
    ready = context.Barrier(len(groups))  # every moderator listening before anyone acts
    per_moderator = rate / moderators
    jobs = [
        context.Process(
            target=worker,
            args=(cluster.port, database, group, per_moderator, ready, seconds, folder, results),
        )
        for group in groups
    ]
    for job in jobs:
        job.start()
    ready_server = server_cpu(cluster)
    collected = [results.get(timeout=seconds + 120) for _ in jobs]
    server = server_cpu(cluster) - ready_server
    for job in jobs:
        job.join(timeout=30)
    shutil.rmtree(folder, ignore_errors=True)
    delays = [d for c in collected for d in c["delays"]]
    sent = sum(c["sent"] for c in collected)
    expected = sent * (moderators - 1)
    return {
        "actions_per_s": sent / seconds,
        "arrivals": len(delays),
        "expected_arrivals": expected,
        "median_ms": percentile(delays, 0.5),
        "p99_ms": percentile(delays, 0.99),
        "max_ms": max(delays) if delays else float("nan"),
        "waiting_locally": sum(c["waiting"] for c in collected),
        # what the run cost: in real use each moderator's share is on their own computer
        "client_cpu_s": sum(c["cpu"] for c in collected),
        "server_cpu_s": server,
        "cores": float(os.cpu_count() or 1),
        "load_before": load,
    }


async def _roles(cluster: Cluster, database: str, names: list[str]) -> None:
    from psycopg import AsyncConnection

    from moderator.storage.team import schema
    from tests.pgcluster import PASSWORD

    await set_up(cluster, database)
    url = cluster.url(database)
    async with await AsyncConnection.connect(url, password=PASSWORD, autocommit=True) as conn:
        for name in names:
            await conn.execute(f"DROP ROLE IF EXISTS {name}")
            await schema.add_moderator(conn, name, name + "-pw")


def worker(
    port: int,
    database: str,
    names: list[str],
    per_moderator: float,
    ready: Any,
    seconds: float,
    folder: Path,
    results: Any,
) -> None:
    results.put(asyncio.run(_work(port, database, names, per_moderator, ready, seconds, folder)))


async def _work(
    port: int,
    database: str,
    names: list[str],
    per_moderator: float,
    ready: Any,
    seconds: float,
    folder: Path,
) -> dict[str, Any]:
    delays: list[float] = []
    teams = []
    for name in names:
        url = parse(f"postgresql://{name}@127.0.0.1:{port}/{database}")
        pending = PendingRecords(folder / f"{name}.sqlite3")
        team = Team(url, name + "-pw", pending, max_pool=2)
        team.on_arrival = lambda r: _arrived(r, delays)
        await team.start()
        teams.append(team)
    for team in teams:
        await _online(team)
    await asyncio.to_thread(ready.wait)
    cpu = time.process_time()
    senders = [asyncio.create_task(_act(t, per_moderator, seconds, i)) for i, t in enumerate(teams)]
    sent = sum(await asyncio.gather(*senders))
    await asyncio.sleep(3.0)  # the last arrivals
    cpu = time.process_time() - cpu
    waiting = sum(len(t.pending) for t in teams)
    for team in teams:
        await team.close()
        team.pending.close()
    return {"delays": delays, "sent": sent, "waiting": waiting, "cpu": cpu}


async def _online(team: Team) -> None:
    online = asyncio.Event()

    def heard(state: TeamState, _sentence: str) -> None:
        if state is TeamState.ONLINE:
            online.set()

    team.watch_state(heard)
    await online.wait()


def _arrived(record: SharedRecord, delays: list[float]) -> None:
    delays.append((time.time() - float(record.body["born"])) * 1000)


async def _act(team: Team, rate: float, seconds: float, offset: int) -> int:
    """Share ``rate`` audit records a second for ``seconds``, on a steady beat."""
    interval = 1.0 / rate
    begin = time.time() + (offset % 10) * interval / 10  # not all on the same tick
    count = 0
    while (now := time.time()) < begin + seconds:
        due = begin + count * interval
        if now < due:
            await asyncio.sleep(due - now)
            continue
        body = {"action": "delete", "message_id": f"{team.moderator}-{count}", "born": time.time()}
        team.share(SharedRecord(AUDIT, f"bench/{team.moderator}-{count}", body))
        count += 1
    return count


def report(figures: dict[str, float], args: argparse.Namespace) -> None:
    met = "met" if figures["p99_ms"] <= TARGET_P99_MS else "NOT met"
    print(
        f"team moderation: {args.moderators} moderators, target {args.rate:.0f} actions/s "
        f"for {args.seconds:.0f} s"
    )
    print(f"  actions/s taken by the database  {figures['actions_per_s']:8.1f}")
    print(
        f"  notifications heard              {figures['arrivals']:8.0f} "
        f"of {figures['expected_arrivals']:.0f}"
    )
    print(f"  delay median                     {figures['median_ms']:8.1f} ms")
    print(f"  delay p99                        {figures['p99_ms']:8.1f} ms (target ≤ 500: {met})")
    print(f"  delay max                        {figures['max_ms']:8.1f} ms")
    print(f"  records still waiting locally    {figures['waiting_locally']:8.0f}")
    per_arrival = figures["client_cpu_s"] * 1000 / max(1.0, figures["arrivals"])
    print(
        f"  CPU: clients {figures['client_cpu_s']:.1f} s ({per_arrival:.2f} ms per arrival), "
        f"server {figures['server_cpu_s']:.1f} s, on {figures['cores']:.0f} cores "
        f"(load {figures['load_before']:.1f} before the run)"
    )
    print(json.dumps({"team_bench": figures}))


if __name__ == "__main__":
    raise SystemExit(main())
