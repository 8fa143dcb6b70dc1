//! Merging mentions into entities: first the referents of each document (`names::cluster_document`),
//! then across documents by name, by transliteration skeleton, or by surname, each confirmed by
//! type and, where a name is ambiguous, by the titles and the other names around it.

use super::gazetteer as gz;
use super::names::{self, Name};
use super::{Entity, EntityKind, Mention};
use crate::body::Document;
use crate::span::{ByteSpan, DocIndex};
use std::collections::{BTreeMap, BTreeSet};

/// One referent within one document.
#[derive(Debug, Clone)]
struct Local {
    doc: DocIndex,
    /// Surface forms in order of first use, with their counts.
    forms: Vec<(String, usize)>,
    spans: Vec<ByteSpan>,
    kinds: BTreeMap<EntityKind, usize>,
    /// The core words of its longest name.
    core: Vec<String>,
    /// Folded title words used with it ("president", "minister").
    titles: BTreeSet<String>,
    /// Folded longest names of the document's other referents.
    context: BTreeSet<String>,
}

impl Local {
    fn kind(&self) -> EntityKind {
        majority(&self.kinds)
    }

    fn keys(&self) -> impl Iterator<Item = String> + '_ {
        self.forms.iter().map(|(f, _)| gz::key(f))
    }

    fn longest_key(&self) -> String {
        self.forms
            .iter()
            .max_by_key(|(f, _)| (Name::parse(f).core.len(), f.len()))
            .map(|(f, _)| gz::key(f))
            .unwrap_or_default()
    }
}

fn majority(kinds: &BTreeMap<EntityKind, usize>) -> EntityKind {
    kinds
        .iter()
        .max_by_key(|&(k, n)| (*n, std::cmp::Reverse(*k)))
        .map_or(EntityKind::Other, |(k, _)| *k)
}

/// An entity being built across documents.
#[derive(Debug, Clone)]
struct Group {
    members: Vec<Local>,
}

impl Group {
    fn kind(&self) -> EntityKind {
        let mut kinds = BTreeMap::new();
        for m in &self.members {
            for (k, n) in &m.kinds {
                *kinds.entry(*k).or_insert(0) += n;
            }
        }
        majority(&kinds)
    }

    /// The longest core among members (a full name, when any member has one).
    fn full_cores(&self) -> impl Iterator<Item = &Vec<String>> {
        self.members.iter().map(|m| &m.core).filter(|c| c.len() >= 2)
    }
}

/// Splits each document's mentions into referents.
fn locals(docs: &[Document], mentions: &[Vec<Mention>]) -> Vec<Local> {
    let mut out = Vec::new();
    for (d, (doc, ms)) in docs.iter().zip(mentions).enumerate() {
        let body = doc.body.as_str();
        let pairs: Vec<(ByteSpan, EntityKind)> = ms.iter().map(|m| (m.span, m.kind)).collect();
        let groups = names::cluster_document(body, &pairs);
        let mut by_group: BTreeMap<usize, Local> = BTreeMap::new();
        for (m, g) in ms.iter().zip(groups) {
            let surface = m.span.slice(body).to_string();
            let local = by_group.entry(g).or_insert_with(|| Local {
                doc: d,
                forms: Vec::new(),
                spans: Vec::new(),
                kinds: BTreeMap::new(),
                core: Vec::new(),
                titles: BTreeSet::new(),
                context: BTreeSet::new(),
            });
            match local.forms.iter_mut().find(|(f, _)| *f == surface) {
                Some((_, n)) => *n += 1,
                None => local.forms.push((surface.clone(), 1)),
            }
            local.spans.push(m.span);
            *local.kinds.entry(m.kind).or_insert(0) += 1;
            let core = Name::parse(&surface).core;
            if core.len() > local.core.len() {
                local.core = core;
            }
            if let Some(t) = m.title {
                for w in t.slice(body).split_whitespace() {
                    let k = gz::key(w);
                    if super::lexicon::has(super::lexicon::TITLE_HEADS, &k) {
                        local.titles.insert(k);
                    }
                }
            }
        }
        let mut doc_locals: Vec<Local> = by_group.into_values().collect();
        let names: Vec<String> = doc_locals.iter().map(Local::longest_key).collect();
        for l in doc_locals.iter_mut() {
            let own = l.longest_key();
            l.context = names.iter().filter(|n| **n != own).cloned().collect();
        }
        out.extend(doc_locals);
    }
    out
}

