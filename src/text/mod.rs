//! Text: a document's body -> sentences and tokens, with byte spans into the body.
//!
//! Takes a `Document` (its `body` and kept `blocks`) and hands on `Text`: every sentence with its
//! block and token range, and every token (word, number, punctuation) with its byte span and its
//! folded form, taken once here (`Text::fold`) for every later stage to compare by. This is
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
//!   hedges, tense words, timeline label words, the words after a clock figure, named times
//!   of day, seasons, number words, the kinds of day; data files in `src/text/data/`) and `List`, the one type word lists are kept in
//! - `words`: the forms outlets are compared by: the light stem of a topic word, the one name
//!   skeleton for spelling variants (`skeleton`: the entities stage merges spellings by it), the
//!   stricter consonant outline that a name word not found as an entity falls back to, edit
//!   distance
//! - `wordset`: the hash sets and maps those lists are kept in
//! - `quotes`: the spans inside quotation marks, found once per block (`Text::quotes_touching`)

mod fold;
mod quotes;
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
    /// Where its folded form sits in `Text::folds` (read it with `Text::fold`). Four and two
    /// bytes, so a token takes no more room than its span and kind did.
    fold_at: u32,
    fold_len: u16,
}

impl Token {
    /// A token of `kind` at `span`, its folded form not yet taken (`analyse` takes it).
    pub(crate) const fn new(span: ByteSpan, kind: TokenKind) -> Self {
        Token { span, kind, fold_at: 0, fold_len: 0 }
    }
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
    /// The folded form (`fold`) of every token, one after another: taken once, here, so that no
    /// later stage folds a token again.
    folds: String,
    /// The spans inside quotation marks (`quotes`), in body order, none across blocks.
    quotes: Vec<ByteSpan>,
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

    /// A token's folded form (`fold` of its text: lower case, accents off, straight quotes and
    /// dashes). Its lookup key (dots dropped too: "U.S." is "us") is `gazetteer`-style `with_key`
    /// of this, which copies nothing for a fold without dots.
    pub fn fold(&self, token: &Token) -> &str {
        let at = token.fold_at as usize;
        self.folds.get(at..at + usize::from(token.fold_len)).unwrap_or("")
    }

    /// The quotations that overlap `span` (a sentence's quote may open in an earlier sentence of
    /// its block), in body order.
    pub fn quotes_touching(&self, span: ByteSpan) -> &[ByteSpan] {
        // quotes are in order and do not overlap: those touching the span are a run
        let from = self.quotes.partition_point(|q| q.end <= span.start);
        let to = from + self.quotes.get(from..).map_or(0, |rest| rest.partition_point(|q| q.start < span.end));
        self.quotes.get(from..to).unwrap_or(&[])
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
        text.quotes.extend(quotes::quote_spans(&doc.body, block.span));
        for span in split::sentences(block_text, max_sentence_bytes) {
            let span = ByteSpan::new(block.span.start + span.start, block.span.start + span.end);
            let first = text.tokens.len();
            tokenize(span.slice(&doc.body), span.start, &mut text.tokens);
            for t in &mut text.tokens[first..] {
                take_fold(t, t.span.slice(&doc.body), &mut text.folds);
            }
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

/// Appends the folded form of `token` (whose text is `s`) to `folds` and records where it sits.
/// A fold longer than 65,535 bytes (no word is; a sentence is cut at `max_sentence_bytes`
/// before that) is kept to its first 65,535 bytes at a character boundary.
fn take_fold(token: &mut Token, s: &str, folds: &mut String) {
    let at = folds.len();
    fold::fold_into(s, folds);
    let mut end = folds.len().min(at + usize::from(u16::MAX));
    while !folds.is_char_boundary(end) {
        end -= 1;
    }
    folds.truncate(end);
    match u32::try_from(at) {
        Ok(a) => {
            token.fold_at = a;
            token.fold_len = u16::try_from(end - at).unwrap_or(u16::MAX);
        }
        // Past 4 GB of folds (beyond every limit of a drop): the token reads as empty.
        Err(_) => {
            folds.truncate(at);
            token.fold_len = 0;
        }
    }
}

#[cfg(test)]
mod tests;
