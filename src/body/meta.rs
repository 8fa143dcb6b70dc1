//! What a page says about itself: publisher, headline, date, author.
//!
//! For HTML, in order of trust: JSON-LD `NewsArticle` (and its kin), Open Graph and `<meta>`
//! tags, then the page's own `<title>` (the one `<h1>` when the title holds it, else cut at the
//! site's separator as Readability cuts it), `<time datetime>`, a date in the page's address
//! (canonical link or `og:url`, last, as htmldate orders them) and byline elements. Dates printed in
//! text ("15 Oct 2025 21:50", "October 15, 2025", "2025-10-15T09:00") are read by
//! `date::first_in`, shared with the other stages. Nothing is guessed: a field no evidence
//! gives stays `None`.

use super::page::{NodeKind, Page};
use crate::date::Date;
pub(super) use crate::date::first_in as date_in;
use serde_json::Value;

/// Metadata a page declares.
#[derive(Debug, Default, Clone)]
pub(super) struct Meta {
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<Date>,
    /// A month and day the page prints as its date without a year ("26 October 06:18"), when
    /// it prints no whole date: `(month, day)`.
    pub month_day: Option<(u8, u8)>,
}

impl Meta {
    /// Fills the fields still empty from `other`.
    fn or(mut self, other: Meta) -> Meta {
        self.outlet = self.outlet.or(other.outlet);
        self.title = self.title.or(other.title);
        self.author = self.author.or(other.author);
        self.published = self.published.or(other.published);
        self.month_day = self.month_day.or(other.month_day);
        self
    }
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "Article",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
];

/// Metadata of an HTML page, best evidence first.
pub(super) fn from_page(page: &Page) -> Meta {
    let ld = page.json_ld.iter().filter_map(|s| from_json_ld(s)).fold(Meta::default(), Meta::or);
    let mut tags = Meta::default();
    let mut title_tag = None;
    let mut time_tag = None;
    let mut byline = None;
    let mut application_name = None;
    let mut headings: Vec<String> = Vec::new();
    let mut url_date = None;
    for (id, node) in page.nodes.iter().enumerate() {
        let NodeKind::Element { tag, .. } = &node.kind else { continue };
        match tag.as_str() {
            "meta" => {
                let key = page.attr(id, "property").or_else(|| page.attr(id, "name")).or_else(|| page.attr(id, "itemprop"));
                let (Some(key), Some(content)) = (key, page.attr(id, "content")) else { continue };
                let content = clean(content);
                if content.is_empty() {
                    continue;
                }
                match key.to_ascii_lowercase().as_str() {
                    "og:site_name" => tags.outlet = tags.outlet.or(Some(content)),
                    "og:title" | "twitter:title" => tags.title = tags.title.or(Some(content)),
                    "article:published_time" | "datepublished" | "pubdate" | "publishdate" | "date"
                    | "dc.date" | "dc.date.issued" | "sailthru.date" | "parsely-pub-date" | "og:published_time" => {
                        tags.published = tags.published.or_else(|| date_in(&content))
                    }
                    "author" | "article:author" | "byl" | "dc.creator" | "parsely-author" | "sailthru.author"
                        if !content.starts_with("http") =>
                    {
                        tags.author = tags.author.or(Some(strip_by(&content)));
                    }
                    "application-name" | "publisher" | "dc.publisher" => {
                        application_name = application_name.or(Some(content))
                    }
                    "og:url" => url_date = url_date.or_else(|| date_in_url(&content)),
                    _ => {}
                }
            }
            "title" if title_tag.is_none() => title_tag = Some(page.text_of(id)),
            "h1" if headings.len() < 2 => headings.push(page.text_of(id)),
            "link" if page.attr(id, "rel").is_some_and(|r| r.eq_ignore_ascii_case("canonical")) => {
                url_date = url_date.or_else(|| page.attr(id, "href").and_then(date_in_url));
            }
            "time" if time_tag.is_none() => {
                time_tag = page.attr(id, "datetime").and_then(date_in).or_else(|| date_in(&page.text_of(id)));
            }
            _ => {
                if byline.is_none() {
                    let rel = page.attr(id, "rel").unwrap_or("");
                    let class = page.attr(id, "class").unwrap_or("").to_ascii_lowercase();
                    if rel == "author" || class.split_whitespace().any(|c| c == "byline" || c == "author-name" || c == "byline__name") {
                        let text = strip_by(&page.text_of(id));
                        if !text.is_empty() && text.split_whitespace().count() <= 6 {
                            byline = Some(text);
                        }
                    }
                }
            }
        }
    }
    let mut found = ld.or(tags);
    found.outlet = found.outlet.or(application_name);
    if found.title.is_none() {
        // The cut checked against the page's one headline: a headline with a separator of its
        // own ("Ferry - the last crossing") is cut short, and its h1 holds the whole of it.
        let h1 = match headings.as_slice() {
            [one] => Some(clean(one)),
            _ => None,
        };
        found.title = title_tag
            .map(|t| {
                let cut = strip_site_suffix(&t, found.outlet.as_deref());
                let (lower_t, lower_cut) = (clean(&t).to_lowercase(), cut.to_lowercase());
                let lower_h1 = h1.as_deref().map(str::to_lowercase).unwrap_or_default();
                let whole = lower_cut == lower_t;
                // a cut that went too far (the h1 holds it and more), or a short headline kept
                // whole with the site's name behind it (the title opens with the h1)
                let h1_fits = lower_h1.split_whitespace().count() >= 2
                    && lower_t.contains(&lower_h1)
                    && if whole { lower_t.starts_with(&lower_h1) } else { lower_h1.contains(&lower_cut) };
                match &h1 {
                    Some(h) if h1_fits => h.clone(),
                    _ => cut,
                }
            })
            .filter(|t| !t.is_empty());
    }
    // A headline the markup gives with the site's name behind it ("... | TheHill") loses it.
    if let (Some(t), Some(o)) = (found.title.as_deref(), found.outlet.as_deref()) {
        found.title = Some(without_outlet(t, o));
    }
    // htmldate's order: the markup's dates, then <time datetime>, then a date in the address
    found.published = found.published.or(time_tag).or(url_date);
    found.author = found.author.or(byline);
    found
}

