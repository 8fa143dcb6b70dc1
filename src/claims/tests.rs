//! Unit tests of the claim reader on sentences written for the project.

use super::*;
use crate::body::Document;
use crate::text::words;

fn document(paragraphs: &[&str]) -> Document {
    Document::from_paragraphs("t.txt", paragraphs)
}

fn claims_of(paragraphs: &[&str]) -> (Document, Vec<Claim>) {
    let doc = document(paragraphs);
    let text = crate::text::analyse(&doc, 4_000);
    let claims = extract(&doc, &text, &[], &[], &[]);
    (doc, claims)
}

fn quantities(sentence: &str) -> Vec<Quantity> {
    let (_, claims) = claims_of(&[sentence]);
    claims.into_iter().flat_map(|c| c.quantities).collect()
}

#[test]
fn reads_two_and_a_half_hours_as_the_same_length_as_digits() {
    let words = quantities("The council debate in Norhaven lasted two and a half hours on Monday evening.");
    let digits = quantities("The council debate in Norhaven lasted 2.5 hours on Monday evening.");
    assert_eq!(words.len(), 1);
    assert_eq!(words[0].value, Some(2.5));
    assert!(words[0].agrees_with(&digits[0]));
}

#[test]
fn many_decades_is_not_more_than_eighty_years() {
    let time = |s: &str| quantities(s).into_iter().filter(|q| q.unit == Unit::Time).collect::<Vec<_>>();
    let vague = time("The two fishing towns have traded salt and timber for many decades now.");
    let exact = time("The two fishing towns have traded salt and timber for more than 80 years now.");
    assert_eq!(exact[0].hedge, Hedge::Above);
    assert!(vague[0].value.is_none());
    assert!(vague[0].comparable(&exact[0]));
    assert!(!vague[0].agrees_with(&exact[0]));
}

#[test]
fn hedged_and_plain_amounts_of_the_same_value_agree() {
    let hedged = quantities("The storm flooded about 40 houses along the river in Vellmar overnight.");
    let plain = quantities("The storm flooded 40 houses along the river in Vellmar overnight.");
    assert!(hedged[0].agrees_with(&plain[0]));
    let other = quantities("The storm flooded 65 houses along the river in Vellmar overnight.");
    assert!(!other[0].agrees_with(&plain[0]));
}

#[test]
fn a_year_is_a_date_not_an_amount() {
    assert!(quantities("The old lighthouse of Brennick was built in 1911 by local masons.").is_empty());
}

#[test]
fn finds_the_title_written_before_a_name() {
    let (doc, claims) = claims_of(&["Acting Mayor Lina Oberg opened the new ferry terminal in Kelvaro on Friday."]);
    let title = claims.iter().find(|c| matches!(c.slot, Slot::Title { .. })).expect("a title claim");
    assert_eq!(title.value.as_deref(), Some("Acting Mayor"));
    assert_eq!(title.span.slice(&doc.body), "Acting Mayor Lina Oberg");
}

#[test]
fn marks_negation_and_what_it_negates() {
    let (_, claims) = claims_of(&["The dockworkers union has not agreed to the winter shift schedule."]);
    let c = claims.iter().find(|c| c.slot == Slot::Statement).expect("a statement");
    assert_eq!(c.polarity, Polarity::Negated);
    assert_eq!(c.negated.as_deref(), Some("agreed"));
}

#[test]
fn marks_hearsay_and_open_questions() {
    let (_, claims) = claims_of(&[
        "Reportedly, the ferry operator was expected to raise its fares in the spring.",
        "Talks soon turned to whether the operator would keep the night crossing.",
    ]);
    let certainties: Vec<Certainty> = claims.iter().filter(|c| c.slot == Slot::Statement).map(|c| c.certainty).collect();
    assert_eq!(certainties, [Certainty::Reported, Certainty::Open]);
}

#[test]
fn a_quote_gets_its_speaker_and_verbatim_words() {
    let (doc, claims) = claims_of(&["“Our towns have been partners for many decades,” Oberg said after the ceremony."]);
    let q = claims.iter().find(|c| c.kind == ClaimKind::Quote).expect("a quote claim");
    assert_eq!(q.span.slice(&doc.body), "Our towns have been partners for many decades");
    assert_eq!(q.speaker.as_deref(), Some(words::outline("Oberg").as_str()));
}

