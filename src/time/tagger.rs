//! Finding and resolving temporal expressions in one body.
//!
//! Walks each sentence's tokens left to right and, at each token, tries the expression shapes
//! news uses: weekdays ("Wednesday night (September 30)"), month and day in either order with an
//! optional year, a day of the month alone ("on the 23rd"), numeric dates, years and decades,
//! seasons, relative words ("yesterday", "last month", "two weeks ago"), vague references ("now", "recently", "in the near future"), durations
//! ("for more than 80 years", "two and a half hours") and sets ("every year", "weekly"). The
//! first shape that matches is taken and the walk resumes after it, so expressions never overlap.
//! Spans follow the TimeML habit: the expression itself, without "on", "in" or "since".
//! Resolution uses the publication date (or the date line's day); the tense of the nearest verb
//! decides whether a weekday or a month without a year lies before or after it. Times the story's
//! course gives are dated from the text: "the next day" from the last day told, "later that
//! year" from the last date told, "the day before last Tuesday" from the day it names; the
//! second day of "April 24 and 25" takes the first one's month; a month without a year, told
//! in the past in the paragraph of a date that gives one and later in that year, lies in it
//! ("opened in March 1995; in June it was expanded"). Verbs of planning ("were planning to",
//! "is to", "the planned visit") look ahead whatever the tense of their auxiliary.

use super::lexicon::{self, Unit};
use super::{Date, DateKind, DateMention, Form, Precision, Tense};
use crate::body::Document;
use crate::span::ByteSpan;
use crate::text::lexicon::{self as text_lexicon, List};
use crate::text::{Text, TokenKind};

/// Words that make "a ... day" a kind or length of day, not a judgement of one.
static DAY_KINDS: List = text_lexicon::day_kinds();

/// Prefixes hyphenated to a month or a year ("mid-October", "late-1990s", "post-1959").
static DATE_PREFIXES: List = List::of(&["early", "late", "mid", "post", "pre"]);

/// Time zones written after a clock time ("9 a.m. EST").
static TIME_ZONES: List = text_lexicon::clock_words("zone");

/// A token with its folded text (`Text::fold`: lower case, accents off, quotes and dashes straight).
struct Tok {
    /// Whether it starts with a capital letter.
    capitalised: bool,
    low: String,
    kind: TokenKind,
    span: ByteSpan,
}

impl Tok {
    fn is(&self, w: &str) -> bool {
        self.low == w
    }

    fn capitalised(&self) -> bool {
        self.capitalised
    }

    /// The value of a plain digit token (an ordinal suffix is allowed: "15th").
    fn int(&self) -> Option<u32> {
        if self.kind != TokenKind::Number {
            return None;
        }
        let digits = self.low.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse().ok()
    }

    fn day_number(&self) -> Option<u8> {
        let digits = self.low.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (digits.len() <= 2).then_some(())?;
        self.int().filter(|n| (1..=31).contains(n)).map(|n| n as u8)
    }

    /// A four-digit year token.
    fn year(&self) -> Option<i32> {
        (self.kind == TokenKind::Number && self.low.len() == 4)
            .then(|| self.int())
            .flatten()
            .filter(|n| (1000..=2999).contains(n))
            .map(|n| n as i32)
    }
}

