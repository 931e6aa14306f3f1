//! The Python binding: the only module that knows PyO3.
//!
//! Every entry point holds the GIL only to encode its texts to UTF-8 and to build the Python
//! results: the core and the conversion of byte offsets to code points (one `CharIndexer` per
//! text, nothing to convert for ASCII) run with the GIL released. It catches panics, and maps
//! the core error type to the exceptions of `depeche.exceptions` in one function.
//!
//! Each function has a one-text form and a `*_batch` form that takes a list of texts (a chunk of
//! a batch; `depeche._batch` spreads chunks over threads) and does all of them in one call with
//! the GIL released once.

use crate::clean::{self, Category, CleanOptions};
use crate::offsets::CharIndexer;
use crate::quotes::{self, QuoteKind};
use crate::sentences;
use crate::{Error, Lang};
use pyo3::ffi;
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyFloat, PyList, PyString, PyTuple, PyType};
use std::os::raw::c_void;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// The extension's Rust allocations (not Python's) go to mimalloc: a call makes about a
/// thousand small ones (names, keys, vectors), which cost the system allocator about a tenth
/// of the call.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A record class and its `tp_alloc`, looked up once.
struct RecordClass {
    class: Py<PyType>,
    alloc: ffi::allocfunc,
}

/// Python classes the binding instantiates, looked up once.
struct Classes {
    sentence: RecordClass,
    quote: RecordClass,
    edit: RecordClass,
    clean_report: RecordClass,
}

