//! The validated, in-memory form of an instrument.
//!
//! Values of these types only come out of [`load`](super::load), so every
//! reference between them is known to resolve: fields are private and read
//! through methods.

use serde::{Deserialize, Serialize};

use super::messages::Term;
use crate::i18n::Locale;

/// A text in every declared locale, in the order of the instrument's
/// `locales` list.
#[derive(Clone, Debug, PartialEq)]
pub struct Text {
    /// Never empty; one entry per declared locale, none blank.
    entries: Vec<(Locale, String)>,
}

impl Text {
    pub(crate) fn new(entries: Vec<(Locale, String)>) -> Text {
        Text { entries }
    }

    /// The text in `locale`, or in the instrument's first declared locale
    /// when `locale` is not declared.
    pub fn get(&self, locale: Locale) -> &str {
        self.declared(locale)
            .or_else(|| self.entries.first().map(|(_, s)| s.as_str()))
            .unwrap_or("")
    }

    /// The text in `locale` exactly, without falling back.
    pub fn declared(&self, locale: Locale) -> Option<&str> {
        self.entries
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, s)| s.as_str())
    }
}

/// How an item is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemKind {
    /// `agree5`: 1 strongly disagree … 5 strongly agree.
    Agree5,
    /// `yes_no`: 0 no, 1 yes.
    YesNo,
    /// `scale10`: 0 … 10.
    Scale10,
}

impl ItemKind {
    /// The name used in the file.
    pub fn code(self) -> &'static str {
        match self {
            ItemKind::Agree5 => "agree5",
            ItemKind::YesNo => "yes_no",
            ItemKind::Scale10 => "scale10",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<ItemKind> {
        match code {
            "agree5" => Some(ItemKind::Agree5),
            "yes_no" => Some(ItemKind::YesNo),
            "scale10" => Some(ItemKind::Scale10),
            _ => None,
        }
    }

    /// The lowest and highest answer value, both valid.
    pub fn range(self) -> (u8, u8) {
        match self {
            ItemKind::Agree5 => (1, 5),
            ItemKind::YesNo => (0, 1),
            ItemKind::Scale10 => (0, 10),
        }
    }

    /// Every valid answer value, lowest first.
    pub fn values(self) -> std::ops::RangeInclusive<u8> {
        let (lo, hi) = self.range();
        lo..=hi
    }

    /// The label of an answer value, where the kind names its values:
    /// every `agree5` and `yes_no` value, and the two ends of `scale10`.
    pub fn label(self, value: u8) -> Option<Term> {
        match (self, value) {
            (ItemKind::Agree5, 1) => Some(Term::StronglyDisagree),
            (ItemKind::Agree5, 2) => Some(Term::Disagree),
            (ItemKind::Agree5, 3) => Some(Term::Neutral),
            (ItemKind::Agree5, 4) => Some(Term::Agree),
            (ItemKind::Agree5, 5) => Some(Term::StronglyAgree),
            (ItemKind::YesNo, 0) => Some(Term::No),
            (ItemKind::YesNo, 1) => Some(Term::Yes),
            (ItemKind::Scale10, 0) => Some(Term::ScaleLow),
            (ItemKind::Scale10, 10) => Some(Term::ScaleHigh),
            _ => None,
        }
    }

    /// The answer as a whole number of twentieths of the scale (0..=20), or
    /// `None` if it is outside the scale. Twentieths make every point of
    /// every kind exact: agree5 steps are 5/20, scale10 steps 2/20.
    pub(crate) fn twentieths(self, value: u8) -> Option<u32> {
        let v = u32::from(value);
        match self {
            ItemKind::Agree5 if (1..=5).contains(&v) => Some((v - 1) * 5),
            ItemKind::YesNo if v <= 1 => Some(v * 20),
            ItemKind::Scale10 if v <= 10 => Some(v * 2),
            _ => None,
        }
    }
}

/// A plan horizon: the action is due within 30, 60 or 90 days.
/// Serialised as the number of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u16", into = "u16")]
pub enum Horizon {
    Days30,
    Days60,
    Days90,
}

impl Horizon {
    pub const ALL: [Horizon; 3] = [Horizon::Days30, Horizon::Days60, Horizon::Days90];

    pub fn days(self) -> u16 {
        match self {
            Horizon::Days30 => 30,
            Horizon::Days60 => 60,
            Horizon::Days90 => 90,
        }
    }

    pub fn from_days(days: u16) -> Option<Horizon> {
        match days {
            30 => Some(Horizon::Days30),
            60 => Some(Horizon::Days60),
            90 => Some(Horizon::Days90),
            _ => None,
        }
    }