#[test]
fn a_speaker_and_a_title_holder_are_the_entity_the_entities_stage_names() {
    let doc = document(&["“Our towns have been partners for many decades,” Mayor Lena Oberg said after the ceremony."]);
    let text = crate::text::analyse(&doc, 4_000);
    let at = doc.body.find("Lena Oberg").expect("the name");
    let name = ByteSpan::new(at, at + "Lena Oberg".len());
    let claims = extract(&doc, &text, &[], &[(name, 7)], &[]);
    let q = claims.iter().find(|c| c.kind == ClaimKind::Quote).expect("a quote claim");
    assert_eq!(q.speaker.as_deref(), Some("entity:7"));
    let title = claims.iter().find(|c| matches!(c.slot, Slot::Title { .. })).expect("a title claim");
    assert!(matches!(&title.slot, Slot::Title { person, .. } if person == "entity:7"), "{:?}", title.slot);
    // where no entity covers the name, its outline stands for it
    let claims = extract(&doc, &text, &[], &[], &[]);
    let q = claims.iter().find(|c| c.kind == ClaimKind::Quote).expect("a quote claim");
    assert_eq!(q.speaker.as_deref(), Some(words::outline("Oberg").as_str()));
}

#[test]
fn spellings_are_read_only_off_names_the_entities_stage_found() {
    let doc = document(&["The delegation of Tartous province met Harbourmaster Ilse Varga in Kelmark on Friday."]);
    let text = crate::text::analyse(&doc, 4_000);
    let at = doc.body.find("Tartous").expect("the name");
    let claims = extract(&doc, &text, &[], &[(ByteSpan::new(at, at + "Tartous".len()), 3)], &[]);
    let spellings: Vec<&Slot> = claims.iter().map(|c| &c.slot).filter(|s| matches!(s, Slot::Spelling { .. })).collect();
    assert_eq!(spellings.len(), 1, "{spellings:?}");
    assert!(matches!(spellings[0], Slot::Spelling { outline, form, .. } if outline == "trts/entity:3" && form == "tartous"));
}

#[test]
fn splits_a_contrast_into_two_claims() {
    let (doc, claims) = claims_of(&[
        "The mayor has asked for the crane to be returned, but the museum has not agreed to this request.",
    ]);
    let spans: Vec<&str> =
        claims.iter().filter(|c| c.slot == Slot::Statement).map(|c| c.span.slice(&doc.body)).collect();
    assert_eq!(spans, ["The mayor has asked for the crane to be returned", "the museum has not agreed to this request"]);
}

#[test]
fn headings_and_captions_give_no_claims() {
    let doc = Document::from_blocks(
        "t.txt",
        &[
            ("Ferry pact signed after long talks between the two harbour towns", BlockRole::Heading),
            ("The mayor signs the ferry pact at the town hall on Tuesday afternoon", BlockRole::Caption),
        ],
    );
    let text = crate::text::analyse(&doc, 4_000);
    assert!(extract(&doc, &text, &[], &[], &[]).is_empty());
}

#[test]
fn a_speech_tag_beside_a_quote_is_not_a_claim_of_its_own() {
    let (doc, claims) = claims_of(&["\"We will rebuild the pier before summer,\" she told reporters at a news conference."]);
    let texts: Vec<&str> = claims.iter().map(|c| c.span.slice(&doc.body)).collect();
    assert!(claims.iter().any(|c| c.kind == ClaimKind::Quote), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("news conference") && !t.contains("rebuild")), "{texts:?}");
}

#[test]
fn a_clause_with_a_speech_verb_and_its_own_content_stays_a_claim() {
    let (doc, claims) = claims_of(&["The ferry operators said they had cancelled 14 sailings on Monday."]);
    assert!(claims.iter().any(|c| c.span.slice(&doc.body).contains("14 sailings")));
}

