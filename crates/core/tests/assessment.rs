//! Native tests of the assessment module: loading and validation, problem
//! messages, scoring, rankings, the action plan and the built-in instruments.
//!
//! Most tests are data-driven: a fixture file or a table of cases goes
//! through one `check` helper per area, which prints what it found next to
//! what was expected.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use kilit_core::assessment::{
    load, score, ActionKey, ActionPlan, Answer, Answers, Horizon, Instrument, ItemKind, PlanRow,
    Problem, ProblemKind, ProblemMsg, Results, RowFields, Status, Term,
};
use kilit_core::i18n::Locale;
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/assessment")
}

fn read(name: &str) -> String {
    let path = fixtures().join(name);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn instrument(name: &str) -> Instrument {
    match load(&read(name)) {
        Ok(i) => i,
        Err(problems) => panic!("{name} does not load:\n{}", lines(&problems)),
    }
}

/// Persian is written with Persian ی and ک, and the prefixes می/نمی are
/// joined to the verb with a zero-width non-joiner, never a space.
fn check_persian(what: &str, text: &str) {
    assert!(
        !text.contains(['\u{064A}', '\u{0643}']),
        "{what}: Arabic yeh or kaf in {text}"
    );
    for word in text.split_whitespace() {
        assert!(
            word != "می" && word != "نمی",
            "{what}: detached می in {text}"
        );
    }
}

fn lines(problems: &[Problem]) -> String {
    problems.iter().map(|p| format!("{p}\n")).collect()
}

/// Expected-problem text: one `path: kind` line per problem, blank lines
/// and `#` comments ignored.
fn expected_lines(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| format!("{l}\n"))
        .collect()
}

// ---------------------------------------------------------------- loading

mod loading {
    use super::*;

    #[test]
    fn fixtures_load_without_problems() {
        for name in ["valid.json", "seven.json", "minimal.json"] {
            instrument(name);
        }
    }

    #[test]
    fn valid_fixture_is_read_as_written() {
        let i = instrument("valid.json");
        assert_eq!(i.id(), "kam-basics-example");
        assert_eq!(i.version(), "1.0.0");
        assert_eq!(i.locales(), [Locale::En, Locale::Tr, Locale::Fa]);
        assert_eq!(i.headline().map(|d| d.id()), Some("customer_centricity"));
        let dims: Vec<_> = i
            .dimensions()
            .iter()
            .map(|d| (d.id(), d.weight(), d.item_count()))
            .collect();
        assert_eq!(
            dims,
            [
                ("customer_centricity", 2.0, 3),
                ("process", 1.0, 3),
                ("data", 1.0, 2), // weight absent: defaults to 1
                ("people", 1.0, 1),
            ]
        );
        let cc_2 = i.item("cc_2").unwrap();
        assert!(cc_2.reverse());
        assert_eq!(cc_2.kind(), ItemKind::Agree5);
        assert_eq!(cc_2.weight(), 1.0);
        assert_eq!(cc_2.help(Locale::En), None);
        assert_eq!(i.item("cc_3").unwrap().weight(), 2.0);
        assert_eq!(
            i.item("cc_1").unwrap().help(Locale::Tr),
            Some("Örneğin bir büyüme hedefi, yeni bir pazar ya da bir maliyet azaltma planı.")
        );
        let bands: Vec<_> = i.bands().iter().map(|b| (b.id(), b.min())).collect();
        assert_eq!(
            bands,
            [("reactive", 0), ("developing", 40), ("leading", 75)]
        );
        let items_of_process: Vec<_> = i
            .items_of(i.dimension("process").unwrap())
            .map(|it| it.id())
            .collect();
        assert_eq!(items_of_process, ["pr_1", "pr_2", "pr_3"]);
    }

    #[test]
    fn text_falls_back_to_the_first_declared_locale() {
        let i = instrument("minimal.json");
        assert_eq!(i.title(Locale::Fa), "Minimal");
        assert_eq!(i.title_text().declared(Locale::Fa), None);
        let v = instrument("valid.json");
        assert_eq!(v.title(Locale::Tr), "Kilit müşteri temelleri (örnek)");
    }

    /// Band of a score: the band with the greatest `min` not above it.
    #[test]
    fn band_thresholds() {
        let i = instrument("valid.json");
        for (score, band) in [
            (0, "reactive"),
            (39, "reactive"),
            (40, "developing"),
            (74, "developing"),
            (75, "leading"),
            (100, "leading"),
        ] {
            assert_eq!(
                i.band_of(score).map(|b| b.id()),
                Some(band),
                "score {score}"
            );
        }
    }

    /// The recommendation for band B; else the nearest lower band that has
    /// one; else the nearest higher one.
    #[test]
    fn recommendation_fallback() {
        let i = instrument("valid.json");
        for (dimension, band, expected) in [
            ("customer_centricity", "reactive", "reactive"),
            ("customer_centricity", "developing", "reactive"), // lower
            ("customer_centricity", "leading", "leading"),
            ("process", "reactive", "leading"), // none lower: higher
            ("process", "developing", "leading"),
            ("data", "developing", "developing"),
            ("people", "reactive", "developing"),
            ("people", "leading", "developing"),
        ] {
            let rec = i.recommendation_for(dimension, band).unwrap();
            let key = i.recommendation_key(rec).unwrap();
            assert_eq!(
                (key.dimension.as_str(), key.band.as_str()),
                (dimension, expected)
            );
        }
        assert!(i.recommendation_for("nope", "reactive").is_none());
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        let text = format!("\u{feff}{}", read("minimal.json"));
        assert!(load(&text).is_ok());
    }
}

// ------------------------------------------------------------- validation

mod validation {
    use super::*;

