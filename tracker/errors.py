"""The package's error base: every domain error is a TrackerError and a matching builtin."""


class TrackerError(Exception):
    """Base of tracker's domain errors (a corrupt store, an unknown currency option)."""
