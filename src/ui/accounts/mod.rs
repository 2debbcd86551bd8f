//! The key-account selection workbench (`#/accounts`): the shortlist with
//! its capacity and reasons, the weights, the portfolio chart, the ABC–XYZ
//! matrix and the accounts table. Everything shown is derived on render from
//! the pure `analyse`.

mod pareto;
mod portfolio;
mod settings;
mod table;

use std::rc::Rc;

use kilit_core::accounts::workbench::{currency_label, EXAMPLE_SIZES, CURRENCIES};
use kilit_core::accounts::{
    analyse, Analysis, Capacity, Checklist, Entry, Group, Override, Portfolio, Settings, WorkbenchMsg as W,
};
use kilit_core::i18n::{fill, Locale, Msg};
use yew::prelude::*;

use crate::platform::intl;
use crate::ui::import::{ImportButton, ImportFlow, ImportNotice};
use crate::state::{AccountsAction, Action, AppHandle, AppState};

/// What every part of the page gets: the state, the analysis and a way to act.
pub(crate) struct Ctx<'a> {
    pub app: &'a AppState,
    pub analysis: &'a Analysis,
    pub locale: Locale,
    pub act: Callback<AccountsAction>,
    /// Asks for focus on an element id after the next render.
    pub focus_after: Callback<String>,
}

impl Ctx<'_> {
    fn portfolio(&self) -> &Portfolio {
        &self.app.accounts.portfolio
    }
    fn settings(&self) -> &Settings {
        &self.app.accounts.settings
    }
    fn checklist(&self) -> &Checklist {
        &self.app.checklist
    }
    fn name(&self, index: usize) -> &str {
        self.portfolio().accounts.get(index).map_or("", |a| a.name.as_str())
    }
    fn num(&self, v: usize) -> String {
        intl::number(self.locale, v as f64, 0)
    }
}

/// What the chart and the Pareto curve read: no state, no callbacks, so
/// they can be components that skip rendering when these did not change.
pub(crate) struct View<'a> {
    pub analysis: &'a Analysis,
    pub portfolio: &'a Portfolio,
    pub locale: Locale,
}

impl View<'_> {
    fn name(&self, index: usize) -> &str {
        self.portfolio.accounts.get(index).map_or("", |a| a.name.as_str())
    }
}

#[derive(Properties)]
struct ChartProps {
    analysis: Rc<Analysis>,
    portfolio: Rc<Portfolio>,
    locale: Locale,
}

/// The bubble chart changes with the analysis (scores) or the names.
impl PartialEq for ChartProps {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.analysis, &o.analysis) && Rc::ptr_eq(&self.portfolio, &o.portfolio) && self.locale == o.locale
    }
}

#[component]
fn PortfolioChart(p: &ChartProps) -> Html {
    portfolio::view(&View { analysis: &p.analysis, portfolio: &p.portfolio, locale: p.locale })
}

#[derive(Properties)]
struct ParetoProps {
    analysis: Rc<Analysis>,
    portfolio: Rc<Portfolio>,
    locale: Locale,
}

/// The Pareto curve depends on the amounts and the ABC settings only, not
/// on weights: a weight change does not redraw it.
impl PartialEq for ParetoProps {
    fn eq(&self, o: &Self) -> bool {
        let key = |a: &Analysis| {
            let u = &a.settings_used;
            (u.abc_basis, u.abc_a.to_bits(), u.abc_b.to_bits())
        };
        Rc::ptr_eq(&self.portfolio, &o.portfolio) && self.locale == o.locale && key(&self.analysis) == key(&o.analysis)
    }
}

#[component]
fn ParetoChart(p: &ParetoProps) -> Html {
    pareto::view(&View { analysis: &p.analysis, portfolio: &p.portfolio, locale: p.locale })
}

/// The analysis is recomputed only when the portfolio (by pointer: it is
/// shared until edited) or the settings change, not on a page turn.
#[derive(PartialEq)]
struct Inputs(PortfolioRef, Settings);

struct PortfolioRef(Rc<Portfolio>);

