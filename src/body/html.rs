//! The article inside an HTML page: which blocks are its prose, and which are the page around it.
//!
//! In the spirit of Readability: every prose-sized block (a paragraph, a cell, a div holding its
//! own text) gives its container points for its length and its commas; the points flow to the
//! parent in full and to further ancestors in shrinking shares, so the element that holds most of
//! the article's running text wins. Class and id names say what an element is meant to be
//! ("article", "story", "content" against "nav", "related", "comment", "share", "promo"), and
//! link-heavy containers are marked down, because menus and "read more" lists are mostly links.
//! The winner's siblings join it when they score close to it or read as prose. Inside the chosen
//! container, boxes that look like boilerplate (link-heavy lists, share bars, teasers) are dropped
//! before its blocks are kept, each with its role: paragraph, subheading, caption or list item.
//! When that leaves almost nothing, the passes are retried with looser rules, keeping the
//! longest result, as Readability does.

use super::page::{collapse, NodeKind, Page};
use super::{BlockRole, RemovalReason, Removed};

/// A run of text owned by one block element.
#[derive(Debug, Clone)]
struct TextRun {
    /// The block element the text belongs to.
    owner: usize,
    /// The first text node of the run (for "is it inside this container").
    first: usize,
    text: String,
    link_chars: usize,
}

/// Kept and removed blocks of a page, in document order.
#[derive(Debug, Default)]
pub(super) struct Extracted {
    pub kept: Vec<(String, BlockRole)>,
    pub removed: Vec<Removed>,
}

const BLOCK_TAGS: &[&str] = &[
    "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "h1", "h2", "h3", "h4",
    "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption", "table",
    "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "form", "fieldset", "address", "body", "html",
    "center", "hr", "details", "summary", "menu", "br",
];

/// Class/id fragments of page furniture, removed before scoring (Readability's "unlikely").
const UNLIKELY: &[&str] = &[
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus",
    "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss",
    "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental", "ad-break", "agegate",
    "pagination", "pager", "popup", "yom-remote", "newsletter", "subscribe", "share", "sharing",
    "promo", "cookie", "consent", "paywall", "signup", "sign-up", "most-read", "mostread", "trending",
    "recommend", "outbrain", "taboola", "nav",
];
/// Fragments that save an element from `UNLIKELY` (an "article-header-and-body" is article).
const MAYBE: &[&str] =
    &["and", "article", "body", "column", "content", "main", "shadow", "story", "text", "embed"];
const NEGATIVE: &[&str] = &[
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead",
    "media", "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
    "skyscraper", "sponsor", "shopping", "tags", "widget", "byline", "author", "caption", "credit",
    "newsletter", "teaser", "recirc", "more-stories", "subscribe", "social", "toolbar", "advert",
];
const POSITIVE: &[&str] =
    &["article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story"];
const UNLIKELY_ROLES: &[&str] =
    &["menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo"];

/// Which Readability-style rules a pass applies.
#[derive(Debug, Clone, Copy)]
struct Rules {
    strip_unlikely: bool,
    weigh_classes: bool,
    clean_boxes: bool,
}

/// Finds the article's blocks in a parsed page. `title` is dropped from the body when repeated.
pub(super) fn extract(page: &Page, title: Option<&str>) -> Extracted {
    let runs = text_runs(page);
    let mut best: Option<Extracted> = None;
    for rules in [
        Rules { strip_unlikely: true, weigh_classes: true, clean_boxes: true },
        Rules { strip_unlikely: false, weigh_classes: true, clean_boxes: true },
        Rules { strip_unlikely: false, weigh_classes: false, clean_boxes: true },
        Rules { strip_unlikely: false, weigh_classes: false, clean_boxes: false },
    ] {
        let got = extract_with(page, &runs, title, rules);
        let len = kept_len(&got);
        if len >= 250 {
            return got;
        }
        if best.as_ref().is_none_or(|b| kept_len(b) < len) {
            best = Some(got);
        }
    }
    best.unwrap_or_default()
}

fn kept_len(e: &Extracted) -> usize {
    e.kept.iter().map(|(t, _)| t.chars().count()).sum()
}

