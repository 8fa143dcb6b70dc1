//! The shape of a name, for comparing spellings: its core words (particles such as "al-" or
//! "bin" set aside), the transliteration-tolerant skeleton of each (`text::words::skeleton`, the
//! one name skeleton every stage compares spellings by), and the grouping of one document's
//! mentions into referents (a surname alone joins the full name used nearby).

use super::gazetteer as gz;
use super::lexicon::{self as lx, has};
use super::EntityKind;
use crate::span::ByteSpan;
pub(super) use crate::text::words::skeleton;

/// A name split into its core words (folded, particles dropped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Name {
    pub core: Vec<String>,
    /// How many particles the name carries ("al-", "bin", "Abu").
    pub particles: usize,
}

/// A particle prefixed with a hyphen or apostrophe, and the rest of the word ("al-Sharaa" ->
/// ("al", "Sharaa")).
pub(super) fn prefix_particle(w: &str) -> Option<(&str, &str)> {
    // Most words hold no hyphen or apostrophe at all (the curly ones start with byte 0xE2).
    if !w.bytes().any(|b| matches!(b, b'-' | b'\'' | 0xE2)) {
        return None;
    }
    let cut = w.find(['-', '\'', '’', '\u{2010}', '\u{2011}'])?;
    let (head, rest) = w.split_at(cut);
    let rest = rest.get(rest.chars().next().map_or(0, char::len_utf8)..)?;
    (has(&lx::PREFIX_PARTICLES, &head.to_lowercase()) && !rest.is_empty()).then_some((head, rest))
}

impl Name {
    pub(super) fn parse(s: &str) -> Name {
        let mut core = Vec::new();
        let mut particles = 0;
        let words: Vec<&str> = s.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let k = gz::key(w);
            // A standalone particle ("bin", "Al Shara"), unless it is the whole name.
            if words.len() > 1 && i + 1 < words.len() && has(&lx::NAME_PARTICLES, &k) {
                particles += 1;
                continue;
            }
            match prefix_particle(w) {
                Some((_, rest)) => {
                    particles += 1;
                    core.push(gz::key(rest));
                }
                None => core.push(k),
            }
        }
        Name { core, particles }
    }

    /// The skeleton of every core word, joined by spaces.
    pub(super) fn skeleton(&self) -> String {
        self.core.iter().map(|w| skeleton(w)).collect::<Vec<_>>().join(" ")
    }
}

/// The initials of an organization's capitalised words ("Office of Foreign Assets Control" ->
/// "ofac").
pub(super) fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}'))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_lowercase)
        .collect()
}

/// What `cluster_document` compares of one distinct surface form (a text with a type), computed
/// once however often the form recurs.
struct Form<'a> {
    text: &'a str,
    kind: EntityKind,
    key: String,
    name: Name,
    /// The skeleton of each core word.
    skeletons: Vec<String>,
    is_place: bool,
    country: Option<&'static str>,
    known_place: bool,
    acronym: bool,
    words: usize,
    initials: String,
    /// Whether a word after its first is the head word of an organization or a place ("Andy
    /// Warhol Foundation for the Visual Arts").
    headed: bool,
    /// Byte starts of its mentions, ascending.
    starts: Vec<usize>,
}

impl Form<'_> {
    fn new(text: &str, kind: EntityKind) -> Form<'_> {
        let name = Name::parse(text);
        let skeletons = name.core.iter().map(|w| skeleton(w)).collect();
        let country = gz::country(text);
        let is_place = gz::is_place(text);
        Form {
            text,
            kind,
            key: gz::key(text),
            skeletons,
            is_place,
            country,
            known_place: country.is_some() || is_place,
            acronym: is_acronym(text),
            words: text.split_whitespace().count(),
            initials: initials(text),
            headed: text.split_whitespace().skip(1).any(|w| {
                let k = gz::key(w);
                has(&lx::ORG_HEADS, &k) || has(&lx::PLACE_HEADS, &k)
            }),
            name,
            starts: Vec::new(),
        }
    }

    /// Whether the last core words of `self` are those of `short`, spelling variants allowed.
    fn ends_with(&self, short: &Form) -> bool {
        let (a, b) = (&self.name.core, &short.name.core);
        a.len() >= b.len()
            && a.iter().rev().zip(b.iter().rev()).zip(self.skeletons.iter().rev().zip(short.skeletons.iter().rev())).all(
                |((wa, wb), (sa, sb))| wa == wb || sa == sb,
            )
    }

    /// Whether the first core words of `self` are those of `short`, spelling variants allowed.
    fn starts_with(&self, short: &Form) -> bool {
        let (a, b) = (&self.name.core, &short.name.core);
        a.len() >= b.len()
            && a.iter().zip(b).zip(self.skeletons.iter().zip(&short.skeletons)).all(|((wa, wb), (sa, sb))| wa == wb || sa == sb)
    }
}