    /// Whole invalid files in `invalid/`, each with a `.expected` list.
    #[test]
    fn invalid_files() {
        let dir = fixtures().join("invalid");
        let mut names: Vec<PathBuf> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        names.sort();
        assert!(!names.is_empty());
        let mut failures = String::new();
        for path in names {
            let json = fs::read_to_string(&path).unwrap();
            let expected = fs::read_to_string(path.with_extension("expected")).unwrap_or_default();
            let actual = match load(&json) {
                Ok(_) => String::new(),
                Err(problems) => lines(&problems),
            };
            if actual != expected_lines(&expected) {
                failures.push_str(&format!(
                    "== {}\n-- expected\n{}-- actual\n{actual}",
                    path.display(),
                    expected_lines(&expected)
                ));
            }
        }
        assert!(failures.is_empty(), "\n{failures}");
    }

    /// Cases in `invalid.cases`: edits to a valid fixture and the problems
    /// they must cause (none after `---` means the edit is valid).
    #[test]
    fn edit_cases() {
        let mut failures = String::new();
        let cases = parse_cases(&read("invalid.cases"));
        assert!(cases.len() > 40, "{} cases", cases.len());
        for case in &cases {
            let actual = match load(&case.json()) {
                Ok(_) => String::new(),
                Err(problems) => lines(&problems),
            };
            if actual != case.expected {
                failures.push_str(&format!(
                    "== {}\n-- expected\n{}-- actual\n{actual}",
                    case.title, case.expected
                ));
            }
        }
        assert!(failures.is_empty(), "\n{failures}");
    }

    /// Every kind of problem (every message key) is produced by a fixture.
    #[test]
    fn every_problem_kind_is_covered() {
        let produced: BTreeSet<&str> = all_fixture_problems()
            .iter()
            .map(|p| p.kind.message_key().name())
            .collect();
        let missing: Vec<&str> = ProblemMsg::ALL
            .iter()
            .map(|k| k.name())
            .filter(|n| !produced.contains(n))
            .collect();
        assert!(missing.is_empty(), "no fixture produces {missing:?}");
    }

    /// The example of the issue, word for word.
    #[test]
    fn unknown_dimension_message() {
        let mut v: Value = serde_json::from_str(&read("valid.json")).unwrap();
        let items = v["items"].as_array_mut().unwrap();
        for n in 0..4 {
            let mut extra = items[0].clone();
            extra["id"] = Value::from(format!("extra_{n}"));
            items.push(extra);
        }
        v["items"][12]["dimension"] = Value::from("tech");
        let problems = load(&v.to_string()).unwrap_err();
        assert_eq!(
            problems
                .iter()
                .map(|p| p.message(Locale::En))
                .collect::<Vec<_>>(),
            ["items[12].dimension: There is no dimension with the id “tech”."]
        );
        assert_eq!(
            problems[0].to_string(),
            "items[12].dimension: unknown_dimension \"tech\""
        );
    }

    /// Problems carry positions for syntax errors, and the translated
    /// message shows them (in Persian digits for Persian).
    #[test]
    fn json_errors_have_line_and_column() {
        let problems = load(&read("invalid/syntax.json")).unwrap_err();
        assert!(matches!(
            problems[..],
            [Problem {
                kind: ProblemKind::Json {
                    line: 3,
                    column: 13,
                    eof: false,
                    ..
                },
                ..
            }]
        ));
        let p = &problems[0];
        assert_eq!(
            p.message(Locale::En),
            "The file is not valid JSON: the error is at line 3, column 13."
        );
        assert_eq!(
            p.message(Locale::Tr),
            "Dosya geçerli bir JSON değil: hata 3. satır, 13. sütunda."
        );
        assert_eq!(
            p.message(Locale::Fa),
            "این فایل JSON معتبر نیست: خطا در سطر ۳، ستون ۱۳ است."
        );
    }

    /// Nothing panics, whatever the input.
    #[test]
    fn garbage_never_panics() {
        let valid = read("valid.json");
        let deep = "[".repeat(10_000);
        let mut inputs: Vec<String> = vec![
            String::new(),
            "null".into(),
            "{}".into(),
            "\"text\"".into(),
            "1e999".into(),
            deep,
            "{\"format\": \"kilit-instrument/1\", \"items\": [1, null, true, [], {}]}".into(),
        ];
        // Every prefix of a valid file, at a few hundred cut points.
        let cuts: Vec<usize> = valid.char_indices().map(|(i, _)| i).step_by(37).collect();
        inputs.extend(cuts.iter().map(|&i| valid[..i].to_owned()));
        for input in &inputs {
            match load(input) {
                Ok(_) => {}
                Err(problems) => {
                    assert!(!problems.is_empty());
                    for p in &problems {
                        for l in Locale::ALL {
                            assert!(!p.message(l).is_empty());
                        }
                    }
                }
            }
        }
    }

    struct Case {
        title: String,
        base: String,
        edits: Vec<String>,
        expected: String,
    }

    impl Case {
        fn json(&self) -> String {
            let mut v: Value = serde_json::from_str(&read(&self.base)).unwrap();
            for edit in &self.edits {
                apply(&mut v, edit).unwrap_or_else(|e| panic!("{}: {edit}: {e}", self.title));
            }
            v.to_string()
        }
    }

    /// `## title`, optional `base FILE`, edits, `---`, expected lines.
    fn parse_cases(text: &str) -> Vec<Case> {
        let mut cases: Vec<Case> = Vec::new();
        let mut in_expected = false;
        for line in text.lines() {
            let line = line.trim();
            if let Some(title) = line.strip_prefix("## ") {
                cases.push(Case {
                    title: title.to_owned(),
                    base: "valid.json".to_owned(),
                    edits: Vec::new(),
                    expected: String::new(),
                });
                in_expected = false;
                continue;
            }
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let case = cases.last_mut().expect("a case starts with ## title");
            if line == "---" {
                in_expected = true;
            } else if in_expected {
                case.expected.push_str(line);
                case.expected.push('\n');
            } else if let Some(base) = line.strip_prefix("base ") {
                case.base = base.to_owned();
            } else {
                case.edits.push(line.to_owned());
            }
        }
        cases
    }

