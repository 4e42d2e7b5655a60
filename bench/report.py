"""bench/RESULTS.md from a run's results.json: the machine, the targets of issue 4, then every number."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "?",
    )
    mem_kb = next(
        int(line.split()[1])
        for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal")
    )
    return f"{os.cpu_count()} kärnor ({cpu}), {mem_kb / 1024 / 1024:.1f} GB minne, {platform.platform()}"


def commit() -> str:
    """HEAD, and whether the work tree differs from it, not counting the results files themselves
    (run.sh has already opened RESULTS.md for writing when this runs)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        status = subprocess.run(
            ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
        ).stdout.splitlines()
        dirty = [line for line in status if not line[3:].startswith("bench/RESULTS")]
        return head + (" (med ändringar som inte är incheckade)" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "okänd"


def latencies(row) -> str:
    if not row:
        return "–"
    if not row.get("requests"):
        return "inget svar inom mättiden"
    return f"{ms(row['p50_ms'])}/{ms(row['p95_ms'])}/{ms(row['p99_ms'])}"


def ms(value) -> str:
    return "–" if value is None else f"{value:.1f}" if value < 100 else f"{value:.0f}"


def num(value) -> str:
    return f"{value:,.0f}".replace(",", "\u202f")


def key(name: str) -> str:
    return name.split(" (")[0]


def verdict(ok: bool | None) -> str:
    return "ej mätt" if ok is None else ("**uppfyllt**" if ok else "**inte uppfyllt**")


def http(results, kind, db, size, name, concurrency, cache="cache"):
    return next(
        (
            r
            for r in results["http"]
            if r["kind"] == kind
            and r["db"] == db
            and r["size"] == size
            and r["name"] == name
            and r["concurrency"] == concurrency
            and r.get("cache", "cache") == cache
        ),
        None,
    )


def _latency_target(rows_uncached, rows_cached, limit) -> tuple[str, str]:
    """Judged on uncached requests (a reader's first visit); cached figures shown beside them."""
    if not rows_uncached:
        return "–", verdict(None)
    worst = max(r["p95_ms"] for r in rows_uncached)
    worst_name = max(rows_uncached, key=lambda r: r["p95_ms"])["name"]
    cached = max((r["p95_ms"] for r in rows_cached), default=None)
    measured = f"sämsta p95 utan cache {ms(worst)} ms ({worst_name}); med cache {ms(cached)} ms"
    if worst <= limit:
        return measured, verdict(True)
    if cached is not None and cached <= limit:
        return measured, "**bara med cache**"
    return measured, verdict(False)


def targets(results) -> list[tuple[str, str, str]]:
    rows = []
    hs = results["http"]

    def select(db, size, group, cache, kind="reform_kb"):
        return [
            r
            for r in hs
            if r["db"] == db
            and r["size"] == size
            and r["concurrency"] == 1
            and r["kind"] == kind
            and r["group"] == group
            and r.get("cache", "cache") == cache
        ]

    measured, result = _latency_target(
        select("postgres", 1_000_000, "sök", "ingen cache"),
        select("postgres", 1_000_000, "sök", "cache"),
        100,
    )
    rows.append(
        ("Sök, 1M citat, PostgreSQL: p95 ≤ 100 ms vid samtidighet 1 (alla sökningar)", measured, result)
    )
    ratios = []
    for label in ("vanligt ord", "medelvanligt ord"):
        peer = next(
            (
                r
                for r in select("postgres", 1_000_000, "datasette", "cache", "datasette")
                if r["name"].startswith(label + ":")
            ),
            None,
        )
        own = next(
            (
                r
                for r in select("postgres", 1_000_000, "sök", "ingen cache")
                if r["name"].startswith(label + ":") and "+" not in r["name"]
            ),
            None,
        )
        if peer and own:
            ratios.append((label, peer["p50_ms"] / max(own["p50_ms"], 0.001)))
    rows.append(
        (
            "Minst 10× snabbare än Datasette på vanligt och medelvanligt ord (p50 utan cache, 1M, PostgreSQL)",
            ", ".join(f"{label}: {ratio:.0f}×" for label, ratio in ratios) or "–",
            verdict(all(r >= 10 for _, r in ratios) if len(ratios) == 2 else None),
        )
    )
    measured, result = _latency_target(
        select("postgres", 1_000_000, "sida", "ingen cache"),
        select("postgres", 1_000_000, "sida", "cache"),
        50,
    )
    rows.append(
        (
            "Start-, tema-, organisations-, dokument- och citatsidor p95 ≤ 50 ms (1M, PostgreSQL)",
            measured,
            result,
        )
    )
    # Issue 13: the organisation × theme map (bench/pages.py, group "karta").
    measured, result = _latency_target(
        select("postgres", 1_000_000, "karta", "ingen cache"),
        select("postgres", 1_000_000, "karta", "cache"),
        100,
    )
    rows.append(("Kartan (organisationer × teman) p95 ≤ 100 ms utan cache (1M, PostgreSQL)", measured, result))
    # Take-away (issue 13): the API's list pages (bench/pages.py, group "api").
    measured, result = _latency_target(
        select("postgres", 1_000_000, "api", "ingen cache"),
        select("postgres", 1_000_000, "api", "cache"),
        100,
    )
    rows.append(("API-listor p95 ≤ 100 ms utan cache (1M, PostgreSQL)", measured, result))
    growth = []
    for db in results["dbs"]:
        qs = [q for q in results["queries"] if q["db"] == db and q["group"] in ("sida", "karta", "tidslinje", "api")]
        sizes = sorted({q["size"] for q in qs})
        if len(sizes) > 1:
            small = {key(q["name"]): q["queries_cold"] for q in qs if q["size"] == sizes[0]}
            large = {key(q["name"]): q["queries_cold"] for q in qs if q["size"] == sizes[-1]}
            growth += [(db, name, small[name], large.get(name)) for name in small]
    grew = [g for g in growth if g[3] is not None and g[3] > g[2]]
    rows.append(
        (
            "Antal SQL-frågor per sida (utan cache) växer inte med datamängden",
            ", ".join(f"{db} {name}: {a}→{b}" for db, name, a, b in grew)
            or ("oförändrat mellan minsta och största storlek" if growth else "–"),
            verdict(not grew if growth else None),
        )
    )
    measured, result = _latency_target(
        select("sqlite", 100_000, "sök", "ingen cache"), select("sqlite", 100_000, "sök", "cache"), 300
    )
    rows.append(("Sök, 100k citat, SQLite: p95 ≤ 300 ms", measured, result))
    shares = []
    for db in results["dbs"]:
        for size in results["sizes"]:
            ceiling = http(results, "reform_kb", db, size, "trivial Django-vy (taket)", 8)
            own = [
                r
                for r in hs
                if r["db"] == db
                and r["size"] == size
                and r["kind"] == "reform_kb"
                and r["group"] == "sida"
                and r["concurrency"] == 8
            ]
            if ceiling and own:
                slowest = min(own, key=lambda r: r["rps"])
                shares.append((db, size, slowest["rps"] / ceiling["rps"], key(slowest["name"])))
    rows.append(
        (
            "Sidors genomströmning (samtidighet 8) minst hälften av taket (trivial vy)",
            "; ".join(f"{db} {num(size)}: lägst {name} {share:.0%}" for db, size, share, name in shares)
            or "–",
            verdict(all(s >= 0.5 for _, _, s, _ in shares) if shares else None),
        )
    )
    imports = results["import"]
    rows.append(
        (
            "Import av 10 000 genererade dokument < 2 min, minne < 500 MB",
            "; ".join(f"{i['db']}: {i['seconds']:.0f} s, {i['max_rss_mb']:.0f} MB" for i in imports) or "–",
            verdict(
                all(i["seconds"] < 120 and i["max_rss_mb"] < 500 for i in imports)
                if imports and all(i["files"] >= 10_000 for i in imports)
                else None
            ),
        )
    )
    ranking = [
        q
        for q in results["queries"]
        if "first_hit_has_exact_text" in q
        and (q["name"].startswith("sällsynt ord") or q["name"].startswith("fras"))
    ]
    rows.append(
        (
            "Rankning: sällsynt ord och exakt fras har en exakt träff först",
            f"{sum(q['first_hit_has_exact_text'] or q['hits'] == 0 for q in ranking)} av {len(ranking)}",
            verdict(
                all(q["first_hit_has_exact_text"] or q["hits"] == 0 for q in ranking) if ranking else None
            ),
        )
    )
    return rows


CACHE_LABELS = {
    "redis": "Redis (delad av alla workers, som i drift; tömd före varje server)",
    "locmem": "lokalt minne per worker (ingen Redis svarade)",
}


def plan(results) -> str:
    if results.get("plan"):
        return "BENCH_PLAN=" + ",".join(f"{db}:{size}" for db, size in results["plan"])
    return f"BENCH_SIZES={','.join(map(str, results['sizes']))}, BENCH_DBS={','.join(results['dbs'])}"


def main(path: str) -> None:
    results = json.loads(Path(path).read_text(encoding="utf-8"))
    out = ["# Benchmark: reform_kb", ""]
    out += [
        f"- Maskin: {machine()}",
        f"- Datum: {results['started']} – {results.get('finished', '?')} (UTC)",
        f"- Commit: {results.get('commit') or commit()}",
        f"- Körning: `make bench` med {plan(results)}; wrk {results['duration_s']} s per adress och samtidighet, "
        f"gunicorn {results['workers']} workers (sync), DEBUG av, cache: "
        f"{CACHE_LABELS.get(results.get('cache', 'locmem'))}; Datasette en process, "
        "`-i` (immutable), tidsgränser höjda till 60 s så att långsamma svar räknas i stället för att avbrytas.",
        "- Latens i ms (p50/p95/p99), genomströmning i förfrågningar/s. SQL-frågor räknas med Djangos testklient "
        "i en separat process: första anropet (kall cache) / andra (varm).",
        "",
        "## Mål (issue 4, 12 och 13)",
        "",
        "| Mål | Mätt | Resultat |",
        "|---|---|---|",
    ]
    out += [f"| {a} | {b} | {c} |" for a, b, c in targets(results)]
    if results.get("errors"):
        out += ["", "## Fel under körningen", ""]
        out += [f"- {e['step']}: `{e['error']}`" for e in results["errors"]]
    out += [
        "",
        "## Data och import",
        "",
        "| Steg | Databas | Storlek | Tid (s) | Max RSS (MB) | Anm. |",
        "|---|---|---|---|---|---|",
    ]
    for g in results["generate"]:
        m = g["generate"]
        rate = g["size"] / m["seconds"] if m["seconds"] else 0
        out.append(
            f"| generate_corpus | {g['db']} | {num(g['size'])} citat, {num(g['documents'])} dokument | "
            f"{m['seconds']:.0f} | {m['max_rss_mb']:.0f} | {num(rate)} citat/s"
            f"{' (data från en tidigare körning)' if g.get('reused') else ''} |"
        )
    for i in results["import"]:
        out.append(
            f"| import_seeds | {i['db']} | {num(i['files'])} filer | {i['seconds']:.0f} | "
            f"{i['max_rss_mb']:.0f} | {i['files'] / i['seconds']:.0f} dokument/s |"
        )
    for p in results["peer_prep"]:
        out.append(
            f"| FTS5-index för Datasette | {p['db']} | {num(p['size'])} citat | {p['seconds']:.0f} | "
            f"{p['max_rss_mb']:.0f} | |"
        )
    if results.get("csv_memory"):
        size = results["csv_memory"]["size"]
        out += [
            "",
            f"## Strömmad CSV (issue 13), PostgreSQL, {num(size)} citat: toppminne som inte växer med raderna",
            "",
            results["csv_memory"]["table"].rstrip(),
        ]
    for db in results["dbs"]:
        for size in results["sizes"]:
            rows = [
                r
                for r in results["http"]
                if r["db"] == db
                and r["size"] == size
                and r["concurrency"] == 1
                and r.get("cache", "cache") == "cache"
            ]
            if not rows:
                continue
            out += [
                "",
                f"## {db}, {num(size)} citat",
                "",
                "| Adress | Frågor | Träffar | Efter ändring (ms) | c=1 utan cache p50/p95/p99 "
                "| c=1 p50/p95/p99 | c=1 req/s | c=8 p50/p95/p99 | c=8 req/s | Status |",
                "|---|---|---|---|---|---|---|---|---|---|",
            ]
            for r in rows:
                r8 = http(results, r["kind"], db, size, r["name"], 8) or {}
                r0 = http(results, r["kind"], db, size, r["name"], 1, "ingen cache") or {}
                q = next(
                    (
                        q
                        for q in results["queries"]
                        if q["db"] == db
                        and q["size"] == size
                        and q["name"] == r["name"]
                        and r["kind"] == "reform_kb"
                    ),
                    None,
                )
                queries = f"{q['queries_cold']}/{q['queries_warm']}" if q else "–"
                hits = num(q["hits"]) if q and "hits" in q else ""
                cold = ms(q["ms_cold"]) if q and "ms_cold" in q else "–"
                name = f"Datasette – {r['name']}" if r["kind"] == "datasette" else r["name"]
                err = f"{r['status']}" + (f", {r['errors']} fel" if r["errors"] or r8.get("errors") else "")
                out.append(
                    f"| {name} | {queries} | {hits} | {cold} | {latencies(r0)} | {latencies(r)} | "
                    f"{r['rps']:.0f} | {latencies(r8)} | "
                    f"{r8.get('rps', 0):.0f} | {err} |"
                )
    out += [
        "",
        "Träffar = dokument + citat som matchar (med filtret där adressen har ett). Datasette söker bara "
        "i citatens text (FTS5 utan svensk ordstamning) och räknar en facett (organisation_id); "
        "reform_kb söker i dokument och citat med böjningsformer och räknar fyra facetter. "
        "”Utan cache”: varje förfrågan har en unik parameter (`_b=`), så sidcachen aldrig svarar; det som "
        "sparas per innehållsversion (antal, filterval, ett temas citatavsnitt) används som i drift. "
        "”Efter ändring”: första anropet efter att innehållsversionen har räknats upp, som när en "
        "redaktör sparar, så att inga cachar alls hjälper (en mätning i processen, testklienten). "
        "Övriga kolumner upprepar samma adress, som en besökare som kommer tillbaka (cachad sida).",
        "",
    ]
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