    /// "30 days", translated.
    pub fn label(self) -> Term {
        match self {
            Horizon::Days30 => Term::Days30,
            Horizon::Days60 => Term::Days60,
            Horizon::Days90 => Term::Days90,
        }
    }
}

impl From<Horizon> for u16 {
    fn from(h: Horizon) -> u16 {
        h.days()
    }
}

impl TryFrom<u16> for Horizon {
    type Error = String;

    fn try_from(days: u16) -> Result<Horizon, String> {
        Horizon::from_days(days).ok_or_else(|| format!("horizon must be 30, 60 or 90, not {days}"))
    }
}

/// A validated instrument.
#[derive(Clone, Debug, PartialEq)]
pub struct Instrument {
    pub(crate) id: String,
    pub(crate) version: String,
    pub(crate) locales: Vec<Locale>,
    pub(crate) title: Text,
    pub(crate) description: Text,
    /// Index into `dimensions`.
    pub(crate) headline: Option<usize>,
    pub(crate) dimensions: Vec<Dimension>,
    pub(crate) items: Vec<Item>,
    /// Ascending by `min`; the first has `min` 0.
    pub(crate) bands: Vec<Band>,
    pub(crate) recommendations: Vec<Recommendation>,
}

/// A dimension: a group of items scored together.
#[derive(Clone, Debug, PartialEq)]
pub struct Dimension {
    pub(crate) id: String,
    pub(crate) weight: f64,
    pub(crate) title: Text,
    pub(crate) description: Text,
    /// Indices into the instrument's items, in file order; never empty.
    pub(crate) items: Vec<usize>,
}

/// One statement or question.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub(crate) id: String,
    /// Index into the instrument's dimensions.
    pub(crate) dimension: usize,
    pub(crate) kind: ItemKind,
    pub(crate) reverse: bool,
    pub(crate) weight: f64,
    pub(crate) text: Text,
    pub(crate) help: Option<Text>,
}

/// A maturity band: every score from `min` up to the next band's `min`.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub(crate) id: String,
    pub(crate) min: u8,
    pub(crate) title: Text,
    pub(crate) description: Text,
}

/// Advice for one dimension in one band.
#[derive(Clone, Debug, PartialEq)]
pub struct Recommendation {
    /// Index into the instrument's dimensions.
    pub(crate) dimension: usize,
    /// Index into the instrument's bands.
    pub(crate) band: usize,
    pub(crate) text: Text,
    pub(crate) actions: Vec<Action>,
}

/// A step that pre-fills the action plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    pub(crate) id: String,
    pub(crate) horizon: Horizon,
    pub(crate) text: Text,
}

/// Names a built-in action across languages and sessions: the plan stores
/// this key, and the text is looked up in the UI's language when shown.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ActionKey {
    pub instrument: String,
    pub action: String,
    pub horizon: Horizon,
}

/// Names the recommendation chosen for a dimension.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RecommendationKey {
    pub dimension: String,
    /// The band the recommendation is written for (not always the band the
    /// dimension scored in; see [`Instrument::recommendation_for`]).
    pub band: String,
}

impl Instrument {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn version(&self) -> &str {
        &self.version
    }

    /// The declared locales; every text exists in each of them.
    pub fn locales(&self) -> &[Locale] {
        &self.locales
    }

    pub fn title(&self, locale: Locale) -> &str {
        self.title.get(locale)
    }

    pub fn description(&self, locale: Locale) -> &str {
        self.description.get(locale)
    }

    pub fn title_text(&self) -> &Text {
        &self.title
    }

    pub fn description_text(&self) -> &Text {
        &self.description
    }

    /// The dimension shown prominently on its own, if the file names one.
    pub fn headline(&self) -> Option<&Dimension> {
        self.headline.and_then(|i| self.dimensions.get(i))
    }

