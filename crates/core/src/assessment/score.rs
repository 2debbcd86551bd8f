//! Scoring answers against an instrument. The rules are documented in
//! `docs/scoring.md`; keep the two in step.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::{ActionKey, Instrument, RecommendationKey};

/// One answer to one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// A value on the item's scale. A value outside the scale counts as
    /// unanswered.
    Value(u8),
    /// "Not applicable / don't know": answered, but left out of the score.
    NotApplicable,
}

/// Answers keyed by item id. Ids the instrument does not have are ignored.
pub type Answers = BTreeMap<String, Answer>;

/// How many strongest and weakest dimensions are reported.
pub const RANKED: usize = 3;

/// Everything computed from one set of answers. Scores are already rounded;
/// the UI only formats them.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// One entry per dimension, in the instrument's order.
    pub dimensions: Vec<DimensionResult>,
    /// The weighted mean of the scored dimensions; `None` when none is scored.
    pub overall: Option<Scored>,
    /// The id of the dimension shown on its own, if the instrument names one.
    pub headline: Option<String>,
    /// Items answered (a value on the scale, or not applicable).
    pub answered: usize,
    pub total: usize,
    /// `answered * 100 / total`, rounded down: 100 only when all are answered.
    pub completion: u8,
    /// Up to three scored dimensions, highest first (ties: id ascending),
    /// none of them also among `weakest`.
    pub strongest: Vec<String>,
    /// Up to three scored dimensions, lowest first (ties: id ascending).
    pub weakest: Vec<String>,
    /// The recommendation for each of `weakest`, in the same order.
    pub recommendations: Vec<RecommendationKey>,
    /// The actions of those recommendations: by horizon, then in the order
    /// of `weakest`, then in file order.
    pub suggested_actions: Vec<ActionKey>,
}

/// A rounded score with the band it falls in.
#[derive(Clone, Debug, PartialEq)]
pub struct Scored {
    /// 0..=100.
    pub score: u8,
    /// The id of the band of `score`.
    pub band: String,
}

/// Whether a dimension has a score.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    Scored(Scored),
    /// Fewer than half of the items have a value (N/A does not count).
    NotEnoughAnswers,
}

/// The result for one dimension.
#[derive(Clone, Debug, PartialEq)]
pub struct DimensionResult {
    pub id: String,
    pub status: Status,
    /// Items answered with a value on their scale.
    pub scored_items: usize,
    /// Items answered "not applicable / don't know".
    pub na_items: usize,
    pub total_items: usize,
    /// The unrounded score (0.0..=100.0), used for the overall index.
    exact: Option<f64>,
}

impl DimensionResult {
    /// The rounded score, if the dimension is scored.
    pub fn score(&self) -> Option<u8> {
        match &self.status {
            Status::Scored(s) => Some(s.score),
            Status::NotEnoughAnswers => None,
        }
    }

    /// The band id, if the dimension is scored.
    pub fn band(&self) -> Option<&str> {
        match &self.status {
            Status::Scored(s) => Some(&s.band),
            Status::NotEnoughAnswers => None,
        }
    }

    /// Items not answered at all.
    pub fn unanswered_items(&self) -> usize {
        self.total_items
            .saturating_sub(self.scored_items)
            .saturating_sub(self.na_items)
    }
}

impl Results {
    /// The result of a dimension.
    pub fn dimension(&self, id: &str) -> Option<&DimensionResult> {
        self.dimensions.iter().find(|d| d.id == id)
    }

    /// The result of the headline dimension.
    pub fn headline(&self) -> Option<&DimensionResult> {
        self.headline.as_deref().and_then(|id| self.dimension(id))
    }
}

/// Whether a dimension with `scored` valued items out of `total` gets a
/// score: at least half of its items, and at least one.
pub fn enough_answers(scored: usize, total: usize) -> bool {
    scored > 0 && 2 * scored >= total
}

