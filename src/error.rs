//! The one error type of the core; the binding maps it to Python exceptions once.

use std::fmt;

/// Everything the core can refuse. Panics are bugs and are caught at the binding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A language code that has no data files.
    UnsupportedLanguage { code: String },
    /// An option value outside its allowed set (`name` is the option, `expected` lists the values).
    InvalidOption {
        name: &'static str,
        value: String,
        expected: String,
    },
}

pub type Result<T> = std::result::Result<T, Error>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnsupportedLanguage { code } => write!(
                f,
                "unsupported language {code:?}; supported: {}",
                crate::lang::Lang::ALL
                    .iter()
                    .map(|l| l.code())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Error::InvalidOption {
                name,
                value,
                expected,
            } => write!(f, "invalid {name} {value:?}; expected one of: {expected}"),
        }
    }
}

impl std::error::Error for Error {}