/// What an expression says, before it is resolved against the publication date.
#[derive(Debug, Clone, PartialEq)]
enum What {
    /// A date that needs nothing else.
    Absolute(Date),
    /// A month and day without a year, maybe with its weekday.
    MonthDay {
        month: u8,
        day: u8,
        weekday: Option<u8>,
    },
    /// A month without a year; `shift` -1 "last", 1 "next", 2 "this", 0 none.
    Month { month: u8, shift: i8 },
    /// A month of the publication year, or of the one before or after ("April next year").
    MonthOfYear { month: u8, n: i32 },
    /// A day of the publication year, or of the one before or after ("1 November last year").
    DayOfYear { month: u8, day: u8, n: i32 },
    /// A time told by the story's own course: a clock time or part of a day ("at 10 pm", "in the
    /// evening"), or a day counted from the last one told ("the next day", "two days later").
    /// `n` units from the day the sentence or the text before it dates (from the day of the
    /// copy when `now`: "the crash comes a month after ...").
    Narrative { unit: Unit, n: i64, now: bool },
    /// Just before or after the story's central occasion ("just before the visit").
    AroundOccasion { after: bool },
    /// "today", "yesterday", "tomorrow" in direct speech: `n` days from the day the words were
    /// said (the day its sentence tells, or the day before the copy when the text last told it).
    Spoken { n: i64 },
    /// `n` days from a day the text names ("the day before last Tuesday").
    DayFrom { day: Box<What>, n: i64 },
    /// A day of the month alone ("on the 23rd"): in the month of the copy or one next to it.
    DayOfMonth { day: u8 },
    /// A season (its first and last month; autumn Sep-Nov), `shift` as for months, given as the
    /// year that holds it (as a week is given as its month): TimeML's "2025-SU" has no place in
    /// the report.
    Season { first: u8, last: u8, shift: i8 },
    /// A weekday; `shift` as for months.
    Weekday { day: u8, shift: i8 },
    /// The weekend: its Saturday.
    Weekend { shift: i8 },
    /// `n` units from the publication date ("yesterday", "last year", "two weeks ago").
    Offset { unit: Unit, n: i64 },
    /// A holiday with a fixed or computed day ("Christmas", "Thanksgiving").
    Holiday(Holiday),
    /// "recent" before a noun: some time this year.
    Recent,
    /// A decade ("the 1990s"): not representable at the report's precisions.
    Decade,
    /// A time is meant but no value can be given ("now", "recently").
    Vague,
    /// A time to come without a value ("in the near future", "soon").
    Ahead,
    /// A stretch of time to come, ISO 8601 with an unknown number ("in the coming weeks": "PXW").
    AheadFor(String),
    /// A length of time, ISO 8601, with its length when known (for an implied start).
    Duration {
        iso: String,
        length: Option<(Unit, f64)>,
    },
    /// A recurrence, ISO 8601 ("P1Y").
    Set(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holiday {
    NewYearsDay,
    NewYearsEve,
    Valentines,
    Halloween,
    Thanksgiving,
    ChristmasEve,
    Christmas,
    /// Easter Sunday, `n` days from it ("Good Friday" -2, "Easter Monday" 1).
    Easter(i8),
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus, as in Meeus,
/// "Astronomical Algorithms", ch. 8).
fn easter_sunday(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::ymd(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

impl Holiday {
    fn in_year(self, year: i32) -> Option<Date> {
        match self {
            Holiday::NewYearsDay => Date::ymd(year, 1, 1),
            Holiday::NewYearsEve => Date::ymd(year, 12, 31),
            Holiday::Valentines => Date::ymd(year, 2, 14),
            Holiday::Halloween => Date::ymd(year, 10, 31),
            Holiday::ChristmasEve => Date::ymd(year, 12, 24),
            Holiday::Christmas => Date::ymd(year, 12, 25),
            Holiday::Easter(n) => easter_sunday(year)?.add_days(i64::from(n)),
            Holiday::Thanksgiving => {
                // The fourth Thursday of November.
                let first = Date::ymd(year, 11, 1)?;
                let wd = i64::from(first.weekday()?);
                first.add_days((3 - wd).rem_euclid(7) + 21)
            }
        }
    }
}

struct Found {
    start: usize,
    end: usize,
    what: What,
}

/// How far into a body a date line can start, in bytes: past a repeated headline and a standfirst
/// (a wire's date line sits after both, some 200-300 bytes in), short of the second paragraph
/// of ordinary copy.
const DATELINE_WITHIN: usize = 600;

/// Words a page puts before its own date ("date 2025-06-29", "Published 3 March 2024").
fn date_label(w: &str) -> bool {
    matches!(
        w,
        "date" | "published" | "updated" | "posted" | "dated" | "filed"
    )
}

/// Whether the expression `f` stands where a date line does: at the head of its sentence (or
/// right after a date line before it there, `from`), after nothing but a page's date label or a
/// place ("LONDON,", "Zagreb,", "PUTRAJAYA, Malaysia,"), and before the agency or the dash that
/// opens the copy. A page's date and a wire's date line often run together on one line ("date
/// 2025-10-25 Wire - Agency) London, Oct 26 (Agency)"): what stands between them is the credit
/// and the place, so the second is measured from the end of the first.
fn dateline_shape(toks: &[Tok], f: &Found, from: usize) -> bool {
    let Some(prefix) = toks.get(from.min(f.start)..f.start) else {
        return false;
    };
    if !prefix.is_empty() && prefix.iter().all(|t| date_label(&t.low)) {
        return true;
    }
    let place = prefix.len() <= 8
        && prefix.last().is_some_and(|t| t.low == ",")
        && prefix.iter().all(|t| {
            (t.kind == TokenKind::Word && t.capitalised())
                || matches!(t.low.as_str(), "," | "-" | "(" | ")" | "/" | ".")
        });
    let opens_copy = matches!(
        low_at(toks, f.end),
        "(" | "/" | "-" | "--" | "—" | "–" | "." | ":" | ""
    );
    ((prefix.is_empty() && from == 0) || place) && opens_copy
}

/// One expression found in a sentence, with what its words say, before it is given a value.
struct Scanned {
    found: Found,
    tense: Tense,
    /// Whether it stands where a date line does (it becomes a date line if it resolves to a day
    /// and nothing but date lines came before it).
    dateline_shape: bool,
}

/// One sentence's tokens and the expressions found in them.
struct ScannedSentence {
    toks: Vec<Tok>,
    /// The block (paragraph) it belongs to.
    block: usize,
    found: Vec<Scanned>,
}

/// The temporal expressions of one body as written, before they are resolved: what the words
/// say does not depend on the publication date, so a document whose date is inferred later is
/// scanned once and resolved twice.
pub(crate) struct Scan {
    sentences: Vec<ScannedSentence>,
}

/// Finds the temporal expressions of one document's body (`Scan::resolve` gives them values).
pub(crate) fn scan(doc: &Document, text: &Text) -> Scan {
    let mut sentences = Vec::with_capacity(text.sentences.len());
    for sentence in &text.sentences {
        let toks: Vec<Tok> = text
            .tokens_of(sentence)
            .iter()
            .map(|t| {
                let s = t.span.slice(&doc.body);
                Tok {
                    capitalised: s.chars().next().is_some_and(char::is_uppercase),
                    low: text.fold(t).to_string(),
                    kind: t.kind,
                    span: t.span,
                }
            })
            .collect();
        let mut found = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match expression_at(&toks, i) {
                Some(f) if f.end > f.start => {
                    let tense = tense_near(&toks, f.start, f.end);
                    // a date line before it in the sentence: the place and credit after it
                    let from = match found.last() {
                        Some(Scanned { found: p, dateline_shape: true, .. }) => p.end,
                        _ => 0,
                    };
                    let shaped = sentence.span.start < DATELINE_WITHIN
                        && matches!(f.what, What::Absolute(d) if d.precision() == Precision::Day)
                            | matches!(f.what, What::MonthDay { .. })
                        && dateline_shape(&toks, &f, from);
                    i = f.end.max(i + 1);
                    let second = coordinated_day(&toks, &f);
                    found.push(Scanned { found: f, tense, dateline_shape: shaped });
                    if let Some(g) = second {
                        i = g.end.max(i);
                        found.push(Scanned { found: g, tense, dateline_shape: false });
                    }
                }
                _ => i += 1,
            }
        }
        sentences.push(ScannedSentence { toks, block: sentence.block, found });
    }
    Scan { sentences }
}

/// Finds and resolves the temporal expressions of one document's body. A date line at the head
/// of the article dates what follows it: relative expressions after it are resolved against its
/// day (the day the copy was filed) rather than the page's publication date.
pub fn find(doc: &Document, text: &Text, published: Option<Date>) -> Vec<DateMention> {
    scan(doc, text).resolve(published)
}

impl Scan {
    /// The expressions with their values, resolved against the publication date `published`
    /// (and, after a date line, against its day).
    pub(crate) fn resolve(&self, published: Option<Date>) -> Vec<DateMention> {
        let mut out = Vec::new();
        let mut anchor = published;
        let mut dateline_seen = false;
        // the last day the text told, for the times its course gives after it
        let mut last_day: Option<Date> = None;
        // the last date of any precision the text told, for "that year" and "later that month"
        let mut last_told: Option<Date> = None;
        // the last date the text gave with its year, month and maybe day ("in March 1995"), and
        // the paragraph it was told in, for the months that follow it there without a year
        let mut explicit: Option<(Date, usize)> = None;
        for ScannedSentence { toks, block, found } in &self.sentences {
            let first = out.len();
            let mut told: Vec<(usize, Unit, i64, bool)> = Vec::new();
            let mut spoken: Vec<(usize, i64)> = Vec::new();
            for Scanned { found: f, tense, dateline_shape } in found {
                let bare_month = matches!(f.what, What::Month { shift: 0, .. } | What::MonthDay { weekday: None, .. });
                if let What::Narrative { unit, n, now } = f.what {
                    told.push((out.len(), unit, n, now));
                }
                if let What::Spoken { n } = f.what {
                    spoken.push((out.len(), n));
                }
                // a second date line follows the first with no date the story tells between
                // them (a page's date, then the wire's "London, Oct 26 (Agency)")
                let dateline = *dateline_shape && (!dateline_seen || out.iter().all(|m: &DateMention| m.dateline));
                if let Some(mut m) = resolve(toks, f, *tense, anchor) {
                    if dateline && m.precision == Precision::Day {
                        m.dateline = true;
                        dateline_seen = true;
                        anchor = m.value.or(anchor);
                    }
                    if bare_month && *tense == Tense::Past {
                        if let Some(v) = explicit
                            .filter(|(_, at)| at == block)
                            .and_then(|(e, _)| same_year_after(e, m.value?, anchor))
                        {
                            m.value = Some(v);
                        }
                    }
                    if m.kind == DateKind::Date && m.value.is_some() && !m.dateline && m.form != Form::Narrative {
                        let told = m.form == Form::Absolute && matches!(m.precision, Precision::Month | Precision::Day);
                        explicit = m.value.filter(|_| told || bare_month).map(|v| (v, *block));
                    }
                    out.push(m);
                }
            }
            // Times the story's course gives take the day of their own sentence (the nearest one
            // it states), else the last day the text told, else the day of the copy.
            for (k, unit, n, now) in told {
                let Some(at) = out.get(k).map(|m| m.span.start) else {
                    continue;
                };
                // a year or a month counts from the last date told at least that precise
                // ("in June 1998 ... later that year"); days and weeks from the last day
                let coarse = matches!(unit, Unit::Year | Unit::Month);
                let precise = |p: Precision| match unit {
                    Unit::Year => matches!(p, Precision::Day | Precision::Month | Precision::Year),
                    Unit::Month => matches!(p, Precision::Day | Precision::Month),
                    _ => p == Precision::Day,
                };
                let own = out
                    .get(first..)
                    .unwrap_or_default()
                    .iter()
                    .filter(|m| m.form != Form::Narrative && m.kind == DateKind::Date && precise(m.precision) && !m.dateline)
                    .filter(|m| m.form != Form::Loose)
                    // a count of days runs from a day told before it ("on Wednesday ... the night
                    // before"); a clock time takes its day from either side ("10 a.m. Friday")
                    .filter(|m| (n == 0 && !coarse) || m.span.start < at)
                    .filter_map(|m| m.value.map(|v| (m.span.start.abs_diff(at), v)))
                    .min_by_key(|(d, _)| *d)
                    .map(|(_, v)| v);
                let copy_day = anchor.filter(|a| a.day.is_some());
                let last = if coarse { last_told.filter(|d| precise(d.precision())) } else { last_day };
                let base = if now { own.or(copy_day) } else { own.or(last).or(copy_day) };
                let value = base.and_then(|b| match unit {
                    Unit::Day => b.add_days(n),
                    Unit::Week => b.add_days(7 * n).and_then(|d| Date::ym(d.year, d.month?)),
                    Unit::Month => add_months(b, n),
                    Unit::Year => Some(Date::y(b.year + n as i32)),
                    _ => None,
                });
                if let Some(m) = out.get_mut(k) {
                    m.value = value;
                    m.precision = value.map_or(Precision::Vague, |v| v.precision());
                }
            }
            // Words quoted were said on the day their sentence tells ("today," he said on
            // Sunday), else on the day before the copy if the text last told that day (copy
            // filed the morning after the speech), else on the day of the copy.
            for (k, n) in spoken {
                let own = out
                    .get(first..)
                    .unwrap_or_default()
                    .iter()
                    .filter(|m| m.form != Form::Narrative && m.kind == DateKind::Date && m.precision == Precision::Day && !m.dateline)
                    .find_map(|m| m.value);
                let copy_day = anchor.filter(|a| a.day.is_some());
                let eve = copy_day.and_then(|c| c.add_days(-1)).filter(|e| last_day == Some(*e));
                if let Some(base) = own.or(eve) {
                    if let Some(m) = out.get_mut(k) {
                        m.value = base.add_days(n);
                        m.precision = m.value.map_or(Precision::Vague, |v| v.precision());
                    }
                }
            }
            let told_here = || {
                out.get(first..)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .filter(|m| m.kind == DateKind::Date && m.precision != Precision::Vague && !m.dateline)
            };
            if let Some(d) = told_here().filter(|m| m.precision == Precision::Day).find_map(|m| m.value) {
                last_day = Some(d);
            }
            if let Some(d) = told_here().filter(|m| m.form != Form::Loose).find_map(|m| m.value) {
                last_told = Some(d);
            }
        }
        resolve_occasions(&mut out, published);
        out
    }
}

/// A month (or month and day) without a year, told in the past right after a date that gives
/// its year ("it opened in March 1995; in June it was expanded"), lies in that year when it
/// comes later in it, as a story told in order has it (HeidelTime's last mentioned date); the
/// value `resolved` against the copy is kept when it is that one, or when the year's would fall
/// after the copy.
fn same_year_after(told: Date, resolved: Date, copy: Option<Date>) -> Option<Date> {
    let month = resolved.month?;
    let value = match resolved.day {
        Some(day) => Date::ymd(told.year, month, day)?,
        None => Date::ym(told.year, month)?,
    };
    let later = (month, resolved.day.unwrap_or(0)) > (told.month?, told.day.unwrap_or(0));
    let before_copy = copy.is_none_or(|c| value.start_days() <= c.start_days());
    // a day within the six weeks around the copy, or the copy's own month, is the story's
    // present (as `resolve` reads a month and day near publication)
    let present = copy.is_some_and(|c| match resolved.day {
        Some(_) => (resolved.start_days() - c.start_days()).abs() <= 45,
        None => resolved.year == c.year && resolved.month == c.month,
    });
    (later && before_copy && !present && value != resolved).then_some(value)
}

fn get(toks: &[Tok], i: usize) -> Option<&Tok> {
    toks.get(i)
}

fn low_at(toks: &[Tok], i: usize) -> &str {
    toks.get(i).map_or("", |t| t.low.as_str())
}

/// The lower-cased token before `i` ("" at the start).
fn prev_low(toks: &[Tok], i: usize) -> &str {
    i.checked_sub(1).map_or("", |k| low_at(toks, k))
}

/// Whether a possessive "'s" starts at token `k` (the words split it into "'" and "s").
fn possessive_at(toks: &[Tok], k: usize) -> bool {
    low_at(toks, k) == "'s" || (low_at(toks, k) == "'" && low_at(toks, k + 1) == "s" && touching(toks, k))
}

/// Whether tokens `i` and `i + 1` touch (no space between them).
fn touching(toks: &[Tok], i: usize) -> bool {
    matches!((toks.get(i), toks.get(i + 1)), (Some(a), Some(b)) if a.span.end == b.span.start)
}

fn expression_at(toks: &[Tok], i: usize) -> Option<Found> {
    let t = get(toks, i)?;
    // A clock time that leads into a day: "4 a.m. EDT Thursday", "10:35 a.m. Friday".
    if let Some(after) = clock_time(toks, i) {
        let mut j = after;
        if low_at(toks, j) == "on" {
            j += 1;
        }
        if let Some(f) = core_at(toks, j).filter(|f| is_day_like(&f.what)) {
            return Some(Found { start: i, ..f });
        }
        return Some(Found {
            start: i,
            end: after,
            what: What::Narrative {
                unit: Unit::Day,
                n: 0,
                now: false,
            },
        });
    }
    if let Some(f) = narrative_at(toks, i) {
        return Some(f);
    }
    // "early", "late", "mid" before a month, year or relative expression.
    if matches!(
        t.low.as_str(),
        "early" | "late" | "mid" | "earlier" | "later"
    ) {
        if let Some(f) =
            core_at(toks, i + 1).filter(|f| !matches!(f.what, What::Duration { .. } | What::Set(_)))
        {
            return Some(Found { start: i, ..f });
        }
    }
    // "the end of", "the beginning of", "the middle of" a month or year.
    if t.is("the")
        && matches!(
            low_at(toks, i + 1),
            "end" | "beginning" | "start" | "middle"
        )
        && low_at(toks, i + 2) == "of"
    {
        if let Some(f) = core_at(toks, i + 3).filter(|f| {
            matches!(
                f.what,
                What::Absolute(_) | What::Month { .. } | What::Offset { .. }
            )
        }) {
            return Some(Found { start: i, ..f });
        }
        // "by the end of the year", "at the start of the month": the year (month, week) of the
        // copy when the clause looks ahead or says nothing; in a report of the past, the one the
        // story last told ("the plant opened in March 1995 and closed at the end of the year")
        let unit = match low_at(toks, i + 4) {
            "year" => Some(Unit::Year),
            "month" => Some(Unit::Month),
            "week" => Some(Unit::Week),
            _ => None,
        };
        if let Some(unit) = unit.filter(|_| low_at(toks, i + 3) == "the" && !matches!(low_at(toks, i + 5), "of" | "in" | "when")) {
            let what = if tense_near(toks, i, i + 5) == Tense::Past {
                What::Narrative { unit, n: 0, now: false }
            } else {
                What::Offset { unit, n: 0 }
            };
            return Some(Found { start: i, end: i + 5, what });
        }
    }
    // A hyphenated prefix on one word: "mid-October", "late-November", "post-1959", "mid-1990s".
    if t.kind == TokenKind::Word {
        if let Some((pre, rest)) = t.low.split_once('-') {
            if DATE_PREFIXES.contains(pre) {
                if let Some(m) = lexicon::month(rest).filter(|_| lexicon::is_full_month_name(rest))
                {
                    return Some(month_tail(toks, i, i + 1, m, 0));
                }
            }
        }
        if let Some((pre, rest)) = t.low.split_once('-') {
            let digits = rest.trim_end_matches('s');
            if DATE_PREFIXES.contains(pre)
                && digits.len() == 4
                && digits.bytes().all(|b| b.is_ascii_digit())
            {
                let what = match digits.parse::<i32>() {
                    Ok(y) if rest.ends_with('s') || !(1000..=2999).contains(&y) => What::Decade,
                    Ok(y) => What::Absolute(Date::y(y)),
                    Err(_) => What::Decade,
                };
                return Some(Found {
                    start: i,
                    end: i + 1,
                    what,
                });
            }
            if DATE_PREFIXES.contains(pre) && touching(toks, i) {
                if let Some(f) = core_at(toks, i + 1)
                    .filter(|f| matches!(f.what, What::Absolute(_) | What::Decade))
                {
                    return Some(Found { start: i, ..f });
                }
            }
        }
    }
    core_at(toks, i)
}

/// Words before a clock time written without "a.m." or "p.m." ("at 22:00", "until 18:30").
fn before_clock(w: &str) -> bool {
    matches!(w, "at" | "around" | "about" | "approximately" | "roughly" | "before" | "after" | "until" | "till" | "by" | "from" | "since")
}

/// "(it was) a great day (for the city)", "(this is) a sad day": a day judged in the words of
/// the one who lived it is the day the sentence tells, else the last day told (TimeML marks
/// the "day" of such a judgement as that day). It needs the pronoun and a form of "be" before
/// it and one or two describing words, so "a day of mourning" or "a single day" stay apart.
fn judged_day_at(toks: &[Tok], i: usize) -> Option<Found> {
    if !matches!(low_at(toks, i), "a" | "an") {
        return None;
    }
    // the words may open a quotation: it was "a great day"
    let c = if matches!(prev_low(toks, i), "\"" | "“" | "``" | "'") { i - 1 } else { i };
    let subject = match (prev_low(toks, c), c.checked_sub(1).map_or("", |k| prev_low(toks, k))) {
        ("is" | "was" | "'s", s) => s,
        ("s", "'") => c.checked_sub(2).map_or("", |k| prev_low(toks, k)),
        _ => return None,
    };
    if !matches!(subject, "it" | "this" | "that") {
        return None;
    }
    let describing = |k: usize| {
        get(toks, k).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.capitalised()
                && t.low != "day"
                && lexicon::number_word(&t.low).is_none()
                && !lexicon::unknown_quantity(&t.low)
                && !DAY_KINDS.contains(&t.low)
        })
    };
    let end = (1..=2).find(|&n| (1..=n).all(|k| describing(i + k)) && low_at(toks, i + n + 1) == "day")? + i + 2;
    if matches!(low_at(toks, end), "'s" | "-" | "when" | "after" | "before") {
        return None;
    }
    Some(Found {
        start: i,
        end,
        what: What::Narrative {
            unit: Unit::Day,
            n: 0,
            now: false,
        },
    })
}

/// Times the story's own course gives: "at 22:00", "at midday", "in the evening", "that day",
/// "later that night", "the next morning", "the day before", "two days later".
fn narrative_at(toks: &[Tok], i: usize) -> Option<Found> {
    let w = low_at(toks, i);
    let prev = prev_low(toks, i);
    let found = |end: usize, n: i64| {
        Some(Found {
            start: i,
            end,
            what: What::Narrative {
                unit: Unit::Day,
                n,
                now: false,
            },
        })
    };
    // "at 22:00": hours and minutes on a 24-hour clock, after a preposition of time
    if before_clock(prev)
        && low_at(toks, i + 1) == ":"
        && touching(toks, i)
        && touching(toks, i + 1)
    {
        let h = get(toks, i)?.int().filter(|&h| h <= 23 && low_at(toks, i).len() <= 2);
        let m = get(toks, i + 2)
            .filter(|t| t.low.len() == 2)
            .and_then(Tok::int)
            .filter(|&m| m <= 59);
        // "at 2:13:44" is a race time, not a clock time
        let seconds = low_at(toks, i + 3) == ":" && touching(toks, i + 2);
        if h.is_some() && m.is_some() && !seconds {
            return found(i + 3, 0);
        }
    }
    if text_lexicon::named_time(w).is_some() && (before_clock(prev) || prev == "past") {
        return found(i + 1, 0);
    }
    if let Some(f) = judged_day_at(toks, i) {
        return Some(f);
    }
    let next = low_at(toks, i + 1);
    let day_word = |x: &str| x == "day" || lexicon::part_of_day(x);
    // "in the evening", "during the night"
    if matches!(prev, "in" | "during") && w == "the" && lexicon::part_of_day(next) {
        return found(i + 2, 0);
    }
    // "that day", "that same day", "that evening", "earlier that day", "later that night"
    let (k, lead) = if matches!(w, "earlier" | "later") { (i + 1, true) } else { (i, false) };
    if low_at(toks, k) == "that" {
        let j = if low_at(toks, k + 1) == "same" { k + 2 } else { k + 1 };
        if day_word(low_at(toks, j)) && (lead || j > k + 1 || !matches!(low_at(toks, j + 1), "when" | "of")) {
            return found(j + 1, 0);
        }
    }
    // "that year", "later that month", "that same week": the year, month or week the text last told
    let period = |x: &str| match x {
        "year" => Some(Unit::Year),
        "month" => Some(Unit::Month),
        "week" => Some(Unit::Week),
        _ => None,
    };
    if low_at(toks, k) == "that" {
        let j = if low_at(toks, k + 1) == "same" { k + 2 } else { k + 1 };
        if let Some(unit) = period(low_at(toks, j)).filter(|_| !matches!(low_at(toks, j + 1), "when" | "of" | "in")) {
            return Some(Found {
                start: i,
                end: j + 1,
                what: What::Narrative { unit, n: 0, now: false },
            });
        }
    }
    if w == "the" {
        // "the same day", "the next morning", "the following day", "the previous night"
        let n = match next {
            "same" => Some(0),
            "next" | "following" => Some(1),
            "previous" => Some(-1),
            _ => None,
        };
        if let Some(n) = n.filter(|_| day_word(low_at(toks, i + 2))) {
            return found(i + 3, n);
        }
        // "the same year", "the following month", "the previous year" ("the next year" is
        // mostly a stretch ahead: "in the next year")
        let n = match next {
            "same" => Some(0),
            "following" => Some(1),
            "previous" => Some(-1),
            _ => None,
        };
        if let Some((n, unit)) = n.zip(period(low_at(toks, i + 2))) {
            return Some(Found {
                start: i,
                end: i + 3,
                what: What::Narrative { unit, n, now: false },
            });
        }
        // "the day before", "the night before", "the day after": with nothing after them
        if day_word(next) && matches!(low_at(toks, i + 2), "before" | "after") {
            let after = low_at(toks, i + 3);
            let n = if low_at(toks, i + 2) == "before" { -1 } else { 1 };
            if after.is_empty() || matches!(after, "," | "." | ";" | "and" | "but") {
                return found(i + 3, n);
            }
            // "the day before last Tuesday('s hearing)": a day from the day named
            if next == "day" {
                if let Some(f) = day_from(toks, i, i + 3, n) {
                    return Some(f);
                }
            }
        }
    }
    // "a day later", "two days earlier", "a month earlier"
    let (n, k) = number_at(toks, i)?;
    let n = n.filter(|v| v.fract() == 0.0 && *v > 0.0 && *v <= 366.0)? as i64;
    let unit = lexicon::unit(low_at(toks, k))?;
    let now = matches!(prev, "comes" | "came" | "coming" | "come");
    // "two days after Christmas", "a week before 3 May": counted from the day named
    if matches!(low_at(toks, k + 1), "before" | "after") && matches!(unit, Unit::Day | Unit::Week) {
        let days = if unit == Unit::Week { 7 * n } else { n };
        let days = if low_at(toks, k + 1) == "before" { -days } else { days };
        if let Some(f) = day_from(toks, i, k + 2, days) {
            return Some(f);
        }
    }
    let sign = match low_at(toks, k + 1) {
        "later" => 1,
        "earlier" => -1,
        // "comes a month after the crash": the crash came that long before
        "after" | "before" if matches!(prev, "comes" | "came" | "coming" | "come") => {
            if low_at(toks, k + 1) == "after" { -1 } else { 1 }
        }
        _ => return None,
    };
    matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year).then_some(())?;
    Some(Found {
        start: i,
        end: k + 2,
        what: What::Narrative {
            unit,
            n: sign * n,
            now,
        },
    })
}

/// A count of days from the day named at token `at` ("the day before last Tuesday", "two days
/// after Christmas"), the expression starting at `start`.
fn day_from(toks: &[Tok], start: usize, at: usize, n: i64) -> Option<Found> {
    let f = core_at(toks, at).filter(|f| is_day_like(&f.what) || matches!(f.what, What::Holiday(_)))?;
    Some(Found {
        start,
        end: f.end,
        what: What::DayFrom { day: Box::new(f.what), n },
    })
}

fn is_day_like(w: &What) -> bool {
    match w {
        What::Absolute(d) => d.precision() == Precision::Day,
        What::MonthDay { .. } | What::Weekday { .. } => true,
        What::Offset {
            unit: Unit::Day, ..
        } => true,
        _ => false,
    }
}

/// "10:35 a.m.", "4 p.m.", "9 a.m. EST": the index after it.
fn clock_time(toks: &[Tok], i: usize) -> Option<usize> {
    let t = get(toks, i)?;
    let h = t.int().filter(|&h| h <= 24 && t.low.len() <= 2)?;
    let _ = h;
    let mut j = i + 1;
    if low_at(toks, j) == ":" && touching(toks, i) && get(toks, j + 1).and_then(Tok::int).is_some()
    {
        j += 2;
    }
    // a.m. or p.m. after the figure
    text_lexicon::meridiem(low_at(toks, j))?;
    j += 1;
    // "p.m" split from its last dot; a dot after "pm" ends the sentence
    if low_at(toks, j) == "." && touching(toks, j - 1) && matches!(low_at(toks, j - 1), "a.m" | "p.m") {
        j += 1;
    }
    if TIME_ZONES.contains(low_at(toks, j)) {
        j += 1;
    }
    Some(j)
}

/// The time of day an expression starting at token `i` opens with: a clock figure with "a.m." or
/// "p.m." ("4 pm", "11:24 a.m."), a 24-hour clock figure ("22:30"; the scan takes it only after
/// a word of time, "at 22:30"), or a named time ("midday", "noon", "midnight"). Gives the words
/// of the time and its minutes after midnight.
fn clock_at(toks: &[Tok], i: usize) -> Option<(ByteSpan, u16)> {
    let t = get(toks, i)?;
    if let Some(m) = text_lexicon::named_time(&t.low) {
        return Some((t.span, m));
    }
    let h = u16::try_from(t.int().filter(|_| t.low.len() <= 2)?).ok()?;
    // "11:30": two digits of minutes, and no third part ("2:01:09" is a length of time)
    let minutes = (low_at(toks, i + 1) == ":" && touching(toks, i) && touching(toks, i + 1))
        .then(|| get(toks, i + 2).filter(|m| m.low.len() == 2).and_then(Tok::int))
        .flatten()
        .and_then(|m| u16::try_from(m).ok())
        .filter(|&m| m < 60 && !(low_at(toks, i + 3) == ":" && touching(toks, i + 2)));
    let after = if minutes.is_some() { i + 3 } else { i + 1 };
    let pm = text_lexicon::meridiem(low_at(toks, after));
    let (value, last) = match (pm, minutes) {
        (Some(pm), m) if (1..=12).contains(&h) => ((h % 12 + if pm { 12 } else { 0 }) * 60 + m.unwrap_or(0), after),
        (None, Some(m)) if h <= 23 => (h * 60 + m, after - 1),
        _ => return None,
    };
    Some((ByteSpan::new(t.span.start, get(toks, last)?.span.end), value))
}

/// The second day of "April 24 and 25", "3 to 5 May" excepted: a day number joined to a month
/// and day just found, standing alone (not "24 and 25 people"), takes that month (and year).
fn coordinated_day(toks: &[Tok], f: &Found) -> Option<Found> {
    if !matches!(low_at(toks, f.end), "and" | "or" | "to" | "through" | "-" | "–") {
        return None;
    }
    let k = f.end + 1;
    let day = get(toks, k)?.day_number()?;
    let next = get(toks, k + 1);
    let alone = next.is_none_or(|t| match t.kind {
        TokenKind::Word => function_word(&t.low) && !matches!(t.low.as_str(), "the" | "a" | "an"),
        TokenKind::Number => false,
        _ => !matches!(t.low.as_str(), "%" | ":" | "-" | "/"),
    });
    if !alone {
        return None;
    }
    let what = match f.what {
        What::MonthDay { month, day: first, .. } if day > first => What::MonthDay { month, day, weekday: None },
        What::Absolute(d) if d.day.is_some_and(|first| day > first) => {
            What::Absolute(Date::ymd(d.year, d.month?, day)?)
        }
        _ => return None,
    };
    // a month written before its day ("April 24"), not after it ("24 April and 25")
    let month_first = get(toks, f.start).is_some_and(|t| lexicon::month(&t.low).is_some() || lexicon::weekday(&t.low).is_some());
    month_first.then_some(Found {
        start: k,
        end: k + 1,
        what,
    })
}

/// Whether token `i` stands inside a direct quotation: after an opening quotation mark of its
/// sentence that is not closed before it, or before a closing one that opens nowhere before it
/// (a quotation running on from the sentence before).
fn in_quotation(toks: &[Tok], i: usize) -> bool {
    let mut open = false;
    for t in toks.iter().take(i) {
        match t.low.as_str() {
            "“" | "«" => open = true,
            "”" | "»" => open = false,
            "\"" => open = !open,
            _ => {}
        }
    }
    if open {
        return true;
    }
    for t in toks.iter().skip(i + 1) {
        match t.low.as_str() {
            "“" | "«" => return false,
            "”" | "»" => return true,
            _ => {}
        }
    }
    false
}

/// The expression shapes, tried in order at token `i`.
fn core_at(toks: &[Tok], i: usize) -> Option<Found> {
    weekday_at(toks, i)
        .or_else(|| month_at(toks, i))
        .or_else(|| day_month_at(toks, i))
        .or_else(|| numeric_at(toks, i))
        .or_else(|| year_at(toks, i))
        .or_else(|| relative_at(toks, i))
        .or_else(|| holiday_at(toks, i))
        .or_else(|| day_of_month_at(toks, i))
        .or_else(|| season_at(toks, i))
        .or_else(|| ago_or_duration_at(toks, i))
        .or_else(|| set_at(toks, i))
        .or_else(|| around_event_at(toks, i))
}

/// Nouns for the scheduled happenings news dates other things against ("just before the visit").
fn is_occasion(w: &str) -> bool {
    matches!(
        w,
        "visit"
            | "meeting"
            | "talks"
            | "summit"
            | "trip"
            | "ceremony"
            | "vote"
            | "election"
            | "elections"
            | "hearing"
            | "conference"
            | "announcement"
            | "signing"
            | "session"
            | "speech"
            | "interview"
            | "debate"
            | "inauguration"
            | "tour"
            | "referendum"
            | "negotiations"
            | "meetings"
            | "visits"
    )
}

/// "just before the visit", "shortly after the talks", "ahead of the summit", "on the eve of the
/// vote": a time fixed by the story's central occasion rather than by the calendar.
fn around_event_at(toks: &[Tok], i: usize) -> Option<Found> {
    let (after, j) = match (
        low_at(toks, i),
        low_at(toks, i + 1),
        low_at(toks, i + 2),
        low_at(toks, i + 3),
    ) {
        ("just" | "shortly" | "immediately" | "right", "before", _, _) => (false, i + 2),
        ("just" | "shortly" | "immediately" | "right" | "soon", "after", _, _) => (true, i + 2),
        ("ahead", "of", _, _) => (false, i + 2),
        ("on", "the", "eve", "of") => (false, i + 4),
        _ => return None,
    };
    if !matches!(
        low_at(toks, j),
        "the" | "his" | "her" | "their" | "its" | "this" | "that"
    ) {
        return None;
    }
    // the occasion, maybe after one describing word ("the Kremlin talks")
    let end = if is_occasion(low_at(toks, j + 1)) {
        j + 2
    } else if is_occasion(low_at(toks, j + 2))
        && get(toks, j + 1).is_some_and(|t| t.kind == TokenKind::Word)
    {
        j + 3
    } else {
        return None;
    };
    Some(Found {
        start: i,
        end,
        what: What::AroundOccasion { after },
    })
}

/// The story's central day in one document: the day-precision date its text gives most often
/// (the latest of equals), or else its publication date.
fn central_day(out: &[DateMention], published: Option<Date>) -> Option<Date> {
    let mut days: Vec<Date> = out
        .iter()
        .filter(|m| m.kind == DateKind::Date && m.precision == Precision::Day)
        .filter_map(|m| m.value)
        .collect();
    days.sort_unstable();
    let mut best: Option<(usize, Date)> = None;
    for chunk in days.chunk_by(|a, b| a == b) {
        if let Some(d) = chunk.first() {
            if best.is_none_or(|(n, _)| chunk.len() >= n) {
                best = Some((chunk.len(), *d));
            }
        }
    }
    best.map(|(_, d)| d)
        .or(published.filter(|p| p.day.is_some()))
}

/// How far "just before" or "shortly after" an occasion can reach, in days: a week, the span
/// a reader takes "just" to allow (further off, news names the day or says "weeks before").
const JUST_WITHIN_DAYS: i64 = 7;

/// Dates set by the central occasion: its month, when "just before" or "just after" cannot
/// have left that month (the week before or after the central day lies within it); otherwise
/// they stay vague.
fn resolve_occasions(out: &mut [DateMention], published: Option<Date>) {
    let Some(day) = central_day(out, published) else {
        return;
    };
    for m in out.iter_mut() {
        if let Form::AroundOccasion { after } = m.form {
            let reach = if after { JUST_WITHIN_DAYS } else { -JUST_WITHIN_DAYS };
            let edge = day.add_days(reach);
            let stays = edge.is_some_and(|e| e.month == day.month && e.year == day.year);
            if stays {
                m.value = day.month.and_then(|mo| Date::ym(day.year, mo));
                m.precision = Precision::Month;
            }
        }
    }
}

fn shift_word(w: &str) -> Option<i8> {
    match w {
        "last" | "past" | "previous" => Some(-1),
        "next" | "coming" => Some(1),
        "this" => Some(2),
        _ => None,
    }
}

fn weekday_at(toks: &[Tok], i: usize) -> Option<Found> {
    let (shift, w) = match shift_word(low_at(toks, i)) {
        Some(s) => (s, i + 1),
        None => (0, i),
    };
    let t = get(toks, w)?;
    let day = lexicon::weekday(&t.low)?;
    if !t.capitalised() || (!lexicon::is_full_weekday(&t.low) && low_at(toks, w + 1) != ",") {
        return None;
    }
    let mut end = w + 1;
    let mut what = What::Weekday { day, shift };
    // "Wednesday, October 15", "Wednesday 15 October 2025", "Tuesday night (September 30)".
    let mut j = end;
    if lexicon::part_of_day(low_at(toks, j)) {
        j += 1;
        end = j;
    }
    let paren = low_at(toks, j) == "(";
    if low_at(toks, j) == "," || paren {
        j += 1;
    }
    if let Some(f) = month_at(toks, j).or_else(|| day_month_at(toks, j)) {
        let dated = match f.what {
            What::Absolute(d) if d.precision() == Precision::Day => Some(What::Absolute(d)),
            What::MonthDay { month, day: dd, .. } => Some(What::MonthDay {
                month,
                day: dd,
                weekday: Some(day),
            }),
            _ => None,
        };
        if let Some(d) = dated {
            what = d;
            end = f.end;
            if paren && low_at(toks, end) == ")" {
                end += 1;
            }
        }
    }
    if lexicon::part_of_day(low_at(toks, end)) {
        end += 1;
    }
    Some(Found {
        start: i,
        end,
        what,
    })
}

/// Whether a capitalised "May", "March" and the like are a month here, from the words around them.
fn month_context(toks: &[Tok], i: usize) -> bool {
    let prev = if i == 0 { "" } else { low_at(toks, i - 1) };
    matches!(
        prev,
        "in" | "since"
            | "until"
            | "till"
            | "by"
            | "of"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "next"
            | "this"
            | "from"
            | "through"
            | "during"
            | "before"
            | "after"
            | "between"
            | "and"
            | "to"
            | "or"
            | "each"
            | "every"
            | "end"
            | "beginning"
            | "start"
            | "middle"
            | "throughout"
    )
}

/// "the March accession", "the May elections": a capitalised month between "the" and a
/// lower-case noun it qualifies (a march or a name would not sit there: "the March of Dimes").
fn month_modifier(toks: &[Tok], i: usize) -> bool {
    prev_low(toks, i) == "the"
        && get(toks, i + 1).is_some_and(|t| {
            t.kind == TokenKind::Word && !t.capitalised() && !function_word(&t.low) && !matches!(t.low.as_str(), "of" | "on" | "against" | "through" | "towards" | "toward" | "past" | "into")
        })
}

fn month_at(toks: &[Tok], i: usize) -> Option<Found> {
    let (shift, m) = match shift_word(low_at(toks, i)) {
        Some(s) if s != 2 || get(toks, i + 1).is_some_and(|t| t.capitalised()) => (s, i + 1),
        _ => (0, i),
    };
    let t = get(toks, m)?;
    let month = lexicon::month(&t.low)?;
    if !t.capitalised() {
        return None;
    }
    Some(month_tail(toks, i, m + 1, month, shift)).filter(|f| {
        // A bare month name: full names only, and "May" and "March" need a preposition before them.
        match f.what {
            What::Month { .. } => {
                f.end > m + 1
                    || shift != 0
                    || (lexicon::is_full_month_name(&t.low)
                        && (!matches!(t.low.as_str(), "may" | "march")
                            || month_context(toks, m)
                            || month_modifier(toks, m)))
            }
            _ => true,
        }
    })
}

/// After a month word (ending before `after`): a day and year, a year, or nothing.
fn month_tail(toks: &[Tok], start: usize, after: usize, month: u8, shift: i8) -> Found {
    let mut j = after;
    if low_at(toks, j) == "." && touching(toks, j - 1) {
        j += 1;
    }
    if let Some(day) = get(toks, j).and_then(Tok::day_number) {
        // not a clock time ("June 5:30") nor a longer number
        let clock = low_at(toks, j + 1) == ":"
            && touching(toks, j)
            && touching(toks, j + 1)
            && get(toks, j + 2).is_some_and(|t| t.kind == TokenKind::Number);
        if !clock {
            let mut k = j + 1;
            if low_at(toks, k) == "," {
                k += 1;
            }
            if let Some(y) = get(toks, k).and_then(Tok::year) {
                if let Some(d) = Date::ymd(y, month, day) {
                    return Found {
                        start,
                        end: k + 1,
                        what: What::Absolute(d),
                    };
                }
            }
            if Date::ymd(2000, month, day).is_some() {
                if let Some(n) = year_shift(toks, j + 1) {
                    return Found {
                        start,
                        end: j + 3,
                        what: What::DayOfYear { month, day, n },
                    };
                }
                return Found {
                    start,
                    end: j + 1,
                    what: What::MonthDay {
                        month,
                        day,
                        weekday: None,
                    },
                };
            }
        }
    }
    let mut k = j;
    if matches!(low_at(toks, k), "of" | ",") {
        k += 1;
    }
    if let Some(y) = get(toks, k).and_then(Tok::year) {
        if !(low_at(toks, k + 1) == "s" && touching(toks, k)) {
            if let Some(d) = Date::ym(y, month) {
                return Found {
                    start,
                    end: k + 1,
                    what: What::Absolute(d),
                };
            }
        }
    }
    // "October this year", "April next year", "March last year"
    if shift == 0 {
        if let Some(n) = year_shift(toks, after) {
            return Found {
                start,
                end: after + 2,
                what: What::MonthOfYear { month, n },
            };
        }
    }
    Found {
        start,
        end: after,
        what: What::Month { month, shift },
    }
}

/// "this year", "next year", "last year" at token `k`: the year's offset from publication.
fn year_shift(toks: &[Tok], k: usize) -> Option<i32> {
    if low_at(toks, k + 1) != "year" {
        return None;
    }
    match low_at(toks, k) {
        "this" => Some(0),
        "next" => Some(1),
        "last" => Some(-1),
        _ => None,
    }
}

/// "15 October 2025", "15th of October", "15 Oct".
fn day_month_at(toks: &[Tok], i: usize) -> Option<Found> {
    let day = get(toks, i)?.day_number()?;
    let mut j = i + 1;
    if low_at(toks, j) == "of" {
        j += 1;
    }
    let t = get(toks, j)?;
    let month = lexicon::month(&t.low)?;
    if !t.capitalised() {
        return None;
    }
    let mut k = j + 1;
    // the dot of "Feb.", not the full stop after "February"
    if low_at(toks, k) == "." && touching(toks, j) && !lexicon::is_full_month_name(&t.low) {
        k += 1;
    }
    let end_month = k;
    if low_at(toks, k) == "," {
        k += 1;
    }
    if let Some(y) = get(toks, k).and_then(Tok::year) {
        if let Some(d) = Date::ymd(y, month, day) {
            return Some(Found {
                start: i,
                end: k + 1,
                what: What::Absolute(d),
            });
        }
    }
    Date::ymd(2000, month, day)?;
    if let Some(n) = year_shift(toks, end_month) {
        return Some(Found {
            start: i,
            end: end_month + 2,
            what: What::DayOfYear { month, day, n },
        });
    }
    Some(Found {
        start: i,
        end: end_month,
        what: What::MonthDay {
            month,
            day,
            weekday: None,
        },
    })
}

/// "15/10/2025", "2025-10-15", "15.10.2025".
fn numeric_at(toks: &[Tok], i: usize) -> Option<Found> {
    let t = get(toks, i)?;
    if t.kind != TokenKind::Number {
        return None;
    }
    // One token with dots: "15.10.2025".
    let parts: Vec<&str> = t.low.split('.').collect();
    if parts.len() == 3 {
        let nums: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
        if let Some(d) = nums.and_then(|n| numeric_date(&n, &parts)) {
            return Some(Found {
                start: i,
                end: i + 1,
                what: What::Absolute(d),
            });
        }
    }
    // Three numbers joined by "/" or "-" with no spaces.
    let sep = low_at(toks, i + 1);
    if !(sep == "/" || sep == "-") || low_at(toks, i + 3) != sep {
        return None;
    }
    if !(touching(toks, i)
        && touching(toks, i + 1)
        && touching(toks, i + 2)
        && touching(toks, i + 3))
    {
        return None;
    }
    let texts = [t.low.as_str(), low_at(toks, i + 2), low_at(toks, i + 4)];
    let nums: Option<Vec<u32>> = [Some(t), get(toks, i + 2), get(toks, i + 4)]
        .iter()
        .map(|x| {
            x.and_then(|x| x.int())
                .filter(|_| x.is_some_and(|x| x.low.bytes().all(|b| b.is_ascii_digit())))
        })
        .collect();
    let d = numeric_date(&nums?, &texts)?;
    // Not part of a longer run ("2025-10-15-3").
    if touching(toks, i + 4) && matches!(low_at(toks, i + 5), "/" | "-") {
        return None;
    }
    Some(Found {
        start: i,
        end: i + 5,
        what: What::Absolute(d),
    })
}

/// Year first (ISO order) or year last (day first unless that is impossible).
fn numeric_date(n: &[u32], texts: &[&str]) -> Option<Date> {
    let (a, b, c) = (*n.first()?, *n.get(1)?, *n.get(2)?);
    let len = |k: usize| texts.get(k).map_or(0, |s| s.len());
    if len(0) == 4 && len(1) <= 2 && len(2) <= 2 {
        return Date::ymd(a as i32, u8::try_from(b).ok()?, u8::try_from(c).ok()?);
    }
    if len(2) == 4 && len(0) <= 2 && len(1) <= 2 && (1000..=2999).contains(&c) {
        let (d, m) = if b > 12 { (b, a) } else { (a, b) };
        return Date::ymd(c as i32, u8::try_from(m).ok()?, u8::try_from(d).ok()?);
    }
    None
}

/// Words after a number that show it counts things rather than naming a year.
fn counts_things(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "troops"
            | "soldiers"
            | "residents"
            | "members"
            | "votes"
            | "cases"
            | "deaths"
            | "times"
            | "km"
            | "kilometers"
            | "kilometres"
            | "miles"
            | "meters"
            | "metres"
            | "feet"
            | "tons"
            | "tonnes"
            | "dollars"
            | "euros"
            | "pounds"
            | "barrels"
            | "percent"
            | "%"
            | "per"
            | "acres"
            | "hectares"
            | "units"
            | "jobs"
            | "homes"
            | "houses"
            | "children"
            | "workers"
            | "students"
            | "refugees"
            | "prisoners"
            | "police"
            | "officers"
            | "families"
            | "points"
            | "delegates"
            | "seats"
            | "guests"
            | "years"
            | "hours"
            | "days"
            | "minutes"
            | "am"
            | "pm"
            | "a.m."
            | "p.m."
            | "gmt"
            | "hrs"
            | ":"
            | "x"
    )
}

