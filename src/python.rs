//! The Python binding: the only module that knows PyO3.
//!
//! Every entry point runs the core with the GIL released, converts byte offsets to code-point
//! offsets before re-attaching (one `CharIndexer` per text), catches panics, and maps the core
//! error type to the exceptions of `depeche.exceptions` in one function.
//!
//! Each function has a one-text form and a `*_batch` form that takes a list of texts (a chunk of
//! a batch; `depeche._batch` spreads chunks over threads) and does all of them in one call with
//! the GIL released once.

use crate::clean::{self, Category, CleanOptions};
use crate::offsets::{CharIndexer, Span};
use crate::quotes;
use crate::sentences;
use crate::{Error, Lang};
use pyo3::ffi;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyFloat, PyList, PySlice, PyString, PyTuple, PyType};
use std::borrow::Cow;
use std::os::raw::c_void;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Python classes the binding instantiates, looked up once.
struct Classes {
    sentence: Py<PyType>,
    quote: Py<PyType>,
    edit: Py<PyType>,
    clean_report: Py<PyType>,
}

fn classes(py: Python<'_>) -> PyResult<&Classes> {
    static CLASSES: PyOnceLock<Classes> = PyOnceLock::new();
    CLASSES.get_or_try_init(py, || {
        let records = py.import("depeche._records")?;
        let class = |name: &str| -> PyResult<Py<PyType>> {
            let class = records.getattr(name)?.cast_into::<PyType>()?;
            // `record` relies on it.
            assert!(class.is_subclass_of::<PyTuple>()?, "{name} is not a tuple");
            Ok(class.unbind())
        };
        Ok(Classes {
            sentence: class("Sentence")?,
            quote: class("Quote")?,
            edit: class("Edit")?,
            clean_report: class("CleanReport")?,
        })
    })
}

/// Builds a NamedTuple record the way `tuple.__new__(class, fields)` does, without the call.
///
/// Records are most of what a call returns, and going through `tuple.__new__` cost more than
/// the rest of the per-record work; this allocates the instance with the class's own
/// `tp_alloc` and fills its slots, which is exactly what CPython's tuple subtype constructor
/// does.
fn record<'py, const N: usize>(
    class: &Bound<'py, PyType>,
    fields: Row<'py, N>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = class.py();
    let n = ffi::Py_ssize_t::try_from(N).expect("records have a handful of fields");
    // SAFETY: `class` is a tuple subclass (`classes` checks it), so its `tp_alloc` returns a tuple-layout
    // object with `N` empty slots; each slot is set once with a new strong reference, which
    // `PyTuple_SetItem` steals. A failed allocation is reported as the pending exception.
    unsafe {
        let type_ptr = class.as_type_ptr();
        let alloc = ffi::PyType_GetSlot(type_ptr, ffi::Py_tp_alloc);
        if alloc.is_null() {
            return Err(PyErr::fetch(py));
        }
        let alloc: ffi::allocfunc = std::mem::transmute::<*mut c_void, ffi::allocfunc>(alloc);
        let object = Bound::from_owned_ptr_or_err(py, alloc(type_ptr, n))?;
        // On an error, dropping `object` frees it and the fields set so far (empty slots are
        // allowed there).
        for (index, field) in (0..n).zip(fields) {
            let field = field.into_py(py)?;
            if ffi::PyTuple_SetItem(object.as_ptr(), index, field.into_ptr()) != 0 {
                return Err(PyErr::fetch(py));
            }
        }
        Ok(object)
    }
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

// ---------------------------------------------------------------------------------------------
// Texts from Python

/// A Python string and its UTF-8 text.
///
/// A lone surrogate cannot be UTF-8: it is read as U+FFFD, one code point for one, so offsets
/// are unchanged, and record texts are then sliced from the original string instead.
struct Source<'a, 'py> {
    string: &'a Bound<'py, PyString>,
    utf8: Cow<'a, str>,
}

impl<'a, 'py> Source<'a, 'py> {
    fn new(string: &'a Bound<'py, PyString>) -> PyResult<Self> {
        let utf8 = match string.to_str() {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => Cow::Owned(with_surrogates_replaced(string)?),
        };
        Ok(Source { string, utf8 })
    }