    /// `set PATH = JSON`, `push PATH = JSON` (append to a list) or
    /// `delete PATH`.
    fn apply(root: &mut Value, edit: &str) -> Result<(), String> {
        let (op, rest) = edit.split_once(' ').ok_or("no operation")?;
        let (path, value) = match rest.split_once(" = ") {
            Some((p, v)) => (
                p,
                Some(serde_json::from_str::<Value>(v).map_err(|e| e.to_string())?),
            ),
            None => (rest, None),
        };
        let mut segments = segments(path)?;
        let last = segments.pop().ok_or("empty path")?;
        let mut target = root;
        for s in segments {
            target = match s {
                Seg::Field(f) => target.get_mut(&f),
                Seg::Index(i) => target.get_mut(i),
            }
            .ok_or(format!("no {path}"))?;
        }
        match (op, last, value) {
            ("set", Seg::Field(f), Some(v)) => {
                target.as_object_mut().ok_or("not an object")?.insert(f, v);
            }
            ("set", Seg::Index(i), Some(v)) => {
                *target.get_mut(i).ok_or("no such index")? = v;
            }
            ("push", Seg::Field(f), Some(v)) => {
                target[&f].as_array_mut().ok_or("not a list")?.push(v);
            }
            ("delete", Seg::Field(f), None) => {
                target
                    .as_object_mut()
                    .ok_or("not an object")?
                    .remove(&f)
                    .ok_or("absent")?;
            }
            ("delete", Seg::Index(i), None) => {
                target.as_array_mut().ok_or("not a list")?.remove(i);
            }
            _ => return Err("bad edit".into()),
        }
        Ok(())
    }

    enum Seg {
        Field(String),
        Index(usize),
    }

    fn segments(path: &str) -> Result<Vec<Seg>, String> {
        let mut out = Vec::new();
        for part in path.split('.') {
            let (name, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
            if !name.is_empty() {
                out.push(Seg::Field(name.to_owned()));
            }
            while let Some(r) = rest.strip_prefix('[') {
                let (n, after) = r.split_once(']').ok_or("unclosed [")?;
                out.push(Seg::Index(n.parse().map_err(|_| "bad index")?));
                rest = after;
            }
        }
        Ok(out)
    }

    pub(super) fn all_fixture_problems() -> Vec<Problem> {
        let mut all = Vec::new();
        for entry in fs::read_dir(fixtures().join("invalid")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                if let Err(p) = load(&fs::read_to_string(&path).unwrap()) {
                    all.extend(p);
                }
            }
        }
        for case in parse_cases(&read("invalid.cases")) {
            if let Err(p) = load(&case.json()) {
                all.extend(p);
            }
        }
        all
    }
}

// --------------------------------------------------------------- messages

mod messages {
    use super::*;

    fn all_texts() -> Vec<(String, Locale, &'static str)> {
        let mut out = Vec::new();
        for l in Locale::ALL {
            for k in ProblemMsg::ALL {
                out.push((k.name().to_owned(), l, k.text(l)));
            }
            for k in Term::ALL {
                out.push((k.name().to_owned(), l, k.text(l)));
            }
        }
        out
    }

    #[test]
    fn no_message_is_blank() {
        for (name, locale, text) in all_texts() {
            assert!(!text.trim().is_empty(), "{name} is blank in {locale:?}");
        }
    }

    #[test]
    fn persian_orthography() {
        for (name, locale, text) in all_texts() {
            if locale == Locale::Fa {
                check_persian(&name, text);
            }
        }
        for fixture in ["valid.json", "seven.json"] {
            for (place, text) in instrument(fixture).texts() {
                check_persian(&place, text.declared(Locale::Fa).unwrap_or_default());
            }
        }
    }

    /// Every message fills all its placeholders, in every locale, for every
    /// problem the fixtures produce.
    #[test]
    fn placeholders_are_filled() {
        for p in validation::all_fixture_problems() {
            for l in Locale::ALL {
                let m = p.message(l);
                let sentence = m.strip_prefix(&format!("{}: ", p.path)).unwrap_or(&m);
                assert!(!sentence.contains('{') || sentence.contains("{ … }"), "{m}");
            }
        }
    }

    #[test]
    fn messages_in_three_languages() {
        let p = Problem::new("dimensions[2].weight", ProblemKind::NonPositiveWeight);
        assert_eq!(
            p.message(Locale::En),
            "dimensions[2].weight: A weight must be greater than 0."
        );
        assert_eq!(
            p.message(Locale::Tr),
            "dimensions[2].weight: Ağırlık 0'dan büyük olmalı."
        );
        assert_eq!(
            p.message(Locale::Fa),
            "dimensions[2].weight: وزن باید بزرگ\u{200c}تر از صفر باشد."
        );
        let p = Problem::new("title", ProblemKind::MissingLocale("fa".into()));
        assert_eq!(p.message(Locale::En), "title: The text in “fa” is missing.");
        assert_eq!(p.message(Locale::Tr), "title: “fa” dilindeki metin eksik.");
        assert_eq!(p.message(Locale::Fa), "title: متن به زبان «fa» وجود ندارد.");
    }

