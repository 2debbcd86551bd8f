//! What can be wrong with an instrument file, where, and how to say it.

use std::fmt;

use super::messages::ProblemMsg;
use crate::i18n::{fill, Locale};

/// One thing wrong with an instrument file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where the problem is, as a path into the JSON document:
    /// `items[12].dimension`, `title.fa`, `bands[0].min`. Empty for the
    /// document as a whole. Paths are technical and never translated.
    pub path: String,
    pub kind: ProblemKind,
}

/// The JSON type a value was expected to have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    Array,
    String,
    Number,
    /// A whole number (`30`, not `30.5`).
    Integer,
    Bool,
}

/// The rule a [`Problem`] breaks. Values carried by a variant are the
/// offending text from the file (an id, a locale code, a kind).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is not JSON. `detail` is serde_json's English description,
    /// kept for developers; the translated message shows the position only.
    Json {
        line: usize,
        column: usize,
        eof: bool,
        detail: String,
    },
    /// A value has the wrong JSON type.
    WrongType(Expected),
    /// A required field is absent (the path names the field).
    MissingField,
    /// A field the format does not define (typos must not pass silently).
    UnknownField,
    /// The same field appears twice in one object.
    DuplicateField,
    /// `format` is not `kilit-instrument/1`; carries what was found.
    WrongFormat(String),
    /// An id does not follow the id rules; carries the id.
    BadId(String),
    /// An id used earlier in the same list; carries the id.
    DuplicateId(String),
    /// A reference to a dimension that does not exist.
    UnknownDimension(String),
    /// A reference to a band that does not exist.
    UnknownBand(String),
    /// An item kind other than `agree5`, `yes_no`, `scale10`.
    UnknownItemKind(String),
    /// A locale Kilit does not support (only `tr`, `en`, `fa`).
    UnsupportedLocale(String),
    /// A locale listed twice in `locales`.
    DuplicateLocale(String),
    /// A text given in a locale the instrument does not declare.
    UndeclaredLocale(String),
    /// A text lacks one of the declared locales.
    MissingLocale(String),
    /// A text (or the version) is empty or only whitespace.
    BlankText,
    /// A weight is zero or negative.
    NonPositiveWeight,
    /// A weight is above [`MAX_WEIGHT`](super::MAX_WEIGHT).
    WeightTooLarge,
    /// The first band's `min` is not 0.
    FirstBandNotZero,
    /// A band's `min` is not greater than the previous band's.
    BandsNotAscending,
    /// A band's `min` is outside 0–100.
    BandOutOfRange,
    /// A dimension that no item belongs to; carries its id.
    NoItemsInDimension(String),
    /// A dimension without any recommendation; carries its id.
    NoRecommendation(String),
    /// A second recommendation for the same dimension and band.
    DuplicateRecommendation { dimension: String, band: String },
    /// An action horizon other than 30, 60 or 90 days.
    BadHorizon,
    /// A list that must not be empty is empty.
    EmptyList,
}

impl ProblemKind {
    /// The message-table key that explains this kind of problem.
    pub fn message_key(&self) -> ProblemMsg {
        use ProblemKind as K;
        match self {
            K::Json { eof: false, .. } => ProblemMsg::JsonSyntax,
            K::Json { eof: true, .. } => ProblemMsg::JsonEof,
            K::WrongType(Expected::Object) => ProblemMsg::ExpectedObject,
            K::WrongType(Expected::Array) => ProblemMsg::ExpectedArray,
            K::WrongType(Expected::String) => ProblemMsg::ExpectedString,
            K::WrongType(Expected::Number) => ProblemMsg::ExpectedNumber,
            K::WrongType(Expected::Integer) => ProblemMsg::ExpectedInteger,
            K::WrongType(Expected::Bool) => ProblemMsg::ExpectedBool,
            K::MissingField => ProblemMsg::MissingField,
            K::UnknownField => ProblemMsg::UnknownField,
            K::DuplicateField => ProblemMsg::DuplicateField,
            K::WrongFormat(_) => ProblemMsg::WrongFormat,
            K::BadId(_) => ProblemMsg::BadId,
            K::DuplicateId(_) => ProblemMsg::DuplicateId,
            K::UnknownDimension(_) => ProblemMsg::UnknownDimension,
            K::UnknownBand(_) => ProblemMsg::UnknownBand,
            K::UnknownItemKind(_) => ProblemMsg::UnknownItemKind,
            K::UnsupportedLocale(_) => ProblemMsg::UnsupportedLocale,
            K::DuplicateLocale(_) => ProblemMsg::DuplicateLocale,
            K::UndeclaredLocale(_) => ProblemMsg::UndeclaredLocale,
            K::MissingLocale(_) => ProblemMsg::MissingLocale,
            K::BlankText => ProblemMsg::BlankText,
            K::NonPositiveWeight => ProblemMsg::NonPositiveWeight,
            K::WeightTooLarge => ProblemMsg::WeightTooLarge,
            K::FirstBandNotZero => ProblemMsg::FirstBandNotZero,
            K::BandsNotAscending => ProblemMsg::BandsNotAscending,
            K::BandOutOfRange => ProblemMsg::BandOutOfRange,
            K::NoItemsInDimension(_) => ProblemMsg::NoItemsInDimension,
            K::NoRecommendation(_) => ProblemMsg::NoRecommendation,
            K::DuplicateRecommendation { .. } => ProblemMsg::DuplicateRecommendation,
            K::BadHorizon => ProblemMsg::BadHorizon,
            K::EmptyList => ProblemMsg::EmptyList,
        }
    }

