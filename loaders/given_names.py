"""Given names, from maintained sources: the person-name lists that Faker (MIT licence)
keeps for its 80-odd locales — about 24,000 given names from Britain, Ireland, India,
Poland, Nigeria and beyond, which is who sits on UK councils and presents to them — and the
short forms people go by (``Pat``, ``Kev``, ``Cathie``) from the ``nicknames`` package
(Apache 2.0, a curated table of some 1,100 English given names and their nicknames).

Only the lists of language-and-country providers are read (the language-only ones mix in
surnames and words), and names that are common English words in Faker's own word list
(``Will``, ``May``, ``Hope``) are left out. The reading rules drop those that are words
they use otherwise (``Council``, ``Chair``), and the extractors those that the text being
read also writes in lower case (``grant``, ``mark``).
"""

import importlib
import pkgutil
import re
from functools import cache

_LATIN_NAME = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?")
_NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


@cache
def given_names() -> frozenset[str]:
    """Every given name govgraph knows: Faker's, and the short forms of the nicknames table."""
    return faker_given_names() | _short_forms()


@cache
def _short_forms() -> frozenset[str]:
    from nicknames import NickNamer

    forms = {nick for nicks in NickNamer().nickname_lookup.values() for nick in nicks}
    return frozenset(f.capitalize() for f in forms if f.isalpha() and len(f) > 2) - _common_words()


@cache
def faker_given_names() -> frozenset[str]:
    """Every given name in Faker's person providers, capitalised Latin-script names only."""
    import faker.providers.person as providers

    found: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        if "_" not in module.name:  # language-only providers mix surnames and words into their lists
            continue
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for attribute in _NAME_LISTS:
            names = getattr(provider, attribute, None)
            if isinstance(names, (list, tuple, dict)):
                found.update(n for n in names if _LATIN_NAME.fullmatch(n))
    return frozenset(found) - _common_words()


@cache
def _common_words() -> frozenset[str]:
    """Common English words, capitalised (``Will``, ``May``, ``Hope``): Faker's own word list."""
    from faker.providers.lorem.en_US import Provider

    return frozenset(word.capitalize() for word in Provider.word_list)
