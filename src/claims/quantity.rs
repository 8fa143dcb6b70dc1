//! Quantities in a clause: a number (in digits or words, or a vague "many"), its unit and hedge.
//!
//! "more than two and a half hours" -> Above 2.5 h; "2.5 hours" -> Exact 2.5 h; "many decades"
//! -> a vague count of decades; "over 80 years" -> Above 700,800 h. Durations are kept in hours
//! so outlets that use different units still compare; other units compare by their stem.
//! Times of day ("about 11:30 a.m.", "shortly before midday") are read here too, as minutes
//! after midnight with the words that tell them, since they are figures a clause states and
//! "4 p.m." must not be read as a count.

use super::lexicon::{self, Hedge};
use crate::text::words::stem;
use super::Word;
use crate::span::ByteSpan;
use crate::text::TokenKind;

/// What a quantity measures.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Unit {
    /// A length of time; the value is in hours.
    Time,
    /// A share in per cent.
    Percent,
    /// Money, with the currency's folded name or symbol.
    Money(String),
    /// A count of things, with the stem of the counted noun.
    Count(String),
}

/// A number with its unit and hedge, as one outlet states it.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// The verbatim words ("more than two and a half hours").
    pub span: ByteSpan,
    /// The value in the unit's base (hours for time); `None` for a vague amount ("many decades").
    pub value: Option<f64>,
    /// What is counted.
    pub unit: Unit,
    /// How the number is qualified.
    pub hedge: Hedge,
    /// For a vague amount, the size word it is counted in ("decade", "year", "dozen").
    pub scale: Option<String>,
    /// The figure as written, without the counted noun: "at least 5,100", "63%", "$2 billion",
    /// "tens of thousands", "16 inches".
    pub figure: ByteSpan,
    /// The place value of the last digit written, in the unit's base: 1 for "5,100", 0.1 for
    /// "63.4%", 1,000 for "914 thousand" (`None` for a vague amount). A figure written to a
    /// coarser step than another may be that figure rounded.
    pub step: Option<f64>,
}

impl Quantity {
    /// Whether two outlets give the same amount: same unit, and the same value (within rounding)
    /// or the same vague size. A vague amount never equals a stated number ("many decades" is not
    /// "more than 80 years").
    pub fn agrees_with(&self, other: &Quantity) -> bool {
        match (self.value, other.value) {
            (Some(a), Some(b)) => {
                let opposite = matches!(
                    (self.hedge, other.hedge),
                    (Hedge::Above, Hedge::Below) | (Hedge::Below, Hedge::Above)
                );
                // a bound the other figure passes ("just under 46%" against 46.3%) is another figure
                let beyond = |h: Hedge, bound: f64, x: f64| match h {
                    Hedge::Below => x > bound,
                    Hedge::Above => x < bound,
                    _ => false,
                };
                same_figure(a, b)
                    && !opposite
                    && !beyond(self.hedge, a, b)
                    && !beyond(other.hedge, b, a)
            }
            (None, None) => self.scale == other.scale,
            _ => false,
        }
    }

    /// Whether this figure, as an outlet writes it, gives `reference` rounded to its own step:
    /// "more than 914 thousand" for 914,143, "63%" for 63.36%. Only a coarser figure rounds a
    /// finer one ("63.4%" against a reference of "63%" is another, more precise figure), and a
    /// hedge must leave the reference on its open side ("more than 914 thousand" holds 914,143,
    /// "nearly 30%" does not hold 29.46%). The reference must be a plain figure.
    pub fn rounds(&self, reference: &Quantity) -> bool {
        let (Some(v), Some(r), Some(step), Some(ref_step)) = (self.value, reference.value, self.step, reference.step) else {
            return false;
        };
        // a hedged reference ("at least five days") is no figure to round
        if !self.same_measure(reference) || reference.hedge != Hedge::Exact {
            return false;
        }
        let side = match self.hedge {
            Hedge::Above => r >= v,
            Hedge::Below => r <= v,
            _ => true,
        };
        // figures written in two units ("120 km", "75 miles") are neither the finer: each is
        // the other rounded when they lie within the coarser one's half step
        let ratio = (step / ref_step).log10();
        if (ratio - ratio.round()).abs() > 1e-6 {
            return side && (r - v).abs() < step.max(ref_step) / 2.0 * (1.0 - 1e-9);
        }
        if step <= ref_step * (1.0 + 1e-9) {
            return false;
        }
        side && (r - v).abs() < step / 2.0 * (1.0 - 1e-9)
    }

