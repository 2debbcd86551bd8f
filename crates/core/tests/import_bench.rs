//! Benchmark: importing a sales ledger of 1,000,000 lines, and one of
//! 70,000 lines from 23,000 customers.
//!
//! Run natively, in release mode:
//!
//! ```text
//! cargo test --release -p kilit-core --test import_bench -- --ignored --nocapture
//! ```
//!
//! The ledgers are generated in-process, byte for byte as `scripts/gen-ledger`
//! writes them (the same integer generator and formatting, checked with
//! `KILIT_LEDGER_OUT`, below); `KILIT_LEDGER=file` benchmarks a file the
//! script wrote instead.
//! What is timed is the import proper: the preview of the first 256 KB, then
//! the text pushed in 64 KB chunks, as a worker would push decoded chunks,
//! and `finish()`; then applying the result to an empty portfolio.
//! `KILIT_BENCH_RUNS` sets the number of timed runs (median reported, default
//! 3), `KILIT_BENCH_LANG` the notation (`tr`, `en`, `fa`; default `tr`) and
//! `KILIT_BENCH_MIXED=1` mixes notations as `--mixed` does.

use std::time::{Duration, Instant};

use kilit_core::accounts::Portfolio;
use kilit_core::date::Date;
use kilit_core::i18n::Locale;
use kilit_core::import::{preview, solar_hijri, LedgerImporter, TableKind};

const SEED: u64 = 20_250_630;
const SPAN_DAYS: i64 = 730;

const TR_FIRST: [&str; 30] = [
    "Yılmaz",
    "Kaya",
    "Demir",
    "Şahin",
    "Çelik",
    "Yıldız",
    "Yıldırım",
    "Öztürk",
    "Aydın",
    "Özdemir",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Aslan",
    "Çetin",
    "Kara",
    "Koç",
    "Kurt",
    "Özkan",
    "Şimşek",
    "Anadolu",
    "Karadeniz",
    "Ege",
    "Marmara",
    "Toros",
    "Uludağ",
    "Başkent",
    "Boğaziçi",
    "Kapadokya",
    "İstanbul",
];
const TR_SECTOR: [&str; 20] = [
    "Tekstil",
    "Gıda",
    "Makine",
    "İnşaat",
    "Lojistik",
    "Kimya",
    "Otomotiv",
    "Elektrik",
    "Ambalaj",
    "Mobilya",
    "Plastik",
    "Metal",
    "Tarım",
    "Enerji",
    "Medikal",
    "Kağıt",
    "Cam",
    "Seramik",
    "Yazılım",
    "Turizm",
];
const TR_SUFFIX: [&str; 5] = ["A.Ş.", "Ltd. Şti.", "San. Tic.", "Ticaret", "Sanayi"];
const FA_FIRST: [&str; 20] = [
    "پارس",
    "آریا",
    "کیمیا",
    "البرز",
    "زاگرس",
    "سپاهان",
    "خزر",
    "دماوند",
    "کوثر",
    "بهمن",
    "مهر",
    "نگین",
    "پیشگام",
    "آسیا",
    "ایران",
    "تابان",
    "سینا",
    "فجر",
    "رازی",
    "کاوه",
];
const FA_SECTOR: [&str; 16] = [
    "صنعت",
    "پخش",
    "فولاد",
    "شیمی",
    "دارو",
    "غذا",
    "نساجی",
    "سیمان",
    "الکتریک",
    "بسپار",
    "لوله",
    "کاغذ",
    "خودرو",
    "تجارت",
    "ماشین",
    "انرژی",
];
const FA_PREFIX: [&str; 4] = ["شرکت", "بازرگانی", "گروه صنعتی", "تولیدی"];

/// Knuth's MMIX linear congruential generator, integers only, as in
/// `scripts/gen-ledger`.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Lang {
    Tr,
    En,
    Fa,
}

fn customer_name(k: u64) -> String {
    if k % 3 == 2 {
        let j = k / 3;
        let first = FA_FIRST[(j % 20) as usize];
        let sector = FA_SECTOR[((j / 20) % 16) as usize];
        if j.is_multiple_of(4) {
            return format!("{} {first} {sector} {j}", FA_PREFIX[((j / 4) % 4) as usize]);
        }
        return format!("{first} {sector} {j}");
    }
    let j = k - k / 3;
    let first = TR_FIRST[(j % 30) as usize];
    let sector = TR_SECTOR[((j / 30) % 20) as usize];
    if j.is_multiple_of(4) {
        return format!("{first} {sector} {j} {}", TR_SUFFIX[((j / 4) % 5) as usize]);
    }
    format!("{first} {sector} {j}")
}

fn name_variant(name: &str, v: u64) -> String {
    match v {
        0 => name.replace('i', "İ").replace('ı', "I").to_uppercase(),
        1 => name.replace('ی', "ي").replace('ک', "ك"),
        2 => name.replacen(' ', "  ", 1),
        _ if !name.contains(['İ', 'I', 'ı']) => name.to_lowercase(),
        _ => name.to_string(),
    }
}