    #[test]
    fn answer_labels() {
        for (kind, value, label) in [
            (ItemKind::Agree5, 1, Some(Term::StronglyDisagree)),
            (ItemKind::Agree5, 3, Some(Term::Neutral)),
            (ItemKind::Agree5, 5, Some(Term::StronglyAgree)),
            (ItemKind::Agree5, 0, None),
            (ItemKind::YesNo, 0, Some(Term::No)),
            (ItemKind::YesNo, 1, Some(Term::Yes)),
            (ItemKind::Scale10, 0, Some(Term::ScaleLow)),
            (ItemKind::Scale10, 5, None),
            (ItemKind::Scale10, 10, Some(Term::ScaleHigh)),
        ] {
            assert_eq!(kind.label(value), label, "{kind:?} {value}");
        }
        assert_eq!(Horizon::Days60.label().text(Locale::Tr), "60 gün");
    }
}

// ---------------------------------------------------------------- scoring

/// Builds answers from a little language, applied left to right:
/// `all=best|worst|max|min|mid|na` sets every item, `ID=N` and `ID=na` set
/// one, `ID=-` clears one. `best` is the top of the scale, or the bottom
/// for reverse items; `mid` the middle (agree5 3, scale10 5).
fn answers(instrument: &Instrument, spec: &str) -> Answers {
    let mut out = Answers::new();
    for token in spec.split_whitespace() {
        let (id, value) = token.split_once('=').unwrap();
        if id == "all" {
            for item in instrument.items() {
                let (lo, hi) = item.kind().range();
                let a = match value {
                    "max" => Answer::Value(hi),
                    "min" => Answer::Value(lo),
                    "best" if item.reverse() => Answer::Value(lo),
                    "best" => Answer::Value(hi),
                    "worst" if item.reverse() => Answer::Value(hi),
                    "worst" => Answer::Value(lo),
                    "mid" => Answer::Value((lo + hi) / 2),
                    "na" => Answer::NotApplicable,
                    _ => panic!("{token}"),
                };
                out.insert(item.id().to_owned(), a);
            }
        } else if value == "-" {
            out.remove(id);
        } else if value == "na" {
            out.insert(id.to_owned(), Answer::NotApplicable);
        } else {
            out.insert(id.to_owned(), Answer::Value(value.parse().unwrap()));
        }
    }
    out
}

/// The results as `key: value` lines.
fn render(r: &Results) -> String {
    let mut out = String::new();
    for d in &r.dimensions {
        let status = match &d.status {
            Status::Scored(s) => format!("{} {}", s.score, s.band),
            Status::NotEnoughAnswers => "not enough answers".to_owned(),
        };
        out.push_str(&format!(
            "{}: {status} ({}/{} scored, {} n/a)\n",
            d.id, d.scored_items, d.total_items, d.na_items
        ));
    }
    match &r.overall {
        Some(s) => out.push_str(&format!("overall: {} {}\n", s.score, s.band)),
        None => out.push_str("overall: none\n"),
    }
    let headline = r.headline().map_or("none".to_owned(), |h| {
        format!(
            "{} {}",
            h.id,
            h.score().map_or("-".to_owned(), |s| s.to_string())
        )
    });
    out.push_str(&format!("headline: {headline}\n"));
    out.push_str(&format!(
        "completion: {}% ({}/{})\n",
        r.completion, r.answered, r.total
    ));
    out.push_str(&format!("strongest: {}\n", r.strongest.join(" ")));
    out.push_str(&format!("weakest: {}\n", r.weakest.join(" ")));
    let recs: Vec<String> = r
        .recommendations
        .iter()
        .map(|k| format!("{}/{}", k.dimension, k.band))
        .collect();
    out.push_str(&format!("recommendations: {}\n", recs.join(" ")));
    let actions: Vec<String> = r
        .suggested_actions
        .iter()
        .map(|k| format!("{}:{}", k.horizon.days(), k.action))
        .collect();
    out.push_str(&format!("actions: {}\n", actions.join(" ")));
    out.lines().map(|l| format!("{}\n", l.trim_end())).collect()
}

/// Scores `spec` against the fixture and compares the lines of `expected`
/// with the rendered lines of the same keys.
fn check_score(fixture: &str, spec: &str, expected: &str) {
    let i = instrument(fixture);
    let results = score(&i, &answers(&i, spec));
    let rendered = render(&results);
    let mut want = String::new();
    let mut got = String::new();
    for line in expected.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let key = line.split(':').next().unwrap();
        let actual = rendered
            .lines()
            .find(|l| l.split(':').next() == Some(key))
            .unwrap_or("(missing)");
        want.push_str(line);
        want.push('\n');
        got.push_str(actual);
        got.push('\n');
    }
    assert_eq!(got, want, "\n{fixture} `{spec}`; all results:\n{rendered}");
}

mod scoring {
    use super::*;

    #[test]
    fn best_answers_score_100_everywhere() {
        check_score(
            "valid.json",
            "all=best",
            "
            customer_centricity: 100 leading (3/3 scored, 0 n/a)
            process: 100 leading (3/3 scored, 0 n/a)
            data: 100 leading (2/2 scored, 0 n/a)
            people: 100 leading (1/1 scored, 0 n/a)
            overall: 100 leading
            completion: 100% (9/9)
        ",
        );
        check_score("seven.json", "all=best", "overall: 100 high");
    }

    #[test]
    fn worst_answers_score_0_everywhere() {
        check_score(
            "valid.json",
            "all=worst",
            "
            customer_centricity: 0 reactive (3/3 scored, 0 n/a)
            process: 0 reactive (3/3 scored, 0 n/a)
            data: 0 reactive (2/2 scored, 0 n/a)
            people: 0 reactive (1/1 scored, 0 n/a)
            overall: 0 reactive
        ",
        );
        check_score("seven.json", "all=worst", "overall: 0 low");
    }