    /// Whether an outlet giving this figure reports `reference`: the same figure (a hedge
    /// aside), or the reference rounded to this figure's step.
    pub fn reports(&self, reference: &Quantity) -> bool {
        self.agrees_with(reference) || self.rounds(reference)
    }

    /// This bare figure ("a depth of 19.3") read in the length unit its slot is measured in
    /// (`unit`, a folded word: "km"), kept in metres as a written length is; `None` when it is
    /// not a bare figure or `unit` is no length.
    pub(crate) fn in_length_unit(&self, unit: &str) -> Option<Quantity> {
        let m = lexicon::metres_in(unit)?;
        if self.unit != Unit::Count(String::new()) {
            return None;
        }
        Some(Quantity {
            unit: Unit::Count(METRE.to_string()),
            value: self.value.map(|v| v * m),
            step: self.step.map(|s| s * m),
            ..self.clone()
        })
    }

    /// Whether both measure the same kind of thing (so a difference is a disagreement).
    pub fn comparable(&self, other: &Quantity) -> bool {
        self.unit == other.unit
    }

    /// Whether two figures of one slot are in one measure: the same unit, or a count against a
    /// bare figure ("914,143 votes" and "more than 914 thousand" in a sentence about votes).
    fn same_measure(&self, other: &Quantity) -> bool {
        match (&self.unit, &other.unit) {
            (Unit::Count(a), Unit::Count(b)) => a == b || a.is_empty() || b.is_empty(),
            (a, b) => a == b,
        }
    }
}

/// Whether two stated figures are the same figure. A figure given more precisely than another
/// is another figure ("63.4%" against "63%" differs, as a reader comparing outlets sees it);
/// only the written form may vary ("2.5 hours", "two and a half hours", "150 minutes").
fn same_figure(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn number_word(w: &str) -> Option<f64> {
    crate::text::lexicon::number_word(w)
}

fn multiplier(w: &str) -> Option<f64> {
    lexicon::MULTIPLIERS.iter().find(|(n, _)| *n == w).map(|&(_, v)| v)
}

/// Hours in one unit of time, for a folded word ("hours", "decade").
fn time_unit(w: &str) -> Option<(f64, String)> {
    let singular = w.strip_suffix('s').unwrap_or(w);
    lexicon::TIME_UNITS
        .iter()
        .find(|(n, _)| *n == singular || *n == w)
        .map(|&(n, h)| (h, if n == "centurie" { "century".to_string() } else { n.to_string() }))
}

/// Hours in a unit of time named by its singular ("decade"), for sizing a vague length.
pub(crate) fn hours_in(unit: &str) -> Option<f64> {
    time_unit(unit).map(|(h, _)| h)
}

/// Whether a folded word names a unit of time ("decades"): the quantity carries it.
pub(super) fn is_time_word(w: &str) -> bool {
    time_unit(w).is_some()
}

/// The unit every length is kept in (`lexicon::LENGTH_UNITS`).
const METRE: &str = "metre";

/// Abbreviations written before an amount in place of a currency symbol ("Rs 10 lakh").
const CURRENCY_ABBREVIATIONS: &[&str] = &["inr", "rs", "usd", "eur", "gbp"];

const CURRENCY_WORDS: &[&str] =
    &["dollar", "euro", "pound", "ruble", "rouble", "yuan", "yen", "rupee", "franc", "lira", "usd", "eur", "gbp"];

fn parse_digits(s: &str) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    if ["st", "nd", "rd", "th"].iter().any(|suf| lower.ends_with(suf)) {
        return None; // an ordinal ("15th") is a rank or a date, not an amount
    }
    // "100,000" uses commas for thousands; "2.5" a decimal point; "1,3" (one comma, not followed
    // by three digits) a decimal comma
    let decimal_comma = !s.contains('.') && s.matches(',').count() == 1 && s.rsplit(',').next().is_some_and(|t| t.len() != 3);
    let cleaned: String = if decimal_comma { s.replace(',', ".") } else { s.chars().filter(|&c| c != ',').collect() };
    cleaned.parse::<f64>().ok()
}

