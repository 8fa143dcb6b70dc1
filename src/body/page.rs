//! An HTML page as a flat list of nodes in document order, built from the html5ever parse.
//!
//! The parser's tree is walked once with an explicit stack (never recursion, so a page nested
//! 100,000 deep cannot overflow the stack) into a vector where every node's id is its position in
//! document order and every parent comes before its children. Later passes then run as plain
//! loops: forwards for what flows down (inside a link, inside boilerplate), backwards for what
//! adds up (text length, link text). Scripts, styles, comments, templates and hidden elements are
//! dropped here, so they can never reach the text; JSON-LD scripts are kept aside for metadata.

use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

/// One node of the flattened page.
#[derive(Debug, Clone)]
pub(super) struct Node {
    pub parent: Option<usize>,
    pub kind: NodeKind,
}

#[derive(Debug, Clone)]
pub(super) enum NodeKind {
    Element { tag: String, attrs: Vec<(String, String)> },
    Text(String),
}

/// The page: nodes in document order, the JSON-LD blocks, and whether nesting was flattened.
#[derive(Debug, Default)]
pub(super) struct Page {
    pub nodes: Vec<Node>,
    pub json_ld: Vec<String>,
    pub too_deep: bool,
    /// One past the last descendant of each node (descendants are contiguous in document order).
    pub ends: Vec<usize>,
}

impl Page {
    pub(super) fn tag(&self, id: usize) -> Option<&str> {
        match &self.nodes.get(id)?.kind {
            NodeKind::Element { tag, .. } => Some(tag),
            NodeKind::Text(_) => None,
        }
    }

    pub(super) fn attr(&self, id: usize, name: &str) -> Option<&str> {
        match &self.nodes.get(id)?.kind {
            NodeKind::Element { attrs, .. } => {
                attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
            }
            NodeKind::Text(_) => None,
        }
    }

    pub(super) fn parent(&self, id: usize) -> Option<usize> {
        self.nodes.get(id)?.parent
    }

    /// The text under an element, whitespace collapsed (a loop over the following ids).
    pub(super) fn text_of(&self, id: usize) -> String {
        let mut out = String::new();
        let end = self.subtree_end(id);
        for node in self.nodes.get(id..end).unwrap_or_default() {
            if let NodeKind::Text(t) = &node.kind {
                out.push_str(t);
            }
        }
        collapse(&out)
    }

    /// One past the last descendant of `id`.
    pub(super) fn subtree_end(&self, id: usize) -> usize {
        self.ends.get(id).copied().unwrap_or(id + 1)
    }
}

/// Tags whose content is never text of the page.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "select", "option", "textarea", "button", "input", "audio", "video", "source", "picture", "map",
];

/// Parses `html` and flattens it; elements deeper than `max_depth` are merged into their ancestor.
pub(super) fn parse(html: &str, max_depth: usize) -> Page {
    let flattened = flatten_deep(html, max_depth);
    let mut page = Page { too_deep: flattened.is_some(), ..Page::default() };
    let html = flattened.as_deref().unwrap_or(html);
    let dom: RcDom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    // (handle, parent id in the page, depth)
    let mut stack: Vec<(Handle, Option<usize>, usize)> = vec![(dom.document.clone(), None, 0)];
    while let Some((handle, parent, depth)) = stack.pop() {
        let mut own = parent;
        match &handle.data {
            NodeData::Document => {}
            NodeData::Text { contents } => {
                let text = contents.borrow().to_string();
                page.nodes.push(Node { parent, kind: NodeKind::Text(text) });
                continue;
            }
            NodeData::Element { name, attrs, .. } => {
                let tag = name.local.to_string();
                let attrs: Vec<(String, String)> =
                    attrs.borrow().iter().map(|a| (a.name.local.to_string(), a.value.to_string())).collect();
                if tag == "script" {
                    let json = attrs.iter().any(|(k, v)| k == "type" && v.to_ascii_lowercase().contains("ld+json"));
                    if json {
                        let mut text = String::new();
                        for child in handle.children.borrow().iter() {
                            if let NodeData::Text { contents } = &child.data {
                                text.push_str(&contents.borrow());
                            }
                        }
                        page.json_ld.push(text);
                    }
                    continue;
                }
                if SKIPPED.contains(&tag.as_str()) || is_hidden(&attrs) {
                    continue;
                }
                if depth < max_depth {
                    page.nodes.push(Node { parent, kind: NodeKind::Element { tag, attrs } });
                    own = Some(page.nodes.len() - 1);
                } else {
                    page.too_deep = true;
                }
            }
            _ => continue,
        }
        let children = handle.children.borrow();
        for child in children.iter().rev() {
            stack.push((child.clone(), own, depth + 1));
        }
    }
    let mut ends: Vec<usize> = (1..=page.nodes.len()).collect();
    for id in (0..page.nodes.len()).rev() {
        if let (Some(p), Some(&end)) = (page.parent(id), ends.get(id)) {
            if let Some(pe) = ends.get_mut(p) {
                *pe = (*pe).max(end);
            }
        }
    }
    page.ends = ends;
    page
}

