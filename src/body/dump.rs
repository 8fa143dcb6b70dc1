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
//! dateline prints there (or its month and day, when it prints no year), "By ..." for the
//! author, and the outlet from site-name lines repeated at the top and bottom, a byline that
//! names it ("By Jane Doe, Outlet", "Jane Doe By Jane Doe Outlet"), or a copyright or account
//! line. What no line gives stays `None`.

use super::html::normalise;
use super::meta::{date_in, strip_by, Meta};
use super::{BlockRole, RemovalReason, Removed};

/// What the dump extractor found.
pub(super) struct Extracted {
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
    /// A date field the saving tool wrote ("date 2025-06-29"): the page's own date.
    date_field: bool,
    /// A photo credit on a line of its own ("(File: Getty Images)", "Image: HANDOUT").
    credit: bool,
    /// What the file prints in front of `text` (a date field the saving tool wrote, a list
    /// item's bullet), kept with it when the line is body so that the body stays the file's own
    /// lines.
    prefix: Option<String>,
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
    ("in summary", RemovalReason::Other),
    ("key points", RemovalReason::Other),
    ("at a glance", RemovalReason::Other),
    ("highlights", RemovalReason::Other),
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

/// The label a line is, from the line lower-cased: a label alone, or a link to another story
/// behind a related-links label and its colon ("Read more: Council votes to ...").
fn label_of(lower: &str) -> Option<RemovalReason> {
    let lower = lower.trim_end_matches([':', '.', '»', '›', '>']).trim();
    if lower.split_whitespace().count() > 5 {
        let linked = LABELS.iter().any(|(l, r)| {
            *r == RemovalReason::RelatedLinks
                && lower.strip_prefix(l).is_some_and(|rest| rest.trim_start().starts_with([':', '|', '»', '›']))
        });
        return (linked && lower.split_whitespace().count() <= 25).then_some(RemovalReason::RelatedLinks);
    }
    LABELS
        .iter()
        .find(|(l, _)| lower.strip_prefix(l).is_some_and(|rest| rest.is_empty() || rest.starts_with(' ')))
        .map(|(_, r)| *r)
}

/// Verbs that open a prompt to the reader ("Sign up for our briefing", "Get the news in your
/// inbox", "Download our app"), as the site's calls to action are worded.
const PROMPT_VERBS: &[&str] = &[
    "sign", "subscribe", "get", "download", "follow", "join", "click", "tap", "register", "read", "watch", "listen",
    "share", "support", "donate", "tell", "send", "visit",
];

/// Words that report speech: an imperative followed by one of these is a quoted instruction
/// ("Get your flu shot now, officials urged"), not the site's prompt.
const ATTRIBUTION: &[&str] = &["said", "says", "told", "urged", "warned", "asked", "according", "added"];

/// A prompt to the reader: a verb of `PROMPT_VERBS` first (not inside a quotation), the site or
/// the reader addressed ("our", "your", "you", "us"), at most twenty-five words, and nobody
/// quoted as saying it (an article's sentence that opens with such a verb says who said it).
fn is_prompt(lower: &str) -> bool {
    if lower.trim_start().starts_with(['"', '“', '‘', '\'', '«']) {
        return false;
    }
    let words: Vec<&str> = lower.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let first = words.first().copied().unwrap_or("");
    PROMPT_VERBS.contains(&first)
        && words.len() <= 25
        && words.iter().any(|w| matches!(*w, "our" | "your" | "you" | "us"))
        && !words.iter().any(|w| ATTRIBUTION.contains(w))
}

/// A line of page furniture whatever the format, by its words alone: a photo credit ("Photo:
/// Jane Doe"), a prompt to the reader, a link behind a related-links label ("Read more: ..."),
/// or a legal or cookie notice that addresses the reader. The HTML extractor asks this of each
/// block it keeps; dumps read the same signals line by line (with the lone labels besides).
pub(super) fn furniture_line(text: &str) -> Option<RemovalReason> {
    let lower = text.trim().to_lowercase();
    let w = words(&lower);
    if is_credit(text, &lower, w) {
        return Some(RemovalReason::Caption);
    }
    if is_prompt(&lower) {
        return Some(RemovalReason::Advertising);
    }
    if w > 5 && label_of(&lower) == Some(RemovalReason::RelatedLinks) {
        return Some(RemovalReason::RelatedLinks);
    }
    let addresses = lower.split_whitespace().any(|w| matches!(w.trim_matches(|c: char| !c.is_alphanumeric()), "we" | "our" | "you" | "your"));
    let legal = ["©", "all rights reserved", "privacy policy", "terms of use", "terms of service"].iter().any(|f| lower.contains(f));
    (w <= 30 && (legal || (lower.contains("cookie") && addresses))).then_some(RemovalReason::Footer)
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
    // "... in the rubble of the old town. AGENCY": a finished sentence, then a credit of a few
    // words in capitals.
    if let Some((head, tail)) = t.rsplit_once(". ") {
        let tail = tail.trim();
        // A caption is a sentence or two; a paragraph signed off by its agency ("... said. — AP")
        // is not one.
        let credit = (1..=3).contains(&words(tail))
            && words(t) <= 45
            && !tail.starts_with(['—', '–', '-'])
            && tail.chars().any(char::is_alphabetic)
            && !tail.chars().any(char::is_lowercase)
            && !tail.contains(['.', ',']);
        if credit && words(head) >= 6 {
            return true;
        }
    }
    if let Some((head, tail)) = t.rsplit_once(" / ") {
        return words(tail) <= 5 && title_case(tail) && words(head) >= 6;
    }
    false
}

/// Strips indentation, bullets, numbering and Markdown markup from one line.
fn shape(raw: &str, markdown: bool) -> Option<Line> {
    let base = raw.trim().trim_matches('\u{a0}').trim();
    let mut t = base;
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
    // The bullet stays with a list item's text in plain dumps (Markdown's markers are syntax).
    let prefix = (bullet && !markdown)
        .then(|| base.get(..base.len() - t.len()))
        .flatten()
        .filter(|p| !p.is_empty())
        .map(str::to_string);
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
    let footer = w <= 30 && (FOOTER.iter().any(|f| lower.contains(f)) || account_prompt(&text, &lower).is_some());
    let label = if bullet && w > 5 { None } else { label_of(&lower) };
    let label = label.or_else(|| is_prompt(&lower).then_some(RemovalReason::Advertising));
    let byline = is_byline(&text, &lower, w, sentence);
    let dateline = w <= 10 && !sentence && (date_in(&text).is_some() || is_month_day_line(&text));
    let credit = is_credit(&text, &lower, w);
    let prose = !caption
        && !credit
        && !footer
        && label.is_none()
        && !byline
        && !dateline
        && ((sentence && w >= 4 && !(w < 8 && title_case(&text)))
            || w >= 25
            || (w >= 16 && !title_case(&text))
            || (w >= 10 && text.contains(',') && !title_case(&text)));
    Some(Line { text, bullet, numbered, md_heading, prose, label, caption, byline, dateline, date_field: false, credit, prefix, footer })
}

/// A byline: "By Jane Doe", "Written by ...", "[June 24, 2024] By Jane Doe", or a name printed
/// twice around "By" ("Jane Doe By Jane Doe Outlet"): "By" opens a capitalised name within the
/// first words of a short line that is not a sentence.
fn is_byline(text: &str, lower: &str, w: usize, sentence: bool) -> bool {
    if w > 12 || sentence {
        return false;
    }
    if lower.starts_with("by ") || lower.starts_with("written by ") {
        return true;
    }
    let tokens: Vec<&str> = text.split_whitespace().collect();
    tokens.iter().take(5).enumerate().any(|(i, t)| {
        *t == "By"
            && i > 0
            && tokens.get(i + 1).is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase))
            && tokens.get(..i).is_some_and(|before| {
                before.iter().all(|b| b.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '['))
            })
    })
}