/// Finds the quantities among a clause's words.
pub(super) fn scan(words: &[Word]) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        match read_at(words, i) {
            Some((q, next)) => {
                out.push(q);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// The times of day among a clause's words, each with the words that tell it (with the words
/// that lead to it: "shortly before midday", "about 11:30 a.m.") and its minutes after midnight.
/// The time stage reads the clock figures (`clocks`, as `DateMention::clock` gives them); a part
/// of the day ("in the afternoon") spans hours and is not a time to compare.
pub(super) fn times_of_day(words: &[Word], clocks: &[(ByteSpan, u16)]) -> Vec<(ByteSpan, u16)> {
    let mut out = Vec::new();
    for &(clock, minutes) in clocks {
        let Some(i) = words.iter().position(|w| w.span.start == clock.start) else {
            continue;
        };
        // the words that lead to it, two at most ("shortly before", "just after")
        let mut start = i;
        while start > 0 && i - start < 2 && lexicon::contains(&lexicon::TIME_LEADS, fold_at(words, start - 1)) {
            start -= 1;
        }
        if let Some(a) = words.get(start) {
            out.push((ByteSpan::new(a.span.start, clock.end), minutes));
        }
    }
    out
}

fn fold_at<'a>(words: &'a [Word], i: usize) -> &'a str {
    words.get(i).map_or("", |w| w.fold.as_str())
}