/// Text runs in document order: text nodes grouped by their nearest block element, a new run at
/// every block boundary (and at `<br>`).
fn text_runs(page: &Page) -> Vec<TextRun> {
    let n = page.nodes.len();
    let mut owner = vec![0usize; n];
    let mut in_link = vec![false; n];
    let mut in_head = vec![false; n];
    let mut runs: Vec<TextRun> = Vec::new();
    let mut open = false;
    for (id, node) in page.nodes.iter().enumerate() {
        let parent_owner = node.parent.and_then(|p| owner.get(p).copied()).unwrap_or(id);
        let parent_link = node.parent.and_then(|p| in_link.get(p).copied()).unwrap_or(false);
        let parent_head = node.parent.and_then(|p| in_head.get(p).copied()).unwrap_or(false);
        match &node.kind {
            NodeKind::Element { tag, .. } => {
                let block = BLOCK_TAGS.contains(&tag.as_str());
                if let Some(o) = owner.get_mut(id) {
                    *o = if block && tag != "br" { id } else { parent_owner };
                }
                if let Some(l) = in_link.get_mut(id) {
                    *l = parent_link || tag == "a";
                }
                if let Some(h) = in_head.get_mut(id) {
                    *h = parent_head || tag == "head";
                }
                if block {
                    open = false;
                }
            }
            NodeKind::Text(_) if parent_head => {}
            NodeKind::Text(t) => {
                if let Some(o) = owner.get_mut(id) {
                    *o = parent_owner;
                }
                let chars = t.chars().filter(|c| !c.is_whitespace()).count();
                let link = if parent_link { chars } else { 0 };
                match runs.last_mut() {
                    Some(run) if open && run.owner == parent_owner => {
                        run.text.push_str(t);
                        run.link_chars += link;
                    }
                    _ => {
                        if t.trim().is_empty() {
                            continue;
                        }
                        runs.push(TextRun { owner: parent_owner, first: id, text: t.clone(), link_chars: link });
                        open = true;
                    }
                }
            }
        }
    }
    for run in &mut runs {
        run.text = collapse(&run.text);
    }
    runs.retain(|r| !r.text.is_empty());
    runs
}

/// Class and id of an element, lower-cased, for hint matching.
fn hints(page: &Page, id: usize) -> String {
    let mut s = String::new();
    for name in ["class", "id"] {
        if let Some(v) = page.attr(id, name) {
            s.push_str(&v.to_ascii_lowercase());
            s.push(' ');
        }
    }
    s
}

fn class_weight(page: &Page, id: usize) -> f64 {
    let h = hints(page, id);
    let mut w = 0.0;
    // An embedded post or quote is part of the story even under a "social" class.
    if NEGATIVE.iter().any(|n| h.contains(n)) && !h.contains("embed") {
        w -= 25.0;
    }
    if POSITIVE.iter().any(|p| h.contains(p)) {
        w += 25.0;
    }
    w
}

/// Why an element is page furniture, if it is (by tag, role or class/id).
fn furniture(page: &Page, id: usize) -> Option<RemovalReason> {
    let tag = page.tag(id)?;
    match tag {
        "nav" | "menu" => return Some(RemovalReason::Navigation),
        "aside" => return Some(RemovalReason::RelatedLinks),
        "footer" => return Some(RemovalReason::Footer),
        "header" => return Some(RemovalReason::Title),
        "form" | "fieldset" if hints(page, id).contains("comment") => return Some(RemovalReason::Comments),
        "body" | "html" | "article" | "main" | "a" => return None,
        _ => {}
    }
    if let Some(role) = page.attr(id, "role") {
        if UNLIKELY_ROLES.contains(&role.to_ascii_lowercase().as_str()) {
            return Some(RemovalReason::Navigation);
        }
    }
    let h = hints(page, id);
    if h.is_empty() || !UNLIKELY.iter().any(|u| h.contains(u)) || MAYBE.iter().any(|m| h.contains(m)) {
        return None;
    }
    Some(reason_from_hints(&h))
}

fn reason_from_hints(h: &str) -> RemovalReason {
    let table: &[(&str, RemovalReason)] = &[
        ("comment", RemovalReason::Comments),
        ("replies", RemovalReason::Comments),
        ("disqus", RemovalReason::Comments),
        ("share", RemovalReason::Share),
        ("sharing", RemovalReason::Share),
        ("social", RemovalReason::Share),
        ("related", RemovalReason::RelatedLinks),
        ("recommend", RemovalReason::RelatedLinks),
        ("most", RemovalReason::RelatedLinks),
        ("trending", RemovalReason::RelatedLinks),
        ("footer", RemovalReason::Footer),
        ("tags", RemovalReason::Tags),
        ("-ad-", RemovalReason::Advertising),
        ("sponsor", RemovalReason::Advertising),
        ("promo", RemovalReason::Advertising),
        ("advert", RemovalReason::Advertising),
        ("menu", RemovalReason::Navigation),
        ("nav", RemovalReason::Navigation),
        ("breadcrumb", RemovalReason::Navigation),
        ("header", RemovalReason::Title),
    ];
    table.iter().find(|(k, _)| h.contains(k)).map_or(RemovalReason::Other, |(_, r)| *r)
}

