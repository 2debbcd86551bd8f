//! The accounts table (sortable, filterable, paginated, every field editable
//! in place, a detail row per account with the rest of its data and its
//! checklist ratings) and the ABC–XYZ matrix whose cells filter it.

use kilit_core::accounts::workbench::{clamp_page, currency_label, page_count, rating_criteria, PAGE_SIZE};
use kilit_core::accounts::{
    Abc, Account, AccountField, AccountId, AccountResult, Group, KeyAccountKind, Rating, RelationshipStage,
    WorkbenchMsg as W, Xyz,
};
use kilit_core::i18n::{fill, Msg};
use yew::prelude::*;

use super::Ctx;
use crate::platform::intl;
use crate::state::{AccountsAction, Page, SortKey};

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
            let names: Vec<&str> = ctx.portfolio().accounts.iter().map(|a| a.name.as_str()).collect();
            intl::name_order(ctx.locale, &names).iter().map(|&i| i as usize).collect()
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
    let wb = &ctx.app.accounts;
    let sort = wb.sort;
    let page = match wb.page {
        Page::First => 0,
        Page::At(n) => clamp_page(n, rows.len()),
        Page::OfOpen => wb
            .open
            .and_then(|id| ctx.portfolio().index_of(id))
            .and_then(|i| rows.iter().position(|&r| r == i))
            .map_or(0, |pos| pos / PAGE_SIZE),
    };
    let pages = page_count(rows.len());
    let shown = &rows[(page * PAGE_SIZE).min(rows.len())..((page + 1) * PAGE_SIZE).min(rows.len())];
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
    let currency = currency_label(&ctx.portfolio().currency);
    let with_currency = |label: &str| if currency.is_empty() { label.to_string() } else { format!("{label} ({currency})") };
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
    let add = {
        // Focus goes to the new account's name, ready to be typed over.
        let (act, focus_after) = (ctx.act.clone(), ctx.focus_after.clone());
        let name_id = format!("{}-{}", code(AccountField::Name), ctx.portfolio().peek_id().0);
        Callback::from(move |_: MouseEvent| {
            focus_after.emit(name_id.clone());
            act.emit(AccountsAction::AddAccount);
        })
    };
    use kilit_core::accounts::AccountsMsg as A;
    html! {
        <section class="accounts-table" aria-labelledby="table-title">
            <div class="table-head">
                <h2 id="table-title">{ Msg::AccountsTableTitle.text(l) }</h2>
                <button type="button" class="button" id="add-account" onclick={add}>{ W::AddAccount.text(l) }</button>
            </div>
            <p class="muted">{ W::TableHint.text(l) }</p>
            <div role="status">{ filter.unwrap_or_default() }{ deleted_note(ctx) }</div>
            <div class="table-scroll">
                <table class="data-table" id="accounts-table">
                    <caption class="visually-hidden">{ Msg::AccountsTableTitle.text(l) }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "#" }</th>
                            { header(SortKey::Name, A::FieldName.text(l)) }
                            <th scope="col">{ A::FieldSector.text(l) }</th>
                            <th scope="col">{ with_currency(A::FieldRevenue.text(l)) }</th>
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
                            <th scope="col"><span class="visually-hidden">{ W::Details.text(l) }</span></th>
                        </tr>
                    </thead>
                    for &i in shown { { row(ctx, i) } }
                </table>
            </div>
            { pagination(ctx, page, pages, rows.len()) }
        </section>
    }
}

/// "“X” was deleted. Undo" after a deletion, until the next change.
fn deleted_note(ctx: &Ctx) -> Html {
    let l = ctx.locale;
    let Some(d) = &ctx.app.accounts.deleted else { return html! {} };
    let undo = {
        let (act, focus) = (ctx.act.clone(), ctx.focus_after.clone());
        let id = d.account.id.0;
        Callback::from(move |_: MouseEvent| {
            focus.emit(format!("details-{id}"));
            act.emit(AccountsAction::UndoDelete);
        })
    };
    html! {
        <p class="notice deleted-note" id="deleted-note">
            { fill(W::Deleted.text(l), &[("name", d.account.name.as_str())]) }{ " " }
            <button type="button" class="button small" id="undo-delete" onclick={undo}>{ W::Undo.text(l) }</button>
        </p>
    }
}