fn is_hidden(attrs: &[(String, String)]) -> bool {
    attrs.iter().any(|(k, v)| match k.as_str() {
        "hidden" => true,
        "style" => {
            let s: String = v.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        }
        _ => false,
    })
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
];
const RAW_TEXT: &[&str] =
    &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];
/// Elements whose start tag closes an open one of the same name (an approximation of the
/// parser's implied end tags, enough to count depth).
const SELF_CLOSING_SIBLINGS: &[&str] = &["p", "li", "dt", "dd", "option", "tr", "td", "th"];

/// The parser keeps every open element on a stack and scans it for each new tag, so a page
/// nested tens of thousands deep would take minutes. A linear pre-pass counts nesting the way
/// the parser roughly will and, only when it passes `max_depth`, removes the tags below that
/// depth (their text stays, flattened into the deepest kept element). `None`: nothing to do.
fn flatten_deep(html: &str, max_depth: usize) -> Option<String> {
    let b = html.as_bytes();
    let mut stack: Vec<String> = Vec::new();
    let mut dropped: Vec<(String, usize)> = Vec::new(); // tag name, how many opens were dropped
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(off) = b.get(i..).and_then(|r| r.iter().position(|&c| c == b'<')) {
        let at = i + off;
        let rest = b.get(at..).unwrap_or_default();
        if rest.starts_with(b"<!--") {
            i = find_from(b, at + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = at + 1 + usize::from(closing);
        let name: String = b
            .get(name_start..)
            .unwrap_or_default()
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-')
            .map(|c| char::from(c.to_ascii_lowercase()))
            .collect();
        let end = tag_end(b, name_start + name.len());
        if name.is_empty() || !b.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
            i = if rest.get(1).is_some_and(|c| *c == b'!' || *c == b'?') { end } else { at + 1 };
            continue;
        }
        if closing {
            if let Some(d) = dropped.iter_mut().rev().find(|(n, c)| *n == name && *c > 0) {
                d.1 -= 1;
                cuts.push((at, end));
            } else if let Some(pos) = stack.iter().rev().take(16).position(|n| *n == name) {
                stack.truncate(stack.len() - pos - 1);
            }
            i = end;
            continue;
        }
        let self_closed = b.get(..end).is_some_and(|t| t.ends_with(b"/>"));
        if VOID.contains(&name.as_str()) || self_closed {
            i = end;
            continue;
        }
        if SELF_CLOSING_SIBLINGS.contains(&name.as_str()) && stack.last() == Some(&name) {
            stack.pop();
        }
        if stack.len() >= max_depth {
            cuts.push((at, end));
            match dropped.iter_mut().rev().find(|(n, _)| *n == name) {
                Some(d) => d.1 += 1,
                None => dropped.push((name.clone(), 1)),
            }
        } else {
            stack.push(name.clone());
        }
        i = end;
        if RAW_TEXT.contains(&name.as_str()) {
            let close = format!("</{name}");
            i = find_from_ci(b, end, close.as_bytes()).unwrap_or(b.len());
        }
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (start, end) in cuts {
        out.push_str(html.get(from..start).unwrap_or_default());
        from = end;
    }
    out.push_str(html.get(from..).unwrap_or_default());
    Some(out)
}

/// One past the `>` that ends a tag whose name ends at `from`, skipping quoted attribute values.
fn tag_end(b: &[u8], from: usize) -> usize {
    let mut quote = None;
    let mut i = from;
    while let Some(&c) = b.get(i) {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return i + 1,
            None => {}
        }
        i += 1;
    }
    b.len()
}

fn find_from(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

fn find_from_ci(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle)).map(|p| p + from)
}

/// Collapses runs of white space into single spaces and trims.
pub(super) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
