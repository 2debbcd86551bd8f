//! Fuzzes the whole import path on arbitrary bytes: encoding detection,
//! decoding (UTF-8 and UTF-16 as the browser would; a code page as Latin-1,
//! which keeps every byte), the preview of both kinds of table with the
//! settings it detects and with each delimiter the user can pick, and the importers fed in chunks whose size the
//! first byte chooses. Nothing may panic, and every report must add up.

#![no_main]

use kilit_core::date::Date;
use kilit_core::i18n::Locale;
use kilit_core::import::{
    detect_encoding, preview, preview_with_delimiter, AccountsImporter, Delimiter, Encoding,
    LedgerImporter, TableKind,
};
use libfuzzer_sys::fuzz_target;

fn decode(bytes: &[u8], encoding: Encoding) -> String {
    let utf16 = |be: bool| {
        let units = bytes.chunks_exact(2).map(|p| {
            if be {
                u16::from_be_bytes([p[0], p[1]])
            } else {
                u16::from_le_bytes([p[0], p[1]])
            }
        });
        char::decode_utf16(units)
            .map(|c| c.unwrap_or('\u{FFFD}'))
            .collect()
    };
    match encoding {
        Encoding::Utf8 => String::from_utf8_lossy(bytes).into_owned(),
        Encoding::Utf16Le => utf16(false),
        Encoding::Utf16Be => utf16(true),
        Encoding::Windows1254 | Encoding::Windows1256 => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// `text` in pieces of about `size` bytes, cut at character boundaries.
fn pieces(text: &str, size: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let mut n = size.clamp(1, rest.len());
        while !rest.is_char_boundary(n) {
            n += 1;
        }
        out.push(&rest[..n]);
        rest = &rest[n..];
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let chunk = 1 + first as usize % 64;
    let Ok(guess) = detect_encoding(bytes) else {
        return;
    };
    let text = decode(&bytes[guess.bom_len.min(bytes.len())..], guess.encoding);
    let today = Date::from_ymd(2025, 6, 30).unwrap();
    for kind in [TableKind::Ledger, TableKind::Accounts] {
        for complete in [true, false] {
            // The app re-detects with the delimiter the user picks.
            for d in Delimiter::ALL {
                let q = preview_with_delimiter(&text, complete, kind, d, Locale::Tr);
                assert!(q.problem.is_some() || q.settings.delimiter == d);
            }
            let p = preview(&text, complete, kind, None, Locale::Fa);
            if p.problem.is_some() {
                continue;
            }
            match kind {
                TableKind::Ledger => {
                    let mut imp = LedgerImporter::new(&p.settings, today).unwrap();
                    for c in pieces(&text, chunk) {
                        imp.push(c);
                    }
                    if let Ok(l) = imp.finish() {
                        assert_eq!(l.report.rows, l.report.imported + l.report.skipped);
                        let _ = l.summary(Locale::Tr);
                    }
                }
                TableKind::Accounts => {
                    let mut imp = AccountsImporter::new(&p.settings).unwrap();
                    for c in pieces(&text, chunk) {
                        imp.push(c);
                    }
                    if let Ok(a) = imp.finish() {
                        assert_eq!(a.report.rows, a.report.imported + a.report.skipped);
                    }
                }
            }
        }
    }
});