/// Reads a quantity starting at word `i`: returns it and the index after it.
fn read_at(words: &[Word], i: usize) -> Option<(Quantity, usize)> {
    // Hedge.
    let mut hedge = Hedge::Exact;
    let mut j = i;
    let head = fold_at(words, i);
    for (phrase, h) in lexicon::hedges() {
        // the first word decides most phrases at once
        if !phrase.strip_prefix(head).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')) {
            continue;
        }
        if phrase.split(' ').enumerate().all(|(k, p)| fold_at(words, i + k) == p) {
            hedge = h;
            j = i + phrase.split(' ').count();
            break;
        }
    }
    // Currency symbol before the number.
    let mut money: Option<String> = None;
    if let Some(w) = words.get(j) {
        if w.kind == TokenKind::Punct && matches!(w.text, "$" | "€" | "£" | "¥" | "₽" | "₹") {
            money = Some(w.text.to_string());
            j += 1;
        } else if w.kind == TokenKind::Word && CURRENCY_ABBREVIATIONS.contains(&w.fold.as_str()) && words.get(j + 1).is_some_and(|n| n.kind == TokenKind::Number || n.text == ".") {
            // "Rs 10 lakh", "Rs. 50,000", "INR 2 crore"
            money = Some(w.fold.clone());
            j += if fold_at(words, j + 1) == "." { 2 } else { 1 };
        }
    }
    let start = j;
    let first = words.get(j)?;
    let mut value: Option<f64> = None;
    let mut scale: Option<String> = None;
    // the place value of the last digit written (see `Quantity::step`)
    let mut step: Option<f64> = None;
    // a vague amount of a stated size ("several dozen"), which compares as "dozens"
    let mut sized = false;
    if first.kind == TokenKind::Number {
        // a number joined to another by ':' '-' '/' ("2023-10-09", "9:30", "3-1") is part of a
        // date, a clock time or a score, not an amount; "2:01:09" is a length of time
        let joined = |a: usize, b: usize| match (words.get(a), words.get(b)) {
            (Some(x), Some(y)) => x.span.end == y.span.start,
            _ => false,
        };
        let joiner = |k: usize| words.get(k).is_some_and(|w| matches!(w.text, ":" | "-" | "/" | "–" | "."));
        let number = |k: usize| words.get(k).is_some_and(|w| w.kind == TokenKind::Number);
        if j >= 2 && joiner(j - 1) && number(j - 2) && joined(j - 2, j - 1) && joined(j - 1, j) {
            return None;
        }
        let upper = |k: usize| words.get(k).and_then(|w| parse_digits(w.text));
        // a range ("3-4 m", "3 to 4 metres"): its upper bound, as "up to" would give it
        let range_to = |k: usize| -> Option<f64> {
            let dash = matches!(fold_at(words, k), "-" | "–") && joined(k - 1, k) && joined(k, k + 1) && !joiner(k + 2);
            let to = fold_at(words, k) == "to" && number(k + 1) && !joiner(k + 2);
            let low = upper(k - 1)?;
            (dash || to).then(|| upper(k + 1)).flatten().filter(|hi| *hi > low)
        };
        if let Some(hi) = range_to(j + 1) {
            value = Some(hi);
            step = words.get(j + 2).map(|w| digits_step(w.text));
            if hedge == Hedge::Exact {
                hedge = Hedge::Below;
            }
            j += 3;
        } else if joiner(j + 1) && number(j + 2) && joined(j, j + 1) && joined(j + 1, j + 2) {
            let colon = fold_at(words, j + 1) == ":";
            let clock = colon && fold_at(words, j + 3) == ":" && number(j + 4) && joined(j + 2, j + 3) && joined(j + 3, j + 4);
            let part = |k: usize| words.get(k).and_then(|w| w.text.parse::<f64>().ok());
            let begin = words.get(i)?;
            let length = |last: usize, hours: f64, step: f64| -> Option<(Quantity, usize)> {
                let span = ByteSpan::new(begin.span.start, words.get(last)?.span.end);
                Some((Quantity { span, value: Some(hours), unit: Unit::Time, hedge, scale: None, figure: span, step: Some(step) }, last + 1))
            };
            if clock {
                let (h, m, sec) = (part(j)?, part(j + 2)?, part(j + 4)?);
                return length(j + 4, h + m / 60.0 + sec / 3600.0, 1.0 / 3600.0);
            }
            // "2:04.02": a race time with a point for its second colon
            let after = words.get(j + 2).map_or("", |w| w.text);
            let point_seconds = after.len() == 5 && after.as_bytes().get(2) == Some(&b'.') && after.bytes().filter(u8::is_ascii_digit).count() == 4;
            if colon && point_seconds && !(joiner(j + 3) && joined(j + 2, j + 3)) {
                let (m, sec) = after.split_once('.')?;
                let (h, m, sec) = (part(j)?, m.parse::<f64>().ok()?, sec.parse::<f64>().ok()?);
                return length(j + 2, h + m / 60.0 + sec / 3600.0, 1.0 / 3600.0);
            }
            // "3:27 minutes", "2:01 hours": a length in a unit and sixtieths of it
            let unit_after = words.get(j + 3).filter(|w| w.kind == TokenKind::Word).and_then(|w| time_unit(&w.fold));
            if let (true, 2, Some((hours, _))) = (colon, after.len(), unit_after) {
                let (a, b) = (part(j)?, part(j + 2)?);
                return length(j + 3, (a + b / 60.0) * hours, hours / 60.0);
            }
            return None;
        }
        // A day of the month or a year is a date, not an amount.
        if i > 0 && crate::text::lexicon::month(fold_at(words, i - 1)).is_some() {
            return None;
        }
        if crate::text::lexicon::month(fold_at(words, j + 1)).is_some() {
            return None;
        }
        // a clock time ("4 p.m.", "11 am") is a time of day, not an amount
        if crate::text::lexicon::meridiem(fold_at(words, j + 1)).is_some() {
            return None;
        }
        if value.is_none() {
            value = Some(parse_digits(first.text)?);
            step = Some(digits_step(first.text));
            j += 1;
        }
    } else if let Some(v) = number_word(&first.fold) {
        value = Some(v);
        step = Some(1.0);
        j += 1;
        // "twenty five"
        if (20.0..100.0).contains(&v) {
            if let Some(u) = number_word(fold_at(words, j)).filter(|u| *u < 10.0 && *u >= 1.0) {
                value = Some(v + u);
                j += 1;
            }
        }
        if matches!(first.fold.as_str(), "a" | "an") {
            // "a year", "an hour", "a dozen", "a half": only with a unit right after
            let next = fold_at(words, j);
            if time_unit(next).is_none() && next != "dozen" && next != "half" && multiplier(next).is_none() {
                return None;
            }
        }
    } else if let Some(v) = hyphenated_number(&first.fold) {
        value = Some(v);
        step = Some(1.0);
        j += 1;
    } else if lexicon::contains(&lexicon::VAGUE, &first.fold) {
        value = None;
        let size = fold_at(words, j + 1);
        if size == "dozen" || multiplier(size).is_some_and(|m| m >= 100.0) {
            // "several dozen", "a few hundred", "many thousands": the size of "dozens",
            // "hundreds", "thousands"
            scale = Some(stem(&format!("{}s", size.trim_end_matches('s'))));
            sized = true;
            j += 2;
        } else {
            scale = Some(stem(&first.fold));
            j += 1;
        }
    } else if matches!(first.fold.as_str(), "tens" | "hundreds")
        && fold_at(words, j + 1) == "of"
        && lexicon::contains(&lexicon::VAGUE, fold_at(words, j + 2))
    {
        // "tens of thousands", "hundreds of thousands": one vague size
        value = None;
        scale = Some(format!("{} of {}", first.fold, stem(fold_at(words, j + 2))));
        j += 3;
    } else if hedge == Hedge::Exact && time_unit(&first.fold).is_some() && first.fold.ends_with('s') {
        // "for decades", "over years": a bare plural unit after a preposition is a vague length
        let prev = if i > 0 { fold_at(words, i - 1) } else { "" };
        if !matches!(prev, "for" | "over" | "in") {
            return None;
        }
        value = None;
        scale = None;
    } else {
        return None;
    }
    // "and a half", "a half"
    if value.is_some() && fold_at(words, j) == "and" && fold_at(words, j + 1) == "a" && fold_at(words, j + 2) == "half" {
        value = value.map(|v| v + 0.5);
        step = Some(0.5);
        j += 3;
    } else if fold_at(words, j) == "half" && matches!(first.fold.as_str(), "a" | "an") {
        value = Some(0.5);
        step = Some(0.5);
        j += 1;
    }
    // Multiplier ("million") and "dozen".
    if let Some(m) = multiplier(fold_at(words, j)) {
        if value.is_some() {
            value = value.map(|v| v * m);
            step = step.map(|s| s * m);
            j += 1;
        }
    } else if fold_at(words, j) == "dozen" {
        value = value.map(|v| v * 12.0);
        step = step.map(|s| s * 12.0);
        j += 1;
    }
    let number_end = j;
    if value.is_none() && fold_at(words, j) == "of" {
        j += 1; // "dozens of", "hundreds of"
    }
    // Unit: the next word, or the one after a describing word ("12 new ferries").
    if words.get(j).is_some_and(|w| w.kind == TokenKind::Word && lexicon::contains(&lexicon::STOPWORDS, &w.fold))
        && words.get(j + 1).is_some_and(|w| w.kind == TokenKind::Word && !lexicon::contains(&lexicon::STOPWORDS, &w.fold))
        && value.is_some()
        && !matches!(
            fold_at(words, j),
            "of" | "and" | "or" | "to" | "in" | "on" | "at" | "by" | "for" | "from" | "with" | "per" | "this" | "that" | "these"
                | "those" | "the" | "so" | "each" | "every" | "last" | "next"
        )
    {
        j += 1;
    }
    let unit_word = words.get(j);
    let (unit, value, end) = match unit_word {
        Some(w) if w.kind == TokenKind::Punct && w.text == "%" => (Unit::Percent, value, j + 1),
        Some(w) if w.fold == "percent" => (Unit::Percent, value, j + 1),
        Some(w) if w.fold == "per" && fold_at(words, j + 1) == "cent" => (Unit::Percent, value, j + 2),
        Some(w) if time_unit(&w.fold).is_some() => {
            let (hours, name) = time_unit(&w.fold).unwrap_or((1.0, String::new()));
            if value.is_none() {
                scale = Some(name);
            }
            step = step.map(|s| s * hours);
            (Unit::Time, value.map(|v| v * hours), j + 1)
        }
        _ if start == j && value.is_none() => {
            // a bare plural unit ("for decades"): the unit is the word itself
            let (hours, name) = time_unit(&first.fold)?;
            let _ = hours;
            scale = Some(name);
            (Unit::Time, None, j + 1)
        }
        Some(w) if CURRENCY_WORDS.contains(&w.fold.trim_end_matches('s')) => {
            (Unit::Money(super::slots::currency(w.fold.trim_end_matches('s')).to_string()), value, j + 1)
        }
        _ if money.is_some() => (Unit::Money(super::slots::currency(money.as_deref().unwrap_or_default()).to_string()), value, j),
        // a measure named before its figure, without a unit ("magnitude 6.1", "aged 44")
        _ if value.is_some() && i > 0 && matches!(fold_at(words, i - 1), "magnitude" | "aged") => {
            (Unit::Count(stem(fold_at(words, i - 1))), value, j)
        }
        Some(w)
            if w.kind == TokenKind::Word
                // (a stopword that counts people is counted too: "10 others were wounded")
                && (!lexicon::contains(&lexicon::STOPWORDS, &w.fold) || super::slots::slot_of_word(&w.fold).is_some())
                && (w.fold.len() > 2 || super::slots::slot_of_word(&w.fold).is_some()) =>
        {
            // a year on its own ("in 2011") is a date; "2,400" written with a comma is not
            if value.is_some_and(|v| (1000.0..=2999.0).contains(&v) && v.fract() == 0.0) && hedge == Hedge::Exact && !first.text.contains(',') {
                return None;
            }
            if value.is_some_and(|v| v < 2.0) && hedge == Hedge::Exact {
                return None;
            }
            // a length in any unit is kept in metres, so "400 metres" and "150 km" compare
            if let Some(m) = lexicon::metres_in(&w.fold) {
                step = step.map(|s| s * m);
                (Unit::Count(METRE.to_string()), value.map(|v| v * m), j + 1)
            } else {
                (Unit::Count(stem(&w.fold)), value, j + 1)
            }
        }
        // a stated figure with nothing counted after it ("has risen to 2,400."): its slot, if
        // any, comes from the words around it
        _ if value.is_some() && first.kind == TokenKind::Number && bare_amount(first.text, value) => (Unit::Count(String::new()), value, j),
        _ => return None,
    };
    // a length given in parts ("2 hours, 35 seconds", "three minutes and 27 seconds", "2hrs
    // 00min 35sec"): each part in a smaller unit than the one before adds to it
    let (value, step, end) = match (&unit, value) {
        (Unit::Time, Some(v)) => parts_of_length(words, end, v, step),
        _ => (value, step, end),
    };
    // A vague count of things ("many officials") says too little to compare.
    if value.is_none() && unit != Unit::Time && !sized && !matches!(first.fold.as_str(), "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "tens") {
        return None;
    }
    let last = words.get(end.checked_sub(1)?)?;
    let begin = words.get(i)?;
    // the figure keeps its unit unless the unit is the counted noun ("5,100 people" -> "5,100")
    let counted_noun = matches!(unit, Unit::Count(_))
        && !words.get(end - 1).is_some_and(|w| super::slots::slot_of_word(&w.fold).is_some_and(|(_, u)| u == super::slots::Section::Units));
    let figure_last = if counted_noun { words.get(number_end.checked_sub(1)?)? } else { last };
    let figure = ByteSpan::new(begin.span.start, figure_last.span.end.max(begin.span.end));
    let step = if value.is_some() { step } else { None };
    Some((Quantity { span: ByteSpan::new(begin.span.start, last.span.end), value, unit, hedge, scale, figure, step }, end))
}

