//! The import's browser side (`platform::file`): real Windows-1254,
//! Windows-1256 and UTF-16 LE/BE bytes through the browser's `TextDecoder`,
//! with chunk boundaries that split characters, and a whole `File` read in
//! `File.slice` chunks.

use std::cell::Cell;
use std::rc::Rc;

use kilit::platform::file::{decode_sample, file_from_bytes, stream_text, StreamDecoder};
use kilit_core::import::{detect_encoding, Encoding};
use wasm_bindgen_test::*;

/// Decodes `bytes` pushed in pieces cut at `cuts`.
fn decode_in_pieces(label: &str, bytes: &[u8], cuts: &[usize]) -> String {
    let d = StreamDecoder::new(label).expect("a decoder");
    let mut out = String::new();
    let mut start = 0;
    for &cut in cuts.iter().chain(std::iter::once(&bytes.len())) {
        out.push_str(&d.push(&bytes[start..cut]).expect("decoded"));
        start = cut;
    }
    out.push_str(&d.finish().expect("finished"));
    out
}

fn utf16(text: &str, big_endian: bool, bom: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let units = bom.then_some(0xFEFF_u16).into_iter().chain(text.encode_utf16());
    for u in units {
        out.extend_from_slice(&if big_endian { u.to_be_bytes() } else { u.to_le_bytes() });
    }
    out
}

#[wasm_bindgen_test]
fn windows_1254_bytes_decode_to_turkish_letters() {
    // "Müşteri;İşçi Ğıda Şti.;1.250,50" as Excel writes it on a Turkish Windows.
    let bytes = b"M\xFC\xFEteri;\xDD\xFE\xE7i \xD0\xFDda \xDEti.;1.250,50\r\n";
    let guess = detect_encoding(bytes).expect("text");
    assert_eq!(guess.encoding, Encoding::Windows1254);
    let text = decode_sample(bytes, guess.encoding.label(), true).expect("decoded");
    assert_eq!(text, "Müşteri;İşçi Ğıda Şti.;1.250,50\r\n");
    // Single-byte: any cut decodes the same.
    assert_eq!(decode_in_pieces("windows-1254", bytes, &[1, 2, 9]), text);
}

#[wasm_bindgen_test]
fn windows_1256_bytes_decode_to_persian_letters() {
    // "مشتري" then "پ" (0x81), "گ" (0x90), "ک" (0x98), "چ" (0x8D), ZWNJ (0x9D).
    let bytes = b"\xE3\xD4\xCA\xD1\xED;\x81\x90\x98\x8D\x9D";
    let text = decode_sample(bytes, Encoding::Windows1256.label(), true).expect("decoded");
    assert_eq!(text, "مشتري;پگکچ\u{200C}");
    assert_eq!(decode_in_pieces("windows-1256", bytes, &[3, 7]), text);
}

#[wasm_bindgen_test]
fn utf16_le_and_be_decode_across_chunk_boundaries() {
    // A surrogate pair (😀) and Persian and Turkish letters.
    let text = "Müşteri;مبلغ;😀;1.250,50\n";
    for big_endian in [false, true] {
        let bytes = utf16(text, big_endian, true);
        let guess = detect_encoding(&bytes).expect("text");
        let expected = if big_endian { Encoding::Utf16Be } else { Encoding::Utf16Le };
        assert_eq!(guess.encoding, expected);
        // The byte-order mark is dropped by TextDecoder.
        assert_eq!(decode_sample(&bytes, guess.encoding.label(), true).as_deref(), Some(text));
        // Cut inside a code unit (odd offsets) and between the two halves of
        // the surrogate pair.
        let emoji = 2 + 2 * text.encode_utf16().position(|u| (0xD800..0xDC00).contains(&u)).expect("pair");
        for cuts in [vec![1], vec![3, 5, 7], vec![emoji + 2], vec![emoji + 1, emoji + 3], (1..bytes.len()).collect()] {
            assert_eq!(decode_in_pieces(guess.encoding.label(), &bytes, &cuts), text, "cuts {cuts:?}");
        }
        // Without a mark, detection says UTF-16 (unsure) by its zero bytes.
        let bare = utf16("Customer,Amount\nAcme,12\n", big_endian, false);
        assert_eq!(detect_encoding(&bare).expect("text").encoding, expected);
    }
}

#[wasm_bindgen_test]
fn utf8_split_inside_a_character_is_decoded_whole() {
    let text = "Şimşek;مشتری;€";
    let bytes = text.as_bytes();
    for cut in 1..bytes.len() {
        assert_eq!(decode_in_pieces("utf-8", bytes, &[cut]), text, "cut at {cut}");
    }
    // A sample cut inside its last character leaves it out.
    let cut = bytes.len() - 1;
    assert_eq!(decode_sample(&bytes[..cut], "utf-8", false).as_deref(), Some("Şimşek;مشتری;"));
}

#[wasm_bindgen_test]
async fn a_file_is_read_in_slices_whose_boundaries_split_characters() {
    // Over a megabyte of two-byte letters after one ASCII byte, so that
    // every slice boundary falls inside a character.
    let text: String = std::iter::once("x").chain(std::iter::repeat_n("şی", 300_000)).collect();
    let file = file_from_bytes(text.as_bytes(), "big.csv").expect("a file");
    let mut out = String::new();
    let mut reports = Vec::new();
    let result = stream_text(&file, "utf-8", Rc::new(Cell::new(false)), |t| out.push_str(t), |r| reports.push(r)).await;
    assert_eq!(result, Ok(()));
    assert!(out == text, "the text read equals the text written");
    assert!(reports.len() > 1, "read in several slices");
    assert_eq!(reports.last().copied(), Some(text.len() as f64));

    // A raised cancel flag stops the reading.
    let cancel = Rc::new(Cell::new(false));
    let flag = cancel.clone();
    let stopped = stream_text(&file, "utf-8", cancel, |_| flag.set(true), |_| {}).await;
    assert_eq!(stopped, Err(kilit::platform::file::Stop::Cancelled));
}
