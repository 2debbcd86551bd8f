//! Share links: `#/share/<version>.<payload>`.
//!
//! The browser compresses the JSON of what is shared (with
//! `CompressionStream("deflate-raw")`); this module frames the compressed
//! bytes, checks their size and encodes them for the URL fragment, and does
//! the reverse. Version 1 of the frame is, before base64url encoding:
//!
//! | bytes | content                                                    |
//! |-------|------------------------------------------------------------|
//! | 1     | kind: `r` results, `w` whole workspace                     |
//! | 4     | length of the compressed bytes, big-endian                 |
//! | 4     | CRC-32 (IEEE) of the kind, the length and the compressed bytes, big-endian |
//! | n     | the compressed bytes (raw DEFLATE)                         |
//!
//! The length tells a cut-off link from a changed one; the CRC catches a
//! changed character. Base64url is written without padding.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::accounts::{Abc, AccountResult, Quadrant, Status, Xyz};
use crate::assessment::{ActionPlan, Answers};
use crate::i18n::{fill, Locale};
use crate::number::format_integer;

use super::amount::Amount;
use super::decode::{self, Reader};
use super::encode::{self, AnswersOut};
use super::envelope::{self, import_workspace, open, Loaded};
use super::messages::PersistMsg as M;
use super::problem::LoadError;
use super::time::Timestamp;
use super::workspace::Workspace;

/// The frame version this build writes and the newest it reads.
pub const SHARE_VERSION: u32 = 1;
/// What a share link starts with.
pub const SHARE_PREFIX: &str = "#/share/";
/// The longest share link this build makes, counted in characters of the
/// fragment (`#/share/1.…`). Browsers accept far longer URLs, but chat
/// apps, mail clients and QR codes do not.
pub const MAX_FRAGMENT_CHARS: usize = 32 * 1024;
/// The `CompressionStream` format of frame version 1.
pub const SHARE_COMPRESSION: &str = "deflate-raw";
/// The most decompressed JSON the app should accept from a link; it stops
/// decompressing beyond this, so a crafted link cannot exhaust memory.
pub const MAX_SHARED_JSON_BYTES: usize = 4 * 1024 * 1024;
/// The `format` of shared results.
pub const RESULTS_FORMAT: &str = "kilit-shared-results";
/// The schema version of shared results.
pub const RESULTS_SCHEMA_VERSION: u32 = 1;

/// Links longer than this are not even decoded.
const MAX_DECODE_CHARS: usize = 4 * MAX_FRAGMENT_CHARS;
const HEADER: usize = 9;

/// What a link holds; the user picks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareKind {
    /// The results: assessment answers and plan, and the shortlist.
    Results,
    /// The whole workspace, as exported.
    Workspace,
}

impl ShareKind {
    fn byte(self) -> u8 {
        match self {
            ShareKind::Results => b'r',
            ShareKind::Workspace => b'w',
        }
    }

    fn from_byte(b: u8) -> Option<ShareKind> {
        match b {
            b'r' => Some(ShareKind::Results),
            b'w' => Some(ShareKind::Workspace),
            _ => None,
        }
    }
}

/// A decoded link: what it holds and the bytes to decompress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareFrame {
    pub kind: ShareKind,
    pub version: u32,
    pub compressed: Vec<u8>,
}

/// Why a link cannot be made or opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// Not a share link at all.
    NotALink,
    /// Made by a newer Kilit.
    TooNew { found: u64 },
    /// A character outside base64url; 1-based position in the payload.
    BadCharacter { position: usize },
    /// Shorter than its frame says: cut off when copied.
    Truncated,
    /// Changed or damaged: the checksum or the length does not match.
    Damaged,
    /// Too large to share as a link (making one); the export is the way.
    TooLarge { size: usize, limit: usize },
    /// The decompressed contents could not be read (the app also uses this
    /// when decompressing fails).
    Unreadable,
    /// The contents are larger than [`MAX_SHARED_JSON_BYTES`].
    ContentsTooLarge,
    /// The contents are not of the kind the frame names.
    WrongKind,
}

