//! Merging mentions into entities: first the referents of each document (`names::cluster_document`),
//! then across documents by name, by transliteration skeleton, by surname, by initials however
//! written, or by a shorter form (a generic last word, a qualifier before the name, a head
//! written before "of"), each confirmed by type and, where a name is ambiguous, by the titles and
//! the other names around it.

use super::gazetteer as gz;
use super::names::{self, Name};
use super::{Entity, EntityKind, Mention};
use crate::body::Document;
use crate::span::{ByteSpan, DocIndex};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

/// One referent within one document, with what merging compares of it computed once.
#[derive(Debug, Clone)]
struct Local {
    doc: DocIndex,
    /// Surface forms in order of first use, with their counts.
    forms: Vec<(String, usize)>,
    spans: Vec<ByteSpan>,
    /// Mentions per type, in `KINDS` order.
    kinds: [usize; 4],
    /// The core words of its longest name.
    core: Vec<String>,
    /// Folded title words used with it ("president", "minister").
    titles: BTreeSet<String>,
    /// The folded longest names of every referent of its document (ids, sorted), shared by the
    /// document's referents; its own is `own`.
    names: Rc<Vec<u32>>,
    own: u32,
    facts: Facts,
    /// The type its longest name takes over the whole drop (the mentions of every document that
    /// uses that name): "Derna", a place in seven articles, is no one's surname in the eighth.
    drop_kind: EntityKind,
}

/// What `affinity` compares, derived from a referent's forms.
#[derive(Debug, Clone, Default)]
struct Facts {
    /// Keys of its forms, distinct.
    keys: Vec<String>,
    /// Each form with a core: (core length, skeleton, known to a gazetteer, key).
    outlines: Vec<(usize, String, bool, String)>,
    /// Skeletons of the first and last core words.
    first: Option<String>,
    last: Option<String>,
    countries: Vec<&'static str>,
    /// Keys of its forms written as acronyms ("ifrc"), and the initials of its forms of two
    /// capitalised words or more ("un" of "United Nations").
    acronyms: Vec<String>,
    initials: Vec<String>,
    /// The skeletons of its forms without a generic last word, tagged by type: "Kamchatka
    /// Peninsula" and "Kamchatka", "Fordyce Police Department" and "Fordyce Police".
    bases: Vec<String>,
    /// Shorter names it stands for, each with the qualifier dropped (`stripped`).
    stripped: Vec<(String, String)>,
    /// Keys of its one-word place names long enough for a slip of one letter to be a
    /// misspelling (`near_spelling`).
    near: Vec<String>,
}

/// Generic last words of places: "Kamchatka Peninsula" is Kamchatka ("City", "State" and "Island"
/// are left out: "Mexico City" is not Mexico, nor an island its province).
const PLACE_SUFFIXES: &[&str] = &[
    "peninsula", "oblast", "krai", "region", "province", "district", "county", "prefecture",
    "governorate", "ocean", "square",
];

/// Generic last words of organizations: "Bernama News Agency" is Bernama, "Fox News Digital" is
/// Fox News.
const ORG_SUFFIXES: &[&str] = &[
    "department", "agency", "news", "digital", "online", "inc", "corp", "corporation", "ltd", "llc",
    "plc", "co", "company", "group", "holdings", "gmbh",
];

/// Heads that a name writes either before "of" or after what they serve: the "Ministry of
/// Railways" is the "Railways Ministry", the "Department of Justice" the "Justice Department".
const SWAPPED_HEADS: &[&str] = &["ministry", "department", "office", "commission", "committee", "bureau", "agency"];

/// A word without a plural "s" ("railways" -> "railway"), for comparing heads and their objects.
fn singular(w: &str) -> &str {
    match w.strip_suffix('s') {
        Some(stem) if w.len() > 4 && !stem.ends_with('s') => stem,
        _ => w,
    }
}

/// The core words of an organization's name in one order: "the" dropped, a head written before
/// "of" put after its object ("ministry of railways" -> "railways ministry").
fn org_core(form: &str) -> Vec<String> {
    let mut core: Vec<String> = Name::parse(form).core.into_iter().filter(|w| w != "the").collect();
    if core.len() >= 3 && SWAPPED_HEADS.contains(&core[0].as_str()) && matches!(core[1].as_str(), "of" | "for") {
        let head = core.remove(0);
        core.remove(0);
        core.push(head);
    }
    core
}

