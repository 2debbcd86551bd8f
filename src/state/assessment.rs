//! The self-assessment part of the state: which instrument, the answers and
//! step per instrument, and the action plans.

use std::collections::BTreeMap;

use kilit_core::assessment::{
    builtin_sources, load, score, ActionKey, ActionPlan, Answer, Answers, Instrument, Problem,
    RowFields,
};

/// Where the instruments are: not asked for yet, on their way, here, or
/// failed to arrive (the user can retry).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CatalogStatus {
    #[default]
    NotLoaded,
    Loading,
    Ready,
    Failed,
}

/// An instrument on offer, loaded, or the problems that keep it out.
#[derive(Clone, Debug, PartialEq)]
pub struct CatalogEntry {
    pub id: String,
    pub loaded: Result<Instrument, Vec<Problem>>,
}

/// The instruments on offer, in the order they are listed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    pub status: CatalogStatus,
    pub entries: Vec<CatalogEntry>,
}

impl Catalog {
    /// A catalog of the given `(id, JSON source)` pairs, each validated.
    pub fn from_sources<'a>(sources: impl IntoIterator<Item = (&'a str, &'a str)>) -> Catalog {
        Catalog {
            status: CatalogStatus::Ready,
            entries: sources
                .into_iter()
                .map(|(id, json)| CatalogEntry { id: id.to_string(), loaded: load(json) })
                .collect(),
        }
    }

    /// The built-in instruments compiled into the binary. The app fetches
    /// them instead (see `BUILTIN_IDS`); tests use this.
    pub fn builtin() -> Catalog {
        Catalog::from_sources(builtin_sources())
    }

    pub fn with_status(status: CatalogStatus) -> Catalog {
        Catalog { status, entries: Vec::new() }
    }

    /// A usable instrument by id.
    pub fn get(&self, id: &str) -> Option<&Instrument> {
        self.entries.iter().find(|e| e.id == id).and_then(|e| e.loaded.as_ref().ok())
    }

    pub fn entry(&self, id: &str) -> Option<&CatalogEntry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

/// A shared catalog compared by identity, for component props: the catalog
/// never changes in place, so the same `Rc` means the same instruments.
#[derive(Clone, Debug)]
pub struct CatalogRef(pub std::rc::Rc<Catalog>);

impl PartialEq for CatalogRef {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Answers, steps and plans, kept per instrument so switching between
/// instruments (or languages) loses nothing.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AssessmentState {
    /// The instrument being shown.
    pub current: String,
    pub answers: BTreeMap<String, Answers>,
    /// The step (dimension index) each instrument is on.
    pub steps: BTreeMap<String, usize>,
    /// Plans, created on the first answer and refreshed on every answer.
    pub plans: BTreeMap<String, ActionPlan>,
}

/// What can happen in the assessment.
#[derive(Clone, Debug, PartialEq)]
pub enum AssessmentAction {
    SelectInstrument(String),
    /// Sets (or with `None` clears) the answer to one item of the current instrument.
    Answer { item: String, answer: Option<Answer> },
    GoToStep(usize),
    PlanEdit { index: usize, fields: RowFields },
    PlanAdd(RowFields),
    PlanRemove(usize),
    PlanRestore,
}

impl AssessmentState {
    pub fn new(catalog: &Catalog) -> Self {
        let mut state = AssessmentState::default();
        state.adopt(catalog);
        state
    }

    /// Picks the first usable instrument when none is chosen (or the chosen
    /// one is not in `catalog`).
    pub fn adopt(&mut self, catalog: &Catalog) {
        if catalog.entry(&self.current).is_none() {
            self.current = catalog
                .entries
                .iter()
                .find(|e| e.loaded.is_ok())
                .or(catalog.entries.first())
                .map(|e| e.id.clone())
                .unwrap_or_default();
        }
    }

    /// The answers to the current instrument (none yet: an empty set).
    pub fn answers(&self) -> &Answers {
        static NONE: Answers = Answers::new();
        self.answers.get(&self.current).unwrap_or(&NONE)
    }

    pub fn step(&self) -> usize {
        self.steps.get(&self.current).copied().unwrap_or(0)
    }

    /// The current plan: the stored one, or `suggested` (the current
    /// results' suggested actions) when the user has not started one.
    pub fn plan(&self, suggested: &[ActionKey]) -> ActionPlan {
        match self.plans.get(&self.current) {
            Some(plan) => plan.clone(),
            None => ActionPlan::suggested(suggested),
        }
    }

    fn suggestions(&self, instrument: &Instrument) -> Vec<ActionKey> {
        score(instrument, self.answers()).suggested_actions
    }

    /// The state after `action`, or `None` when nothing changes.
    pub fn apply(&self, catalog: &Catalog, action: AssessmentAction) -> Option<AssessmentState> {
        let mut next = self.clone();
        match action {
            AssessmentAction::SelectInstrument(id) => {
                if id == self.current || catalog.entry(&id).is_none() {
                    return None;
                }
                next.current = id;
            }
            AssessmentAction::GoToStep(step) => {
                let count = catalog.get(&self.current)?.dimensions().len();
                if step >= count || step == self.step() {
                    return None;
                }
                next.steps.insert(self.current.clone(), step);
            }
            AssessmentAction::Answer { item, answer } => {
                let instrument = catalog.get(&self.current)?;
                instrument.item(&item)?;
                let answers = next.answers.entry(self.current.clone()).or_default();
                let changed = match answer {
                    Some(a) => answers.insert(item, a) != Some(a),
                    None => answers.remove(&item).is_some(),
                };
                if !changed {
                    return None;
                }
                let suggested = score(instrument, answers).suggested_actions;
                next.plans.entry(self.current.clone()).or_default().refresh(&suggested);
            }
            AssessmentAction::PlanEdit { index, fields } => {
                let mut plan = self.plan(&self.suggestions(catalog.get(&self.current)?));
                if !plan.edit(index, fields) {
                    return None;
                }
                next.plans.insert(self.current.clone(), plan);
            }
            AssessmentAction::PlanAdd(fields) => {
                let mut plan = self.plan(&self.suggestions(catalog.get(&self.current)?));
                plan.add(fields);
                next.plans.insert(self.current.clone(), plan);
            }
            AssessmentAction::PlanRemove(index) => {
                let mut plan = self.plan(&self.suggestions(catalog.get(&self.current)?));
                if !plan.remove(index) {
                    return None;
                }
                next.plans.insert(self.current.clone(), plan);
            }
            AssessmentAction::PlanRestore => {
                let suggested = self.suggestions(catalog.get(&self.current)?);
                let mut plan = self.plan(&suggested);
                plan.restore_suggestions(&suggested);
                next.plans.insert(self.current.clone(), plan);
            }
        }
        Some(next)
    }
}
