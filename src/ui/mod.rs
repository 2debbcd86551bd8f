//! Components. Pages read the state through props handed down by `app`;
//! widgets get data and callbacks only and never see the reducer.

pub mod app;
pub mod accounts;
pub mod assessment;
pub mod chart;
pub mod header;
pub mod home;
pub mod import;
pub mod pages;
pub mod persist;
pub mod workspaces;
pub mod report;

/// The value of the `<input>` or `<select>` an event came from (empty when
/// it came from anything else).
pub(crate) fn event_value(e: &yew::Event) -> String {
    use yew::TargetCast;
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|i| i.value())
        .or_else(|| e.target_dyn_into::<web_sys::HtmlSelectElement>().map(|s| s.value()))
        .unwrap_or_default()
}