impl ShareError {
    pub fn message(&self, locale: Locale) -> String {
        let int = |v: usize| format_integer(i64::try_from(v).unwrap_or(i64::MAX), locale);
        match self {
            ShareError::NotALink => M::ShareNotLink.text(locale).to_string(),
            ShareError::TooNew { found } => fill(
                M::ShareTooNew.text(locale),
                &[(
                    "found",
                    &format_integer(i64::try_from(*found).unwrap_or(i64::MAX), locale),
                )],
            ),
            ShareError::BadCharacter { position } => fill(
                M::ShareBadCharacter.text(locale),
                &[("position", &int(*position))],
            ),
            ShareError::Truncated => M::ShareTruncated.text(locale).to_string(),
            ShareError::Damaged => M::ShareDamaged.text(locale).to_string(),
            ShareError::TooLarge { size, limit } => fill(
                M::ShareTooLarge.text(locale),
                &[
                    ("size", &int(*size)),
                    ("limit", &int(*limit)),
                    ("export", M::ExportJson.text(locale)),
                ],
            ),
            ShareError::Unreadable => M::ShareUnreadable.text(locale).to_string(),
            ShareError::ContentsTooLarge => M::ShareContentsTooLarge.text(locale).to_string(),
            ShareError::WrongKind => M::ShareWrongKind.text(locale).to_string(),
        }
    }
}

/// The fragment for `compressed` bytes of `kind`: `#/share/1.<base64url>`,
/// or [`ShareError::TooLarge`] when it would exceed
/// [`MAX_FRAGMENT_CHARS`].
pub fn encode_share(kind: ShareKind, compressed: &[u8]) -> Result<String, ShareError> {
    let prefix = format!("{SHARE_PREFIX}{SHARE_VERSION}.");
    let size = prefix.len() + base64url_len(HEADER + compressed.len());
    let too_large = ShareError::TooLarge {
        size,
        limit: MAX_FRAGMENT_CHARS,
    };
    if size > MAX_FRAGMENT_CHARS {
        return Err(too_large);
    }
    let len = u32::try_from(compressed.len()).map_err(|_| too_large)?;
    let mut frame = Vec::with_capacity(HEADER + compressed.len());
    frame.push(kind.byte());
    frame.extend_from_slice(&len.to_be_bytes());
    frame.extend_from_slice(&[0; 4]);
    frame.extend_from_slice(compressed);
    let crc = crc32_parts(&[&frame[..5], compressed]);
    frame[5..9].copy_from_slice(&crc.to_be_bytes());
    let mut out = prefix;
    base64url_encode_into(&frame, &mut out);
    Ok(out)
}

/// Reads a share link: a whole URL, the fragment (`#/share/1.…`), the
/// route's payload (`1.…`) or that with white space a mail client put in.
/// Never panics.
pub fn decode_share(text: &str) -> Result<ShareFrame, ShareError> {
    let text = text.trim();
    let text = match text.rfind("share/") {
        Some(i) => &text[i + "share/".len()..],
        None => text,
    };
    let text = text.trim_end_matches('/');
    if text.len() > MAX_DECODE_CHARS {
        return Err(ShareError::ContentsTooLarge);
    }
    let (version, payload) = text.split_once('.').ok_or(ShareError::NotALink)?;
    if version.is_empty() || version.len() > 9 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(ShareError::NotALink);
    }
    let version: u64 = version.parse().map_err(|_| ShareError::NotALink)?;
    if version > u64::from(SHARE_VERSION) {
        return Err(ShareError::TooNew { found: version });
    }
    if version == 0 {
        return Err(ShareError::Damaged);
    }
    let bytes = base64url_decode(payload)?;
    if bytes.len() < HEADER {
        return Err(ShareError::Truncated);
    }
    let declared = u32::from_be_bytes([bytes[1], bytes[2], bytes[3], bytes[4]]) as usize;
    let body = &bytes[HEADER..];
    if body.len() < declared {
        return Err(ShareError::Truncated);
    }
    if body.len() > declared {
        return Err(ShareError::Damaged);
    }
    let crc = u32::from_be_bytes([bytes[5], bytes[6], bytes[7], bytes[8]]);
    if crc != crc32_parts(&[&bytes[..5], body]) {
        return Err(ShareError::Damaged);
    }
    let kind = ShareKind::from_byte(bytes[0]).ok_or(ShareError::Damaged)?;
    Ok(ShareFrame {
        kind,
        version: SHARE_VERSION,
        compressed: body.to_vec(),
    })
}