/// The base of a name of type `kind`: its core words without generic last words, as a skeleton
/// tagged by type ("p kamsatka"); none for people, other names and countries.
fn base(form: &str, kind: EntityKind) -> Option<String> {
    let (tag, suffixes, core) = match kind {
        EntityKind::Place if gz::country(form).is_none() => ("p", PLACE_SUFFIXES, Name::parse(form).core),
        EntityKind::Organization => ("o", ORG_SUFFIXES, org_core(form)),
        _ => return None,
    };
    let mut core = core;
    while core.len() > 1 && core.last().is_some_and(|w| suffixes.contains(&w.as_str())) {
        core.pop();
    }
    (!core.is_empty()).then(|| tagged(tag, &core))
}

/// Core words as one skeleton tagged by type, plurals folded.
fn tagged(tag: &str, core: &[String]) -> String {
    format!("{tag} {}", core.iter().map(|w| names::skeleton(singular(w))).collect::<Vec<_>>().join(" "))
}

/// The shorter names a longer one stands for once a qualifier before them is dropped, each with
/// that qualifier: an organization after its country or place ("Serbian | Interior Ministry",
/// "Arkansas | State Police"), a train after the first place of its route ("Chandigarh- |
/// Dibrugarh Express"), an event after its sponsor ("Bank of America | Chicago Marathon"). They
/// join a name written so, never a name with another qualifier ("Russian Interior Ministry").
fn stripped(form: &str, kind: EntityKind) -> Vec<(String, String)> {
    let words: Vec<&str> = form.split_whitespace().collect();
    let mut out = Vec::new();
    match kind {
        EntityKind::Organization if words.len() >= 3 => {
            let first = words.first().copied().unwrap_or("");
            if gz::is_demonym(first) || gz::country(first).is_some() || gz::is_place(first) {
                if let Some(b) = base(&words[1..].join(" "), kind) {
                    out.push((b, gz::key(first)));
                }
            }
        }
        EntityKind::Other if words.len() >= 2 => {
            let last = gz::key(words.last().copied().unwrap_or(""));
            let first = words.first().copied().unwrap_or("");
            let parts: Vec<&str> = first.split(['-', '\u{2010}', '\u{2011}', '\u{2013}']).collect();
            if super::lexicon::has(&super::lexicon::TRAIN_HEADS, &last) && parts.len() == 2 {
                let rest: Vec<String> = words[1..].iter().map(|w| gz::key(w)).collect();
                for (part, other) in [(parts[1], parts[0]), (parts[0], parts[1])] {
                    let mut core = vec![gz::key(part)];
                    core.extend(rest.iter().cloned());
                    out.push((tagged("x", &core), gz::key(other)));
                }
            }
            if super::lexicon::has(&super::lexicon::EVENT_HEADS, &last) && words.len() >= 3 {
                // Every shorter tail of two words or more.
                for cut in 1..words.len() - 1 {
                    let core: Vec<String> = words[cut..].iter().map(|w| gz::key(w)).collect();
                    out.push((tagged("x", &core), gz::key(&words[..cut].join(" "))));
                }
            }
        }
        _ => {}
    }
    out
}

/// The bare form of an other name that `stripped` forms join ("x dibrugarh express").
fn other_base(form: &str, kind: EntityKind) -> Option<String> {
    (kind == EntityKind::Other).then(|| tagged("x", &Name::parse(form).core))
}

/// Core words with leading one-letter initials run together ("g s naveen" -> "gs naveen"), so
/// that initials written apart and together compare as one first word.
fn joined_initials(core: Vec<String>) -> Vec<String> {
    let n = core.iter().take_while(|w| w.chars().count() == 1).count();
    if n < 2 || n == core.len() {
        return core;
    }
    let mut out = vec![core[..n].concat()];
    out.extend(core.into_iter().skip(n));
    out
}

/// A person's name that opens with initials, as those letters run together and the next word
/// ("G.S. Naveen Kumar", "G S Naveen" and "GS Naveen" -> "gs naveen"): outlets write initials
/// with dots, spaces or neither.
fn initialled(form: &str) -> Option<String> {
    let words: Vec<&str> = form.split_whitespace().collect();
    let is_initials = |w: &str| {
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        (1..=3).contains(&letters) && w.chars().all(|c| c.is_uppercase() || c == '.')
    };
    let n = words.iter().take_while(|w| is_initials(w)).count();
    let next = words.get(n)?;
    let letters: String = words.get(..n)?.iter().flat_map(|w| w.chars().filter(|c| c.is_alphabetic())).collect();
    (n >= 1 && letters.chars().count() >= 2 && words.len() > n).then(|| format!("{} {}", gz::key(&letters), gz::key(next)))
}

