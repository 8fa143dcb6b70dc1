//! The English words news uses for calendar units: number words and time units (month and
//! weekday names come from `crate::date`), and the verbs and auxiliaries that say whether a
//! sentence reports the past or announces the future (their lists are shared, the "past",
//! "not-past" and "future" uses of `crate::text::lexicon::tense_words`).

use crate::text::lexicon::{self as text_lexicon, List};

// Month and weekday names are the shared calendar words (`crate::date`).
pub(super) use crate::date::{
    is_month_name as is_full_month_name, is_weekday_name as is_full_weekday, month, weekday,
};

/// The value of a spelled-out number from one to ninety-nine ("twenty-five" too), "a"/"an" for
/// one, "dozen" and "hundred": the shared number words (`text::lexicon::number_word`).
pub(super) fn number_word(word: &str) -> Option<f64> {
    if let Some(v) = text_lexicon::number_word(word) {
        return Some(v);
    }
    if let Some((a, b)) = word.split_once('-') {
        // a ten and a unit spelled out ("twenty-five"; not "twenty-a")
        let t = text_lexicon::number_word(a).filter(|t| (20.0..100.0).contains(t))?;
        let u = text_lexicon::number_word(b).filter(|u| (1.0..10.0).contains(u) && b.len() > 2)?;
        return Some(t + u);
    }
    (word == "hundred").then_some(100.0)
}

/// Words standing for a number that is not given ("several years", "a few days").
pub(super) fn unknown_quantity(word: &str) -> bool {
    matches!(
        word,
        "several" | "few" | "many" | "some" | "numerous" | "multiple" | "couple"
    )
}

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Unit {
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

/// The unit a word names, singular or plural ("years", "hrs").
pub(super) fn unit(word: &str) -> Option<Unit> {
    let u = match word {
        "minute" | "minutes" | "min" | "mins" => Unit::Minute,
        "hour" | "hours" | "hr" | "hrs" => Unit::Hour,
        "day" | "days" => Unit::Day,
        "week" | "weeks" | "fortnight" => Unit::Week,
        "month" | "months" => Unit::Month,
        "year" | "years" | "yr" | "yrs" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        "century" | "centuries" => Unit::Century,
        _ => return None,
    };
    Some(u)
}

/// Whether the unit word is plural ("years"): a bare plural means an unknown number of them.
pub(super) fn is_plural_unit(word: &str) -> bool {
    word.ends_with('s') || word == "centuries"
}

/// Parts of the day that may follow a day ("Friday night").
pub(super) fn part_of_day(word: &str) -> bool {
    matches!(
        word,
        "morning" | "afternoon" | "evening" | "night" | "overnight"
    )
}

/// Words that make a nearby date point to the future (the "future" use of the shared tense
/// words), and any word ending in "'ll".
pub(super) fn future_marker(word: &str) -> bool {
    static FUTURE: List = text_lexicon::tense_words("future");
    FUTURE.contains(word) || word.ends_with("'ll") || word.ends_with("’ll")
}

/// Irregular past-tense verbs common in news, auxiliaries of the past, "ago", "yesterday".
static PAST_WORDS: List = text_lexicon::tense_words("past");
/// "-ed" words that are not past reports ("expected", "united").
static NOT_PAST: List = text_lexicon::tense_words("not-past");

/// Whether the word marks a past-tense report.
pub(super) fn past_marker(word: &str) -> bool {
    if PAST_WORDS.contains(word) {
        return true;
    }
    // Regular past forms, leaving out the "-ed" words that are not verbs or that look ahead.
    word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed") && !NOT_PAST.contains(word)
}
