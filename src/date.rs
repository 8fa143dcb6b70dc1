//! Calendar dates with their precision, and the day arithmetic the stages need.
//!
//! Below the stages: `body` reads publication dates into it, `time` resolves expressions to it,
//! `report` prints it. Dates are proleptic Gregorian, at day, month or year precision. The names
//! of months and weekdays (`month`, `weekday`; data in `src/text/data/`) are read here too, so that
//! every stage, the body stage included, asks one place; so are the absolute dates a page prints
//! ("15 Oct 2025", "2025-10-15", "08.10.2023", a yearless "May 22"): `first_in`, `month_day_in`.

use serde::Serialize;
use std::fmt;
use std::sync::OnceLock;

const MONTHS: &str = include_str!("text/data/months.txt");
const WEEKDAYS: &str = include_str!("text/data/weekdays.txt");

/// How much of a date the text gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    /// Known to the day.
    Day,
    /// Known to the month.
    Month,
    /// Known to the year.
    Year,
    /// "recently", "in the near future": a time is meant, but no value can be given.
    Vague,
}

impl Precision {
    /// The name the report uses ("day", "month", "year", "vague").
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Vague => "vague",
        }
    }
}

/// A calendar date known to the day, the month or the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year (proleptic Gregorian).
    pub year: i32,
    /// 1..=12
    pub month: Option<u8>,
    /// 1..=31; only with a month
    pub day: Option<u8>,
}