/// The key of a name whose first word is a country's short form, with the country's name spelled
/// out ("U.S. Geological Survey" -> "united states geological survey").
fn spelled_out(form: &str) -> Option<String> {
    let (first, rest) = form.split_once(char::is_whitespace)?;
    let country = gz::country(first)?;
    (gz::key(country) != gz::key(first)).then(|| format!("{} {}", gz::key(country), gz::key(rest)))
}

impl Local {
    fn kind(&self) -> EntityKind {
        majority(&self.kinds)
    }

    fn longest_key(&self) -> String {
        self.forms
            .iter()
            .max_by_key(|(f, _)| (Name::parse(f).core.len(), f.len()))
            .map(|(f, _)| gz::key(f))
            .unwrap_or_default()
    }

    fn compute_facts(&mut self) {
        let mut keys: Vec<String> = self.forms.iter().map(|(f, _)| gz::key(f)).collect();
        keys.extend(self.forms.iter().filter_map(|(f, _)| spelled_out(f)));
        keys.sort();
        keys.dedup();
        let outlines = self
            .forms
            .iter()
            .filter_map(|(f, _)| {
                let n = Name::parse(f);
                let known = gz::country(f).is_some() || gz::is_place(f);
                (!n.core.is_empty()).then(|| (n.core.len(), n.skeleton(), known, gz::key(f)))
            })
            .collect();
        self.facts = Facts {
            keys,
            outlines,
            first: self.core.first().map(|w| names::skeleton(w)),
            last: self.core.last().map(|w| names::skeleton(w)),
            countries: self.forms.iter().filter_map(|(f, _)| gz::country(f)).collect(),
            // (A country's acronym stands for the country, not for a body it spells: "US".)
            acronyms: self
                .forms
                .iter()
                .filter(|(f, _)| super::names::is_acronym(f) && !f.contains(' ') && gz::country(f).is_none())
                .map(|(f, _)| gz::key(f))
                .collect(),
            initials: self
                .forms
                .iter()
                .map(|(f, _)| names::initials(f))
                .filter(|i| i.chars().count() >= 2)
                .collect(),
            bases: Vec::new(),
            stripped: Vec::new(),
            near: Vec::new(),
        };
        let kind = self.kind();
        if kind == EntityKind::Person {
            self.facts.initials.clear();
            self.facts.keys.extend(self.forms.iter().filter_map(|(f, _)| initialled(f)));
            self.facts.keys.sort();
            self.facts.keys.dedup();
        }
        self.facts.bases = self.forms.iter().filter_map(|(f, _)| base(f, kind).or_else(|| other_base(f, kind))).collect();
        self.facts.bases.sort();
        self.facts.bases.dedup();
        if kind == EntityKind::Place {
            self.facts.near = self
                .forms
                .iter()
                .map(|(f, _)| gz::key(f))
                .filter(|k| k.chars().count() >= NEAR_SPELLING_LEN && !k.contains(' '))
                .collect();
        }
        self.facts.stripped = self.forms.iter().flat_map(|(f, _)| stripped(f, kind)).collect();
        self.facts.stripped.sort();
        self.facts.stripped.dedup();
    }

