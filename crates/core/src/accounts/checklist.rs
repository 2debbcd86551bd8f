//! The selection checklist as data: its format, loading and validation.
//!
//! A checklist is a JSON file of format `kilit-checklist/1` (documented in
//! `docs/selection-rules.md`). [`Checklist::from_json`] never panics and
//! returns every problem it finds, each with the path of the offending value
//! (`criteria[3].group`), so one mistake never hides the next.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use crate::i18n::{fill, Locale};

/// The format tag every checklist file starts with.
pub const FORMAT: &str = "kilit-checklist/1";

/// The built-in checklist, compiled in.
pub const BUILTIN_JSON: &str = include_str!("../../../../instruments/selection-checklist.json");

/// A text in each language the checklist declares.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    pub tr: Option<String>,
    pub en: Option<String>,
    pub fa: Option<String>,
}

impl Text {
    /// The text in `locale`, else in English, else in any language it has.
    pub fn get(&self, locale: Locale) -> &str {
        let own = match locale {
            Locale::Tr => &self.tr,
            Locale::En => &self.en,
            Locale::Fa => &self.fa,
        };
        own.as_deref()
            .or(self.en.as_deref())
            .or(self.tr.as_deref())
            .or(self.fa.as_deref())
            .unwrap_or("")
    }
}

/// The two axes of the portfolio matrix.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    /// How much the account is worth to us.
    Attractiveness,
    /// How well we can serve it: our ability and relative strength.
    Strength,
}

impl Group {
    pub const ALL: [Group; 2] = [Group::Attractiveness, Group::Strength];

    pub fn code(self) -> &'static str {
        match self {
            Group::Attractiveness => "attractiveness",
            Group::Strength => "strength",
        }
    }

    pub fn from_code(code: &str) -> Option<Group> {
        Group::ALL.into_iter().find(|g| g.code() == code)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// A number taken from the account's data instead of a rating.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NumericField {
    Revenue,
    GrossMargin,
    /// Profit as typed, else revenue × gross margin.
    Profit,
    ShareOfWallet,
    Complaints,
    YearsAsCustomer,
    OrdersLast12,
    /// Change of the order count against the previous 12 months, in percent.
    OrderChange,
    DaysSinceLastPurchase,
}

impl NumericField {
    pub const ALL: [NumericField; 9] = [
        NumericField::Revenue,
        NumericField::GrossMargin,
        NumericField::Profit,
        NumericField::ShareOfWallet,
        NumericField::Complaints,
        NumericField::YearsAsCustomer,
        NumericField::OrdersLast12,
        NumericField::OrderChange,
        NumericField::DaysSinceLastPurchase,
    ];

    /// The name used as a criterion `source`.
    pub fn code(self) -> &'static str {
        match self {
            NumericField::Revenue => "revenue",
            NumericField::GrossMargin => "gross_margin",
            NumericField::Profit => "profit",
            NumericField::ShareOfWallet => "share_of_wallet",
            NumericField::Complaints => "complaints",
            NumericField::YearsAsCustomer => "years_as_customer",
            NumericField::OrdersLast12 => "orders_last_12",
            NumericField::OrderChange => "order_change",
            NumericField::DaysSinceLastPurchase => "days_since_last_purchase",
        }
    }

    pub fn from_code(code: &str) -> Option<NumericField> {
        NumericField::ALL.into_iter().find(|f| f.code() == code)
    }
}

/// Whether a higher number is better for us.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
}

impl Direction {
    pub fn code(self) -> &'static str {
        match self {
            Direction::HigherIsBetter => "higher_is_better",
            Direction::LowerIsBetter => "lower_is_better",
        }
    }
}

/// Where a criterion's 1–5 score comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    /// The user's 1–5 rating (5 is always the favourable end).
    Rating,
    /// A number from the account data, scored by its rank in the portfolio.
    Field {
        field: NumericField,
        direction: Direction,
    },
}

/// One item of the checklist.
#[derive(Clone, Debug, PartialEq)]
pub struct Criterion {
    /// Stable id (`[a-z0-9_]+`); ratings and weights are keyed by it.
    pub id: String,
    pub group: Group,
    /// Default weight, ≥ 0.
    pub weight: f64,
    pub source: Source,
    pub title: Text,
    /// One line: what the criterion asks and what a high score means.
    pub explanation: Text,
}