impl Date {
    /// A day-precision date; `None` when the month or day does not exist.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12)
            .contains(&month)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| Date {
                year,
                month: Some(month),
                day: Some(day),
            })
    }

    /// A month-precision date; `None` for a month outside 1..=12.
    pub fn ym(year: i32, month: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(Date {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A year-precision date.
    pub const fn y(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// How much of the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything after the day, such as a time, is ignored).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let year = num(0..4)? as i32;
        if b.len() == 4 {
            return Some(Date::y(year));
        }
        if b.get(4) != Some(&b'-') {
            return None;
        }
        let month = num(5..7)? as u8;
        if b.len() == 7 {
            return Date::ym(year, month);
        }
        if b.get(7) != Some(&b'-') {
            return None;
        }
        let day = num(8..10)? as u8;
        if b.len() > 10 && !matches!(b[10], b'T' | b't' | b' ') {
            return None;
        }
        Date::ymd(year, month, day)
    }

    /// Days since 1970-01-01 of a day-precision date.
    pub fn to_days(&self) -> Option<i64> {
        Some(days_from_civil(self.year, self.month?, self.day?))
    }

    /// The day `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let (y, m, d) = civil_from_days(days);
        Date {
            year: y,
            month: Some(m),
            day: Some(d),
        }
    }

    /// Day of the week, 0 = Monday .. 6 = Sunday.
    pub fn weekday(&self) -> Option<u8> {
        self.to_days().map(|d| ((d + 3).rem_euclid(7)) as u8)
    }

    /// The day `n` days later (earlier when negative); `None` without a day.
    pub fn add_days(&self, n: i64) -> Option<Date> {
        self.to_days().map(|d| Date::from_days(d + n))
    }

    /// The first day this date could mean (for ordering dates of mixed precision).
    pub fn start_days(&self) -> i64 {
        days_from_civil(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Whether `year` has a 29 February.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` of `year` (0 for a month outside 1..=12).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The forms of the numbered lines of a calendar file, sorted by form for a binary search: (form,
/// number from 1, whether it is the full name).
type Calendar = Vec<(&'static str, u8, bool)>;

fn calendar(text: &'static str) -> Calendar {
    let mut forms: Calendar = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .zip(1u8..)
        .flat_map(|(l, n)| l.split_whitespace().enumerate().map(move |(i, w)| (w, n, i == 0)))
        .collect();
    forms.sort_unstable();
    forms
}

fn lookup(forms: &'static Calendar, word: &str) -> Option<(u8, bool)> {
    forms.binary_search_by(|(w, _, _)| (*w).cmp(word)).ok().and_then(|i| forms.get(i)).map(|&(_, n, full)| (n, full))
}

fn months() -> &'static Calendar {
    static MONTH_FORMS: OnceLock<Calendar> = OnceLock::new();
    MONTH_FORMS.get_or_init(|| calendar(MONTHS))
}

fn weekdays() -> &'static Calendar {
    static WEEKDAY_FORMS: OnceLock<Calendar> = OnceLock::new();
    WEEKDAY_FORMS.get_or_init(|| calendar(WEEKDAYS))
}

/// Month number (1..=12) of a folded month name or abbreviation ("october", "oct", "sept").
pub fn month(word: &str) -> Option<u8> {
    lookup(months(), word).map(|(n, _)| n)
}

/// Whether a folded word is a month's full name ("may", "june"; not "jun").
pub fn is_month_name(word: &str) -> bool {
    lookup(months(), word).is_some_and(|(_, full)| full)
}

/// Whether a folded word is a month's abbreviation ("jan", "sept"; not "may").
pub fn is_month_abbreviation(word: &str) -> bool {
    lookup(months(), word).is_some_and(|(_, full)| !full)
}

/// Day of the week of a folded weekday name or abbreviation, 0 = Monday .. 6 = Sunday.
pub fn weekday(word: &str) -> Option<u8> {
    lookup(weekdays(), word).map(|(n, _)| n - 1)
}

/// Whether a folded word is a weekday's full name ("wednesday"; not "wed").
pub fn is_weekday_name(word: &str) -> bool {
    lookup(weekdays(), word).is_some_and(|(_, full)| full)
}

// Howard Hinnant's civil-calendar algorithms.
// ------------------------------------------------------------------ dates printed in pages
//
// The absolute dates a page prints beside its headline or byline, read for the page's
// publication date: every stage that needs one reads it here.

/// The month a word names ("Oct", "Oct.", "October", "OCT", "Sept"), 1-based, in any case.
/// Month names are ASCII, and no other character lower-cases to one of their letters, so a word
/// that is not ASCII names no month.
fn month_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    if !w.is_ascii() {
        return None;
    }
    month(&w.to_ascii_lowercase())
}

/// The first calendar date in a short text: ISO (`2025-10-15`, `2025/10/15`), "15 Oct 2025",
/// "October 15, 2025", "Wednesday, 15 October 2025". Day precision only.
pub fn first_in(text: &str) -> Option<Date> {
    // ISO-like first: four digits, a separator, two digits, the same separator, two digits.
    let b = text.as_bytes();
    for i in 0..b.len() {
        if !b.get(i).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let window = text.get(i..i + 10);
        if let Some(w) = window {
            let wb = w.as_bytes();
            let digits = |r: std::ops::Range<usize>| wb.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
            let before_ok = i == 0 || !b.get(i - 1).is_some_and(u8::is_ascii_digit);
            if before_ok
                && digits(0..4)
                && digits(5..7)
                && digits(8..10)
                && matches!(wb.get(4), Some(b'-') | Some(b'/'))
                && wb.get(4) == wb.get(7)
            {
                let y: i32 = w.get(0..4)?.parse().ok()?;
                let m: u8 = w.get(5..7)?.parse().ok()?;
                let d: u8 = w.get(8..10)?.parse().ok()?;
                if let Some(date) = Date::ymd(y, m, d).filter(|_| (1900..=2200).contains(&y)) {
                    return Some(date);
                }
            }
        }
    }
    // Day first with dots: "08.10.2023" (the order of most of Europe; the US writes slashes).
    for (i, _) in text.match_indices('.') {
        let Some(start) = i.checked_sub(2) else { continue };
        let (Some(w), before) = (text.get(start..start + 10), text.get(..start).and_then(|b| b.chars().next_back())) else {
            continue;
        };
        let wb = w.as_bytes();
        let digit_at = |k: usize| wb.get(k).is_some_and(u8::is_ascii_digit);
        let after = text.get(start + 10..).and_then(|a| a.chars().next());
        if [0, 1, 3, 4, 6, 7, 8, 9].iter().all(|&k| digit_at(k))
            && wb.get(5) == Some(&b'.')
            && !before.is_some_and(|c| c.is_ascii_digit() || c == '.')
            && !after.is_some_and(|c| c.is_ascii_digit() || c == '.')
        {
            let (d, m, y) = (w.get(0..2)?.parse().ok()?, w.get(3..5)?.parse().ok()?, w.get(6..10)?.parse().ok()?);
            if let Some(date) = valid(y, m, d) {
                return Some(date);
            }
        }
    }
    // Words: day month year, or month day year.
    let words = date_words(text);
    let number = |w: &str| -> Option<u32> {
        let w = w.trim_end_matches(['.', ',']);
        let w = w.trim_end_matches("st").trim_end_matches("nd").trim_end_matches("rd").trim_end_matches("th");
        if !w.is_empty() && w.len() <= 4 && w.bytes().all(|c| c.is_ascii_digit()) { w.parse().ok() } else { None }
    };
    for i in 0..words.len() {
        let w = |k: usize| words.get(i + k).copied().unwrap_or("");
        // 15 Oct 2025
        if let Some(d) = number(w(0)) {
            if let (Some(m), Some(y)) = (month_of(w(1)), number(w(2))) {
                if let Some(date) = valid(y, m, d) {
                    return Some(date);
                }
            }
        }
        // October 15, 2025
        if let Some(m) = month_of(w(0)) {
            if let (Some(d), Some(y)) = (number(w(1)), number(w(2))) {
                if let Some(date) = valid(y, m, d) {
                    return Some(date);
                }
            }
        }
    }
    None
}

/// The words of a short text for reading dates: split at spaces and the punctuation pages put
/// between a date's parts or around it ("[June 24, 2024]", "Jun 21, 2024 | 9:49 pm").
fn date_words(text: &str) -> Vec<&str> {
    text.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '/' | '·' | '•' | '[' | ']' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// A day of the month as a page prints it: "22", "22nd", "22:" at the end of a dateline.
fn day_number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches([':', '.', ',']);
    let w = w.trim_end_matches("st").trim_end_matches("nd").trim_end_matches("rd").trim_end_matches("th");
    if w.is_empty() || w.len() > 2 || !w.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    w.parse().ok().filter(|d| (1..=31).contains(d))
}

/// A month and day printed without a year ("May 22", "22 May", "Jul 30:"), as datelines of
/// wire copy give them: `(month, day)`.
pub fn month_day_in(text: &str) -> Option<(u8, u8)> {
    let words = date_words(text);
    for (i, w) in words.iter().enumerate() {
        let Some(m) = month_of(w) else { continue };
        // "May" alone is also a verb: the day must be beside it.
        let next = words.get(i + 1).and_then(|n| day_number(n));
        let prev = i.checked_sub(1).and_then(|p| words.get(p)).and_then(|p| day_number(p));
        if let Some(d) = next.or(prev) {
            return Some((m, d));
        }
    }
    None
}

fn valid(y: u32, m: u8, d: u32) -> Option<Date> {
    if !(1900..=2200).contains(&y) {
        return None;
    }
    Date::ymd(i32::try_from(y).ok()?, m, u8::try_from(d).ok()?)
}

fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_days_and_knows_weekdays() {
        let d = Date::ymd(2025, 10, 15).unwrap();
        assert_eq!(Date::from_days(d.to_days().unwrap()), d);
        assert_eq!(d.weekday(), Some(2)); // a Wednesday
        assert_eq!(
            Date::ymd(2024, 2, 29).unwrap().add_days(1),
            Date::ymd(2024, 3, 1)
        );
        assert_eq!(Date::ymd(2025, 2, 29), None);
    }

    #[test]
    fn parses_and_prints_iso_at_each_precision() {
        for s in ["2025", "2025-10", "2025-10-15"] {
            assert_eq!(Date::parse_iso(s).unwrap().to_string(), s);
        }
        assert_eq!(
            Date::parse_iso("2025-10-15T21:50:00Z"),
            Date::ymd(2025, 10, 15)
        );
        assert_eq!(Date::parse_iso("2025-13-01"), None);
        assert_eq!(Date::parse_iso("20x5"), None);
    }

    #[test]
    fn calendar_words_have_their_numbers() {
        let cases: &[(&str, Option<u8>, bool)] = &[
            ("january", Some(1), true),
            ("jan", Some(1), false),
            ("may", Some(5), true),
            ("sept", Some(9), false),
            ("sep", Some(9), false),
            ("december", Some(12), true),
            ("octob", None, false),
        ];
        for &(w, n, full) in cases {
            assert_eq!(month(w), n, "{w}");
            assert_eq!(is_month_name(w), full, "{w}");
            assert_eq!(is_month_abbreviation(w), n.is_some() && !full, "{w}");
        }
        assert_eq!(months().iter().filter(|x| x.2).count(), 12);
        assert_eq!(weekday("monday"), Some(0));
        assert_eq!(weekday("thurs"), Some(3));
        assert_eq!(weekday("sunday"), Some(6));
        assert_eq!(weekday("sundae"), None);
        assert!(is_weekday_name("friday") && !is_weekday_name("fri"));
        assert_eq!(weekdays().iter().filter(|x| x.2).count(), 7);
    }
}