/// How a shorter or variant form `i` joins the form `j`: `None` when it does not, else whether it
/// joins as a first name alone (which ranks after every other way).
fn joins(i: &Form, j: &Form) -> Option<bool> {
    let variant = i.name.core.len() == j.name.core.len()
        && !i.name.core.is_empty()
        && i.skeletons == j.skeletons
        && i.kind == j.kind
        && !(i.is_place && j.is_place);
    let shorter = j.kind == EntityKind::Person
        && !(i.kind == EntityKind::Place && i.known_place)
        && !i.name.core.is_empty()
        && i.name.core.len() < j.name.core.len();
    let surname = shorter && j.ends_with(i);
    // A first name alone ("Elian" after "Elian Gonzalez"), or given names ("Himanta Biswa"),
    // when no one's surname; not a person's name opening that of a body or place named after
    // them ("Andy Warhol" of "Andy Warhol Foundation").
    let given = shorter && !surname && j.starts_with(i) && (i.name.core.len() == 1 || !j.headed);
    // A company's first word alone after its full name ("Meta" of "Meta Platforms"), when no
    // common word ("Emergency" of "Emergency Management System" is a word); not of a body named
    // after a place ("Meta Ireland" is a subsidiary) or with a head word of its own
    // ("Fordyce Police Department" is not Fordyce).
    let org_short = i.kind == EntityKind::Organization
        && j.kind == EntityKind::Organization
        && i.name.core.len() == 1
        && j.name.core.len() >= 2
        && !i.acronym
        && !i.known_place
        && !gz::is_common_word(i.text)
        && !j.headed
        && !j.text.split_whitespace().skip(1).any(|w| gz::country(w).is_some() || gz::is_place(w))
        && j.starts_with(i);
    // A middle name alone, when it is no one's surname here ("Kibet" after "Daniel Kibet
    // Mateiko"): outlets name some people by it.
    let middle = shorter
        && !surname
        && i.name.core.len() == 1
        && j.name.core.len() >= 3
        && i.skeletons.first().is_some_and(|s| j.skeletons.iter().skip(1).take(j.skeletons.len() - 2).any(|m| m == s));
    let given = given || org_short || middle;
    let joined = variant
        || surname
        || given
        // (A country's acronym stands for the country: "US" is no "University of Sheffield".)
        || (j.kind == EntityKind::Organization && i.acronym && i.country.is_none() && j.words >= 2 && j.initials == i.key)
        || (i.country.is_some() && i.country == j.country && j.text.len() > i.text.len());
    joined.then_some(given)
}

/// Groups one document's mentions into referents; returns a group id per mention (the index of
/// the group's first mention). Same name -> same group; a shorter name whose core words end a
/// longer person's name joins the nearest such person before it (else after it); an acronym
/// joins the organization it abbreviates; a country's short and long names join.
///
/// Work is per distinct form, not per mention: a long article that repeats its names costs
/// little more than a short one.
#[cfg(test)]
pub(super) fn cluster_document(body: &str, mentions: &[(ByteSpan, EntityKind)]) -> Vec<usize> {
    cluster_document_with(body, mentions, |_| false)
}