    /// Names that appear with both referents (their own names aside).
    fn shared_context(&self, other: &Local) -> usize {
        let (a, b) = (self.names.as_slice(), other.names.as_slice());
        let (mut i, mut j, mut n) = (0, 0, 0);
        while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
            match x.cmp(y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        let in_a = |id: u32| a.binary_search(&id).is_ok();
        let in_b = |id: u32| b.binary_search(&id).is_ok();
        // Remove each side's own name from the shared ones (once, when both are one name).
        let own_a = in_a(self.own) && in_b(self.own);
        let own_b = in_a(other.own) && in_b(other.own);
        n - usize::from(own_a) - usize::from(own_b && other.own != self.own)
    }
}

const KINDS: [EntityKind; 4] = [EntityKind::Person, EntityKind::Place, EntityKind::Organization, EntityKind::Other];

fn kind_slot(k: EntityKind) -> usize {
    KINDS.iter().position(|&x| x == k).unwrap_or(3)
}

/// The type most mentions carry (ties go to the earlier of person, place, organization).
fn majority(kinds: &[usize; 4]) -> EntityKind {
    let mut best = 3;
    for (i, n) in kinds.iter().enumerate().rev() {
        if *n >= kinds.get(best).copied().unwrap_or(0) {
            best = i;
        }
    }
    KINDS.get(best).copied().unwrap_or(EntityKind::Other)
}

/// How many members of an entity its context evidence is read from: enough for any ordinary
/// drop, and a bound on the work when a thousand outlets name one person.
const CONTEXT_MEMBERS: usize = 16;

/// An entity being built across documents, with the summaries `affinity` reads.
#[derive(Debug, Clone, Default)]
struct Group {
    members: Vec<Local>,
    kinds: [usize; 4],
    keys: BTreeSet<String>,
    /// (core length, skeleton) -> (some form is not in a gazetteer, keys of those that are).
    outlines: BTreeMap<(usize, String), (bool, BTreeSet<String>)>,
    /// First and last skeletons of full names (two core words or more).
    full_first: BTreeSet<String>,
    full_last: BTreeSet<String>,
    /// Last skeletons of one-word names, and how many members are not one-word names.
    single_last: BTreeSet<String>,
    not_single: usize,
    countries: BTreeSet<&'static str>,
    acronyms: BTreeSet<String>,
    initials: BTreeSet<String>,
    bases: BTreeSet<String>,
    /// Shorter names its members stand for -> the qualifiers dropped to get them.
    stripped: BTreeMap<String, BTreeSet<String>>,
    /// Keys of its one-word place names, for `near_spelling`.
    place_keys: BTreeSet<String>,
    /// First and last skeletons of full names, as pairs ("Travis Eugene Posey" and "Travis Posey").
    first_last: BTreeSet<(String, String)>,
    /// Title word -> members using it.
    titles: BTreeMap<String, usize>,
}

/// What a member adds to a group's summaries, for the candidate index.
#[derive(Default)]
struct Added {
    keys: Vec<String>,
    outlines: Vec<(usize, String)>,
    full_last: Option<String>,
    single_last: Option<String>,
    countries: Vec<&'static str>,
    acronyms: Vec<String>,
    initials: Vec<String>,
    bases: Vec<String>,
    stripped: Vec<String>,
    place_keys: Vec<String>,
    first_last: Option<(String, String)>,
}

impl Group {
    fn kind(&self) -> EntityKind {
        majority(&self.kinds)
    }