fn year_at(toks: &[Tok], i: usize) -> Option<Found> {
    let t = get(toks, i)?;
    let y = t.year()?;
    let prev = if i == 0 { "" } else { low_at(toks, i - 1) };
    if matches!(
        prev,
        "$" | "€"
            | "£"
            | "#"
            | "no"
            | "number"
            | "flight"
            | "route"
            | "room"
            | "page"
            | "article"
            | "resolution"
            | "highway"
            | "model"
            | "rs"
            | "usd"
            | "us$"
    ) {
        return None;
    }
    let next = low_at(toks, i + 1);
    // A decade: "1990s", "the 1990s".
    if (next == "s" || next == "'s") && touching(toks, i) && y % 10 == 0 {
        return Some(Found {
            start: i,
            end: i + 2,
            what: What::Decade,
        });
    }
    if counts_things(next) {
        return None;
    }
    let quantity = matches!(
        prev,
        "about"
            | "some"
            | "nearly"
            | "almost"
            | "over"
            | "than"
            | "approximately"
            | "around"
            | "roughly"
            | "least"
            | "to"
            | "of"
    );
    if quantity
        && get(toks, i + 1).is_some_and(|n| {
            n.kind == TokenKind::Word
                && !n.capitalised()
                && !matches!(
                    n.low.as_str(),
                    "and"
                        | "when"
                        | "after"
                        | "before"
                        | "to"
                        | "the"
                        | "as"
                        | "in"
                        | "until"
                        | "through"
                        | "onwards"
                        | "onward"
                )
        })
    {
        return None;
    }
    if !(1800..=2100).contains(&y)
        && !matches!(
            prev,
            "in" | "since"
                | "of"
                | "by"
                | "from"
                | "until"
                | "year"
                | "before"
                | "after"
                | "around"
                | "circa"
                | "c."
        )
    {
        return None;
    }
    Some(Found {
        start: i,
        end: i + 1,
        what: What::Absolute(Date::y(y)),
    })
}

