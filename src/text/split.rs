//! Sentence and token boundaries within one block.

use super::{Token, TokenKind};
use crate::span::ByteSpan;

/// Words that end in a period without ending the sentence (compared without the period, folded
/// to lower case). Title and place abbreviations and the common Latin ones; month abbreviations
/// come from the lexicon.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm",
    "cmdr", "gov", "sen", "rep", "st", "jr", "sr", "inc", "co", "corp", "ltd", "bros", "vs", "no",
    "nos", "mt", "ft", "rev", "hon", "pres", "e.g", "i.e", "cf", "approx", "dept", "est", "fig", "op",
    "vol", "ave", "blvd", "rd", "gens", "reps", "sens", "messrs", "supt", "atty", "assn", "univ",
    "sec", "mln", "bln", "pp", "ca",
];

/// Whether `word` (without its final period) is an abbreviation that does not end a sentence:
/// a listed one, a single letter (an initial), or a dotted acronym such as "U.S".
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.chars().count() == 1 && w.chars().all(char::is_alphabetic) {
        return true;
    }
    if w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2 && !p.is_empty()) {
        return true;
    }
    let lower = w.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str()) || super::lexicon::is_month_abbreviation(&lower)
}

fn is_open_quote(c: char) -> bool {
    matches!(c, '“' | '‘' | '«' | '„' | '"' | '\'' | '(' | '[')
}

fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '»' | '"' | '\'' | ')' | ']')
}

/// Sentence spans within `text` (a block), trimmed of surrounding white space.
pub(super) fn sentences(text: &str, max_bytes: usize) -> Vec<ByteSpan> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut start = 0usize;
    let mut i = 0usize;
    // Whether a double quotation is open at position i (straight quotes toggle).
    let mut in_quote = false;
    while i < chars.len() {
        let (pos, c) = chars[i];
        match c {
            '“' | '«' | '„' => in_quote = true,
            '”' | '»' => in_quote = false,
            '"' => in_quote = !in_quote,
            _ => {}
        }
        if matches!(c, '.' | '!' | '?' | '…') {
            // Run of terminal punctuation and closing quotes.
            let mut j = i + 1;
            while j < chars.len() && (matches!(chars[j].1, '.' | '!' | '?' | '…') || is_close_quote(chars[j].1)) {
                match chars[j].1 {
                    '”' | '»' => in_quote = false,
                    '"' => in_quote = !in_quote,
                    _ => {}
                }
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |&(p, _)| p);
            // Needs white space after, then a sentence-like start.
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let spaced = k > j || k == chars.len();
            let next = chars.get(k).map(|&(_, ch)| ch);
            let starts_sentence = match next {
                None => true,
                Some(n) => n.is_uppercase() || n.is_ascii_digit() || is_open_quote(n),
            };
            let abbreviation = c == '.' && j == i + 1 && {
                let word = word_before(text, pos);
                is_abbreviation(word) && !word.is_empty()
            };
            let quote_continues = in_quote && closes_later(&chars[k.min(chars.len())..]);
            if spaced && starts_sentence && !abbreviation && !quote_continues {
                push_trimmed(text, start, end, max_bytes, &mut out);
                start = end;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(text, start, text.len(), max_bytes, &mut out);
    out
}

/// The word that ends right before byte `pos` (letters, digits and inner dots).
fn word_before(text: &str, pos: usize) -> &str {
    let head = &text[..pos];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(p, c)| p + c.len_utf8());
    &head[start..]
}

/// Whether a closing double quote comes within the next few hundred characters.
fn closes_later(rest: &[(usize, char)]) -> bool {
    rest.iter().take(600).any(|&(_, c)| matches!(c, '”' | '»' | '"'))
}

fn push_trimmed(text: &str, start: usize, end: usize, max_bytes: usize, out: &mut Vec<ByteSpan>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    let (mut s, e) = (start + lead, end - trail);
    if s >= e {
        return;
    }
    // Over-long runs are cut at white space (or anywhere) so later stages stay bounded.
    while e - s > max_bytes.max(16) {
        let mut cut = s + max_bytes.max(16);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &text[s..cut];
        let at = window.rfind(char::is_whitespace).filter(|&p| p > 0).map_or(cut, |p| s + p);
        out.push(ByteSpan::new(s, at));
        s = at;
        while s < e && text[s..].starts_with(char::is_whitespace) {
            s += text[s..].chars().next().map_or(1, char::len_utf8);
        }
    }
    if s < e {
        out.push(ByteSpan::new(s, e));
    }
}

/// Appends the tokens of `text` (which starts at byte `base` of the body) to `out`.
pub(crate) fn tokenize(text: &str, base: usize, out: &mut Vec<Token>) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(p, _)| p);
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let kind = if c.is_alphabetic() {
            while j < chars.len() {
                let ch = chars[j].1;
                let next = chars.get(j + 1).map(|&(_, n)| n);
                let joins = ch.is_alphanumeric()
                    || (matches!(ch, '-' | '\u{2010}' | '\u{2011}') && next.is_some_and(char::is_alphanumeric))
                    || (matches!(ch, '\'' | '’') && next.is_some_and(char::is_alphabetic) && !possessive_at(&chars, j));
                if joins {
                    j += 1;
                } else if ch == '.'
                    && next.is_some_and(char::is_alphabetic)
                    && chars.get(j + 2).is_some_and(|&(_, n)| n == '.')
                    && j - i == 1
                {
                    // dotted acronyms: U.S., U.N.
                    j += 2;
                    while j < chars.len() && chars[j].1 == '.' {
                        j += 1;
                        if chars.get(j).is_some_and(|&(_, n)| n.is_alphabetic())
                            && chars.get(j + 1).is_some_and(|&(_, n)| n == '.')
                        {
                            j += 1;
                        } else {
                            break;
                        }
                    }
                    break;
                } else {
                    break;
                }
            }
            TokenKind::Word
        } else if c.is_ascii_digit() {
            while j < chars.len() {
                let ch = chars[j].1;
                let next_digit = chars.get(j + 1).is_some_and(|&(_, n)| n.is_ascii_digit());
                if ch.is_ascii_digit() || (matches!(ch, ',' | '.') && next_digit) {
                    j += 1;
                } else {
                    break;
                }
            }
            // ordinal suffix: 1st, 2nd, 3rd, 15th
            let rest: String = chars[j..].iter().take(3).map(|&(_, c)| c).collect();
            for suf in ["st", "nd", "rd", "th"] {
                if rest.to_ascii_lowercase().starts_with(suf)
                    && !rest.chars().nth(2).is_some_and(char::is_alphanumeric)
                {
                    j += 2;
                    break;
                }
            }
            TokenKind::Number
        } else {
            TokenKind::Punct
        };
        out.push(Token::new(ByteSpan::new(base + pos, base + end_of(j)), kind));
        i = j;
    }
}

/// An apostrophe at `j` that starts a possessive "'s" ending the word.
fn possessive_at(chars: &[(usize, char)], j: usize) -> bool {
    matches!(chars.get(j + 1), Some(&(_, 's' | 'S')))
        && !chars.get(j + 2).is_some_and(|&(_, n)| n.is_alphanumeric())
}
