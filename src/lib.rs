//! depeche: clean, split and quote-mine scraped news text.
//!
//! The core is pure Rust and speaks UTF-8 byte offsets ([`offsets::Span`]); the Python
//! binding (feature `python`) converts them to code-point offsets in one place.
//!
//! ```
//! use depeche::{sentences, Lang};
//! let text = "M. Dupont est arrivé. Il a parlé.";
//! let spans = sentences::split(text, Lang::Fr);
//! assert_eq!(spans.len(), 2);
//! assert_eq!(spans[0].slice(text), "M. Dupont est arrivé.");
//! ```

pub mod clean;
pub mod error;
pub mod lang;
pub mod offsets;
pub mod quotes;
pub mod sentences;

#[cfg(feature = "python")]
mod python;

pub use error::{Error, Result};
pub use lang::Lang;
pub use offsets::Span;
