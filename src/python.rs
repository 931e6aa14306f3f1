//! The Python binding: the only module that knows PyO3.
//!
//! Every entry point runs the core with the GIL released, converts byte offsets to code-point
//! offsets before re-attaching (one `CharIndexer` per text), catches panics, and maps the core
//! error type to the exceptions of `depeche.exceptions` in one function.

use crate::clean::{self, Category, CleanOptions};
use crate::offsets::CharIndexer;
use crate::quotes;
use crate::sentences;
use crate::{Error, Lang};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyString, PyTuple, PyType};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Python classes the binding instantiates, looked up once.
struct Classes {
    tuple_new: Py<PyAny>,
    sentence: Py<PyAny>,
    quote: Py<PyAny>,
    edit: Py<PyAny>,
}

fn classes(py: Python<'_>) -> PyResult<&Classes> {
    static CLASSES: PyOnceLock<Classes> = PyOnceLock::new();
    CLASSES.get_or_try_init(py, || {
        let records = py.import("depeche._records")?;
        Ok(Classes {
            tuple_new: py.get_type::<PyTuple>().getattr("__new__")?.unbind(),
            sentence: records.getattr("Sentence")?.unbind(),
            quote: records.getattr("Quote")?.unbind(),
            edit: records.getattr("Edit")?.unbind(),
        })
    })
}

/// Builds a NamedTuple record without running its Python `__new__`.
fn record<'py>(
    py: Python<'py>,
    classes: &Classes,
    class: &Py<PyAny>,
    fields: impl IntoPyObject<'py, Target = PyTuple>,
) -> PyResult<Bound<'py, PyAny>> {
    classes.tuple_new.bind(py).call1((class.bind(py), fields))
}

fn exception(py: Python<'_>, name: &str, message: String) -> PyErr {
    match py
        .import("depeche.exceptions")
        .and_then(|m| m.getattr(name))
        .and_then(|c| c.cast_into::<PyType>().map_err(PyErr::from))
    {
        Ok(class) => PyErr::from_type(class, message),
        Err(import_error) => import_error,
    }
}

/// The one mapping from core errors to Python exceptions.
fn to_py_err(py: Python<'_>, error: Error) -> PyErr {
    let name = match error {
        Error::UnsupportedLanguage { .. } => "UnsupportedLanguageError",
        Error::InvalidOption { .. } => "InvalidOptionError",
    };
    exception(py, name, error.to_string())
}

/// Runs core work detached from the interpreter; a panic becomes `depeche.InternalError`.
fn run<T: Send>(py: Python<'_>, work: impl FnOnce() -> Result<T, Error> + Send) -> PyResult<T> {
    match py.detach(|| catch_unwind(AssertUnwindSafe(work))) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(error)) => Err(to_py_err(py, error)),
        Err(panic) => {
            let detail = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".to_string());
            Err(exception(
                py,
                "InternalError",
                format!("depeche hit an internal error (please report it): {detail}"),
            ))
        }
    }
}

#[pyfunction]
#[pyo3(name = "sentences", signature = (text, lang=None))]
fn py_sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    lang: Option<&str>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let text = text.to_str()?;
    let spans = run(py, || {
        let lang = Lang::resolve(lang, text)?;
        let mut indexer = CharIndexer::new(text);
        Ok(sentences::split(text, lang)
            .into_iter()
            .map(|span| (span, indexer.span(span)))
            .collect::<Vec<_>>())
    })?;
    let classes = classes(py)?;
    spans
        .into_iter()
        .map(|(bytes, (start, end))| {
            record(
                py,
                classes,
                &classes.sentence,
                (bytes.slice(text), start, end),
            )
        })
        .collect()
}

/// A quote with its offsets already in code points.
struct ConvertedQuote {
    quote: quotes::Quote,
    span: (usize, usize),
    speaker_span: Option<(usize, usize)>,
}