fn relative_at(toks: &[Tok], i: usize) -> Option<Found> {
    let w = low_at(toks, i);
    let next = low_at(toks, i + 1);
    let found = |end: usize, what: What| {
        Some(Found {
            start: i,
            end,
            what,
        })
    };
    let day = |n: i64, end: usize| {
        let end = if lexicon::part_of_day(low_at(toks, end)) {
            end + 1
        } else {
            end
        };
        Some(Found {
            start: i,
            end,
            what: What::Offset { unit: Unit::Day, n },
        })
    };
    // in direct speech "today" is the day the words were said, which the report dates
    let spoken = |n: i64| {
        if !in_quotation(toks, i) {
            return day(n, i + 1);
        }
        let end = if lexicon::part_of_day(low_at(toks, i + 1)) { i + 2 } else { i + 1 };
        Some(Found {
            start: i,
            end,
            what: What::Spoken { n },
        })
    };
    // "right now", "just now": one expression, the present
    if matches!(w, "right" | "just") && next == "now" {
        return found(i + 2, What::Vague);
    }
    match w {
        "today" | "tonight" => return spoken(0),
        "yesterday" => return spoken(-1),
        "tomorrow" => return spoken(1),
        "now" | "currently" | "presently" | "nowadays" | "recently" | "lately" => {
            return found(i + 1, What::Vague)
        }
        _ => {}
    }
    if w == "the" && next == "day" {
        match (low_at(toks, i + 2), low_at(toks, i + 3)) {
            ("before", "yesterday") => {
                return found(
                    i + 4,
                    What::Offset {
                        unit: Unit::Day,
                        n: -2,
                    },
                )
            }
            ("after", "tomorrow") => {
                return found(
                    i + 4,
                    What::Offset {
                        unit: Unit::Day,
                        n: 2,
                    },
                )
            }
            _ => {}
        }
    }
    if w == "this" && lexicon::part_of_day(next) && next != "night" {
        return found(
            i + 2,
            What::Offset {
                unit: Unit::Day,
                n: 0,
            },
        );
    }
    if w == "last" && next == "night" {
        return found(
            i + 2,
            What::Offset {
                unit: Unit::Day,
                n: -1,
            },
        );
    }
    if w == "at" && next == "present" {
        return found(i + 2, What::Vague);
    }
    // "at the moment", "for the moment": the present, unvalued (TimeML spans "the moment")
    if matches!(w, "at" | "for") && next == "the" && low_at(toks, i + 2) == "moment" && !matches!(low_at(toks, i + 3), "of" | "when" | "that") {
        return Some(Found { start: i + 1, end: i + 3, what: What::Vague });
    }
    // "(in) recent days", "over recent weeks": a stretch of unknown length up to now ("PXD"), as
    // TimeML has it
    if w == "recent" && lexicon::is_plural_unit(next) {
        if let Some(unit) = lexicon::unit(next) {
            return found(i + 2, duration(unit, None));
        }
    }
    if (w == "these" && next == "days") || (w == "in" && next == "recent" && low_at(toks, i + 2) == "times") {
        let end = if w == "in" { i + 3 } else { i + 2 };
        return found(end, What::Vague);
    }
    // "the past", "the future", "the near future", "the coming days".
    if w == "the" {
        let mut j = i + 1;
        if matches!(
            low_at(toks, j),
            "near" | "foreseeable" | "immediate" | "distant" | "not-too-distant"
        ) {
            j += 1;
        }
        if matches!(low_at(toks, j), "future" | "past")
            && (j > i + 1 || !matches!(prev_low(toks, i), "for" | "over"))
        {
            // "the past year" is a duration, handled below.
            let after = low_at(toks, j + 1);
            let number_follows = !after.is_empty() && after.bytes().all(|b| b.is_ascii_digit());
            // "the future of the bases" names a subject, not a time.
            let names_a_time = !matches!(get(toks, j + 1), Some(t) if t.kind == TokenKind::Word && (t.low == "of" || !function_word(&t.low)));
            if lexicon::unit(after).is_none() && !number_follows && names_a_time {
                let what = if low_at(toks, j) == "future" && j > i + 1 {
                    What::Ahead
                } else {
                    What::Vague
                };
                return found(j + 1, what);
            }
        }
        // "the coming weeks": a stretch ahead of unknown length ("PXW"), as TimeML has it
        if next == "coming" && matches!(low_at(toks, i + 2), "days" | "weeks" | "months" | "years")
        {
            if let Some(unit) = lexicon::unit(low_at(toks, i + 2)) {
                return found(i + 3, What::AheadFor(iso_duration(unit, None)));
            }
        }
        if next == "weekend" {
            return found(i + 2, What::Weekend { shift: 0 });
        }
        // "the past year", "the last two weeks": durations.
        if matches!(
            next,
            "past" | "last" | "previous" | "next" | "coming" | "first"
        ) {
            let mut j = i + 2;
            let n = number_at(toks, j).map(|(n, e)| {
                j = e;
                n
            });
            if let Some(u) = lexicon::unit(low_at(toks, j)) {
                let n = n.unwrap_or(if lexicon::is_plural_unit(low_at(toks, j)) {
                    None
                } else {
                    Some(1.0)
                });
                return found(j + 1, duration(u, n));
            }
        }
    }
    if w == "future"
        && matches!(prev_low(toks, i), "in" | "near")
        && !matches!(get(toks, i + 1), Some(t) if t.kind == TokenKind::Word)
    {
        return found(i + 1, What::Ahead);
    }
    // "Elian's future", "a future in which", "future disasters": a time to come, unvalued
    if w == "future" {
        let possessive = (i >= 1 && low_at(toks, i - 1) == "'s") || (i >= 2 && possessive_at(toks, i - 2));
        let owned = possessive
            || matches!(prev_low(toks, i), "a" | "his" | "her" | "their" | "its" | "our" | "my" | "your");
        let qualifies = get(toks, i + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.capitalised() && !function_word(&t.low) && t.low != "of");
        if owned || qualifies {
            return found(i + 1, What::Vague);
        }
    }
    if w == "soon"
        && !matches!(prev_low(toks, i), "as" | "too")
        && low_at(toks, i + 1) != "as"
        && tense_near(toks, i, i + 1) == Tense::Future
    {
        return found(i + 1, What::Ahead);
    }
    // "recent parliamentary elections": some time this year.
    if w == "recent" {
        let n = get(toks, i + 1);
        if n.is_some_and(|n| {
            n.kind == TokenKind::Word
                && !matches!(
                    n.low.as_str(),
                    "years"
                        | "months"
                        | "weeks"
                        | "days"
                        | "hours"
                        | "times"
                        | "decades"
                        | "history"
                        | "past"
                        | "and"
                        | "or"
                )
        }) {
            return found(i + 1, What::Recent);
        }
    }
    // "this past week", "this past weekend": the one just gone
    let (w, next, i) = if w == "this" && next == "past" && matches!(low_at(toks, i + 2), "week" | "weekend" | "month" | "year") {
        ("last", low_at(toks, i + 2), i + 1)
    } else {
        (w, next, i)
    };
    // "last week", "this month", "next year", "last weekend".
    if let Some(shift) = shift_word(w) {
        if w != "past" && w != "coming" {
            let n = if shift == 2 { 0 } else { i64::from(shift) };
            match next {
                "week" => {
                    return found(
                        i + 2,
                        What::Offset {
                            unit: Unit::Week,
                            n,
                        },
                    )
                }
                "month" => {
                    return found(
                        i + 2,
                        What::Offset {
                            unit: Unit::Month,
                            n,
                        },
                    )
                }
                "year" => {
                    return found(
                        i + 2,
                        What::Offset {
                            unit: Unit::Year,
                            n,
                        },
                    )
                }
                "decade" => {
                    return found(
                        i + 2,
                        What::Offset {
                            unit: Unit::Decade,
                            n,
                        },
                    )
                }
                "weekend" => return found(i + 2, What::Weekend { shift }),
                _ => {}
            }
        }
    }
    None
}

