"""bench/RESULTS-resilience.md from a soak's records: what answered how, before, during and after the restart.

A record is (start, end, status, url index), times in seconds from the start of the load, status 0 when
no answer came. A request belongs to the restart when it was in flight at any moment between the restart's
start and the moment PostgreSQL accepted connections again; before and after are the rest.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bench.report import commit, machine


def failed(status: int) -> bool:
    return status == 0 or status >= 500


def percentile(values: list[float], p: float) -> float:
    """Nearest rank, in ms."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))] * 1000


def phase(record, restart: dict) -> str:
    start, end = record[0], record[1]
    if "from" not in restart or end < restart["from"]:
        return "före omstarten"
    return "efter omstarten" if start > restart["to"] else "under omstarten"


def statuses(records) -> str:
    counts = Counter(r[2] for r in records)
    return ", ".join(f"{status or 'inget svar'} × {n}" for status, n in sorted(counts.items()))


def phase_rows(records, restart: dict) -> list[str]:
    rows = []
    for name in ("före omstarten", "under omstarten", "efter omstarten"):
        part = [r for r in records if phase(r, restart) == name]
        if not part:
            continue
        classes = Counter(r[2] // 100 for r in part)
        durations = [r[1] - r[0] for r in part]
        other_5xx = sum(1 for r in part if r[2] >= 500 and r[2] != 503)
        rows.append(
            f"| {name} | {min(r[0] for r in part):.1f}–{max(r[1] for r in part):.1f} | {len(part)} "
            f"| {classes[2]} | {classes[3]} | {classes[4]} | {sum(r[2] == 503 for r in part)} | {other_5xx} "
            f"| {classes[0]} | {percentile(durations, 50):.1f} | {percentile(durations, 99):.1f} |"
        )
    return rows


def url_rows(mix, records) -> list[str]:
    rows = []
    for index, url in enumerate(mix):
        part = [r for r in records if r[3] == index]
        durations = [r[1] - r[0] for r in part]
        rows.append(
            f"| {url['group']} | {url['name']} | {len(part)} | {statuses(part)} "
            f"| {percentile(durations, 50):.1f} | {percentile(durations, 95):.1f} | {percentile(durations, 99):.1f} |"
        )
    return rows


def log_summary(logfile: Path) -> str:
    text = logfile.read_text(errors="replace") if logfile.exists() else ""
    lines = text.splitlines()
    outage = sum("reform_kb.outage" in line for line in lines)
    tracebacks = text.count("Traceback (most recent call last)")
    size = f"{len(text.encode()):,}".replace(",", " ")
    return (
        f"gunicorns logg: {size} byte, {len(lines)} rader, varav {outage} från `reform_kb.outage` "
        f"(en rad per 503); {tracebacks} tracebacks"
    )


def recovery_after(pages, restart: dict) -> tuple[str, bool]:
    """When a page that needs the database first answered 200 after the restart, and whether every
    request started after it succeeded."""
    after = [r for r in pages if phase(r, restart) == "efter omstarten"]
    failures = sum(failed(r[2]) for r in after)
    first_ok = min((r[0] for r in after if r[2] == 200 and r[4] == "ingen cache"), default=None)
    if first_ok is None:
        return "ingen sida som behöver databasen svarade 200 efter omstarten", False
    return (
        f"första sida som behöver databasen: 200 {first_ok - restart['to']:.2f} s efter omstarten; "
        f"{failures} fel av {len(after)} förfrågningar efteråt",
        not failures,
    )


def outside_restart(records, restart: dict, goal: str) -> tuple[str, str, bool]:
    outside = [r for r in records if phase(r, restart) != "under omstarten" and failed(r[2])]
    names = Counter(r[5] for r in outside).most_common()
    listed = f": {', '.join(f'{n} × {c}' for n, c in names)}" if names else ""
    return goal, f"{len(outside)} fel{listed}", not outside


def targets(mix, records, restart: dict) -> list[tuple[str, str, bool]]:
    """The issue's demands on the soak, each with what was measured and whether it holds. The restart
    is judged on the ordinary pages; the hostile URLs are judged on their own (issue 11, items 1–2)."""
    named = [(*r, mix[r[3]]["group"], mix[r[3]]["name"]) for r in records]
    pages = [r for r in named if r[4] != "fientlig"]
    rows = [
        outside_restart(pages, restart, "Sidor: inga 5xx utanför omstarten"),
        outside_restart([r for r in named if r[4] == "fientlig"], restart, "Fientliga adresser: inga 5xx"),
    ]
    if "from" not in restart:
        return rows
    during = [r for r in pages if phase(r, restart) == "under omstarten" and failed(r[2])]
    not_503 = [r for r in during if r[2] != 503]
    span = f", mellan {min(r[0] for r in during):.2f} och {max(r[1] for r in during):.2f} s" if during else ""
    recovery, recovered = recovery_after(pages, restart)
    return [
        *rows,
        (
            "Sidor under omstarten: fel bara för förfrågningar under den, som 503",
            f"{len(during)} fel{span}, varav {len(not_503)} annat än 503 ({statuses(not_503) or '–'})",
            not not_503,
        ),
        ("Sidor: full återhämtning efter omstarten", recovery, recovered),
    ]


def write_report(path: Path, mix, records, restart: dict, logfile: Path, settings: dict) -> bool:
    """Write the report; whether every target held."""
    durations = [r[1] - r[0] for r in records]
    calm = [r[1] - r[0] for r in records if mix[r[3]]["group"] != "fientlig"]
    rows = targets(mix, records, restart)
    window = (
        f"{restart['from']:.1f}–{restart['to']:.1f} s ({restart['to'] - restart['from']:.2f} s, "
        f"`pg_ctlcluster … restart`, status {restart['status']})"
        if "from" in restart
        else "ingen omstart"
    )
    lines = [
        "# Motståndskraft: reform_kb under last och en omstart av PostgreSQL (issue 11)",
        "",
        f"- Maskin: {machine()}",
        f"- Datum: {datetime.now(UTC).isoformat(timespec='seconds')} (UTC); commit: {commit()}",
        f"- Körning: `make soak`: {settings['seconds']:.0f} s, samtidighet {settings['concurrency']} "
        f"(asyncio-klient i bench/soak.py, en ny anslutning per förfrågan), gunicorn {settings['workers']} "
        f"workers (sync), DEBUG av, PostgreSQL (`reform_soak`, seeds importerade), cache: {settings['cache']}"
        + (f"; utelämnade adresser: {', '.join(settings['excluded'])}" if settings["excluded"] else ""),
        f"- Omstart av PostgreSQL: {window}",
        f"- {len(records)} förfrågningar, {len(records) / settings['seconds']:.0f}/s; "
        f"p99 {percentile(durations, 99):.1f} ms (p50 {percentile(durations, 50):.1f} ms); "
        f"utan de fientliga adresserna p99 {percentile(calm, 99):.1f} ms",
        f"- {log_summary(logfile)}",
        f"- Rådata: `{settings['run_dir']}/records.json`",
        "",
        "## Mål",
        "",
        "| Mål | Mätt | Resultat |",
        "|---|---|---|",
        *(
            f"| {goal} | {measured} | **{'uppfyllt' if ok else 'inte uppfyllt'}** |"
            for goal, measured, ok in rows
        ),
        "",
        "## Före, under och efter omstarten (sidor, utan de fientliga adresserna)",
        "",
        "| Fas | Tid (s) | Förfrågningar | 2xx | 3xx | 4xx | 503 | andra 5xx | inget svar | p50 (ms) | p99 (ms) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *phase_rows([r for r in records if mix[r[3]]["group"] != "fientlig"], restart),
        "",
        "## Per adress",
        "",
        "| Grupp | Adress | Förfrågningar | Status × antal | p50 (ms) | p95 (ms) | p99 (ms) |",
        "|---|---|---|---|---|---|---|",
        *url_rows(mix, records),
        "",
    ]
    path.write_text("\n".join(lines))
    return all(ok for *_, ok in rows)
