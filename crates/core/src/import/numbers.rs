//! Which decimal mark a file uses, judged by its numbers.

use crate::i18n::Locale;

use super::settings::{Delimiter, NumberStyle};

/// What a file's numbers say about the decimal mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberGuess {
    pub style: NumberStyle,
    /// `false` when no sampled number shows its decimal mark (all are like
    /// `1.234` or `15`), or numbers disagree. Ask the user then, if any
    /// number is ambiguous.
    pub decided: bool,
}

/// Guesses the decimal mark from numbers as written. A number shows it when
/// it has both marks (the last is the decimal one), one mark twice (it
/// groups thousands), or one mark not followed by exactly three digits
/// (`12,5`, `1.25`). When none does, a semicolon-separated file is taken to
/// use a decimal comma (Excel writes semicolons where the comma is the
/// decimal mark); otherwise Turkish users get a decimal comma and the others
/// a decimal point.
pub fn guess_number_style<'a>(
    values: impl IntoIterator<Item = &'a str>,
    delimiter: Delimiter,
    locale: Locale,
) -> NumberGuess {
    let (mut comma, mut point) = (0usize, 0usize);
    for v in values {
        match vote(v) {
            Some(NumberStyle::DecimalComma) => comma += 1,
            Some(NumberStyle::DecimalPoint) => point += 1,
            None => {}
        }
    }
    if comma == 0 && point == 0 {
        let style = if delimiter == Delimiter::Semicolon || locale == Locale::Tr {
            NumberStyle::DecimalComma
        } else {
            NumberStyle::DecimalPoint
        };
        return NumberGuess {
            style,
            decided: false,
        };
    }
    NumberGuess {
        style: if comma > point {
            NumberStyle::DecimalComma
        } else {
            NumberStyle::DecimalPoint
        },
        decided: comma == 0 || point == 0,
    }
}

/// What one number says, if anything. A text that is no number in either
/// style says nothing.
fn vote(text: &str) -> Option<NumberStyle> {
    if text.contains('٫') || crate::number::parse_number(text, None).is_err() {
        return None;
    }
    let marks: Vec<(usize, char)> = text
        .chars()
        .enumerate()
        .filter(|(_, c)| matches!(c, '.' | ','))
        .collect();
    let dots = marks.iter().filter(|(_, c)| *c == '.').count();
    let commas = marks.len() - dots;
    let style = |c: char| {
        if c == ',' {
            NumberStyle::DecimalComma
        } else {
            NumberStyle::DecimalPoint
        }
    };
    match (dots, commas) {
        (0, 0) => None,
        (d, c) if d > 0 && c > 0 => marks.last().map(|(_, c)| style(*c)),
        (1, 0) | (0, 1) => {
            let (pos, c) = marks[0];
            let after = text
                .chars()
                .skip(pos + 1)
                .take_while(|c| crate::number::ascii_digit(*c).is_some())
                .count();
            let before = text[..]
                .chars()
                .take(pos)
                .filter(|c| crate::number::ascii_digit(*c).is_some())
                .count();
            (after != 3 && after > 0 && before > 0).then(|| style(c))
        }
        // One mark repeated groups thousands: the other is the decimal mark.
        (_, 0) => Some(NumberStyle::DecimalComma),
        _ => Some(NumberStyle::DecimalPoint),
    }
}
