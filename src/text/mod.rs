//! Text: a document's body -> sentences and tokens, with byte spans into the body.
//!
//! Takes a `Document` (its `body` and kept `blocks`) and hands on `Text`: every sentence with its
//! block and token range, and every token (word, number, punctuation) with its byte span. This is
//! the one place text is split; entities, dates and claims all walk these sentences and tokens, so
//! a quote cut from a sentence span is always verbatim. Sentence ends are periods, question and
//! exclamation marks followed by a capital, digit or opening quote, except after abbreviations
//! ("U.S.", "Dr.", "Oct.", initials) and inside a quotation that closes later in the same block.
//! Rules rather than a trained model: small in wasm, fast, and right on news prose; what it gives
//! up is the rare sentence that starts in lower case after a period.
//!
//! Beside the splitting, `text` is the word layer the later stages share:
//! - `fold`: the one comparison form of a word (case, accents, quotes, dashes)
//! - `lexicon`: the shared word lists (months, weekdays, stop words, speech verbs, titles,
//!   hedges, tense words, timeline label words; data files in `src/text/data/`) and `List`, the one type word lists are kept in
//! - `words`: the forms outlets are compared by: the light stem of a topic word, the consonant
//!   outline (name skeleton) of a name across spellings, edit distance
//! - `wordset`: the hash sets and maps those lists are kept in

mod fold;
pub(crate) mod lexicon;
mod split;
pub(crate) mod words;
pub(crate) mod wordset;

pub(crate) use fold::{fold, fold_char, Folded};
pub(crate) use split::tokenize;

use crate::body::{BlockRole, Document};
use crate::span::ByteSpan;
use std::ops::Range;

/// The kind of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner hyphens, apostrophes and abbreviation dots ("al-Sharaa", "U.S.").
    Word,
    /// Digits, with inner separators and an ordinal suffix ("2.5", "100,000", "15th").
    Number,
    /// Any other single character that is not white space.
    Punct,
}

/// One token of a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where the token sits in the body.
    pub span: ByteSpan,
    /// Word, number or punctuation.
    pub kind: TokenKind,
}

/// One sentence of a body, within one block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Where the sentence sits in the body.
    pub span: ByteSpan,
    /// Index into `Document::blocks`.
    pub block: usize,
    /// The block's role (claims come only from paragraphs and list items).
    pub role: BlockRole,
    /// Range into `Text::tokens`.
    pub tokens: Range<usize>,
}

/// Sentences and tokens of one document's body.
#[derive(Debug, Clone, Default)]
pub struct Text {
    /// The sentences, in body order.
    pub sentences: Vec<Sentence>,
    /// Every token of every sentence, in body order.
    pub tokens: Vec<Token>,
}

impl Text {
    /// The tokens of one sentence.
    pub fn tokens_of(&self, sentence: &Sentence) -> &[Token] {
        self.tokens.get(sentence.tokens.clone()).unwrap_or(&[])
    }

    /// The sentence that holds byte `offset` of the body.
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        (i < self.sentences.len() && self.sentences[i].span.start <= offset).then_some(i)
    }

    /// The index of the first token starting at or after `offset`.
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < offset)
    }
}

/// Splits a document's kept blocks into sentences and tokens.
pub fn analyse(doc: &Document, max_sentence_bytes: usize) -> Text {
    let mut text = Text::default();
    for (b, block) in doc.blocks.iter().enumerate() {
        let block_text = doc.block_text(block);
        for span in split::sentences(block_text, max_sentence_bytes) {
            let span = ByteSpan::new(block.span.start + span.start, block.span.start + span.end);
            let first = text.tokens.len();
            tokenize(span.slice(&doc.body), span.start, &mut text.tokens);
            text.sentences.push(Sentence {
                span,
                block: b,
                role: block.role,
                tokens: first..text.tokens.len(),
            });
        }
    }
    text
}

#[cfg(test)]
mod tests;