impl PartialEq for PortfolioRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[component]
pub fn Accounts() -> Html {
    let Some(app) = use_context::<AppHandle>() else { return html! {} };
    if app.import.step != crate::state::import::Step::Idle {
        return html! { <ImportFlow /> };
    }
    let act = {
        let dispatcher = app.dispatcher();
        Callback::from(move |a: AccountsAction| dispatcher.dispatch(Action::Accounts(a)))
    };
    let l = app.locale;
    // A pin, exclusion or undo moves the account to another list, which
    // replaces its controls; keyboard focus follows it to the new ones.
    let pending_focus = use_mut_ref(|| None::<String>);
    {
        let pending = pending_focus.clone();
        use_effect(move || {
            if let Some(id) = pending.borrow_mut().take() {
                crate::platform::focus(&id);
            }
        });
    }
    let focus_after = use_callback(pending_focus, |id: String, pending| {
        *pending.borrow_mut() = Some(id);
    });
    let analysis = use_memo(
        Inputs(PortfolioRef(app.accounts.portfolio.clone()), app.accounts.settings.clone()),
        |Inputs(p, s)| analyse(&p.0, &app.checklist, s),
    );
    // The button moves from the empty page to the toolbar; focus follows it.
    let load = {
        let focus = focus_after.clone();
        act.reform(move |_: MouseEvent| {
            focus.emit("load-example".to_string());
            AccountsAction::LoadExample
        })
    };
    let example = example_controls(&app, l, &act, load);
    let currency = currency_select(&app, l, &act);
    let date = {
        let raw = app.accounts.date_raw.clone();
        let error = kilit_core::date::Date::parse_iso(raw.trim()).err().map(|e| e.message(l));
        let oninput = act.reform(|e: InputEvent| {
            let e: Event = e.into();
            AccountsAction::SetAnalysisDate(crate::ui::event_value(&e))
        });
        html! {
            <div class="field analysis-date">
                <label for="analysis-date">{ Msg::AnalysisDate.text(l) }</label>
                <input id="analysis-date" type="text" inputmode="numeric" value={raw} {oninput}
                       aria-invalid={error.is_some().then_some("true")}
                       aria-describedby="analysis-date-hint analysis-date-error" />
                <p id="analysis-date-hint" class="muted">{ Msg::AnalysisDateHint.text(l) }</p>
                <p id="analysis-date-error" class="field-error">{ error.unwrap_or_default() }</p>
            </div>
        }
    };
    if app.accounts.portfolio.accounts.is_empty() {
        return html! {
            <section class="accounts page narrow" aria-labelledby="page-title">
                <h1 id="page-title" tabindex="-1">{ Msg::NavAccounts.text(l) }</h1>
                <p class="lead">{ Msg::AccountsIntro.text(l) }</p>
                <ImportNotice />
                <div class="empty-state">
                    <div class="empty-actions">
                        <ImportButton primary=true />
                        { example }
                    </div>
                    <p class="muted">{ Msg::ExampleNote.text(l) }</p>
                </div>
                <div class="toolbar">
                    { date }
                    { currency }
                    { add_button(l, &act) }
                </div>
            </section>
        };
    }
    let ctx = Ctx { app: &app, analysis: &analysis, locale: l, act: act.clone(), focus_after };
    html! {
        <section class="accounts" aria-labelledby="page-title">
            <h1 id="page-title" tabindex="-1">{ Msg::NavAccounts.text(l) }</h1>
            <p class="lead">{ Msg::AccountsIntro.text(l) }</p>
            <div class="toolbar">
                { date }
                <ImportButton />
                { currency }
                { example }
            </div>
            <ImportNotice />
            { problems(&ctx) }
            <div class="workbench">
                { shortlist(&ctx) }
                <div class="side">
                    { weights(&ctx) }
                    { settings::view(&ctx) }
                </div>
            </div>
            <div class="chart-grid">
                <PortfolioChart analysis={analysis.clone()} portfolio={app.accounts.portfolio.clone()} locale={l} />
                { table::matrix(&ctx) }
            </div>
            <div class="chart-grid">
                <ParetoChart analysis={analysis.clone()} portfolio={app.accounts.portfolio.clone()} locale={l} />
            </div>
            { table::view(&ctx) }
        </section>
    }
}