/// Per-element sums over the subtree: prose characters, link characters, commas, paragraphs.
#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    chars: usize,
    link: usize,
    commas: usize,
    paragraphs: usize,
    list_items: usize,
}

impl Sums {
    fn link_density(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.link as f64 / self.chars as f64
        }
    }
}

fn extract_with(page: &Page, runs: &[TextRun], title: Option<&str>, rules: Rules) -> Extracted {
    let n = page.nodes.len();
    // What is furniture, flowing down the tree (parents come first).
    let mut banned: Vec<Option<RemovalReason>> = vec![None; n];
    for id in 0..n {
        let inherited = page.parent(id).and_then(|p| banned.get(p).copied().flatten());
        let own = if rules.strip_unlikely { furniture(page, id) } else { None };
        if let Some(b) = banned.get_mut(id) {
            *b = inherited.or(own);
        }
    }
    // Sums, flowing up the tree (children come after their parents).
    let mut sums = vec![Sums::default(); n];
    for run in runs {
        if let Some(s) = sums.get_mut(run.owner) {
            let chars = run.text.chars().filter(|c| !c.is_whitespace()).count();
            s.chars += chars;
            s.link += run.link_chars.min(chars);
            s.commas += run.text.matches([',', '\u{FF0C}', '\u{3001}']).count();
        }
    }
    for id in (0..n).rev() {
        let own = sums.get(id).copied().unwrap_or_default();
        let tag = page.tag(id);
        if let Some(s) = page.parent(id).and_then(|p| sums.get_mut(p)) {
            s.chars += own.chars;
            s.link += own.link;
            s.commas += own.commas;
            s.paragraphs += own.paragraphs + usize::from(tag == Some("p"));
            s.list_items += own.list_items + usize::from(tag == Some("li"));
        }
    }

    // Scores: each prose run gives points to its container's ancestors.
    let mut score: Vec<Option<f64>> = vec![None; n];
    for run in runs {
        if banned.get(run.owner).copied().flatten().is_some() {
            continue;
        }
        let owner_tag = page.tag(run.owner).unwrap_or("");
        if matches!(owner_tag, "li" | "dt" | "dd" | "figcaption" | "h1" | "th" | "a" | "caption" | "summary") {
            continue;
        }
        let len = run.text.chars().count();
        if len < 25 {
            continue;
        }
        let points = 1.0
            + run.text.matches([',', '\u{FF0C}', '\u{3001}']).count() as f64
            + ((len / 100) as f64).min(3.0);
        let mut node = page.parent(run.owner);
        let mut level = 0usize;
        while let Some(a) = node {
            if level >= 5 {
                break;
            }
            if page.tag(a).is_none() {
                break;
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            let entry = score.get_mut(a);
            if let Some(slot) = entry {
                let base = slot.unwrap_or_else(|| initial_score(page, a, rules));
                *slot = Some(base + points / divider);
            }
            node = page.parent(a);
            level += 1;
        }
    }
    let final_score = |id: usize| -> Option<f64> {
        let s = score.get(id).copied().flatten()?;
        Some(s * (1.0 - sums.get(id).map_or(0.0, |x| x.link_density())))
    };
    let mut candidates: Vec<(usize, f64)> = (0..n).filter_map(|id| final_score(id).map(|s| (id, s))).collect();
    candidates.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));

    let body = (0..n).find(|&id| page.tag(id) == Some("body")).unwrap_or(0);
    let mut top = candidates.first().map_or(body, |c| c.0);
    let top_score = candidates.first().map_or(0.0, |c| c.1);
    // Several strong candidates under one ancestor: the ancestor is the article.
    let alternatives: Vec<usize> = candidates
        .iter()
        .skip(1)
        .take(4)
        .filter(|(_, s)| top_score > 0.0 && s / top_score >= 0.75)
        .map(|c| c.0)
        .collect();
    if alternatives.len() >= 2 {
        let mut anc = page.parent(top);
        while let Some(a) = anc {
            if page.tag(a) == Some("body") || page.tag(a).is_none() {
                break;
            }
            let end = page.subtree_end(a);
            let inside = alternatives.iter().filter(|&&c| c > a && c < end).count();
            if inside >= alternatives.len().min(3) {
                top = a;
                break;
            }
            anc = page.parent(a);
        }
    }
    // Climb while the parent scores higher (the article's body is split among children).
    let mut last = final_score(top).unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut parent = page.parent(top);
    while let Some(p) = parent {
        if page.tag(p) == Some("body") || page.tag(p).is_none() {
            break;
        }
        match final_score(p) {
            Some(ps) if ps >= threshold => {
                if ps > last {
                    top = p;
                }
                last = ps;
            }
            Some(_) => break,
            None => {}
        }
        parent = page.parent(p);
    }
    // A lone child is its parent.
    while let Some(p) = page.parent(top) {
        if page.tag(p) == Some("body") || page.tag(p).is_none() {
            break;
        }
        let element_children =
            ((p + 1)..page.subtree_end(p)).filter(|&c| page.parent(c) == Some(p) && page.tag(c).is_some()).count();
        if element_children != 1 {
            break;
        }
        top = p;
    }

    // The top candidate and the siblings that read as part of it.
    let top_final = final_score(top).unwrap_or(0.0);
    let mut roots = vec![top];
    if let Some(p) = page.parent(top) {
        if page.tag(top) != Some("body") {
            let sibling_threshold = (top_final * 0.2).max(10.0);
            let top_class = page.attr(top, "class").unwrap_or("");
            let end = page.subtree_end(p);
            let mut c = p + 1;
            while c < end {
                let next = page.subtree_end(c);
                if c != top && page.tag(c).is_some() && banned.get(c).copied().flatten().is_none() {
                    let mut bonus = 0.0;
                    if !top_class.is_empty() && page.attr(c, "class") == Some(top_class) {
                        bonus += top_final * 0.2;
                    }
                    let s = sums.get(c).copied().unwrap_or_default();
                    let joins = final_score(c).is_some_and(|fs| fs + bonus >= sibling_threshold)
                        || (page.tag(c) == Some("p") && {
                            let text = page.text_of(c);
                            let len = text.chars().count();
                            let ld = s.link_density();
                            (len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld == 0.0 && ends_sentence(&text))
                        });
                    if joins {
                        roots.push(c);
                    }
                }
                c = next.max(c + 1);
            }
        }
    }
    roots.sort_unstable();

    // Boxes inside the article that are not article: link lists, share bars, teasers.
    let mut cleaned: Vec<Option<RemovalReason>> = vec![None; n];
    for &root in &roots {
        let end = page.subtree_end(root);
        for id in root..end {
            let inherited = page.parent(id).filter(|&p| p >= root).and_then(|p| cleaned.get(p).copied().flatten());
            let own = if id != root && inherited.is_none() && rules.clean_boxes {
                box_is_boilerplate(page, id, &sums, rules)
            } else {
                None
            };
            let local_ban = banned.get(id).copied().flatten();
            if let Some(c) = cleaned.get_mut(id) {
                *c = inherited.or(own).or(local_ban);
            }
        }
    }

    let title_norm = title.map(normalise);
    let mut out = Extracted::default();
    let in_roots = |id: usize| roots.iter().any(|&r| id >= r && id < page.subtree_end(r));
    for run in runs {
        if !in_roots(run.first) {
            out.removed.push(Removed { text: run.text.clone(), reason: outside_reason(page, run.owner, &banned) });
            continue;
        }
        if let Some(reason) = cleaned.get(run.owner).copied().flatten() {
            out.removed.push(Removed { text: run.text.clone(), reason });
            continue;
        }
        let tag = page.tag(run.owner).unwrap_or("");
        let chars = run.text.chars().filter(|c| !c.is_whitespace()).count();
        let ld = if chars == 0 { 0.0 } else { run.link_chars as f64 / chars as f64 };
        if tag == "h1" || title_norm.as_deref().is_some_and(|t| !t.is_empty() && normalise(&run.text) == t) {
            out.removed.push(Removed { text: run.text.clone(), reason: RemovalReason::Title });
            continue;
        }
        if ld > 0.5 {
            out.removed.push(Removed { text: run.text.clone(), reason: RemovalReason::RelatedLinks });
            continue;
        }
        // A bare date line ("2 September 2023", "Updated Oct 3, 2024 09:00"), not a signed quote.
        if super::meta::is_dateline(&run.text) && run.text.split_whitespace().count() <= 6 && !run.text.contains(['@', '—']) {
            out.removed.push(Removed { text: run.text.clone(), reason: RemovalReason::Dateline });
            continue;
        }
        let role = match tag {
            "h2" | "h3" | "h4" | "h5" | "h6" => BlockRole::Heading,
            "figcaption" | "caption" => BlockRole::Caption,
            "li" | "dt" | "dd" => BlockRole::ListItem,
            _ => BlockRole::Paragraph,
        };
        let words = run.text.split_whitespace().count();
        let role = if role == BlockRole::Paragraph && words <= 40 && is_credited(&run.text) {
            BlockRole::Caption
        } else {
            role
        };
        // A lone word or two that is not a subheading: a widget label ("Advert", "Comments").
        let cell = matches!(tag, "td" | "th" | "li" | "dt" | "dd");
        if role != BlockRole::Heading && !cell && words <= 2 && !ends_sentence(&run.text) {
            out.removed.push(Removed { text: run.text.clone(), reason: RemovalReason::Other });
            continue;
        }
        if role == BlockRole::Caption {
            out.removed.push(Removed { text: run.text.clone(), reason: RemovalReason::Caption });
            continue;
        }
        // Furniture by its words, as on dumps: a credit, a prompt, "Read more: ...", a notice.
        if let Some(reason) = (role != BlockRole::Heading).then(|| super::dump::furniture_line(&run.text)).flatten() {
            out.removed.push(Removed { text: run.text.clone(), reason });
            continue;
        }
        out.kept.push((run.text.clone(), role));
    }
    out
}

