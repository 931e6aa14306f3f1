"""depeche: clean, split and quote-mine scraped news text.

>>> import depeche
>>> text = "« Ce vote est un tournant », a déclaré Jeanne Martin. Elle partira lundi."
>>> [s.text for s in depeche.sentences(text)]
['« Ce vote est un tournant », a déclaré Jeanne Martin.', 'Elle partira lundi.']
>>> depeche.quotes(text)[0].speaker
'Jeanne Martin'
"""

from __future__ import annotations

from depeche import batch
from depeche._api import (
    DEFAULT_REPAIRS,
    LANGUAGES,
    REPAIR_CATEGORIES,
    RESIDUE_CATEGORIES,
    clean,
    clean_report,
    detect_language,
    quotes,
    sentences,
)
from depeche._depeche import __version__
from depeche._records import CleanReport, Edit, Quote, Sentence
from depeche.display import Document, show
from depeche.exceptions import (
    DepecheError,
    InternalError,
    InvalidInputError,
    InvalidOptionError,
    UnsupportedLanguageError,
)

__all__ = [
    "DEFAULT_REPAIRS",
    "LANGUAGES",
    "REPAIR_CATEGORIES",
    "RESIDUE_CATEGORIES",
    "CleanReport",
    "DepecheError",
    "Document",
    "Edit",
    "InternalError",
    "InvalidInputError",
    "InvalidOptionError",
    "Quote",
    "Sentence",
    "UnsupportedLanguageError",
    "__version__",
    "batch",
    "clean",
    "clean_report",
    "detect_language",
    "quotes",
    "sentences",
    "show",
]