fn pagination(ctx: &Ctx, page: usize, pages: usize, rows: usize) -> Html {
    let l = ctx.locale;
    let from = if rows == 0 { 0 } else { page * PAGE_SIZE + 1 };
    let to = ((page + 1) * PAGE_SIZE).min(rows);
    let button = |id: &'static str, label: W, glyph: &'static str, target: usize, disabled: bool| {
        let onclick = ctx.act.reform(move |_: MouseEvent| AccountsAction::ShowPage(target));
        html! {
            <button type="button" class="button small" {id} {disabled} {onclick} aria-label={label.text(l)} title={label.text(l)}>
                <span aria-hidden="true">{ glyph }</span>
            </button>
        }
    };
    let (first, prev, next, last) = match l.dir() {
        kilit_core::i18n::Dir::Ltr => ("«", "‹", "›", "»"),
        kilit_core::i18n::Dir::Rtl => ("»", "›", "‹", "«"),
    };
    html! {
        <nav class="pagination" aria-label={W::PagesLabel.text(l)}>
            if pages > 1 {
                { button("page-first", W::FirstPage, first, 0, page == 0) }
                { button("page-prev", W::PreviousPage, prev, page.saturating_sub(1), page == 0) }
            }
            <span id="page-status" aria-live="polite">
                { fill(W::PageOf.text(l), &[("page", &ctx.num(page + 1)), ("pages", &ctx.num(pages))]) }
                { " · " }
                { fill(W::RowsShown.text(l), &[("from", &ctx.num(from)), ("to", &ctx.num(to)), ("n", &ctx.num(rows))]) }
            </span>
            if pages > 1 {
                { button("page-next", W::NextPage, next, page + 1, page + 1 >= pages) }
                { button("page-last", W::LastPage, last, pages - 1, page + 1 >= pages) }
            }
        </nav>
    }
}

fn score(ctx: &Ctx, v: Option<f64>) -> String {
    v.map_or_else(|| "–".to_string(), |v| intl::number(ctx.locale, v, 1))
}

/// One account: a row of the table, and its detail row when open.
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
    let open = ctx.app.accounts.open == Some(id);
    let toggle = ctx.act.reform(move |_: MouseEvent| AccountsAction::Open(if open { None } else { Some(id) }));
    let detail_id = format!("detail-{}", id.0);
    html! {
        <tbody key={id.0.to_string()} class={classes!("account", open.then_some("open"))}>
            <tr data-account={id.0.to_string()} class={classes!(r.is_incomplete().then_some("incomplete"))}>
                <td>{ r.rank.map(|n| ctx.num(n as usize)).unwrap_or_else(|| "–".into()) }</td>
                <th scope="row">
                    { edit(ctx, account, AccountField::Name, None) }
                    if r.is_incomplete() { <span class="badge warn">{ Msg::IncompleteFlag.text(l) }</span> }
                </th>
                <td>{ edit(ctx, account, AccountField::Sector, None) }</td>
                <td>{ edit(ctx, account, AccountField::Revenue, None) }</td>
                <td>{ edit(ctx, account, AccountField::GrossMargin, None) }</td>
                <td class="num score-cell" data-score={r.selection.map(|s| format!("{s:.3}")).unwrap_or_default()}>{ score(ctx, r.selection) }</td>
                <td class="num">{ score(ctx, r.attractiveness) }</td>
                <td class="num">{ score(ctx, r.strength) }</td>
                <td>{ r.quadrant.map(|q| q.label(l)).unwrap_or("–") }</td>
                <td class="abc-cell">{ r.abc.map(|a| a.letter()).unwrap_or("–") }</td>
                <td class="xyz-cell">{ xyz_letter(r.xyz) }</td>
                <td>{ types.join(", ") }</td>
                <td>{ churn.join(", ") }</td>
                <td class="status">{ r.status.label(l) }</td>
                <td>
                    <button type="button" class="button small details-toggle" id={format!("details-{}", id.0)}
                            aria-expanded={if open { "true" } else { "false" }} aria-controls={detail_id.clone()}
                            onclick={toggle}>
                        { W::Details.text(l) }<span class="visually-hidden">{ format!(" — {}", account.name) }</span>
                    </button>
                </td>
            </tr>
            if open {
                <tr class="detail-row" id={detail_id}>
                    <td colspan="15">{ detail(ctx, i, account) }</td>
                </tr>
            }
        </tbody>
    }
}

