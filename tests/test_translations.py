"""The English catalogue: every interface string translated, nothing fuzzy, the compiled .mo current.

No database: these read the files. A string added to a template without a translation shows in
Swedish on an English page; `make messages` (makemessages + msgfmt) and a translation fix that.
"""

import ast
import re
from pathlib import Path

import polib
from django.utils.translation.template import templatize

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


# What makemessages finds, found the way it finds it but without GNU gettext (CI may lack it): the
# templates through Django's templatize (blocktranslate bodies, plurals and contexts included), the
# code through its syntax tree. Each as (context, msgid).
CALLS = {
    "gettext": (None, 0),
    "gettext_lazy": (None, 0),
    "_": (None, 0),
    "ngettext": (None, 0),
    "ngettext_lazy": (None, 0),
    "pgettext": (0, 1),
    "pgettext_lazy": (0, 1),
    "npgettext": (0, 1),
    "npgettext_lazy": (0, 1),
}
TEMPLATIZED = re.compile(r"\b(n?p?gettext)\(((?:u'(?:[^'\\]|\\.)*'(?:, )?)+)")
QUOTED = re.compile(r"u('(?:[^'\\]|\\.)*')")
# _("…") in a tag's arguments ({% include … empty=_("…") %}), which templatize leaves as it is.
UNDERSCORED = re.compile(r"""\b_\(("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\)""")


def _public_templates():
    for path in (ROOT / "templates").rglob("*.html"):
        if "admin" not in path.relative_to(ROOT / "templates").parts:  # the admin stays Swedish
            yield path


def _template_entries(text: str) -> set[tuple[str | None, str]]:
    found = set()
    for call in TEMPLATIZED.finditer(templatize(text)):
        strings = [ast.literal_eval(s) for s in QUOTED.findall(call.group(2))]
        context, msgid = CALLS[call.group(1)]
        found.add((strings[context] if context is not None else None, strings[msgid]))
    found |= {(None, ast.literal_eval(s)) for s in UNDERSCORED.findall(templatize(text))}
    return found


def _code_entries(text: str) -> set[tuple[str | None, str]]:
    found = set()
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in CALLS:
            continue
        context, msgid = CALLS[name]
        args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
        if len(args) > msgid and isinstance(args[msgid], str):
            found.add((args[context] if context is not None else None, args[msgid]))
    return found


def entries_in_use() -> set[tuple[str | None, str]]:
    found = set()
    for path in _public_templates():
        found |= _template_entries(path.read_text(encoding="utf-8"))
    for path in (ROOT / "reform_kb").rglob("*.py"):
        if "migrations" in path.parts or path.name == "admin.py" or "admin" in path.parts:
            continue
        found |= _code_entries(path.read_text(encoding="utf-8"))
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


def test_every_string_in_use_with_its_context_and_plural_is_in_the_catalogue():
    """blocktranslate bodies, plurals and pgettext contexts too: an entry whose context or wording
    changed in a template shows in Swedish on English pages until the catalogue follows."""
    known = {(e.msgctxt, e.msgid) for e in catalogue() if not e.obsolete}
    in_use = entries_in_use()
    assert len(in_use) > 200  # the finder finds: the interface has about 270 strings
    missing = sorted(in_use - known, key=str)
    assert not missing, "run `make messages` and translate: " + "; ".join(f"{c or ''}|{m}" for c, m in missing)


def test_the_finder_sees_blocktranslate_plurals_and_contexts():
    found = _template_entries(
        '{% load i18n %}{% blocktranslate count counter=n %}{{ counter }} citat{% plural %}{{ counter }} citat'
        '{% endblocktranslate %}{% translate "Visa" context "flikar" %}{% include "x.html" with empty=_("Inga") %}'
    )
    assert found == {(None, "%(counter)s citat"), ("flikar", "Visa"), (None, "Inga")}


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
