"""depeche's exceptions: one hierarchy, each also the natural builtin."""

from __future__ import annotations


class DepecheError(Exception):
    """Base class of every error depeche raises on purpose."""


class UnsupportedLanguageError(DepecheError, ValueError):
    """A ``lang`` code that depeche has no data for; the message lists the supported ones."""


class InvalidOptionError(DepecheError, ValueError):
    """An option value outside its allowed set; the message lists the allowed values."""


class InvalidInputError(DepecheError, TypeError):
    """Input of a type depeche cannot process; the message names the type."""


class InternalError(DepecheError, RuntimeError):
    """A bug inside depeche (a Rust panic, caught): please report it with the input."""


__all__ = [
    "DepecheError",
    "InternalError",
    "InvalidInputError",
    "InvalidOptionError",
    "UnsupportedLanguageError",
]
