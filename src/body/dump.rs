//! Plain-text and Markdown page dumps (placeholder).

use super::meta::Meta;
use super::{BlockRole, Removed};

pub struct Extracted {
    pub meta: Meta,
    pub kept: Vec<(String, BlockRole)>,
    pub removed: Vec<Removed>,
}

pub fn extract(text: &str, _markdown: bool) -> Extracted {
    let kept = text.split("\n\n").map(|p| (p.trim().to_string(), BlockRole::Paragraph)).collect();
    Extracted { meta: Meta::default(), kept, removed: Vec::new() }
}