// ---------------------------------------------------------------------------
// What is shared

/// What a results link holds: enough to show the results without the
/// workspace. Assessment scores are recomputed from the answers with the
/// built-in instrument; the shortlist rows are sent as computed.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedResults {
    pub locale: Locale,
    pub assessment: Option<SharedAssessment>,
    /// The accounts to show, in the order to show them.
    pub shortlist: Vec<SharedAccount>,
}

/// One instrument's answers and plan.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedAssessment {
    pub instrument: String,
    /// The instrument's version when shared, to warn when it changed.
    pub instrument_version: String,
    pub answers: Answers,
    pub plan: ActionPlan,
}

/// One account's computed results.
#[derive(Clone, Debug, PartialEq)]
pub struct SharedAccount {
    pub name: String,
    pub status: Status,
    pub rank: Option<u32>,
    pub selection: Option<f64>,
    pub attractiveness: Option<f64>,
    pub strength: Option<f64>,
    pub quadrant: Option<Quadrant>,
    pub abc: Option<Abc>,
    pub xyz: Xyz,
}

impl SharedAccount {
    /// The row of an analysed account.
    pub fn from_result(name: &str, r: &AccountResult) -> SharedAccount {
        SharedAccount {
            name: name.to_string(),
            status: r.status,
            rank: r.rank,
            selection: r.selection,
            attractiveness: r.attractiveness,
            strength: r.strength,
            quadrant: r.quadrant,
            abc: r.abc,
            xyz: r.xyz,
        }
    }
}

/// What a link held, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub enum Shared {
    Results(SharedResults),
    Workspace(Box<Loaded>),
}

/// The JSON to compress for a workspace link: the export itself.
pub fn workspace_share_json(workspace: &Workspace, name: &str, now: Timestamp) -> String {
    envelope::save_workspace(workspace, name, now)
}

impl SharedResults {
    /// The JSON to compress for a results link.
    pub fn to_json(&self, now: Timestamp) -> String {
        #[derive(Serialize)]
        struct Data<'a> {
            locale: &'static str,
            #[serde(skip_serializing_if = "Option::is_none")]
            assessment: Option<AssessmentOut<'a>>,
            shortlist: Vec<AccountOut<'a>>,
        }
        #[derive(Serialize)]
        struct AssessmentOut<'a> {
            instrument: &'a str,
            instrument_version: &'a str,
            answers: AnswersOut<'a>,
            plan: encode::PlanOut<'a>,
        }
        #[derive(Serialize)]
        struct AccountOut<'a> {
            name: &'a str,
            status: &'static str,
            rank: Option<u32>,
            selection: Option<Amount>,
            attractiveness: Option<Amount>,
            strength: Option<Amount>,
            quadrant: Option<&'static str>,
            abc: Option<&'static str>,
            xyz: &'static str,
        }
        let data = Data {
            locale: self.locale.code(),
            assessment: self.assessment.as_ref().map(|a| AssessmentOut {
                instrument: &a.instrument,
                instrument_version: &a.instrument_version,
                answers: AnswersOut(&a.answers),
                plan: encode::plan_out(&a.plan),
            }),
            shortlist: self
                .shortlist
                .iter()
                .map(|s| AccountOut {
                    name: &s.name,
                    status: status_code(s.status),
                    rank: s.rank,
                    selection: s.selection.map(Amount),
                    attractiveness: s.attractiveness.map(Amount),
                    strength: s.strength.map(Amount),
                    quadrant: s.quadrant.map(quadrant_code),
                    abc: s.abc.map(Abc::letter),
                    xyz: xyz_code(s.xyz),
                })
                .collect(),
        };
        envelope::write(RESULTS_FORMAT, RESULTS_SCHEMA_VERSION, now, None, data)
    }

    /// Reads the JSON of a results link. Unlike stored data, a shared
    /// result is all or nothing: the checksum already vouched for it.
    pub fn from_json(text: &str) -> Result<SharedResults, ShareError> {
        let opened = open(text, RESULTS_FORMAT, &[]).map_err(load_to_share)?;
        let d = &opened.data;
        let locale = d
            .get("locale")
            .and_then(Value::as_str)
            .and_then(Locale::parse)
            .ok_or(ShareError::Unreadable)?;
        let mut r = Reader::default();
        let assessment = match d.get("assessment") {
            None | Some(Value::Null) => None,
            Some(Value::Object(a)) => {
                Some(shared_assessment(a, &mut r).ok_or(ShareError::Unreadable)?)
            }
            Some(_) => return Err(ShareError::Unreadable),
        };
        let shortlist = match d.get("shortlist") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(list)) => list
                .iter()
                .map(shared_account)
                .collect::<Option<Vec<_>>>()
                .ok_or(ShareError::Unreadable)?,
            Some(_) => return Err(ShareError::Unreadable),
        };
        if !r.problems.is_empty() {
            return Err(ShareError::Unreadable);
        }
        Ok(SharedResults {
            locale,
            assessment,
            shortlist,
        })
    }
}

