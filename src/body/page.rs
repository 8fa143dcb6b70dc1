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
pub struct Node {
    pub parent: Option<usize>,
    pub kind: NodeKind,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    Element { tag: String, attrs: Vec<(String, String)> },
    Text(String),
}

/// The page: nodes in document order, the JSON-LD blocks, and whether nesting was flattened.
#[derive(Debug, Default)]
pub struct Page {
    pub nodes: Vec<Node>,
    pub json_ld: Vec<String>,
    pub too_deep: bool,
    /// One past the last descendant of each node (descendants are contiguous in document order).
    pub ends: Vec<usize>,
}

impl Page {
    pub fn tag(&self, id: usize) -> Option<&str> {
        match &self.nodes.get(id)?.kind {
            NodeKind::Element { tag, .. } => Some(tag),
            NodeKind::Text(_) => None,
        }
    }

    pub fn attr(&self, id: usize, name: &str) -> Option<&str> {
        match &self.nodes.get(id)?.kind {
            NodeKind::Element { attrs, .. } => {
                attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
            }
            NodeKind::Text(_) => None,
        }
    }

    pub fn parent(&self, id: usize) -> Option<usize> {
        self.nodes.get(id)?.parent
    }

    /// The text under an element, whitespace collapsed (a loop over the following ids).
    pub fn text_of(&self, id: usize) -> String {
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
    pub fn subtree_end(&self, id: usize) -> usize {
        self.ends.get(id).copied().unwrap_or(id + 1)
    }
}

/// Tags whose content is never text of the page.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "select", "option", "textarea", "button", "input", "audio", "video", "source", "picture", "map",
];

/// Parses `html` and flattens it; elements deeper than `max_depth` are merged into their ancestor.
pub fn parse(html: &str, max_depth: usize) -> Page {
    let dom: RcDom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut page = Page::default();
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

/// Collapses runs of white space into single spaces and trims.
pub fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}