/// `cluster_document`, where `place(key)` tells the names the whole drop takes for places: such a
/// name alone is no one's surname ("Derna" beside "teacher Mohammed Derna").
pub(super) fn cluster_document_with(body: &str, mentions: &[(ByteSpan, EntityKind)], place: impl Fn(&str) -> bool) -> Vec<usize> {
    use std::collections::HashMap;
    // Distinct forms (text and type), in order of first mention; distinct keys likewise.
    let mut forms: Vec<Form> = Vec::new();
    let mut form_index: HashMap<(&str, EntityKind), usize> = HashMap::new();
    let mut form_of: Vec<usize> = Vec::with_capacity(mentions.len());
    for &(span, kind) in mentions {
        let text = span.slice(body);
        let f = *form_index.entry((text, kind)).or_insert_with(|| {
            let mut form = Form::new(text, kind);
            if kind == EntityKind::Place && place(&form.key) {
                form.known_place = true;
            }
            forms.push(form);
            forms.len() - 1
        });
        if let Some(form) = forms.get_mut(f) {
            form.starts.push(span.start);
        }
        form_of.push(f);
    }
    for f in &mut forms {
        f.starts.sort_unstable();
    }
    // Each key's group: the index of the first mention with that key.
    let mut key_index: HashMap<&str, usize> = HashMap::new();
    let mut key_of_form: Vec<usize> = Vec::with_capacity(forms.len());
    let mut leaders: Vec<usize> = Vec::new(); // first mention of each key
    for (m, &f) in form_of.iter().enumerate() {
        let Some(form) = forms.get(f) else { continue };
        if key_of_form.len() <= f {
            let next = key_index.len();
            let k = *key_index.entry(form.key.as_str()).or_insert(next);
            if k == next {
                leaders.push(m);
            }
            key_of_form.push(k);
        }
    }
    // Short forms that the document introduces: "the International Federation of ... (IFRC)".
    let key_of = |m: usize| form_of.get(m).and_then(|&f| key_of_form.get(f)).copied();
    let mut introduced: HashMap<usize, usize> = HashMap::new();
    for m in 1..mentions.len() {
        let (Some(&(prev, _)), Some(&(span, _))) = (mentions.get(m - 1), mentions.get(m)) else { continue };
        let short = form_of.get(m).and_then(|&f| forms.get(f));
        let long = form_of.get(m - 1).and_then(|&f| forms.get(f));
        let (Some(short), Some(long)) = (short, long) else { continue };
        let between = body.get(prev.end..span.start).unwrap_or("").trim();
        if short.acronym && long.words >= 2 && !long.acronym && between == "(" {
            if let (Some(ks), Some(kl)) = (key_of(m), key_of(m - 1)) {
                introduced.entry(ks).or_insert(kl);
            }
        }
    }
    // group[k]: the mention index heading key k's group.
    let mut group: Vec<usize> = leaders.clone();
    for (k, &leader) in leaders.iter().enumerate() {
        if group.get(k) != Some(&leader) {
            continue;
        }
        let (Some(&fi), Some(&(span_i, _))) = (form_of.get(leader), mentions.get(leader)) else { continue };
        let Some(form_i) = forms.get(fi) else { continue };
        let mut best: Option<(usize, usize)> = None; // (distance rank, key of the target)
        for (fj, form_j) in forms.iter().enumerate() {
            let Some(&kj) = key_of_form.get(fj) else { continue };
            if kj == k {
                continue;
            }
            let Some(given) = joins(form_i, form_j) else { continue };
            // Nearest before, else nearest after; a surname before a first name.
            let at = form_j.starts.partition_point(|&s| s < span_i.start);
            let before = at.checked_sub(1).and_then(|p| form_j.starts.get(p)).map(|&s| span_i.start - s);
            let after = form_j.starts.get(at).map(|&s| usize::MAX / 4 + (s - span_i.start));
            let Some(rank) = before.or(after) else { continue };
            let rank = rank.saturating_add(if given { usize::MAX / 2 } else { 0 });
            if best.is_none_or(|(r, _)| rank < r) {
                best = Some((rank, kj));
            }
        }
        if let Some(&kj) = introduced.get(&k) {
            best = Some((0, kj));
        }
        if let Some((_, kj)) = best {
            let target = group.get(kj).copied().unwrap_or(leader);
            for g in group.iter_mut() {
                if *g == leader {
                    *g = target;
                }
            }
        }
    }
    // Resolve chains (a short form joined to a name that itself joined another).
    let key_of_mention = key_of;
    let resolved: Vec<usize> = (0..group.len())
        .map(|k| {
            let mut g = group.get(k).copied().unwrap_or(0);
            let mut steps = 0;
            while let Some(h) = key_of_mention(g).and_then(|kg| group.get(kg).copied()) {
                if h == g || steps >= group.len() {
                    break;
                }
                g = h;
                steps += 1;
            }
            g
        })
        .collect();
    (0..mentions.len()).map(|m| key_of_mention(m).and_then(|k| resolved.get(k).copied()).unwrap_or(m)).collect()
}

/// All letters upper case, at least two of them ("OFAC", "U.S.").
pub(super) fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
}
