//! Finding the next byte worth a look, sixteen bytes at a time (SSE2 on x86_64), then eight
//! (SWAR) where fewer are left or on other targets.

/// Bytes worth stopping at: terminators, line breaks, and the lead byte of the multi-byte ones.
const fn stop_bytes() -> [bool; 256] {
    let mut table = [false; 256];
    table[b'.' as usize] = true;
    table[b'!' as usize] = true;
    table[b'?' as usize] = true;
    table[b'\n' as usize] = true;
    table[b'\r' as usize] = true;
    table[0x0b] = true;
    table[0x0c] = true;
    // `…`, `‼`, bullets, U+2028/2029 all start with E2.
    table[0xe2] = true;
    table
}

static STOP: [bool; 256] = stop_bytes();

/// Whether the splitter must look at this byte.
pub fn is_stop(byte: u8) -> bool {
    STOP[byte as usize]
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// Non-zero when some byte of `word` equals `byte`.
const fn has_byte(word: u64, byte: u8) -> u64 {
    let x = word ^ (ONES * byte as u64);
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// The first byte at or after `i` that may be a stop byte (a few control chars give false
/// alarms, which `is_stop` then rejects), `bytes.len()` at the end; and whether a byte of
/// [`next_cue`]'s set may lie between (read in the same pass: false alarms, no misses).
pub fn next_stop(bytes: &[u8], mut i: usize) -> (usize, bool) {
    #[cfg(target_arch = "x86_64")]
    let mut cues = {
        let (at, stop, any_cue) = sse2::next_stop(bytes, i);
        if stop {
            return (at, any_cue);
        }
        i = at;
        u64::from(any_cue)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let mut cues = 0;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word);
        // Bytes below 0x0e catch `\n`, `\r`, VT and FF (and harmless control chars).
        let controls = word.wrapping_sub(ONES * 0x0e) & !word & HIGHS;
        let stops = has_byte(word, b'.')
            | has_byte(word, b'!')
            | has_byte(word, b'?')
            | has_byte(word, 0xe2)
            | controls;
        cues |= cue_bytes(word);
        if stops != 0 {
            // The lowest flag is exact (borrows only run upwards): the first stop byte.
            return (i + (stops.trailing_zeros() / 8) as usize, cues != 0);
        }
        i += 8;
    }
    (i, cues != 0)
}

/// Non-zero where `word` may hold a cue byte: `:;<=>?@`, `_`, `*`, `/`, and two hyphens in a
/// row (a lone one is a compound's: `a-t-il`).
const fn cue_bytes(word: u64) -> u64 {
    let hyphens = has_byte(word, b'-');
    in_range(word, b':', b'@')
        | has_byte(word, b'_')
        | has_byte(word, b'*')
        | has_byte(word, b'/')
        | (hyphens & (hyphens >> 8))
}

/// Non-zero where a byte of `word` is in `low..=high` (both ASCII); exact for every byte, as
/// no carry crosses bytes.
const fn in_range(word: u64, low: u8, high: u8) -> u64 {
    let ascii = word & (ONES * 0x7f);
    let at_least_low = ascii + ONES * (0x80 - low as u64);
    let above_high = ascii + ONES * (0x7f - high as u64);
    at_least_low & !above_high & !word & HIGHS
}

/// The first byte at or after `i` (before `end`) that may carry an unpunctuated sentence end:
/// `@ / : ; * = _ -` (with the rare `<`, `>`, `?` between `:` and `@`); `end` if none.
/// May stop early, never late.
pub fn next_cue(bytes: &[u8], mut i: usize, end: usize) -> usize {
    let end = end.min(bytes.len());
    #[cfg(target_arch = "x86_64")]
    while i < end {
        // Bytes past `end` may be read (not past the text) and are masked off.
        let Some(chunk) = bytes.get(i..i + 16) else {
            break;
        };
        let masks = sse2::masks(chunk);
        let cues = (masks.cues | masks.hyphens) & low_bits(end - i);
        if cues != 0 {
            return i + cues.trailing_zeros() as usize;
        }
        i += 16;
    }
    i = i.min(end);
    while i + 8 <= end {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[i..i + 8]);
        let word = u64::from_le_bytes(chunk);
        let cues = cue_bytes(word) | has_byte(word, b'-');
        if cues != 0 {
            return i + (cues.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < end && !is_cue(bytes[i]) {
        i += 1;
    }
    i
}

/// The first position of `byte` in `bytes[from..to]` (meant for short heads: no setup cost).
pub fn find_byte(bytes: &[u8], from: usize, to: usize, byte: u8) -> Option<usize> {
    let to = to.min(bytes.len());
    let mut i = from;
    #[cfg(target_arch = "x86_64")]
    while i < to {
        // Bytes past `to` may be read (not past the slice) and are masked off.
        let Some(chunk) = bytes.get(i..i + 16) else {
            break;
        };
        let found = sse2::byte_mask(chunk, byte) & low_bits(to - i);
        if found != 0 {
            return Some(i + found.trailing_zeros() as usize);
        }
        i += 16;
    }
    while i + 8 <= to {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        let found = has_byte(u64::from_le_bytes(word), byte);
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    (i..to).find(|&k| bytes[k] == byte)
}

/// A mask of the lowest `n` bits (all 32 from 32 on).
#[cfg(target_arch = "x86_64")]
fn low_bits(n: usize) -> u32 {
    if n >= 32 {
        u32::MAX
    } else {
        (1u32 << n) - 1
    }
}

/// Whether `byte` is one [`next_cue`] stops at.
pub fn is_cue(byte: u8) -> bool {
    matches!(byte, b':'..=b'@' | b'_' | b'*' | b'-' | b'/')
}

/// The byte classes of sixteen bytes at once, with SSE2 (part of every x86_64 CPU).
#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_min_epu8, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8, _mm_setzero_si128, _mm_srli_si128, _mm_sub_epi8,
    };

    /// [`super::next_stop`] over whole chunks of sixteen bytes: where it stopped (at the first
    /// stop byte, or where fewer than sixteen bytes are left), whether at a stop byte, and
    /// whether a cue byte may lie in the chunks read. The cues are gathered in a register and
    /// read once.
    pub fn next_stop(bytes: &[u8], mut i: usize) -> (usize, bool, bool) {
        // SAFETY: each load reads the sixteen bytes of a checked subslice; SSE2 is baseline
        // on x86_64.
        unsafe {
            let mut cues = _mm_setzero_si128();
            while let Some(chunk) = bytes.get(i..i + 16) {
                let v = _mm_loadu_si128(chunk.as_ptr().cast());
                let (stops, chunk_cues) = classes(v);
                cues = _mm_or_si128(cues, chunk_cues);
                let stops = _mm_movemask_epi8(stops) as u32;
                if stops != 0 {
                    let any_cue = _mm_movemask_epi8(cues) != 0;
                    return (i + stops.trailing_zeros() as usize, true, any_cue);
                }
                i += 16;
            }
            (i, false, _mm_movemask_epi8(cues) != 0)
        }
    }

    /// The stop bytes and the cue bytes (hyphens in pairs) of `v`, 0xff where found.
    #[inline(always)]
    unsafe fn classes(v: __m128i) -> (__m128i, __m128i) {
        let eq = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
        // Unsigned `v <= 0x0d`: `\n`, `\r`, VT, FF and harmless control chars.
        let controls = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x0d)), v);
        let stops = _mm_or_si128(
            _mm_or_si128(eq(b'.'), eq(b'!')),
            _mm_or_si128(_mm_or_si128(eq(b'?'), eq(0xe2)), controls),
        );
        // `:` to `@`: `v - ':'` (wrapping) is at most 6.
        let from_colon = _mm_sub_epi8(v, _mm_set1_epi8(b':' as i8));
        let colon_to_at = _mm_cmpeq_epi8(_mm_min_epu8(from_colon, _mm_set1_epi8(6)), from_colon);
        let hyphens = eq(b'-');
        // A hyphen followed by another (byte `k + 1` shifted down to `k`).
        let hyphen_pairs = _mm_and_si128(hyphens, _mm_srli_si128::<1>(hyphens));
        let cues = _mm_or_si128(
            _mm_or_si128(colon_to_at, eq(b'_')),
            _mm_or_si128(_mm_or_si128(eq(b'*'), eq(b'/')), hyphen_pairs),
        );
        (stops, cues)
    }

    /// One bit per byte (bit `k` for byte `k`).
    pub struct Masks {
        /// Cue bytes as [`super::cue_bytes`] has them (hyphens only in pairs).
        pub cues: u32,
        /// Every hyphen.
        pub hyphens: u32,
    }

    /// The positions of `byte` among the first sixteen bytes of `chunk` (which must hold sixteen).
    #[inline(always)]
    pub fn byte_mask(chunk: &[u8], byte: u8) -> u32 {
        assert!(chunk.len() >= 16);
        // SAFETY: `chunk` holds at least sixteen bytes, read unaligned; SSE2 is baseline on
        // x86_64.
        unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(byte as i8))) as u32
        }
    }

    /// The cue masks of the first sixteen bytes of `chunk` (which must hold sixteen).
    #[inline(always)]
    pub fn masks(chunk: &[u8]) -> Masks {
        assert!(chunk.len() >= 16);
        // SAFETY: as in `byte_mask`.
        unsafe {
            let v = _mm_loadu_si128(chunk.as_ptr().cast());
            let (_, cues) = classes(v);
            Masks {
                cues: _mm_movemask_epi8(cues) as u32,
                hyphens: _mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(b'-' as i8))) as u32,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_stop_in_any_position() {
        for stop in [b'.', b'!', b'?', b'\n', b'\r', 0xe2] {
            for at in 0..20 {
                let mut bytes = vec![b'a'; 20];
                bytes[at] = stop;
                let (found, _) = next_stop(&bytes, 0);
                assert!(found <= at, "{stop} at {at}: {found}");
                assert_eq!((found..20).find(|&k| is_stop(bytes[k])), Some(at));
            }
        }
    }

    #[test]
    fn skips_text_without_stops_to_the_tail() {
        let bytes = "abcdefgh ijklmnop « é » xyz".as_bytes();
        let (found, _) = next_stop(bytes, 0);
        assert!((found..bytes.len()).all(|k| !is_stop(bytes[k])));
        assert_eq!(next_stop(b"", 0), (0, false));
    }

    #[test]
    fn finds_a_byte_in_a_short_head() {
        let bytes = b"Hello there Bob, How are you, fine, and a longer tail, of commas";
        assert_eq!(find_byte(bytes, 0, 32, b','), Some(15));
        assert_eq!(find_byte(bytes, 0, 15, b','), None);
        assert_eq!(find_byte(bytes, 16, 64, b','), Some(28));
        assert_eq!(find_byte(bytes, 35, 50, b','), None);
        assert_eq!(find_byte(bytes, 35, 99, b','), Some(53));
        assert_eq!(find_byte(b"a,", 0, 2, b','), Some(1));
        assert_eq!(find_byte(b"", 0, 0, b','), None);
        for at in 0..40 {
            let mut bytes = [b'a'; 40];
            bytes[at] = b',';
            assert_eq!(find_byte(&bytes, 0, 40, b','), Some(at));
            assert_eq!(find_byte(&bytes, 0, at, b','), None);
        }
    }

    #[test]
    fn finds_the_first_cue_byte() {
        for byte in 0..=255u8 {
            let mut bytes = [b'a'; 16];
            bytes[9] = byte;
            let cue = is_cue(byte);
            assert_eq!(next_cue(&bytes, 0, 16) == 9, cue, "{byte}");
            assert_eq!(next_cue(&bytes, 0, 16) == 16, !cue, "{byte}");
        }
        assert_eq!(next_cue(b"abc", 0, 3), 3);
        // A cue past `end` is not reported, though its chunk is read.
        let bytes = b"abcdefghij@lmnopqrstuvwxyz";
        assert_eq!(next_cue(bytes, 0, 10), 10);
        assert_eq!(next_cue(bytes, 0, 11), 10);
        assert_eq!(next_cue(bytes, 3, 26), 10);
        assert_eq!(next_cue(bytes, 11, 26), 26);
    }

    #[test]
    fn notes_cue_bytes_before_the_stop() {
        assert_eq!(next_stop(b"abcdefgh ijkl. mnop", 0), (13, false));
        assert_eq!(next_stop(b"abc@efgh ijkl. mnop", 0), (13, true));
        // Without a stop, the chunks end where fewer than eight bytes are left.
        assert_eq!(next_stop(b"abcdefgh a-t-il mnopqrs", 0), (16, false));
        assert_eq!(next_stop(b"abc--fgh bbbbbbbbbbbbbb", 0), (16, true));
        assert!(next_stop(b"abcdefg----bbbbbbbb", 0).1);
    }
}
