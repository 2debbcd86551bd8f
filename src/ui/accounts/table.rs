//! The accounts table (sortable, filterable, name and revenue editable in
//! place) and the ABC–XYZ matrix whose cells filter it.

use kilit_core::accounts::{Abc, AccountField, AccountResult, KeyAccountKind, Xyz};
use kilit_core::i18n::{fill, Msg};
use yew::prelude::*;

use super::{Ctx};
use crate::platform::intl;
use crate::state::{AccountsAction, SortKey};

const ABC: [Abc; 3] = [Abc::A, Abc::B, Abc::C];
const XYZ: [Xyz; 3] = [Xyz::X, Xyz::Y, Xyz::Z];

fn xyz_letter(x: Xyz) -> &'static str {
    match x {
        Xyz::X => "X",
        Xyz::Y => "Y",
        Xyz::Z => "Z",
        Xyz::NoData => "–",
    }
}

pub(crate) fn matrix(ctx: &Ctx) -> Html {
    let l = ctx.locale;
    let filter = ctx.app.accounts.filter;
    html! {
        <figure class="matrix keep-together">
            <figcaption id="matrix-title">{ Msg::MatrixTitle.text(l) }</figcaption>
            <p class="muted" id="matrix-hint">{ Msg::MatrixHint.text(l) }</p>
            <table class="abc-xyz" id="abc-xyz" aria-labelledby="matrix-title" aria-describedby="matrix-hint">
                <thead>
                    <tr>
                        <td></td>
                        for x in XYZ { <th scope="col">{ x.label(l) }</th> }
                    </tr>
                </thead>
                <tbody>
                    for a in ABC {
                        <tr>
                            <th scope="row">{ Abc::label(Some(a), l) }</th>
                            for x in XYZ {
                                { cell(ctx, a, x, filter == Some((a, x))) }
                            }
                        </tr>
                    }
                </tbody>
            </table>
        </figure>
    }
}

fn cell(ctx: &Ctx, a: Abc, x: Xyz, pressed: bool) -> Html {
    let count = ctx.analysis.abc_xyz[a as usize][x as usize];
    let code = format!("{}{}", a.letter(), xyz_letter(x));
    let onclick = ctx
        .act
        .reform(move |_: MouseEvent| AccountsAction::Filter(if pressed { None } else { Some((a, x)) }));
    html! {
        <td>
            <button type="button" class={classes!("cell", (count == 0).then_some("empty"))} data-cell={code.clone()}
                    aria-pressed={if pressed { "true" } else { "false" }} {onclick}>
                <span class="visually-hidden">{ format!("{code}: ") }</span>{ ctx.num(count as usize) }
            </button>
        </td>
    }
}

/// Rows in the order the user chose: the ranking (unscored last) or names
/// in the reader's alphabet; then only those in the chosen matrix cell.
fn order(ctx: &Ctx) -> Vec<usize> {
    let accounts = &ctx.analysis.accounts;
    let mut rows: Vec<usize> = match ctx.app.accounts.sort {
        SortKey::Score => {
            let mut rows: Vec<usize> = ctx.analysis.ranking.iter().map(|&i| i as usize).collect();
            rows.extend((0..accounts.len()).filter(|i| accounts[*i].rank.is_none()));
            rows
        }
        SortKey::Name => {
            let mut rows: Vec<usize> = (0..accounts.len()).collect();
            rows.sort_by(|&a, &b| {
                intl::compare(ctx.locale, ctx.name(a), ctx.name(b)).then(accounts[a].id.cmp(&accounts[b].id))
            });
            rows
        }
    };
    if let Some((a, x)) = ctx.app.accounts.filter {
        rows.retain(|&i| accounts[i].abc == Some(a) && accounts[i].xyz == x);
    }
    rows
}