fn outside_reason(page: &Page, owner: usize, banned: &[Option<RemovalReason>]) -> RemovalReason {
    if let Some(r) = banned.get(owner).copied().flatten() {
        return r;
    }
    match page.tag(owner) {
        Some("h1") => RemovalReason::Title,
        Some("li") => RemovalReason::Navigation,
        Some("figcaption") | Some("caption") => RemovalReason::Caption,
        _ => RemovalReason::Other,
    }
}

/// Readability's conditional cleaning, simplified: a box inside the article is dropped when its
/// class says furniture or when it is mostly links without the commas of prose.
fn box_is_boilerplate(page: &Page, id: usize, sums: &[Sums], rules: Rules) -> Option<RemovalReason> {
    let tag = page.tag(id)?;
    if !matches!(tag, "div" | "section" | "ul" | "ol" | "table" | "aside" | "form" | "header" | "footer" | "nav" | "dl") {
        return None;
    }
    let s = sums.get(id).copied().unwrap_or_default();
    let weight = if rules.weigh_classes { class_weight(page, id) } else { 0.0 };
    if weight < 0.0 {
        return Some(reason_from_hints(&hints(page, id)));
    }
    if s.commas >= 10 || hints(page, id).contains("embed") {
        return None;
    }
    let ld = s.link_density();
    if (weight < 25.0 && ld > 0.2 && s.chars > 0) || ld > 0.5 {
        return Some(RemovalReason::RelatedLinks);
    }
    if matches!(tag, "ul" | "ol") && s.list_items > 0 && s.chars / s.list_items.max(1) < 30 && s.commas == 0 {
        return Some(RemovalReason::Navigation);
    }
    None
}

