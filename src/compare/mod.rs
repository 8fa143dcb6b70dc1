//! Compare: claims x outlets -> agreement rows, one cell per document with its stance.

use crate::body::Document;
use crate::claims::{Claim, ClaimKind};
use crate::entities::Entity;
use crate::span::Quote;
use serde::Serialize;

/// Where an outlet stands on a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Asserts,
    Differs,
    Contradicts,
    Silent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub stance: Stance,
    pub quote: Option<Quote>,
    pub value: Option<String>,
}

impl Cell {
    pub const SILENT: Cell = Cell { stance: Stance::Silent, quote: None, value: None };
}

/// One row of the agreement table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// What the claim says, in the words of its first reporting outlet.
    pub claim: String,
    pub kind: ClaimKind,
    /// One cell per document, in input order.
    pub cells: Vec<Cell>,
}

/// Aligns the claims of all documents into rows.
pub fn align(_docs: &[Document], _claims: &[Vec<Claim>], _entities: &[Entity]) -> Vec<Row> {
    Vec::new()
}
