//! The mapping screen: how to read the file (kind, encoding, delimiter,
//! header row, decimal mark, date format), what each column holds, and the
//! first rows as they will be read.

use kilit_core::accounts::Portfolio;
use kilit_core::i18n::{fill, Locale};
use kilit_core::import::{
    CellValue, Confidence, DateFormat, Delimiter, Encoding, ImportMsg, NumberStyle, Question, Role, TableKind,
};
use yew::prelude::*;

use super::Act;
use crate::platform::{file, intl};
use crate::state::import::Mapping;
use crate::state::ImportAction;
use crate::ui::event_value;

/// A `<select>` whose options are `items`, reporting the chosen item.
fn select<T: Clone + PartialEq + 'static>(
    id: &'static str,
    label: &str,
    items: Vec<(T, String)>,
    current: &T,
    describedby: Option<&'static str>,
    on: Callback<T>,
) -> Html {
    let values: Vec<T> = items.iter().map(|(v, _)| v.clone()).collect();
    let onchange = Callback::from(move |e: Event| {
        if let Some(v) = event_value(&e).parse::<usize>().ok().and_then(|i| values.get(i)) {
            on.emit(v.clone());
        }
    });
    html! {
        <div class="field">
            <label for={id}>{ label.to_string() }</label>
            <select {id} {onchange} aria-describedby={describedby}>
                for (i, (v, text)) in items.into_iter().enumerate() {
                    <option value={i.to_string()} selected={&v == current}>{ text }</option>
                }
            </select>
        </div>
    }
}

pub(super) fn view(l: Locale, act: &Act, m: &Mapping, portfolio: &Portfolio, start: Callback<MouseEvent>) -> Html {
    let s = &m.preview.settings;
    let size_kb = intl::number(l, (m.size / 1024.0).ceil(), 0);
    let on_kind = act.reform(ImportAction::SetKind);
    let on_encoding = {
        let (act, head, complete) = (act.clone(), m.head.clone(), m.complete);
        Callback::from(move |encoding: Encoding| {
            // The sample is decoded again by the browser; the preview follows.
            if let Some(text) = file::decode_sample(&head, encoding.label(), complete) {
                act.emit(ImportAction::Decoded { encoding, text: text.into() });
            }
        })
    };
    let question = |q: &Question| m.questions.iter().any(|x| std::mem::discriminant(x) == std::mem::discriminant(q));
    let ask_date = m
        .questions
        .iter()
        .find(|q| matches!(q, Question::DateOrder(_) | Question::DateFormat | Question::DateMixed(_)));
    let has_date = s.column_of(&Role::Date).is_some() || s.column_of(&Role::LastPurchase).is_some();
    let on_header = act.reform(|e: Event| {
        use yew::TargetCast;
        ImportAction::SetHeader(e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked()))
    });
    let on_replace = act.reform(|e: Event| {
        use yew::TargetCast;
        ImportAction::SetReplace(e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked()))
    });
    let problem = m.preview.problem.as_ref().map(|p| p.message(l));
    html! {
        <>
            <h2 id="mapping-title" tabindex="-1">{ ImportMsg::SettingsTitle.text(l) }</h2>
            <p id="import-file-info"><bdi>{ fill(ImportMsg::FileInfo.text(l), &[("name", &m.name), ("size", &size_kb)]) }</bdi></p>
            <div class="import-settings">
                { select("import-kind", ImportMsg::KindLabel.text(l),
                    vec![(TableKind::Accounts, ImportMsg::KindAccounts.text(l).to_string()),
                         (TableKind::Ledger, ImportMsg::KindLedger.text(l).to_string())],
                    &m.kind, None, on_kind) }
                { select("import-encoding", ImportMsg::EncodingLabel.text(l),
                    Encoding::ALL.iter().map(|e| (*e, e.name(l).to_string())).collect(),
                    &m.encoding, (m.guess.confidence == Confidence::Low).then_some("ask-encoding"), on_encoding) }
                { select("import-delimiter", ImportMsg::DelimiterLabel.text(l),
                    Delimiter::ALL.iter().map(|d| (*d, d.label(l).to_string())).collect(),
                    &s.delimiter, None, act.reform(ImportAction::SetDelimiter)) }
                { select("import-numbers", ImportMsg::NumbersLabel.text(l),
                    NumberStyle::ALL.iter().map(|n| (*n, n.label(l).to_string())).collect(),
                    &s.numbers, question(&Question::Numbers).then_some("ask-numbers"), act.reform(ImportAction::SetNumbers)) }
                if has_date {
                    { select("import-date-format", ImportMsg::DateFormatLabel.text(l),
                        DateFormat::ALL.iter().map(|d| (*d, d.label(l).to_string())).collect(),
                        &s.date_format, ask_date.is_some().then_some("ask-date"), act.reform(ImportAction::SetDateFormat)) }
                }
                <div class="field checkbox">
                    <label><input type="checkbox" id="import-header" checked={s.has_header} onchange={on_header} />
                        { ImportMsg::HeaderRowLabel.text(l) }</label>
                </div>
                if !portfolio.accounts.is_empty() {
                    <div class="field checkbox">
                        <label><input type="checkbox" id="import-replace" checked={m.replace} onchange={on_replace} />
                            { ImportMsg::ReplaceLabel.text(l) }</label>
                    </div>
                }
            </div>
            <div class="import-questions">
                if m.guess.confidence == Confidence::Low && m.encoding == m.guess.encoding {
                    <p class="notice" id="ask-encoding">{ ImportMsg::AskEncoding.text(l) }</p>
                }
                if question(&Question::Numbers) {
                    <p class="notice" id="ask-numbers">{ ImportMsg::AskNumbers.text(l) }</p>
                }
                if let Some(q) = ask_date {
                    <p class="notice" id="ask-date">{ q.message(l) }</p>
                }
                if m.kind == TableKind::Ledger {
                    <p class="muted" id="analysis-date-note">{ fill(ImportMsg::AnalysisDateNote.text(l),
                        &[("date", &intl::date(l, &portfolio.analysis_date.to_iso()))]) }</p>
                }
            </div>
            { columns(l, act, m) }
            <div id="import-problem" role="alert">
                if let Some(p) = problem {
                    <p class="notice error">{ p }</p>
                }
            </div>
            { preview_table(l, m) }
            <p class="import-actions">
                <button type="button" class="button primary" id="start-import" disabled={!m.ready()} onclick={start}>
                    { ImportMsg::StartImport.text(l) }
                </button>
            </p>
        </>
    }
}

