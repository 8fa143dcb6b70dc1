//! Figure rows: every outlet's value for one slot (the toll, the fine, the depth), side by side.
//!
//! Takes the figure claims of one slot (grouped by `FigureSlot::key` and forecast, an index
//! lookup, never pairs of sentences) and hands on rows: the value most outlets give is the
//! row's reference (the value most outlets give first, then the one most give at all); an outlet
//! giving it (with a hedge: "at least 5,100" for 5,100, or rounded to a coarser step: "more than
//! 914 thousand" for 914,143) asserts, an outlet giving another value of the same order differs
//! (a finer figure than the reference, "63.4%" against "63%", is another value). A figure of an
//! earlier fact (marked "previous", or dated well before its copy) may assert the row's value
//! but never differs from it: another value of it is that earlier fact. An outlet's figures left
//! over (an earlier count, the toll of one town) make the next row of the slot, so a row holds
//! one fact and each outlet's value appears once. The reference belongs to the party its
//! outlets name with it, or to none when they name different ones (a source, a place), save
//! a person's own figure (an age, a race time), which stays that person's.

use super::{cell, Ref, Row, Stance};
use crate::body::Document;
use crate::claims::{Claim, ClaimKind, Quantity, Slot, Unit};
use crate::date::Date;
use crate::span::DocIndex;
use std::collections::BTreeMap;

/// How far apart two values of one slot may be and still be two outlets' figures for one fact:
/// an order of magnitude. Counts reported as they come in, or by different sources, move within
/// it (a toll doubling as bodies are found); a figure ten times another counts something else (a
/// family's dead against a city's).
const SAME_FACT_RATIO: f64 = 10.0;

/// Distinct values considered for a row's reference; past them the rest wait for later rows.
/// Bounds the work per row when a slot has thousands of figures (a drop of a thousand articles).
const REFERENCE_CANDIDATES: usize = 32;

/// The size a vague amount stands for, for telling whether it speaks of the same order as a
/// stated figure ("thousands" against 11,300 differs; against 30 it is another count).
fn nominal(q: &Quantity) -> Option<f64> {
    if let Some(v) = q.value {
        return Some(v);
    }
    let scale = q.scale.as_deref()?;
    if q.unit == Unit::Time {
        // "many decades": a few of them
        return crate::claims::hours_in(scale).map(|h| 3.0 * h);
    }
    let base = |w: &str| match w {
        "dozen" | "dozens" => Some(36.0),
        "hundre" | "hundreds" => Some(300.0),
        "thousa" | "thousands" => Some(3_000.0),
        "millio" | "millions" => Some(3_000_000.0),
        "billio" | "billions" => Some(3_000_000_000.0),
        _ => None,
    };
    match scale.split_once(" of ") {
        Some(("tens", rest)) => base(rest).map(|v| v * 10.0),
        Some(("hundreds", rest)) => base(rest).map(|v| v * 100.0),
        _ => base(scale),
    }
}

/// How far apart two percentages of one slot may be and still be outlets' figures for one
/// share. Shares of one count do not move as tolls do: on the election story set, outlets' values
/// for one candidate's share differ by under 3% (29 against 29.46 and 29.5), while the
/// shares of different candidates or of spoiled ballots lie at least 1.8 times apart (7% and 13%).
const SAME_SHARE_RATIO: f64 = 1.5;

/// How far apart two lengths of time of one person's race slot (a finish, a margin) may be and
/// still be outlets' figures for one: on the marathon story set, outlets' values for one runner's
/// time differ by under 1% (2:04:02 against 2:03.27) and for one margin by under 20% (30 against
/// 34 seconds, three and a half minutes against 3:27), while a split and the finish of one runner
/// lie twice apart (1:00:48 at halfway, 2:00:35 at the line): the share's bound serves.
const SAME_RACE_TIME_RATIO: f64 = SAME_SHARE_RATIO;

