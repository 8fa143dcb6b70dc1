//! The article inside a plain-text or Markdown page dump, and what the dump says about it.
//!
//! A dump is what "save as text" or a reader tool leaves of a web page: the article's paragraphs
//! among menus, tickers, "related" lists, share lines, tag lists and footers, one per line. Each
//! line gets a shape: prose (a sentence or more of running text), or short (a menu item, a
//! headline, a label, a byline, a dateline, a caption, a bullet). The article is the longest
//! stretch of prose, grown across what sits between its paragraphs when that reads as part of it:
//! one or two subheadings, or a small box ("Related ...") between two substantial halves, whose
//! lines are dropped and whose last line, introducing the next paragraph, stays as a subheading.
//! Every line left out is recorded with the reason it was left out.
//!
//! Metadata comes from the lines around the article, never from its prose: the headline (the
//! prominent line repeated near the byline or dateline, else the first line), the date a
//! dateline prints there, "By ..." for the author, and the outlet from site-name lines repeated
//! at the top and bottom, a byline that names it, a copyright or account line, or the outlet
//! naming itself in the article's own voice ("..., X reports."). What no line gives stays `None`.

use super::html::normalise;
use super::meta::{date_in, strip_by, Meta};
use super::{BlockRole, RemovalReason, Removed};

/// What the dump extractor found.
pub struct Extracted {
    pub meta: Meta,
    pub kept: Vec<(String, BlockRole)>,
    pub removed: Vec<Removed>,
}

/// One non-blank line of the dump and its shape.
#[derive(Debug, Clone)]
struct Line {
    /// The line without indentation, bullet or Markdown markers.
    text: String,
    bullet: bool,
    /// A numbered item ("1. ...").
    numbered: bool,
    /// A Markdown heading ("## ...").
    md_heading: bool,
    prose: bool,
    label: Option<RemovalReason>,
    caption: bool,
    byline: bool,
    dateline: bool,
    footer: bool,
}

/// Labels that open a box of page furniture, as lower-cased whole lines (prefix match).
const LABELS: &[(&str, RemovalReason)] = &[
    ("related", RemovalReason::RelatedLinks),
    ("read more", RemovalReason::RelatedLinks),
    ("read next", RemovalReason::RelatedLinks),
    ("read also", RemovalReason::RelatedLinks),
    ("see also", RemovalReason::RelatedLinks),
    ("more from", RemovalReason::RelatedLinks),
    ("more on", RemovalReason::RelatedLinks),
    ("more stories", RemovalReason::RelatedLinks),
    ("most read", RemovalReason::RelatedLinks),
    ("most popular", RemovalReason::RelatedLinks),
    ("most viewed", RemovalReason::RelatedLinks),
    ("popular", RemovalReason::RelatedLinks),
    ("trending", RemovalReason::RelatedLinks),
    ("latest", RemovalReason::RelatedLinks),
    ("top stories", RemovalReason::RelatedLinks),
    ("recommended", RemovalReason::RelatedLinks),
    ("you may also like", RemovalReason::RelatedLinks),
    ("you might also like", RemovalReason::RelatedLinks),
    ("also read", RemovalReason::RelatedLinks),
    ("editor's picks", RemovalReason::RelatedLinks),
    ("coverage", RemovalReason::RelatedLinks),
    ("breaking", RemovalReason::Ticker),
    ("just in", RemovalReason::Ticker),
    ("live updates", RemovalReason::Ticker),
    ("tags", RemovalReason::Tags),
    ("topics", RemovalReason::Tags),
    ("filed under", RemovalReason::Tags),
    ("share", RemovalReason::Share),
    ("follow us", RemovalReason::Share),
    ("leave a reply", RemovalReason::Comments),
    ("leave a comment", RemovalReason::Comments),
    ("post a comment", RemovalReason::Comments),
    ("comments", RemovalReason::Comments),
    ("join the conversation", RemovalReason::Comments),
    ("advertisement", RemovalReason::Advertising),
    ("sponsored", RemovalReason::Advertising),
    ("newsletter", RemovalReason::Advertising),
    ("subscribe", RemovalReason::Advertising),
    ("sign up", RemovalReason::Advertising),
    ("sign in", RemovalReason::Advertising),
    ("log in", RemovalReason::Advertising),
    ("listen", RemovalReason::Share),
    ("print", RemovalReason::Share),
];