/// The example portfolio's size and the button that loads it.
fn example_controls(app: &AppState, l: Locale, act: &Callback<AccountsAction>, load: Callback<MouseEvent>) -> Html {
    let size = app.accounts.example_size;
    let empty = app.accounts.portfolio.accounts.is_empty();
    let onchange = act.reform(|e: Event| {
        AccountsAction::SetExampleSize(crate::ui::event_value(&e).parse().unwrap_or(25))
    });
    html! {
        <div class="example-controls">
            <div class="field">
                <label for="example-size">{ W::ExampleSize.text(l) }</label>
                <select id="example-size" {onchange}>
                    for n in EXAMPLE_SIZES {
                        <option value={n.to_string()} selected={n == size}>{
                            if n <= 25 { W::ExampleSmall.text(l).to_string() }
                            else { fill(W::ExampleGenerated.text(l), &[("n", &intl::number(l, n as f64, 0))]) }
                        }</option>
                    }
                </select>
            </div>
            <button type="button" class={classes!("button", empty.then_some("primary"))} id="load-example" onclick={load}>
                { Msg::LoadExample.text(l) }
            </button>
        </div>
    }
}

fn add_button(l: Locale, act: &Callback<AccountsAction>) -> Html {
    let add = act.reform(|_: MouseEvent| AccountsAction::AddAccount);
    html! { <button type="button" class="button" id="add-account" onclick={add}>{ W::AddAccount.text(l) }</button> }
}

/// The workspace currency: it labels amounts, nothing is converted.
fn currency_select(app: &AppState, l: Locale, act: &Callback<AccountsAction>) -> Html {
    let current = app.accounts.portfolio.currency.clone();
    let known = CURRENCIES.iter().any(|(c, _)| *c == current);
    let onchange = act.reform(|e: Event| AccountsAction::SetCurrency(crate::ui::event_value(&e)));
    html! {
        <div class="field currency">
            <label for="currency">{ W::Currency.text(l) }</label>
            <select id="currency" aria-describedby="currency-hint" {onchange}>
                for (code, _) in CURRENCIES {
                    <option value={code} selected={current == code}>{
                        if code.is_empty() { W::NoCurrency.text(l).to_string() } else { currency_label(code) }
                    }</option>
                }
                if !known {
                    <option value={current.clone()} selected=true>{ current.clone() }</option>
                }
            </select>
            <p id="currency-hint" class="muted">{ W::CurrencyHint.text(l) }</p>
        </div>
    }
}

/// Problems of the settings (all weights zero…), in the core's words.
fn problems(ctx: &Ctx) -> Html {
    let l = ctx.locale;
    let list: Vec<String> = ctx
        .analysis
        .problems
        .iter()
        .filter(|p| !matches!(p, kilit_core::accounts::AnalysisProblem::NoAccounts))
        .map(|p| p.message(l))
        .collect();
    html! {
        <div role="status" id="analysis-problems">
            if !list.is_empty() {
                <div class="notice error">
                    <ul>
                        for m in list { <li>{ m }</li> }
                    </ul>
                </div>
            }
        </div>
    }
}

fn shortlist(ctx: &Ctx) -> Html {
    let l = ctx.locale;
    let list = &ctx.analysis.shortlist;
    html! {
        <section class="shortlist" aria-labelledby="shortlist-title">
            <h2 id="shortlist-title">{ Msg::ShortlistTitle.text(l) }</h2>
            { capacity(ctx) }
            <ul class="guidance" id="guidance">
                for g in list.guidance.iter() { <li>{ g.message(l) }</li> }
            </ul>
            if list.entries.is_empty() {
                <p class="notice">{ Msg::ShortlistEmpty.text(l) }</p>
            } else {
                <ol class="entries" id="shortlist">
                    for e in list.entries.iter() { { entry(ctx, e) } }
                </ol>
            }
            if !list.near_misses.is_empty() {
                <h3>{ Msg::NearMissesTitle.text(l) }</h3>
                <ol class="entries near" id="near-misses">
                    for e in list.near_misses.iter() { { entry(ctx, e) } }
                </ol>
            }
            if !list.excluded.is_empty() {
                <h3>{ Msg::ExcludedTitle.text(l) }</h3>
                <ul class="entries excluded" id="excluded">
                    for e in list.excluded.iter() { { entry(ctx, e) } }
                </ul>
            }
        </section>
    }
}