/// The first and last month of a season of the northern year; winter, which spans two years,
/// has none (it is read only with its year: "the winter of 2022").
fn season_months(w: &str) -> Option<(u8, u8)> {
    text_lexicon::season_months(w)
}

/// "last summer", "this spring", "next autumn", "(by) the summer", "the summer of 2022",
/// "summer 2022", "the winter of 2022": the year that holds the season. "fall" only after
/// "last", "this", "next" or before "of" and a year ("the fall of Kabul" is no season).
fn season_at(toks: &[Tok], i: usize) -> Option<Found> {
    let w = low_at(toks, i);
    let season = text_lexicon::is_season;
    // with its year
    let (k, lead) = if w == "the" { (i + 1, true) } else { (i, false) };
    let name = low_at(toks, k);
    if season(name) {
        let (j, of) = if low_at(toks, k + 1) == "of" { (k + 2, true) } else { (k + 1, false) };
        if let Some(y) = get(toks, j).and_then(Tok::year) {
            if of || (!lead && name != "fall") {
                return Some(Found { start: i, end: j + 1, what: What::Absolute(Date::y(y)) });
            }
        }
    }
    let shift = shift_word(w).filter(|_| w != "past");
    let (first, last) = season_months(low_at(toks, i + 1))?;
    let shift = match shift {
        Some(s) => s,
        // "by the summer", "in the spring": the nearest such season, by tense
        None if w == "the"
            && low_at(toks, i + 1) != "fall"
            && matches!(prev_low(toks, i), "in" | "by" | "during" | "until" | "over" | "before" | "after" | "since")
            && !matches!(low_at(toks, i + 2), "of" | "season" | "months" | "term" | "session" | "break") =>
        {
            0
        }
        None => return None,
    };
    if matches!(low_at(toks, i + 2), "season" | "months" | "term" | "session" | "break" | "of") {
        return None;
    }
    Some(Found {
        start: i,
        end: i + 2,
        what: What::Season { first, last, shift },
    })
}