/// Fragments of footer and form lines.
const FOOTER: &[&str] = &[
    "©",
    "copyright",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "terms of service",
    "cookie",
    "your email address will not be published",
    "required fields are marked",
    "comment data is processed",
    "to post comments",
];

/// The label a line is, from the line lower-cased.
fn label_of(lower: &str) -> Option<RemovalReason> {
    let lower = lower.trim_end_matches([':', '.', '»', '›', '>']).trim();
    if lower.split_whitespace().count() > 5 {
        return None;
    }
    LABELS
        .iter()
        .find(|(l, _)| lower.strip_prefix(l).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')))
        .map(|(_, r)| *r)
}

/// Labels that head a list of items (not a lone button such as "Share" or "Sign up").
fn opens_box(reason: RemovalReason) -> bool {
    matches!(
        reason,
        RemovalReason::RelatedLinks | RemovalReason::Ticker | RemovalReason::Tags | RemovalReason::Comments
    )
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// Ends like a sentence: `.`, `!`, `?`, `…`, or one of those inside closing quotes/brackets.
fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(['"', '\'', '”', '’', '»', ')', ']']);
    t.ends_with(['.', '!', '?', '…', ':'])
}

/// Most longer words capitalised: a headline or a menu, not a sentence.
fn title_case(text: &str) -> bool {
    let (mut long, mut caps) = (0usize, 0usize);
    for w in text.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).nth(3).is_some()) {
        long += 1;
        if w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase) {
            caps += 1;
        }
    }
    long == 0 || caps * 10 > long * 6
}

/// A photo caption: ends in a credit, "(AP)", "(Name/Agency)", or "... / Agency".
pub(super) fn is_caption(text: &str) -> bool {
    let t = text.trim_end();
    if ends_sentence(t) && !t.ends_with(')') {
        return false;
    }
    if let Some(open) = t.rfind('(') {
        if t.ends_with(')') {
            let inner = t.get(open + 1..t.len() - 1).unwrap_or("");
            let upper = inner.chars().any(char::is_uppercase);
            return words(inner) <= 7 && upper && !inner.contains(',') && words(t) >= 6;
        }
    }
    if let Some((head, tail)) = t.rsplit_once(" / ") {
        return words(tail) <= 5 && title_case(tail) && words(head) >= 6;
    }
    false
}