    /// All at the top of the scale: reverse items count as the lowest.
    #[test]
    fn all_max_and_all_min_with_reverse_items() {
        // customer_centricity: cc_1 20, cc_2 reversed 0, cc_3 (w2) 20
        //   → 5 × (20 + 0 + 40) / 4 = 75.
        // data: da_1 20, da_2 reversed 0 → 50.
        check_score(
            "valid.json",
            "all=max",
            "
            customer_centricity: 75 leading (3/3 scored, 0 n/a)
            process: 100 leading (3/3 scored, 0 n/a)
            data: 50 developing (2/2 scored, 0 n/a)
            people: 100 leading (1/1 scored, 0 n/a)
            overall: 80 leading
        ",
        );
        check_score(
            "valid.json",
            "all=min",
            "
            customer_centricity: 25 reactive (3/3 scored, 0 n/a)
            process: 0 reactive (3/3 scored, 0 n/a)
            data: 50 developing (2/2 scored, 0 n/a)
            people: 0 reactive (1/1 scored, 0 n/a)
            overall: 20 reactive
        ",
        );
    }

    /// The middle of every scale is 50, reversed or not, whatever the
    /// weights.
    #[test]
    fn middle_answers_score_50_everywhere() {
        let i = instrument("seven.json");
        let results = score(&i, &answers(&i, "all=mid"));
        for d in &results.dimensions {
            assert_eq!(d.score(), Some(50), "{}", d.id);
        }
        assert_eq!(results.overall.as_ref().map(|o| o.score), Some(50));
    }

    /// Each scale is mapped linearly; reverse flips it.
    #[test]
    fn scale_points() {
        // people has a single agree5 item.
        for (answer, expected) in [(1, 0), (2, 25), (3, 50), (4, 75), (5, 100)] {
            check_score(
                "valid.json",
                &format!("pe_1={answer}"),
                &format!("people: {expected} {} (1/1 scored, 0 n/a)", band(expected)),
            );
        }
        // minimal has a single yes_no item.
        check_score("minimal.json", "q=0", "only: 0 all (1/1 scored, 0 n/a)");
        check_score("minimal.json", "q=1", "only: 100 all (1/1 scored, 0 n/a)");
        // data: da_1 agree5 and da_2 scale10 reversed, equal weights.
        for (da_2, expected) in [(0, 100), (1, 95), (3, 85), (7, 65), (10, 50)] {
            check_score(
                "valid.json",
                &format!("da_1=5 da_2={da_2}"),
                &format!("data: {expected} {} (2/2 scored, 0 n/a)", band(expected)),
            );
        }
    }

