//! Raw DEFLATE through the browser's `CompressionStream` and
//! `DecompressionStream` (format `deflate-raw`, see
//! `kilit_core::persist::SHARE_COMPRESSION`), so no compressor is compiled
//! into the wasm. web-sys marks these two classes unstable, so they are
//! declared here; the streams around them are web-sys's.

use js_sys::{Array, Uint8Array};
use kilit_core::persist::SHARE_COMPRESSION;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CompressionStream)]
    type JsCompressionStream;
    #[wasm_bindgen(constructor, js_class = "CompressionStream", catch)]
    fn new(format: &str) -> Result<JsCompressionStream, JsValue>;

    #[wasm_bindgen(js_name = DecompressionStream)]
    type JsDecompressionStream;
    #[wasm_bindgen(constructor, js_class = "DecompressionStream", catch)]
    fn new(format: &str) -> Result<JsDecompressionStream, JsValue>;
}

/// Why (de)compressing failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompressError {
    /// The browser has no such stream, or the data is not valid DEFLATE.
    Failed,
    /// The output grew beyond the limit; reading stopped there.
    TooLarge,
}

/// `bytes` compressed with raw DEFLATE.
pub async fn compress(bytes: &[u8]) -> Result<Vec<u8>, CompressError> {
    let stream = JsCompressionStream::new(SHARE_COMPRESSION).map_err(|_| CompressError::Failed)?;
    run(bytes, stream.unchecked_into(), usize::MAX).await
}

/// `bytes` decompressed from raw DEFLATE; stops with
/// [`CompressError::TooLarge`] as soon as the output exceeds `max` bytes, so
/// a crafted link cannot exhaust memory.
pub async fn decompress(bytes: &[u8], max: usize) -> Result<Vec<u8>, CompressError> {
    let stream = JsDecompressionStream::new(SHARE_COMPRESSION).map_err(|_| CompressError::Failed)?;
    run(bytes, stream.unchecked_into(), max).await
}

async fn run(bytes: &[u8], transform: web_sys::ReadableWritablePair, max: usize) -> Result<Vec<u8>, CompressError> {
    let fail = |_| CompressError::Failed;
    let parts = Array::of1(&Uint8Array::from(bytes));
    let blob = web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(fail)?;
    let output = blob.stream().pipe_through(&transform);
    let reader: web_sys::ReadableStreamDefaultReader = output.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk: web_sys::ReadableStreamReadResult = JsFuture::from(reader.read()).await.map_err(fail)?.unchecked_into();
        if chunk.get_done().unwrap_or(true) {
            return Ok(out);
        }
        let Some(data) = chunk.get_value().dyn_ref::<Uint8Array>().map(Uint8Array::to_vec) else {
            return Err(CompressError::Failed);
        };
        if out.len() + data.len() > max {
            // Stop the decompressor; the result is refused anyway.
            let _ = reader.cancel();
            return Err(CompressError::TooLarge);
        }
        out.extend_from_slice(&data);
    }
}