    fn add(&mut self, local: Local) -> Added {
        let mut added = Added::default();
        for (a, b) in self.kinds.iter_mut().zip(local.kinds) {
            *a += b;
        }
        for k in &local.facts.keys {
            if self.keys.insert(k.clone()) {
                added.keys.push(k.clone());
            }
        }
        for (len, sk, known, key) in &local.facts.outlines {
            let entry = self.outlines.entry((*len, sk.clone())).or_insert_with(|| {
                added.outlines.push((*len, sk.clone()));
                (false, BTreeSet::new())
            });
            if *known {
                entry.1.insert(key.clone());
            } else {
                entry.0 = true;
            }
        }
        for a in &local.facts.acronyms {
            if self.acronyms.insert(a.clone()) {
                added.acronyms.push(a.clone());
            }
        }
        for a in &local.facts.initials {
            if self.initials.insert(a.clone()) {
                added.initials.push(a.clone());
            }
        }
        for b in &local.facts.bases {
            if self.bases.insert(b.clone()) {
                added.bases.push(b.clone());
            }
        }
        if local.kind() == EntityKind::Place {
            for k in &local.facts.keys {
                if !k.contains(' ') && k.chars().count() >= NEAR_SPELLING_LEN && self.place_keys.insert(k.clone()) {
                    added.place_keys.push(k.clone());
                }
            }
        }
        for (b, q) in &local.facts.stripped {
            let qualifiers = self.stripped.entry(b.clone()).or_default();
            if qualifiers.is_empty() {
                added.stripped.push(b.clone());
            }
            qualifiers.insert(q.clone());
        }
        if let Some(fl) = first_last(&local) {
            if self.first_last.insert(fl.clone()) {
                added.first_last = Some(fl);
            }
        }
        if local.core.len() >= 2 {
            if let Some(f) = &local.facts.first {
                self.full_first.insert(f.clone());
            }
            if let Some(l) = &local.facts.last {
                if self.full_last.insert(l.clone()) {
                    added.full_last = Some(l.clone());
                }
            }
        }
        if local.core.len() == 1 {
            if let Some(l) = &local.facts.last {
                if self.single_last.insert(l.clone()) {
                    added.single_last = Some(l.clone());
                }
            }
        } else {
            self.not_single += 1;
        }
        for &c in &local.facts.countries {
            if self.countries.insert(c) {
                added.countries.push(c);
            }
        }
        for t in &local.titles {
            *self.titles.entry(t.clone()).or_insert(0) += 1;
        }
        self.members.push(local);
        added
    }
}

/// Splits each document's mentions into referents.
fn locals(docs: &[Document], mentions: &[Vec<Mention>]) -> Vec<Local> {
    let mut out = Vec::new();
    let mut ids: HashMap<String, u32> = HashMap::new();
    // How the drop types each name: a name most documents type as a place is a place.
    let mut votes: HashMap<String, [usize; 4]> = HashMap::new();
    for (doc, ms) in docs.iter().zip(mentions) {
        for m in ms {
            if let Some(n) = votes.entry(gz::key(m.span.slice(&doc.body))).or_insert([0; 4]).get_mut(kind_slot(m.kind)) {
                *n += 1;
            }
        }
    }
    let place = |key: &str| votes.get(key).is_some_and(|v| majority(v) == EntityKind::Place);
    for (d, (doc, ms)) in docs.iter().zip(mentions).enumerate() {
        let body = doc.body.as_str();
        let pairs: Vec<(ByteSpan, EntityKind)> = ms.iter().map(|m| (m.span, m.kind)).collect();
        let groups = names::cluster_document_with(body, &pairs, place);
        let mut by_group: Vec<Option<Local>> = vec![None; ms.len()];
        for (m, g) in ms.iter().zip(groups) {
            let surface = m.span.slice(body);
            let Some(slot) = by_group.get_mut(g) else { continue };
            let local = slot.get_or_insert_with(|| Local {
                doc: d,
                forms: Vec::new(),
                spans: Vec::new(),
                kinds: [0; 4],
                core: Vec::new(),
                titles: BTreeSet::new(),
                names: Rc::default(),
                own: 0,
                facts: Facts::default(),
                drop_kind: EntityKind::Other,
            });
            match local.forms.iter_mut().find(|(f, _)| *f == surface) {
                Some((_, n)) => *n += 1,
                None => {
                    local.forms.push((surface.to_string(), 1));
                    let core = joined_initials(Name::parse(surface).core);
                    if core.len() > local.core.len() {
                        local.core = core;
                    }
                }
            }
            local.spans.push(m.span);
            if let Some(n) = local.kinds.get_mut(kind_slot(m.kind)) {
                *n += 1;
            }
            if let Some(t) = m.title {
                for w in t.slice(body).split_whitespace() {
                    let k = gz::key(w);
                    if super::lexicon::has(&super::lexicon::TITLE_HEADS, &k) {
                        local.titles.insert(k);
                    }
                }
            }
        }
        let mut doc_locals: Vec<Local> = by_group.into_iter().flatten().collect();
        let mut doc_names: Vec<u32> = Vec::with_capacity(doc_locals.len());
        for l in doc_locals.iter_mut() {
            let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
            l.own = *ids.entry(l.longest_key()).or_insert(next);
            doc_names.push(l.own);
            l.compute_facts();
        }
        doc_names.sort_unstable();
        doc_names.dedup();
        let doc_names = Rc::new(doc_names);
        for l in doc_locals.iter_mut() {
            l.names = Rc::clone(&doc_names);
        }
        out.extend(doc_locals);
    }
    let mut per_name: HashMap<u32, [usize; 4]> = HashMap::new();
    for l in &out {
        let total = per_name.entry(l.own).or_insert([0; 4]);
        for (a, b) in total.iter_mut().zip(l.kinds) {
            *a += b;
        }
    }
    for l in out.iter_mut() {
        l.drop_kind = per_name.get(&l.own).map_or(l.kind(), majority);
    }
    out
}

/// A person's first and last skeletons, when named with both.
fn first_last(local: &Local) -> Option<(String, String)> {
    if local.kind() != EntityKind::Person || local.core.len() < 2 {
        return None;
    }
    Some((local.facts.first.clone()?, local.facts.last.clone()?))
}

/// An acronym of one that the initials of the other spell ("UN", "United Nations").
fn acronym_match(local: &Local, group: &Group) -> bool {
    local.facts.acronyms.iter().any(|a| group.initials.contains(a)) || local.facts.initials.iter().any(|i| group.acronyms.contains(i))
}

/// How strongly a referent of one document matches an entity built so far (None: it does not).
fn affinity(local: &Local, group: &Group) -> Option<i32> {
    let kind = local.kind();
    let group_kind = group.kind();
    let same_kind = kind == group_kind;
    let f = &local.facts;
    // Two full names whose first names differ are two people, whatever else they share.
    if kind == EntityKind::Person && local.core.len() >= 2 && group.full_first.iter().any(|g| !same_given(g, f.first.as_deref())) {
        return None;
    }
    let mut score = if f.keys.iter().any(|k| group.keys.contains(k)) {
        3
    } else if same_kind && skeleton_match(local, group) {
        2
    } else if group_kind == EntityKind::Person
        && (same_kind || (local.core.len() == 1 && kind != EntityKind::Place && local.drop_kind != EntityKind::Place))
        && surname_match(local, group)
    {
        // A surname alone, typed however its own article could: the person named in full elsewhere.
        1
    } else if f.countries.iter().any(|c| group.countries.contains(c)) {
        3
    } else if same_kind && kind == EntityKind::Person && first_last(local).is_some_and(|fl| group.first_last.contains(&fl)) {
        // The same first and last names, one with a middle name ("Travis Eugene Posey").
        2
    } else if same_kind
        && kind == EntityKind::Person
        && local.core.len() >= 2
        && f.last.as_ref().is_some_and(|l| group.full_last.contains(l))
        && !group.full_first.is_empty()
    {
        // The same surname and a first name one letter apart ("Tigist" / "Tigst"): the first
        // names were checked to be that close above.
        2
    } else if (kind == EntityKind::Organization || group_kind == EntityKind::Organization)
        && kind != EntityKind::Person
        && group_kind != EntityKind::Person
        && acronym_match(local, group)
    {
        2
    } else if same_kind && f.bases.iter().any(|b| group.bases.contains(b)) {
        // One name with and without a generic last word ("Kamchatka Peninsula").
        2
    } else if same_kind && kind == EntityKind::Place && f.near.iter().any(|a| group.place_keys.iter().any(|b| near_spelling(a, b) && !(known(a) && known(b)))) {
        // A place's name with one letter slipped ("Kamchastky" / "Kamchatsky"), unless both
        // spellings are places of the gazetteer.
        1
    } else if same_kind && stripped_match(local, group) {
        // One name with and without a qualifier before it ("Serbian Interior Ministry").
        2
    } else {
        return None;
    };
    // Context: the same title, and other names that appear with both.
    for t in &local.titles {
        score += 2 * i32::try_from(group.titles.get(t).copied().unwrap_or(0)).unwrap_or(0);
    }
    for m in group.members.iter().take(CONTEXT_MEMBERS) {
        score += i32::try_from(local.shared_context(m).min(3)).unwrap_or(0);
    }
    Some(score)
}

/// The shortest place name (in letters) in which one slipped letter is taken for a misspelling
/// rather than another place: seven, past most short town names that differ by a letter
/// ("Gonda" / "Gonde").
const NEAR_SPELLING_LEN: usize = 7;

/// Whether two keys of equal length differ by one letter past the first, or by two neighbouring
/// letters swapped ("jhilahi" / "jhilani", "kamchastky" / "kamchatsky").
fn near_spelling(a: &str, b: &str) -> bool {
    let (x, y): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if x.len() != y.len() || x == y || x.first() != y.first() {
        return false;
    }
    let diff: Vec<usize> = (0..x.len()).filter(|&i| x.get(i) != y.get(i)).collect();
    match diff.as_slice() {
        [_] => true,
        [i, j] => *j == i + 1 && x.get(*i) == y.get(*j) && x.get(*j) == y.get(*i),
        _ => false,
    }
}

/// Whether a place's key is a country or a place of the gazetteer.
fn known(key: &str) -> bool {
    gz::is_place(key) || gz::country(key).is_some()
}

/// The bucket of the near-spelling index: first two letters and length.
fn near_bucket(k: &str) -> (String, usize) {
    (k.chars().take(2).collect(), k.chars().count())
}

/// A shorter name that a longer one stands for (`stripped`), either way round; never when the
/// two carry different qualifiers ("Russian" and "Serbian" Interior Ministry).
fn stripped_match(local: &Local, group: &Group) -> bool {
    let f = &local.facts;
    let conflict = f.stripped.iter().any(|(b, q)| group.stripped.get(b).is_some_and(|qs| !qs.contains(q)));
    if conflict {
        return false;
    }
    f.stripped.iter().any(|(b, _)| group.bases.contains(b)) || f.bases.iter().any(|b| group.stripped.contains_key(b))
}

/// The shortest skeleton of a first name that a one-letter difference is taken for a spelling
/// variant in ("Tigist" / "Tigst", "Edgard" / "Edgar"): shorter names one letter apart are often
/// two names ("Tony" / "Tommy" differ so in their skeletons).
const VARIANT_GIVEN_LEN: usize = 5;

/// Whether two first names (skeletons) are one name: equal, or one is the other with one letter
/// more, the shorter of at least `VARIANT_GIVEN_LEN` letters.
fn same_given(a: &str, b: Option<&str>) -> bool {
    let Some(b) = b else { return false };
    if a == b {
        return true;
    }
    let (short, long) = if a.len() < b.len() { (a, b) } else { (b, a) };
    if short.chars().count() < VARIANT_GIVEN_LEN || long.chars().count() != short.chars().count() + 1 {
        return false;
    }
    // One letter inserted: the common prefix and suffix cover the shorter.
    let prefix = short.chars().zip(long.chars()).take_while(|(x, y)| x == y).count();
    let suffix = short.chars().rev().zip(long.chars().rev()).take_while(|(x, y)| x == y).count();
    prefix + suffix >= short.chars().count()
}

/// Same skeleton for a full form of each, unless both are distinct entries of a gazetteer.
fn skeleton_match(local: &Local, group: &Group) -> bool {
    local.facts.outlines.iter().any(|(len, sk, known, key)| {
        group
            .outlines
            .get(&(*len, sk.clone()))
            .is_some_and(|(unknown, known_keys)| !known || *unknown || known_keys.contains(key))
    })
}

/// A surname alone (one core word) against a full name ending with the same skeleton, or the
/// other way round.
fn surname_match(local: &Local, group: &Group) -> bool {
    let Some(last) = &local.facts.last else { return false };
    if local.core.len() == 1 {
        return group.full_last.contains(last);
    }
    local.core.len() >= 2 && group.not_single == 0 && group.single_last.len() == 1 && group.single_last.contains(last)
}

/// Groups that could take `local`: those sharing a key, a skeleton, a surname or a country.
#[derive(Default)]
struct Index {
    keys: HashMap<String, Vec<usize>>,
    outlines: HashMap<(usize, String), Vec<usize>>,
    full_last: HashMap<String, Vec<usize>>,
    single_last: HashMap<String, Vec<usize>>,
    countries: HashMap<&'static str, Vec<usize>>,
    acronyms: HashMap<String, Vec<usize>>,
    initials: HashMap<String, Vec<usize>>,
    bases: HashMap<String, Vec<usize>>,
    stripped: HashMap<String, Vec<usize>>,
    near: HashMap<(String, usize), Vec<usize>>,
    first_last: HashMap<(String, String), Vec<usize>>,
}

impl Index {
    fn candidates(&self, local: &Local) -> Vec<usize> {
        let f = &local.facts;
        let mut out: Vec<usize> = Vec::new();
        for k in &f.keys {
            out.extend(self.keys.get(k).into_iter().flatten());
        }
        for (len, sk, _, _) in &f.outlines {
            out.extend(self.outlines.get(&(*len, sk.clone())).into_iter().flatten());
        }
        if let Some(last) = &f.last {
            if local.core.len() == 1 {
                out.extend(self.full_last.get(last).into_iter().flatten());
            } else if local.core.len() >= 2 {
                out.extend(self.single_last.get(last).into_iter().flatten());
                if local.kind() == EntityKind::Person {
                    out.extend(self.full_last.get(last).into_iter().flatten());
                }
            }
        }
        for c in &f.countries {
            out.extend(self.countries.get(c).into_iter().flatten());
        }
        for a in &f.acronyms {
            out.extend(self.initials.get(a).into_iter().flatten());
        }
        for i in &f.initials {
            out.extend(self.acronyms.get(i).into_iter().flatten());
        }
        for b in &f.bases {
            out.extend(self.bases.get(b).into_iter().flatten());
            out.extend(self.stripped.get(b).into_iter().flatten());
        }
        for (b, _) in &f.stripped {
            out.extend(self.bases.get(b).into_iter().flatten());
        }
        for k in &f.near {
            out.extend(self.near.get(&near_bucket(k)).into_iter().flatten());
        }
        if let Some(fl) = first_last(local) {
            out.extend(self.first_last.get(&fl).into_iter().flatten());
        }
        out.sort_unstable();
        out.dedup();
        out
    }

