//! Turns fuzzer bytes into the arguments of the core: a language, clean options and a text.

#![allow(dead_code)] // Only the clean target reads the options.

use depeche::clean::{Category, CleanOptions};
use depeche::Lang;
use std::borrow::Cow;

/// The first byte picks the language and the clean options, the rest is the text (invalid
/// UTF-8 becomes U+FFFD, as a lossy decoder upstream of depeche would make it).
pub struct Input<'a> {
    pub lang: Lang,
    pub options: CleanOptions,
    pub text: Cow<'a, str>,
}

impl<'a> Input<'a> {
    pub fn parse(data: &'a [u8]) -> Option<Self> {
        let (&selector, rest) = data.split_first()?;
        let lang = Lang::ALL[usize::from(selector) % Lang::ALL.len()];
        let options = match selector / 64 {
            0 | 1 => CleanOptions::default(),
            2 => CleanOptions::only(Category::ALL),
            _ => CleanOptions::only(
                Category::ALL
                    .into_iter()
                    .filter(|c| (*c as usize + usize::from(selector)) % 2 == 0),
            ),
        };
        Some(Input {
            lang,
            options,
            text: String::from_utf8_lossy(rest),
        })
    }
}