fn initial_score(page: &Page, id: usize, rules: Rules) -> f64 {
    let base = match page.tag(id).unwrap_or("") {
        "div" | "article" | "main" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    };
    base + if rules.weigh_classes { class_weight(page, id) } else { 0.0 }
}

/// A photo caption as pages print it inline: it ends with a credit in brackets, "(Image: X)",
/// "(Photo: X)", "(Name/Agency)" or an agency's capitals "(AP)".
fn is_credited(text: &str) -> bool {
    let t = text.trim_end();
    let Some(inner) = t.strip_suffix(')').and_then(|r| r.rsplit_once('(')).map(|(_, i)| i.trim()) else {
        return false;
    };
    let lower = inner.to_lowercase();
    let words = inner.split_whitespace().count();
    let labelled = ["image", "photo", "picture", "foto", "credit", "source:"].iter().any(|l| lower.starts_with(l));
    let agency = words <= 3
        && inner.chars().any(char::is_alphabetic)
        && !inner.chars().any(|c| c.is_ascii_digit() || c.is_lowercase());
    let slashed = words <= 6 && inner.contains('/') && !inner.chars().any(|c| c.is_ascii_digit());
    labelled || agency || slashed
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with('.') || t.ends_with('!') || t.ends_with('?') || t.contains(". ")
}

/// Lower-cased letters and digits only, for "is this the title again".
pub(super) fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}