/// Strips indentation, bullets, numbering and Markdown markup from one line.
fn shape(raw: &str, markdown: bool) -> Option<Line> {
    let mut t = raw.trim().trim_matches('\u{a0}').trim();
    if t.is_empty() {
        return None;
    }
    let mut bullet = false;
    let mut numbered = false;
    let mut md_heading = false;
    loop {
        let before = t;
        for b in ["• ", "· ", "- ", "* ", "– ", "— ", "▪ ", "■ ", "► ", "» ", "•"] {
            if let Some(rest) = t.strip_prefix(b) {
                t = rest.trim_start();
                bullet = true;
            }
        }
        if before == t {
            break;
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) {
        // The number stays: it is part of the article's text.
        numbered = t.get(digits..).is_some_and(|r| r.starts_with(". ") || r.starts_with(") "));
    }
    let mut text = t.to_string();
    if markdown {
        let hashes = text.chars().take_while(|&c| c == '#').count();
        if hashes > 0 && text.chars().nth(hashes) == Some(' ') {
            md_heading = true;
            text = text.get(hashes..).unwrap_or("").trim().to_string();
        }
        text = strip_markdown(&text);
    }
    if !text.chars().any(char::is_alphanumeric) {
        return None;
    }
    let w = words(&text);
    let sentence = ends_sentence(&text);
    let caption = is_caption(&text);
    let lower = text.to_lowercase();
    let footer = w <= 30 && FOOTER.iter().any(|f| lower.contains(f));
    let label = if bullet && w > 5 { None } else { label_of(&lower) };
    let byline = (lower.starts_with("by ") || lower.starts_with("written by ")) && w <= 12 && !sentence;
    let dateline = w <= 10 && !sentence && date_in(&text).is_some();
    let prose = !caption
        && !footer
        && label.is_none()
        && !byline
        && !dateline
        && ((sentence && w >= 4 && !(w < 8 && title_case(&text)))
            || w >= 25
            || (w >= 16 && !title_case(&text))
            || (w >= 10 && text.contains(',') && !title_case(&text)));
    Some(Line { text, bullet, numbered, md_heading, prose, label, caption, byline, dateline, footer })
}

/// Markdown inline markup to plain text: links and images, emphasis, code ticks.
fn strip_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c == '!' && chars.get(i + 1) == Some(&'[') {
            // an image: drop it whole
            if let Some(end) = link_end(&chars, i + 1) {
                i = end;
                continue;
            }
        }
        if c == '[' {
            if let Some(end) = link_end(&chars, i) {
                let close = chars.iter().skip(i).position(|&x| x == ']').map_or(i, |p| p + i);
                out.extend(chars.get(i + 1..close).unwrap_or_default());
                i = end;
                continue;
            }
        }
        if matches!(c, '*' | '`') || (c == '_' && (i == 0 || chars.get(i - 1).is_some_and(|p| p.is_whitespace()) || chars.get(i + 1).is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation()))) {
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out.trim().to_string()
}

/// Where `[text](url)` starting at `start` ends (one past `)`).
fn link_end(chars: &[char], start: usize) -> Option<usize> {
    let close = chars.iter().skip(start).position(|&x| x == ']')? + start;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let paren = chars.iter().skip(close + 1).position(|&x| x == ')')? + close + 1;
    Some(paren + 1)
}

/// Finds the article in a dump.
pub fn extract(text: &str, markdown: bool) -> Extracted {
    let lines: Vec<Line> = text.lines().filter_map(|l| shape(l, markdown)).collect();
    let (start, end, kept_roles) = article_span(&lines);
    let mut kept = Vec::new();
    let mut removed = Vec::new();
    // Lines repeated anywhere in the dump (headline, site name) are easy to spot.
    for (i, line) in lines.iter().enumerate() {
        if let Some(role) = kept_roles.get(&i) {
            kept.push((line.text.clone(), *role));
        } else {
            let reason = reason_for(line, i, start, end);
            removed.push(Removed { text: line.text.clone(), reason });
        }
    }
    let meta = metadata(&lines, start, end, &kept);
    // The headline is not body even when it sits inside the span.
    if let Some(title) = meta.title.as_deref().map(normalise) {
        let mut i = 0;
        while i < kept.len() {
            if kept.get(i).is_some_and(|(t, r)| *r == BlockRole::Heading && normalise(t) == title) {
                let (t, _) = kept.remove(i);
                removed.push(Removed { text: t, reason: RemovalReason::Title });
            } else {
                i += 1;
            }
        }
    }
    Extracted { meta, kept, removed }
}

fn reason_for(line: &Line, i: usize, start: usize, end: usize) -> RemovalReason {
    if let Some(r) = line.label {
        return r;
    }
    if line.footer {
        return RemovalReason::Footer;
    }
    if line.caption {
        return RemovalReason::Caption;
    }
    if line.byline {
        return RemovalReason::Byline;
    }
    if line.dateline {
        return RemovalReason::Dateline;
    }
    if i > end {
        return if line.bullet && words(&line.text) <= 3 { RemovalReason::Tags } else { RemovalReason::RelatedLinks };
    }
    if i > start && i < end {
        return RemovalReason::RelatedLinks;
    }
    if line.bullet || words(&line.text) <= 2 {
        return RemovalReason::Navigation;
    }
    if title_case(&line.text) {
        return RemovalReason::Headline;
    }
    RemovalReason::Other
}