fn classes(py: Python<'_>) -> PyResult<&Classes> {
    static CLASSES: PyOnceLock<Classes> = PyOnceLock::new();
    CLASSES.get_or_try_init(py, || {
        let records = py.import("depeche._records")?;
        let class = |name: &str| -> PyResult<RecordClass> {
            let class = records.getattr(name)?.cast_into::<PyType>()?;
            // `record` relies on it.
            assert!(class.is_subclass_of::<PyTuple>()?, "{name} is not a tuple");
            // SAFETY: a valid type object; the slot of a heap type is a function pointer or NULL.
            let alloc = unsafe { ffi::PyType_GetSlot(class.as_type_ptr(), ffi::Py_tp_alloc) };
            if alloc.is_null() {
                return Err(PyErr::fetch(py));
            }
            // SAFETY: the `Py_tp_alloc` slot holds an `allocfunc`.
            let alloc = unsafe { std::mem::transmute::<*mut c_void, ffi::allocfunc>(alloc) };
            Ok(RecordClass {
                class: class.unbind(),
                alloc,
            })
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
    py: Python<'py>,
    class: &RecordClass,
    fields: Row<'py, N>,
) -> PyResult<Bound<'py, PyAny>> {
    let n = ffi::Py_ssize_t::try_from(N).expect("records have a handful of fields");
    // SAFETY: `class` is a tuple subclass (`classes` checks it), so its `tp_alloc` returns a tuple-layout
    // object with `N` empty slots; each slot is set once with a new strong reference, which
    // `PyTuple_SetItem` steals. A failed allocation is reported as the pending exception.
    unsafe {
        let object =
            Bound::from_owned_ptr_or_err(py, (class.alloc)(class.class.as_ptr().cast(), n))?;
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

/// A list of `items.len()` objects, each made by `build`, without an intermediate vector.
fn list_of<'py, T>(
    py: Python<'py>,
    items: Vec<T>,
    mut build: impl FnMut(T) -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let len = to_isize(items.len());
    // SAFETY: `PyList_New(len)` returns a list of `len` empty slots (or NULL with an exception
    // set); the loop fills each exactly once (the vector has exactly `len` items) with a new
    // reference, which `PyList_SetItem` steals. On an error, dropping the list frees it with
    // the items set so far (empty slots are allowed there).
    unsafe {
        let list = Bound::from_owned_ptr_or_err(py, ffi::PyList_New(len))?;
        for (index, item) in (0..len).zip(items) {
            let item = build(item)?;
            if ffi::PyList_SetItem(list.as_ptr(), index, item.into_ptr()) != 0 {
                return Err(PyErr::fetch(py));
            }
        }
        Ok(list)
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

/// Start and end of a span in code points (Python string indices).
type CharSpan = (usize, usize);

/// A Python string and its UTF-8 text.
///
/// The UTF-8 is a copy made for the call, not the one `PyUnicode_AsUTF8` caches inside the
/// string for the string's whole life, which would add the size of every article to a corpus
/// held in pandas: an ASCII string's bytes (`PyUnicode_AsUTF8String`, a copy), else the UTF-8
/// of its code points (`PyUnicode_AsUCS4`), made here at a third of the cost of CPython's
/// encoder on French text. A lone surrogate cannot be UTF-8: it is read as U+FFFD, one code
/// point for one, so offsets are unchanged (record texts are always sliced from the original
/// string).
struct Source<'a, 'py> {
    string: &'a Bound<'py, PyString>,
    utf8: Utf8<'py>,
    /// Whether the string is all ASCII: its byte offsets are then its code-point offsets.
    ascii: bool,
}

enum Utf8<'py> {
    /// Python's UTF-8 encoding of an ASCII string.
    Encoded(Bound<'py, PyBytes>),
    /// The UTF-8 of the string's code points.
    Transcoded(String),
    /// The same, with the string's lone surrogates replaced.
    Replaced(String),
}

impl<'a, 'py> Source<'a, 'py> {
    fn new(string: &'a Bound<'py, PyString>) -> PyResult<Self> {
        if is_ascii(string)? {
            return Ok(Source {
                string,
                utf8: Utf8::Encoded(string.encode_utf8()?),
                ascii: true,
            });
        }
        let (utf8, replaced) = transcoded(string)?;
        let utf8 = if replaced {
            Utf8::Replaced(utf8)
        } else {
            Utf8::Transcoded(utf8)
        };
        Ok(Source {
            string,
            utf8,
            ascii: false,
        })
    }

    fn text(&self) -> Text<'_> {
        let utf8 = match &self.utf8 {
            // SAFETY: the output of CPython's strict UTF-8 encoder (`str.encode()`) is valid
            // UTF-8 (re-checking it cost a tenth of a call); bytes objects are immutable.
            Utf8::Encoded(encoded) => unsafe { std::str::from_utf8_unchecked(encoded.as_bytes()) },
            Utf8::Transcoded(text) | Utf8::Replaced(text) => text,
        };
        Text {
            utf8,
            ascii: self.ascii,
        }
    }

    /// The length of the string in code points.
    fn chars(&self) -> usize {
        // SAFETY: a valid str; `PyUnicode_GetLength` cannot fail on one.
        let length = unsafe { ffi::PyUnicode_GetLength(self.string.as_ptr()) };
        usize::try_from(length).unwrap_or(0)
    }

    /// The text of a span (code points), copied from the original string: cheaper than
    /// decoding UTF-8 again, and exact where lone surrogates were replaced.
    fn slice(&self, (start, end): CharSpan) -> PyResult<Bound<'py, PyAny>> {
        let py = self.string.py();
        let (start, end) = (to_isize(start), to_isize(end));
        // SAFETY: a valid str and bounds (clamped by CPython anyway); returns a new reference
        // or NULL with an exception set.
        unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                ffi::PyUnicode_Substring(self.string.as_ptr(), start, end),
            )
        }
    }
}

/// The UTF-8 of a text, as the core reads it, and whether it is all ASCII.
#[derive(Clone, Copy)]
struct Text<'t> {
    utf8: &'t str,
    ascii: bool,
}

impl<'t> Text<'t> {
    /// The converter of this text's byte offsets to code points (none needed for ASCII).
    fn indexer(self) -> CharIndexer<'t> {
        if self.ascii {
            CharIndexer::ascii(self.utf8)
        } else {
            CharIndexer::new(self.utf8)
        }
    }
}

