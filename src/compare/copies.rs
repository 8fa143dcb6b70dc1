//! Wire copy: which documents share long runs of text, and how much of each.
//!
//! Takes every document's words (the text stage's tokens, folded) and hands on, per document,
//! the documents it shares text with and how many of its words lie in shared runs. Many
//! outlets reprint one agency's story; their agreeing cells are one source, not several.
//!
//! Runs are found by w-shingling (Broder, "On the resemblance and containment of documents",
//! 1997): every run of `SHINGLE` words is hashed, and an index from hash to documents finds the
//! runs two documents share, so the work follows the number of words, never pairs of
//! documents compared whole.

use crate::span::DocIndex;
use crate::text::{Text, TokenKind};
use std::collections::BTreeMap;

/// Words in a shingle. Eight words in the same order seldom repeat by chance in news prose
/// (the set phrases outlets share, "said in a statement on", are shorter), while a reprinted
/// paragraph shares dozens of them.
const SHINGLE: usize = 8;

/// Shared words below which two documents are not called copies of one text: two sentences'
/// worth (news sentences run about twenty words), more than a shared quotation usually holds.
const MIN_SHARED_WORDS: usize = 40;

/// A run shared by more documents than this is boilerplate of the drop (a site's footer), not
/// one agency's copy, and is not counted; it also bounds the work per run.
const MAX_SHARERS: usize = 64;

/// Text a document shares with another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SharedText {
    /// The other document.
    pub doc: DocIndex,
    /// How many of this document's words lie in runs shared with it.
    pub words: usize,
    /// How many words this document has.
    pub of: usize,
}

impl SharedText {
    /// The shared words as a share of this document's words (0 to 1).
    pub fn share(&self) -> f64 {
        self.words as f64 / self.of.max(1) as f64
    }
}

/// Share of a document's words at which it is a reprint of the other: most of it is the other's
/// text, so its agreement is the other's agreement.
pub const REPRINT_SHARE: f64 = 0.5;

/// The documents grouped into copies of one text (a reprint joins the group of what it
/// reprints): for each document, the first document of its group.
pub fn copy_groups(copies: &[Vec<SharedText>]) -> Vec<DocIndex> {
    let mut group: Vec<DocIndex> = (0..copies.len()).collect();
    fn root(group: &mut [DocIndex], mut d: DocIndex) -> DocIndex {
        while let Some(&p) = group.get(d) {
            if p == d {
                break;
            }
            d = p;
        }
        d
    }
    for (d, shared) in copies.iter().enumerate() {
        for s in shared.iter().filter(|s| s.share() >= REPRINT_SHARE) {
            let (a, b) = (root(&mut group, d), root(&mut group, s.doc));
            let (lo, hi) = (a.min(b), a.max(b));
            if let Some(g) = group.get_mut(hi) {
                *g = lo;
            }
        }
    }
    (0..copies.len()).map(|d| root(&mut group, d)).collect()
}

/// FNV-1a, 64 bits: a fixed hash, so the same drop always gives the same report.
fn hash(words: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for b in w.bytes().chain(std::iter::once(b' ')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// For each document, the documents it shares long runs of text with, by document.
pub fn find(texts: &[Text]) -> Vec<Vec<SharedText>> {
    // Each document's words (its tokens' folds, borrowed) are hashed into shingles one document
    // at a time, so only the hashes of the drop are held at once.
    let mut counts = Vec::with_capacity(texts.len());
    let shingles: Vec<Vec<u64>> = texts
        .iter()
        .map(|t| {
            let words: Vec<&str> = t.tokens.iter().filter(|k| k.kind != TokenKind::Punct).map(|k| t.fold(k)).collect();
            counts.push(words.len());
            words.windows(SHINGLE).map(hash).collect()
        })
        .collect();
    // shingle -> documents holding it (each once, in order)
    let mut index: BTreeMap<u64, Vec<DocIndex>> = BTreeMap::new();
    for (d, hs) in shingles.iter().enumerate() {
        for h in hs {
            let list = index.entry(*h).or_default();
            if list.last() != Some(&d) && list.len() <= MAX_SHARERS {
                list.push(d);
            }
        }
    }
    shingles
        .iter()
        .enumerate()
        .map(|(d, hs)| {
            // per partner: words covered so far, and where the last shared run ended
            let mut covered: BTreeMap<DocIndex, (usize, usize)> = BTreeMap::new();
            for (i, h) in hs.iter().enumerate() {
                let Some(list) = index.get(h).filter(|l| l.len() >= 2 && l.len() <= MAX_SHARERS) else { continue };
                for &other in list.iter().filter(|&&o| o != d) {
                    let (n, end) = covered.entry(other).or_insert((0, 0));
                    let from = i.max(*end);
                    *n += (i + SHINGLE).saturating_sub(from);
                    *end = i + SHINGLE;
                }
            }
            let total = counts.get(d).copied().unwrap_or(0).max(1);
            covered
                .into_iter()
                .filter(|(_, (n, _))| *n >= MIN_SHARED_WORDS)
                .map(|(doc, (n, _))| SharedText { doc, words: n, of: total })
                .collect()
        })
        .collect()
}
