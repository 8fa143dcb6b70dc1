//! Publication dates for documents that state none, inferred from the drop.
//!
//! Takes every document with the temporal expressions found in it (resolved without a
//! publication date where it was missing) and hands on, for each undated document, the earliest
//! day it can have been written: the latest full date the article itself reports as past, pushed
//! forward by a weekday it reports after that date ("Tuesday night (September 30)" and then
//! "on Wednesday" mean it was written on or after Wednesday 1 October). A month and day without a
//! year take the year from the other articles' publication dates (checked against the weekday
//! when the text gives one) or from a year the article states; so does a month and day the page
//! prints as its own date ("26 October 06:18"), which comes first: the day is the page's, only
//! the year is inferred. Nothing is inferred from the
//! machine's clock, from captions, or from dates the text announces as coming; when nothing in
//! the article supports a date the answer is `None`, and the report leaves it null.

use super::{Date, DateKind, DateMention, Form, Tense};
use crate::body::{BlockRole, Document, Stated};

/// Publication dates for documents that state none, from the drop. `None` where nothing can be
/// said, and for documents that already have one.
pub fn infer_published(docs: &[Document], dates: &[Vec<DateMention>]) -> Vec<Option<Date>> {
    // The drop's own dates: those the pages state, and the date lines of the articles.
    let stated: Vec<Date> = docs
        .iter()
        .filter(|d| !d.published_inferred)
        .filter_map(|d| d.published)
        .chain(dates.iter().filter_map(|ms| {
            ms.iter()
                .find(|m| m.dateline && m.form == Form::Absolute)
                .and_then(|m| m.value)
        }))
        .collect();
    docs.iter()
        .enumerate()
        .map(|(i, doc)| {
            if doc.published.is_some() {
                return None;
            }
            infer_one(doc, dates.get(i).map_or(&[][..], Vec::as_slice), &stated)
        })
        .collect()
}

/// Whether the mention sits in a photo caption (captions date the photo, not the article).
fn in_caption(doc: &Document, m: &DateMention) -> bool {
    // blocks are in body order: look up the one that holds the mention
    let i = doc.blocks.partition_point(|b| b.span.end <= m.span.start);
    doc.blocks
        .get(i)
        .is_some_and(|b| b.role == BlockRole::Caption && b.span.contains(m.span))
}

/// How long after the drop's latest date an undated article can still have been written (a
/// week: the follow-ups of one story).
const FOLLOW_UP_DAYS: i64 = 7;

fn infer_one(doc: &Document, mentions: &[DateMention], stated: &[Date]) -> Option<Date> {
    let usable = |m: &&DateMention| {
        m.kind == DateKind::Date && m.tense != Tense::Future && !in_caption(doc, m)
    };
    // Years to complete a month and day with: the other articles' first, then the article's own.
    let mut years: Vec<i32> = stated.iter().map(|d| d.year).collect();
    years.sort_unstable();
    years.dedup();
    let mut own_years: Vec<i32> = mentions
        .iter()
        .filter(|m| m.form == Form::Absolute)
        .filter_map(|m| m.value.map(|v| v.year))
        .collect();
    own_years.sort_unstable();
    own_years.dedup();
    let complete_either = |month, day, weekday| {
        complete(month, day, weekday, &years).or_else(|| complete(month, day, weekday, &own_years))
    };

    // A month and day the page prints as its date, without the year: the page's own day, in
    // the year the drop tells, unless that puts it away from the drop's days (a page saved later).
    if let Some(Stated::MonthDay { month, day }) = doc.stated {
        if let Some(d) = complete_either(month, day, None).filter(|&d| near_drop(d, stated)) {
            return Some(d);
        }
    }
    // A date line is the day the copy was filed: the article says when it was written.
    if let Some(d) = mentions
        .iter()
        .filter(|m| m.dateline && !in_caption(doc, m))
        .find_map(|m| match m.form {
            Form::Absolute => m.value,
            Form::MonthDay { month, day, weekday } => complete_either(month, day, weekday),
            _ => None,
        })
    {
        return Some(d);
    }
    let mut latest: Option<Date> = None;
    for m in mentions.iter().filter(usable) {
        let day = match m.form {
            Form::Absolute => m.value.filter(|v| v.day.is_some()),
            Form::MonthDay { month, day, weekday } => complete_either(month, day, weekday),
            _ => None,
        };
        if let Some(d) = day {
            if near_drop(d, stated) && latest.is_none_or(|l| d > l) {
                latest = Some(d);
            }
        }
    }
    let mut latest = latest?;
    // A weekday reported as past that falls just after the latest date moves the writing past
    // it: the first such day within the next three (further than that, it more likely means
    // a day before the latest date).
    let after = mentions.iter().filter(usable).filter_map(|m| match m.form {
        Form::Weekday { day } => Some(day),
        _ => None,
    });
    let mut bumped = latest;
    for wd in after {
        let base = latest.weekday()?;
        let ahead = (i64::from(wd) - i64::from(base)).rem_euclid(7);
        if (1..=3).contains(&ahead) {
            if let Some(d) = latest.add_days(ahead) {
                bumped = bumped.max(d);
            }
        }
    }
    latest = bumped;
    Some(latest)
}

/// Whether `d` can be a day of the drop whose pages state `stated`: with other articles' dates
/// to go by, a date far from all of them is history, not news, and a date more than a week after
/// all of them is one the article looks ahead to (a deadline, a hearing): a follow-up a week on
/// is still the same story.
fn near_drop(d: Date, stated: &[Date]) -> bool {
    stated.is_empty()
        || (stated.iter().any(|s| (s.start_days() - d.start_days()).abs() <= 366)
            && stated.iter().any(|s| d.start_days() - s.start_days() <= FOLLOW_UP_DAYS))
}

/// The day `month`/`day` in one of `years` (the latest that fits the weekday, when one is given).
fn complete(month: u8, day: u8, weekday: Option<u8>, years: &[i32]) -> Option<Date> {
    years
        .iter()
        .rev()
        .filter_map(|&y| Date::ymd(y, month, day))
        .find(|d| weekday.is_none() || d.weekday() == weekday)
}
