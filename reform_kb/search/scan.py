"""One statement per kind that counts, facets and (where the engine can) ranks its first matches.

Counting, grouping or ranking every match of a common word touches a third of a million-row
table; the scan stays bounded instead: the first `cap` + 1 matches are counted (one more than the
cap shows that there are more), the first `cap` are faceted. Below the cap everything is exact.
Both backends run it: each gives the SQL of its first matches (and PostgreSQL its ranked hits).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import F
from django.db.models.functions import ExtractYear

from reform_kb.kb.filters import SEARCH_FILTERS
from reform_kb.kb.models import Document, Organisation, Quote, Theme

# A ranked match: (pk, rank, adjacent). `adjacent`: the query's words stand side by side.
RankedHit = tuple[int, float, bool]


@dataclass
class Scan:
    count: int = 0
    capped: bool = False
    counters: dict[str, Counter] = field(default_factory=lambda: {f.key: Counter() for f in SEARCH_FILTERS})
    # The names of the facets' values, where the database has them (themes', organisations').
    labels: dict[str, dict[str, str]] = field(default_factory=lambda: {f.key: {} for f in SEARCH_FILTERS})
    # Best first; filled when the backend ranks in the scan's statement (PostgreSQL).
    hits: list[RankedHit] = field(default_factory=list)


def _table(model) -> str:
    return connection.ops.quote_name(model._meta.db_table)


def columns(kind: str) -> dict:
    """What the statement reads of each match: its id, and what the facets group by."""
    if kind == "document":
        return {"m_id": F("pk"), "m_kind": F("kind"), "m_year": ExtractYear("published")}
    return {
        "m_id": F("pk"),
        "m_org": F("organisation_id"),
        "m_kind": F("document__kind"),
        "m_year": ExtractYear("document__published"),
    }


def _facets_sql(kind: str) -> str:
    if kind == "document":
        through, fk = Document.themes.through, "document_id"
        orgs = (
            f"JOIN {_table(Document.organisations.through)} x ON x.document_id = f.m_id "
            f"JOIN {_table(Organisation)} o ON o.id = x.organisation_id"
        )
    else:
        through, fk = Quote.themes.through, "quote_id"
        orgs = f"JOIN {_table(Organisation)} o ON o.id = f.m_org"
    return (
        "UNION ALL SELECT 'kind', m_kind, NULL, COUNT(*), NULL, NULL FROM f GROUP BY m_kind "
        "UNION ALL SELECT 'year', CAST(m_year AS TEXT), NULL, COUNT(*), NULL, NULL FROM f "
        "WHERE m_year IS NOT NULL GROUP BY m_year "
        f"UNION ALL SELECT 'theme', t.slug, t.name, COUNT(*), NULL, NULL FROM f JOIN {_table(through)} x "
        f"ON x.{fk} = f.m_id JOIN {_table(Theme)} t ON t.id = x.theme_id GROUP BY t.slug, t.name "
        f"UNION ALL SELECT 'organisation', o.slug, o.name, COUNT(*), NULL, NULL FROM f {orgs} "
        "GROUP BY o.slug, o.name"
    )


def run(kind: str, matches: tuple[str, list], cap: int, hits: tuple[str, list] = ("", [])) -> Scan:
    """Count and facet the rows of `matches` (SQL for the first cap + 1 matches with `columns(kind)`);
    `hits` is SQL (over the CTE `m`) of ranked hits to return as well, rows
    ('hit', id, NULL, NULL, rank, adjacent) after a UNION ALL."""
    matches_sql, matches_params = matches
    hits_sql, hits_params = hits
    # m: the first cap + 1 matches; f: the cap of them that the facets count.
    sql = (
        f"WITH m AS MATERIALIZED ({matches_sql}), f AS (SELECT * FROM m LIMIT {int(cap)}) "
        "SELECT 'count', NULL, NULL, COUNT(*), CAST(NULL AS REAL), CAST(NULL AS BOOLEAN) FROM m "
        f"{_facets_sql(kind)}{hits_sql}"
    )
    scan = Scan()
    with connection.cursor() as cursor:
        cursor.execute(sql, [*matches_params, *hits_params])
        rows = cursor.fetchall()
    for key, value, label, n, rank, adjacent in rows:
        if key == "count":
            scan.count = n
        elif key == "hit":
            scan.hits.append((int(value), float(rank), bool(adjacent)))
        else:
            if key == "year":
                value = str(int(float(value)))
            scan.counters[key][value] += n
            if label is not None:
                scan.labels[key][value] = label
    scan.capped = scan.count > cap
    scan.count = min(scan.count, cap)
    scan.hits.sort(key=lambda hit: (not hit[2], -hit[1], hit[0]))
    return scan