/// The parts of a length of time after its first (`value` hours, its last unit ending before
/// word `end`): ", 35 seconds", "and 27 seconds", " 00min 35sec", each in a unit smaller than the
/// one before. Returns the whole length, its step and the index after it.
fn parts_of_length(words: &[Word], mut end: usize, mut value: f64, mut step: Option<f64>) -> (Option<f64>, Option<f64>, usize) {
    let mut unit = end.checked_sub(1).and_then(|k| words.get(k)).and_then(|w| time_unit(&w.fold)).map_or(0.0, |(h, _)| h);
    loop {
        let mut k = end;
        if fold_at(words, k) == "," {
            k += 1;
        }
        if fold_at(words, k) == "and" {
            k += 1;
        }
        let amount = words.get(k).and_then(|w| if w.kind == TokenKind::Number { parse_digits(w.text) } else { number_word(&w.fold) });
        let next = words.get(k + 1).filter(|w| w.kind == TokenKind::Word).and_then(|w| time_unit(&w.fold));
        match (amount, next) {
            (Some(a), Some((hours, _))) if hours < unit => {
                value += a * hours;
                step = words.get(k).map(|w| if w.kind == TokenKind::Number { digits_step(w.text) * hours } else { hours });
                unit = hours;
                end = k + 2;
            }
            _ => return (Some(value), step, end),
        }
    }
}