/// What sites set between a headline and their name (or section) in a `<title>`.
const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " / ", " » ", " > "];

/// Separators of a path of sections ("News / World / Europe"), not of a headline and a name.
const HIERARCHY: &[&str] = &[" / ", " » ", " > "];

/// The headline in a `<title>`: without " | Outlet" when the outlet is known, else cut at the
/// site's separator as Readability does: the part before the last separator, or when that
/// leaves fewer than three words the part after the first; a cut that leaves four words or fewer
/// keeps the whole title (a short headline with a dash in it), unless the separators were a
/// path of sections.
fn strip_site_suffix(title: &str, outlet: Option<&str>) -> String {
    let title = clean(title);
    if let Some(outlet) = outlet {
        for sep in SEPARATORS {
            if let Some((head, tail)) = title.rsplit_once(sep) {
                if tail.trim().eq_ignore_ascii_case(outlet.trim()) {
                    return head.trim().to_string();
                }
            }
        }
    }
    let last = SEPARATORS.iter().filter_map(|s| title.rfind(s).map(|at| (at, s.len()))).max();
    let first = SEPARATORS.iter().filter_map(|s| title.find(s).map(|at| (at, s.len()))).min();
    let (Some((last_at, _)), Some((first_at, first_len))) = (last, first) else { return title };
    let words = |s: &str| s.split_whitespace().count();
    let mut cut = title.get(..last_at).unwrap_or("").trim();
    if words(cut) < 3 {
        cut = title.get(first_at + first_len..).unwrap_or("").trim();
    }
    let hierarchical = HIERARCHY.iter().any(|s| title.contains(s));
    if words(cut) <= 4 && !hierarchical {
        return title;
    }
    cut.to_string()
}

/// `title` without a last segment naming `outlet` (letters and digits compared, so "TheHill"
/// is "The Hill"); the title as it is when that would leave nothing.
fn without_outlet(title: &str, outlet: &str) -> String {
    let key = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect::<String>();
    let want = key(outlet);
    let cut = SEPARATORS
        .iter()
        .filter_map(|sep| title.rsplit_once(sep))
        .filter(|(head, tail)| !want.is_empty() && key(tail) == want && !head.trim().is_empty())
        .map(|(head, _)| head.trim())
        .max_by_key(|head| head.len());
    cut.unwrap_or(title).to_string()
}

