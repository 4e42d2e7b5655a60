"""Whether a capitalised word is a known first name (issue 10, item 7: people found).

Two capitalised words read as a name ("Anna Berg"), but so do a service ("Unik Resurs"), a newspaper
("Helsingborgs Dagblad"), a sentence's opening word glued to a name ("Kontakta Wivi") or a program
("Internet Explorer"). Most of what the pipeline wrongly took for people in the development corpus (93 of
130) opened with a word no first name list holds, while 95 % of the people its annotators listed open with one.

The list is Faker's (a pinned, maintained library): the first names of every locale it ships, which come from
national name statistics (Statistics Sweden's for sv_SE) and so cover the names of Sweden's residents born
abroad as well; only names written in Latin letters are kept, as a Swedish text writes them.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

_FIELDS = ("first_names", "first_names_female", "first_names_male", "first_names_nonbinary")


@lru_cache(maxsize=1)
def known_first_names() -> frozenset[str]:
    import faker.providers.person as person_providers

    names: set[str] = set()
    for module in pkgutil.iter_modules(person_providers.__path__):
        provider = importlib.import_module(f"{person_providers.__name__}.{module.name}").Provider
        for field in _FIELDS:
            values = provider.__dict__.get(field)
            if isinstance(values, dict):  # weighted lists: name → frequency
                values = values.keys()
            if values is not None and not isinstance(values, (str, property)):
                names.update(v for v in values if isinstance(v, str) and _latin_name(v))
    return frozenset(names)


def _latin_name(word: str) -> bool:
    return (
        word[:1].isupper()
        and all(c.isalpha() or c in "-'" for c in word)
        and all(ord(c) < 0x250 for c in word)
    )


def is_first_name(word: str) -> bool:
    """ "Anna", "Ann-Marie" (either part), "Yusuf"; not "Unik", "Kontakta", "Helsingborgs"."""
    names = known_first_names()
    return word in names or any(part in names for part in word.split("-") if part)