/// Reads the decompressed JSON of a link of `kind`. A workspace's missing
/// parts come from `blank`.
pub fn read_shared(kind: ShareKind, json: &str, blank: &Workspace) -> Result<Shared, ShareError> {
    if json.len() > MAX_SHARED_JSON_BYTES {
        return Err(ShareError::ContentsTooLarge);
    }
    let format = serde_json::from_str::<Value>(json)
        .ok()
        .and_then(|v| v.get("format").and_then(Value::as_str).map(str::to_string));
    let expected = match kind {
        ShareKind::Results => RESULTS_FORMAT,
        ShareKind::Workspace => envelope::WORKSPACE_FORMAT,
    };
    if format.is_some_and(|f| f != expected) {
        return Err(ShareError::WrongKind);
    }
    match kind {
        ShareKind::Results => SharedResults::from_json(json).map(Shared::Results),
        ShareKind::Workspace => import_workspace(json, blank)
            .map(|l| Shared::Workspace(Box::new(l)))
            .map_err(load_to_share),
    }
}

fn load_to_share(e: LoadError) -> ShareError {
    match e {
        LoadError::TooNew { found, .. } => ShareError::TooNew { found },
        LoadError::WrongFormat { .. } => ShareError::WrongKind,
        LoadError::TooLarge { .. } => ShareError::ContentsTooLarge,
        _ => ShareError::Unreadable,
    }
}

fn shared_assessment(a: &Map<String, Value>, r: &mut Reader) -> Option<SharedAssessment> {
    let instrument = a.get("instrument")?.as_str()?.to_string();
    let instrument_version = a.get("instrument_version")?.as_str()?.to_string();
    let answers = decode::answers(
        &instrument,
        "data.assessment",
        a.get("answers")?.as_object()?,
        r,
    );
    let plan = match a.get("plan") {
        None | Some(Value::Null) => ActionPlan::default(),
        Some(p) => decode::plan(&instrument, "data.assessment", p.as_object()?, r),
    };
    Some(SharedAssessment {
        instrument,
        instrument_version,
        answers,
        plan,
    })
}

fn shared_account(v: &Value) -> Option<SharedAccount> {
    let amount = |key: &str| -> Option<Option<f64>> {
        match v.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(x) => Some(Some(decode::typed::<Amount>(x)?.0)),
        }
    };
    let code = |key: &str| -> Option<Option<&str>> {
        match v.get(key) {
            None | Some(Value::Null) => Some(None),
            Some(x) => Some(Some(x.as_str()?)),
        }
    };
    Some(SharedAccount {
        name: v.get("name")?.as_str()?.to_string(),
        status: status_from(v.get("status")?.as_str()?)?,
        rank: match v.get("rank") {
            None | Some(Value::Null) => None,
            Some(x) => Some(decode::typed::<u32>(x)?),
        },
        selection: amount("selection")?,
        attractiveness: amount("attractiveness")?,
        strength: amount("strength")?,
        quadrant: match code("quadrant")? {
            None => None,
            Some(c) => Some(quadrant_from(c)?),
        },
        abc: match code("abc")? {
            None => None,
            Some(c) => Some(abc_from(c)?),
        },
        xyz: xyz_from(code("xyz")?.unwrap_or("none"))?,
    })
}

