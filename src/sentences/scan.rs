//! Finding the next byte worth a look, eight bytes at a time.

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
/// alarms, which `is_stop` then rejects); `bytes.len()` at the end.
pub fn next_stop(bytes: &[u8], mut i: usize) -> usize {
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
        if stops != 0 {
            // The lowest flag is exact (borrows only run upwards): the first stop byte.
            return i + (stops.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i
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
/// `@ / : ; * = _ ~ # -` (with a few rare neighbours such as `<`, `[`, `|`), and, when
/// `with_capitals`, an ASCII capital after a space; `end` if none. May stop early, never late.
pub fn next_cue(bytes: &[u8], mut i: usize, end: usize, with_capitals: bool) -> usize {
    let end = end.min(bytes.len());
    while i + 8 <= end {
        let mut chunk = [0u8; 8];
        chunk.copy_from_slice(&bytes[i..i + 8]);
        let word = u64::from_le_bytes(chunk);
        // `:;<=>?@`, `[\]^_`, `{|}~`, then `#`, `*`, `-`, `/`.
        let mut cues = in_range(word, b':', b'@')
            | in_range(word, b'[', b'_')
            | in_range(word, b'{', b'~')
            | has_byte(word, b'#')
            | has_byte(word, b'*')
            | has_byte(word, b'-')
            | has_byte(word, b'/');
        if with_capitals {
            // Each byte beside the one before it: a capital that follows a space.
            let before = i.checked_sub(1).map_or(0, |k| u64::from(bytes[k]));
            let previous = (word << 8) | before;
            cues |= in_range(word, b'A', b'Z') & has_byte(previous, b' ');
        }
        if cues != 0 {
            return i + (cues.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < end && !is_cue(bytes[i], with_capitals) {
        i += 1;
    }
    i
}

fn is_cue(byte: u8, with_capitals: bool) -> bool {
    matches!(byte, b':'..=b'@' | b'['..=b'_' | b'{'..=b'~' | b'#' | b'*' | b'-' | b'/')
        || (with_capitals && byte.is_ascii_uppercase())
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
                let found = next_stop(&bytes, 0);
                assert!(found <= at, "{stop} at {at}: {found}");
                assert_eq!((found..20).find(|&k| is_stop(bytes[k])), Some(at));
            }
        }
    }

    #[test]
    fn skips_text_without_stops_to_the_tail() {
        let bytes = "abcdefgh ijklmnop « é » xyz".as_bytes();
        let found = next_stop(bytes, 0);
        assert!((found..bytes.len()).all(|k| !is_stop(bytes[k])));
        assert_eq!(next_stop(b"", 0), 0);
    }

    #[test]
    fn finds_the_first_cue_byte() {
        for byte in 0..=255u8 {
            let mut bytes = [b'a'; 16];
            bytes[9] = byte;
            let cue = is_cue(byte, false);
            assert_eq!(next_cue(&bytes, 0, 16, false) == 9, cue, "{byte}");
            assert_eq!(next_cue(&bytes, 0, 16, false) == 16, !cue, "{byte}");
        }
        assert_eq!(next_cue(b"abc", 0, 3, true), 3);
    }

    #[test]
    fn finds_a_capital_after_a_space_only_when_asked() {
        let text = b"abcdefgh ijkMnop qrs Tuv wxyz abc";
        assert_eq!(next_cue(text, 0, text.len(), true), 21);
        assert_eq!(next_cue(text, 0, text.len(), false), text.len());
        // A capital right after a chunk boundary sees the space before it.
        let text = b"abcdefg Hijklmnopqrstu";
        assert_eq!(next_cue(text, 0, text.len(), true), 8);
    }
}