    fn record(&mut self, g: usize, added: Added) {
        for k in added.keys {
            self.keys.entry(k).or_default().push(g);
        }
        for o in added.outlines {
            self.outlines.entry(o).or_default().push(g);
        }
        if let Some(l) = added.full_last {
            self.full_last.entry(l).or_default().push(g);
        }
        if let Some(l) = added.single_last {
            self.single_last.entry(l).or_default().push(g);
        }
        for c in added.countries {
            self.countries.entry(c).or_default().push(g);
        }
        for a in added.acronyms {
            self.acronyms.entry(a).or_default().push(g);
        }
        for i in added.initials {
            self.initials.entry(i).or_default().push(g);
        }
        for b in added.bases {
            self.bases.entry(b).or_default().push(g);
        }
        for b in added.stripped {
            self.stripped.entry(b).or_default().push(g);
        }
        for k in added.place_keys {
            self.near.entry(near_bucket(&k)).or_default().push(g);
        }
        if let Some(fl) = added.first_last {
            self.first_last.entry(fl).or_default().push(g);
        }
    }
}

/// Merges mentions across documents into entities. Each referent meets only the entities it
/// shares a key, skeleton, surname or country with (an index finds them), so a drop of a thousand
/// articles costs about a thousand times one.
pub(super) fn merge(docs: &[Document], mentions: &[Vec<Mention>]) -> Vec<Entity> {
    let mut locals = locals(docs, mentions);
    // Full names first, so that a surname alone meets every full name it could belong to.
    locals.sort_by(|a, b| {
        b.core.len().min(2).cmp(&a.core.len().min(2)).then(a.doc.cmp(&b.doc)).then(a.spans.first().cmp(&b.spans.first()))
    });
    let mut groups: Vec<Group> = Vec::new();
    let mut index = Index::default();
    for local in locals {
        let best = index
            .candidates(&local)
            .into_iter()
            .filter_map(|i| affinity(&local, groups.get(i)?).map(|s| (s, i)))
            .max_by_key(|&(s, i)| (s, std::cmp::Reverse(i)));
        let g = match best {
            Some((_, i)) if i < groups.len() => i,
            _ => {
                groups.push(Group::default());
                groups.len() - 1
            }
        };
        if let Some(group) = groups.get_mut(g) {
            let added = group.add(local);
            index.record(g, added);
        }
    }
    let mut entities: Vec<Entity> = groups.into_iter().map(entity).collect();
    entities.sort_by(|a, b| total(b).cmp(&total(a)).then_with(|| a.name.cmp(&b.name)));
    entities
}

fn total(e: &Entity) -> usize {
    e.mentions.iter().map(|(_, s)| s.len()).sum()
}

/// The entity of a group: its canonical name is the most frequent of its fullest forms; every
/// other form is an alias.
fn entity(group: Group) -> Entity {
    let kind = group.kind();
    let mut members = group.members;
    members.sort_by(|a, b| a.doc.cmp(&b.doc).then(a.spans.first().cmp(&b.spans.first())));
    let mut forms: Vec<(String, usize)> = Vec::new();
    // Members are in document order, so the spans of one document are adjacent.
    let mut per_doc: Vec<(DocIndex, Vec<ByteSpan>)> = Vec::new();
    for m in &members {
        for (f, n) in &m.forms {
            match forms.iter_mut().find(|(g, _)| g == f) {
                Some((_, c)) => *c += n,
                None => forms.push((f.clone(), *n)),
            }
        }
        match per_doc.last_mut() {
            Some((d, spans)) if *d == m.doc => spans.extend(m.spans.iter().copied()),
            _ => per_doc.push((m.doc, m.spans.clone())),
        }
    }
    let fullest = forms.iter().map(|(f, _)| Name::parse(f).core.len()).max().unwrap_or(0);
    let name = forms
        .iter()
        .enumerate()
        .filter(|(_, (f, _))| Name::parse(f).core.len() == fullest)
        .max_by_key(|&(i, (_, n))| (*n, std::cmp::Reverse(i)))
        .map(|(_, (f, _))| f.clone())
        .unwrap_or_default();
    let aliases = forms.into_iter().map(|(f, _)| f).filter(|f| *f != name).collect();
    let mentions = per_doc
        .into_iter()
        .map(|(d, mut spans)| {
            spans.sort();
            spans.dedup();
            (d, spans)
        })
        .collect();
    Entity { name, kind, aliases, mentions }
}
