//! Which character encoding a file's bytes are in. Decoding is the
//! browser's job (`TextDecoder` with [`Encoding::label`]); this only decides.
//!
//! In order: a byte-order mark decides for certain (UTF-8, UTF-16 LE/BE);
//! known binary signatures (a zipped `.xlsx`/`.ods` workbook, an old `.xls`,
//! a PDF) and NUL or other control bytes make the file unusable, except
//! UTF-16 text without a mark, recognised by its zero bytes; text that is
//! valid UTF-8 is UTF-8; anything else is a Windows code page, Turkish
//! (1254) or Arabic/Persian (1256), told apart by its words:
//!
//! - a word that mixes ASCII letters with high bytes that are Turkish letters
//!   in 1254 (`M\xFC\xFEteri` = `Müşteri`) counts for 1254;
//! - a word of two or more high bytes that are all Arabic or Persian letters
//!   in 1256 (`\xE3\xD4\xCA\xD1\xED` = `مشتري`) counts for 1256, and so does
//!   each byte that 1254 leaves undefined but 1256 uses for a Persian letter
//!   or the ZWNJ (`پ چ ژ گ`).
//!
//! The guess is [`Confidence::High`] when one side has at least three words
//! and nine in ten of all the words; otherwise it is [`Confidence::Low`] and
//! the interface should let the user look at the preview and choose.

use crate::i18n::Locale;

use super::messages::ImportMsg;
use super::problems::FileProblem;

/// A character encoding the importer can be told to use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    /// Turkish Windows, as Excel saves CSV on a Turkish system.
    Windows1254,
    /// Arabic Windows, as Excel saves CSV on a Persian or Arabic system.
    Windows1256,
}

impl Encoding {
    /// Every encoding, in the order a choice shows them.
    pub const ALL: [Encoding; 5] = [
        Encoding::Utf8,
        Encoding::Windows1254,
        Encoding::Windows1256,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
    ];

    /// The WHATWG label to hand to the browser's `TextDecoder`.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
            Encoding::Windows1254 => "windows-1254",
            Encoding::Windows1256 => "windows-1256",
        }
    }

    /// The encoding's name, for the encoding choice.
    pub fn name(self, locale: Locale) -> &'static str {
        match self {
            Encoding::Utf8 => ImportMsg::EncodingUtf8,
            Encoding::Utf16Le => ImportMsg::EncodingUtf16Le,
            Encoding::Utf16Be => ImportMsg::EncodingUtf16Be,
            Encoding::Windows1254 => ImportMsg::EncodingWindows1254,
            Encoding::Windows1256 => ImportMsg::EncodingWindows1256,
        }
        .text(locale)
    }
}

/// How sure a guess is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    /// The evidence is weak or mixed: show the preview and let the user
    /// choose.
    Low,
    /// Strong evidence, though not proof.
    High,
    /// A byte-order mark says so.
    Certain,
}

/// The encoding a file is most likely in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EncodingGuess {
    pub encoding: Encoding,
    pub confidence: Confidence,
    /// Length of the byte-order mark at the start (0, 2 or 3); `TextDecoder`
    /// drops it by itself.
    pub bom_len: usize,
}