/// The place value of the last digit of a number written in digits: 1 for "5,100", 0.1 for
/// "63.4", 0.01 for "29,46" (a decimal comma).
fn digits_step(s: &str) -> f64 {
    let decimal_comma = !s.contains('.') && s.matches(',').count() == 1 && s.rsplit(',').next().is_some_and(|t| t.len() != 3);
    let point = if decimal_comma { ',' } else { '.' };
    let decimals = s.rsplit_once(point).map_or(0, |(_, t)| t.chars().filter(char::is_ascii_digit).count());
    let decimals = i32::try_from(decimals).unwrap_or(0);
    10f64.powi(-decimals)
}

/// Whether a bare number can be an amount: not a year ("in 2011"), not a day ("on 15").
fn bare_amount(text: &str, value: Option<f64>) -> bool {
    value.is_some_and(|v| {
        let year = (1000.0..=2999.0).contains(&v) && !text.contains(',');
        let day = v <= 31.0 && v.fract() == 0.0 && text.len() <= 2;
        v >= 2.0 && !year && !day
    })
}

/// "twenty-five" -> 25.
fn hyphenated_number(w: &str) -> Option<f64> {
    let (a, b) = w.split_once('-')?;
    let tens = number_word(a).filter(|v| *v >= 20.0 && *v < 100.0)?;
    let ones = number_word(b).filter(|v| *v >= 1.0 && *v < 10.0)?;
    Some(tens + ones)
}