/// A dateline of wire copy that gives a month and day but no year: "London, May 22",
/// "Moscow, Jul 30:". A place (one to three capitalised words) and the date, nothing else.
fn is_month_day_line(text: &str) -> bool {
    if words(text) > 6 || crate::date::month_day_in(text).is_none() {
        return false;
    }
    text.split_whitespace().all(|t| {
        let t = t.trim_end_matches([',', ':', '.']);
        t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    })
}

/// Words that open a photo credit ("Image: HANDOUT", "Photo: Jane Doe").
const CREDIT_LEADS: &[&str] = &["image:", "photo:", "photograph:", "picture:", "file:", "credit:", "source:", "(file:", "(photo:", "(image:"];

/// A photo credit standing on its own line: a short parenthesised line, a line opened by a
/// credit word, or "©" with a name.
fn is_credit(text: &str, lower: &str, w: usize) -> bool {
    if w > 6 {
        return false;
    }
    let t = text.trim();
    (t.starts_with('(') && t.ends_with(')') && w >= 2)
        || CREDIT_LEADS.iter().any(|l| lower.starts_with(l))
        || (t.starts_with('©') && w <= 4)
}

/// How a line crediting the copy to an agency opens ("Text from AFP", "Reporting by ...").
const AGENCY_CREDIT_LEADS: &[&str] = &[
    "text from ",
    "text:",
    "source:",
    "sources:",
    "reporting by ",
    "additional reporting by ",
    "writing by ",
    "editing by ",
    "compiled by ",
    "with inputs from ",
    "inputs from ",
];