fn to_isize(offset: usize) -> isize {
    isize::try_from(offset).expect("a Python string is shorter than isize::MAX")
}

/// Whether a string is all ASCII: `str.isascii`, which reads a flag of the string (no scan),
/// called on `str` itself so that a subclass cannot answer for it.
fn is_ascii(string: &Bound<'_, PyString>) -> PyResult<bool> {
    static IS_ASCII: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let py = string.py();
    let method = IS_ASCII.get_or_try_init(py, || {
        py.get_type::<PyString>()
            .getattr(intern!(py, "isascii"))
            .map(Bound::unbind)
    })?;
    method.bind(py).call1((string,))?.is_truthy()
}

/// Code points read from Python at a time: the buffer stays small whatever the text's size.
const TRANSCODE_CHUNK: usize = 1 << 14;

/// The UTF-8 of a string, read from its code points (`PyUnicode_AsUCS4`), a lone surrogate as
/// U+FFFD; and whether there was one.
fn transcoded(string: &Bound<'_, PyString>) -> PyResult<(String, bool)> {
    let py = string.py();
    // SAFETY: a valid str; `PyUnicode_GetLength` cannot fail on one.
    let length = unsafe { ffi::PyUnicode_GetLength(string.as_ptr()) };
    let length = usize::try_from(length).unwrap_or(0);
    let mut utf8 = Vec::with_capacity(length + length / 4);
    let mut points: Vec<u32> = Vec::with_capacity(length.min(TRANSCODE_CHUNK));
    let mut replaced = false;
    for start in (0..length).step_by(TRANSCODE_CHUNK) {
        let end = (start + TRANSCODE_CHUNK).min(length);
        let piece = if end - start == length {
            string.clone().into_any()
        } else {
            // SAFETY: a valid str and bounds; a new reference or NULL with an exception set.
            unsafe {
                Bound::from_owned_ptr_or_err(
                    py,
                    ffi::PyUnicode_Substring(string.as_ptr(), to_isize(start), to_isize(end)),
                )?
            }
        };
        points.clear();
        // SAFETY: the buffer has room for the piece's `end - start` code points, which CPython
        // writes (no NUL after them: `copy_null` is 0), or it returns NULL with an exception
        // set; only then are they taken as written.
        unsafe {
            let written = ffi::PyUnicode_AsUCS4(
                piece.as_ptr(),
                points.as_mut_ptr(),
                to_isize(end - start),
                0,
            );
            if written.is_null() {
                return Err(PyErr::fetch(py));
            }
            points.set_len(end - start);
        }
        replaced |= utf8::push_code_points(&points, &mut utf8);
    }
    // SAFETY: `push_code_points` writes only the UTF-8 of code points (as `char::encode_utf8`).
    Ok((unsafe { String::from_utf8_unchecked(utf8) }, replaced))
}

/// UTF-8 from code points.
mod utf8 {
    /// Appends the UTF-8 of `points` to `utf8`, a lone surrogate as U+FFFD; returns whether
    /// there was one. Only the UTF-8 of code points (as `char::encode_utf8` writes it) is
    /// written.
    pub fn push_code_points(points: &[u32], utf8: &mut Vec<u8>) -> bool {
        let mut replaced = false;
        let mut index = 0;
        while index < points.len() {
            #[cfg(target_arch = "x86_64")]
            {
                index += sse2::push_ascii_run(&points[index..], utf8);
            }
            let Some(&point) = points.get(index) else {
                break;
            };
            push_point(point, utf8, &mut replaced);
            index += 1;
        }
        replaced
    }