/// A stretch of prose lines `[first, last]` and the lines between them that stay, with roles.
struct Span {
    first: usize,
    last: usize,
    prose_chars: usize,
    prose_lines: usize,
    kept: std::collections::BTreeMap<usize, BlockRole>,
}

/// The article's span of lines, and the role of each kept line.
fn article_span(lines: &[Line]) -> (usize, usize, std::collections::BTreeMap<usize, BlockRole>) {
    use std::collections::BTreeMap;
    let prose: Vec<usize> = (0..lines.len()).filter(|&i| lines.get(i).is_some_and(|l| l.prose)).collect();
    if prose.is_empty() {
        // Nothing reads as running text: keep every line that is not clearly furniture.
        let kept: BTreeMap<usize, BlockRole> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| !(l.label.is_some() || l.footer || l.byline || l.dateline || (l.bullet && words(&l.text) <= 3)))
            .map(|(i, _)| (i, BlockRole::Paragraph))
            .collect();
        let first = kept.keys().next().copied().unwrap_or(0);
        let last = kept.keys().next_back().copied().unwrap_or(0);
        return (first, last, kept);
    }
    // Runs of prose joined across one or two subheadings.
    let mut spans: Vec<Span> = Vec::new();
    for &p in &prose {
        let chars = lines.get(p).map_or(0, |l| l.text.chars().count());
        if let Some(span) = spans.last_mut() {
            let gap: Vec<usize> = (span.last + 1..p).collect();
            if gap.is_empty() || gap_is_subheadings(lines, &gap) {
                for g in gap {
                    span.kept.insert(g, heading_role(lines, g));
                }
                span.kept.insert(p, prose_role(lines, p));
                span.last = p;
                span.prose_chars += chars;
                span.prose_lines += 1;
                continue;
            }
        }
        let mut kept = BTreeMap::new();
        kept.insert(p, prose_role(lines, p));
        spans.push(Span { first: p, last: p, prose_chars: chars, prose_lines: 1, kept });
    }
    // Join neighbouring spans across a small box when both halves are substantial.
    let mut merged: Vec<Span> = Vec::new();
    for span in spans {
        if let Some(prev) = merged.last_mut() {
            let gap: Vec<usize> = (prev.last + 1..span.first).collect();
            let substantial = |s: &Span| s.prose_lines >= 2 && s.prose_chars >= 200;
            if substantial(prev) && substantial(&span) && gap_is_box(lines, &gap) {
                // The box's last line, right before the prose, introduces it.
                if let Some(&g) = gap.last() {
                    if lines.get(g).is_some_and(|l| !l.bullet && l.label.is_none() && !l.caption && !l.footer && words(&l.text) <= 12) {
                        prev.kept.insert(g, heading_role(lines, g));
                    }
                }
                prev.kept.extend(span.kept);
                prev.last = span.last;
                prev.prose_chars += span.prose_chars;
                prev.prose_lines += span.prose_lines;
                continue;
            }
        }
        merged.push(span);
    }
    let best = merged.into_iter().max_by(|a, b| a.prose_chars.cmp(&b.prose_chars).then(b.first.cmp(&a.first)));
    let Some(mut s) = best else { return (0, 0, BTreeMap::new()) };
    // A wire dateline ("CITY, Country (Agency) _") leads into the first paragraph.
    if let Some(prev) = s.first.checked_sub(1) {
        if lines.get(prev).is_some_and(is_wire_dateline) {
            s.kept.insert(prev, BlockRole::Paragraph);
            s.first = prev;
        }
    }
    // A table of figures ("Injured: 74") right after the article is the article's.
    let mut next = s.last + 1;
    while lines.get(next).is_some_and(is_data_line) {
        s.kept.insert(next, BlockRole::ListItem);
        s.last = next;
        next += 1;
    }
    (s.first, s.last, s.kept)
}

