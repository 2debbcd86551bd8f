//! Reading and validating an instrument file.
//!
//! The file is first parsed into an ordered JSON tree ([`Node`]); a syntax
//! error is the only thing that stops reading. The tree is then walked once,
//! checking shapes (types, unknown, missing and repeated fields) and rules
//! (ids, references, locales, weights, bands) as it goes, so that every
//! problem in the file is reported, each with its path.

use std::collections::{BTreeMap, BTreeSet};

use super::json::Node;
use super::model::{
    Action, Band, Dimension, Horizon, Instrument, Item, ItemKind, Recommendation, Text,
};
use super::problem::{Expected, Problem, ProblemKind as K};
use crate::i18n::Locale;

/// The value of the `format` field this loader reads.
pub const FORMAT: &str = "kilit-instrument/1";

/// The largest weight a dimension or an item may have.
pub const MAX_WEIGHT: f64 = 1000.0;

/// The longest id, in characters.
pub const MAX_ID_LEN: usize = 64;

/// Top-level fields in the order the format lists them; problems are
/// reported in this order.
const TOP_FIELDS: [&str; 11] = [
    "format",
    "id",
    "version",
    "locales",
    "title",
    "description",
    "headline_dimension",
    "dimensions",
    "items",
    "bands",
    "recommendations",
];

/// Parses and validates an instrument file. Returns the instrument, or every
/// problem found (never an empty list), in document order.
pub fn load(json: &str) -> Result<Instrument, Vec<Problem>> {
    // Editors on Windows like to start UTF-8 files with a byte-order mark.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let root: Node = match serde_json::from_str(json) {
        Ok(root) => root,
        Err(e) => {
            return Err(vec![Problem::new(
                "",
                K::Json {
                    line: e.line(),
                    column: e.column(),
                    eof: e.is_eof(),
                    detail: e.to_string(),
                },
            )])
        }
    };
    let mut reader = Reader::default();
    let raw = reader.instrument(&root);
    let mut problems = reader.problems;
    if problems.is_empty() {
        if let Some(instrument) = raw.and_then(assemble) {
            return Ok(instrument);
        }
        // Unreachable: every missing piece was reported as a problem.
        problems.push(Problem::new("", K::MissingField));
    }
    problems.sort_by_key(|p| section_order(&p.path));
    Err(problems)
}

/// Groups problems by top-level section and by entry within a list, keeping
/// the reading order inside each group.
fn section_order(path: &str) -> (usize, usize) {
    let head_end = path.find(['.', '[']).unwrap_or(path.len());
    let head = &path[..head_end];
    // The document as a whole first, unknown top-level fields last.
    let rank = if head.is_empty() {
        0
    } else {
        TOP_FIELDS
            .iter()
            .position(|f| *f == head)
            .map_or(TOP_FIELDS.len() + 1, |i| i + 1)
    };
    let index = path[head_end..]
        .strip_prefix('[')
        .and_then(|rest| rest.split(']').next())
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(0);
    (rank, index)
}

fn field(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

fn index(path: &str, i: usize) -> String {
    format!("{path}[{i}]")
}

/// Which characters an id may use besides `a-z` and `0-9`.
#[derive(Clone, Copy)]
enum IdStyle {
    /// The instrument id: hyphens (it appears in file names and URLs).
    Kebab,
    /// Every other id: underscores.
    Snake,
}

fn valid_id(id: &str, style: IdStyle) -> bool {
    let sep = match style {
        IdStyle::Kebab => '-',
        IdStyle::Snake => '_',
    };
    !id.is_empty()
        && id.chars().count() <= MAX_ID_LEN
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == sep)
}

// Raw entries: what could be read of each list entry. A `None` field has
// been reported as a problem (or the whole entry was not an object).

struct RawInstrument {
    id: Option<String>,
    version: Option<String>,
    locales: Vec<Locale>,
    title: Option<Text>,
    description: Option<Text>,
    headline: Option<String>,
    dimensions: Vec<RawDimension>,
    items: Vec<RawItem>,
    bands: Vec<RawBand>,
    recommendations: Vec<RawRecommendation>,
}

#[derive(Default)]
struct RawDimension {
    id: Option<String>,
    weight: Option<f64>,
    title: Option<Text>,
    description: Option<Text>,
}