    fn push_point(point: u32, utf8: &mut Vec<u8>, replaced: &mut bool) {
        // The one- and two-byte forms by hand (letters with accents, `«`, U+00A0), as
        // `char::encode_utf8` writes them: most of what is not ASCII.
        match point {
            0..0x80 => utf8.push(point as u8),
            0x80..0x800 => {
                utf8.extend_from_slice(&[0xc0 | (point >> 6) as u8, 0x80 | (point & 0x3f) as u8]);
            }
            _ => {
                let c = char::from_u32(point).unwrap_or_else(|| {
                    *replaced = true;
                    char::REPLACEMENT_CHARACTER
                });
                utf8.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
        }
    }

    /// ASCII code points sixteen at a time, with SSE2 (part of every x86_64 CPU).
    #[cfg(target_arch = "x86_64")]
    mod sse2 {
        use std::arch::x86_64::{
            _mm_loadu_si128, _mm_movemask_epi8, _mm_packs_epi32, _mm_packus_epi16, _mm_storeu_si128,
        };

        /// Appends the ASCII code points `points` starts with, in whole chunks of sixteen and
        /// then up to the first other one in the next chunk; returns how many.
        pub fn push_ascii_run(points: &[u32], utf8: &mut Vec<u8>) -> usize {
            let mut done = 0;
            while let Some(chunk) = points.get(done..done + 16) {
                utf8.reserve(16);
                // SAFETY: `chunk` holds sixteen code points, read unaligned; `utf8` has room
                // for sixteen more bytes, of which only the first `ascii` (ASCII code points
                // packed to bytes) are taken as written. SSE2 is baseline on x86_64.
                let ascii = unsafe {
                    let at = |k: usize| _mm_loadu_si128(chunk[k..].as_ptr().cast());
                    // Code points below 0x110000 saturate to 0x7FFF, then 0xFF: one byte
                    // each, below 0x80 exactly for ASCII.
                    let bytes = _mm_packus_epi16(
                        _mm_packs_epi32(at(0), at(4)),
                        _mm_packs_epi32(at(8), at(12)),
                    );
                    let others = _mm_movemask_epi8(bytes) as u32;
                    let ascii = others.trailing_zeros().min(16) as usize;
                    let spare = utf8.spare_capacity_mut();
                    _mm_storeu_si128(spare.as_mut_ptr().cast(), bytes);
                    utf8.set_len(utf8.len() + ascii);
                    ascii
                };
                done += ascii;
                if ascii < 16 {
                    break;
                }
            }
            done
        }
    }
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

/// The `lang` argument of a public function: an ISO 639-1 code, or `None` to detect each
/// text's language. Checked here rather than in Python, where it cost a tenth of a short call.
fn language(lang: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Lang>> {
    let Some(lang) = lang.filter(|lang| !lang.is_none()) else {
        return Ok(None);
    };
    let py = lang.py();
    let code = match lang.cast::<PyString>() {
        Ok(code) => code.to_cow()?,
        Err(_) => {
            let type_name = lang.get_type().name()?;
            return Err(exception(
                py,
                "InvalidInputError",
                format!("lang must be an ISO 639-1 code (str) or None, got {type_name}"),
            ));
        }
    };
    Lang::from_code(&code)
        .map(Some)
        .map_err(|error| to_py_err(py, error))
}

/// Runs `work` on every present text of a batch in one detached call, then builds each result.
fn batch<'py, T: Send, O>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    first_index: usize,
    work: impl Fn(Text<'_>) -> Result<T, Error> + Sync,
    build: impl Fn(&Source<'_, 'py>, T) -> PyResult<O>,
) -> PyResult<Vec<Option<O>>> {
    let strings = batch_strings(texts, first_index)?;
    let sources = strings
        .iter()
        .map(|s| s.as_ref().map(Source::new).transpose())
        .collect::<PyResult<Vec<_>>>()?;
    let utf8: Vec<Option<Text<'_>>> = sources
        .iter()
        .map(|s| s.as_ref().map(Source::text))
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

fn sentence_spans(text: Text<'_>, lang: Option<Lang>) -> Vec<CharSpan> {
    let lang = lang.unwrap_or_else(|| Lang::detect(text.utf8));
    let mut indexer = text.indexer();
    sentences::split(text.utf8, lang)
        .into_iter()
        .map(|span| indexer.span(span))
        .collect()
}

fn sentence_row<'py>(source: &Source<'_, 'py>, chars: CharSpan) -> PyResult<Row<'py, 3>> {
    Ok([
        Field::Object(source.slice(chars)?),
        Field::Offset(chars.0),
        Field::Offset(chars.1),
    ])
}

fn sentence_rows<'py>(
    source: &Source<'_, 'py>,
    spans: Vec<CharSpan>,
) -> PyResult<Vec<Row<'py, 3>>> {
    spans
        .into_iter()
        .map(|chars| sentence_row(source, chars))
        .collect()
}

fn sentence_records<'py>(
    source: &Source<'_, 'py>,
    spans: Vec<CharSpan>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = source.string.py();
    let class = &classes(py)?.sentence;
    list_of(py, spans, |chars| {
        record(py, class, sentence_row(source, chars)?)
    })
}

#[pyfunction]
#[pyo3(name = "sentences", signature = (text, lang=None))]
fn py_sentences<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    lang: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = language(lang)?;
    let source = Source::new(text)?;
    let text = source.text();
    let spans = run(py, || Ok(sentence_spans(text, lang)))?;
    sentence_records(&source, spans)
}