/// "NAIROBI, Kenya (AP) _", "HAVANA, August 7 (Xinhua) --": a short line ending in a dash.
fn is_wire_dateline(l: &Line) -> bool {
    let t = l.text.trim_end();
    words(t) <= 10 && !l.bullet && (t.ends_with(" _") || t.ends_with("--") || t.ends_with(" —") || t.ends_with(" –"))
}

/// "Injured: 4,877" or "KENYA:": a row or heading of a small table of figures.
fn is_data_line(l: &Line) -> bool {
    let t = l.text.trim();
    if l.bullet || l.label.is_some() || l.footer || words(t) > 8 {
        return false;
    }
    if let Some(head) = t.strip_suffix(':') {
        return !head.is_empty() && head.chars().all(|c| !c.is_lowercase());
    }
    match t.split_once(": ") {
        Some((key, value)) => words(key) <= 4 && value.chars().any(|c| c.is_ascii_digit()),
        None => false,
    }
}

fn prose_role(lines: &[Line], i: usize) -> BlockRole {
    if lines.get(i).is_some_and(|l| l.bullet) { BlockRole::ListItem } else { BlockRole::Paragraph }
}

fn heading_role(lines: &[Line], i: usize) -> BlockRole {
    if lines.get(i).is_some_and(|l| l.bullet) { BlockRole::ListItem } else { BlockRole::Heading }
}

/// One or two short lines between paragraphs that read as subheadings (not a label, caption,
/// footer, byline, dateline, or a bullet of a list).
fn gap_is_subheadings(lines: &[Line], gap: &[usize]) -> bool {
    gap.len() <= 2
        && gap.iter().all(|&g| {
            lines.get(g).is_some_and(|l| {
                l.label.is_none()
                    && !l.caption
                    && !l.footer
                    && !l.byline
                    && !l.dateline
                    && (!l.bullet || l.numbered)
                    && (words(&l.text) <= 15 || l.md_heading)
            })
        })
}

/// A small box between two halves of an article: a few lines, none of them a footer or form.
fn gap_is_box(lines: &[Line], gap: &[usize]) -> bool {
    !gap.is_empty()
        && gap.len() <= 6
        && gap.iter().all(|&g| {
            lines.get(g).is_some_and(|l| {
                !l.footer && !matches!(l.label, Some(RemovalReason::Comments) | Some(RemovalReason::Tags)) && !l.byline
            })
        })
}

