"""The English catalogue: every interface string translated, nothing fuzzy, the compiled .mo current.

No database: these read the files. A string added to a template without a translation shows in
Swedish on an English page; `make messages` (makemessages + msgfmt) and a translation fix that.
"""

import re
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
PO = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"
MO = PO.with_suffix(".mo")

# {% translate "…" %} and _("…") / gettext_lazy("…") with a literal: the strings makemessages finds
# most often. (blocktranslate bodies are checked by the pages' tests in tests/views/test_languages.py.)
TEMPLATE_LITERAL = re.compile(r"""{%\s*translate\s+(["'])(.+?)\1""")
TEMPLATE_UNDERSCORE = re.compile(r"""\b_\((["'])(.+?)\1\)""")
PYTHON_LITERAL = re.compile(r"""\b(?:_|gettext|gettext_lazy)\((["'])(.+?)\1\)""")


def catalogue() -> polib.POFile:
    return polib.pofile(str(PO))


def used_msgids() -> set[str]:
    found = set()
    for path in (ROOT / "templates").rglob("*.html"):
        if "admin" in path.relative_to(ROOT / "templates").parts:
            continue  # the admin stays Swedish
        text = path.read_text(encoding="utf-8")
        found |= {m.group(2) for m in TEMPLATE_LITERAL.finditer(text)}
        found |= {m.group(2) for m in TEMPLATE_UNDERSCORE.finditer(text)}
    for path in (ROOT / "reform_kb").rglob("*.py"):
        if "migrations" in path.parts or path.name == "admin.py" or "admin" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        found |= {m.group(2) for m in PYTHON_LITERAL.finditer(text)}
    return found


def test_no_entry_is_untranslated_or_fuzzy():
    po = catalogue()
    assert not [e.msgid for e in po.untranslated_entries()]
    assert not [e.msgid for e in po.fuzzy_entries()]
    # Plural entries count as translated when any form is; every form must be.
    assert not [e.msgid for e in po if e.msgid_plural and not all(e.msgstr_plural.values())]


def test_every_interface_string_in_templates_and_code_is_in_the_catalogue():
    known = {e.msgid for e in catalogue() if not e.obsolete}
    missing = sorted(used_msgids() - known)
    assert not missing, "run `make messages` and translate: " + ", ".join(missing)


def test_the_placeholders_of_each_translation_match_its_source():
    placeholder = re.compile(r"%\(\w+\)s")
    for entry in catalogue():
        sources = [entry.msgid, entry.msgid_plural] if entry.msgid_plural else [entry.msgid]
        targets = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        expected = set(placeholder.findall(" ".join(sources)))
        for target in targets:
            assert set(placeholder.findall(target)) <= expected, entry.msgid
            assert set(placeholder.findall(target)) >= expected - {"%(counter)s"}, entry.msgid


def test_the_compiled_catalogue_is_not_older_than_its_source():
    """The .mo holds exactly what the .po says. (File times say nothing after a git clone, which
    gives both the checkout's time: the content is compared instead.)"""
    compiled = {(e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural) for e in polib.mofile(str(MO))}
    source = {
        (e.msgctxt, e.msgid): (e.msgstr, e.msgstr_plural)
        for e in catalogue()
        if not e.obsolete and not e.fuzzy
    }
    source.pop((None, ""), None)
    compiled.pop((None, ""), None)
    stale = sorted(str(k[1]) for k in source.keys() ^ compiled.keys())
    stale += sorted(str(k[1]) for k in source.keys() & compiled.keys() if _same(source[k]) != _same(compiled[k]))
    assert not stale, "recompile with `make messages`: " + ", ".join(stale[:10])


def _same(value):
    msgstr, plurals = value
    return (msgstr, tuple(sorted((int(k), v) for k, v in plurals.items())))