/// `columns=True` gives the records as columns (see `columns`) instead of lists of records.
#[pyfunction]
#[pyo3(signature = (texts, lang=None, first_index=0, columns=false))]
fn sentences_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    lang: Option<&Bound<'py, PyAny>>,
    first_index: usize,
    columns: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = language(lang)?;
    let work = |text: Text<'_>| Ok(sentence_spans(text, lang));
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

fn converted_quotes(text: Text<'_>, lang: Option<Lang>) -> Vec<ConvertedQuote> {
    let lang = lang.unwrap_or_else(|| Lang::detect(text.utf8));
    let mut found = quotes::extract(text.utf8, lang);
    found.sort_by_key(|q| q.span);
    let mut indexer = text.indexer();
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

/// The Python string of a quote's kind, made once.
fn kind_name(py: Python<'_>, kind: QuoteKind) -> &Bound<'_, PyString> {
    match kind {
        QuoteKind::Direct => intern!(py, QuoteKind::Direct.name()),
        QuoteKind::Partial => intern!(py, QuoteKind::Partial.name()),
    }
}

/// The Python strings of the speakers a text's quotes have named so far: a speaker usually
/// has several quotes, and one string object serves them all.
struct Speakers<'py> {
    made: Vec<(String, Bound<'py, PyAny>)>,
}

impl<'py> Speakers<'py> {
    /// Distinct speakers remembered at most: the lookup stays a short walk.
    const MAX: usize = 8;

    fn new() -> Self {
        Speakers { made: Vec::new() }
    }

    fn get(&mut self, py: Python<'py>, speaker: Option<String>) -> PyResult<Bound<'py, PyAny>> {
        let Some(speaker) = speaker else {
            return Ok(py.None().into_bound(py));
        };
        if let Some((_, object)) = self.made.iter().find(|(name, _)| *name == speaker) {
            return Ok(object.clone());
        }
        let object = PyString::new(py, &speaker).into_any();
        if self.made.len() < Self::MAX {
            self.made.push((speaker, object.clone()));
        }
        Ok(object)
    }
}

fn quote_row<'py>(
    source: &Source<'_, 'py>,
    speakers: &mut Speakers<'py>,
    c: ConvertedQuote,
) -> PyResult<Row<'py, 8>> {
    let py = source.string.py();
    let q = c.quote;
    let cue = match c.cue_span {
        Some(chars) => source.slice(chars)?,
        None => py.None().into_bound(py),
    };
    Ok([
        Field::Object(source.slice(c.span)?),
        Field::Offset(c.span.0),
        Field::Offset(c.span.1),
        Field::Object(speakers.get(py, q.speaker)?),
        Field::OptionalOffset(c.speaker_span.map(|s| s.0)),
        Field::OptionalOffset(c.speaker_span.map(|s| s.1)),
        Field::Object(cue),
        Field::Object(kind_name(py, q.kind).clone().into_any()),
    ])
}

fn quote_rows<'py>(
    source: &Source<'_, 'py>,
    found: Vec<ConvertedQuote>,
) -> PyResult<Vec<Row<'py, 8>>> {
    let mut speakers = Speakers::new();
    found
        .into_iter()
        .map(|c| quote_row(source, &mut speakers, c))
        .collect()
}