/// Relative weight of the two groups in the selection score.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct GroupWeights {
    pub attractiveness: f64,
    pub strength: f64,
}

impl Default for GroupWeights {
    fn default() -> Self {
        GroupWeights {
            attractiveness: 1.0,
            strength: 1.0,
        }
    }
}

impl GroupWeights {
    pub fn get(self, group: Group) -> f64 {
        match group {
            Group::Attractiveness => self.attractiveness,
            Group::Strength => self.strength,
        }
    }
}

/// A named set of weights (balanced, growth-focused, profit-focused…).
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    pub id: String,
    pub title: Text,
    pub description: Text,
    /// Weights that differ from the criteria's defaults.
    pub weights: Vec<(String, f64)>,
    pub group_weights: GroupWeights,
}

/// A validated selection checklist.
#[derive(Clone, Debug, PartialEq)]
pub struct Checklist {
    pub id: String,
    pub version: String,
    pub locales: Vec<Locale>,
    pub title: Text,
    pub description: Text,
    pub criteria: Vec<Criterion>,
    pub presets: Vec<Preset>,
}

/// What is wrong at a path of a checklist file.
#[derive(Clone, Debug, PartialEq)]
pub enum ChecklistError {
    /// Not JSON at all; 1-based line and column.
    Syntax {
        line: usize,
        column: usize,
    },
    /// A value of the wrong JSON type.
    WrongType {
        expected: JsonType,
    },
    Missing,
    UnknownField,
    WrongFormat {
        found: String,
    },
    /// An id that is not lower-case letters, digits, `_` or `-` (1–64 long).
    BadId {
        found: String,
    },
    Blank,
    UnknownLocale {
        found: String,
    },
    DuplicateLocale {
        found: String,
    },
    /// A text in a language the checklist does not declare.
    UndeclaredLocale {
        locale: String,
    },
    MissingTranslation {
        locale: Locale,
    },
    UnknownGroup {
        found: String,
    },
    UnknownSource {
        found: String,
    },
    UnknownDirection {
        found: String,
    },
    /// A number source needs `direction`.
    DirectionRequired,
    /// A rating is always "5 is best"; `direction` is not allowed.
    DirectionNotAllowed,
    /// Weights must be finite and ≥ 0.
    BadWeight {
        found: f64,
    },
    DuplicateId {
        id: String,
    },
    UnknownCriterion {
        id: String,
    },
    /// A group without any criterion.
    EmptyGroup {
        group: Group,
    },
    EmptyList,
}

/// The JSON type a value should have had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    Object,
    Array,
    String,
    Number,
}

/// One problem of a checklist file, with the path of the offending value.
#[derive(Clone, Debug, PartialEq)]
pub struct ChecklistProblem {
    /// `criteria[3].group`; empty for the whole file.
    pub path: String,
    pub error: ChecklistError,
}

impl ChecklistProblem {
    /// `path: message` in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        let msg = self.error.message(locale);
        if self.path.is_empty() {
            msg
        } else {
            format!("{}: {}", self.path, msg)
        }
    }
}

impl std::fmt::Display for ChecklistProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Locale::En))
    }
}

impl Checklist {
    /// The built-in KAM selection checklist (`instruments/selection-checklist.json`).
    pub fn builtin() -> Checklist {
        match Checklist::from_json(BUILTIN_JSON) {
            Ok(c) => c,
            // A test checks the built-in file; this cannot happen in a build
            // that passed its tests.
            Err(problems) => panic!("built-in checklist is invalid: {problems:?}"),
        }
    }

    /// Reads and validates a checklist, returning every problem found.
    pub fn from_json(text: &str) -> Result<Checklist, Vec<ChecklistProblem>> {
        let value: Value = match serde_json::from_str(text) {
            Ok(v) => v,
            Err(e) => {
                return Err(vec![ChecklistProblem {
                    path: String::new(),
                    error: ChecklistError::Syntax {
                        line: e.line(),
                        column: e.column(),
                    },
                }])
            }
        };
        let mut r = Reader {
            problems: Vec::new(),
        };
        let checklist = r.checklist(&value);
        match checklist {
            Some(c) if r.problems.is_empty() => Ok(c),
            _ => Err(r.problems),
        }
    }

    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    pub fn criterion_index(&self, id: &str) -> Option<usize> {
        self.criteria.iter().position(|c| c.id == id)
    }