    fn band(score: u8) -> &'static str {
        match score {
            0..=39 => "reactive",
            40..=74 => "developing",
            _ => "leading",
        }
    }

    /// Item weights: cc_3 (yes/no) weighs 2, pr_3 weighs 3.
    #[test]
    fn item_weights() {
        // (20 + 20 + 2 × 0) / 4 → 50, not (20 + 20 + 0) / 3 → 67.
        check_score(
            "valid.json",
            "cc_1=5 cc_2=1 cc_3=0",
            "customer_centricity: 50 developing (3/3 scored, 0 n/a)",
        );
        // pr_1 10/10 (20), pr_2 no (0), pr_3 agree (15 × 3): 5 × 65 / 5 = 65.
        check_score(
            "valid.json",
            "pr_1=10 pr_2=0 pr_3=4",
            "process: 65 developing (3/3 scored, 0 n/a)",
        );
    }

    /// Dimension weights: customer_centricity counts twice in the overall.
    #[test]
    fn dimension_weights() {
        // cc 100 (w2), others 0: 200 / 5 = 40.
        check_score(
            "valid.json",
            "all=worst cc_1=5 cc_2=1 cc_3=1",
            "overall: 40 developing",
        );
        // people 100 (w1), others 0: 100 / 5 = 20.
        check_score("valid.json", "all=worst pe_1=5", "overall: 20 reactive");
    }

    /// N/A is excluded: it neither lowers the score nor counts as scored.
    #[test]
    fn not_applicable_is_excluded() {
        check_score(
            "valid.json",
            "all=best pr_2=na",
            "
            process: 100 leading (2/3 scored, 1 n/a)
            completion: 100% (9/9)
        ",
        );
        check_score(
            "valid.json",
            "all=worst pr_2=na",
            "process: 0 reactive (2/3 scored, 1 n/a)",
        );
        check_score(
            "valid.json",
            "pr_1=10 pr_2=na pr_3=1",
            "process: 25 reactive (2/3 scored, 1 n/a)",
        );
    }

    /// Fewer than half of a dimension's items with a value: no score.
    #[test]
    fn not_enough_answers() {
        check_score(
            "valid.json",
            "all=best pr_2=na pr_3=na",
            "
            process: not enough answers (1/3 scored, 2 n/a)
            overall: 100 leading
        ",
        );
        check_score(
            "valid.json",
            "all=best pr_2=- pr_3=-",
            "
            process: not enough answers (1/3 scored, 0 n/a)
            completion: 77% (7/9)
        ",
        );
        // Exactly half is enough.
        check_score(
            "valid.json",
            "da_1=5",
            "data: 100 leading (1/2 scored, 0 n/a)",
        );
        check_score(
            "valid.json",
            "pe_1=na",
            "people: not enough answers (0/1 scored, 1 n/a)",
        );
        check_score(
            "valid.json",
            "",
            "
            customer_centricity: not enough answers (0/3 scored, 0 n/a)
            overall: none
            headline: customer_centricity -
            completion: 0% (0/9)
            strongest:
            weakest:
            recommendations:
            actions:
        ",
        );
        check_score(
            "valid.json",
            "all=na",
            "
            overall: none
            completion: 100% (9/9)
        ",
        );
    }

    /// Values off the scale and unknown item ids are ignored.
    #[test]
    fn invalid_answers_are_ignored() {
        check_score(
            "valid.json",
            "pe_1=0",
            "people: not enough answers (0/1 scored, 0 n/a)",
        );
        check_score(
            "valid.json",
            "pe_1=6",
            "people: not enough answers (0/1 scored, 0 n/a)",
        );
        check_score(
            "valid.json",
            "cc_3=2 cc_1=5 cc_2=1",
            "customer_centricity: 100 leading (2/3 scored, 0 n/a)",
        );
        check_score(
            "valid.json",
            "pr_1=11 nope=3 pe_1=255",
            "completion: 0% (0/9)",
        );
    }

    /// Completion counts N/A as answered and rounds down.
    #[test]
    fn completion() {
        check_score("valid.json", "cc_1=1", "completion: 11% (1/9)");
        check_score("valid.json", "all=best pe_1=-", "completion: 88% (8/9)");
        check_score("valid.json", "all=na pe_1=-", "completion: 88% (8/9)");
    }

    /// Rounding is half away from zero, on the exact mean, in the core.
    #[test]
    fn rounding() {
        // 5 × (15 + 15 + 40) / 4 = 87.5 → 88.
        check_score(
            "valid.json",
            "cc_1=4 cc_2=2 cc_3=1",
            "customer_centricity: 88 leading (3/3 scored, 0 n/a)",
        );
        // pr_1 6 (12), pr_3 3 × w3 (30): 5 × 42 / 4 = 52.5 → 53.
        check_score(
            "valid.json",
            "pr_1=6 pr_2=na pr_3=3",
            "process: 53 developing (2/3 scored, 1 n/a)",
        );
        // echo: a reversed with weight 2, s weight 1.
        // 5 × (2 × 0 + 20) / 3 = 33.33 → 33; 5 × (2 × 20 + 0) / 3 = 66.67 → 67.
        check_score(
            "seven.json",
            "echo_a=5 echo_s=10",
            "echo: 33 low (2/2 scored, 0 n/a)",
        );
        check_score(
            "seven.json",
            "echo_a=1 echo_s=0",
            "echo: 67 mid (2/2 scored, 0 n/a)",
        );
        check_score(
            "valid.json",
            "cc_1=5 cc_2=5 cc_3=0",
            "customer_centricity: 25 reactive (3/3 scored, 0 n/a)",
        );
        for (x, r) in [
            (0.0, 0),
            (12.5, 13),
            (12.499_999_999_9, 13),
            (12.49, 12),
            (99.5, 100),
            (100.0, 100),
            (-3.0, 0),
            (250.0, 100),
        ] {
            assert_eq!(kilit_core::assessment::round_score(x), r, "{x}");
        }
    }

    /// The overall index is the weighted mean of the exact dimension
    /// scores, rounded once.
    #[test]
    fn overall_uses_exact_dimension_scores() {
        // cc 87.5 (w2), process 52.5, people 25, data not scored:
        // (175 + 52.5 + 25) / 4 = 63.125 → 63. With the rounded scores
        // (88, 53, 25) it would be 63.5 → 64.
        check_score(
            "valid.json",
            "cc_1=4 cc_2=2 cc_3=1 pr_1=6 pr_2=na pr_3=3 da_2=na pe_1=2",
            "
            customer_centricity: 88 leading (3/3 scored, 0 n/a)
            process: 53 developing (2/3 scored, 1 n/a)
            data: not enough answers (0/2 scored, 1 n/a)
            people: 25 reactive (1/1 scored, 0 n/a)
            overall: 63 developing
            headline: customer_centricity 88
            completion: 88% (8/9)
            strongest:
            weakest: people process customer_centricity
            recommendations: people/developing process/leading customer_centricity/leading
            actions: 30:pe_d_1 60:pr_l_1 90:cc_l_1
        ",
        );
    }

    /// Scoring twice gives the same results; the answers' order of
    /// insertion does not matter.
    #[test]
    fn deterministic() {
        let i = instrument("seven.json");
        let a = answers(&i, "all=mid golf_a=5 echo_s=3 alpha_a=na");
        let mut b = Answers::new();
        for (k, v) in a.iter().rev() {
            b.insert(k.clone(), *v);
        }
        assert_eq!(score(&i, &a), score(&i, &b));
    }

    #[test]
    fn answers_serialise_plainly() {
        let mut a = Answers::new();
        a.insert("cc_1".into(), Answer::Value(4));
        a.insert("cc_2".into(), Answer::NotApplicable);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json, r#"{"cc_1":{"value":4},"cc_2":"not_applicable"}"#);
        assert_eq!(serde_json::from_str::<Answers>(&json).unwrap(), a);
    }
}

// ---------------------------------------------------------------- ranking

mod ranking {
    use super::*;

    /// seven.json lists its dimensions as golf, echo, alpha, delta, bravo,
    /// foxtrot, charlie, with English titles in yet another order; ties
    /// must follow the ids.
    #[test]
    fn ties_are_broken_by_id() {
        check_score(
            "seven.json",
            "all=mid",
            "
            strongest: delta echo foxtrot
            weakest: alpha bravo charlie
        ",
        );
    }

    #[test]
    fn strongest_and_weakest() {
        // Scores: golf 100, echo 0, alpha 50, delta 100, bravo 0, foxtrot 50,
        // charlie 100.
        // (echo, delta and foxtrot have reverse agree5 items; alpha and
        // foxtrot reverse scale10 items.)
        let spec = "all=mid golf_a=5 golf_s=10 delta_a=1 delta_s=10 charlie_a=5 charlie_s=10 \
                    echo_a=5 echo_s=0 bravo_a=1 bravo_s=0";
        check_score(
            "seven.json",
            spec,
            "
            golf: 100 high (2/2 scored, 0 n/a)
            echo: 0 low (2/2 scored, 0 n/a)
            charlie: 100 high (2/2 scored, 0 n/a)
            strongest: charlie delta golf
            weakest: bravo echo alpha
            recommendations: bravo/low echo/low alpha/low
        ",
        );
    }