/// "on the 23rd", "by the 5th": a day of the month written as an ordinal after a preposition of
/// time, with nothing after it that it could count ("the 23rd floor", "the 5th of the group").
fn day_of_month_at(toks: &[Tok], i: usize) -> Option<Found> {
    if low_at(toks, i) != "the" || !matches!(prev_low(toks, i), "on" | "by" | "until" | "till" | "since" | "from" | "before" | "for") {
        return None;
    }
    let t = get(toks, i + 1)?;
    let suffix = t.low.trim_start_matches(|c: char| c.is_ascii_digit());
    if !matches!(suffix, "st" | "nd" | "rd" | "th") {
        return None;
    }
    let day = t.day_number()?;
    let after = get(toks, i + 2);
    if after.is_some_and(|a| a.kind == TokenKind::Word && !matches!(a.low.as_str(), "and" | "or" | "but" | "when" | "at" | "in")) {
        return None;
    }
    Some(Found {
        start: i,
        end: i + 2,
        what: What::DayOfMonth { day },
    })
}

fn holiday_at(toks: &[Tok], i: usize) -> Option<Found> {
    let t = get(toks, i)?;
    if !t.capitalised() {
        return None;
    }
    let next = low_at(toks, i + 1);
    let (h, end) = match t.low.as_str() {
        "christmas" if next == "eve" => (Holiday::ChristmasEve, i + 2),
        "christmas" if next == "day" => (Holiday::Christmas, i + 2),
        "christmas" => (Holiday::Christmas, i + 1),
        "thanksgiving" if next == "day" => (Holiday::Thanksgiving, i + 2),
        "thanksgiving" => (Holiday::Thanksgiving, i + 1),
        "halloween" => (Holiday::Halloween, i + 1),
        // "Easter", "Easter Sunday", "Easter Monday", "Good Friday"; not the stretches named after
        // it ("the Easter holidays", "Easter week")
        "easter" if matches!(next, "week" | "weekend" | "holiday" | "holidays" | "break" | "season" | "island" | "rising" | "egg" | "eggs") => return None,
        "easter" if next == "sunday" => (Holiday::Easter(0), i + 2),
        "easter" if next == "monday" => (Holiday::Easter(1), i + 2),
        "easter" => (Holiday::Easter(0), i + 1),
        "good" if next == "friday" && get(toks, i + 1).is_some_and(Tok::capitalised) => (Holiday::Easter(-2), i + 2),
        "new" if next == "year" && possessive_at(toks, i + 2) || next == "year's" => {
            let k = if next == "year's" {
                i + 2
            } else if low_at(toks, i + 2) == "'s" {
                i + 3
            } else {
                i + 4
            };
            match low_at(toks, k) {
                "day" => (Holiday::NewYearsDay, k + 1),
                "eve" => (Holiday::NewYearsEve, k + 1),
                _ => return None,
            }
        }
        "valentine's" if next == "day" => (Holiday::Valentines, i + 2),
        "valentine" if possessive_at(toks, i + 1) && low_at(toks, i + 2 + usize::from(next == "'")) == "day" => {
            (Holiday::Valentines, i + 3 + usize::from(next == "'"))
        }
        _ => return None,
    };
    Some(Found {
        start: i,
        end,
        what: What::Holiday(h),
    })
}

