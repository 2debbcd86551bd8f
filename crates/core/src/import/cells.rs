//! One cell read according to its column's role.

use std::sync::OnceLock;

use crate::accounts::{AccountsMsg, RelationshipStage};
use crate::date::Date;
use crate::i18n::Locale;
use crate::number::{parse_number, parse_percent};

use super::columns::{Role, ValueKind};
use super::dates::{parse_date, DateFormat};
use super::fold::{header_key, trim};
use super::problems::RowProblemKind;
use super::settings::ImportSettings;

/// What a cell was read as.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Value<'a> {
    /// Empty or white space.
    Blank,
    /// Text, trimmed.
    Text(&'a str),
    Number(f64),
    Date(Date),
    Stage(RelationshipStage),
    /// A rating from 1 to 5.
    Rating(u8),
}

/// How cells are read: the parts of the settings that matter per cell.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CellReader {
    pub hint: Option<Locale>,
    pub date_format: DateFormat,
}

impl CellReader {
    pub fn new(settings: &ImportSettings) -> CellReader {
        CellReader {
            hint: settings.numbers.hint(),
            date_format: settings.date_format,
        }
    }

    /// Reads `text` as a cell of a `role` column.
    pub fn read<'a>(&self, role: &Role, text: &'a str) -> Result<Value<'a>, RowProblemKind> {
        let t = trim(text);
        if t.is_empty() {
            return Ok(Value::Blank);
        }
        match role.value_kind() {
            ValueKind::Text => Ok(Value::Text(t)),
            ValueKind::Number => parse_number(t, self.hint)
                .map(Value::Number)
                .map_err(RowProblemKind::Number),
            ValueKind::Percent => parse_percent(t, self.hint)
                .map(Value::Number)
                .map_err(RowProblemKind::Number),
            ValueKind::Date => parse_date(t, self.date_format)
                .map(Value::Date)
                .map_err(RowProblemKind::Date),
            ValueKind::Stage => parse_stage(t)
                .map(Value::Stage)
                .ok_or(RowProblemKind::Stage),
            ValueKind::Rating => match parse_number(t, self.hint) {
                Ok(v) if v.fract() == 0.0 && (1.0..=5.0).contains(&v) => Ok(Value::Rating(v as u8)),
                _ => Err(RowProblemKind::Rating),
            },
        }
    }
}

/// A relationship stage by its code (`cooperative`) or its name in any
/// locale (`İş birliği`, `همکاری`), compared loosely.
pub(crate) fn parse_stage(text: &str) -> Option<RelationshipStage> {
    static NAMES: OnceLock<Vec<(String, RelationshipStage)>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut v = Vec::new();
        for s in RelationshipStage::ALL {
            v.push((header_key(s.code()), s));
            let label = match s {
                RelationshipStage::Exploratory => AccountsMsg::StageExploratory,
                RelationshipStage::Basic => AccountsMsg::StageBasic,
                RelationshipStage::Cooperative => AccountsMsg::StageCooperative,
                RelationshipStage::Interdependent => AccountsMsg::StageInterdependent,
                RelationshipStage::Integrated => AccountsMsg::StageIntegrated,
                RelationshipStage::Disintegrating => AccountsMsg::StageDisintegrating,
            };
            for l in Locale::ALL {
                v.push((header_key(label.text(l)), s));
            }
        }
        v
    });
    let key = header_key(text);
    names.iter().find(|(k, _)| *k == key).map(|(_, s)| *s)
}

/// The cells of one record, however they are stored.
pub(crate) trait Cells {
    /// Cell `i`, or `""` past the end.
    fn cell(&self, i: usize) -> &str;
    fn count(&self) -> usize;
}

impl Cells for super::records::Record<'_> {
    fn cell(&self, i: usize) -> &str {
        self.get(i)
    }

    fn count(&self) -> usize {
        self.len()
    }
}

impl Cells for [String] {
    fn cell(&self, i: usize) -> &str {
        self.get(i).map_or("", String::as_str)
    }

    fn count(&self) -> usize {
        self.len()
    }
}

/// A row whose number of cells differs from the header's. Extra cells that
/// are all empty are allowed (spreadsheets leave them after the last
/// column); missing cells are not, since the row may be shifted.
pub(crate) fn width_problem<C: Cells + ?Sized>(row: &C, expected: usize) -> Option<RowProblemKind> {
    let n = row.count();
    if n == expected || (n > expected && (expected..n).all(|i| trim(row.cell(i)).is_empty())) {
        return None;
    }
    Some(RowProblemKind::FieldCount {
        expected: expected as u32,
        found: n as u32,
    })
}