fn quote_records<'py>(
    source: &Source<'_, 'py>,
    found: Vec<ConvertedQuote>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = source.string.py();
    let class = &classes(py)?.quote;
    let mut speakers = Speakers::new();
    list_of(py, found, |c| {
        record(py, class, quote_row(source, &mut speakers, c)?)
    })
}

#[pyfunction]
#[pyo3(name = "quotes", signature = (text, lang=None))]
fn py_quotes<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    lang: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = language(lang)?;
    let source = Source::new(text)?;
    let text = source.text();
    let found = run(py, || Ok(converted_quotes(text, lang)))?;
    quote_records(&source, found)
}

/// `columns=True` gives the records as columns (see `columns`) instead of lists of records.
#[pyfunction]
#[pyo3(signature = (texts, lang=None, first_index=0, columns=false))]
fn quotes_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    lang: Option<&Bound<'py, PyAny>>,
    first_index: usize,
    columns: bool,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = language(lang)?;
    let work = |text: Text<'_>| Ok(converted_quotes(text, lang));
    if columns {
        self::columns(py, batch(py, texts, first_index, work, quote_rows)?)
    } else {
        Ok(batch(py, texts, first_index, work, quote_records)?.into_pyobject(py)?)
    }
}

// ---------------------------------------------------------------------------------------------
// clean

/// The options of `categories` (`None`: the defaults), checked before any text is read.
fn clean_options(py: Python<'_>, categories: Option<Vec<String>>) -> PyResult<CleanOptions> {
    match categories {
        None => Ok(CleanOptions::default()),
        Some(names) => names
            .iter()
            .map(|n| Category::from_name(n))
            .collect::<Result<Vec<_>, _>>()
            .map(CleanOptions::only)
            .map_err(|error| to_py_err(py, error)),
    }
}

/// The cleaned text and its edits, offsets in code points.
type Report = (String, Vec<(CharSpan, clean::Edit)>);

fn clean_edits(text: Text<'_>, lang: Option<Lang>, options: &CleanOptions) -> Report {
    let lang = lang.unwrap_or_else(|| Lang::detect(text.utf8));
    let cleaned = clean::clean(text.utf8, lang, options);
    let mut indexer = text.indexer();
    let edits = cleaned
        .edits
        .into_iter()
        .map(|edit| (indexer.span(edit.span), edit))
        .collect();
    (cleaned.text, edits)
}

/// The cleaned text as a Python string: the input itself when nothing changed, else slices of
/// the input joined with the edits' replacements (the output is the input with its edits made).
/// Slicing copies the input's code points as they are, sparing the UTF-8 decoding of the
/// whole output; a text read with its lone surrogates replaced is decoded, as it was read.
fn cleaned_str<'py>(
    source: &Source<'_, 'py>,
    (cleaned, edits): &Report,
) -> PyResult<Bound<'py, PyAny>> {
    let py = source.string.py();
    if matches!(source.utf8, Utf8::Replaced(_)) {
        return Ok(PyString::new(py, cleaned).into_any());
    }
    if edits.is_empty() {
        return Ok(source.string.clone().into_any());
    }
    let pieces = PyList::empty(py);
    let mut cursor = 0;
    for ((start, end), edit) in edits {
        if *start > cursor {
            pieces.append(source.slice((cursor, *start))?)?;
        }
        if !edit.replacement.is_empty() {
            pieces.append(replacement(py, &edit.replacement))?;
        }
        cursor = *end;
    }
    pieces.append(source.slice((cursor, source.chars()))?)?;
    intern!(py, "").call_method1(intern!(py, "join"), (pieces,))
}