    pub fn preset(&self, id: &str) -> Option<&Preset> {
        self.presets.iter().find(|p| p.id == id)
    }
}

struct Reader {
    problems: Vec<ChecklistProblem>,
}

const TOP_FIELDS: &[&str] = &[
    "format",
    "id",
    "version",
    "locales",
    "title",
    "description",
    "criteria",
    "presets",
];
const CRITERION_FIELDS: &[&str] = &[
    "id",
    "group",
    "weight",
    "source",
    "direction",
    "title",
    "explanation",
];
const PRESET_FIELDS: &[&str] = &["id", "title", "description", "weights", "group_weights"];

impl Reader {
    fn err(&mut self, path: impl Into<String>, error: ChecklistError) {
        self.problems.push(ChecklistProblem {
            path: path.into(),
            error,
        });
    }

    fn object<'v>(
        &mut self,
        v: &'v Value,
        path: &str,
        allowed: &[&str],
    ) -> Option<&'v Map<String, Value>> {
        let Some(map) = v.as_object() else {
            self.err(
                path,
                ChecklistError::WrongType {
                    expected: JsonType::Object,
                },
            );
            return None;
        };
        for key in map.keys() {
            if !allowed.contains(&key.as_str()) {
                self.err(join(path, key), ChecklistError::UnknownField);
            }
        }
        Some(map)
    }

    fn required<'v>(
        &mut self,
        map: &'v Map<String, Value>,
        path: &str,
        key: &str,
    ) -> Option<&'v Value> {
        let v = map.get(key);
        if v.is_none() {
            self.err(join(path, key), ChecklistError::Missing);
        }
        v
    }

    fn string(&mut self, map: &Map<String, Value>, path: &str, key: &str) -> Option<String> {
        let v = self.required(map, path, key)?;
        let p = join(path, key);
        match v.as_str() {
            None => {
                self.err(
                    p,
                    ChecklistError::WrongType {
                        expected: JsonType::String,
                    },
                );
                None
            }
            Some(s) if s.trim().is_empty() => {
                self.err(p, ChecklistError::Blank);
                None
            }
            Some(s) => Some(s.to_string()),
        }
    }

    fn id(&mut self, map: &Map<String, Value>, path: &str, allow_dash: bool) -> Option<String> {
        let id = self.string(map, path, "id")?;
        let ok = (1..=64).contains(&id.len())
            && id.bytes().all(|b| {
                b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || b == b'_'
                    || (allow_dash && b == b'-')
            });
        if !ok {
            self.err(join(path, "id"), ChecklistError::BadId { found: id });
            return None;
        }
        Some(id)
    }

    fn weight(&mut self, v: &Value, path: String) -> Option<f64> {
        match v.as_f64() {
            None => {
                self.err(
                    path,
                    ChecklistError::WrongType {
                        expected: JsonType::Number,
                    },
                );
                None
            }
            Some(w) if !w.is_finite() || w < 0.0 => {
                self.err(path, ChecklistError::BadWeight { found: w });
                None
            }
            Some(w) => Some(w),
        }
    }

    fn text(
        &mut self,
        map: &Map<String, Value>,
        path: &str,
        key: &str,
        locales: &[Locale],
    ) -> Option<Text> {
        let v = self.required(map, path, key)?;
        let p = join(path, key);
        let Some(obj) = v.as_object() else {
            self.err(
                p,
                ChecklistError::WrongType {
                    expected: JsonType::Object,
                },
            );
            return None;
        };
        let mut text = Text::default();
        let mut ok = true;
        for (k, val) in obj {
            let kp = join(&p, k);
            let Some(locale) = Locale::ALL.into_iter().find(|l| l.code() == k) else {
                self.err(kp, ChecklistError::UnknownField);
                ok = false;
                continue;
            };
            if !locales.contains(&locale) {
                self.err(kp, ChecklistError::UndeclaredLocale { locale: k.clone() });
                ok = false;
                continue;
            }
            match val.as_str() {
                None => {
                    self.err(
                        kp,
                        ChecklistError::WrongType {
                            expected: JsonType::String,
                        },
                    );
                    ok = false;
                }
                Some(s) if s.trim().is_empty() => {
                    self.err(kp, ChecklistError::Blank);
                    ok = false;
                }
                Some(s) => {
                    let slot = match locale {
                        Locale::Tr => &mut text.tr,
                        Locale::En => &mut text.en,
                        Locale::Fa => &mut text.fa,
                    };
                    *slot = Some(s.to_string());
                }
            }
        }
        for &locale in locales {
            if !obj.contains_key(locale.code()) {
                self.err(p.clone(), ChecklistError::MissingTranslation { locale });
                ok = false;
            }
        }
        ok.then_some(text)
    }

    fn checklist(&mut self, v: &Value) -> Option<Checklist> {
        let map = self.object(v, "", TOP_FIELDS)?;
        if let Some(format) = self.string(map, "", "format") {
            if format != FORMAT {
                self.err("format", ChecklistError::WrongFormat { found: format });
            }
        }
        let id = self.id(map, "", true);
        let version = self.string(map, "", "version");
        let locales = self.locales(map);
        let title = self.text(map, "", "title", &locales);
        let description = self.text(map, "", "description", &locales);
        let (criteria, ids) = self.criteria(map, &locales);
        let presets = self.presets(map, &locales, &ids);
        Some(Checklist {
            id: id?,
            version: version?,
            locales,
            title: title?,
            description: description?,
            criteria,
            presets,
        })
    }

    fn locales(&mut self, map: &Map<String, Value>) -> Vec<Locale> {
        let mut out = Vec::new();
        let Some(v) = self.required(map, "", "locales") else {
            return out;
        };
        let Some(items) = v.as_array() else {
            self.err(
                "locales",
                ChecklistError::WrongType {
                    expected: JsonType::Array,
                },
            );
            return out;
        };
        if items.is_empty() {
            self.err("locales", ChecklistError::EmptyList);
        }
        for (i, item) in items.iter().enumerate() {
            let p = format!("locales[{i}]");
            let Some(code) = item.as_str() else {
                self.err(
                    p,
                    ChecklistError::WrongType {
                        expected: JsonType::String,
                    },
                );
                continue;
            };
            match Locale::ALL.into_iter().find(|l| l.code() == code) {
                None => self.err(
                    p,
                    ChecklistError::UnknownLocale {
                        found: code.to_string(),
                    },
                ),
                Some(l) if out.contains(&l) => self.err(
                    p,
                    ChecklistError::DuplicateLocale {
                        found: code.to_string(),
                    },
                ),
                Some(l) => out.push(l),
            }
        }
        out
    }

    /// The valid criteria, and the ids of all criteria (valid or not), so
    /// that a broken criterion does not make its preset weights "unknown".
    fn criteria(
        &mut self,
        map: &Map<String, Value>,
        locales: &[Locale],
    ) -> (Vec<Criterion>, BTreeSet<String>) {
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        let Some(v) = self.required(map, "", "criteria") else {
            return (out, seen);
        };
        let Some(items) = v.as_array() else {
            self.err(
                "criteria",
                ChecklistError::WrongType {
                    expected: JsonType::Array,
                },
            );
            return (out, seen);
        };
        for (i, item) in items.iter().enumerate() {
            let path = format!("criteria[{i}]");
            let Some(c) = self.object(item, &path, CRITERION_FIELDS) else {
                continue;
            };
            let id = self.id(c, &path, false);
            if let Some(id) = &id {
                if !seen.insert(id.clone()) {
                    self.err(
                        join(&path, "id"),
                        ChecklistError::DuplicateId { id: id.clone() },
                    );
                }
            }
            let group = self.string(c, &path, "group").and_then(|g| {
                let group = Group::from_code(&g);
                if group.is_none() {
                    self.err(
                        join(&path, "group"),
                        ChecklistError::UnknownGroup { found: g },
                    );
                }
                group
            });
            let weight = match c.get("weight") {
                None => Some(1.0),
                Some(w) => self.weight(w, join(&path, "weight")),
            };
            let source = self.source(c, &path);
            let title = self.text(c, &path, "title", locales);
            let explanation = self.text(c, &path, "explanation", locales);
            if let (
                Some(id),
                Some(group),
                Some(weight),
                Some(source),
                Some(title),
                Some(explanation),
            ) = (id, group, weight, source, title, explanation)
            {
                out.push(Criterion {
                    id,
                    group,
                    weight,
                    source,
                    title,
                    explanation,
                });
            }
        }
        if items.is_empty() {
            self.err("criteria", ChecklistError::EmptyList);
        } else if self.problems.is_empty() {
            for group in Group::ALL {
                if !out.iter().any(|c| c.group == group) {
                    self.err("criteria", ChecklistError::EmptyGroup { group });
                }
            }
        }
        (out, seen)
    }

    fn source(&mut self, c: &Map<String, Value>, path: &str) -> Option<Source> {
        let source = self.string(c, path, "source")?;
        let dir_path = join(path, "direction");
        if source == "rating" {
            if c.contains_key("direction") {
                self.err(dir_path, ChecklistError::DirectionNotAllowed);
                return None;
            }
            return Some(Source::Rating);
        }
        let Some(field) = NumericField::from_code(&source) else {
            self.err(
                join(path, "source"),
                ChecklistError::UnknownSource { found: source },
            );
            return None;
        };
        let Some(dir) = c.get("direction") else {
            self.err(dir_path, ChecklistError::DirectionRequired);
            return None;
        };
        let direction = match dir.as_str() {
            Some("higher_is_better") => Direction::HigherIsBetter,
            Some("lower_is_better") => Direction::LowerIsBetter,
            Some(other) => {
                self.err(
                    dir_path,
                    ChecklistError::UnknownDirection {
                        found: other.to_string(),
                    },
                );
                return None;
            }
            None => {
                self.err(
                    dir_path,
                    ChecklistError::WrongType {
                        expected: JsonType::String,
                    },
                );
                return None;
            }
        };
        Some(Source::Field { field, direction })
    }

    fn presets(
        &mut self,
        map: &Map<String, Value>,
        locales: &[Locale],
        criteria: &BTreeSet<String>,
    ) -> Vec<Preset> {
        let mut out = Vec::new();
        let Some(v) = map.get("presets") else {
            return out;
        };
        let Some(items) = v.as_array() else {
            self.err(
                "presets",
                ChecklistError::WrongType {
                    expected: JsonType::Array,
                },
            );
            return out;
        };
        let mut seen = BTreeSet::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("presets[{i}]");
            let Some(p) = self.object(item, &path, PRESET_FIELDS) else {
                continue;
            };
            let id = self.id(p, &path, true);
            if let Some(id) = &id {
                if !seen.insert(id.clone()) {
                    self.err(
                        join(&path, "id"),
                        ChecklistError::DuplicateId { id: id.clone() },
                    );
                }
            }
            let title = self.text(p, &path, "title", locales);
            let description = self.text(p, &path, "description", locales);
            let mut weights = Vec::new();
            let mut weights_ok = true;
            if let Some(w) = p.get("weights") {
                let wp = join(&path, "weights");
                match w.as_object() {
                    None => {
                        self.err(
                            wp,
                            ChecklistError::WrongType {
                                expected: JsonType::Object,
                            },
                        );
                        weights_ok = false;
                    }
                    Some(obj) => {
                        for (cid, val) in obj {
                            let cp = join(&wp, cid);
                            if !criteria.contains(cid) {
                                self.err(
                                    cp.clone(),
                                    ChecklistError::UnknownCriterion { id: cid.clone() },
                                );
                                weights_ok = false;
                            }
                            match self.weight(val, cp) {
                                Some(x) => weights.push((cid.clone(), x)),
                                None => weights_ok = false,
                            }
                        }
                    }
                }
            }
            let mut group_weights = GroupWeights::default();
            if let Some(g) = p.get("group_weights") {
                let gp = join(&path, "group_weights");
                if let Some(obj) = self.object(g, &gp, &["attractiveness", "strength"]) {
                    for group in Group::ALL {
                        if let Some(val) = obj.get(group.code()) {
                            match self.weight(val, join(&gp, group.code())) {
                                Some(x) if group == Group::Attractiveness => {
                                    group_weights.attractiveness = x
                                }
                                Some(x) => group_weights.strength = x,
                                None => weights_ok = false,
                            }
                        }
                    }
                } else {
                    weights_ok = false;
                }
            }
            if let (Some(id), Some(title), Some(description), true) =
                (id, title, description, weights_ok)
            {
                out.push(Preset {
                    id,
                    title,
                    description,
                    weights,
                    group_weights,
                });
            }
        }
        out
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

