//! The timeline.

use super::{DateMention, TimelineItem};
use crate::body::Document;
use crate::text::Text;

/// The timeline of dated events across documents, in date order.
pub fn timeline(
    _docs: &[Document],
    _texts: &[Text],
    _dates: &[Vec<DateMention>],
) -> Vec<TimelineItem> {
    Vec::new()
}
