//! The analysis settings: ABC basis and cut-offs, XYZ cut-offs, the
//! quadrant splits, the churn signals and the group weights. What is typed
//! stays in the box; a value that cannot be read, or that the analysis
//! rejects (out of range, cut-offs in the wrong order), is explained under
//! its field in the reader's language.

use kilit_core::accounts::{AbcBasis, SettingField, WorkbenchMsg as W};
use kilit_core::number::format_decimal;
use yew::prelude::*;

use super::Ctx;
use crate::state::AccountsAction;

/// The fields, in groups: ABC, XYZ, portfolio quadrants, churn, groups.
const GROUPS: [&[SettingField]; 4] = [
    &[SettingField::AbcA, SettingField::AbcB, SettingField::XyzX, SettingField::XyzY],
    &[SettingField::AttractivenessSplit, SettingField::StrengthSplit],
    &[SettingField::ChurnDays, SettingField::ChurnDropPct],
    &[SettingField::GroupWeightAttractiveness, SettingField::GroupWeightStrength],
];

pub(crate) fn view(ctx: &Ctx) -> Html {
    let l = ctx.locale;
    let wb = &ctx.app.accounts;
    let basis = wb.settings.abc_basis;
    let radio = |b: AbcBasis, id: &'static str| {
        let onchange = ctx.act.reform(move |_: Event| AccountsAction::SetAbcBasis(b));
        html! {
            <label><input type="radio" name="abc-basis" {id} checked={basis == b} {onchange} />{ b.label(l) }</label>
        }
    };
    html! {
        <details class="settings" id="settings">
            <summary id="settings-title">{ W::SettingsTitle.text(l) }</summary>
            <p class="muted">{ W::SettingsHint.text(l) }</p>
            <div class="settings-grid">
                <fieldset>
                    <legend>{ "ABC–XYZ" }</legend>
                    <div class="radio-row" role="radiogroup" aria-label={W::AbcBasisLabel.text(l)}>
                        <span aria-hidden="true">{ W::AbcBasisLabel.text(l) }{ ": " }</span>
                        { radio(AbcBasis::Revenue, "abc-basis-revenue") }
                        { radio(AbcBasis::Profit, "abc-basis-profit") }
                    </div>
                    for f in GROUPS[0] { { field(ctx, *f) } }
                </fieldset>
                for group in GROUPS[1..].iter() {
                    <fieldset>
                        <legend class="visually-hidden">{ W::SettingsTitle.text(l) }</legend>
                        for f in group.iter() { { field(ctx, *f) } }
                    </fieldset>
                }
            </div>
        </details>
    }
}

fn field(ctx: &Ctx, f: SettingField) -> Html {
    let l = ctx.locale;
    let wb = &ctx.app.accounts;
    let id = format!("set-{}", f.code().replace('_', "-"));
    let error_id = format!("{id}-error");
    let raw = wb.setting_raw.get(&f);
    let value = raw.cloned().unwrap_or_else(|| trim(format_decimal(f.get(&wb.settings), 3, l)));
    let mut problems: Vec<String> = Vec::new();
    if let Some(Err(e)) = raw.map(|r| f.parse(r, l)) {
        problems.push(e.message(l));
    }
    problems.extend(f.problems(ctx.analysis, l));
    let onchange = ctx.act.reform(move |e: Event| AccountsAction::SetSetting { field: f, raw: crate::ui::event_value(&e) });
    let invalid = !problems.is_empty();
    html! {
        <div class="field setting" key={f.code()}>
            <label for={id.clone()}>{ f.label(l) }</label>
            <input type="text" inputmode="decimal" id={id} {value} {onchange}
                   aria-invalid={invalid.then_some("true")} aria-describedby={invalid.then(|| error_id.clone())} />
            if invalid {
                <p class="field-error" id={error_id}>{ problems.join(" ") }</p>
            }
        </div>
    }
}

/// `80,000` → `80`, `0,500` → `0,5` (the formatter pads to 3 decimals).
fn trim(s: String) -> String {
    let Some(pos) = s.rfind([',', '.', '٫']) else { return s };
    let (int, frac) = s.split_at(pos);
    let mark = frac.chars().next().map_or(0, char::len_utf8);
    let digits = frac[mark..].trim_end_matches(['0', '۰']);
    if digits.is_empty() {
        int.to_string()
    } else {
        format!("{int}{}{digits}", &frac[..mark])
    }
}