    /// Dimensions in file order.
    pub fn dimensions(&self) -> &[Dimension] {
        &self.dimensions
    }

    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// Items in file order.
    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }

    /// The items of a dimension, in file order.
    pub fn items_of<'a>(&'a self, dimension: &'a Dimension) -> impl Iterator<Item = &'a Item> + 'a {
        dimension.items.iter().filter_map(|&i| self.items.get(i))
    }

    /// The dimension an item belongs to.
    pub fn dimension_of(&self, item: &Item) -> Option<&Dimension> {
        self.dimensions.get(item.dimension)
    }

    /// Bands in ascending order of `min`.
    pub fn bands(&self) -> &[Band] {
        &self.bands
    }

    pub fn band(&self, id: &str) -> Option<&Band> {
        self.bands.iter().find(|b| b.id == id)
    }

    /// The band a (rounded) score falls in: the one with the greatest
    /// `min` not above the score.
    pub fn band_of(&self, score: u8) -> Option<&Band> {
        self.bands.iter().rev().find(|b| b.min <= score)
    }

    pub fn recommendations(&self) -> &[Recommendation] {
        &self.recommendations
    }

    /// The recommendation written for exactly this dimension and band.
    pub fn recommendation(&self, dimension: &str, band: &str) -> Option<&Recommendation> {
        self.recommendations.iter().find(|r| {
            self.dimensions
                .get(r.dimension)
                .is_some_and(|d| d.id == dimension)
                && self.bands.get(r.band).is_some_and(|b| b.id == band)
        })
    }

    /// The recommendation for a dimension that scored in `band`: the one for
    /// that band; else the one for the nearest lower band that has one; else
    /// the nearest higher one.
    pub fn recommendation_for(&self, dimension: &str, band: &str) -> Option<&Recommendation> {
        let d = self.dimensions.iter().position(|d| d.id == dimension)?;
        let b = self.bands.iter().position(|x| x.id == band)?;
        let for_band = |band: usize| {
            self.recommendations
                .iter()
                .find(|r| r.dimension == d && r.band == band)
        };
        (0..=b)
            .rev()
            .find_map(for_band)
            .or_else(|| (b + 1..self.bands.len()).find_map(for_band))
    }

    /// The key that names a recommendation.
    pub fn recommendation_key(&self, recommendation: &Recommendation) -> Option<RecommendationKey> {
        Some(RecommendationKey {
            dimension: self.dimensions.get(recommendation.dimension)?.id.clone(),
            band: self.bands.get(recommendation.band)?.id.clone(),
        })
    }

    /// The action a plan key names, if it belongs to this instrument and
    /// still exists with that horizon.
    pub fn action(&self, key: &ActionKey) -> Option<&Action> {
        if key.instrument != self.id {
            return None;
        }
        self.recommendations
            .iter()
            .flat_map(|r| r.actions.iter())
            .find(|a| a.id == key.action && a.horizon == key.horizon)
    }

    /// The key that names one of this instrument's actions.
    pub fn action_key(&self, action: &Action) -> ActionKey {
        ActionKey {
            instrument: self.id.clone(),
            action: action.id.clone(),
            horizon: action.horizon,
        }
    }

    /// Every text of the instrument with a label naming where it is, for
    /// checks such as "everything is translated".
    pub fn texts(&self) -> Vec<(String, &Text)> {
        let mut out = vec![
            ("title".to_owned(), &self.title),
            ("description".to_owned(), &self.description),
        ];
        for d in &self.dimensions {
            out.push((format!("dimension {} title", d.id), &d.title));
            out.push((format!("dimension {} description", d.id), &d.description));
        }
        for i in &self.items {
            out.push((format!("item {} text", i.id), &i.text));
            if let Some(help) = &i.help {
                out.push((format!("item {} help", i.id), help));
            }
        }
        for b in &self.bands {
            out.push((format!("band {} title", b.id), &b.title));
            out.push((format!("band {} description", b.id), &b.description));
        }
        for r in &self.recommendations {
            let d = self
                .dimensions
                .get(r.dimension)
                .map_or("?", |d| d.id.as_str());
            let b = self.bands.get(r.band).map_or("?", |b| b.id.as_str());
            out.push((format!("recommendation {d}/{b} text"), &r.text));
            for a in &r.actions {
                out.push((format!("action {} text", a.id), &a.text));
            }
        }
        out
    }
}

impl Dimension {
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Weight in the overall index (> 0).
    pub fn weight(&self) -> f64 {
        self.weight
    }

    pub fn title(&self, locale: Locale) -> &str {
        self.title.get(locale)
    }

    pub fn description(&self, locale: Locale) -> &str {
        self.description.get(locale)
    }

    /// How many items belong to the dimension (at least one).
    pub fn item_count(&self) -> usize {
        self.items.len()
    }
}

impl Item {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn kind(&self) -> ItemKind {
        self.kind
    }

    /// Whether agreement means a worse state.
    pub fn reverse(&self) -> bool {
        self.reverse
    }

    /// Weight within its dimension (> 0).
    pub fn weight(&self) -> f64 {
        self.weight
    }

    pub fn text(&self, locale: Locale) -> &str {
        self.text.get(locale)
    }

    pub fn help(&self, locale: Locale) -> Option<&str> {
        self.help.as_ref().map(|h| h.get(locale))
    }
}

impl Band {
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The lowest score in the band.
    pub fn min(&self) -> u8 {
        self.min
    }

    pub fn title(&self, locale: Locale) -> &str {
        self.title.get(locale)
    }

    pub fn description(&self, locale: Locale) -> &str {
        self.description.get(locale)
    }
}

impl Recommendation {
    pub fn text(&self, locale: Locale) -> &str {
        self.text.get(locale)
    }

    /// Actions in file order.
    pub fn actions(&self) -> &[Action] {
        &self.actions
    }
}

impl Action {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn horizon(&self) -> Horizon {
        self.horizon
    }

    pub fn text(&self, locale: Locale) -> &str {
        self.text.get(locale)
    }
}
