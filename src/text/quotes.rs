//! Quotations: the spans of text inside quotation marks, found once per block so that every
//! later stage reads the same quotes (claims take a quote's words and speaker from them).
//!
//! Curly quotes open and close by their shape; straight quotes and single quotes open after a
//! space or an opening bracket or dash and close before a space or punctuation, so the
//! apostrophes of "don't" and "the Kurds' " open nothing. A quote left open at the block's end
//! is no quote: an excerpt cut inside a quotation gives nothing half-quoted.

use crate::span::ByteSpan;

/// The spans of text inside quotation marks in a block, in order.
pub(super) fn quote_spans(body: &str, block: ByteSpan) -> Vec<ByteSpan> {
    let text = block.slice(body);
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (idx, &(pos, c)) in chars.iter().enumerate() {
        let prev = if idx > 0 { chars.get(idx - 1).map(|p| p.1) } else { None };
        let next = chars.get(idx + 1).map(|p| p.1);
        let at_start = prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '-' | ':'));
        let at_end = next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation() || matches!(n, '”' | '’' | '—'));
        match open {
            None => {
                let opens = match c {
                    '“' | '«' | '„' => true,
                    '"' => at_start,
                    '‘' | '\'' => at_start,
                    _ => false,
                };
                if opens {
                    open = Some((pos + c.len_utf8(), c));
                }
            }
            Some((start, o)) => {
                let closes = match o {
                    '“' | '„' => matches!(c, '”' | '"' | '“'),
                    '«' => c == '»',
                    '"' => (c == '"' || c == '”') && at_end,
                    _ => matches!(c, '’' | '\'') && at_end && prev.is_some_and(|p| !p.is_alphanumeric() || next.is_none_or(|n| !n.is_alphanumeric())),
                };
                if closes {
                    let (mut s, mut e) = (start, pos);
                    let inner = &text[s..e];
                    s += inner.len() - inner.trim_start().len();
                    let inner = &text[s..e];
                    e -= inner.len() - inner.trim_end().len();
                    // trailing comma inside the quote marks is punctuation of the sentence
                    while e > s && text[..e].ends_with([',', ' ']) {
                        e -= 1;
                    }
                    if e > s {
                        out.push(ByteSpan::new(block.start + s, block.start + e));
                    }
                    open = None;
                }
            }
        }
    }
    out
}