#[derive(Default)]
struct RawItem {
    id: Option<String>,
    dimension: Option<String>,
    kind: Option<ItemKind>,
    reverse: Option<bool>,
    weight: Option<f64>,
    text: Option<Text>,
    /// `Some(None)`: no help given; `None`: help given but invalid.
    help: Option<Option<Text>>,
}

#[derive(Default)]
struct RawBand {
    id: Option<String>,
    min: Option<u8>,
    title: Option<Text>,
    description: Option<Text>,
}

#[derive(Default)]
struct RawRecommendation {
    dimension: Option<String>,
    band: Option<String>,
    text: Option<Text>,
    actions: Option<Vec<RawAction>>,
}

#[derive(Default)]
struct RawAction {
    id: Option<String>,
    horizon: Option<Horizon>,
    text: Option<Text>,
}

/// The known members of one JSON object.
struct Obj<'a> {
    path: String,
    members: Vec<(&'a str, &'a Node)>,
}

impl<'a> Obj<'a> {
    fn get(&self, name: &str) -> Option<&'a Node> {
        self.members
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| *v)
    }

    fn path(&self, name: &str) -> String {
        field(&self.path, name)
    }
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
    /// The valid declared locales, in declaration order.
    locales: Vec<Locale>,
    /// Whether `locales` is a non-empty list with no problems. Only then
    /// are the language keys of texts checked against it: when the list
    /// itself is wrong, its problems are the ones worth reporting, not the
    /// same unexpected key in every text.
    locales_clean: bool,
}

impl Reader {
    fn push(&mut self, path: impl Into<String>, kind: K) {
        self.problems.push(Problem::new(path, kind));
    }