crate::messages! {
    /// Messages for [`ChecklistError`].
    pub enum ChecklistMsg {
        Syntax {
            en: "This is not valid JSON (line {line}, column {column}).",
            tr: "Bu geçerli bir JSON değil ({line}. satır, {column}. sütun).",
            fa: "این یک JSON معتبر نیست (سطر {line}، ستون {column}).",
        },
        WrongType {
            en: "expected {expected}",
            tr: "burada {expected} bekleniyordu",
            fa: "در اینجا {expected} انتظار می‌رفت",
        },
        TypeObject { en: "an object", tr: "bir nesne", fa: "یک شیء" },
        TypeArray { en: "a list", tr: "bir liste", fa: "یک فهرست" },
        TypeString { en: "a text", tr: "bir metin", fa: "یک متن" },
        TypeNumber { en: "a number", tr: "bir sayı", fa: "یک عدد" },
        Missing {
            en: "required but missing",
            tr: "zorunlu ama eksik",
            fa: "الزامی است اما وجود ندارد",
        },
        UnknownField {
            en: "unknown field (a typo?)",
            tr: "bilinmeyen alan (yazım hatası mı?)",
            fa: "فیلد ناشناخته (اشتباه تایپی؟)",
        },
        WrongFormat {
            en: "format must be \"kilit-checklist/1\", not \"{found}\"",
            tr: "biçim \"kilit-checklist/1\" olmalı, \"{found}\" değil",
            fa: "قالب باید \"kilit-checklist/1\" باشد، نه \"{found}\"",
        },
        BadId {
            en: "\"{found}\" is not a valid id: use lower-case letters, digits and _ (1–64 characters)",
            tr: "\"{found}\" geçerli bir kimlik değil: küçük harf, rakam ve _ kullanın (1–64 karakter)",
            fa: "«{found}» شناسهٔ معتبری نیست: از حروف کوچک لاتین، رقم و _ استفاده کنید (۱ تا ۶۴ نویسه)",
        },
        Blank {
            en: "must not be blank",
            tr: "boş bırakılamaz",
            fa: "نباید خالی باشد",
        },
        UnknownLocale {
            en: "unknown language \"{found}\" (use tr, en or fa)",
            tr: "bilinmeyen dil \"{found}\" (tr, en ya da fa kullanın)",
            fa: "زبان ناشناختهٔ «{found}» (از tr، en یا fa استفاده کنید)",
        },
        DuplicateLocale {
            en: "language \"{found}\" is listed twice",
            tr: "\"{found}\" dili iki kez yazılmış",
            fa: "زبان «{found}» دو بار آمده است",
        },
        UndeclaredLocale {
            en: "text in \"{locale}\", which is not in the checklist's locales",
            tr: "\"{locale}\" dilinde metin var ama bu dil kontrol listesinin dilleri arasında değil",
            fa: "متنی به زبان «{locale}» آمده که در زبان‌های این چک‌لیست نیست",
        },
        MissingTranslation {
            en: "the text in \"{locale}\" is missing",
            tr: "\"{locale}\" dilindeki metin eksik",
            fa: "متن به زبان «{locale}» وجود ندارد",
        },
        UnknownGroup {
            en: "unknown group \"{found}\" (use attractiveness or strength)",
            tr: "bilinmeyen grup \"{found}\" (attractiveness ya da strength kullanın)",
            fa: "گروه ناشناختهٔ «{found}» (از attractiveness یا strength استفاده کنید)",
        },
        UnknownSource {
            en: "unknown source \"{found}\" (use rating or a field such as revenue, gross_margin, share_of_wallet, complaints)",
            tr: "bilinmeyen kaynak \"{found}\" (rating ya da revenue, gross_margin, share_of_wallet, complaints gibi bir alan kullanın)",
            fa: "منبع ناشناختهٔ «{found}» (از rating یا فیلدی مانند revenue، gross_margin، share_of_wallet یا complaints استفاده کنید)",
        },
        UnknownDirection {
            en: "unknown direction \"{found}\" (use higher_is_better or lower_is_better)",
            tr: "bilinmeyen yön \"{found}\" (higher_is_better ya da lower_is_better kullanın)",
            fa: "جهت ناشناختهٔ «{found}» (از higher_is_better یا lower_is_better استفاده کنید)",
        },
        DirectionRequired {
            en: "a number source needs a direction: higher_is_better or lower_is_better",
            tr: "sayısal bir kaynak için yön gerekir: higher_is_better ya da lower_is_better",
            fa: "منبع عددی به جهت نیاز دارد: higher_is_better یا lower_is_better",
        },
        DirectionNotAllowed {
            en: "a rating has no direction: 5 is always the favourable end",
            tr: "puanlamada yön belirtilmez: 5 her zaman olumlu uçtur",
            fa: "امتیازدهی جهت ندارد: ۵ همیشه سرِ مطلوب است",
        },
        BadWeight {
            en: "weight {found} is not allowed: use a number of 0 or more",
            tr: "{found} ağırlığı geçersiz: 0 ya da daha büyük bir sayı kullanın",
            fa: "وزن {found} مجاز نیست: عددی برابر ۰ یا بزرگ‌تر به کار ببرید",
        },
        DuplicateId {
            en: "the id \"{id}\" is used twice",
            tr: "\"{id}\" kimliği iki kez kullanılmış",
            fa: "شناسهٔ «{id}» دو بار به کار رفته است",
        },
        UnknownCriterion {
            en: "no criterion has the id \"{id}\"",
            tr: "\"{id}\" kimlikli bir ölçüt yok",
            fa: "هیچ معیاری شناسهٔ «{id}» را ندارد",
        },
        EmptyGroup {
            en: "the group \"{group}\" has no criteria",
            tr: "\"{group}\" grubunda hiç ölçüt yok",
            fa: "گروه «{group}» هیچ معیاری ندارد",
        },
        EmptyList {
            en: "the list is empty",
            tr: "liste boş",
            fa: "فهرست خالی است",
        },
    }
}