/// A spoken or written number, with the index after it: "80", "two", "twenty-five",
/// "two and a half", "1.5". `None` inside for "several", "a few", "many".
fn number_at(toks: &[Tok], i: usize) -> Option<(Option<f64>, usize)> {
    let t = get(toks, i)?;
    let mut j = i + 1;
    let mut value = if t.kind == TokenKind::Number {
        if t.low.bytes().any(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        Some(t.low.replace(',', "").parse::<f64>().ok()?)
    } else if t.low == "a" && low_at(toks, i + 1) == "few" {
        j = i + 2;
        None
    } else if t.low == "a" && low_at(toks, i + 1) == "couple" && low_at(toks, i + 2) == "of" {
        j = i + 3;
        Some(2.0)
    } else if lexicon::unknown_quantity(&t.low) {
        None
    } else {
        Some(lexicon::number_word(&t.low)?)
    };
    if let Some(v) = value {
        if low_at(toks, j) == "hundred" {
            value = Some(v * 100.0);
            j += 1;
        }
    }
    // "two and a half"
    if low_at(toks, j) == "and" && low_at(toks, j + 1) == "a" && low_at(toks, j + 2) == "half" {
        value = value.map(|v| v + 0.5);
        j += 3;
    }
    // "two-and-a-half" as one word
    Some((value, j))
}

fn duration(unit: Unit, n: Option<f64>) -> What {
    // Beyond any length news speaks of, the number is not a length of time.
    let n = n.filter(|v| v.is_finite() && *v >= 0.0 && *v <= 100_000.0);
    What::Duration {
        iso: iso_duration(unit, n),
        length: n.map(|n| (unit, n)),
    }
}

/// ISO 8601 for `n` units; fractions go into the next smaller unit ("PT2H30M"); an unknown
/// number is written with X, as TimeML does ("PXY", "PXDE" for decades).
pub(super) fn iso_duration(unit: Unit, n: Option<f64>) -> String {
    let Some(n) = n else {
        return match unit {
            Unit::Minute => "PTXM",
            Unit::Hour => "PTXH",
            Unit::Day => "PXD",
            Unit::Week => "PXW",
            Unit::Month => "PXM",
            Unit::Year => "PXY",
            Unit::Decade => "PXDE",
            Unit::Century => "PXCE",
        }
        .to_string();
    };
    let whole = n.trunc() as i64;
    let frac = n - n.trunc();
    let num = |x: f64| {
        if (x - x.round()).abs() < 1e-9 {
            format!("{}", x.round() as i64)
        } else {
            format!("{x}")
        }
    };
    if frac.abs() < 1e-9 {
        return match unit {
            Unit::Minute => format!("PT{whole}M"),
            Unit::Hour => format!("PT{whole}H"),
            Unit::Day => format!("P{whole}D"),
            Unit::Week => format!("P{whole}W"),
            Unit::Month => format!("P{whole}M"),
            Unit::Year => format!("P{whole}Y"),
            Unit::Decade => format!("P{}Y", whole * 10),
            Unit::Century => format!("P{}Y", whole * 100),
        };
    }
    let head = |s: String| if whole == 0 { String::new() } else { s };
    match unit {
        Unit::Minute => format!("PT{}M", num(n)),
        Unit::Hour => format!("PT{}{}M", head(format!("{whole}H")), num(frac * 60.0)),
        Unit::Day => format!("P{}T{}H", head(format!("{whole}D")), num(frac * 24.0)),
        Unit::Week => format!("P{}D", num(n * 7.0)),
        Unit::Month => format!("P{}D", num(n * 30.0)).replace("P0D", "P15D"),
        Unit::Year => format!("P{}{}M", head(format!("{whole}Y")), num(frac * 12.0)),
        Unit::Decade => format!("P{}Y", num(n * 10.0)),
        Unit::Century => format!("P{}Y", num(n * 100.0)),
    }
}

/// Words that may come before a duration's number and belong to the expression.
fn approximator(toks: &[Tok], i: usize) -> usize {
    match (low_at(toks, i), low_at(toks, i + 1)) {
        ("more" | "less" | "fewer", "than")
        | ("at", "least" | "most")
        | ("up", "to")
        | ("just", "over" | "under") => i + 2,
        (
            "nearly" | "almost" | "about" | "some" | "around" | "roughly" | "approximately"
            | "over" | "under" | "only" | "just",
            _,
        ) => i + 1,
        _ => i,
    }
}

fn ago_or_duration_at(toks: &[Tok], i: usize) -> Option<Found> {
    let j = approximator(toks, i);
    // "half an hour", "an hour and a half"
    if low_at(toks, j) == "half" && matches!(low_at(toks, j + 1), "a" | "an") {
        let u = lexicon::unit(low_at(toks, j + 2))?;
        return Some(Found {
            start: i,
            end: j + 3,
            what: duration(u, Some(0.5)),
        });
    }
    let (n, k) = match number_at(toks, j) {
        Some((n, k)) => (n, k),
        // a bare plural: "for decades", "for years", "in weeks"
        None => {
            let w = low_at(toks, j);
            let u = lexicon::unit(w)?;
            let prev = if i == 0 { "" } else { low_at(toks, i - 1) };
            if j == i
                && lexicon::is_plural_unit(w)
                && matches!(prev, "for" | "over" | "within" | "in")
                && u >= Unit::Hour
            {
                if low_at(toks, j + 1) == "ago" {
                    return Some(Found {
                        start: i,
                        end: j + 2,
                        what: What::Vague,
                    });
                }
                return Some(Found {
                    start: i,
                    end: j + 1,
                    what: duration(u, None),
                });
            }
            return None;
        }
    };
    let mut k = k;
    if low_at(toks, k) == "-" && touching(toks, k - 1) {
        k += 1;
    }
    let uw = low_at(toks, k);
    let u = lexicon::unit(uw)?;
    // "a year" needs to be spelled as a number of units: "a" alone with a plural is not one.
    if low_at(toks, j) == "a" && lexicon::is_plural_unit(uw) {
        return None;
    }
    let mut n = n;
    let mut end = k + 1;
    // "an hour and a half"
    if low_at(toks, end) == "and" && low_at(toks, end + 1) == "a" && low_at(toks, end + 2) == "half"
    {
        n = n.map(|v| v + 0.5);
        end += 3;
    }
    match low_at(toks, end) {
        "ago" => {
            let what = match n {
                Some(v) if v.fract() == 0.0 && v > 0.0 && v <= 5000.0 => What::Offset {
                    unit: u,
                    n: -(v as i64),
                },
                _ => What::Vague,
            };
            return Some(Found {
                start: i,
                end: end + 1,
                what,
            });
        }
        "old" | "later" | "earlier" | "before" | "after" | "apart" => return None,
        _ => {}
    }
    // a bare "a day" or "one year" rarely names a length in news prose unless a preposition says so
    if n == Some(1.0)
        && i == j
        && !matches!(
            if i == 0 { "" } else { low_at(toks, i - 1) },
            "for" | "over" | "within" | "in" | "after" | "lasted" | "than"
        )
    {
        return None;
    }
    Some(Found {
        start: i,
        end,
        what: duration(u, n),
    })
}

fn set_at(toks: &[Tok], i: usize) -> Option<Found> {
    let w = low_at(toks, i);
    let iso = match w {
        "daily" => "P1D",
        "nightly" => "P1D",
        "weekly" => "P1W",
        "monthly" => "P1M",
        "annually" | "yearly" | "annual" => "P1Y",
        "hourly" => "PT1H",
        "every" | "each" => {
            let mut j = i + 1;
            let mut n = 1i64;
            if low_at(toks, j) == "other" {
                n = 2;
                j += 1;
            }
            let u = low_at(toks, j);
            if let Some(d) = lexicon::weekday(u).filter(|_| lexicon::is_full_weekday(u)) {
                return Some(Found {
                    start: i,
                    end: j + 1,
                    what: What::Set(format!("XXXX-WXX-{}", d + 1)),
                });
            }
            let unit = lexicon::unit(u).filter(|_| !lexicon::is_plural_unit(u))?;
            return Some(Found {
                start: i,
                end: j + 1,
                what: What::Set(iso_duration(unit, Some(n as f64))),
            });
        }
        _ => return None,
    };
    if w == "annual" {
        return None;
    }
    Some(Found {
        start: i,
        end: i + 1,
        what: What::Set(iso.to_string()),
    })
}

/// Verbs that date the report, not the event.
static REPORTING: crate::text::lexicon::List = crate::text::lexicon::speech_verbs("report");

/// Whether the sentence around tokens `start..end` speaks of the past or the future.
///
/// A deadline preposition right before it ("by", "until", "as early as") looks ahead; a
/// reporting verb right before it ("said Friday") dates the report, which is past. Otherwise the
/// nearest tense marker in the sentence wins; reporting verbs elsewhere are left out, since they
/// date the report, not the event.
fn tense_near(toks: &[Tok], start: usize, end: usize) -> Tense {
    let before = prev_low(toks, start);
    // "until Thursday, they had not named him": a deadline in a past-perfect sentence is past;
    // "had until Sunday to comply" has no participle after "had", so it still looks ahead
    let past_perfect = toks.iter().enumerate().any(|(k, t)| {
        t.low == "hadn't"
            || (t.low == "had" && {
                let next = low_at(toks, k + 1);
                let next = if matches!(next, "not" | "n't" | "never" | "already" | "still" | "yet" | "just") {
                    low_at(toks, k + 2)
                } else {
                    next
                };
                next == "been" || lexicon::past_marker(next)
            })
    });
    if (matches!(before, "by" | "until" | "till" | "before") && !past_perfect)
        || (matches!(before, "as")
            && matches!(prev_low(toks, start.saturating_sub(1)), "early" | "soon"))
    {
        return Tense::Future;
    }
    let reporting = |w: &str| REPORTING.contains(w);
    if reporting(before) || (before == "on" && reporting(prev_low(toks, start.saturating_sub(1)))) {
        return Tense::Past;
    }
    let marker = |k: usize| -> Option<Tense> {
        let w = low_at(toks, k);
        if reporting(w) {
            return None;
        }
        if matches!(w, "plan" | "plans") && low_at(toks, k + 1) != "to" {
            return None;
        }
        // "the ban takes effect on Monday", "the vote takes place in May": a timetable
        if w == "takes" && matches!(low_at(toks, k + 1), "effect" | "place") {
            return Some(Tense::Future);
        }
        // "the talks may resume Monday", "could come Friday": a modal of what is yet to happen
        // (not "could not be reached Monday", the past of "can"; not the month "May")
        // (only a few words before the date: further off, the modal belongs to another clause,
        // "ruled that he must be returned, and set Friday as the deadline")
        let next = low_at(toks, k + 1);
        let close = k < start && start - k <= 4;
        let negated = matches!(next, "not" | "n't" | "never");
        if close
            && (matches!(w, "might" | "should" | "must") || (w == "may" && !get(toks, k).is_some_and(Tok::capitalised)))
            && next != "have"
        {
            return Some(Tense::Future);
        }
        if close && w == "could" && !negated && !matches!(next, "have" | "be" | "see" | "hear") {
            return Some(Tense::Future);
        }
        // "the leaders are meeting on Friday": the present progressive of an arrangement, with
        // the date right after its verb
        if matches!(w, "is" | "are" | "'re")
            && k < start
            && start - k <= 3
            && next.len() > 4
            && next.ends_with("ing")
            && !matches!(next, "being" | "nothing" | "something" | "during")
        {
            return Some(Tense::Future);
        }
        // "were planning to", "was expected to", "is due to": the auxiliary's tense is the
        // plan's, the verb after it says the date lies ahead
        let be = |x: &str| matches!(x, "is" | "are" | "am" | "was" | "were" | "be" | "been" | "'s" | "'re");
        if be(w) && {
            let next = low_at(toks, k + 1);
            lexicon::future_marker(next) || matches!(next, "planned" | "slated" | "set" | "due" | "going")
        } {
            return None;
        }
        // "the planned visit in September", "a scheduled vote on Monday", "Daley's slated trip":
        // a participle before its noun names a happening still to come
        let determiner = |x: &str| {
            matches!(x, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "that" | "s" | "'s")
        };
        if k < start
            && matches!(w, "planned" | "slated" | "scheduled" | "proposed" | "expected" | "upcoming" | "promised")
            && k > 0
            && determiner(low_at(toks, k - 1))
            && get(toks, k + 1).is_some_and(|t| t.kind == TokenKind::Word && !function_word(&t.low))
        {
            return Some(Tense::Future);
        }
        // "was planned for early March", "is slated for May", "planned to meet on Friday"; but
        // "On Friday, the council planned to ..." dates the planning, which is past
        let be_before = k > 0 && matches!(low_at(toks, k - 1), "is" | "are" | "was" | "were" | "be" | "been" | "being");
        if matches!(w, "planned" | "slated" | "set" | "timed")
            && matches!(low_at(toks, k + 1), "for" | "to")
            && (k < start || be_before)
        {
            return Some(Tense::Future);
        }
        // an infinitive of intent governs the dates after it, not the ones before
        if lexicon::future_marker(w) || (k < start && infinitive_of_intent(toks, k)) {
            return Some(Tense::Future);
        }
        if lexicon::past_marker(w) || matches!(w, "has" | "have" | "been" | "'ve") {
            let back = |b: usize| if k >= b { low_at(toks, k - b) } else { "" };
            // "will be held", "is to be signed": a participle after a future auxiliary
            if (1..=3).any(|b| {
                lexicon::future_marker(back(b)) || (back(b) == "be" && back(b + 1) == "to")
            }) {
                return Some(Tense::Future);
            }
            // "(when the case) is heard in May": a present passive is not a past report, and
            // the words further off belong to other clauses
            if matches!(back(1), "is" | "are" | "am") {
                return Some(Tense::Unknown);
            }
            if matches!(back(1), "be" | "being") {
                return None;
            }
            return Some(Tense::Past);
        }
        None
    };
    let possessive = possessive_at(toks, end);
    for d in 1..toks.len().max(1) {
        if start >= d {
            if let Some(t) = marker(start - d) {
                return if possessive
                    && t == Tense::Future
                    && !matches!(low_at(toks, start - d), "will" | "upcoming")
                {
                    Tense::Past
                } else {
                    t
                };
            }
        }
        if let Some(t) = marker(end - 1 + d) {
            // "Thursday's vote is expected to pass": the happening the weekday owns is the
            // subject of the verb right after it, which dates it
            // (not "Tuesday's vote was expected to be close", which is past)
            let own_verb = d <= 10
                && !(end..end - 1 + d).any(|k| matches!(low_at(toks, k), "was" | "were" | "had" | "," | ";" | "that" | "which"));
            return if possessive
                && t == Tense::Future
                && !own_verb
                && !matches!(low_at(toks, end - 1 + d), "will" | "upcoming")
            {
                Tense::Past
            } else {
                t
            };
        }
        if start < d && end - 1 + d >= toks.len() {
            break;
        }
    }
    if possessive {
        return Tense::Past;
    }
    Tense::Unknown
}

/// Small words that may follow a time noun without making it an attribute ("the future to
/// come", "the past and").
fn function_word(w: &str) -> bool {
    matches!(
        w,
        "to" | "and"
            | "or"
            | "but"
            | "when"
            | "if"
            | "as"
            | "while"
            | "because"
            | "with"
            | "too"
            | "in"
            | "at"
            | "for"
            | "on"
            | "by"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "that"
            | "which"
            | "so"
            | "than"
            | "the"
            | "a"
            | "an"
            | "we"
            | "they"
            | "he"
            | "she"
            | "it"
            | "i"
            | "you"
            | "there"
            | "not"
            | "again"
            | "now"
    )
}

/// "decided to admit", "plans to visit", "is set to sign": a verb of intent and an infinitive
/// look ahead from the time of the intent.
fn infinitive_of_intent(toks: &[Tok], k: usize) -> bool {
    if low_at(toks, k) != "to" {
        return false;
    }
    let next = match get(toks, k + 1) {
        Some(t) if t.kind == TokenKind::Word && !t.capitalised() => t.low.as_str(),
        _ => return false,
    };
    if matches!(
        next,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
            | "date"
            | "power"
            | "office"
    ) {
        return false;
    }
    // "the inspectors are to arrive on Saturday": being to do a thing is an arrangement ahead
    if k >= 1 && matches!(low_at(toks, k - 1), "is" | "are" | "am") && !matches!(next, "blame" | "be") {
        return true;
    }
    let intent = |w: &str| {
        matches!(
            w,
            "decided"
                | "agreed"
                | "plans"
                | "planned"
                | "plan"
                | "planning"
                | "want"
                | "wants"
                | "wanted"
                | "hope"
                | "hopes"
                | "hoped"
                | "intends"
                | "intended"
                | "aims"
                | "aimed"
                | "seeks"
                | "sought"
                | "promised"
                | "pledged"
                | "vowed"
                | "threatened"
                | "set"
                | "due"
                | "ready"
                | "likely"
                | "going"
                | "expected"
                | "scheduled"
                | "prepared"
                | "preparing"
                | "prepares"
                | "offered"
                | "voted"
                | "asked"
                | "invited"
                | "urged"
                | "called"
        )
    };
    (1..=4).any(|b| k >= b && intent(low_at(toks, k - b)))
}

/// The span of a week `n` weeks from the one holding `dct`, as the smallest month or year holding it.
fn week_date(dct: Date, n: i64) -> Option<Date> {
    let wd = i64::from(dct.weekday()?);
    let monday = dct.add_days(-wd + 7 * n)?;
    let sunday = monday.add_days(6)?;
    if monday.year == sunday.year && monday.month == sunday.month {
        Date::ym(monday.year, monday.month?)
    } else if monday.year == sunday.year {
        Some(Date::y(monday.year))
    } else {
        None
    }
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    let total = i64::from(d.year) * 12 + i64::from(d.month?) - 1 + n;
    Date::ym(
        i32::try_from(total.div_euclid(12)).ok()?,
        (total.rem_euclid(12) + 1) as u8,
    )
}

/// Picks among candidate days by tense: the latest on or before publication for the past, the
/// earliest on or after it for the future, the nearest when the tense is unknown.
fn pick(cands: &[Date], dct: Date, tense: Tense) -> Option<Date> {
    let key = |d: &Date| d.start_days();
    let p = dct.start_days();
    let best = match tense {
        Tense::Past => cands.iter().filter(|d| key(d) <= p).max_by_key(|d| key(d)),
        Tense::Future => cands.iter().filter(|d| key(d) >= p).min_by_key(|d| key(d)),
        Tense::Unknown => None,
    };
    best.or_else(|| cands.iter().min_by_key(|d| (key(d) - p).abs()))
        .copied()
}

fn resolve(toks: &[Tok], f: &Found, tense: Tense, dct: Option<Date>) -> Option<DateMention> {
    let span = ByteSpan::new(
        get(toks, f.start)?.span.start,
        get(toks, f.end - 1)?.span.end,
    );
    let date = |value: Option<Date>, natural: Precision, form: Form| {
        let precision = value.map_or(natural, |v| v.precision());
        DateMention {
            span,
            kind: DateKind::Date,
            value,
            precision,
            iso: None,
            form,
            tense,
            starts: None,
            ends: None,
            dateline: false,
            clock: None,
        }
    };
    let since = f.start > 0 && matches!(low_at(toks, f.start - 1), "since" | "from");
    let mut m = match &f.what {
        What::Absolute(d) => {
            let mut m = date(Some(*d), d.precision(), Form::Absolute);
            if since {
                m.starts = Some(*d);
            }
            m
        }
        What::MonthDay {
            month,
            day,
            weekday,
        } => {
            let value = dct.and_then(|p| {
                let all: Vec<Date> = (p.year - 1..=p.year + 1)
                    .filter_map(|y| Date::ymd(y, *month, *day))
                    .collect();
                let fitting: Vec<Date> = all
                    .iter()
                    .copied()
                    .filter(|d| weekday.is_none() || d.weekday() == *weekday)
                    .collect();
                let cands = if fitting.is_empty() { &all } else { &fitting };
                // A day within six weeks of publication is that one, whatever the tense says.
                let near = pick(cands, p, Tense::Unknown)
                    .filter(|d| (d.start_days() - p.start_days()).abs() <= 45);
                near.or_else(|| pick(cands, p, tense))
            });
            date(
                value,
                Precision::Day,
                Form::MonthDay {
                    month: *month,
                    day: *day,
                    weekday: *weekday,
                },
            )
        }
        What::Month { month, shift } => {
            let value = dct.and_then(|p| {
                let pm = p.month?;
                match shift {
                    -1 => Date::ym(if *month < pm { p.year } else { p.year - 1 }, *month),
                    1 => Date::ym(if *month > pm { p.year } else { p.year + 1 }, *month),
                    2 => Date::ym(p.year, *month),
                    _ => {
                        let all: Vec<Date> = (p.year - 1..=p.year + 1)
                            .filter_map(|y| Date::ym(y, *month))
                            .collect();
                        let this = Date::ym(p.year, pm)?;
                        pick(&all, this, tense)
                    }
                }
            });
            date(value, Precision::Month, Form::Other)
        }
        What::Spoken { n } => {
            let value = dct.and_then(|p| p.add_days(*n));
            date(value, Precision::Day, Form::Narrative)
        }
        What::DayFrom { day, n } => {
            let named = Found {
                start: f.start,
                end: f.end,
                what: (**day).clone(),
            };
            let mut m = resolve(toks, &named, tense, dct)?;
            m.value = m.value.and_then(|v| v.add_days(*n));
            m.precision = m.value.map_or(Precision::Vague, |v| v.precision());
            m.form = Form::Other;
            m
        }
        What::AroundOccasion { after } => date(
            None,
            Precision::Vague,
            Form::AroundOccasion { after: *after },
        ),
        What::MonthOfYear { month, n } => {
            let value = dct.and_then(|p| Date::ym(p.year + n, *month));
            date(value, Precision::Month, Form::Other)
        }
        What::Narrative { unit, .. } => {
            let natural = match unit {
                Unit::Week | Unit::Month => Precision::Month,
                Unit::Year => Precision::Year,
                _ => Precision::Day,
            };
            date(None, natural, Form::Narrative)
        }
        What::DayOfYear { month, day, n } => {
            let value = dct.and_then(|p| Date::ymd(p.year + n, *month, *day));
            date(value, Precision::Day, Form::Other)
        }
        What::Season { first, last, shift } => {
            let value = dct.and_then(|p| {
                let m = p.month?;
                let year = match shift {
                    // the latest one over, or under way
                    -1 => if m > *last { p.year } else { p.year - 1 },
                    // the next one not yet begun
                    1 => if m < *first { p.year } else { p.year + 1 },
                    2 => p.year,
                    _ => match tense {
                        Tense::Past if m < *first => p.year - 1,
                        Tense::Future if m > *last => p.year + 1,
                        _ => p.year,
                    },
                };
                Some(Date::y(year))
            });
            date(value, Precision::Year, Form::Other)
        }
        What::DayOfMonth { day } => {
            let value = dct.and_then(|p| {
                let this = Date::ym(p.year, p.month?)?;
                let cands: Vec<Date> = (-1..=1)
                    .filter_map(|n| add_months(this, n))
                    .filter_map(|m| Date::ymd(m.year, m.month?, *day))
                    .collect();
                pick(&cands, p, tense)
            });
            date(value, Precision::Day, Form::Other)
        }
        What::Weekday { day, shift } => {
            let value = dct.and_then(|p| {
                let pw = i64::from(p.weekday()?);
                let d = i64::from(*day);
                let back = (pw - d).rem_euclid(7);
                let ahead = (d - pw).rem_euclid(7);
                let n = match shift {
                    -1 => -(if back == 0 { 7 } else { back }),
                    1 => {
                        if ahead == 0 {
                            7
                        } else {
                            ahead
                        }
                    }
                    _ if back == 0 => 0,
                    _ if tense == Tense::Future => ahead,
                    _ => -back,
                };
                p.add_days(n)
            });
            date(value, Precision::Day, Form::Weekday { day: *day })
        }
        What::Weekend { shift } => {
            let value = dct.and_then(|p| {
                let pw = i64::from(p.weekday()?);
                let back = (pw - 5).rem_euclid(7);
                let ahead = (5 - pw).rem_euclid(7);
                let n = match shift {
                    -1 => -back - if back < 2 { 7 } else { 0 },
                    1 => ahead + if ahead == 0 { 7 } else { 0 },
                    _ if tense == Tense::Future => ahead,
                    _ => -back,
                };
                p.add_days(n)
            });
            date(value, Precision::Day, Form::Other)
        }
        What::Offset { unit, n } => {
            let value = dct.and_then(|p| match unit {
                Unit::Day => p.add_days(*n),
                Unit::Week => week_date(p, *n),
                Unit::Month => add_months(p, *n),
                Unit::Year => Some(Date::y(p.year + *n as i32)),
                Unit::Decade => Some(Date::y(p.year + 10 * *n as i32)),
                _ => None,
            });
            let natural = match unit {
                Unit::Day | Unit::Hour | Unit::Minute => Precision::Day,
                Unit::Week | Unit::Month => Precision::Month,
                _ => Precision::Year,
            };
            if value.is_none() && dct.is_some() {
                date(None, Precision::Vague, Form::Other)
            } else {
                date(value, natural, Form::Other)
            }
        }
        What::Holiday(h) => {
            let value = dct.and_then(|p| {
                let all: Vec<Date> = (p.year - 1..=p.year + 1)
                    .filter_map(|y| h.in_year(y))
                    .collect();
                pick(&all, p, tense)
            });
            date(value, Precision::Day, Form::Other)
        }
        What::Recent => {
            // Early in January "recent" may well mean last year: then say nothing.
            let value = dct
                .filter(|p| p.month.unwrap_or(1) > 1)
                .map(|p| Date::y(p.year));
            date(value, Precision::Vague, Form::Loose)
        }
        What::Decade | What::Vague => date(None, Precision::Vague, Form::Other),
        What::Ahead => date(None, Precision::Vague, Form::Ahead),
        What::AheadFor(iso) => DateMention {
            kind: DateKind::Duration,
            iso: Some(iso.clone()),
            ..date(None, Precision::Vague, Form::Ahead)
        },
        What::Duration { iso, length } => {
            let starts = dct
                .zip(*length)
                .and_then(|(p, (u, n))| implied_start(toks, f.start, p, u, n));
            let ends = dct
                .zip(*length)
                .and_then(|(p, (u, n))| implied_end(toks, f.start, f.end, p, u, n));
            DateMention {
                span,
                kind: DateKind::Duration,
                value: None,
                precision: Precision::Vague,
                iso: Some(iso.clone()),
                form: Form::Other,
                tense,
                starts,
                ends,
                dateline: false,
                clock: None,
            }
        }
        What::Set(iso) => DateMention {
            span,
            kind: DateKind::Set,
            value: None,
            precision: Precision::Vague,
            iso: Some(iso.clone()),
            form: Form::Other,
            tense,
            starts: None,
            ends: None,
            dateline: false,
            clock: None,
        },
    };
    m.clock = clock_at(toks, f.start);
    // "since October", "since last year": a stretch that began then
    if prev_low(toks, f.start) == "since"
        && m.kind == DateKind::Date
        && m.precision != Precision::Vague
    {
        m.starts = m.value;
    }
    Some(m)
}

/// "within five months", "given six months to comply", "has 30 days to appeal": a length that
/// runs from the day of the copy sets a deadline at its end. Whole days, weeks, months or years
/// only, and only from a day-precision date (a deadline is a day).
fn implied_end(toks: &[Tok], start: usize, end: usize, dct: Date, unit: Unit, n: f64) -> Option<Date> {
    // past 120 of a unit (ten years of months) it is a span of history, not a deadline
    if n.fract() != 0.0 || n <= 0.0 || n > 120.0 || dct.day.is_none() {
        return None;
    }
    let prev = prev_low(toks, start);
    let granted = matches!(prev, "given" | "granted" | "allowed" | "has" | "have" | "had")
        && low_at(toks, end) == "to";
    if prev != "within" && !granted {
        return None;
    }
    let n = n as i64;
    match unit {
        Unit::Day => dct.add_days(n),
        Unit::Week => dct.add_days(7 * n),
        Unit::Month | Unit::Year => {
            let months = if unit == Unit::Year { 12 * n } else { n };
            let m = add_months(Date::ym(dct.year, dct.month?)?, months)?;
            let day = dct.day?.min(crate::date::days_in_month(m.year, m.month?));
            Date::ymd(m.year, m.month?, day)
        }
        _ => None,
    }
}

/// "have been partners for more than 80 years": a length running up to the publication date
/// implies when it began. Only for the present perfect with "for" (or "over") before the length.
fn implied_start(toks: &[Tok], start: usize, dct: Date, unit: Unit, n: f64) -> Option<Date> {
    if n.fract() != 0.0 || n <= 0.0 || n > 5000.0 {
        return None;
    }
    if start == 0 || !matches!(low_at(toks, start - 1), "for" | "over") {
        return None;
    }
    let perfect = (0..start).any(|k| matches!(low_at(toks, k), "have" | "has" | "'ve") || possessive_at(toks, k))
        && !(0..toks.len()).any(|k| lexicon::future_marker(low_at(toks, k)));
    if !perfect {
        return None;
    }
    // "has been barred from office for five years", "has been banned for two years": the length
    // of a penalty runs from the ruling, it did not begin that long ago
    let penalty = |w: &str| {
        matches!(
            w,
            "sentenced" | "barred" | "banned" | "suspended" | "jailed" | "imprisoned" | "ineligible" | "disqualified" | "excluded" | "prohibited" | "ban" | "sentence" | "prison" | "jail"
        )
    };
    if (start.saturating_sub(15)..start).any(|k| penalty(low_at(toks, k))) {
        return None;
    }
    let n = n as i64;
    match unit {
        Unit::Year => Some(Date::y(dct.year - n as i32)),
        Unit::Decade => Some(Date::y(dct.year - 10 * n as i32)),
        Unit::Century => Some(Date::y(dct.year - 100 * n as i32)),
        Unit::Month => add_months(Date::ym(dct.year, dct.month?)?, -n),
        _ => None,
    }
}