pub(crate) fn view(ctx: &Ctx) -> Html {
    let l = ctx.locale;
    let rows = order(ctx);
    let sort = ctx.app.accounts.sort;
    let header = |key: SortKey, label: &str| {
        let active = sort == key;
        let onclick = ctx.act.reform(move |_: MouseEvent| AccountsAction::SortBy(key));
        let id = match key {
            SortKey::Name => "sort-name",
            SortKey::Score => "sort-score",
        };
        html! {
            <th scope="col" aria-sort={if active { if key == SortKey::Name { "ascending" } else { "descending" } } else { "none" }}>
                <button type="button" class="sort" {id} {onclick}
                        title={fill(Msg::SortedBy.text(l), &[("column", label)])}>
                    { label.to_string() }<span aria-hidden="true">{ if active { " ▾" } else { "" } }</span>
                </button>
            </th>
        }
    };
    let currency = &ctx.portfolio().currency;
    let filter = ctx.app.accounts.filter.map(|(a, x)| {
        let code = format!("{}{}", a.letter(), xyz_letter(x));
        let clear = ctx.act.reform(|_: MouseEvent| AccountsAction::Filter(None));
        html! {
            <p class="notice filter-note" id="filter-note">
                { fill(Msg::FilterShowing.text(l), &[("n", &ctx.num(rows.len())), ("cell", &code)]) }
                { " " }
                <button type="button" class="button small" id="show-all" onclick={clear}>{ Msg::ShowAll.text(l) }</button>
            </p>
        }
    });
    use kilit_core::accounts::AccountsMsg as A;
    html! {
        <section class="accounts-table" aria-labelledby="table-title">
            <h2 id="table-title">{ Msg::AccountsTableTitle.text(l) }</h2>
            <p class="muted">{ Msg::AccountsTableHint.text(l) }</p>
            <div role="status">{ filter.unwrap_or_default() }</div>
            <div class="table-scroll">
                <table class="data-table" id="accounts-table">
                    <caption class="visually-hidden">{ Msg::AccountsTableTitle.text(l) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "#" }</th>
                            { header(SortKey::Name, A::FieldName.text(l)) }
                            <th scope="col">{ format!("{} ({currency})", A::FieldRevenue.text(l)) }</th>
                            <th scope="col">{ A::FieldGrossMargin.text(l) }</th>
                            { header(SortKey::Score, A::SelectionScore.text(l)) }
                            <th scope="col">{ Msg::ColAttractiveness.text(l) }</th>
                            <th scope="col">{ Msg::ColStrength.text(l) }</th>
                            <th scope="col">{ Msg::ColQuadrant.text(l) }</th>
                            <th scope="col">{ "ABC" }</th>
                            <th scope="col">{ "XYZ" }</th>
                            <th scope="col">{ Msg::ColTypes.text(l) }</th>
                            <th scope="col">{ Msg::ColChurn.text(l) }</th>
                            <th scope="col">{ Msg::ColStatus.text(l) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for i in rows { { row(ctx, i) } }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn score(ctx: &Ctx, v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), |v| intl::number(ctx.locale, v, 1))
}

fn row(ctx: &Ctx, i: usize) -> Html {
    let l = ctx.locale;
    let Some(account) = ctx.portfolio().accounts.get(i) else { return html! {} };
    let Some(r): Option<&AccountResult> = ctx.analysis.accounts.get(i) else { return html! {} };
    let id = account.id;
    let types: Vec<&str> = r
        .types
        .hits()
        .map(|t| t.label(l))
        .chain(matches!(r.kind, KeyAccountKind::CurrentGiant | KeyAccountKind::RisingStar).then(|| r.kind.label(l)))
        .collect();
    let mut churn: Vec<&str> = Vec::new();
    if r.churn.no_purchase {
        churn.push(Msg::ChurnNoPurchase.text(l));
    }
    if r.churn.orders_down {
        churn.push(Msg::ChurnOrdersDown.text(l));
    }
    html! {
        <tr key={id.0.to_string()} data-account={id.0.to_string()} class={classes!(r.is_incomplete().then_some("incomplete"))}>
            <td>{ r.rank.map(|n| ctx.num(n as usize)).unwrap_or_else(|| "–".into()) }</td>
            <th scope="row">
                { edit(ctx, id, AccountField::Name, &account.name, &format!("name-{}", id.0)) }
                if r.is_incomplete() { <span class="badge warn">{ Msg::IncompleteFlag.text(l) }</span> }
            </th>
            <td>{ edit(ctx, id, AccountField::Revenue, &account.revenue.raw, &format!("revenue-{}", id.0)) }</td>
            <td class="num">{ account.gross_margin.get().map(|m| intl::number(l, m, 1)).unwrap_or_else(|| "–".into()) }</td>
            <td class="num score-cell" data-score={r.selection.map(|s| format!("{s:.3}")).unwrap_or_default()}>{ score(ctx, r.selection) }</td>
            <td class="num">{ score(ctx, r.attractiveness) }</td>
            <td class="num">{ score(ctx, r.strength) }</td>
            <td>{ r.quadrant.map(|q| q.label(l)).unwrap_or("–") }</td>
            <td>{ r.abc.map(|a| a.letter()).unwrap_or("–") }</td>
            <td>{ xyz_letter(r.xyz) }</td>
            <td>{ types.join(", ") }</td>
            <td>{ churn.join(", ") }</td>
            <td class="status">{ r.status.label(l) }</td>
        </tr>
    }
}

/// An input for one field, with the core's translated problems under it;
/// what was typed stays in the box even when it cannot be read.
fn edit(ctx: &Ctx, id: kilit_core::accounts::AccountId, field: AccountField, raw: &str, input_id: &str) -> Html {
    let l = ctx.locale;
    let problems: Vec<String> = ctx
        .analysis
        .account_problems
        .iter()
        .filter(|p| p.account == id && p.field == field)
        .map(|p| p.message(l, ctx.portfolio()))
        .collect();
    let error_id = format!("{input_id}-error");
    let onchange = ctx.act.reform(move |e: Event| AccountsAction::EditField { id, field, raw: crate::ui::event_value(&e) });
    let name = ctx.portfolio().index_of(id).map(|i| ctx.name(i)).unwrap_or_default();
    let label = format!("{} — {}", field.label(l), name);
    let invalid = !problems.is_empty();
    html! {
        <div class="cell-edit">
            <input type="text" id={input_id.to_string()} class={classes!("edit", field_class(field))} value={raw.to_string()}
                   aria-label={label} aria-invalid={invalid.then_some("true")}
                   aria-describedby={invalid.then(|| error_id.clone())} {onchange} />
            if invalid {
                <span class="field-error" id={error_id}>{ problems.join(" ") }</span>
            }
        </div>
    }
}

fn field_class(field: AccountField) -> &'static str {
    match field {
        AccountField::Name => "edit-name",
        AccountField::Revenue => "edit-revenue",
        _ => "edit-other",
    }
}