    /// Only scored dimensions are ranked, and none is both strong and weak.
    #[test]
    fn few_scored_dimensions() {
        check_score(
            "seven.json",
            "golf_a=5 echo_a=1",
            "
            strongest:
            weakest: echo golf
        ",
        );
        check_score(
            "seven.json",
            "all=mid golf_a=5 golf_s=10 echo_a=na echo_s=na alpha_a=- alpha_s=-",
            "
            strongest: golf foxtrot
            weakest: bravo charlie delta
        ",
        );
    }

    /// Suggested actions: by horizon, then weakest first, then file order.
    #[test]
    fn suggested_actions_order() {
        // Weakest: echo (60), golf (30), alpha (90)... by scores 0, 25, 50.
        check_score(
            "seven.json",
            "all=best echo_a=5 echo_s=0 golf_a=1 golf_s=5 alpha_a=3 alpha_s=5",
            "
            weakest: echo golf alpha
            actions: 30:golf_act 60:echo_act 90:alpha_act
        ",
        );
        check_score(
            "valid.json",
            "all=worst",
            "
            weakest: customer_centricity data people
            recommendations: customer_centricity/reactive data/reactive people/developing
            actions: 30:cc_r_1 30:da_r_1 30:pe_d_1 60:da_r_2 90:cc_r_2
        ",
        );
    }
}

// ------------------------------------------------------------------- plan

mod plan {
    use super::*;

    fn key(action: &str, days: u16) -> ActionKey {
        ActionKey {
            instrument: "kam-basics-example".into(),
            action: action.into(),
            horizon: Horizon::from_days(days).unwrap(),
        }
    }

    fn fields(action: &str) -> RowFields {
        RowFields {
            action: action.into(),
            owner: "Ayşe".into(),
            due: Some("2025-03-31".into()),
            horizon: Horizon::Days30,
        }
    }

    /// The plan as one line: suggested rows by action id, edited rows as
    /// `[text]`, dismissed keys after `|`.
    fn show(plan: &ActionPlan) -> String {
        let rows: Vec<String> = plan
            .rows
            .iter()
            .map(|r| match r {
                PlanRow::Suggested(k) => k.action.clone(),
                PlanRow::Edited {
                    fields,
                    origin: Some(o),
                } => format!("[{}<{}]", fields.action, o.action),
                PlanRow::Edited {
                    fields,
                    origin: None,
                } => format!("[{}]", fields.action),
            })
            .collect();
        let dismissed: Vec<&str> = plan.dismissed.iter().map(|k| k.action.as_str()).collect();
        format!("{} | {}", rows.join(" "), dismissed.join(" "))
    }