/// How strongly a referent of one document matches an entity built so far (None: it does not).
fn affinity(local: &Local, group: &Group) -> Option<i32> {
    let kind = local.kind();
    let same_kind = kind == group.kind();
    let keys: BTreeSet<String> = local.keys().collect();
    let group_keys: BTreeSet<String> = group.members.iter().flat_map(|m| m.keys()).collect();
    // Two full names whose first names differ are two people, whatever else they share.
    if kind == EntityKind::Person && local.core.len() >= 2 {
        for core in group.full_cores() {
            let first_a = local.core.first().map(|w| names::skeleton(w));
            let first_b = core.first().map(|w| names::skeleton(w));
            if first_a != first_b {
                return None;
            }
        }
    }
    let mut score = if keys.iter().any(|k| group_keys.contains(k)) {
        3
    } else if same_kind && skeleton_match(local, group) {
        2
    } else if same_kind && kind == EntityKind::Person && surname_match(local, group) {
        1
    } else if country_match(local, group) {
        3
    } else {
        return None;
    };
    // Context: the same title, and other names that appear with both.
    for m in &group.members {
        score += 2 * i32::try_from(local.titles.intersection(&m.titles).count()).unwrap_or(0);
        score += i32::try_from(local.context.intersection(&m.context).count().min(3)).unwrap_or(0);
    }
    Some(score)
}

fn country_match(local: &Local, group: &Group) -> bool {
    let ours: BTreeSet<&str> = local.forms.iter().filter_map(|(f, _)| gz::country(f)).collect();
    !ours.is_empty()
        && group.members.iter().flat_map(|m| &m.forms).any(|(f, _)| gz::country(f).is_some_and(|c| ours.contains(c)))
}

/// Same skeleton for a full form of each, unless both are distinct entries of a gazetteer.
fn skeleton_match(local: &Local, group: &Group) -> bool {
    for (f, _) in &local.forms {
        let n = Name::parse(f);
        if n.core.is_empty() {
            continue;
        }
        let sk = n.skeleton();
        for m in &group.members {
            for (g, _) in &m.forms {
                let gn = Name::parse(g);
                if gn.core.len() != n.core.len() || gn.skeleton() != sk {
                    continue;
                }
                let known = |s: &str| gz::country(s).is_some() || gz::is_place(s);
                if known(f) && known(g) && gz::key(f) != gz::key(g) {
                    continue;
                }
                return true;
            }
        }
    }
    false
}

/// A surname alone (one core word) against a full name ending with the same skeleton, or the
/// other way round.
fn surname_match(local: &Local, group: &Group) -> bool {
    let last_sk = |core: &Vec<String>| core.last().map(|w| names::skeleton(w));
    let group_cores: Vec<&Vec<String>> = group.members.iter().map(|m| &m.core).collect();
    if local.core.len() == 1 {
        return group_cores.iter().any(|c| c.len() >= 2 && last_sk(c) == last_sk(&local.core));
    }
    local.core.len() >= 2 && group_cores.iter().all(|c| c.len() == 1 && last_sk(c) == last_sk(&local.core))
}

/// Merges mentions across documents into entities.
pub fn merge(docs: &[Document], mentions: &[Vec<Mention>]) -> Vec<Entity> {
    let mut locals = locals(docs, mentions);
    // Full names first, so that a surname alone meets every full name it could belong to.
    locals.sort_by(|a, b| {
        b.core.len().min(2).cmp(&a.core.len().min(2)).then(a.doc.cmp(&b.doc)).then(a.spans.first().cmp(&b.spans.first()))
    });
    let mut groups: Vec<Group> = Vec::new();
    for local in locals {
        let best = groups
            .iter()
            .enumerate()
            .filter_map(|(i, g)| affinity(&local, g).map(|s| (s, i)))
            .max_by_key(|&(s, i)| (s, std::cmp::Reverse(i)));
        match best.and_then(|(_, i)| groups.get_mut(i)) {
            Some(g) => g.members.push(local),
            None => groups.push(Group { members: vec![local] }),
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
    let mut per_doc: BTreeMap<DocIndex, Vec<ByteSpan>> = BTreeMap::new();
    for m in &members {
        for (f, n) in &m.forms {
            match forms.iter_mut().find(|(g, _)| g == f) {
                Some((_, c)) => *c += n,
                None => forms.push((f.clone(), *n)),
            }
        }
        per_doc.entry(m.doc).or_default().extend(m.spans.iter().copied());
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
