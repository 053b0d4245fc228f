"""The unit table kept from quantulum3: built once, read back the same, rebuilt when bad."""

from __future__ import annotations

from tracker import units


def test_quantulum_units_cached_and_rebuilt(tmp_path, monkeypatch):
    cache = tmp_path / "share" / "quantulum3-units.json"
    monkeypatch.setattr(units, "_cache_path", lambda: cache)
    built = units.quantulum_units()  # no file yet: built from quantulum3 and written
    assert cache.exists()
    assert ("kilometre", "length") in {(name, entity) for name, entity, _s, _y in built}
    assert units.quantulum_units() == built  # read back as it was written
    cache.write_text("{not json", encoding="utf-8")  # a torn or foreign file
    assert units.quantulum_units() == built
    assert units.quantulum_units() == built  # and written again whole


def test_unwritable_cache_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setattr(units, "_cache_path", lambda: blocker / "sub" / "units.json")
    rows = units.quantulum_units()  # the folder cannot be made: no cache, same answer
    assert any(name == "kilogram" for name, *_ in rows)