/// The rest of an account's data and its checklist ratings, each with a
/// visible label; delete at the end.
fn detail(ctx: &Ctx, index: usize, account: &Account) -> Html {
    let l = ctx.locale;
    let id = account.id;
    let currency = currency_label(&ctx.portfolio().currency);
    let money = |f: AccountField| -> Option<String> {
        (!currency.is_empty()).then(|| format!("{} ({currency})", f.label(l)))
    };
    let stage_change = ctx.act.reform(move |e: Event| AccountsAction::SetStage {
        id,
        stage: RelationshipStage::from_code(&crate::ui::event_value(&e)),
    });
    let stage_id = format!("stage-{}", id.0);
    let delete = {
        let (act, focus) = (ctx.act.clone(), ctx.focus_after.clone());
        Callback::from(move |_: MouseEvent| {
            focus.emit("undo-delete".to_string());
            act.emit(AccountsAction::DeleteAccount(id));
        })
    };
    let checklist = ctx.checklist();
    let rated = rating_criteria(checklist);
    html! {
        <div class="account-detail">
            <h3 class="visually-hidden">{ fill(W::DetailsOf.text(l), &[("name", account.name.as_str())]) }</h3>
            <fieldset class="detail-fields">
                <legend>{ W::AccountData.text(l) }</legend>
                { labelled(ctx, account, AccountField::Profit, money(AccountField::Profit)) }
                { labelled(ctx, account, AccountField::OrdersLast12, None) }
                { labelled(ctx, account, AccountField::OrdersPrev12, None) }
                { labelled(ctx, account, AccountField::LastPurchase, None) }
                { labelled(ctx, account, AccountField::ShareOfWallet, None) }
                { labelled(ctx, account, AccountField::YearsAsCustomer, None) }
                { labelled(ctx, account, AccountField::Complaints, None) }
                <div class="field">
                    <label for={stage_id.clone()}>{ AccountField::RelationshipStage.label(l) }</label>
                    <select id={stage_id} class="edit-stage" onchange={stage_change}>
                        <option value="" selected={account.relationship_stage.is_none()}>{ W::NoStage.text(l) }</option>
                        for s in RelationshipStage::ALL {
                            <option value={s.code()} selected={account.relationship_stage == Some(s)}>{ s.label(l) }</option>
                        }
                    </select>
                </div>
            </fieldset>
            <div class="detail-ratings">
                <p class="ratings-title">{ W::RatingsTitle.text(l) }</p>
                for g in Group::ALL {
                    <fieldset class="rating-group" key={g.code()}>
                        <legend>{ g.label(l) }</legend>
                        for &k in rated.iter().filter(|&&k| checklist.criteria[k].group == g) {
                            { rating(ctx, index, id, k) }
                        }
                    </fieldset>
                }
            </div>
            <p class="detail-actions">
                <button type="button" class="button small danger" id={format!("delete-{}", id.0)} onclick={delete}>
                    { W::DeleteAccount.text(l) }<span class="visually-hidden">{ format!(" — {}", account.name) }</span>
                </button>
            </p>
        </div>
    }
}

