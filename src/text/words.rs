//! Word forms for comparing outlets: folded, stemmed, the skeleton and the consonant outline of
//! a name.
//!
//! Outlets word the same fact differently ("talks" / "talked", "relations" / "relationship") and
//! spell the same name differently ("Tartus" / "Tartous"). These helpers reduce words to forms
//! that compare equal across such variation, without a dictionary: a light suffix strip and a
//! six-letter prefix for topic words; for names, the one transliteration-tolerant skeleton the
//! entities stage merges spellings by, and the stricter consonant outline that the claim reader
//! keys a name word by where no entity covers it.

use super::fold;

/// The folded word without a possessive ending ("Syria's" -> "syria").
pub(crate) fn base(word: &str) -> String {
    let f = fold(word);
    possessive_off(&f).to_string()
}

/// An already folded word without its possessive ending: `base` of a word whose fold is `folded`.
pub(crate) fn possessive_off(folded: &str) -> &str {
    folded.strip_suffix("'s").or_else(|| folded.strip_suffix('\'')).unwrap_or(folded)
}

/// A light stem: folded, plural and possessive endings off, cut to six letters.
/// "relations" and "relationship" share "relati"; "discussed" and "discussion" share "discus".
pub(crate) fn stem(word: &str) -> String {
    stem_of_base(&base(word))
}

/// `stem` of a word whose `base` is `w`.
pub(crate) fn stem_of_base(w: &str) -> String {
    singular_of_base(w).chars().take(6).collect()
}

/// A whole-word stem for matching clauses: folded, possessive and plural endings off, and an
/// "-ing" ending ("countries" -> "country", "talks" and "talking" -> "talk"), but not cut to six
/// letters as `stem` is: two clauses of one day share words, and the cut would let different
/// happenings meet through words that only begin alike ("relations", "relationship").
pub(crate) fn clause_stem(word: &str) -> String {
    singular_of_base(&base(word)).trim_end_matches("ing").to_string()
}

fn singular_of_base(w: &str) -> String {
    if w.len() > 4 && w.ends_with("ies") {
        format!("{}y", w.get(..w.len() - 3).unwrap_or(""))
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.get(..w.len() - 1).unwrap_or("").to_string()
    } else {
        w.to_string()
    }
}

/// A transliteration-tolerant form of one folded word: "kh" and "h", "q" and "k", "ou" and "u",
/// "ee" and "i", "w" and "v", "ph" and "f", "th" and "t", "dh" and "d", "sh" and "s" (and "ch"
/// inside a word, the French spelling of "sh") are one; doubled letters count once; every run of
/// vowels (and "y" inside a word) is one vowel. "Ahmad"/"Ahmed", "Tartus"/"Tartous",
/// "Hmeimim"/"Khmeimim", "Sharaa"/"Shara", "Sarma"/"Sharma", "Hichem"/"Hisham" share a skeleton.
pub(crate) fn skeleton(word: &str) -> String {
    let w: Vec<char> = word.chars().filter(|c| c.is_alphanumeric()).collect();
    let mut out = String::with_capacity(w.len());
    let mut prev: Option<char> = None;
    let mut i = 0;
    while i < w.len() {
        let c = w.get(i).copied().unwrap_or(' ');
        let n = w.get(i + 1).copied();
        let (m, step) = match (c, n) {
            ('k', Some('h')) => ('h', 2),
            ('p', Some('h')) => ('f', 2),
            ('t', Some('h')) => ('t', 2),
            ('d', Some('h')) => ('d', 2),
            ('s', Some('h')) => ('s', 2),
            ('c', Some('h')) if i > 0 => ('s', 2),
            ('c', Some('k')) => ('k', 2),
            ('q', _) | ('c', Some('a' | 'o' | 'u' | 'r' | 'l')) => ('k', 1),
            ('w', _) => ('v', 1),
            // "j" between vowels is the glide others write "i" or "y" ("Slavija" / "Slavia").
            ('j', Some(n)) if vowel(prev.filter(|_| i > 0)) && vowel(Some(n)) => ('a', 1),
            // The first letter keeps its identity ("Iran" and "Oran" differ).
            (v, _) if i == 0 && vowel(Some(v)) => (v, 1),
            ('y', _) if i > 0 => ('a', 1),
            ('a' | 'e' | 'i' | 'o' | 'u', _) => ('a', 1),
            _ => (c, 1),
        };
        // Doubled letters and runs of vowels count once.
        if prev != Some(m) && !(vowel(prev) && m == 'a') {
            out.push(m);
        }
        prev = Some(m);
        i += step;
    }
    out
}

fn vowel(c: Option<char>) -> bool {
    matches!(c, Some('a' | 'e' | 'i' | 'o' | 'u'))
}

/// The outline of a name: the first letter and the consonants, with doubled letters merged:
/// "Tartus" and "Tartous" -> "trts", "Ahmad" and "Ahmed" -> "ahmd". Leading "al-"/"el-" is
/// dropped. Stricter than `skeleton`, which merges "sh" with "s" and treats "y" as a vowel: a
/// topic word or a speaker matched by its outline alone, with no type or context to confirm it,
/// would meet other names so ("Sharaa" and "Syria" share the skeleton "sara", and would share
/// the outline "sr" if it were read off the skeleton; scored so on the seeds, it lost 0.022 of
/// alignment F1 and 0.097 of disagreement precision).
#[cfg(test)]
pub(crate) fn outline(name: &str) -> String {
    outline_of_base(&base(name))
}

/// `outline` of a name whose `base` is `b`.
pub(crate) fn outline_of_base(b: &str) -> String {
    let b = strip_article(b);
    let mut out = String::new();
    let mut last = ' ';
    for (i, c) in b.chars().filter(|c| c.is_alphanumeric()).enumerate() {
        let keep = i == 0 || !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
        if keep && c != last {
            out.push(c);
        }
        last = c;
    }
    out
}

/// A name without a leading Arabic article ("al-sharaa" -> "sharaa").
pub(crate) fn strip_article(b: &str) -> &str {
    for p in ["al-", "el-", "al ", "el "] {
        if let Some(rest) = b.strip_prefix(p) {
            if !rest.is_empty() {
                return rest;
            }
        }
    }
    b
}

/// Edit distance between two short strings (letters), bounded work for names.
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len() > 64 || b.len() > 64 {
        return usize::MAX;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Whether a word starts with a capital letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("relations"), stem("relationship"));
        assert_eq!(stem("discussed"), stem("discussion"));
        assert_eq!(stem("countries"), stem("country"));
        assert_eq!(stem("Harbour's"), stem("harbour"));
    }

    #[test]
    fn clause_stems_meet_across_inflections_but_keep_whole_words() {
        for (a, b) in [("talks", "talking"), ("countries", "country"), ("Harbour's", "harbour")] {
            assert_eq!(clause_stem(a), clause_stem(b), "{a} / {b}");
        }
        assert_ne!(clause_stem("relations"), clause_stem("relationship"));
        assert_eq!(stem("relations"), stem("relationship"));
    }

    #[test]
    fn outlines_meet_across_transliterations() {
        assert_eq!(outline("Tartus"), outline("Tartous"));
        assert_eq!(outline("Ahmad"), outline("Ahmed"));
        assert_eq!(outline("al-Sharaa"), outline("Shara"));
        assert_ne!(outline("Moscow"), outline("Mosul"));
    }

    #[test]
    fn edit_distance_counts_changes() {
        assert_eq!(edit_distance("tartus", "tartous"), 1);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}