fn status_code(s: Status) -> &'static str {
    match s {
        Status::Shortlisted => "shortlisted",
        Status::Pinned => "pinned",
        Status::NearMiss => "near_miss",
        Status::Out => "out",
        Status::Excluded => "excluded",
        Status::NotScored => "not_scored",
    }
}

fn status_from(c: &str) -> Option<Status> {
    [
        Status::Shortlisted,
        Status::Pinned,
        Status::NearMiss,
        Status::Out,
        Status::Excluded,
        Status::NotScored,
    ]
    .into_iter()
    .find(|s| status_code(*s) == c)
}

fn quadrant_code(q: Quadrant) -> &'static str {
    match q {
        Quadrant::Strategic => "strategic",
        Quadrant::Star => "star",
        Quadrant::Status => "status",
        Quadrant::Streamline => "streamline",
    }
}

fn quadrant_from(c: &str) -> Option<Quadrant> {
    Quadrant::ALL.into_iter().find(|q| quadrant_code(*q) == c)
}

fn abc_from(c: &str) -> Option<Abc> {
    [Abc::A, Abc::B, Abc::C]
        .into_iter()
        .find(|a| a.letter() == c)
}

fn xyz_code(x: Xyz) -> &'static str {
    match x {
        Xyz::X => "X",
        Xyz::Y => "Y",
        Xyz::Z => "Z",
        Xyz::NoData => "none",
    }
}

fn xyz_from(c: &str) -> Option<Xyz> {
    [Xyz::X, Xyz::Y, Xyz::Z, Xyz::NoData]
        .into_iter()
        .find(|x| xyz_code(*x) == c)
}

// ---------------------------------------------------------------------------
// Base64url and CRC-32

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Characters of the unpadded base64url form of `n` bytes.
pub fn base64url_len(n: usize) -> usize {
    n / 3 * 4 + [0, 2, 3][n % 3]
}

/// Unpadded base64url (RFC 4648 §5).
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(base64url_len(bytes.len()));
    base64url_encode_into(bytes, &mut out);
    out
}

fn base64url_encode_into(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
}

/// Reads unpadded base64url, skipping ASCII white space. Trailing `=` are
/// accepted. A last group of one character (six bits, less than a byte) is
/// ignored: the frame's length check reports the loss.
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, ShareError> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let (mut acc, mut bits) = (0u32, 0u32);
    let body = text.trim_end_matches('=');
    for (i, c) in body.chars().enumerate() {
        let v = match c {
            'A'..='Z' => c as u32 - 'A' as u32,
            'a'..='z' => c as u32 - 'a' as u32 + 26,
            '0'..='9' => c as u32 - '0' as u32 + 52,
            '-' => 62,
            '_' => 63,
            c if c.is_ascii_whitespace() => continue,
            _ => return Err(ShareError::BadCharacter { position: i + 1 }),
        };
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        table[i] = c;
        i += 1;
    }
    table
};

/// CRC-32 (IEEE 802.3, as in zip and PNG) of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    crc32_parts(&[bytes])
}

fn crc32_parts(parts: &[&[u8]]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for part in parts {
        for &b in *part {
            c = CRC_TABLE[((c ^ u32::from(b)) & 0xFF) as usize] ^ (c >> 8);
        }
    }
    !c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn base64url_matches_rfc_4648_vectors() {
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
        ];
        for (bytes, text) in cases {
            assert_eq!(base64url_encode(bytes), text);
            assert_eq!(base64url_decode(text).unwrap(), bytes);
            assert_eq!(base64url_len(bytes.len()), text.len());
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("-_8").unwrap(), [0xfb, 0xff]);
    }
}