impl ChecklistError {
    /// The error explained in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        use ChecklistError as E;
        use ChecklistMsg as M;
        let int = |v: usize| crate::number::format_integer(v as i64, locale);
        match self {
            E::Syntax { line, column } => fill(
                M::Syntax.text(locale),
                &[("line", &int(*line)), ("column", &int(*column))],
            ),
            E::WrongType { expected } => {
                let t = match expected {
                    JsonType::Object => M::TypeObject,
                    JsonType::Array => M::TypeArray,
                    JsonType::String => M::TypeString,
                    JsonType::Number => M::TypeNumber,
                };
                fill(M::WrongType.text(locale), &[("expected", t.text(locale))])
            }
            E::Missing => M::Missing.text(locale).to_string(),
            E::UnknownField => M::UnknownField.text(locale).to_string(),
            E::WrongFormat { found } => fill(M::WrongFormat.text(locale), &[("found", found)]),
            E::BadId { found } => fill(M::BadId.text(locale), &[("found", found)]),
            E::Blank => M::Blank.text(locale).to_string(),
            E::UnknownLocale { found } => fill(M::UnknownLocale.text(locale), &[("found", found)]),
            E::DuplicateLocale { found } => {
                fill(M::DuplicateLocale.text(locale), &[("found", found)])
            }
            E::UndeclaredLocale { locale: l } => {
                fill(M::UndeclaredLocale.text(locale), &[("locale", l)])
            }
            E::MissingTranslation { locale: l } => {
                fill(M::MissingTranslation.text(locale), &[("locale", l.code())])
            }
            E::UnknownGroup { found } => fill(M::UnknownGroup.text(locale), &[("found", found)]),
            E::UnknownSource { found } => fill(M::UnknownSource.text(locale), &[("found", found)]),
            E::UnknownDirection { found } => {
                fill(M::UnknownDirection.text(locale), &[("found", found)])
            }
            E::DirectionRequired => M::DirectionRequired.text(locale).to_string(),
            E::DirectionNotAllowed => M::DirectionNotAllowed.text(locale).to_string(),
            E::BadWeight { found } => fill(
                M::BadWeight.text(locale),
                &[("found", &crate::number::format_decimal(*found, 2, locale))],
            ),
            E::DuplicateId { id } => fill(M::DuplicateId.text(locale), &[("id", id)]),
            E::UnknownCriterion { id } => fill(M::UnknownCriterion.text(locale), &[("id", id)]),
            E::EmptyGroup { group } => fill(M::EmptyGroup.text(locale), &[("group", group.code())]),
            E::EmptyList => M::EmptyList.text(locale).to_string(),
        }
    }
}
