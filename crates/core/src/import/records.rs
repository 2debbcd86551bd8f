//! CSV records from text chunks, each with the line it starts on.
//!
//! A thin layer over `csv-core`'s incremental reader: chunks may end
//! anywhere (inside a quoted field, between `\r` and `\n`), quoted fields
//! keep their delimiters and line breaks, `""` inside quotes is one quote,
//! CRLF, LF and CR all end a record, and blank lines are skipped. What this
//! layer adds: the line each record starts on, records over
//! [`MAX_RECORD_BYTES`] dropped without growing memory, and whether the file
//! ended inside a quoted field.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder, Terminator};

use super::settings::Delimiter;

/// A record longer than this is dropped (and reported): one that long is an
/// unclosed quote swallowing the file, not data.
pub const MAX_RECORD_BYTES: usize = 1 << 20;
/// A record with more fields than this is dropped (and reported).
pub const MAX_FIELDS: usize = 1 << 14;

/// One record as read.
pub(crate) struct Record<'a> {
    /// The 1-based line the record starts on.
    pub line: u64,
    /// Lines the record spans: 1, plus its quoted line breaks (one that
    /// ends the record's text does not start a line of it).
    pub lines: u64,
    /// The record was longer than [`MAX_RECORD_BYTES`] or had more than
    /// [`MAX_FIELDS`] fields; it has no fields.
    pub too_long: bool,
    /// The file ended inside a quoted field that started in this record.
    pub unterminated: bool,
    buf: &'a [u8],
    ends: &'a [usize],
}

impl<'a> Record<'a> {
    /// The number of fields.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Field `i`, or `""` past the end.
    pub fn get(&self, i: usize) -> &'a str {
        if i >= self.ends.len() {
            return "";
        }
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        // Fields are cut at ASCII delimiters and quotes out of valid UTF-8,
        // so they are valid UTF-8 themselves.
        std::str::from_utf8(&self.buf[start..self.ends[i]]).unwrap_or("")
    }

    pub fn fields(&self) -> impl Iterator<Item = &'a str> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// Whether every field is empty or white space.
    pub fn is_blank(&self) -> bool {
        // Quick answer for the usual record: a visible ASCII character.
        if self.buf.iter().any(|&b| b.is_ascii_graphic()) {
            return false;
        }
        self.fields().all(|f| super::fold::trim(f).is_empty())
    }
}

/// Reads records from text fed in chunks.
pub(crate) struct RecordReader {
    rdr: Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    nout: usize,
    nend: usize,
    /// Line breaks in the dropped part of an over-long record (a CR LF cut
    /// in two counts twice, as this is only for a message).
    dropped_newlines: u64,
    too_long: bool,
    started: bool,
    delimiter: u8,
    /// Where the unfinished record stands with respect to quotes.
    quote: QuoteState,
    /// Line breaks read so far: CR LF, LF and a lone CR each count once
    /// (at the CR of a CR LF, so a record ended by CR is counted when it
    /// ends).
    breaks: u64,
    /// Whether the last byte read was a CR.
    after_cr: bool,
}

/// Quote state of an unfinished record, following `csv-core`'s rules: a
/// quote opens a quoted field only at the start of a field, and `""` inside
/// one is a quote. (`csv_core::Reader` cannot be asked, and its `Clone`
/// does not copy its state tables, so a copy cannot be probed either.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum QuoteState {
    /// At the start of a field.
    FieldStart,
    /// In an unquoted field.
    Unquoted,
    /// In a quoted field.
    Inside,
    /// Just after a quote inside a quoted field: closed, or the first of `""`.
    AfterQuote,
}

impl QuoteState {
    fn scan(mut self, bytes: &[u8], delimiter: u8) -> QuoteState {
        for &b in bytes {
            self = match (self, b) {
                (QuoteState::Inside, b'"') => QuoteState::AfterQuote,
                (QuoteState::Inside, _) => QuoteState::Inside,
                (QuoteState::FieldStart | QuoteState::AfterQuote, b'"') => QuoteState::Inside,
                (_, b'\r' | b'\n') => QuoteState::FieldStart,
                (_, b) if b == delimiter => QuoteState::FieldStart,
                _ => QuoteState::Unquoted,
            };
        }
        self
    }
}

impl RecordReader {
    pub fn new(delimiter: Delimiter) -> RecordReader {
        let rdr = ReaderBuilder::new()
            .delimiter(delimiter.byte())
            .terminator(Terminator::CRLF)
            .quote(b'"')
            .double_quote(true)
            .build();
        RecordReader {
            rdr,
            out: vec![0; 1024],
            ends: vec![0; 32],
            nout: 0,
            nend: 0,
            dropped_newlines: 0,
            too_long: false,
            started: false,
            delimiter: delimiter.byte(),
            quote: QuoteState::FieldStart,
            breaks: 0,
            after_cr: false,
        }
    }