/// A line that credits the copy to an agency: one of the leads above, or a lone acronym in
/// capitals ("GNA") closing the text.
fn is_agency_credit(text: &str) -> bool {
    let t = text.trim();
    let lower = t.to_lowercase();
    if words(t) <= 8 && AGENCY_CREDIT_LEADS.iter().any(|l| lower.starts_with(l)) {
        return true;
    }
    words(t) == 1 && t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !t.chars().any(char::is_lowercase)
}

/// Splits a date field that a saving tool wrote in front of a page's first line ("date
/// 2025-06-29 Headline ..."): the field, then the rest of the line if any.
fn split_date_field(raw: &str) -> Option<(&str, &str)> {
    let t = raw.trim_start();
    let lower_key = t.get(..5)?;
    if !lower_key.eq_ignore_ascii_case("date ") && !lower_key.eq_ignore_ascii_case("date:") {
        return None;
    }
    let value = t.get(5..)?.trim_start();
    let iso = value.get(..10)?;
    let b = iso.as_bytes();
    let is_iso = b.iter().enumerate().all(|(k, c)| if k == 4 || k == 7 { *c == b'-' } else { c.is_ascii_digit() });
    if !is_iso || date_in(iso).is_none() {
        return None;
    }
    let rest = value.get(10..)?;
    if rest.chars().next().is_some_and(|c| !c.is_whitespace()) {
        return None;
    }
    let rest = rest.trim_start();
    Some((t.get(..t.len() - rest.len())?, rest.trim_end()))
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
pub(super) fn extract(text: &str, markdown: bool) -> Extracted {
    let mut lines: Vec<Line> = Vec::new();
    for raw in text.lines() {
        match split_date_field(raw) {
            Some((field, rest)) => {
                if let Some(mut l) = shape(field, markdown) {
                    l.date_field = true;
                    l.dateline = true;
                    l.prose = false;
                    lines.push(l);
                }
                lines.extend(shape(rest, markdown).map(|mut l| {
                    l.prefix = Some(field.to_string());
                    l
                }));
            }
            None => lines.extend(shape(raw, markdown)),
        }
    }
    // A line right above a credit that is not a finished sentence is the photo's caption, and so
    // is the same text printed right above it (the image's alternative text).
    for i in 1..lines.len() {
        if !lines.get(i).is_some_and(|l| l.credit) {
            continue;
        }
        let mut at = i - 1;
        while let Some(prev) = lines.get_mut(at) {
            if prev.byline || prev.dateline || ends_sentence(&prev.text) || words(&prev.text) > 60 || prev.label.is_some() {
                break;
            }
            prev.caption = true;
            prev.prose = false;
            let text = normalise(&prev.text);
            match at.checked_sub(1) {
                Some(above) if lines.get(above).is_some_and(|l| normalise(&l.text) == text) => at = above,
                _ => break,
            }
        }
    }
    let (start, end, kept_roles) = article_span(&lines);
    let mut kept = Vec::new();
    let mut removed = Vec::new();
    // Lines repeated anywhere in the dump (headline, site name) are easy to spot.
    for (i, line) in lines.iter().enumerate() {
        if let Some(role) = kept_roles.get(&i) {
            let text = match &line.prefix {
                Some(prefix) => format!("{prefix}{}", line.text),
                None => line.text.clone(),
            };
            kept.push((text, *role));
        } else {
            let reason = reason_for(line, i, start, end);
            removed.push(Removed { text: line.text.clone(), reason });
        }
    }
    let meta = metadata(&lines, start, end);
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
    if line.caption || line.credit {
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
            // A photo inside the article: its caption and credit are dropped, the article goes on.
            let photo = |g: &usize| lines.get(*g).is_some_and(|l| l.caption || l.credit);
            let text_gap: Vec<usize> = gap.iter().copied().filter(|g| !photo(g)).collect();
            if gap.is_empty() || (gap.len() <= 4 && (text_gap.is_empty() || gap_is_subheadings(lines, &text_gap))) {
                for g in text_gap {
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
                    if lines.get(g).is_some_and(|l| {
                        !l.bullet && l.label.is_none() && !l.caption && !l.credit && !l.footer && !l.dateline && !l.byline && words(&l.text) <= 12
                    }) {
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
    // A headline and standfirst that read as running text (long, with commas) but end without a
    // sentence's punctuation sit at the top of the article, not in it.
    // So is a photo caption run long, when the paragraph after it finishes its sentences, and
    // anything kept as a subheading or list item on top of the article.
    for _ in 0..4 {
        let first = s.first;
        let next_prose = s.kept.range(first + 1..).map(|(&i, _)| i).find(|&i| lines.get(i).is_some_and(|l| l.prose));
        let Some(top) = lines.get(first) else { break };
        let unfinished = top.prose && !is_wire_dateline(top) && (!ends_sentence(&top.text) || ends_with_ellipsis(&top.text));
        let header = is_header_line(top) && !is_wire_dateline(top)
            || (next_prose == Some(first + 1) && opens_as_sentence_headline(lines, first))
            || next_prose.and_then(|i| lines.get(i)).is_some_and(|next| teases(top, next))
            || (unfinished && next_prose.and_then(|i| lines.get(i)).is_some_and(|l| ends_sentence(&l.text)))
            || s.kept.get(&first).is_some_and(|r| *r != BlockRole::Paragraph);
        if !(header && next_prose.is_some() && first < HEADER_LINES) {
            break;
        }
        s.kept.remove(&first);
        match s.kept.keys().next() {
            Some(&next) => s.first = next,
            None => break,
        }
    }
    // A dateline on a line of its own, ending in a dash, leads into the first paragraph.
    if let Some(prev) = s.first.checked_sub(1) {
        if lines.get(prev).is_some_and(is_wire_dateline) {
            s.kept.insert(prev, BlockRole::Paragraph);
            s.first = prev;
        }
    }
    // A table of figures right after the article ("Injured: 74" on two or more rows, under
    // headings such as "NORTH:") is the article's.
    let mut next = s.last + 1;
    let mut table = Vec::new();
    while lines.get(next).is_some_and(is_data_line) {
        table.push(next);
        next += 1;
    }
    let rows = table.iter().filter(|&&i| lines.get(i).is_some_and(|l| !l.text.trim_end().ends_with(':'))).count();
    if rows >= 2 {
        for i in table {
            s.kept.insert(i, BlockRole::ListItem);
            s.last = i;
        }
    }
    // A dump that stops mid-sentence right after the article was cut off there (a saved
    // excerpt): its last line is the article's text.
    let cut = s.last + 1;
    let cut_norm = lines.get(cut).map(|l| normalise(&l.text)).unwrap_or_default();
    // ... unless it only repeats another line or its start (the site's name printed again, the
    // headline cut off again).
    let repeats_start = lines.iter().take(cut).any(|o| {
        let n = normalise(&o.text);
        n.len() >= cut_norm.len() && n.starts_with(&cut_norm)
    });
    if cut + 1 == lines.len()
        && !repeats_start
        && lines.get(cut).is_some_and(|l| {
            !ends_sentence(&l.text)
                && !is_agency_credit(&l.text)
                && l.label.is_none()
                && !l.footer
                && !l.byline
                && !l.dateline
                && !l.caption
                && !l.credit
                && !l.bullet
        })
    {
        s.kept.insert(cut, BlockRole::Paragraph);
        s.last = cut;
    }
    (s.first, s.last, s.kept)
}

/// How far into a dump a page's header (headline, standfirst, byline, date) can reach, in
/// non-blank lines: the story sets' headers end within their first twelve lines; a margin beyond.
const HEADER_LINES: usize = 16;

/// The longest headline, in words, that a page's first line can be read as without anything
/// else beside it (a repeat, a byline, a date) to say it is one: the story sets' headlines that
/// stand alone over their article run to 14 words (most to 10 or 11), while the standfirsts
/// that open a dump whose headline was not kept run 15 words and more. A longer line written in
/// headline style (`reads_as_headlinese`) is still read as one.
const HEADLINE_WORDS: usize = 14;

/// Words that headline style leaves out: the articles and the forms of "be" ("Kiptum sets
/// record", not "Kiptum has set a record"; "5,000 counted", not "5,000 are counted"), as news
/// style guides describe headlinese. A standfirst is written in full sentences and keeps them.
const HEADLINE_DROPS: &[&str] = &["a", "an", "the", "is", "are", "was", "were", "be", "been", "being"];

/// The longest headline, in characters, that article markup allows (Google's structured-data
/// guidelines for `Article.headline`: at most 110 characters).
const HEADLINE_CHARS: usize = 110;

/// A line written in headline style: at most `HEADLINE_CHARS` long, and none of
/// `HEADLINE_DROPS` outside quotation marks (a quote keeps its speaker's grammar: "'The sea is
/// dumping bodies' say officials" is headline style).
fn reads_as_headlinese(text: &str) -> bool {
    if text.chars().count() > HEADLINE_CHARS {
        return false;
    }
    let mut quoted = false;
    for w in text.split_whitespace() {
        let opens = w.starts_with(['“', '"', '‘', '«']);
        let closes = w.trim_end_matches([',', ':', ';', '.', '!', '?']).ends_with(['”', '"', '’', '»']);
        if opens {
            quoted = true;
        }
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if !quoted && HEADLINE_DROPS.contains(&bare.as_str()) {
            return false;
        }
        if closes {
            quoted = false;
        }
    }
    true
}

/// A page's first line that is one short sentence set over a much longer first paragraph: a
/// headline that ends in a full stop ("Rain closes the mountain pass."), as some outlets print
/// them. One sentence of at most `HEADLINE_WORDS` words without a comma, opening the page (after
/// a date field the saving tool wrote), followed by a paragraph at least twice as long.
fn opens_as_sentence_headline(lines: &[Line], i: usize) -> bool {
    let (Some(l), Some(next)) = (lines.get(i), lines.get(i + 1)) else { return false };
    let t = l.text.trim_end();
    let w = words(t);
    let one_sentence = !t.trim_end_matches('.').contains(['.', '!', '?', ';', ':', ',']);
    lines.iter().take(i).all(|o| o.date_field)
        && t.ends_with('.')
        && !ends_with_ellipsis(t)
        && one_sentence
        && (4..=HEADLINE_WORDS).contains(&w)
        && t.chars().next().is_some_and(char::is_uppercase)
        && l.label.is_none()
        && !l.caption
        && !l.credit
        && !l.footer
        && !l.byline
        && !l.dateline
        && !l.bullet
        && next.prose
        && !next.bullet
        && words(&next.text) >= 2 * w
        && opening_dateline(&l.text).is_none()
}

/// A teaser: a line of eight words or more that the next paragraph opens with again, the
/// teaser's last full stop or ellipsis aside (a summary line repeating the lead's first
/// sentence, as pages print one under the headline).
fn teases(top: &Line, next: &Line) -> bool {
    let t = normalise(top.text.trim_end().trim_end_matches(['.', '…']));
    let n = normalise(&next.text);
    words(&top.text) >= 8 && n.len() > t.len() && n.starts_with(&t)
}

/// Ends in "..." or "…": a teaser cut short, not a finished sentence.
fn ends_with_ellipsis(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with("...") || t.ends_with('…')
}

/// A line shaped like a headline or standfirst: at most 30 words, no sentence's end, not a
/// label, caption, credit, footer, byline or dateline.
fn is_header_line(l: &Line) -> bool {
    let t = l.text.trim_end();
    let w = words(t);
    (1..=30).contains(&w)
        && !ends_sentence(t)
        && l.label.is_none()
        && !l.caption
        && !l.credit
        && !l.footer
        && !l.byline
        && !l.dateline
}

/// A dateline standing on its own line before the first paragraph: a place in capitals or
/// capitalised words, a comma, then a date or a credit in brackets, and a dash that the
/// paragraph below continues ("LYON, France (Agency) _", "Lyon, 4 May --").
fn is_wire_dateline(l: &Line) -> bool {
    let t = l.text.trim_end();
    let dash = t.ends_with(" _") || t.ends_with("--") || t.ends_with(" —") || t.ends_with(" –");
    let Some((place, rest)) = t.split_once(',') else { return false };
    let place_ok = !place.is_empty() && place.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
    let dated = rest.contains('(') || date_in(rest).is_some() || crate::date::month_day_in(rest).is_some();
    words(t) <= 10 && !l.bullet && dash && place_ok && dated
}

/// "Injured: 74" or "NORTH:": a row or heading of a small table of figures.
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
fn metadata(lines: &[Line], start: usize, end: usize) -> Meta {
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

    // The headline: a header-shaped line in the first lines or shortly before the article.
    let mut best: Option<(i64, usize)> = None;
    let credit_line = |j: usize| lines.get(j).is_some_and(|l| l.byline || l.dateline);
    let body_line = |l: &Line| l.prose && !is_header_line(l);
    // A line set over the article with at most a summary's bullets between: a box above the page
    // (a ticker, "Latest") ends where the article's own headline begins.
    let over_article = |i: usize| {
        lines.get(i).is_some_and(|l| !l.bullet)
            && start > i
            && start - i <= 4
            && (i + 1..start).all(|j| lines.get(j).is_some_and(|l| l.bullet))
    };
    let candidate = |i: usize| -> bool {
        let (Some(l), Some(n)) = (lines.get(i), norms.get(i)) else { return false };
        let alpha = l.text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
        let repeated = count(n) > 1;
        (is_header_line(l) || (i + 1 == start && opens_as_sentence_headline(lines, i)))
            && (!l.bullet || l.numbered)
            && (!in_box.get(i).copied().unwrap_or(false) || credit_line(i + 1) || (repeated && over_article(i)))
            && (alpha >= 5 || (alpha >= 3 && repeated && !title_case(&l.text)))
            && Some(n.as_str()) != outlet_norm.as_deref()
            && l.text.matches(" / ").count() + l.text.matches(" > ").count() + l.text.matches(" » ").count() < 2
    };
    // What speaks for a line being the headline, before comparing it with its neighbours.
    let base = |i: usize| -> i64 {
        let Some(l) = lines.get(i) else { return 0 };
        let n = norms.get(i).map(String::as_str).unwrap_or("");
        let mut score = 0;
        // Printed again: in the page's title line, above the article, in a share box.
        let extends = if n.len() >= 20 {
            norms
                .iter()
                .zip(lines)
                .filter(|(on, ol)| !body_line(ol) && on.as_str() != n && (on.ends_with(n) || on.starts_with(n)))
                .count()
        } else {
            0
        };
        if count(n) + extends > 1 {
            score += 6;
        } else if i + 1 == start
            && lines.iter().take(i).all(|l| l.date_field)
            && !title_case(&l.text)
            && words(&l.text) > HEADLINE_WORDS
            && !credit_line(i + 1)
            && !reads_as_headlinese(&l.text)
        {
            // A page that opens on a long sentence-case line straight above the article, printed
            // once, with no byline or date beside it, opens on the standfirst of a headline the
            // dump did not keep (headlines run shorter; title case or headline style, without
            // articles or "is"/"are", marks a headline however long).
            return i64::MIN / 4;
        }
        // Right before its byline or dateline, or a standfirst away from it ...
        if credit_line(i + 1) {
            score += 4;
        } else if (i + 2..=i + 3).take_while(|&j| lines.get(j - 1).is_some_and(|l| !l.prose || is_header_line(l))).any(credit_line) {
            score += 3;
        }
        // ... never after a byline ...
        if (0..i).rev().take(4).any(|j| lines.get(j).is_some_and(|l| l.byline)) {
            score -= 6;
        }
        // ... or right before the first paragraph, or a standfirst and a photo away from it.
        if lines.get(i + 1).is_some_and(body_line) {
            score += 3;
        } else {
            let between = |l: &Line| is_header_line(l) || l.caption || l.credit;
            let next_body = (i + 1..i + 5).find(|&j| lines.get(j).is_none_or(|l| !between(l)));
            if next_body.is_some_and(|j| lines.get(j).is_some_and(body_line)) {
                score += 1;
            }
        }
        // The page's first line (after a date field the saving tool wrote).
        if lines.iter().take(i).all(|l| l.date_field) {
            score += 2;
        }
        if l.md_heading {
            score += 3;
        }
        score
    };
    let window = (0..start.min(lines.len())).filter(|&i| i < HEADER_LINES || i + 40 >= start);
    for i in window {
        if !candidate(i) {
            continue;
        }
        let mut score = base(i);
        // A standfirst follows its headline: the line above is a headline as strong, or much
        // shorter (a headline of a dozen words over a standfirst of twenty).
        if let Some(above) = i.checked_sub(1).filter(|&a| candidate(a) && norms.get(a) != norms.get(i)) {
            let (wa, wi) = (lines.get(above).map_or(0, |l| words(&l.text)), lines.get(i).map_or(0, |l| words(&l.text)));
            if base(above) >= score || wi * 2 >= wa * 3 {
                score -= 3;
            }
        }
        // A headline is set apart from what surrounds it: nothing that only leads into the page
        // (a menu, a section name) reaches this score without a byline, a repeat or the article
        // right after it.
        if score < 3 {
            continue;
        }
        // Closer to the article is better among equals.
        score = score * 1000 - (start as i64 - i as i64).clamp(0, 999);
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    let title_line = best.map(|(_, i)| i);
    // The same headline printed without a section word in front ("SPORT Headline") or a
    // label behind ("Headline Video") is the headline itself.
    let title = title_line.and_then(|t| {
        let n = norms.get(t)?;
        let shorter = (0..HEADER_LINES.max(t + 1)).find(|&j| {
            norms.get(j).is_some_and(|on| on.len() >= 20 && on.len() < n.len() && (n.ends_with(on.as_str()) || n.starts_with(on.as_str())))
                && lines.get(j).is_some_and(|l| !l.byline && !l.dateline && !l.footer && !ends_sentence(&l.text))
        });
        lines.get(shorter.unwrap_or(t)).map(|l| l.text.clone())
    });

    // The date: a date field the saving tool wrote, else a dateline opening the article or
    // beside the byline, else a date line after the headline; a date above the headline is
    // most often the day the page was saved, and is read only when nothing else dates it.
    let header_end = start.min(lines.len());
    let field = lines.iter().take(HEADER_LINES).find(|l| l.date_field).and_then(|l| date_in(&l.text));
    let opening = lines.get(start).and_then(|l| opening_dateline(&l.text));
    let from = title_line.unwrap_or(0);
    let mut near = None;
    let mut near_month_day = None;
    let mut author = None;
    let mut byline_line: Option<&str> = None;
    for i in from..header_end {
        let Some(l) = lines.get(i) else { continue };
        if in_box.get(i).copied().unwrap_or(false) {
            continue;
        }
        if near.is_none() && (l.dateline || l.byline) {
            near = date_in(&l.text);
            if near.is_none() && near_month_day.is_none() {
                near_month_day = crate::date::month_day_in(&l.text);
            }
        }
        if author.is_none() && l.byline {
            let name = byline_name(&l.text);
            if !name.is_empty() {
                author = Some(name);
            }
            byline_line = Some(l.text.as_str());
        }
    }
    let above_line = (0..from.min(header_end)).filter_map(|i| lines.get(i)).find(|l| l.dateline && !l.date_field);
    let above = above_line.and_then(|l| date_in(&l.text));
    let published = field.or(opening).or(near).or(above);
    // A dateline or date line printing a month and day without the year ("London, Oct 26
    // (Agency)", "26 October 06:18"): the page's own day, whose year the drop may tell; read in
    // the same order, when no whole date is printed.
    let month_day = published
        .is_none()
        .then(|| {
            lines
                .get(start)
                .and_then(|l| opening_month_day(&l.text))
                .or(near_month_day)
                .or_else(|| above_line.and_then(|l| crate::date::month_day_in(&l.text)))
        })
        .flatten();
    // "By Jane Doe, Outlet": the name is the author's, the outlet the byline's.
    let (author, byline_outlet) = match author {
        Some(a) if !byline_is_outlet(&a, &norms) => match split_byline_outlet(&a, &norms).or_else(|| byline_line.and_then(doubled_name_outlet)) {
            Some((name, outlet)) => (Some(name), Some(outlet)),
            None => (Some(a), None),
        },
        a => (a, None),
    };
    let outlet = site
        .or(byline_outlet)
        .or_else(|| author.as_ref().filter(|a| byline_is_outlet(a, &norms)).cloned())
        .or_else(|| footer_outlet(lines, end));
    Meta { outlet, title, author, published, month_day }
}

/// A byline that names a site: it is repeated elsewhere in the dump as a line of its own
/// (`norms`: each line's normalised text).
fn byline_is_outlet(author: &str, norms: &[String]) -> bool {
    let n = normalise(author);
    norms.contains(&n)
}

/// The outlet a byline names after its author: "Jane Doe, CNN", "Jane Doe, The Harbour
/// Ledger", or a name printed elsewhere in the dump as a line of its own ("Jane Doe Harbour
/// Ledger" where "Harbour Ledger" stands alone): `(author, outlet)`. The part after the last
/// comma is an outlet when it reads as one (an acronym in capitals, "The ..."), never a second
/// person's name.
fn split_byline_outlet(author: &str, norms: &[String]) -> Option<(String, String)> {
    let own_line = |s: &str| {
        let n = normalise(s);
        !n.is_empty() && norms.contains(&n)
    };
    if let Some((names, last)) = author.rsplit_once(", ") {
        let last = last.trim();
        let acronym = !last.contains(' ')
            && last.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !last.chars().any(char::is_lowercase);
        let the = last.starts_with("The ") && words(last) <= 5;
        if !names.trim().is_empty() && (acronym || the || own_line(last)) {
            return Some((names.trim().to_string(), last.to_string()));
        }
        return None;
    }
    let tokens: Vec<&str> = author.split_whitespace().collect();
    // keep at least two words of a name in front
    (1..=4.min(tokens.len().saturating_sub(2))).rev().find_map(|k| {
        let (name, tail) = tokens.split_at(tokens.len() - k);
        let tail = tail.join(" ");
        own_line(&tail).then(|| (name.join(" "), tail))
    })
}

/// A byline that prints the name twice, around "By", and the outlet behind the second ("Jane
/// Doe By Jane Doe Harbour Ledger"): `(author, outlet)`.
fn doubled_name_outlet(line: &str) -> Option<(String, String)> {
    let (before, after) = line.trim().split_once(" By ")?;
    let name = before.trim();
    let rest = after.trim().strip_prefix(name)?.trim();
    (words(name) >= 2 && is_name(name) && is_name(rest) && !rest.contains(',')).then(|| (name.to_string(), rest.to_string()))
}

/// A dateline opening the article's first paragraph: "Zagreb, 29 June 2025 (Agency) - ...",
/// "PARIS, Oct. 8, 2023 -- ...": a place, then a full date within the first words, before the
/// dash, colon or agency credit that ends the dateline.
fn opening_dateline(text: &str) -> Option<crate::date::Date> {
    opening_dateline_head(text).and_then(date_in)
}

/// A dateline opening the first paragraph with a month and day but no year ("London, Oct 26
/// (Agency) ..."): a place and the date in capitalised words and figures, with the comma
/// between them. `(month, day)`.
fn opening_month_day(text: &str) -> Option<(u8, u8)> {
    let head = opening_dateline_head(text)?;
    let shaped = head.contains(',')
        && head.split_whitespace().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
    shaped.then(|| crate::date::month_day_in(head)).flatten()
}

/// The words of a paragraph before the dash, colon or bracket that ends its dateline, when they
/// are few enough to be one.
fn opening_dateline_head(text: &str) -> Option<&str> {
    let end = text
        .char_indices()
        .take(80)
        .find(|&(_, c)| matches!(c, '—' | '–' | '(' | ':') )
        .map(|(i, _)| i)
        .or_else(|| text.get(..80.min(text.len())).and_then(|h| h.find(" - ")))?;
    let head = text.get(..end)?;
    (words(head) <= 8 && !ends_sentence(head)).then_some(head)
}

/// The name in a byline: "By Jane Doe October 15, 2025" -> "Jane Doe"; "[June 24, 2024] By Jane
/// Doe" -> "Jane Doe"; "Jane Doe By Jane Doe Outlet" -> "Jane Doe Outlet" (the outlet split
/// off afterwards, by `split_byline_outlet` or `doubled_name_outlet`).
fn byline_name(text: &str) -> String {
    let t = text.trim();
    let after_by = t
        .match_indices("By ")
        .find(|&(i, _)| i == 0 || t.get(..i).is_some_and(|b| b.ends_with(' ')))
        .and_then(|(i, _)| t.get(i..));
    strip_by(&strip_date(after_by.unwrap_or(t)))
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

/// Phrases of a sign-in or registration prompt that name the site's own account: the words
/// between one of these and " account" are the site's name.
const ACCOUNT_LEADS: &[&str] = &[
    "create a free ",
    "create an ",
    "create a ",
    "sign in to your ",
    "log in to your ",
    "login to your ",
    "register for a free ",
    "register for an ",
    "register for a ",
];

/// The site's name in a sign-in or registration prompt ("Sign in to your X account"), from the
/// line and its lower-cased form.
fn account_prompt(text: &str, lower: &str) -> Option<String> {
    if words(text) > 25 || !lower.contains(" account") {
        return None;
    }
    ACCOUNT_LEADS.iter().find_map(|lead| {
        let at = lower.find(lead)?;
        let rest = text.get(at + lead.len()..)?;
        let name = rest.get(..rest.find(" account")?)?.trim();
        is_name(name).then(|| name.to_string())
    })
}

/// The site's name from a form line anywhere ("Sign in to your X account") or a copyright
/// line after the article (`end`): "© 2025 X", "Copyright 2025 X". A "©" above the article
/// credits a photo, not the site.
fn footer_outlet(lines: &[Line], end: usize) -> Option<String> {
    for (i, l) in lines.iter().enumerate().rev() {
        if !l.footer {
            continue;
        }
        let t = l.text.as_str();
        let lower = t.to_lowercase();
        if let Some(name) = account_prompt(t, &lower) {
            return Some(name);
        }
        if i <= end {
            continue;
        }
        let after = t.split_once('©').map(|(_, r)| r).or_else(|| lower.find("copyright").and_then(|at| t.get(at + 9..)));
        if let Some(rest) = after {
            let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–' | ',' | '©'));
            // "© Copyright 2025 X"
            let rest = match rest.get(..10) {
                Some(w) if w.eq_ignore_ascii_case("copyright ") => rest.get(10..).unwrap_or("").trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '–' | ',' | '©')),
                _ => rest,
            };
            let name: String = rest.split(['.', '|', ',']).next().unwrap_or("").trim().to_string();
            let name = name.trim_end_matches(" All rights reserved").trim().to_string();
            if is_name(&name) {
                return Some(name);
            }
        }
    }
    None
}


/// A proper name of at most five words, capitalised.
fn is_name(s: &str) -> bool {
    let w = words(s);
    (1..=5).contains(&w) && s.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) && !s.to_lowercase().contains("all rights")
}