/// The Python strings of the edit categories, made once, in the order of `Category::ALL`.
fn category_names(py: Python<'_>) -> &[Py<PyString>] {
    static NAMES: PyOnceLock<Vec<Py<PyString>>> = PyOnceLock::new();
    NAMES.get_or_init(py, || {
        Category::ALL
            .into_iter()
            .map(|category| PyString::intern(py, category.name()).unbind())
            .collect()
    })
}

fn category_name(py: Python<'_>, category: Category) -> Bound<'_, PyAny> {
    match Category::ALL.iter().position(|c| *c == category) {
        Some(index) => category_names(py)[index].bind(py).clone().into_any(),
        None => PyString::new(py, category.name()).into_any(),
    }
}

/// An edit's replacement: most are empty or one space, which are made once.
fn replacement<'py>(py: Python<'py>, text: &str) -> Bound<'py, PyAny> {
    match text {
        "" => intern!(py, "").clone().into_any(),
        " " => intern!(py, " ").clone().into_any(),
        _ => PyString::new(py, text).into_any(),
    }
}

fn clean_report_record<'py>(
    source: &Source<'_, 'py>,
    report: Report,
) -> PyResult<Bound<'py, PyAny>> {
    let py = source.string.py();
    let classes = classes(py)?;
    let text = cleaned_str(source, &report)?;
    let edits = list_of(py, report.1, |(chars, edit)| {
        let fields = [
            Field::Offset(chars.0),
            Field::Offset(chars.1),
            Field::Object(category_name(py, edit.category)),
            Field::Object(source.slice(chars)?),
            Field::Object(replacement(py, &edit.replacement)),
        ];
        record(py, &classes.edit, fields)
    })?;
    let fields = [Field::Object(text), Field::Object(edits)];
    record(py, &classes.clean_report, fields)
}

#[pyfunction]
#[pyo3(name = "clean", signature = (text, lang=None, categories=None))]
fn py_clean<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    lang: Option<&Bound<'py, PyAny>>,
    categories: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = language(lang)?;
    let options = clean_options(py, categories)?;
    let source = Source::new(text)?;
    let text = source.text();
    let report = run(py, || Ok(clean_edits(text, lang, &options)))?;
    cleaned_str(&source, &report)
}

#[pyfunction]
#[pyo3(signature = (texts, lang=None, categories=None, first_index=0))]
fn clean_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    lang: Option<&Bound<'py, PyAny>>,
    categories: Option<Vec<String>>,
    first_index: usize,
) -> PyResult<Vec<Option<Bound<'py, PyAny>>>> {
    let lang = language(lang)?;
    let options = clean_options(py, categories)?;
    batch(
        py,
        texts,
        first_index,
        |text| Ok(clean_edits(text, lang, &options)),
        |source, report| cleaned_str(source, &report),
    )
}

#[pyfunction]
#[pyo3(name = "clean_report", signature = (text, lang=None, categories=None))]
fn py_clean_report<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    lang: Option<&Bound<'py, PyAny>>,
    categories: Option<Vec<String>>,
) -> PyResult<Bound<'py, PyAny>> {
    let lang = language(lang)?;
    let options = clean_options(py, categories)?;
    let source = Source::new(text)?;
    let text = source.text();
    let report = run(py, || Ok(clean_edits(text, lang, &options)))?;
    clean_report_record(&source, report)
}

#[pyfunction]
#[pyo3(signature = (texts, lang=None, categories=None, first_index=0))]
fn clean_report_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyList>,
    lang: Option<&Bound<'py, PyAny>>,
    categories: Option<Vec<String>>,
    first_index: usize,
) -> PyResult<Vec<Option<Bound<'py, PyAny>>>> {
    let lang = language(lang)?;
    let options = clean_options(py, categories)?;
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
    let text = source.text();
    run(py, || Ok(Lang::detect(text.utf8).code()))
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