    /// Checks that `node` is an object whose fields are all known, none
    /// repeated, and the required ones present.
    fn object<'a>(
        &mut self,
        node: &'a Node,
        path: &str,
        required: &[&str],
        optional: &[&str],
    ) -> Option<Obj<'a>> {
        let Node::Object(members) = node else {
            self.push(path, K::WrongType(Expected::Object));
            return None;
        };
        let mut known: Vec<(&'a str, &'a Node)> = Vec::new();
        for (name, value) in members {
            let name = name.as_str();
            if !required.contains(&name) && !optional.contains(&name) {
                self.push(field(path, name), K::UnknownField);
            } else if known.iter().any(|(k, _)| *k == name) {
                self.push(field(path, name), K::DuplicateField);
            } else {
                known.push((name, value));
            }
        }
        for name in required {
            if !known.iter().any(|(k, _)| k == name) {
                self.push(field(path, name), K::MissingField);
            }
        }
        Some(Obj {
            path: path.to_owned(),
            members: known,
        })
    }

    fn string<'a>(&mut self, node: Option<&'a Node>, path: &str) -> Option<&'a str> {
        match node? {
            Node::String(s) => Some(s),
            _ => {
                self.push(path, K::WrongType(Expected::String));
                None
            }
        }
    }

    fn number(&mut self, node: Option<&Node>, path: &str) -> Option<f64> {
        match node? {
            Node::Number(n) => Some(*n),
            _ => {
                self.push(path, K::WrongType(Expected::Number));
                None
            }
        }
    }

    /// A whole number; `30.0` counts as whole.
    fn integer(&mut self, node: Option<&Node>, path: &str) -> Option<f64> {
        match node? {
            Node::Number(n) if n.fract() == 0.0 => Some(*n),
            _ => {
                self.push(path, K::WrongType(Expected::Integer));
                None
            }
        }
    }

    fn boolean(&mut self, node: Option<&Node>, path: &str) -> Option<bool> {
        match node? {
            Node::Bool(b) => Some(*b),
            _ => {
                self.push(path, K::WrongType(Expected::Bool));
                None
            }
        }
    }

    /// A list; an empty one is a problem when `non_empty` is set.
    fn array<'a>(
        &mut self,
        node: Option<&'a Node>,
        path: &str,
        non_empty: bool,
    ) -> Option<&'a [Node]> {
        match node? {
            Node::Array(list) => {
                if non_empty && list.is_empty() {
                    self.push(path, K::EmptyList);
                }
                Some(list)
            }
            _ => {
                self.push(path, K::WrongType(Expected::Array));
                None
            }
        }
    }

    fn id(&mut self, node: Option<&Node>, path: &str, style: IdStyle) -> Option<String> {
        let id = self.string(node, path)?;
        if valid_id(id, style) {
            Some(id.to_owned())
        } else {
            self.push(path, K::BadId(id.to_owned()));
            None
        }
    }

    /// A weight; absent means 1.
    fn weight(&mut self, node: Option<&Node>, path: &str) -> Option<f64> {
        if node.is_none() {
            return Some(1.0);
        }
        let w = self.number(node, path)?;
        if w <= 0.0 {
            self.push(path, K::NonPositiveWeight);
            None
        } else if w > MAX_WEIGHT {
            self.push(path, K::WeightTooLarge);
            None
        } else {
            Some(w)
        }
    }

    /// A translated text: one non-blank string per declared locale.
    fn text(&mut self, node: Option<&Node>, path: &str) -> Option<Text> {
        let node = node?;
        let Node::Object(members) = node else {
            self.push(path, K::WrongType(Expected::Object));
            return None;
        };
        let mut ok = true;
        let mut entries: Vec<(Locale, String)> = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for (code, value) in members {
            let at = field(path, code);
            if seen.contains(&code.as_str()) {
                self.push(at, K::DuplicateField);
                ok = false;
                continue;
            }
            seen.push(code);
            let locale = exact_locale(code);
            match locale {
                None if self.locales_clean => {
                    self.push(at.clone(), K::UnsupportedLocale(code.clone()));
                }
                Some(l) if self.locales_clean && !self.locales.contains(&l) => {
                    self.push(at.clone(), K::UndeclaredLocale(code.clone()));
                }
                _ => {}
            }
            if locale.is_none_or(|l| !self.locales.contains(&l)) {
                ok = false;
            }
            match value {
                Node::String(s) if s.trim().is_empty() => {
                    self.push(at, K::BlankText);
                    ok = false;
                }
                Node::String(s) => {
                    if let Some(l) = locale.filter(|l| self.locales.contains(l)) {
                        entries.push((l, s.clone()));
                    }
                }
                _ => {
                    self.push(at, K::WrongType(Expected::String));
                    ok = false;
                }
            }
        }
        // The valid declared locales are required even when the list has
        // other problems.
        for l in self.locales.clone() {
            if !seen.contains(&l.code()) {
                self.push(path, K::MissingLocale(l.code().to_owned()));
                ok = false;
            }
        }
        entries.sort_by_key(|(l, _)| self.locales.iter().position(|x| x == l));
        (ok && !entries.is_empty()).then(|| Text::new(entries))
    }

    /// An optional translated text: `Some(None)` when absent.
    fn optional_text(&mut self, node: Option<&Node>, path: &str) -> Option<Option<Text>> {
        match node {
            None => Some(None),
            Some(_) => self.text(node, path).map(Some),
        }
    }

    fn instrument(&mut self, root: &Node) -> Option<RawInstrument> {
        let required = [
            "format",
            "id",
            "version",
            "locales",
            "title",
            "description",
            "dimensions",
            "items",
            "bands",
            "recommendations",
        ];
        let obj = self.object(root, "", &required, &["headline_dimension"])?;

        if let Some(format) = self.string(obj.get("format"), "format") {
            if format != FORMAT {
                self.push("format", K::WrongFormat(format.to_owned()));
            }
        }
        let id = self.id(obj.get("id"), "id", IdStyle::Kebab);
        let version = match self.string(obj.get("version"), "version") {
            Some(v) if v.trim().is_empty() => {
                self.push("version", K::BlankText);
                None
            }
            v => v.map(str::to_owned),
        };
        self.locales(obj.get("locales"));
        let title = self.text(obj.get("title"), "title");
        let description = self.text(obj.get("description"), "description");

        let dims = self.array(obj.get("dimensions"), "dimensions", true);
        let mut dimension_ids = BTreeSet::new();
        let dimensions: Vec<RawDimension> = dims
            .unwrap_or_default()
            .iter()
            .enumerate()
            .map(|(i, node)| self.dimension(node, &index("dimensions", i), &mut dimension_ids))
            .collect();
        // References are checked against every id written as a string, even
        // a malformed one, so that one bad id is reported once, not at every
        // use.
        let dimension_names = dims.map(referable_ids);

        let headline = self.string(obj.get("headline_dimension"), "headline_dimension");
        if let (Some(h), Some(names)) = (headline, &dimension_names) {
            if !names.contains(h) {
                self.push("headline_dimension", K::UnknownDimension(h.to_owned()));
            }
        }

        let item_nodes = self.array(obj.get("items"), "items", true);
        let mut item_ids = BTreeSet::new();
        let mut items = Vec::new();
        for (i, node) in item_nodes.unwrap_or_default().iter().enumerate() {
            let path = index("items", i);
            items.push(self.item(node, &path, &mut item_ids, dimension_names.as_ref()));
        }

        let band_nodes = self.array(obj.get("bands"), "bands", true);
        let mut bands = Vec::new();
        let mut band_ids = BTreeSet::new();
        let mut previous_min: Option<u8> = None;
        for (i, node) in band_nodes.unwrap_or_default().iter().enumerate() {
            let path = index("bands", i);
            let band = self.band(node, &path, &mut band_ids);
            if let Some(min) = band.min {
                if i == 0 && min != 0 {
                    self.push(field(&path, "min"), K::FirstBandNotZero);
                }
                if previous_min.is_some_and(|p| min <= p) {
                    self.push(field(&path, "min"), K::BandsNotAscending);
                }
                previous_min = Some(min);
            }
            bands.push(band);
        }
        let band_names = band_nodes.map(referable_ids);

        let rec_nodes = self.array(obj.get("recommendations"), "recommendations", true);
        let mut recommendations = Vec::new();
        let mut pairs = BTreeSet::new();
        let mut action_ids = BTreeSet::new();
        for (i, node) in rec_nodes.unwrap_or_default().iter().enumerate() {
            let path = index("recommendations", i);
            let rec = self.recommendation(
                node,
                &path,
                dimension_names.as_ref(),
                band_names.as_ref(),
                &mut action_ids,
            );
            if let (Some(d), Some(b)) = (&rec.dimension, &rec.band) {
                if !pairs.insert((d.clone(), b.clone())) {
                    self.push(
                        path,
                        K::DuplicateRecommendation {
                            dimension: d.clone(),
                            band: b.clone(),
                        },
                    );
                }
            }
            recommendations.push(rec);
        }

        // Every dimension needs items and advice.
        for (i, d) in dimensions.iter().enumerate() {
            let Some(id) = &d.id else { continue };
            let path = index("dimensions", i);
            if item_nodes.is_some() && !items.iter().any(|it| it.dimension.as_ref() == Some(id)) {
                self.push(path.clone(), K::NoItemsInDimension(id.clone()));
            }
            if rec_nodes.is_some()
                && !recommendations
                    .iter()
                    .any(|r| r.dimension.as_ref() == Some(id))
            {
                self.push(path, K::NoRecommendation(id.clone()));
            }
        }

        Some(RawInstrument {
            id,
            version,
            locales: self.locales.clone(),
            title,
            description,
            headline: headline.map(str::to_owned),
            dimensions,
            items,
            bands,
            recommendations,
        })
    }

    fn locales(&mut self, node: Option<&Node>) {
        let problems_before = self.problems.len();
        let Some(list) = self.array(node, "locales", true) else {
            return;
        };
        for (i, node) in list.iter().enumerate() {
            let path = index("locales", i);
            let Some(code) = self.string(Some(node), &path) else {
                continue;
            };
            match exact_locale(code) {
                None => self.push(path, K::UnsupportedLocale(code.to_owned())),
                Some(l) if self.locales.contains(&l) => {
                    self.push(path, K::DuplicateLocale(code.to_owned()))
                }
                Some(l) => self.locales.push(l),
            }
        }
        self.locales_clean = self.problems.len() == problems_before;
    }

    /// An id, checked for syntax and for uniqueness among `seen`.
    fn unique_id(
        &mut self,
        obj: &Obj,
        style: IdStyle,
        seen: &mut BTreeSet<String>,
    ) -> Option<String> {
        let path = obj.path("id");
        let id = self.id(obj.get("id"), &path, style)?;
        if seen.insert(id.clone()) {
            Some(id)
        } else {
            self.push(path, K::DuplicateId(id));
            None
        }
    }

    fn dimension(&mut self, node: &Node, path: &str, ids: &mut BTreeSet<String>) -> RawDimension {
        let Some(obj) = self.object(node, path, &["id", "title", "description"], &["weight"])
        else {
            return RawDimension::default();
        };
        RawDimension {
            id: self.unique_id(&obj, IdStyle::Snake, ids),
            weight: self.weight(obj.get("weight"), &obj.path("weight")),
            title: self.text(obj.get("title"), &obj.path("title")),
            description: self.text(obj.get("description"), &obj.path("description")),
        }
    }

    fn item(
        &mut self,
        node: &Node,
        path: &str,
        ids: &mut BTreeSet<String>,
        dimensions: Option<&BTreeSet<String>>,
    ) -> RawItem {
        let Some(obj) = self.object(
            node,
            path,
            &["id", "dimension", "kind", "text"],
            &["reverse", "weight", "help"],
        ) else {
            return RawItem::default();
        };
        let id = self.unique_id(&obj, IdStyle::Snake, ids);
        let dimension = self.reference(
            obj.get("dimension"),
            &obj.path("dimension"),
            dimensions,
            K::UnknownDimension,
        );
        let kind = self
            .string(obj.get("kind"), &obj.path("kind"))
            .and_then(|code| {
                let kind = ItemKind::from_code(code);
                if kind.is_none() {
                    self.push(obj.path("kind"), K::UnknownItemKind(code.to_owned()));
                }
                kind
            });
        let reverse = match obj.get("reverse") {
            None => Some(false),
            node => self.boolean(node, &obj.path("reverse")),
        };
        RawItem {
            id,
            dimension,
            kind,
            reverse,
            weight: self.weight(obj.get("weight"), &obj.path("weight")),
            text: self.text(obj.get("text"), &obj.path("text")),
            help: self.optional_text(obj.get("help"), &obj.path("help")),
        }
    }

    /// A string naming an entry of another list; `known` is `None` when that
    /// list could not be read, and then nothing is checked.
    fn reference(
        &mut self,
        node: Option<&Node>,
        path: &str,
        known: Option<&BTreeSet<String>>,
        unknown: fn(String) -> K,
    ) -> Option<String> {
        let name = self.string(node, path)?;
        if known.is_some_and(|k| !k.contains(name)) {
            self.push(path, unknown(name.to_owned()));
            return None;
        }
        Some(name.to_owned())
    }

    fn band(&mut self, node: &Node, path: &str, ids: &mut BTreeSet<String>) -> RawBand {
        let Some(obj) = self.object(node, path, &["id", "min", "title", "description"], &[]) else {
            return RawBand::default();
        };
        let id = self.unique_id(&obj, IdStyle::Snake, ids);
        let min = self
            .integer(obj.get("min"), &obj.path("min"))
            .and_then(|m| {
                if (0.0..=100.0).contains(&m) {
                    Some(m as u8)
                } else {
                    self.push(obj.path("min"), K::BandOutOfRange);
                    None
                }
            });
        RawBand {
            id,
            min,
            title: self.text(obj.get("title"), &obj.path("title")),
            description: self.text(obj.get("description"), &obj.path("description")),
        }
    }

    fn recommendation(
        &mut self,
        node: &Node,
        path: &str,
        dimensions: Option<&BTreeSet<String>>,
        bands: Option<&BTreeSet<String>>,
        action_ids: &mut BTreeSet<String>,
    ) -> RawRecommendation {
        let Some(obj) = self.object(node, path, &["dimension", "band", "text"], &["actions"])
        else {
            return RawRecommendation::default();
        };
        let dimension = self.reference(
            obj.get("dimension"),
            &obj.path("dimension"),
            dimensions,
            K::UnknownDimension,
        );
        let band = self.reference(obj.get("band"), &obj.path("band"), bands, K::UnknownBand);
        let text = self.text(obj.get("text"), &obj.path("text"));
        let actions = match obj.get("actions") {
            None => Some(Vec::new()),
            node => self.array(node, &obj.path("actions"), false).map(|list| {
                list.iter()
                    .enumerate()
                    .map(|(i, node)| {
                        let path = index(&obj.path("actions"), i);
                        self.action(node, &path, action_ids)
                    })
                    .collect()
            }),
        };
        RawRecommendation {
            dimension,
            band,
            text,
            actions,
        }
    }

    fn action(&mut self, node: &Node, path: &str, ids: &mut BTreeSet<String>) -> RawAction {
        let Some(obj) = self.object(node, path, &["id", "horizon", "text"], &[]) else {
            return RawAction::default();
        };
        let id = self.unique_id(&obj, IdStyle::Snake, ids);
        let horizon = self
            .integer(obj.get("horizon"), &obj.path("horizon"))
            .and_then(|days| {
                let horizon = u16::try_from(days as i64).ok().and_then(Horizon::from_days);
                if horizon.is_none() {
                    self.push(obj.path("horizon"), K::BadHorizon);
                }
                horizon
            });
        RawAction {
            id,
            horizon,
            text: self.text(obj.get("text"), &obj.path("text")),
        }
    }
}