    /// The text of a span, from the original string.
    fn slice(&self, bytes: Span, chars: (usize, usize)) -> PyResult<Bound<'py, PyAny>> {
        let py = self.string.py();
        match &self.utf8 {
            Cow::Borrowed(text) => Ok(PyString::new(py, bytes.slice(text)).into_any()),
            Cow::Owned(_) => {
                let (start, end) = (to_isize(chars.0), to_isize(chars.1));
                self.string.get_item(PySlice::new(py, start, end, 1))
            }
        }
    }
}

fn to_isize(offset: usize) -> isize {
    isize::try_from(offset).expect("a Python string is shorter than isize::MAX")
}

fn with_surrogates_replaced(string: &Bound<'_, PyString>) -> PyResult<String> {
    let py = string.py();
    let encoded = string.call_method1(
        intern!(py, "encode"),
        (intern!(py, "utf-8"), intern!(py, "surrogatepass")),
    )?;
    let mut bytes = encoded.cast_into::<PyBytes>()?.as_bytes().to_vec();
    // A surrogate is ED A0..BF xx under `surrogatepass`; U+FFFD is EF BF BD: same length.
    let mut i = 0;
    while i + 2 < bytes.len() {
        if bytes[i] == 0xED && bytes[i + 1] >= 0xA0 {
            bytes[i..i + 3].copy_from_slice("\u{FFFD}".as_bytes());
            i += 3;
        } else {
            i += 1;
        }
    }
    String::from_utf8(bytes).map_err(|e| {
        exception(
            py,
            "InternalError",
            format!("depeche could not re-encode a string with lone surrogates: {e}"),
        )
    })
}

/// Whether a batch item stands for a missing text: `None`, a float NaN, or `pandas.NA`.
fn is_missing(item: &Bound<'_, PyAny>) -> bool {
    if item.is_none() {
        return true;
    }
    if let Ok(number) = item.cast::<PyFloat>() {
        return number.value().is_nan();
    }
    // pandas.NA, without importing pandas: only looked at on this rare path.
    item.get_type()
        .name()
        .is_ok_and(|name| name.to_cow().is_ok_and(|n| n == "NAType"))
}

/// The strings of a batch, `None` for the missing ones; any other item is an `InvalidInputError`
/// naming its position in the whole batch (`first_index` is the chunk's first position).
fn batch_strings<'py>(
    texts: &Bound<'py, PyList>,
    first_index: usize,
) -> PyResult<Vec<Option<Bound<'py, PyString>>>> {
    texts
        .iter()
        .enumerate()
        .map(|(i, item)| match item.cast_into::<PyString>() {
            Ok(string) => Ok(Some(string)),
            Err(error) => {
                let item = error.into_inner();
                if is_missing(&item) {
                    return Ok(None);
                }
                let type_name = item.get_type().name()?;
                Err(exception(
                    item.py(),
                    "InvalidInputError",
                    format!(
                        "item {} of the batch is {type_name}; expected str, or None/NaN for a \
                         missing text",
                        first_index + i
                    ),
                ))
            }
        })
        .collect()
}

fn language(code: Option<&str>) -> Result<Option<Lang>, Error> {
    code.map(Lang::from_code).transpose()
}

/// Runs `work` on every present text of a batch in one detached call, then builds each result.
fn batch<'py, T: Send, O>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    first_index: usize,
    work: impl Fn(&str) -> Result<T, Error> + Sync,
    build: impl Fn(&Source<'_, 'py>, T) -> PyResult<O>,
) -> PyResult<Vec<Option<O>>> {
    let strings = batch_strings(texts, first_index)?;
    let sources = strings
        .iter()
        .map(|s| s.as_ref().map(Source::new).transpose())
        .collect::<PyResult<Vec<_>>>()?;
    let utf8: Vec<Option<&str>> = sources
        .iter()
        .map(|s| s.as_ref().map(|s| &*s.utf8))
        .collect();
    let results = run(py, || {
        utf8.iter()
            .map(|text| text.map(&work).transpose())
            .collect::<Result<Vec<_>, Error>>()
    })?;
    sources
        .iter()
        .zip(results)
        .map(|pair| match pair {
            (Some(source), Some(result)) => build(source, result).map(Some),
            _ => Ok(None),
        })
        .collect()
}

/// One field of a record, kept as a number until it is known whether it goes into a record
/// object or into a column of numbers.
enum Field<'py> {
    Object(Bound<'py, PyAny>),
    Offset(usize),
    OptionalOffset(Option<usize>),
}