    /// Reads `chunk`, calling `f` for each record it completes.
    pub fn push(&mut self, chunk: &str, f: &mut impl FnMut(&Record<'_>)) {
        let mut text = chunk;
        if !self.started {
            text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
            self.started = !text.is_empty();
        }
        // An empty input means the end to csv-core.
        if !text.is_empty() {
            self.run(text.as_bytes(), f);
        }
    }

    /// Ends the input, calling `f` for the last record if there is one.
    pub fn finish(&mut self, f: &mut impl FnMut(&Record<'_>)) {
        let unterminated = self.quote == QuoteState::Inside;
        self.run_end(unterminated, f);
    }

    fn run_end(&mut self, unterminated: bool, f: &mut impl FnMut(&Record<'_>)) {
        loop {
            self.make_room();
            let (res, _, nout, nend) =
                self.rdr
                    .read_record(&[], &mut self.out[self.nout..], &mut self.ends[self.nend..]);
            self.nout += nout;
            self.nend += nend;
            match res {
                ReadRecordResult::Record => self.emit(false, unterminated, f),
                ReadRecordResult::End | ReadRecordResult::InputEmpty => break,
                ReadRecordResult::OutputFull | ReadRecordResult::OutputEndsFull => {}
            }
        }
    }

    fn run(&mut self, mut input: &[u8], f: &mut impl FnMut(&Record<'_>)) {
        while !input.is_empty() {
            self.make_room();
            let (res, nin, nout, nend) = self.rdr.read_record(
                input,
                &mut self.out[self.nout..],
                &mut self.ends[self.nend..],
            );
            let consumed = &input[..nin];
            self.breaks += count_breaks(consumed, &mut self.after_cr);
            let ended_with_break = matches!(consumed.last(), Some(b'\n' | b'\r'));
            // Only bytes of a record not yet complete need scanning.
            self.quote = match res {
                ReadRecordResult::Record => QuoteState::FieldStart,
                _ => self.quote.scan(consumed, self.delimiter),
            };
            input = &input[nin..];
            self.nout += nout;
            self.nend += nend;
            match res {
                ReadRecordResult::Record => self.emit(ended_with_break, false, f),
                ReadRecordResult::InputEmpty | ReadRecordResult::End => break,
                ReadRecordResult::OutputFull | ReadRecordResult::OutputEndsFull => {}
            }
        }
    }

    /// Grows the buffers when full, up to the limits; past them the record
    /// is marked too long and its bytes are overwritten from the start.
    fn make_room(&mut self) {
        if self.nout == self.out.len() {
            if self.out.len() >= MAX_RECORD_BYTES {
                self.dropped_newlines += count_breaks(&self.out[..self.nout], &mut false);
                self.nout = 0;
                self.too_long = true;
            } else {
                self.out.resize(self.out.len() * 2, 0);
            }
        }
        if self.nend == self.ends.len() {
            if self.ends.len() >= MAX_FIELDS {
                self.nend = 0;
                self.too_long = true;
            } else {
                self.ends.resize(self.ends.len() * 2, 0);
            }
        }
    }

    fn emit(
        &mut self,
        ended_with_break: bool,
        unterminated: bool,
        f: &mut impl FnMut(&Record<'_>),
    ) {
        let inner = self.dropped_newlines + count_breaks(&self.out[..self.nout], &mut false);
        let trailing = self.nout > 0 && matches!(self.out[self.nout - 1], b'\n' | b'\r');
        // The line of the record's last byte, 1-based.
        let last_line = self.breaks + 1 - ended_with_break as u64;
        let (buf, ends): (&[u8], &[usize]) = if self.too_long {
            (&[], &[])
        } else {
            (&self.out[..self.nout], &self.ends[..self.nend])
        };
        f(&Record {
            line: last_line.saturating_sub(inner).max(1),
            lines: inner + 1 - trailing as u64,
            too_long: self.too_long,
            unterminated,
            buf,
            ends,
        });
        self.nout = 0;
        self.nend = 0;
        self.dropped_newlines = 0;
        self.too_long = false;
    }
}

/// Line breaks in `bytes`: every CR, and every LF not right after a CR
/// (`after_cr` carries that over from the bytes before).
fn count_breaks(bytes: &[u8], after_cr: &mut bool) -> u64 {
    let Some(&last) = bytes.last() else {
        return 0;
    };
    let lf = bytes.iter().filter(|&&b| b == b'\n').count() as u64;
    let first_lf_after_cr = (*after_cr && bytes[0] == b'\n') as u64;
    *after_cr = last == b'\r';
    // The usual case, LF line ends only.
    if !bytes.contains(&b'\r') {
        return lf - first_lf_after_cr;
    }
    let cr = bytes.iter().filter(|&&b| b == b'\r').count() as u64;
    let crlf = bytes.windows(2).filter(|w| w == b"\r\n").count() as u64;
    cr + lf - crlf - first_lf_after_cr
}

/// The delimiter that splits the sample's first records most consistently
/// into more than one field: for each candidate, the share of records with
/// the most common field count, then that count, decide. A sample with one
/// column gives a comma.
pub(crate) fn sniff_delimiter(sample: &str, complete: bool) -> Delimiter {
    const RECORDS: usize = 100;
    let mut best = (Delimiter::Comma, 0.0f64, 0usize);
    for d in [Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab] {
        let mut counts: Vec<usize> = Vec::new();
        let mut rdr = RecordReader::new(d);
        let mut take = |r: &Record<'_>| {
            if counts.len() < RECORDS && !r.too_long && !r.unterminated {
                counts.push(r.len());
            }
        };
        rdr.push(head(sample, 1 << 16), &mut take);
        if complete && sample.len() <= 1 << 16 {
            rdr.finish(&mut take);
        }
        let Some((mode, freq)) = mode(&counts) else {
            continue;
        };
        if mode < 2 {
            continue;
        }
        let share = freq as f64 / counts.len() as f64;
        if share > best.1 || (share == best.1 && mode > best.2) {
            best = (d, share, mode);
        }
    }
    best.0
}

/// The most common value and how often it occurs; the larger value on a tie.
fn mode(values: &[usize]) -> Option<(usize, usize)> {
    let mut sorted = values.to_vec();
    sorted.sort_unstable();
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < sorted.len() {
        let j = sorted[i..].iter().take_while(|&&v| v == sorted[i]).count() + i;
        if best.is_none_or(|(_, n)| j - i >= n) {
            best = Some((sorted[i], j - i));
        }
        i = j;
    }
    best
}

/// At most the first `max` bytes of `text`, cut at a character boundary.
pub(crate) fn head(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
