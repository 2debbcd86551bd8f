//! Kilit's browser app: a thin Yew layer over the pure core in `kilit_core`.
//!
//! Reading order: `platform` (the only code that touches browser APIs),
//! `state` (app state and the reducer), `ui` (components), then `start`.

pub mod platform;
pub mod state;
pub mod ui;

use std::sync::atomic::{AtomicU8, Ordering};

use kilit_core::config::{parse_query, resolve_locale};
use kilit_core::i18n::Locale;
use kilit_core::route::Route;

pub use ui::app::{App, AppProps};

/// The language in use, for the panic hook (which cannot reach Yew state).
static CURRENT_LOCALE: AtomicU8 = AtomicU8::new(1);

/// Records the language the interface is showing.
pub fn set_current_locale(locale: Locale) {
    let n = match locale {
        Locale::Tr => 0,
        Locale::En => 1,
        Locale::Fa => 2,
    };
    CURRENT_LOCALE.store(n, Ordering::Relaxed);
}

fn current_locale() -> Locale {
    match CURRENT_LOCALE.load(Ordering::Relaxed) {
        0 => Locale::Tr,
        2 => Locale::Fa,
        _ => Locale::En,
    }
}

/// Reads the configuration from the page and starts the app in `#kilit`.
pub fn start() {
    platform::mark("kilit:start");
    yew::set_custom_panic_hook(Box::new(|info| {
        platform::log_error(&format!("Kilit: {info}"));
        if let Some(root) = platform::mount_point() {
            platform::show_fatal(&root, current_locale());
        }
    }));
    let config = parse_query(&platform::query());
    let saved = platform::saved_language();
    let locale = resolve_locale(config.lang, saved.as_deref(), &platform::browser_languages());
    let route = Route::initial(&platform::fragment(), config.module);
    set_current_locale(locale);
    match platform::mount_point() {
        Some(root) => {
            // Read the saved workspace first, so nothing stale or empty is
            // painted; the page's placeholder shows meanwhile.
            platform::spawn(async move {
                let today = kilit_core::date::Date::parse_iso(&platform::intl::today_iso())
                    .unwrap_or(kilit_core::date::Date::EPOCH);
                let blank = kilit_core::persist::Workspace::new(locale, "TRY", today);
                let boot = Some(std::rc::Rc::new(ui::persist::boot(locale, &blank).await));
                // Drop the boot placeholder the page shows while loading.
                platform::clear(&root);
                yew::Renderer::<App>::with_root_and_props(root, AppProps { locale, route, catalog: None, boot })
                    .render();
            });
        }
        None => platform::log_error("Kilit: no element with id \"kilit\" to mount into"),
    }
}