#[pyfunction]
#[pyo3(name = "quotes", signature = (text, lang=None))]
fn py_quotes<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    lang: Option<&str>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let text = text.to_str()?;
    let found = run(py, || {
        let lang = Lang::resolve(lang, text)?;
        let mut found = quotes::extract(text, lang);
        found.sort_by_key(|q| q.span);
        let mut indexer = CharIndexer::new(text);
        Ok(found
            .into_iter()
            .map(|quote| ConvertedQuote {
                span: indexer.span(quote.span),
                speaker_span: quote.speaker_span.map(|s| indexer.span(s)),
                quote,
            })
            .collect::<Vec<_>>())
    })?;
    let classes = classes(py)?;
    found
        .into_iter()
        .map(|c| {
            let q = c.quote;
            let fields = (
                q.span.slice(text),
                c.span.0,
                c.span.1,
                q.speaker,
                c.speaker_span.map(|s| s.0),
                c.speaker_span.map(|s| s.1),
                q.cue.map(|cue| cue.slice(text)),
                q.kind.name(),
            );
            record(py, classes, &classes.quote, fields)
        })
        .collect()
}

fn clean_options(categories: Option<Vec<String>>) -> Result<CleanOptions, Error> {
    match categories {
        None => Ok(CleanOptions::default()),
        Some(names) => names
            .iter()
            .map(|n| Category::from_name(n))
            .collect::<Result<Vec<_>, _>>()
            .map(CleanOptions::only),
    }
}

#[pyfunction]
#[pyo3(name = "clean", signature = (text, lang=None, categories=None))]
fn py_clean(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    lang: Option<&str>,
    categories: Option<Vec<String>>,
) -> PyResult<String> {
    let text = text.to_str()?;
    run(py, || {
        let lang = Lang::resolve(lang, text)?;
        Ok(clean::clean(text, lang, &clean_options(categories)?).text)
    })
}

#[pyfunction]
#[pyo3(name = "clean_report", signature = (text, lang=None, categories=None))]
fn py_clean_report<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    lang: Option<&str>,
    categories: Option<Vec<String>>,
) -> PyResult<(String, Vec<Bound<'py, PyAny>>)> {
    let text = text.to_str()?;
    let (cleaned, edits) = run(py, || {
        let lang = Lang::resolve(lang, text)?;
        let cleaned = clean::clean(text, lang, &clean_options(categories)?);
        let mut indexer = CharIndexer::new(text);
        let edits: Vec<_> = cleaned
            .edits
            .into_iter()
            .map(|edit| (indexer.span(edit.span), edit))
            .collect();
        Ok((cleaned.text, edits))
    })?;
    let classes = classes(py)?;
    let edits = edits
        .into_iter()
        .map(|((start, end), edit)| {
            let fields = (
                start,
                end,
                edit.category.name(),
                edit.span.slice(text),
                edit.replacement,
            );
            record(py, classes, &classes.edit, fields)
        })
        .collect::<PyResult<_>>()?;
    Ok((cleaned, edits))
}

#[pyfunction]
#[pyo3(name = "detect_language")]
fn py_detect_language(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<&'static str> {
    let text = text.to_str()?;
    run(py, || Ok(Lang::detect(text).code()))
}

/// Raises a Rust panic, so tests can check that it surfaces as `depeche.InternalError`.
#[pyfunction]
fn _panic_for_tests(py: Python<'_>) -> PyResult<()> {
    run(py, || -> Result<(), Error> {
        panic!("deliberate panic for tests")
    })
}

#[pymodule(gil_used = false)]
fn _depeche(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(py_sentences, m)?)?;
    m.add_function(wrap_pyfunction!(py_quotes, m)?)?;
    m.add_function(wrap_pyfunction!(py_clean, m)?)?;
    m.add_function(wrap_pyfunction!(py_clean_report, m)?)?;
    m.add_function(wrap_pyfunction!(py_detect_language, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_for_tests, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("LANGUAGES", Lang::ALL.map(Lang::code).to_vec())?;
    let (repairs, residue): (Vec<_>, Vec<_>) =
        Category::ALL.into_iter().partition(|c| c.is_repair());
    m.add(
        "RESIDUE_CATEGORIES",
        residue.into_iter().map(Category::name).collect::<Vec<_>>(),
    )?;
    m.add(
        "REPAIR_CATEGORIES",
        repairs.into_iter().map(Category::name).collect::<Vec<_>>(),
    )?;
    let defaults = CleanOptions::default();
    m.add(
        "DEFAULT_CATEGORIES",
        Category::ALL
            .into_iter()
            .filter(|c| defaults.enables(*c))
            .map(Category::name)
            .collect::<Vec<_>>(),
    )?;
    Ok(())
}