    /// The `{placeholder}` values the message template is filled with.
    fn args(&self) -> Vec<(&'static str, String)> {
        use ProblemKind as K;
        match self {
            K::Json { line, column, .. } => {
                vec![("line", line.to_string()), ("column", column.to_string())]
            }
            K::WrongFormat(v)
            | K::BadId(v)
            | K::DuplicateId(v)
            | K::UnknownDimension(v)
            | K::UnknownBand(v)
            | K::UnknownItemKind(v)
            | K::UnsupportedLocale(v)
            | K::DuplicateLocale(v)
            | K::UndeclaredLocale(v)
            | K::MissingLocale(v)
            | K::NoItemsInDimension(v)
            | K::NoRecommendation(v) => vec![("value", v.clone())],
            K::DuplicateRecommendation { dimension, band } => {
                vec![("dimension", dimension.clone()), ("band", band.clone())]
            }
            K::WrongType(_)
            | K::MissingField
            | K::UnknownField
            | K::DuplicateField
            | K::BlankText
            | K::NonPositiveWeight
            | K::WeightTooLarge
            | K::FirstBandNotZero
            | K::BandsNotAscending
            | K::BandOutOfRange
            | K::BadHorizon
            | K::EmptyList => Vec::new(),
        }
    }
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            path: path.into(),
            kind,
        }
    }

    /// A translated sentence for people, prefixed by the path:
    /// `items[12].dimension: There is no dimension “tech”.`
    pub fn message(&self, locale: Locale) -> String {
        let args: Vec<(&str, String)> = self
            .kind
            .args()
            .into_iter()
            .map(|(k, v)| match k {
                // Positions are numbers in the reader's script; ids stay as written.
                "line" | "column" => (k, localise_digits(&v, locale)),
                _ => (k, v),
            })
            .collect();
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let sentence = fill(self.kind.message_key().text(locale), &args);
        if self.path.is_empty() {
            sentence
        } else {
            format!("{}: {}", self.path, sentence)
        }
    }
}

/// The technical, untranslated form used in logs and test fixtures:
/// `items[12].dimension: unknown_dimension "tech"`.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        use ProblemKind as K;
        if !self.path.is_empty() {
            write!(f, "{}: ", self.path)?;
        }
        match &self.kind {
            K::Json {
                line, column, eof, ..
            } => {
                let what = if *eof { "json_eof" } else { "json_syntax" };
                write!(f, "{what} {line}:{column}")
            }
            K::WrongType(expected) => {
                let name = match expected {
                    Expected::Object => "object",
                    Expected::Array => "array",
                    Expected::String => "string",
                    Expected::Number => "number",
                    Expected::Integer => "integer",
                    Expected::Bool => "bool",
                };
                write!(f, "wrong_type {name}")
            }
            K::WrongFormat(v) => write!(f, "wrong_format {v:?}"),
            K::BadId(v) => write!(f, "bad_id {v:?}"),
            K::DuplicateId(v) => write!(f, "duplicate_id {v:?}"),
            K::UnknownDimension(v) => write!(f, "unknown_dimension {v:?}"),
            K::UnknownBand(v) => write!(f, "unknown_band {v:?}"),
            K::UnknownItemKind(v) => write!(f, "unknown_item_kind {v:?}"),
            K::UnsupportedLocale(v) => write!(f, "unsupported_locale {v:?}"),
            K::DuplicateLocale(v) => write!(f, "duplicate_locale {v:?}"),
            K::UndeclaredLocale(v) => write!(f, "undeclared_locale {v:?}"),
            K::MissingLocale(v) => write!(f, "missing_locale {v:?}"),
            K::NoItemsInDimension(v) => write!(f, "no_items_in_dimension {v:?}"),
            K::NoRecommendation(v) => write!(f, "no_recommendation {v:?}"),
            K::DuplicateRecommendation { dimension, band } => {
                write!(f, "duplicate_recommendation {dimension:?} {band:?}")
            }
            K::MissingField => f.write_str("missing_field"),
            K::UnknownField => f.write_str("unknown_field"),
            K::DuplicateField => f.write_str("duplicate_field"),
            K::BlankText => f.write_str("blank_text"),
            K::NonPositiveWeight => f.write_str("non_positive_weight"),
            K::WeightTooLarge => f.write_str("weight_too_large"),
            K::FirstBandNotZero => f.write_str("first_band_not_zero"),
            K::BandsNotAscending => f.write_str("bands_not_ascending"),
            K::BandOutOfRange => f.write_str("band_out_of_range"),
            K::BadHorizon => f.write_str("bad_horizon"),
            K::EmptyList => f.write_str("empty_list"),
        }
    }
}

/// Writes ASCII digits in the locale's own digits (Persian for `fa`).
fn localise_digits(s: &str, locale: Locale) -> String {
    match locale {
        Locale::Fa => s
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) => char::from_u32(0x06F0 + d).unwrap_or(c),
                None => c,
            })
            .collect(),
        Locale::Tr | Locale::En => s.to_owned(),
    }
}
