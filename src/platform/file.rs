//! Files the user picks or drops: reading them in `File.slice` chunks,
//! decoding with the browser's `TextDecoder` (`stream: true`, so a character
//! split between two chunks is decoded whole) and yielding to the browser
//! between chunks so that the page keeps painting and the Cancel button
//! keeps working.
//!
//! Nothing here knows about CSV: the import core gets the decoded text.
//! Every function degrades (returns `None`) instead of failing.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::Uint8Array;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File, TextDecodeOptions, TextDecoder};

/// The first file of an `<input type=file>` change event.
pub fn file_of_input(e: &yew::Event) -> Option<File> {
    use yew::TargetCast;
    e.target_dyn_into::<web_sys::HtmlInputElement>()?.files()?.get(0)
}

/// The first file dropped with a drag event.
pub fn file_of_drop(e: &web_sys::DragEvent) -> Option<File> {
    e.data_transfer()?.files()?.get(0)
}

/// Clears a file input, so that choosing the same file again fires `change`.
pub fn clear_input(e: &yew::Event) {
    use yew::TargetCast;
    if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
        input.set_value("");
    }
}

/// The bytes `start..end` of a blob, as a JS array (not copied into wasm).
async fn slice(blob: &Blob, start: f64, end: f64) -> Option<Uint8Array> {
    let part = blob.slice_with_f64_and_f64(start, end).ok()?;
    let buffer = JsFuture::from(part.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&buffer))
}

/// The first `len` bytes of a file (fewer if it is shorter), copied into
/// wasm: enough to detect the encoding and preview the start.
pub async fn read_head(file: &File, len: usize) -> Option<Vec<u8>> {
    let end = (len as f64).min(file.size());
    Some(slice(file, 0.0, end).await?.to_vec())
}

/// A streaming `TextDecoder` for one of the WHATWG labels the import core
/// names (`utf-8`, `utf-16le`, `utf-16be`, `windows-1254`, `windows-1256`).
/// A byte-order mark at the start is dropped; malformed bytes become U+FFFD.
pub struct StreamDecoder {
    decoder: TextDecoder,
    stream: TextDecodeOptions,
}

impl StreamDecoder {
    /// `None` when the browser does not know the label.
    pub fn new(label: &str) -> Option<StreamDecoder> {
        let decoder = TextDecoder::new_with_label(label).ok()?;
        let stream = TextDecodeOptions::new();
        stream.set_stream(true);
        Some(StreamDecoder { decoder, stream })
    }

    /// Decodes the next bytes; an incomplete character at the end is kept
    /// for the next call.
    pub fn push(&self, bytes: &[u8]) -> Option<String> {
        self.decoder.decode_with_u8_array_and_options(bytes, &self.stream).ok()
    }

    /// Like [`StreamDecoder::push`] for bytes that live in JavaScript.
    fn push_js(&self, bytes: &Uint8Array) -> Option<String> {
        self.decoder.decode_with_buffer_source_and_options(bytes, &self.stream).ok()
    }

    /// Ends the stream: what an unfinished character at the very end
    /// decodes to (U+FFFD), usually nothing.
    pub fn finish(&self) -> Option<String> {
        self.decoder.decode().ok()
    }
}

/// Decodes a sample of a file's start in one go. When the sample is not the
/// whole file, a character cut off at its end is left out.
pub fn decode_sample(bytes: &[u8], label: &str, complete: bool) -> Option<String> {
    let d = StreamDecoder::new(label)?;
    let mut text = d.push(bytes)?;
    if complete {
        text.push_str(&d.finish()?);
    }
    Some(text)
}

/// Resolves after the browser has had a turn: a task queued with
/// `setTimeout(0)`, so input events, painting and other tasks run first.
pub async fn yield_to_browser() {
    let Some(w) = web_sys::window() else { return };
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if w.set_timeout_with_callback(&resolve).is_err() {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Milliseconds since the page started (`performance.now()`), 0 without it.
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Why reading stopped early.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// The cancel flag was raised.
    Cancelled,
    /// The browser could not read or decode the file.
    Unreadable,
}

/// How long one chunk's work may take before yielding, in milliseconds: a
/// task well under the 50 ms "long task" mark leaves room for painting.
const TARGET_MS: f64 = 25.0;
const MIN_CHUNK: f64 = 32.0 * 1024.0;
const MAX_CHUNK: f64 = 1024.0 * 1024.0;
const FIRST_CHUNK: f64 = 128.0 * 1024.0;

/// Reads `file` from start to end in `File.slice` chunks, decodes each with
/// a streaming `TextDecoder` for `label` and hands the text to `sink`,
/// yielding to the browser after each chunk and reporting the bytes read so
/// far to `progress`. The chunk size adapts so that reading, decoding and
/// `sink` together take about `TARGET_MS` per task. Only one chunk is held
/// at a time. Stops when `cancel` is raised.
pub async fn stream_text(
    file: &File,
    label: &str,
    cancel: Rc<Cell<bool>>,
    mut sink: impl FnMut(&str),
    mut progress: impl FnMut(f64),
) -> Result<(), Stop> {
    let decoder = StreamDecoder::new(label).ok_or(Stop::Unreadable)?;
    let size = file.size();
    let mut start = 0.0;
    let mut chunk = FIRST_CHUNK;
    while start < size {
        if cancel.get() {
            return Err(Stop::Cancelled);
        }
        let end = (start + chunk).min(size);
        let bytes = slice(file, start, end).await.ok_or(Stop::Unreadable)?;
        if cancel.get() {
            return Err(Stop::Cancelled);
        }
        let t0 = now();
        let text = decoder.push_js(&bytes).ok_or(Stop::Unreadable)?;
        drop(bytes);
        sink(&text);
        let spent = now() - t0;
        start = end;
        progress(start);
        // Grow at most 1.5× per chunk (one fast chunk on a busy machine is
        // no promise for the next), shrink at once.
        let factor = if spent > 0.0 { (TARGET_MS / spent).min(1.5) } else { 1.5 };
        chunk = (chunk * factor).clamp(MIN_CHUNK, MAX_CHUNK).floor();
        yield_to_browser().await;
    }
    if cancel.get() {
        return Err(Stop::Cancelled);
    }
    sink(&decoder.finish().ok_or(Stop::Unreadable)?);
    Ok(())
}

/// Makes a `File` from bytes (tests and benchmarks build files this way).
pub fn file_from_bytes(bytes: &[u8], name: &str) -> Option<File> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    File::new_with_u8_array_sequence(&parts, name).ok()
}