/// A date in a page's address, as sites file their stories: `/2024/05/02/`, `/2024-05-02-`,
/// `/20240502/`; a year and month alone say too little.
pub(super) fn date_in_url(url: &str) -> Option<Date> {
    let path = url.split(['?', '#']).next()?;
    let path = path.split_once("://").map_or(path, |(_, rest)| rest);
    let parts: Vec<&str> = path.split('/').skip(1).collect();
    let num = |s: &str, len: usize| (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten();
    let ymd = |y: u32, m: u32, d: u32| {
        if !(1990..=2100).contains(&y) {
            return None;
        }
        Date::ymd(i32::try_from(y).ok()?, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
    };
    for w in parts.windows(3) {
        if let (Some(y), Some(m), Some(d)) = (num(w[0], 4), num(w[1], 2).or(num(w[1], 1)), num(w[2], 2).or(num(w[2], 1))) {
            if let Some(date) = ymd(y, m, d) {
                return Some(date);
            }
        }
    }
    for part in &parts {
        for piece in part.split(['-', '_', '.']).collect::<Vec<_>>().windows(3) {
            if let (Some(y), Some(m), Some(d)) = (num(piece[0], 4), num(piece[1], 2), num(piece[2], 2)) {
                if let Some(date) = ymd(y, m, d) {
                    return Some(date);
                }
            }
        }
        if let Some(n) = num(part, 8) {
            if let Some(date) = ymd(n / 10_000, n / 100 % 100, n % 100) {
                return Some(date);
            }
        }
    }
    None
}

/// The article fields of a JSON-LD block (an object, an array, or an `@graph`).
pub(super) fn from_json_ld(text: &str) -> Option<Meta> {
    let value: Value = serde_json::from_str(text.trim()).ok()?;
    let mut stack = vec![&value];
    let mut best: Option<(usize, Meta)> = None;
    let mut site: Option<String> = None;
    let mut steps = 0usize;
    while let Some(v) = stack.pop() {
        steps += 1;
        if steps > 10_000 {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if let Some(graph) = map.get("@graph") {
                    stack.push(graph);
                }
                let types = type_names(map.get("@type"));
                if let Some(rank) = types.iter().filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t)).min() {
                    let meta = Meta {
                        outlet: map.get("publisher").and_then(name_of),
                        title: map.get("headline").or_else(|| map.get("name")).and_then(Value::as_str).map(clean),
                        author: map.get("author").and_then(name_of),
                        published: map
                            .get("datePublished")
                            .or_else(|| map.get("dateCreated"))
                            .and_then(Value::as_str)
                            .and_then(date_in),
                        month_day: None,
                    };
                    if best.as_ref().is_none_or(|(r, _)| rank < *r) {
                        best = Some((rank, meta));
                    }
                } else if types.iter().any(|t| t == "WebSite" || t == "NewsMediaOrganization") {
                    site = site.or_else(|| map.get("name").and_then(Value::as_str).map(clean));
                }
            }
            _ => {}
        }
    }
    let mut meta = best.map(|(_, m)| m).unwrap_or_default();
    meta.outlet = meta.outlet.or(site);
    (meta.outlet.is_some() || meta.title.is_some() || meta.published.is_some() || meta.author.is_some()).then_some(meta)
}

fn type_names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(str::to_string).collect(),
        _ => Vec::new(),
    }
}

/// A person's or organisation's name: a string, `{name}`, or the names of a list joined.
fn name_of(v: &Value) -> Option<String> {
    let names: Vec<String> = match v {
        Value::String(s) if !s.starts_with("http") => vec![clean(s)],
        Value::Object(m) => m.get("name").and_then(Value::as_str).map(clean).into_iter().collect(),
        Value::Array(a) => a
            .iter()
            .filter_map(|x| match x {
                Value::String(s) if !s.starts_with("http") => Some(clean(s)),
                Value::Object(m) => m.get("name").and_then(Value::as_str).map(clean),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let names: Vec<String> = names.into_iter().filter(|n| !n.is_empty()).collect();
    (!names.is_empty()).then(|| names.join(", "))
}

fn clean(s: &str) -> String {
    super::page::collapse(s)
}

/// "By Jane Doe" -> "Jane Doe".
pub(super) fn strip_by(s: &str) -> String {
    let t = s.trim();
    let lower = t.to_lowercase();
    let rest = if lower.starts_with("by ") { t.get(3..).unwrap_or(t) } else { t };
    clean(rest)
}

/// True when a line is a dateline: a date with little else (a time, a weekday, "Published",
/// "Updated", a place).
pub(super) fn is_dateline(line: &str) -> bool {
    if date_in(line).is_none() {
        return false;
    }
    let words = line.split_whitespace().count();
    words <= 8 && !line.trim_end().ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_date_formats_pages_print() {
        let want = Date::ymd(2025, 10, 15);
        for s in [
            "15 Oct 2025 21:50",
            "October 15, 2025",
            "15 OCT 2025 12:20",
            "2025-10-15T09:30:00+03:00",
            "Wednesday, 15 October 2025",
            "Published Oct. 15, 2025 at 9:00",
            "2025/10/15",
        ] {
            assert_eq!(date_in(s), want, "{s}");
        }
        assert_eq!(date_in("Call 555-1234 now"), None);
        assert_eq!(date_in("February 30, 2025"), None);
    }

    #[test]
    fn json_ld_news_article_gives_headline_date_author_and_publisher() {
        let ld = r#"{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
            {"@type":["NewsArticle"],"headline":"Ferry service resumes","datePublished":"2024-05-02T08:00:00Z",
             "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Berg"}],
             "publisher":{"@type":"Organization","name":"Harbour Times"}}]}"#;
        let m = from_json_ld(ld).unwrap();
        assert_eq!(m.title.as_deref(), Some("Ferry service resumes"));
        assert_eq!(m.outlet.as_deref(), Some("Harbour Times"));
        assert_eq!(m.author.as_deref(), Some("Ana Ruiz, Tom Berg"));
        assert_eq!(m.published, Date::ymd(2024, 5, 2));
    }
}
