//! Text folding: customer names as validation compares them, and column
//! headers as loosely as people write them.

use std::hash::{BuildHasherDefault, Hasher};

use crate::number::ascii_digit;

/// Direction marks and joiners that change how text looks, not what it says.
pub(crate) fn is_invisible(ch: char) -> bool {
    matches!(
        ch,
        '\u{200B}'..='\u{200F}' | '\u{061C}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// `text` without surrounding white space and invisible marks.
pub(crate) fn trim(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || is_invisible(c))
}

/// Writes `name` into `out` folded the way account validation compares names
/// (`accounts::validate`): letter case, runs of spaces, ZWNJ and direction
/// marks, Turkish `İ I ı i`, and Arabic versus Persian yeh and kaf do not
/// matter. `out` is cleared first.
pub(crate) fn fold_name(name: &str, out: &mut String) {
    out.clear();
    let ignorable = |c: char| matches!(c, '\u{200C}' | '\u{200E}' | '\u{200F}');
    let trimmed = name.trim_matches(|c: char| c.is_whitespace() || ignorable(c));
    // Fast path, same result: ASCII names.
    if trimmed.is_ascii() {
        let mut last_space = false;
        for b in trimmed.bytes() {
            let space = b.is_ascii_whitespace() || b == 0x0B;
            if space && last_space {
                continue;
            }
            last_space = space;
            out.push(if space {
                ' '
            } else {
                b.to_ascii_lowercase() as char
            });
        }
        return;
    }
    let mut last_space = false;
    let mut push = |l: char, out: &mut String| {
        let space = l == ' ';
        if !(space && last_space) {
            out.push(l);
        }
        last_space = space;
    };
    for c in trimmed.chars() {
        match c {
            c if ignorable(c) => {}
            'I' | 'İ' | 'ı' => push('i', out),
            'ي' | 'ى' => push('ی', out),
            'ك' => push('ک', out),
            // Arabic script has no letter case.
            '\u{0600}'..='\u{06FF}' => push(c, out),
            c if c.is_ascii() => push(
                if c.is_ascii_whitespace() || c == '\u{0B}' {
                    ' '
                } else {
                    c.to_ascii_lowercase()
                },
                out,
            ),
            c if c.is_whitespace() => push(' ', out),
            c => {
                for l in c.to_lowercase() {
                    push(l, out);
                }
            }
        }
    }
}

/// A column header as a compact matching key: bracketed parts (`(TL)`,
/// `[%]`) dropped; Turkish-aware lower case (`İ I ı i` all become `i`);
/// Turkish and other Latin accents removed (`Müşteri` = `musteri`); Arabic
/// and Persian letter variants unified (`ي ى ئ` = `ی`, `ك` = `ک`, `ة ۀ` = `ه`,
/// `أ إ آ` = `ا`), short vowels, tatweel and ZWNJ dropped; Persian and
/// Arabic-Indic digits made ASCII; and everything but letters and digits
/// removed (`Last purchase` = `last_purchase` = `LastPurchase`).
pub(crate) fn header_key(header: &str) -> String {
    let mut out = String::with_capacity(header.len());
    let mut depth = 0u32;
    for c in header.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            _ => push_key_char(c, &mut out),
        }
    }
    out
}

/// Whether a header says its values are percentages.
pub(crate) fn header_is_percent(header: &str) -> bool {
    header.contains(['%', '٪'])
}

fn push_key_char(c: char, out: &mut String) {
    if let Some(d) = ascii_digit(c) {
        out.push((b'0' + d as u8) as char);
        return;
    }
    let c = match c {
        'I' | 'İ' | 'ı' | 'î' | 'Î' | 'í' | 'ì' | 'ï' => 'i',
        'ç' | 'Ç' => 'c',
        'ğ' | 'Ğ' => 'g',
        'ö' | 'Ö' | 'ó' | 'ò' | 'ô' => 'o',
        'ş' | 'Ş' => 's',
        'ü' | 'Ü' | 'û' | 'Û' | 'ú' | 'ù' => 'u',
        'â' | 'Â' | 'á' | 'à' | 'ä' | 'Ä' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' => 'e',
        'ي' | 'ى' | 'ئ' => 'ی',
        'ك' => 'ک',
        'ة' | 'ۀ' => 'ه',
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ؤ' => 'و',
        // Tatweel is a letter to Unicode but only stretches a word.
        'ـ' => return,
        c => c,
    };
    if !c.is_alphanumeric() {
        return;
    }
    for l in c.to_lowercase() {
        out.push(l);
    }
}

/// A fast non-cryptographic hasher (rustc's Fx hash, with a finaliser) for
/// the importer's own tables. A file could be made to collide on purpose,
/// but only to slow down its own import.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    /// The state, with its high bits folded into the low ones (murmur3's
    /// finaliser): Fx mixing only carries bits upwards, and hash tables
    /// index buckets by the low bits.
    #[inline]
    fn finish(&self) -> u64 {
        let mut h = self.hash;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

pub(crate) type FxBuild = BuildHasherDefault<FxHasher>;
pub(crate) type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuild>;

/// The Fx hash of a text.
pub(crate) fn hash_str(text: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(text.as_bytes());
    h.finish()
}