/// Every id written as a string in a list of objects.
fn referable_ids(list: &[Node]) -> BTreeSet<String> {
    list.iter()
        .filter_map(|node| match node {
            Node::Object(members) => members.iter().find_map(|(k, v)| match (k.as_str(), v) {
                ("id", Node::String(s)) => Some(s.clone()),
                _ => None,
            }),
            _ => None,
        })
        .collect()
}

/// A locale code exactly as the format writes it (`tr`, `en`, `fa`).
fn exact_locale(code: &str) -> Option<Locale> {
    Locale::ALL.into_iter().find(|l| l.code() == code)
}

/// Builds the instrument from raw entries that have no problems left.
fn assemble(raw: RawInstrument) -> Option<Instrument> {
    let dim_index: BTreeMap<&str, usize> = raw
        .dimensions
        .iter()
        .enumerate()
        .filter_map(|(i, d)| Some((d.id.as_deref()?, i)))
        .collect();
    let band_index: BTreeMap<&str, usize> = raw
        .bands
        .iter()
        .enumerate()
        .filter_map(|(i, b)| Some((b.id.as_deref()?, i)))
        .collect();

    let mut items = Vec::with_capacity(raw.items.len());
    for it in &raw.items {
        items.push(Item {
            id: it.id.clone()?,
            dimension: *dim_index.get(it.dimension.as_deref()?)?,
            kind: it.kind?,
            reverse: it.reverse?,
            weight: it.weight?,
            text: it.text.clone()?,
            help: it.help.clone()?,
        });
    }
    let mut dimensions = Vec::with_capacity(raw.dimensions.len());
    for (i, d) in raw.dimensions.iter().enumerate() {
        dimensions.push(Dimension {
            id: d.id.clone()?,
            weight: d.weight?,
            title: d.title.clone()?,
            description: d.description.clone()?,
            items: (0..items.len())
                .filter(|&j| items[j].dimension == i)
                .collect(),
        });
    }
    let mut bands = Vec::with_capacity(raw.bands.len());
    for b in &raw.bands {
        bands.push(Band {
            id: b.id.clone()?,
            min: b.min?,
            title: b.title.clone()?,
            description: b.description.clone()?,
        });
    }
    let mut recommendations = Vec::with_capacity(raw.recommendations.len());
    for r in &raw.recommendations {
        let mut actions = Vec::new();
        for a in r.actions.as_ref()? {
            actions.push(Action {
                id: a.id.clone()?,
                horizon: a.horizon?,
                text: a.text.clone()?,
            });
        }
        recommendations.push(Recommendation {
            dimension: *dim_index.get(r.dimension.as_deref()?)?,
            band: *band_index.get(r.band.as_deref()?)?,
            text: r.text.clone()?,
            actions,
        });
    }
    let headline = match &raw.headline {
        None => None,
        Some(h) => Some(*dim_index.get(h.as_str())?),
    };
    Some(Instrument {
        id: raw.id?,
        version: raw.version?,
        locales: raw.locales,
        title: raw.title?,
        description: raw.description?,
        headline,
        dimensions,
        items,
        bands,
        recommendations,
    })
}