/// Guesses the encoding of `bytes`: the whole file, or at least its first
/// few hundred kilobytes (a multi-byte character cut off at the end is
/// fine). Linear in the length and without allocation.
///
/// An empty file, a binary file and a spreadsheet workbook are a
/// [`FileProblem`].
pub fn detect_encoding(bytes: &[u8]) -> Result<EncodingGuess, FileProblem> {
    let certain = |encoding, bom_len| EncodingGuess {
        encoding,
        confidence: Confidence::Certain,
        bom_len,
    };
    if bytes.is_empty() {
        return Err(FileProblem::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return if rest.iter().all(u8::is_ascii_whitespace) {
            Err(FileProblem::Empty)
        } else {
            Ok(certain(Encoding::Utf8, 3))
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return utf16_content(rest).map(|_| certain(Encoding::Utf16Le, 2));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return utf16_content(rest).map(|_| certain(Encoding::Utf16Be, 2));
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Err(FileProblem::Spreadsheet);
    }
    if bytes.starts_with(b"%PDF") {
        return Err(FileProblem::Binary);
    }
    if bytes.contains(&0) {
        return utf16_without_bom(bytes).ok_or(FileProblem::Binary);
    }
    let controls = bytes
        .iter()
        .filter(|&&b| matches!(b, 0x01..=0x08 | 0x0E..=0x19 | 0x1B..=0x1F | 0x7F))
        .count();
    if controls * 100 > bytes.len() {
        return Err(FileProblem::Binary);
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(FileProblem::Empty);
    }
    if is_utf8(bytes) {
        return Ok(EncodingGuess {
            encoding: Encoding::Utf8,
            confidence: Confidence::High,
            bom_len: 0,
        });
    }
    let (turkish, arabic) = code_page_evidence(bytes);
    let (encoding, winner) = if arabic > turkish {
        (Encoding::Windows1256, arabic)
    } else {
        (Encoding::Windows1254, turkish)
    };
    let total = turkish + arabic;
    let confidence = if winner >= 3 && winner * 10 >= total * 9 {
        Confidence::High
    } else {
        Confidence::Low
    };
    Ok(EncodingGuess {
        encoding,
        confidence,
        bom_len: 0,
    })
}

/// After a UTF-16 mark: empty (only white space) or not.
fn utf16_content(rest: &[u8]) -> Result<(), FileProblem> {
    let blank = rest
        .chunks(2)
        .all(|p| p.iter().all(|&b| b == 0 || b.is_ascii_whitespace()));
    if blank {
        Err(FileProblem::Empty)
    } else {
        Ok(())
    }
}

/// UTF-16 without a byte-order mark: most characters of a CSV file are
/// ASCII, so one byte of nearly every pair is zero.
fn utf16_without_bom(bytes: &[u8]) -> Option<EncodingGuess> {
    let pairs = bytes[..bytes.len().min(1 << 16) & !1].chunks_exact(2);
    let n = pairs.len();
    let (mut low_zero, mut high_zero) = (0, 0);
    for p in pairs {
        low_zero += (p[0] == 0 && p[1] != 0) as usize;
        high_zero += (p[1] == 0 && p[0] != 0) as usize;
    }
    let encoding = if high_zero * 10 >= n * 8 {
        Encoding::Utf16Le
    } else if low_zero * 10 >= n * 8 {
        Encoding::Utf16Be
    } else {
        return None;
    };
    (n > 0).then_some(EncodingGuess {
        encoding,
        confidence: Confidence::Low,
        bom_len: 0,
    })
}

/// Valid UTF-8, allowing a character cut off by the end of a sample.
fn is_utf8(bytes: &[u8]) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        Err(e) => e.error_len().is_none() && e.valid_up_to() + 4 > bytes.len(),
    }
}

/// Bytes 0x80–0xFF that are letters in Windows-1254.
fn turkish_letter(b: u8) -> bool {
    matches!(b, 0x83 | 0x88 | 0x8A | 0x8C | 0x9A | 0x9C | 0x9F | 0xAA | 0xB5 | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0xFF)
}

/// Bytes 0x80–0xFF that are Arabic or Persian letters (or ZWNJ, ZWJ) in
/// Windows-1256.
fn arabic_letter(b: u8) -> bool {
    matches!(b, 0x81 | 0x8A | 0x8D..=0x90 | 0x98 | 0x9A | 0x9D..=0x9F | 0xAA | 0xC0..=0xD6 | 0xD8..=0xDF | 0xE1 | 0xE3..=0xE6 | 0xEC | 0xED | 0xFF)
}

/// Bytes Windows-1254 leaves undefined and Windows-1256 uses for `پ چ ژ ڈ گ`,
/// ZWNJ and ZWJ.
fn undefined_in_1254(b: u8) -> bool {
    matches!(b, 0x81 | 0x8D..=0x90 | 0x9D | 0x9E)
}

/// Words that count for Windows-1254 and for Windows-1256 (see the module
/// documentation).
fn code_page_evidence(bytes: &[u8]) -> (usize, usize) {
    let (mut turkish, mut arabic) = (0, 0);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if !(b.is_ascii_alphabetic() || b >= 0x80) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && (bytes[i].is_ascii_alphabetic() || bytes[i] >= 0x80) {
            i += 1;
        }
        let word = &bytes[start..i];
        let high = word.iter().filter(|&&b| b >= 0x80).count();
        if high == 0 {
            continue;
        }
        arabic += word.iter().filter(|&&b| undefined_in_1254(b)).count();
        if high < word.len() {
            if word.iter().all(|&b| b < 0x80 || turkish_letter(b)) {
                turkish += 1;
            }
        } else if high >= 2 && word.iter().all(|&b| arabic_letter(b)) {
            arabic += 1;
        }
    }
    (turkish, arabic)
}