/// Metadata from the lines around the article `[start, end]`.
fn metadata(lines: &[Line], start: usize, end: usize, kept: &[(String, BlockRole)]) -> Meta {
    let norms: Vec<String> = lines.iter().map(|l| normalise(&l.text)).collect();
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for n in &norms {
        *counts.entry(n.as_str()).or_default() += 1;
    }
    let count = |n: &str| counts.get(n).copied().unwrap_or(0);
    // Boxes: lines after a label up to the next prose line are not headline candidates.
    let mut in_box = vec![false; lines.len()];
    let mut open = false;
    for (i, l) in lines.iter().enumerate() {
        if l.label.is_some_and(opens_box) {
            open = true;
        } else if l.prose || l.byline || l.dateline {
            open = false;
        }
        if let Some(b) = in_box.get_mut(i) {
            *b = open && l.label.is_none();
        }
    }
    let site = site_name(lines, &norms, start, end);
    let outlet_norm = site.as_deref().map(normalise);

    // Headline candidates: short lines before the article (or its first lines).
    let mut best: Option<(i64, usize)> = None;
    // A headline comes right before its byline or dateline.
    let before_byline = |i: usize| -> bool {
        (i + 1..=i + 3).any(|j| lines.get(j).is_some_and(|l| l.byline || l.dateline))
    };
    let after_byline = |i: usize| -> bool {
        (i.saturating_sub(3)..i).any(|j| lines.get(j).is_some_and(|l| l.byline || l.dateline))
    };
    // The headline sits in the first lines of the dump or shortly before the article.
    let window = (0..start.min(lines.len())).filter(|&i| i < 15 || i + 40 >= start);
    for i in window {
        let Some(l) = lines.get(i) else { continue };
        let n = norms.get(i).map(String::as_str).unwrap_or("");
        let w = words(&l.text);
        if l.label.is_some() || l.caption || l.footer || l.byline || l.dateline || l.prose || (l.bullet && !l.numbered) {
            continue;
        }
        let boxed = in_box.get(i).copied().unwrap_or(false) && !before_byline(i);
        if !(3..=30).contains(&w) || boxed || Some(n) == outlet_norm.as_deref() {
            continue;
        }
        let extends = if n.len() >= 20 {
            norms.iter().filter(|on| on.as_str() != n && (on.ends_with(n) || on.starts_with(n))).count()
        } else {
            0
        };
        let repeats = count(n) as i64 + extends as i64;
        let mut score = repeats * 3;
        if before_byline(i) {
            score += 4;
        } else if after_byline(i) {
            score += 1;
        }
        if i == 0 {
            score += 2;
        }
        if l.md_heading {
            score += 3;
        }
        // Closer to the article is better among equals.
        score = score * 1000 - (start as i64 - i as i64).min(999);
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    let title_line = best.map(|(_, i)| i);
    let title = title_line.and_then(|i| lines.get(i)).map(|l| l.text.clone());

    // Date and author: datelines and bylines before the article, near the headline.
    let from = title_line.unwrap_or(0);
    let mut published = None;
    let mut author = None;
    for i in from..start.min(lines.len()) {
        let Some(l) = lines.get(i) else { continue };
        if in_box.get(i).copied().unwrap_or(false) {
            continue;
        }
        if published.is_none() && (l.dateline || l.byline) {
            published = date_in(&l.text);
        }
        if author.is_none() && l.byline {
            let name = strip_by(&strip_date(&l.text));
            if !name.is_empty() {
                author = Some(name);
            }
        }
    }
    if published.is_none() && title_line.is_none() {
        // A wire text: a dateline line right at the top.
        if let Some(l) = lines.first().filter(|l| l.dateline) {
            published = date_in(&l.text);
        }
    }
    let outlet = site
        .or_else(|| author.as_ref().filter(|a| byline_is_outlet(a, &norms)).cloned())
        .or_else(|| footer_outlet(lines))
        .or_else(|| self_reference(kept));
    Meta { outlet, title, author, published }
}

/// A byline that names a site: it is repeated elsewhere in the dump as a line of its own
/// (`norms`: each line's normalised text).
fn byline_is_outlet(author: &str, norms: &[String]) -> bool {
    let n = normalise(author);
    norms.contains(&n)
}

/// "By Jane Doe October 15, 2025" -> "By Jane Doe".
fn strip_date(s: &str) -> String {
    let mut words: Vec<&str> = s.split_whitespace().collect();
    while let Some(last) = words.last() {
        let l = last.trim_end_matches([',', '.']);
        let is_date_word = l.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '/' || c == '-')
            || date_in(&format!("1 {l} 2000")).is_some()
            || matches!(l.to_lowercase().as_str(), "am" | "pm" | "gmt" | "utc" | "updated" | "published" | "on" | "|" | "-" | "–");
        if is_date_word && words.len() > 1 {
            words.pop();
        } else {
            break;
        }
    }
    words.join(" ")
}