fn persian(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(0x06F0 + (c as u32 - '0' as u32)).unwrap_or(c),
            c => c,
        })
        .collect()
}

fn group(digits: &str, sep: char) -> String {
    let mut out = String::new();
    let n = digits.len();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn amount(cents: i64, lang: Lang, style: u64) -> String {
    let neg = cents < 0;
    let (whole, frac) = (cents.abs() / 100, cents.abs() % 100);
    let whole = whole.to_string();
    match lang {
        Lang::Tr => {
            let n = if style != 1 {
                group(&whole, '.')
            } else {
                whole
            };
            let mut n = format!("{n},{frac:02}");
            if neg {
                n = match style {
                    2 => format!("({n})"),
                    3 => format!("{n}-"),
                    _ => format!("-{n}"),
                };
            }
            match style {
                4 => format!("₺{n}"),
                1 => format!("{n} TL"),
                _ => n,
            }
        }
        Lang::En => {
            let n = if matches!(style, 1 | 4) {
                group(&whole, ',')
            } else {
                whole
            };
            let mut n = format!("{n}.{frac:02}");
            if neg {
                n = if style == 2 {
                    format!("({n})")
                } else {
                    format!("-{n}")
                };
            }
            if style == 4 {
                format!("${n}")
            } else {
                n
            }
        }
        Lang::Fa => {
            let n = if style != 1 {
                group(&whole, '٬')
            } else {
                whole
            };
            let mut n = format!("{n}٫{frac:02}");
            if neg {
                n = format!("-{n}");
            }
            let n = if style != 3 {
                persian(&n)
            } else {
                n.replace('٫', ".").replace('٬', "")
            };
            if style == 4 {
                format!("{n} ریال")
            } else {
                n
            }
        }
    }
}

fn quote(text: String, delimiter: char) -> String {
    if text.contains(delimiter) || text.contains('"') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The ledger `scripts/gen-ledger` writes with these arguments.
fn ledger(
    lines: u64,
    customers: u64,
    lang: Lang,
    mixed: bool,
    cost_column: bool,
    analysis: Date,
) -> String {
    let mut rng = Lcg(SEED);
    let d = if lang == Lang::Tr { ';' } else { ',' };
    let header: &[&str] = match lang {
        Lang::Tr => &["Müşteri", "Fatura No", "Tarih", "Tutar", "Maliyet"],
        Lang::En => &["Customer", "Invoice no", "Date", "Amount", "Cost"],
        Lang::Fa => &["مشتری", "شماره فاکتور", "تاریخ", "مبلغ", "بهای تمام شده"],
    };
    let mut out = String::with_capacity(lines as usize * 56);
    out.push_str(&header[..if cost_column { 5 } else { 4 }].join(&d.to_string()));
    out.push('\n');
    let end = analysis.days_since_epoch() as i64;
    for i in 0..lines {
        let a = rng.below(customers);
        let b = rng.below(customers);
        let mut k = a.min(b);
        if lines >= customers && i * customers / lines != (i + 1) * customers / lines {
            // Every customer buys at least once.
            k = (i + 1) * customers / lines - 1;
        }
        let mut cents =
            (1000 + rng.below(200_000) as i64) * (1 + ((customers - k) * 4 / customers) as i64);
        if rng.below(50) == 0 {
            cents = -(cents / 4);
        }
        let cost = cents.abs() * (55 + rng.below(35) as i64) / 100 * if cents > 0 { 1 } else { -1 };
        let style = if mixed { rng.below(5) } else { 0 };
        let variant = if mixed { rng.below(8) } else { 8 };
        let mut name = customer_name(k);
        if variant < 4 {
            name = name_variant(&name, variant);
        }
        if mixed && lang == Lang::En && k.is_multiple_of(7) {
            name.push_str(", Inc.");
        }
        let day = Date::from_days_since_epoch(
            (end - (SPAN_DAYS - 1) + (i as i64) * SPAN_DAYS / lines as i64) as i32,
        )
        .unwrap();
        let (y, m, dd) = day.ymd();
        let date = match lang {
            Lang::Tr => format!("{dd:02}.{m:02}.{y:04}"),
            Lang::En => format!("{y:04}-{m:02}-{dd:02}"),
            Lang::Fa => {
                let (y, m, dd) = solar_hijri::from_date(day).unwrap();
                persian(&format!("{y:04}/{m:02}/{dd:02}"))
            }
        };
        if mixed && i % 10_000 == 9_999 {
            out.push('\n');
        }
        out.push_str(&quote(name, d));
        out.push(d);
        out.push_str(&format!("F{:06}", i / 3));
        out.push(d);
        out.push_str(&date);
        out.push(d);
        out.push_str(&quote(amount(cents, lang, style), d));
        if cost_column {
            out.push(d);
            out.push_str(&quote(amount(cost, lang, style), d));
        }
        out.push('\n');
    }
    out
}

fn analysis_date() -> Date {
    Date::from_ymd(2025, 6, 30).unwrap()
}

fn env_lang() -> Lang {
    match std::env::var("KILIT_BENCH_LANG").as_deref() {
        Ok("en") => Lang::En,
        Ok("fa") => Lang::Fa,
        _ => Lang::Tr,
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Times preview, import and apply of `text`; prints one line.
fn bench(label: &str, text: &str) {
    let runs: usize = std::env::var("KILIT_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3)
        .max(1);
    let lines = text.bytes().filter(|&b| b == b'\n').count();
    let (mut previews, mut imports, mut applies) = (Vec::new(), Vec::new(), Vec::new());
    let mut summary = String::new();
    for _ in 0..runs {
        let t = Instant::now();
        let mut end = text.len().min(256 << 10);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let p = preview(
            &text[..end],
            end == text.len(),
            TableKind::Ledger,
            None,
            Locale::Tr,
        );
        previews.push(t.elapsed());
        assert_eq!(p.problem, None, "{label}");

        let t = Instant::now();
        let mut importer = LedgerImporter::new(&p.settings, analysis_date()).unwrap();
        let mut rest = text;
        while !rest.is_empty() {
            let mut n = rest.len().min(64 << 10);
            while !rest.is_char_boundary(n) {
                n += 1;
            }
            importer.push(&rest[..n]);
            rest = &rest[n..];
        }
        let ledger = importer.finish().unwrap();
        imports.push(t.elapsed());
        assert_eq!(
            ledger.report.skipped,
            0,
            "{:?}",
            ledger.report.problems.first()
        );

        let t = Instant::now();
        let mut portfolio = Portfolio::new("TRY", analysis_date());
        let applied = ledger.apply(&mut portfolio);
        applies.push(t.elapsed());
        summary = format!(
            "{} rows, {} customers ({} added)",
            ledger.report.imported,
            ledger.customers.len(),
            applied.added
        );
    }
    let import = median(imports);
    println!(
        "{label}: {lines} lines, {:.1} MB; {summary}; preview {:.1} ms, import {:.0} ms ({:.0} MB/s, {:.2} M lines/s), apply {:.1} ms (median of {runs})",
        text.len() as f64 / 1e6,
        median(previews).as_secs_f64() * 1e3,
        import.as_secs_f64() * 1e3,
        text.len() as f64 / 1e6 / import.as_secs_f64(),
        lines as f64 / 1e6 / import.as_secs_f64(),
        median(applies).as_secs_f64() * 1e3,
    );
}

#[test]
#[ignore]
fn import_bench() {
    let lang = env_lang();
    let mixed = std::env::var_os("KILIT_BENCH_MIXED").is_some();
    if let Some(path) = std::env::var_os("KILIT_LEDGER") {
        let text = std::fs::read_to_string(&path).unwrap();
        bench(&format!("{}", path.to_string_lossy()), &text);
        return;
    }
    let text = ledger(1_000_000, 25_000, lang, mixed, false, analysis_date());
    bench(
        &format!("1M lines ({lang:?}{})", if mixed { ", mixed" } else { "" }),
        &text,
    );
    let text = ledger(70_000, 23_000, lang, mixed, true, analysis_date());
    bench(
        &format!("70k lines, 23k customers ({lang:?}, with cost)"),
        &text,
    );
}

/// The in-process generator writes what the script writes. The first lines
/// are pinned here; with `KILIT_LEDGER_OUT=/tmp/rs` the test also writes
/// `/tmp/rs-tr.csv` and others, to compare byte for byte with
/// `scripts/gen-ledger --lines 30000 --customers 700` and the same options
/// (`--cost`; `--lang en --mixed --cost`; `--lang fa --mixed`; `--mixed`).
#[test]
fn the_generator_matches_the_script() {
    let text = ledger(12, 5, Lang::Tr, false, true, analysis_date());
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("Müşteri;Fatura No;Tarih;Tutar;Maliyet"));
    assert_eq!(
        lines.next(),
        Some("Kaya Tekstil 1;F000000;02.07.2023;3.290,04;1.842,42")
    );
    if let Some(path) = std::env::var_os("KILIT_LEDGER_OUT") {
        for (name, lang, mixed, cost) in [
            ("tr", Lang::Tr, false, true),
            ("en-mixed", Lang::En, true, true),
            ("fa-mixed", Lang::Fa, true, false),
            ("tr-mixed", Lang::Tr, true, false),
        ] {
            let p = format!("{}-{name}.csv", path.to_string_lossy());
            std::fs::write(p, ledger(30_000, 700, lang, mixed, cost, analysis_date())).unwrap();
        }
    }
}