#[test]
fn the_span_index_answers_as_a_scan_of_the_list_would() {
    // spans in text order (the fast path), and the same spans shuffled (the scan)
    let ordered: Vec<ByteSpan> =
        [(0, 4), (2, 6), (2, 9), (5, 9), (10, 12), (10, 15), (14, 20), (21, 21), (22, 30)].iter().map(|&(a, b)| ByteSpan::new(a, b)).collect();
    let mut shuffled = ordered.clone();
    shuffled.reverse();
    shuffled.swap(1, 4);
    for (spans, in_order) in [(ordered, true), (shuffled, false)] {
        let index = SpanIndex::new(spans.clone());
        assert_eq!(index.in_order, in_order);
        for a in 0..32 {
            for b in a..32 {
                let probe = ByteSpan::new(a, b);
                let inside: Vec<usize> = (0..spans.len()).filter(|&i| probe.contains(spans[i])).collect();
                assert_eq!(index.inside(probe).collect::<Vec<_>>(), inside, "{probe:?} in {spans:?}");
                let covering = spans.iter().position(|s| s.contains(probe));
                assert_eq!(index.first_covering(probe), covering, "{probe:?} in {spans:?}");
            }
        }
    }
}

/// The rows of a case table: tab-separated columns, `#` lines and blank lines skipped.
fn case_rows(table: &str) -> Vec<Vec<&str>> {
    table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect()).collect()
}

fn hedge_name(h: Hedge) -> &'static str {
    match h {
        Hedge::Exact => "exact",
        Hedge::Above => "above",
        Hedge::Below => "below",
        Hedge::About => "about",
    }
}

/// The first figure claim of a sentence.
fn figure_of(sentence: &str) -> Option<(Document, Claim)> {
    let (doc, claims) = claims_of(&[sentence]);
    let c = claims.into_iter().find(|c| matches!(c.slot, Slot::Figure { .. }))?;
    Some((doc, c))
}

#[test]
fn figures_fill_the_slots_of_the_case_table() {
    let rows = case_rows(include_str!("data/slot-cases.tsv"));
    assert!(rows.len() >= 20, "the table holds every slot family and hedge");
    let mut wrong = Vec::new();
    for row in &rows {
        let [sentence, figure, slot, hedge] = row[..] else { panic!("a slot-cases.tsv line needs four columns: {row:?}") };
        let got = figure_of(sentence).map(|(_, c)| {
            let key = match &c.slot {
                Slot::Figure { slot, .. } => slot.key(),
                _ => String::new(),
            };
            let h = c.quantities.first().map_or("none", |q| hedge_name(q.hedge));
            (c.value.unwrap_or_default(), key, h.to_string())
        });
        let want = (slot != "-").then(|| (figure.to_string(), slot.to_string(), hedge.to_string()));
        if got != want {
            wrong.push(format!("{sentence}\n  want {want:?}\n  got  {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_slot_vocabulary_lists_each_word_once() {
    assert_eq!(slots::vocabulary_errors(), Vec::new());
    assert_eq!(slots::slot_of_word("killing").map(|s| s.0), Some("killed"));
    assert_eq!(slots::slot_of_word("toll").map(|s| s.0), Some("killed"));
    assert_eq!(slots::slot_of_word("people").map(|s| s.1), Some(slots::Section::People));
}

#[test]
fn the_event_classes_list_each_word_once() {
    assert_eq!(predicates::problems(), Vec::<String>::new());
    assert_eq!(predicates::class_of("shattered"), predicates::class_of("broke"));
    assert_eq!(predicates::class_of("victory"), Some("win"));
    assert_eq!(predicates::class_of("people"), None);
}

#[test]
fn a_sum_restated_in_another_currency_is_a_figure_of_that_currency() {
    let figures = |sentence: &str| -> Vec<String> {
        let (_, claims) = claims_of(&[sentence]);
        claims
            .iter()
            .filter_map(|c| match &c.slot {
                Slot::Figure { slot, .. } => Some(slot.key()),
                _ => None,
            })
            .collect()
    };
    let sums = figures("The airline paid a fine of 40,000 euros ($43,000) to the Velmora regulator.");
    assert!(sums.contains(&"fine/money:euro".to_string()) && sums.contains(&"fine/money:dollar".to_string()), "{sums:?}");
    // a length restated in other units is the same figure again
    let lengths = figures("The tremor struck at a depth of 12 kilometres (7.5 miles) below Tervo.");
    assert_eq!(lengths.len(), 1, "{lengths:?}");
}