    enum Step {
        Refresh(&'static [(&'static str, u16)]),
        Edit(usize, &'static str),
        Add(&'static str),
        Remove(usize),
        Restore(&'static [(&'static str, u16)]),
    }

    fn check(steps: &[(Step, &str)]) {
        let mut plan = ActionPlan::default();
        for (n, (step, expected)) in steps.iter().enumerate() {
            let keys =
                |list: &[(&str, u16)]| list.iter().map(|(a, d)| key(a, *d)).collect::<Vec<_>>();
            match step {
                Step::Refresh(list) => plan.refresh(&keys(list)),
                Step::Edit(i, text) => {
                    plan.edit(*i, fields(text));
                }
                Step::Add(text) => plan.add(fields(text)),
                Step::Remove(i) => {
                    plan.remove(*i);
                }
                Step::Restore(list) => plan.restore_suggestions(&keys(list)),
            }
            assert_eq!(show(&plan), *expected, "after step {n}");
        }
    }

    #[test]
    fn suggestions_follow_the_answers_until_edited() {
        use Step::*;
        check(&[
            (Refresh(&[("a", 30), ("b", 60), ("c", 90)]), "a b c | "),
            // New answers: b stays in place, a and c go, d and e come.
            (Refresh(&[("d", 30), ("b", 60), ("e", 90)]), "b d e | "),
            // Editing d makes it the user's: it stays whatever the answers.
            (Edit(1, "Call the buyer"), "b [Call the buyer<d] e | "),
            (Refresh(&[("a", 30)]), "[Call the buyer<d] a | "),
            // An edited suggestion is not suggested again.
            (Refresh(&[("d", 30), ("a", 30)]), "[Call the buyer<d] a | "),
            (Add("Own idea"), "[Call the buyer<d] a [Own idea] | "),
            (Refresh(&[("f", 60)]), "[Call the buyer<d] [Own idea] f | "),
            // Removing a suggestion dismisses it.
            (Remove(2), "[Call the buyer<d] [Own idea] | f"),
            (
                Refresh(&[("f", 60), ("g", 90)]),
                "[Call the buyer<d] [Own idea] g | f",
            ),
            // Removing an edited row dismisses its origin too.
            (Remove(0), "[Own idea] g | d f"),
            (Refresh(&[("d", 30), ("g", 90)]), "[Own idea] g | d f"),
            (Restore(&[("d", 30), ("g", 90)]), "[Own idea] g d | "),
        ]);
    }

    #[test]
    fn refresh_is_idempotent_and_out_of_range_is_harmless() {
        let keys = [key("a", 30), key("b", 60)];
        let mut plan = ActionPlan::suggested(&keys);
        let once = plan.clone();
        plan.refresh(&keys);
        assert_eq!(plan, once);
        assert!(!plan.edit(5, fields("x")));
        assert!(!plan.remove(2));
        assert_eq!(plan, once);
    }

    /// Suggested rows are keys: their text follows the UI language.
    #[test]
    fn suggested_rows_change_language() {
        let i = instrument("valid.json");
        let results = score(&i, &answers(&i, "all=worst"));
        let plan = ActionPlan::suggested(&results.suggested_actions);
        let row = &plan.rows[0];
        assert_eq!(
            row.text(&i, Locale::En),
            Some("Write a one-page goal summary for each of the five largest customers.")
        );
        assert_eq!(
            row.text(&i, Locale::Tr),
            Some("En büyük beş müşterinin her biri için tek sayfalık bir hedef özeti yazın.")
        );
        assert_eq!(row.fields(&i, Locale::Tr).horizon, Horizon::Days30);
        // A key the instrument does not know has no text (the UI hides it).
        let stale = PlanRow::Suggested(key("gone", 30));
        assert_eq!(stale.text(&i, Locale::En), None);
    }

    #[test]
    fn plan_round_trips_through_json() {
        let mut plan = ActionPlan::suggested(&[key("a", 30), key("b", 90)]);
        plan.edit(1, fields("Call"));
        plan.remove(0);
        let json = serde_json::to_string(&plan).unwrap();
        assert!(json.contains(r#""horizon":90"#), "{json}");
        assert_eq!(serde_json::from_str::<ActionPlan>(&json).unwrap(), plan);
        assert!(serde_json::from_str::<ActionPlan>(&json.replace(":90", ":45")).is_err());
    }
}

// ------------------------------------------------------------------- docs

mod docs {
    use super::*;

    fn doc(name: &str) -> String {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../docs")
            .join(name);
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// The first ```json block after `marker`.
    fn json_block(text: &str, marker: &str) -> String {
        let start = text.find(marker).unwrap_or_else(|| panic!("no {marker}"));
        let rest = &text[start..];
        let open = rest.find("```json\n").unwrap() + "```json\n".len();
        let close = rest[open..].find("\n```").unwrap();
        rest[open..open + close].to_owned()
    }

    /// The complete example in docs/instrument-format.md is the valid
    /// fixture, and loads.
    #[test]
    fn format_doc_example_is_valid() {
        let example = json_block(&doc("instrument-format.md"), "## Complete example");
        let from_doc = load(&example).unwrap_or_else(|p| panic!("{}", lines(&p)));
        assert_eq!(from_doc, instrument("valid.json"));
    }

    /// The worked example in docs/scoring.md matches the code.
    #[test]
    fn scoring_doc_example_holds() {
        let text = doc("scoring.md");
        for needle in ["= 87.5", "= 52.5", "63.125", "**63**", "8 / 9", "88 %"] {
            assert!(text.contains(needle), "scoring.md lacks {needle}");
        }
    }
}

// --------------------------------------------------------------- built-in

mod builtin {
    use super::*;
    use kilit_core::assessment::{builtin, builtin_sources};

    /// Both built-in instruments load with no problem, under the id they
    /// are listed with, declare all three locales, and have every text
    /// non-blank in each of them.
    #[test]
    fn builtins_load_and_are_fully_translated() {
        let mut counts = Vec::new();
        for (id, json) in builtin_sources() {
            let i = load(json).unwrap_or_else(|p| panic!("{id}:\n{}", lines(&p)));
            assert_eq!(i.id(), id);
            assert_eq!(i.locales().len(), 3, "{id} declares {:?}", i.locales());
            for l in Locale::ALL {
                assert!(i.locales().contains(&l), "{id} lacks {l:?}");
            }
            for (place, text) in i.texts() {
                for l in Locale::ALL {
                    let t = text.declared(l).unwrap_or_default();
                    assert!(!t.trim().is_empty(), "{id}: {place} is blank in {l:?}");
                }
                check_persian(
                    &format!("{id}: {place}"),
                    text.declared(Locale::Fa).unwrap_or_default(),
                );
            }
            if id == "crm-readiness" {
                // The issue: customer centricity is shown on its own.
                let headline = i.headline().map(|d| d.id());
                assert_eq!(headline, Some("customer_centricity"), "{id}");
                // IDIC "customise" and "customisation" are one dimension
                // (docs/instrument-format.md).
                let tailoring: Vec<&str> = i
                    .dimensions()
                    .iter()
                    .map(|d| d.id())
                    .filter(|d| d.contains("customi"))
                    .collect();
                assert_eq!(tailoring, ["customisation"], "{id}");
            }
            assert!(builtin(id).is_some_and(|r| r.is_ok()));
            counts.push(format!(
                "{id}: {} dimensions, {} items",
                i.dimensions().len(),
                i.items().len()
            ));
        }
        assert!(builtin("nope").is_none());
        println!("{}", counts.join("\n"));
    }

    /// Every built-in scores 100 with the best answers and 0 with the worst,
    /// and every dimension has at least one action to suggest in its
    /// lowest band.
    #[test]
    fn builtins_score_end_to_end() {
        for (id, json) in builtin_sources() {
            let i = load(json).unwrap();
            let best = score(&i, &answers(&i, "all=best"));
            assert_eq!(best.overall.map(|o| o.score), Some(100), "{id}");
            let worst = score(&i, &answers(&i, "all=worst"));
            assert_eq!(worst.overall.map(|o| o.score), Some(0), "{id}");
            assert_eq!(worst.weakest.len(), 3.min(i.dimensions().len()), "{id}");
            assert!(
                !worst.suggested_actions.is_empty(),
                "{id}: nothing to suggest"
            );
            for key in &worst.suggested_actions {
                assert!(i.action(key).is_some(), "{id}: {key:?}");
            }
        }
    }
}