fn columns(l: Locale, act: &Act, m: &Mapping) -> Html {
    let s = &m.preview.settings;
    html! {
        <fieldset class="import-columns">
            <legend>{ ImportMsg::ColumnsTitle.text(l) }</legend>
            for (i, current) in s.columns.iter().enumerate() {
                { column_select(l, act, m, i, current.clone()) }
            }
        </fieldset>
    }
}

fn column_select(l: Locale, act: &Act, m: &Mapping, column: usize, current: Option<Role>) -> Html {
    let mut items: Vec<(Option<Role>, String)> = vec![(None, ImportMsg::NotImported.text(l).to_string())];
    items.extend(m.kind.roles().iter().map(|r| (Some(r.clone()), r.label(l))));
    if let Some(r) = &current {
        if !m.kind.roles().contains(r) {
            items.push((Some(r.clone()), r.label(l)));
        }
    }
    let id = format!("column-{column}");
    let values: Vec<Option<Role>> = items.iter().map(|(v, _)| v.clone()).collect();
    let onchange = act.reform(move |e: Event| {
        let role = event_value(&e).parse::<usize>().ok().and_then(|i| values.get(i).cloned()).flatten();
        ImportAction::SetRole { column, role }
    });
    let name = m.preview.column_name(column, l);
    let n = intl::number(l, column as f64 + 1.0, 0);
    html! {
        <div class="field" key={column}>
            <label for={id.clone()}><bdi>{ fill(ImportMsg::ColumnRole.text(l), &[("n", &n), ("name", &name)]) }</bdi></label>
            <select id={id} {onchange}>
                for (i, (v, text)) in items.into_iter().enumerate() {
                    <option value={i.to_string()} selected={v == current}>{ text }</option>
                }
            </select>
        </div>
    }
}

/// A cell as it will be read: numbers and dates in the reader's notation,
/// problems marked.
fn cell(l: Locale, c: &kilit_core::import::PreviewCell) -> Html {
    let (class, text) = match &c.value {
        CellValue::NotImported => ("not-imported", c.text.clone()),
        CellValue::Blank => ("blank", String::from("—")),
        CellValue::Text(t) => ("", t.clone()),
        CellValue::Number(n) => ("num", intl::number(l, *n, 2)),
        CellValue::Date(d) => ("", intl::date(l, &d.to_iso())),
        CellValue::Stage(s) => ("", s.code().to_string()),
        CellValue::Rating(r) => ("num", intl::number(l, f64::from(*r), 0)),
        CellValue::Problem(_) => ("problem", c.text.clone()),
    };
    html! { <td {class}><bdi>{ text }</bdi></td> }
}

fn preview_table(l: Locale, m: &Mapping) -> Html {
    let p = &m.preview;
    let width = p.settings.columns.len().max(p.rows.iter().map(|r| r.cells.len()).max().unwrap_or(0));
    let name = |i: usize| p.column_name(i, l);
    html! {
        <div class="import-preview">
            <h3 id="preview-title">{ ImportMsg::PreviewTitle.text(l) }</h3>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="preview-title">
                <table class="data-table" id="import-preview">
                    <thead>
                        <tr>
                            <th scope="col">{ ImportMsg::LineHeader.text(l) }</th>
                            for i in 0..width {
                                <th scope="col"><bdi>{ name(i) }</bdi><br />
                                    <span class="role">{ p.settings.columns.get(i).cloned().flatten()
                                        .map_or_else(|| ImportMsg::NotImported.text(l).to_string(), |r| r.label(l)) }</span></th>
                            }
                            <th scope="col">{ ImportMsg::StatusHeader.text(l) }</th>
                        </tr>
                    </thead>
                    <tbody>
                        for r in p.rows.iter() {
                            <tr class={classes!(r.skipped.then_some("skipped"))}>
                                <th scope="row">{ intl::number(l, r.line as f64, 0) }</th>
                                for c in r.cells.iter() { { cell(l, c) } }
                                for _ in r.cells.len()..width { <td></td> }
                                <td class="status">
                                    { r.status(l) }
                                    if !r.problems.is_empty() {
                                        <ul class="row-problems">
                                            for pr in r.problems.iter() {
                                                <li>{ pr.describe(l, pr.column.map(|c| name(c as usize)).as_deref()) }</li>
                                            }
                                        </ul>
                                    }
                                </td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
