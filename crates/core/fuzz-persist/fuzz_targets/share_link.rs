//! The share-link decoder never panics, and a link it accepts re-encodes
//! to a link that decodes to the same frame.

#![no_main]

use kilit_core::persist::{decode_share, encode_share};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(frame) = decode_share(&text) {
        if let Ok(link) = encode_share(frame.kind, &frame.compressed) {
            assert_eq!(decode_share(&link).as_ref(), Ok(&frame));
        }
    }
});