/// Rounds half away from zero; a value within 1e-9 of a half counts as
/// that half, so binary floating-point error never decides a rounding.
pub fn round_score(x: f64) -> u8 {
    if x.is_nan() {
        return 0;
    }
    let x = x.clamp(0.0, 100.0);
    let floor = x.floor();
    let rounded = if x - floor >= 0.5 - 1e-9 {
        floor + 1.0
    } else {
        floor
    };
    rounded.min(100.0) as u8
}

/// Scores `answers` against `instrument`.
pub fn score(instrument: &Instrument, answers: &Answers) -> Results {
    let band_id = |score: u8| {
        instrument
            .band_of(score)
            .map(|b| b.id().to_owned())
            .unwrap_or_default()
    };

    let mut dimensions = Vec::with_capacity(instrument.dimensions().len());
    for dimension in instrument.dimensions() {
        // Sum of weight × value in twentieths, and sum of weights.
        let (mut sum, mut weights) = (0.0_f64, 0.0_f64);
        let (mut scored, mut na, mut total) = (0, 0, 0);
        for item in instrument.items_of(dimension) {
            total += 1;
            match answers.get(item.id()) {
                Some(Answer::Value(v)) => {
                    if let Some(x) = item.kind().twentieths(*v) {
                        let x = if item.reverse() { 20 - x } else { x };
                        sum += item.weight() * f64::from(x);
                        weights += item.weight();
                        scored += 1;
                    }
                }
                Some(Answer::NotApplicable) => na += 1,
                None => {}
            }
        }
        let exact = (enough_answers(scored, total) && weights > 0.0).then(|| 5.0 * sum / weights);
        let status = match exact {
            Some(x) => {
                let score = round_score(x);
                Status::Scored(Scored {
                    score,
                    band: band_id(score),
                })
            }
            None => Status::NotEnoughAnswers,
        };
        dimensions.push(DimensionResult {
            id: dimension.id().to_owned(),
            status,
            scored_items: scored,
            na_items: na,
            total_items: total,
            exact,
        });
    }

    let (mut sum, mut weights) = (0.0_f64, 0.0_f64);
    for (dimension, result) in instrument.dimensions().iter().zip(&dimensions) {
        if let Some(x) = result.exact {
            sum += dimension.weight() * x;
            weights += dimension.weight();
        }
    }
    let overall = (weights > 0.0).then(|| {
        let score = round_score(sum / weights);
        Scored {
            score,
            band: band_id(score),
        }
    });

    let total: usize = dimensions.iter().map(|d| d.total_items).sum();
    let answered: usize = dimensions.iter().map(|d| d.scored_items + d.na_items).sum();
    let completion = (answered * 100)
        .checked_div(total)
        .map_or(0, |percent| percent.min(100) as u8);

    // Rank the scored dimensions by rounded score, ties by id.
    let mut ranked: Vec<(u8, &str)> = dimensions
        .iter()
        .filter_map(|d| Some((d.score()?, d.id.as_str())))
        .collect();
    ranked.sort();
    let weakest: Vec<String> = ranked
        .iter()
        .take(RANKED)
        .map(|(_, id)| id.to_string())
        .collect();
    let rest = &ranked[weakest.len()..];
    let mut strongest: Vec<(u8, &str)> = rest.to_vec();
    strongest.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let strongest: Vec<String> = strongest
        .into_iter()
        .take(RANKED)
        .map(|(_, id)| id.to_owned())
        .collect();

    let mut recommendations = Vec::new();
    let mut suggested = Vec::new();
    for id in &weakest {
        let Some(band) = dimensions
            .iter()
            .find(|d| &d.id == id)
            .and_then(|d| d.band())
        else {
            continue;
        };
        let Some(rec) = instrument.recommendation_for(id, band) else {
            continue;
        };
        if let Some(key) = instrument.recommendation_key(rec) {
            recommendations.push(key);
        }
        suggested.extend(rec.actions().iter().map(|a| instrument.action_key(a)));
    }
    // A stable sort keeps the weakest-first and file order within a horizon.
    suggested.sort_by_key(|k| k.horizon);

    Results {
        dimensions,
        overall,
        headline: instrument.headline().map(|d| d.id().to_owned()),
        answered,
        total,
        completion,
        strongest,
        weakest,
        recommendations,
        suggested_actions: suggested,
    }
}