fn same_order(a: &Quantity, b: &Quantity, race: bool) -> bool {
    let most = if a.unit == Unit::Percent && b.unit == Unit::Percent {
        SAME_SHARE_RATIO
    } else if race && a.unit == Unit::Time && b.unit == Unit::Time {
        SAME_RACE_TIME_RATIO
    } else {
        SAME_FACT_RATIO
    };
    match (nominal(a), nominal(b)) {
        (Some(x), Some(y)) if x > 0.0 && y > 0.0 => x.max(y) / x.min(y) <= most,
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// A figure claim and the party (entity index) it belongs to, as the table indexes it.
pub(super) type Placed = (Ref, Option<usize>);

/// A figure claim with its one quantity, the person it belongs to when its clause names one,
/// and whether it is of an earlier fact.
type Figure<'a> = (Ref, &'a Claim, &'a Quantity, Option<usize>, When);

/// Whether two figures can be values of one fact: they belong to the same party, or one's
/// clause names none ("she was fined").
fn same_party(a: &Figure, b: &Figure) -> bool {
    let same_time = match (a.4.dated, b.4.dated) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    same_time
        && match (a.3, b.3) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
}

/// Whether a figure belongs to an earlier fact than the story's own: a word marks it so, or the
/// date nearest to it lies well before its copy's time (its publication, or for an undated copy
/// the latest publication of the drop: the copies of a drop tell one story).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct When {
    previous: bool,
    dated: Option<i32>,
}

impl When {
    pub(super) fn of(c: &Claim, copy_time: Option<Date>) -> When {
        let Slot::Figure { earlier, .. } = &c.slot else { return When { previous: false, dated: None } };
        When { previous: earlier.previous, dated: earlier.dated_before(copy_time) }
    }

    fn current(&self) -> bool {
        !self.previous && self.dated.is_none()
    }
}

/// Whether `f` may give another value for `reference`'s fact: a figure of an earlier fact (the
/// previous record, last year's count) may give the same value, but another value of it is
/// that earlier fact, not a disagreement about this one.
fn may_differ(f: &Figure, reference: &Figure) -> bool {
    f.4 == reference.4
}

/// The rows of one slot's figures (`refs` in document order, each document's in text order).
pub(super) fn figure_rows(docs: &[Document], claims: &[Vec<Claim>], refs: &[Placed]) -> Vec<(Row, Ref)> {
    // the time of an undated copy: the latest publication of the drop
    let story_time = docs.iter().filter_map(|d| d.published).max();
    let mut left: BTreeMap<DocIndex, Vec<Figure>> = BTreeMap::new();
    for (r, who) in refs {
        let Some(c) = claims.get(r.0).and_then(|cs| cs.get(r.1)) else { continue };
        let Some(q) = c.quantities.first() else { continue };
        let copy_time = docs.get(r.0).and_then(|d| d.published).or(story_time);
        left.entry(r.0).or_default().push((*r, c, q, *who, When::of(c, copy_time)));
    }
    // a person's race slot (a finish, a margin): its figures are of one race
    let race = refs.first().and_then(|(r, _)| claims.get(r.0)?.get(r.1)).is_some_and(|c| match &c.slot {
        Slot::Figure { slot, .. } => slot.what != crate::claims::slots::AGE && crate::claims::slots::needs_person(&slot.what),
        _ => false,
    });
    // a person's own slot (an age, a race time): its figures are that person's
    let owned = refs.first().and_then(|(r, _)| claims.get(r.0)?.get(r.1)).is_some_and(|c| match &c.slot {
        Slot::Figure { slot, .. } => crate::claims::slots::needs_person(&slot.what),
        _ => false,
    });
    let mut rows = Vec::new();
    while left.values().any(|v| !v.is_empty()) {
        let Some(reference) = pick_reference(&left, owned) else { break };
        let mut cells = Vec::new();
        let mut anchor: Option<Ref> = None;
        for (d, figs) in left.iter_mut() {
            let agree = figs.iter().position(|f| same_party(f, &reference) && f.2.reports(reference.2));
            let own = figs.iter().position(|f| f.0 == reference.0);
            let pick = match (own, agree) {
                (Some(k), _) => Some((k, Stance::Asserts)),
                (None, Some(k)) => Some((k, Stance::Asserts)),
                (None, None) => figs
                    .iter()
                    .position(|f| same_party(f, &reference) && may_differ(f, &reference) && same_order(f.2, reference.2, race))
                    .map(|k| (k, Stance::Differs)),
            };
            let Some((k, stance)) = pick else { continue };
            let Some(&(r, c, q, _, _)) = figs.get(k) else { continue };
            if r == reference.0 {
                anchor = Some(r);
            }
            cells.push((*d, cell(stance, *d, c, c.value.clone())));
            // the outlet's repeats of the value it gave are that value again
            figs.retain(|(_, _, x, _, _)| !x.agrees_with(q) && !std::ptr::eq(*x, q));
        }
        left.retain(|_, v| !v.is_empty());
        let Some(anchor) = anchor else { break };
        let text = docs.get(anchor.0).map(|d| crate::claims::short(reference.1.span.slice(&d.body))).unwrap_or_default();
        rows.push((Row::new(text, ClaimKind::Number, cells), anchor));
    }
    rows
}

/// The figure most outlets agree with (ties: the earliest outlet's first), among the first
/// distinct values (a vague "thousands" is a value too: outlets may agree on it).
fn pick_reference<'a>(left: &BTreeMap<DocIndex, Vec<Figure<'a>>>, owned: bool) -> Option<Figure<'a>> {
    let mut candidates: Vec<Figure> = Vec::new();
    for figs in left.values() {
        for f in figs {
            // a value stands for the story's own time when any outlet gives it so (the first
            // outlet may give it as what was asked for, or as an earlier count)
            match candidates.iter_mut().find(|c| c.2.agrees_with(f.2)) {
                Some(c) if !c.4.current() && f.4.current() => *c = *f,
                Some(_) => {}
                None => candidates.push(*f),
            }
            if candidates.len() >= REFERENCE_CANDIDATES {
                break;
            }
        }
    }
    // support: a figure of the story's own time before one of an earlier fact; then the outlets
    // whose first figure left in the slot is this one (an outlet's lead figure is its own; one it
    // gives besides, as the value another source put first or an earlier reading, is not); then
    // the outlets that give it anywhere; then the outlets whose finer figure this one rounds
    // (the finer ones are read against it: "63.4%" differs from "63%"); then the earliest
    let mut best: Option<((bool, usize, usize, usize), Figure)> = None;
    for c in candidates {
        let lead = left.values().filter(|figs| figs.first().is_some_and(|f| same_party(f, &c) && f.2.agrees_with(c.2))).count();
        let anywhere = left.values().filter(|figs| figs.iter().any(|f| same_party(f, &c) && f.2.agrees_with(c.2))).count();
        let rounds = left.values().filter(|figs| figs.iter().any(|f| same_party(f, &c) && c.2.rounds(f.2))).count();
        let support = (c.4.current(), lead, anywhere, rounds);
        if best.is_none_or(|(s, _)| support > s) {
            best = Some((support, c));
        }
    }
    // the value's party: the one its outlets name with it, or none when they name different ones
    // (a source or a place beside a magnitude: "the USGS put it at 8.8", "8.8 off Kamchatka");
    // a person's own figure (an age, a race time) stays that person's
    best.map(|(_, mut f)| {
        if owned {
            return f;
        }
        let mut parties = left.values().flatten().filter(|g| g.4 == f.4 && g.2.agrees_with(f.2)).filter_map(|g| g.3);
        if let Some(p) = parties.next() {
            if parties.any(|q| q != p) {
                f.3 = None;
            }
        }
        f
    })
}
