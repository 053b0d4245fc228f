"""Hypothesis profiles: "ci" by default, "dev" for a quick loop, "long" for `make fuzz`.

Pick one with the HYPOTHESIS_PROFILE environment variable:

    HYPOTHESIS_PROFILE=dev  .venv/bin/python -m pytest -q tests/test_fuzz.py   # seconds
    HYPOTHESIS_PROFILE=long .venv/bin/python -m pytest -q tests/test_fuzz.py   # make fuzz
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

# The extractor's cost grows with the text; a slow draw is a long string, not a broken test.
_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]

# Not derandomized: every run explores new strings; a failure is saved in .hypothesis/
# and replayed first on the next run, and printed with a @reproduce_failure blob.
settings.register_profile("ci", max_examples=10_000, deadline=None, derandomize=False,
                          suppress_health_check=_QUIET, print_blob=True)
settings.register_profile("dev", max_examples=500, deadline=None,
                          suppress_health_check=_QUIET)
settings.register_profile("long", max_examples=200_000, deadline=None,
                          suppress_health_check=_QUIET, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_terminal_summary(terminalreporter) -> None:
    """Say how many strings the fuzz test drew, and under which profile."""
    for report in terminalreporter.stats.get("passed", []):
        for name, value in getattr(report, "user_properties", []):
            if name == "fuzzed":
                profile = os.environ.get("HYPOTHESIS_PROFILE", "ci")
                terminalreporter.write_line(
                    f"find_quantities fuzzed with {value} strings (hypothesis profile "
                    f"{profile}, max_examples={settings.default.max_examples})")