impl<'py> Field<'py> {
    fn into_py(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(match self {
            Field::Object(object) => object,
            Field::Offset(n) => n.into_pyobject(py)?.into_any(),
            Field::OptionalOffset(n) => n.into_pyobject(py)?.into_any(),
        })
    }

    fn kind(&self) -> &'static str {
        match self {
            Field::Object(_) => "object",
            Field::Offset(_) | Field::OptionalOffset(_) => "offset",
        }
    }
}

/// The fields of one record, in the order of its class.
type Row<'py, const N: usize> = [Field<'py>; N];

/// A list of records of `class`.
fn records<'py, const N: usize>(
    class: &Bound<'py, PyType>,
    rows: Vec<Row<'py, N>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = class.py();
    let records = rows
        .into_iter()
        .map(|row| record(class, row))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(PyList::new(py, records)?.into_any())
}

/// One column of a batch's records: Python objects, or offsets as native-endian `i64` bytes
/// (-1 for a missing one) that numpy reads without a Python int per value.
enum Column<'py> {
    Objects(Vec<Bound<'py, PyAny>>),
    Offsets(Vec<u8>),
}

impl<'py> Column<'py> {
    fn push(&mut self, field: Field<'py>) {
        let offset = |n: usize| i64::try_from(n).expect("a text is shorter than i64::MAX");
        match (self, field) {
            (Column::Objects(objects), Field::Object(object)) => objects.push(object),
            (Column::Offsets(bytes), Field::Offset(n)) => {
                bytes.extend_from_slice(&offset(n).to_ne_bytes());
            }
            (Column::Offsets(bytes), Field::OptionalOffset(n)) => {
                bytes.extend_from_slice(&n.map_or(-1, offset).to_ne_bytes());
            }
            (column, field) => {
                // The first row decides each column's kind and every row has the same layout.
                unreachable!("{} field in a column of {}", field.kind(), column.kind())
            }
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Column::Objects(_) => "objects",
            Column::Offsets(_) => "offsets",
        }
    }

    fn into_py(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(match self {
            Column::Objects(objects) => PyList::new(py, objects)?.into_any(),
            Column::Offsets(bytes) => PyBytes::new(py, &bytes).into_any(),
        })
    }
}

/// A batch's records as columns, for a DataFrame: each text's number of records (`None` for a
/// missing text) and one column per field. No record objects are made.
fn columns<'py, const N: usize>(
    py: Python<'py>,
    per_text: Vec<Option<Vec<Row<'py, N>>>>,
) -> PyResult<Bound<'py, PyAny>> {
    let mut columns: Option<Vec<Column<'py>>> = None;
    let counts: Vec<Option<usize>> = per_text
        .into_iter()
        .map(|rows| {
            rows.map(|rows| {
                let count = rows.len();
                for row in rows {
                    let columns = columns.get_or_insert_with(|| {
                        row.iter()
                            .map(|field| match field {
                                Field::Object(_) => Column::Objects(Vec::new()),
                                _ => Column::Offsets(Vec::new()),
                            })
                            .collect()
                    });
                    for (column, field) in columns.iter_mut().zip(row) {
                        column.push(field);
                    }
                }
                count
            })
        })
        .collect();
    // No record at all: empty lists, whatever the kinds.
    let columns = columns.unwrap_or_else(|| (0..N).map(|_| Column::Objects(Vec::new())).collect());
    let columns = columns
        .into_iter()
        .map(|column| column.into_py(py))
        .collect::<PyResult<Vec<_>>>()?;
    Ok((counts, columns).into_pyobject(py)?.into_any())
}

// ---------------------------------------------------------------------------------------------
// sentences

type CharSpan = (usize, usize);

fn sentence_spans(text: &str, lang: Option<Lang>) -> Vec<(Span, CharSpan)> {
    let lang = lang.unwrap_or_else(|| Lang::detect(text));
    let mut indexer = CharIndexer::new(text);
    sentences::split(text, lang)
        .into_iter()
        .map(|span| (span, indexer.span(span)))
        .collect()
}

fn sentence_rows<'py>(
    source: &Source<'_, 'py>,
    spans: Vec<(Span, CharSpan)>,
) -> PyResult<Vec<Row<'py, 3>>> {
    spans
        .into_iter()
        .map(|(bytes, chars)| {
            Ok([
                Field::Object(source.slice(bytes, chars)?),
                Field::Offset(chars.0),
                Field::Offset(chars.1),
            ])
        })
        .collect()
}

