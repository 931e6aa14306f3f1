"""Types of the native module (src/python.rs)."""

from typing import Any

from depeche._records import CleanReport, Quote, Sentence

__version__: str
LANGUAGES: list[str]
RESIDUE_CATEGORIES: list[str]
REPAIR_CATEGORIES: list[str]
DEFAULT_CATEGORIES: list[str]

def sentences(text: str, lang: str | None = None) -> list[Sentence]: ...
def quotes(text: str, lang: str | None = None) -> list[Quote]: ...
def clean(text: str, lang: str | None = None, categories: list[str] | None = None) -> str: ...
def clean_report(
    text: str, lang: str | None = None, categories: list[str] | None = None
) -> CleanReport: ...
def detect_language(text: str) -> str: ...

# Batch forms: a list of texts (str, or None/NaN/pandas.NA for a missing one) in, one result per
# text out (None for a missing one); `first_index` numbers the items in error messages.
# `columns=True`: `(counts, columns)` for a DataFrame instead (see src/python.rs).
def sentences_batch(
    texts: list[Any], lang: str | None = None, first_index: int = 0, columns: bool = False
) -> Any: ...
def quotes_batch(
    texts: list[Any], lang: str | None = None, first_index: int = 0, columns: bool = False
) -> Any: ...
def clean_batch(
    texts: list[Any],
    lang: str | None = None,
    categories: list[str] | None = None,
    first_index: int = 0,
) -> list[str | None]: ...
def clean_report_batch(
    texts: list[Any],
    lang: str | None = None,
    categories: list[str] | None = None,
    first_index: int = 0,
) -> list[CleanReport | None]: ...
def _panic_for_tests() -> None: ...