fn rating(ctx: &Ctx, index: usize, id: AccountId, k: usize) -> Html {
    let l = ctx.locale;
    let c = &ctx.checklist().criteria[k];
    let current = ctx.portfolio().rating(index, &c.id).value();
    let select_id = format!("rating-{}-{}", id.0, c.id);
    let help = format!("{select_id}-help");
    let criterion = c.id.clone();
    let onchange = ctx.act.reform(move |e: Event| AccountsAction::SetRating {
        id,
        criterion: criterion.clone(),
        rating: crate::ui::event_value(&e).parse::<u8>().ok().and_then(Rating::new).unwrap_or(Rating::UNKNOWN),
    });
    html! {
        <div class="field rating" key={c.id.clone()}>
            <label for={select_id.clone()}>{ c.title.get(l) }</label>
            <select id={select_id} data-criterion={c.id.clone()} aria-describedby={help.clone()} {onchange}>
                <option value="" selected={current.is_none()}>{ W::Unknown.text(l) }</option>
                for v in 1u8..=5 {
                    <option value={v.to_string()} selected={current == Some(v)}>{ ctx.num(v as usize) }</option>
                }
            </select>
            <p id={help} class="muted">{ c.explanation.get(l) }</p>
        </div>
    }
}

/// The text of a field as typed.
fn raw(account: &Account, field: AccountField) -> &str {
    match field {
        AccountField::Name => &account.name,
        AccountField::Sector => &account.sector,
        AccountField::Revenue => &account.revenue.raw,
        AccountField::GrossMargin => &account.gross_margin.raw,
        AccountField::Profit => &account.profit.raw,
        AccountField::OrdersLast12 => &account.orders_last_12.raw,
        AccountField::OrdersPrev12 => &account.orders_prev_12.raw,
        AccountField::LastPurchase => &account.last_purchase.raw,
        AccountField::ShareOfWallet => &account.share_of_wallet.raw,
        AccountField::YearsAsCustomer => &account.years_as_customer.raw,
        AccountField::Complaints => &account.complaints.raw,
        AccountField::RelationshipStage | AccountField::Sales => "",
    }
}

/// The id prefix of a field's input (`revenue-7`).
fn code(field: AccountField) -> &'static str {
    match field {
        AccountField::Name => "name",
        AccountField::Sector => "sector",
        AccountField::Revenue => "revenue",
        AccountField::GrossMargin => "margin",
        AccountField::Profit => "profit",
        AccountField::OrdersLast12 => "orders12",
        AccountField::OrdersPrev12 => "ordersprev",
        AccountField::LastPurchase => "lastpurchase",
        AccountField::ShareOfWallet => "wallet",
        AccountField::YearsAsCustomer => "years",
        AccountField::RelationshipStage => "stage",
        AccountField::Complaints => "complaints",
        AccountField::Sales => "sales",
    }
}

/// A field of the detail row with a visible label.
fn labelled(ctx: &Ctx, account: &Account, field: AccountField, label: Option<String>) -> Html {
    let input_id = format!("{}-{}", code(field), account.id.0);
    let label = label.unwrap_or_else(|| field.label(ctx.locale).to_string());
    html! {
        <div class="field">
            <label for={input_id}>{ label }</label>
            { edit(ctx, account, field, Some(())) }
        </div>
    }
}

/// An input for one field, with the core's translated problems under it;
/// what was typed stays in the box even when it cannot be read. In the
/// table row the input is named by `aria-label`; in the detail row by its
/// visible label (`labelled`).
fn edit(ctx: &Ctx, account: &Account, field: AccountField, has_label: Option<()>) -> Html {
    let l = ctx.locale;
    let id = account.id;
    let input_id = format!("{}-{}", code(field), id.0);
    let problems: Vec<String> = ctx
        .analysis
        .account_problems
        .iter()
        .filter(|p| p.account == id && p.field == field)
        .map(|p| p.message(l, ctx.portfolio()))
        .collect();
    let error_id = format!("{input_id}-error");
    let onchange = ctx.act.reform(move |e: Event| AccountsAction::EditField { id, field, raw: crate::ui::event_value(&e) });
    let label = has_label.is_none().then(|| format!("{} — {}", field.label(l), account.name));
    let invalid = !problems.is_empty();
    let numeric = !matches!(field, AccountField::Name | AccountField::Sector | AccountField::LastPurchase);
    html! {
        <div class="cell-edit">
            <input type="text" id={input_id} class={classes!("edit", field_class(field))} value={raw(account, field).to_string()}
                   inputmode={numeric.then_some("decimal")}
                   placeholder={(field == AccountField::LastPurchase).then_some("YYYY-MM-DD")}
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
        AccountField::Sector => "edit-sector",
        _ => "edit-other",
    }
}