fn sentence_records<'py>(
    source: &Source<'_, 'py>,
    spans: Vec<(Span, CharSpan)>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = source.string.py();
    records(
        classes(py)?.sentence.bind(py),
        sentence_rows(source, spans)?,
    )
}

#[pyfunction]
#[pyo3(name = "sentences", signature = (text, lang=None))]
fn py_sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    lang: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let source = Source::new(text)?;
    let utf8 = &*source.utf8;
    let spans = run(py, || Ok(sentence_spans(utf8, language(lang)?)))?;
    sentence_records(&source, spans)
}

/// `columns=True` gives the records as columns (see `columns`) instead of lists of records.
#[pyfunction]
#[pyo3(signature = (texts, lang=None, first_index=0, columns=false))]
fn sentences_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    lang: Option<&str>,
    first_index: usize,
    columns: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = language(lang).map_err(|e| to_py_err(py, e))?;
    let work = |text: &str| Ok(sentence_spans(text, lang));
    if columns {
        self::columns(py, batch(py, texts, first_index, work, sentence_rows)?)
    } else {
        Ok(batch(py, texts, first_index, work, sentence_records)?.into_pyobject(py)?)
    }
}

// ---------------------------------------------------------------------------------------------
// quotes

/// A quote with its offsets already in code points.
struct ConvertedQuote {
    quote: quotes::Quote,
    span: CharSpan,
    speaker_span: Option<CharSpan>,
    cue_span: Option<CharSpan>,
}

fn converted_quotes(text: &str, lang: Option<Lang>) -> Vec<ConvertedQuote> {
    let lang = lang.unwrap_or_else(|| Lang::detect(text));
    let mut found = quotes::extract(text, lang);
    found.sort_by_key(|q| q.span);
    let mut indexer = CharIndexer::new(text);
    found
        .into_iter()
        .map(|quote| ConvertedQuote {
            span: indexer.span(quote.span),
            speaker_span: quote.speaker_span.map(|s| indexer.span(s)),
            cue_span: quote.cue.map(|s| indexer.span(s)),
            quote,
        })
        .collect()
}

fn quote_rows<'py>(
    source: &Source<'_, 'py>,
    found: Vec<ConvertedQuote>,
) -> PyResult<Vec<Row<'py, 8>>> {
    let py = source.string.py();
    found
        .into_iter()
        .map(|c| {
            let q = c.quote;
            let cue = match (q.cue, c.cue_span) {
                (Some(bytes), Some(chars)) => source.slice(bytes, chars)?,
                _ => py.None().into_bound(py),
            };
            Ok([
                Field::Object(source.slice(q.span, c.span)?),
                Field::Offset(c.span.0),
                Field::Offset(c.span.1),
                Field::Object(q.speaker.into_pyobject(py)?.into_any()),
                Field::OptionalOffset(c.speaker_span.map(|s| s.0)),
                Field::OptionalOffset(c.speaker_span.map(|s| s.1)),
                Field::Object(cue),
                Field::Object(PyString::new(py, q.kind.name()).into_any()),
            ])
        })
        .collect()
}

fn quote_records<'py>(
    source: &Source<'_, 'py>,
    found: Vec<ConvertedQuote>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = source.string.py();
    records(classes(py)?.quote.bind(py), quote_rows(source, found)?)
}

#[pyfunction]
#[pyo3(name = "quotes", signature = (text, lang=None))]
fn py_quotes<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    lang: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let source = Source::new(text)?;
    let utf8 = &*source.utf8;
    let found = run(py, || Ok(converted_quotes(utf8, language(lang)?)))?;
    quote_records(&source, found)
}

/// `columns=True` gives the records as columns (see `columns`) instead of lists of records.
#[pyfunction]
#[pyo3(signature = (texts, lang=None, first_index=0, columns=false))]
fn quotes_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    lang: Option<&str>,
    first_index: usize,
    columns: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = language(lang).map_err(|e| to_py_err(py, e))?;
    let work = |text: &str| Ok(converted_quotes(text, lang));
    if columns {
        self::columns(py, batch(py, texts, first_index, work, quote_rows)?)
    } else {
        Ok(batch(py, texts, first_index, work, quote_records)?.into_pyobject(py)?)
    }
}

// ---------------------------------------------------------------------------------------------
// clean

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

fn cleaned_text(text: &str, lang: Option<Lang>, options: &CleanOptions) -> String {
    let lang = lang.unwrap_or_else(|| Lang::detect(text));
    clean::clean(text, lang, options).text
}