/// A site name: a short line that appears both in the first and the last lines of the dump.
fn site_name(lines: &[Line], norms: &[String], start: usize, end: usize) -> Option<String> {
    let head = 0..start.min(12);
    let tail = (end + 1).max(lines.len().saturating_sub(15))..lines.len();
    for i in head {
        let (Some(l), Some(n)) = (lines.get(i), norms.get(i)) else { continue };
        let w = words(&l.text);
        if n.is_empty() || w > 5 || l.prose || l.label.is_some() || l.dateline || l.footer || l.bullet {
            continue;
        }
        if tail.clone().any(|j| norms.get(j) == Some(n)) {
            return Some(l.text.clone());
        }
    }
    None
}

/// "create a free X account", "© 2025 X", "Copyright 2025 X".
fn footer_outlet(lines: &[Line]) -> Option<String> {
    for l in lines.iter().rev() {
        let t = l.text.as_str();
        // Lower-casing gives the letters of "create a" only from those letters in either case,
        // so a line without it in any case has no lead below: only such lines and footers are
        // lower-cased.
        if !l.footer && !contains_ignore_ascii_case(t, "create a") {
            continue;
        }
        let lower = t.to_lowercase();
        for lead in ["create a free ", "create an ", "create a "] {
            if let Some(at) = lower.find(lead) {
                let rest = t.get(at + lead.len()..).unwrap_or("");
                if let Some(end) = rest.find(" account") {
                    let name = rest.get(..end).unwrap_or("").trim();
                    if is_name(name) {
                        return Some(name.to_string());
                    }
                }
            }
        }
        if l.footer {
            let after = t
                .split_once('©')
                .map(|(_, r)| r)
                .or_else(|| lower.find("copyright").and_then(|at| t.get(at + 9..)));
            if let Some(rest) = after {
                let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–' | ',' | '©'));
                let name: String = rest.split(['.', '|', ',']).next().unwrap_or("").trim().to_string();
                let name = name.trim_end_matches(" All rights reserved").trim().to_string();
                if is_name(&name) {
                    return Some(name);
                }
            }
        }
    }
    None
}

/// Whether `hay` holds `needle` (ASCII) in any mix of cases.
fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    let n = needle.len();
    n == 0 || hay.as_bytes().windows(n).any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// A proper name of at most five words, capitalised.
fn is_name(s: &str) -> bool {
    let w = words(s);
    (1..=5).contains(&w) && s.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) && !s.to_lowercase().contains("all rights")
}

/// The outlet naming itself in the article's voice: "..., X reports." or "... seen by X" at a
/// sentence end.
fn self_reference(kept: &[(String, BlockRole)]) -> Option<String> {
    // The outlet names itself early or at the very end; long paragraphs are read in part.
    let paragraphs: Vec<&(String, BlockRole)> = kept.iter().filter(|(_, r)| *r == BlockRole::Paragraph).collect();
    let first = paragraphs.iter().take(3);
    let last = paragraphs.iter().skip(3).rev().take(3);
    for (text, _) in first.chain(last) {
        let text: String = text.chars().take(3000).collect::<String>().replace('\u{a0}', " ");
        for sentence_end in text.match_indices(['.', '\n']).map(|(i, _)| i).chain(std::iter::once(text.len())) {
            let head = text.get(..sentence_end).unwrap_or("").trim_end();
            if let Some(before) = head.strip_suffix(" reports") {
                if let Some((_, name)) = before.rsplit_once(", ") {
                    if is_outlet_token(name) {
                        return Some(name.to_string());
                    }
                }
            }
            if let Some(at) = head.rfind(" seen by ") {
                let name = head.get(at + 9..).unwrap_or("");
                if is_outlet_token(name) {
                    return Some(name.to_string());
                }
            }
        }
    }
    None
}

/// One or two capitalised words that can be a publication's name ("Orda.kz", "IntelliNews").
fn is_outlet_token(s: &str) -> bool {
    let w: Vec<&str> = s.split_whitespace().collect();
    !w.is_empty()
        && w.len() <= 2
        && w.iter().all(|x| x.chars().next().is_some_and(char::is_uppercase) && x.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-'))
        && !matches!(w.first().copied(), Some("The") | Some("He") | Some("She") | Some("They") | Some("It"))
}