fn entry(ctx: &Ctx, e: &Entry) -> Html {
    let l = ctx.locale;
    let index = e.index as usize;
    let name = ctx.name(index).to_string();
    let result = ctx.analysis.accounts.get(index);
    let status = result.map(|r| r.status.label(l)).unwrap_or_default();
    let score = result.and_then(|r| r.selection).map(|s| intl::number(l, s, 1));
    let used = &ctx.analysis.settings_used;
    html! {
        <li class="entry" key={e.id.0.to_string()} data-account={e.id.0.to_string()}>
            <p class="entry-head"><strong class="entry-name">{ name.clone() }</strong>
                { " " }<span class="badge">{ status }</span>
                if let Some(score) = score { { " " }<span class="entry-score">{ fill(W::ScoreShort.text(l), &[("score", &score)]) }</span> }</p>
            // The first two reasons show; the rest are one click away, so a
            // card stays a few lines tall.
            <ul class="reasons">
                for r in e.reasons.iter().take(2) { <li>{ r.message(l, ctx.checklist(), used) }</li> }
            </ul>
            if e.reasons.len() > 2 {
                <details class="more-reasons">
                    <summary>{ fill(W::MoreReasons.text(l), &[("n", &ctx.num(e.reasons.len() - 2))]) }</summary>
                    <ul class="reasons">
                        for r in e.reasons.iter().skip(2) { <li>{ r.message(l, ctx.checklist(), used) }</li> }
                    </ul>
                </details>
            }
            <Decide id={e.id.0} name={AttrValue::from(name)} locale={l}
                    decision={ctx.settings().override_of(e.id).clone()} act={ctx.act.clone()}
                    focus_after={ctx.focus_after.clone()} />
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct DecideProps {
    id: u32,
    name: AttrValue,
    locale: Locale,
    decision: Override,
    act: Callback<AccountsAction>,
    /// Asks for focus on an element id after the next render.
    focus_after: Callback<String>,
}

/// Pin or exclude an account with a reason, or undo that decision.
#[component]
fn Decide(props: &DecideProps) -> Html {
    let reason = use_state(String::new);
    let l = props.locale;
    let id = kilit_core::accounts::AccountId(props.id);
    // After a decision focus goes to its undo button; after an undo, to the
    // reason field: the account's first control in the list it moved to.
    let undo_id = format!("decision-{}", props.id);
    let input_id = format!("reason-{}", props.id);
    let then_focus = {
        let (focus_after, undo_id) = (props.focus_after.clone(), undo_id.clone());
        move || focus_after.emit(undo_id.clone())
    };
    if props.decision != Override::None {
        let clear = {
            let (focus_after, input_id) = (props.focus_after.clone(), input_id.clone());
            props.act.reform(move |_: MouseEvent| {
                focus_after.emit(input_id.clone());
                AccountsAction::ClearOverride(id)
            })
        };
        return html! {
            <div class="decide">
                <button type="button" id={undo_id} class="button small clear-decision" onclick={clear}>{ Msg::ClearDecision.text(l) }</button>
            </div>
        };
    }
    let oninput = {
        let reason = reason.clone();
        Callback::from(move |e: InputEvent| {
            let e: Event = e.into();
            reason.set(crate::ui::event_value(&e));
        })
    };
    let pin = {
        let (reason, then_focus) = (reason.clone(), then_focus.clone());
        props.act.reform(move |_: MouseEvent| {
            then_focus();
            AccountsAction::Pin { id, reason: (*reason).clone() }
        })
    };
    let exclude = {
        let reason = reason.clone();
        props.act.reform(move |_: MouseEvent| {
            then_focus();
            AccountsAction::Exclude { id, reason: (*reason).clone() }
        })
    };
    html! {
        <div class="decide">
            <label for={input_id.clone()}>{ fill(Msg::ReasonFor.text(l), &[("name", props.name.as_str())]) }</label>
            <div class="decide-row">
                <input type="text" id={input_id} value={(*reason).clone()} {oninput} />
                <button type="button" class="button small pin" onclick={pin}>{ Msg::Pin.text(l) }</button>
                <button type="button" class="button small exclude" onclick={exclude}>{ Msg::Exclude.text(l) }</button>
            </div>
        </div>
    }
}

fn capacity(ctx: &Ctx) -> Html {
    let l = ctx.locale;
    let cap = ctx.settings().capacity;
    let act = &ctx.act;
    let by_managers = matches!(cap, Capacity::Managers { .. });
    let to_managers = act.reform(move |_: Event| match cap {
        Capacity::Fixed { max } => AccountsAction::SetCapacity(Capacity::Managers { managers: 1, accounts_each: max }),
        c => AccountsAction::SetCapacity(c),
    });
    let to_fixed = act.reform(move |_: Event| AccountsAction::SetCapacity(Capacity::Fixed { max: cap.places() }));
    let number = |id: &'static str, label: Msg, value: u32, make: fn(Capacity, u32) -> Capacity| {
        let onchange = {
            let act = act.clone();
            Callback::from(move |e: Event| {
                if let Ok(v) = crate::ui::event_value(&e).trim().parse::<u32>() {
                    act.emit(AccountsAction::SetCapacity(make(cap, v)));
                }
            })
        };
        html! {
            <div class="field inline">
                <label for={id}>{ label.text(l) }</label>
                <input type="number" id={id} min="0" max="999" step="1" value={value.to_string()} {onchange} />
            </div>
        }
    };
    let fields = match cap {
        Capacity::Managers { managers, accounts_each } => html! {
            <>
                { number("kam-managers", Msg::Managers, managers, |c, v| match c {
                    Capacity::Managers { accounts_each, .. } => Capacity::Managers { managers: v, accounts_each },
                    _ => c,
                }) }
                { number("kam-each", Msg::AccountsEach, accounts_each, |c, v| match c {
                    Capacity::Managers { managers, .. } => Capacity::Managers { managers, accounts_each: v },
                    _ => c,
                }) }
            </>
        },
        Capacity::Fixed { max } => number("kam-max", Msg::MaxAccounts, max, |_, v| Capacity::Fixed { max: v }),
    };
    html! {
        <fieldset class="capacity">
            <legend>{ Msg::CapacityTitle.text(l) }</legend>
            <div class="radio-row" role="radiogroup" aria-label={Msg::CapacityMode.text(l)}>
                <label><input type="radio" name="capacity-mode" id="capacity-managers" checked={by_managers} onchange={to_managers} />
                    { Msg::CapacityByManagers.text(l) }</label>
                <label><input type="radio" name="capacity-mode" id="capacity-fixed" checked={!by_managers} onchange={to_fixed} />
                    { Msg::CapacityFixed.text(l) }</label>
            </div>
            <div class="capacity-fields">{ fields }</div>
            <p class="places" id="places">{ fill(Msg::Places.text(l), &[("n", &ctx.num(cap.places() as usize))]) }</p>
        </fieldset>
    }
}

fn weights(ctx: &Ctx) -> Html {
    let l = ctx.locale;
    let checklist = ctx.checklist();
    let settings = ctx.settings();
    let current = settings.matching_preset(checklist);
    let on_preset = ctx.act.reform(|e: Event| AccountsAction::ApplyPreset(crate::ui::event_value(&e)));
    let weight_input = |c: &kilit_core::accounts::Criterion| {
        let id = format!("w-{}", c.id);
        let help = format!("w-{}-help", c.id);
        let criterion = c.id.clone();
        let act = ctx.act.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let e: Event = e.into();
            // A half-typed number is not a weight yet; the browser reports it as blank.
            if let Some(weight) = crate::ui::event_value(&e).trim().parse::<f64>().ok().filter(|w| w.is_finite()) {
                act.emit(AccountsAction::SetWeight { criterion: criterion.clone(), weight });
            }
        });
        let value = settings.weight(checklist, &c.id);
        html! {
            <div class="weight" key={c.id.clone()}>
                <label for={id.clone()}>{ c.title.get(l) }</label>
                <input type="number" id={id} min="0" max="10" step="0.5" value={value.to_string()}
                       aria-describedby={help.clone()} {oninput} />
                <p id={help} class="muted">{ c.explanation.get(l) }</p>
            </div>
        }
    };
    html! {
        <section class="weights" aria-labelledby="weights-title">
            <h2 id="weights-title">{ Msg::WeightsTitle.text(l) }</h2>
            <p class="muted">{ Msg::WeightsHint.text(l) }</p>
            <div class="field">
                <label for="preset">{ Msg::Preset.text(l) }</label>
                <select id="preset" onchange={on_preset}>
                    for p in checklist.presets.iter() {
                        <option value={p.id.clone()} selected={current == Some(p.id.as_str())}>{ p.title.get(l) }</option>
                    }
                    if current.is_none() {
                        <option value="" selected=true disabled=true>{ Msg::PresetCustom.text(l) }</option>
                    }
                </select>
            </div>
            for g in Group::ALL {
                <fieldset class="weight-group" key={g.code()}>
                    <legend>{ g.label(l) }</legend>
                    for c in checklist.criteria.iter().filter(|c| c.group == g) { { weight_input(c) } }
                </fieldset>
            }
        </section>
    }
}