/// The cleaned text and its edits, offsets in code points.
type Report = (String, Vec<(CharSpan, clean::Edit)>);

fn clean_edits(text: &str, lang: Option<Lang>, options: &CleanOptions) -> Report {
    let lang = lang.unwrap_or_else(|| Lang::detect(text));
    let cleaned = clean::clean(text, lang, options);
    let mut indexer = CharIndexer::new(text);
    let edits = cleaned
        .edits
        .into_iter()
        .map(|edit| (indexer.span(edit.span), edit))
        .collect();
    (cleaned.text, edits)
}

fn clean_report_record<'py>(
    source: &Source<'_, 'py>,
    (cleaned, edits): Report,
) -> PyResult<Bound<'py, PyAny>> {
    let py = source.string.py();
    let classes = classes(py)?;
    let edit_class = classes.edit.bind(py);
    let edits = edits
        .into_iter()
        .map(|(chars, edit)| {
            let fields = [
                Field::Offset(chars.0),
                Field::Offset(chars.1),
                Field::Object(PyString::new(py, edit.category.name()).into_any()),
                Field::Object(source.slice(edit.span, chars)?),
                Field::Object(PyString::new(py, &edit.replacement).into_any()),
            ];
            record(edit_class, fields)
        })
        .collect::<PyResult<Vec<_>>>()?;
    let fields = [
        Field::Object(PyString::new(py, &cleaned).into_any()),
        Field::Object(PyList::new(py, edits)?.into_any()),
    ];
    record(classes.clean_report.bind(py), fields)
}

#[pyfunction]
#[pyo3(name = "clean", signature = (text, lang=None, categories=None))]
fn py_clean(
    py: Python<'_>,
    text: &Bound<'_, PyString>,
    lang: Option<&str>,
    categories: Option<Vec<String>>,
) -> PyResult<String> {
    let source = Source::new(text)?;
    let utf8 = &*source.utf8;
    run(py, || {
        Ok(cleaned_text(
            utf8,
            language(lang)?,
            &clean_options(categories)?,
        ))
    })
}

#[pyfunction]
#[pyo3(signature = (texts, lang=None, categories=None, first_index=0))]
fn clean_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    lang: Option<&str>,
    categories: Option<Vec<String>>,
    first_index: usize,
) -> PyResult<Vec<Option<Bound<'py, PyAny>>>> {
    let (lang, options) = language(lang)
        .and_then(|lang| Ok((lang, clean_options(categories)?)))
        .map_err(|e| to_py_err(py, e))?;
    batch(
        py,
        texts,
        first_index,
        |text| Ok(cleaned_text(text, lang, &options)),
        |_, cleaned| Ok(PyString::new(py, &cleaned).into_any()),
    )
}

#[pyfunction]
#[pyo3(name = "clean_report", signature = (text, lang=None, categories=None))]
fn py_clean_report<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    lang: Option<&str>,
    categories: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyAny>> {
    let source = Source::new(text)?;
    let utf8 = &*source.utf8;
    let report = run(py, || {
        Ok(clean_edits(
            utf8,
            language(lang)?,
            &clean_options(categories)?,
        ))
    })?;
    clean_report_record(&source, report)
}

#[pyfunction]
#[pyo3(signature = (texts, lang=None, categories=None, first_index=0))]
fn clean_report_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    lang: Option<&str>,
    categories: Option<Vec<String>>,
    first_index: usize,
) -> PyResult<Vec<Option<Bound<'py, PyAny>>>> {
    let (lang, options) = language(lang)
        .and_then(|lang| Ok((lang, clean_options(categories)?)))
        .map_err(|e| to_py_err(py, e))?;
    batch(
        py,
        texts,
        first_index,
        |text| Ok(clean_edits(text, lang, &options)),
        clean_report_record,
    )
}

// ---------------------------------------------------------------------------------------------

#[pyfunction]
#[pyo3(name = "detect_language")]
fn py_detect_language(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<&'static str> {
    let source = Source::new(text)?;
    let utf8 = &*source.utf8;
    run(py, || Ok(Lang::detect(utf8).code()))
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
    m.add_function(wrap_pyfunction!(sentences_batch, m)?)?;
    m.add_function(wrap_pyfunction!(quotes_batch, m)?)?;
    m.add_function(wrap_pyfunction!(clean_batch, m)?)?;
    m.add_function(wrap_pyfunction!(clean_report_batch, m)?)?;
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
