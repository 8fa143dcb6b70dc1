//! Unit tests of finding, typing and merging names, on sentences written for the project.

use super::names::{cluster_document, skeleton, Name};
use super::*;
use crate::body::{BlockRole, Document};

fn doc_with(blocks: &[(&str, BlockRole)]) -> Document {
    Document::from_blocks("t.txt", blocks)
}

fn doc(paragraphs: &[&str]) -> Document {
    Document::from_paragraphs("t.txt", paragraphs)
}

fn mentions(d: &Document) -> Vec<(String, EntityKind, Option<String>)> {
    let text = crate::text::analyse(d, 4000);
    find(d, &text)
        .into_iter()
        .map(|m| (m.span.slice(&d.body).to_string(), m.kind, m.title.map(|t| t.slice(&d.body).to_string())))
        .collect()
}

fn names_of(d: &Document) -> Vec<String> {
    mentions(d).into_iter().map(|(n, _, _)| n).collect()
}

fn kind_of(d: &Document, name: &str) -> Option<EntityKind> {
    mentions(d).into_iter().find(|(n, _, _)| n == name).map(|(_, k, _)| k)
}

fn merged(paragraph_sets: &[&[&str]]) -> Vec<Entity> {
    let docs: Vec<Document> = paragraph_sets.iter().map(|p| doc(p)).collect();
    let texts: Vec<crate::text::Text> = docs.iter().map(|d| crate::text::analyse(d, 4000)).collect();
    let ms = find_all(&docs, &texts);
    merge(&docs, &ms)
}

fn entity<'a>(es: &'a [Entity], name: &str) -> Option<&'a Entity> {
    es.iter().find(|e| e.name == name || e.aliases.iter().any(|a| a == name))
}

// ---- titles

#[test]
fn a_title_before_a_name_is_recorded_but_not_part_of_the_name() {
    let d = doc(&["The port was visited by Finnish Deputy Prime Minister Mikko Rantala on Friday."]);
    let m = mentions(&d);
    assert_eq!(m, [("Mikko Rantala".into(), EntityKind::Person, Some("Finnish Deputy Prime Minister".into()))]);
}

#[test]
fn a_lower_case_title_and_an_apposition_title_are_recorded() {
    let d = doc(&[
        "Talks opened with interim President Leila bin Farouk in the capital.",
        "Chile's acting president, Tomas Herrera, said the deal was close.",
    ]);
    let m = mentions(&d);
    let leila = m.iter().find(|x| x.0 == "Leila bin Farouk").expect("Leila bin Farouk");
    assert_eq!(leila.2.as_deref(), Some("interim President"));
    assert_eq!(leila.1, EntityKind::Person);
    let tomas = m.iter().find(|x| x.0 == "Tomas Herrera").expect("Tomas Herrera");
    assert_eq!(tomas.2.as_deref(), Some("acting president"));
}

#[test]
fn a_bare_title_is_not_a_name() {
    let d = doc(&["The Prime Minister and the Syrian President spoke by phone."]);
    assert!(names_of(&d).is_empty(), "{:?}", names_of(&d));
}

// ---- particles, hyphens, connectors, possessives

#[test]
fn name_particles_stay_inside_the_name() {
    let d = doc(&[
        "Officials named Omar al-Zahiri, Karim bin Hadi and Pieter van der Berg as mediators.",
        "A spokesman for Abu Bakr al-Nouri declined to comment.",
    ]);
    let n = names_of(&d);
    for want in ["Omar al-Zahiri", "Karim bin Hadi", "Pieter van der Berg", "Abu Bakr al-Nouri"] {
        assert!(n.iter().any(|x| x == want), "{want} not in {n:?}");
    }
}

#[test]
fn of_and_for_join_words_of_an_organization_name() {
    let d = doc(&[
        "The penalty came from the Office of Foreign Assets Control and the Ministry of Trade and Industry, not from Spain.",
    ]);
    let n = names_of(&d);
    assert!(n.contains(&"Office of Foreign Assets Control".to_string()), "{n:?}");
    assert!(n.contains(&"Ministry of Trade and Industry".to_string()), "{n:?}");
    assert_eq!(kind_of(&d, "Office of Foreign Assets Control"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&d, "Spain"), Some(EntityKind::Place));
}

#[test]
fn possessives_and_hyphenated_adjectives_are_left_out() {
    let d = doc(&["Norway's fjords drew Swiss-backed investors and Norwegian-Danish crews."]);
    let n = names_of(&d);
    assert_eq!(n, ["Norway"]);
}

#[test]
fn demonyms_are_not_entities() {
    let d = doc(&["Peruvian farmers and Kenyan officials met Canadian buyers in a Soviet-era hall."]);
    assert!(names_of(&d).is_empty(), "{:?}", names_of(&d));
}

// ---- sentence-initial words

#[test]
fn a_capitalised_common_word_opening_a_sentence_is_not_a_name() {
    let d = doc(&[
        "Meanwhile, talks continued. Reportedly, the fleet left Valletta. Discussions resumed later.",
        "Nadia Okafor said the discussions were useful.",
    ]);
    let n = names_of(&d);
    assert!(n.contains(&"Valletta".to_string()), "{n:?}");
    assert!(n.contains(&"Nadia Okafor".to_string()), "{n:?}");
    for bad in ["Meanwhile", "Reportedly", "Discussions"] {
        assert!(!n.contains(&bad.to_string()), "{bad} in {n:?}");
    }
}

#[test]
fn an_opening_word_seen_capitalised_elsewhere_is_a_name() {
    let d = doc(&["Brightwater confirmed the sale.", "Shares of Brightwater rose."]);
    assert_eq!(names_of(&d), ["Brightwater", "Brightwater"]);
}

#[test]
fn title_case_subheads_only_name_what_running_text_names() {
    let blocks = [
        ("Key Talking Points After Geneva Summit", BlockRole::Heading),
        ("Negotiator Ilse Marten arrived in Geneva on Monday.", BlockRole::Paragraph),
        ("Ilse Marten Outlines Next Steps", BlockRole::Heading),
    ];
    let d = doc_with(&blocks);
    let n = names_of(&d);
    assert_eq!(n, ["Geneva", "Ilse Marten", "Geneva", "Ilse Marten"], "{n:?}");
}

#[test]
fn a_title_case_headline_spelling_joins_the_person_of_the_text() {
    let blocks = [
        ("Peru’s Al Hadad Meets Quispe in Lima, Resets Ties", BlockRole::Heading),
        ("Interim President Yusuf al-Haddad met Carmen Quispe in Lima on Monday.", BlockRole::Paragraph),
    ];
    let d = doc_with(&blocks);
    let n = names_of(&d);
    assert_eq!(n, ["Peru", "Al Hadad", "Quispe", "Lima", "Yusuf al-Haddad", "Carmen Quispe", "Lima"], "{n:?}");
    let ms: Vec<Mention> = find(&d, &crate::text::analyse(&d, 4000));
    let es = merge(std::slice::from_ref(&d), &[ms]);
    let p = entity(&es, "Yusuf al-Haddad").expect("person");
    assert!(p.aliases.contains(&"Al Hadad".to_string()), "{es:?}");
}

#[test]
fn captions_are_not_article_text() {
    let d = doc_with(&[
        ("Ilse Marten waves to reporters in Geneva.", BlockRole::Caption),
        ("The talks ended early.", BlockRole::Paragraph),
    ]);
    assert!(names_of(&d).is_empty());
}

// ---- typing cues

#[test]
fn context_types_unknown_names() {
    let d = doc(&[
        "Fighting was reported near Bralovo and at the Darvik airbase.",
        "Veltrix Corporation and the Orlan Party objected, Sofia Lindqvist said.",
        "The claim was first made by Zentara, a Dutch news outlet.",
    ]);
    assert_eq!(kind_of(&d, "Bralovo"), Some(EntityKind::Place));
    assert_eq!(kind_of(&d, "Darvik"), Some(EntityKind::Place));
    assert_eq!(kind_of(&d, "Veltrix Corporation"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&d, "Orlan Party"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&d, "Sofia Lindqvist"), Some(EntityKind::Person));
    assert_eq!(kind_of(&d, "Zentara"), Some(EntityKind::Organization));
}

#[test]
fn acronyms_are_organizations_unless_they_name_a_country() {
    let d = doc(&["NATO and the IAEA objected, while the US and the UAE stayed silent."]);
    assert_eq!(kind_of(&d, "NATO"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&d, "IAEA"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&d, "US"), Some(EntityKind::Place));
    assert_eq!(kind_of(&d, "UAE"), Some(EntityKind::Place));
}

#[test]
fn a_seat_of_government_speaks_for_the_government_but_a_palace_is_a_place() {
    let d = doc(&["The Kremlin said the guests dined at the Kremlin Palace."]);
    assert_eq!(kind_of(&d, "Kremlin"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&d, "Kremlin Palace"), Some(EntityKind::Place));
}

#[test]
fn a_surname_alone_takes_the_type_of_the_full_name() {
    let d = doc(&["Energy Minister Pavel Orlov toured the plant.", "Orlov praised the workers."]);
    assert_eq!(kind_of(&d, "Orlov"), Some(EntityKind::Person));
}

#[test]
fn web_addresses_and_numbered_orders_are_named() {
    let d = doc(&["The decree, Presidential Order 4471, was first reported by Baltnews.lv on Sunday."]);
    assert_eq!(kind_of(&d, "Baltnews.lv"), Some(EntityKind::Organization));
    assert_eq!(kind_of(&d, "Presidential Order 4471"), Some(EntityKind::Other));
}

// ---- gazetteers

#[test]
fn gazetteers_know_countries_places_demonyms_and_first_names() {
    assert_eq!(gazetteer::country("USA"), Some("United States"));
    assert_eq!(gazetteer::country("Russian Federation"), Some("Russia"));
    assert!(gazetteer::is_demonym("Syrian"));
    assert!(gazetteer::is_demonym("Kurdish"));
    assert!(gazetteer::is_place("Lagos"));
    assert!(gazetteer::is_place("Aleppo"));
    assert!(gazetteer::is_first_name("Fatima"));
    assert!(!gazetteer::is_first_name("Ministry"));
    assert!(gazetteer::is_common_word("discussions"));
    assert!(gazetteer::sorted(), "the lists must stay sorted and free of repeats");
    let sizes = gazetteer::sizes();
    assert!(sizes.iter().all(|&n| n > 100), "{sizes:?}");
}

// ---- names and skeletons

#[test]
fn skeletons_absorb_transliteration_variants() {
    for (a, b) in [
        ("yusuf", "youssef"),
        ("haddad", "hadad"),
        ("banyas", "baniyas"),
        ("khaldiya", "haldiya"),
        ("qasim", "kasim"),
        ("sergey", "sergei"),
        ("mohammed", "muhammad"),
    ] {
        assert_eq!(skeleton(a), skeleton(b), "{a} / {b}");
    }
    assert_ne!(skeleton("iran"), skeleton("oran"));
    assert_ne!(skeleton("haddad"), skeleton("hamdan"));
}

#[test]
fn particles_are_set_aside_in_a_name_core() {
    assert_eq!(Name::parse("Yusuf al-Haddad").core, ["yusuf", "haddad"]);
    assert_eq!(Name::parse("Al Haddad").core, ["haddad"]);
    assert_eq!(Name::parse("Karim bin Hadi").core, ["karim", "hadi"]);
}

#[test]
fn a_surname_joins_the_nearest_full_name_before_it() {
    let body = "Omar Haddad spoke. Rami Haddad left. Haddad then returned.";
    let spans = [
        (ByteSpan::new(0, 11), EntityKind::Person),
        (ByteSpan::new(19, 30), EntityKind::Person),
        (ByteSpan::new(37, 43), EntityKind::Person),
    ];
    assert_eq!(cluster_document(body, &spans), [0, 1, 1]);
}

// ---- merging across outlets

#[test]
fn transliterated_spellings_of_one_person_merge_across_outlets() {
    let es = merged(&[
        &["Foreign Minister Yusuf al-Haddad arrived in Oslo. Al-Haddad met donors."],
        &["Foreign Minister Youssef al-Haddad spoke in Oslo.", "Haddad said aid would follow."],
        &["Al Hadad, the foreign minister, left Oslo on Monday, Yusuf al-Haddad's office said."],
    ]);
    let p = entity(&es, "Yusuf al-Haddad").expect("merged person");
    assert_eq!(p.kind, EntityKind::Person);
    assert_eq!(p.name, "Yusuf al-Haddad");
    for alias in ["Youssef al-Haddad", "Haddad", "Al Hadad"] {
        assert!(p.aliases.iter().any(|a| a == alias) || p.name == alias, "{alias} missing: {p:?}");
    }
    assert_eq!(p.mentions.len(), 3);
    let persons = es.iter().filter(|e| e.kind == EntityKind::Person).count();
    assert_eq!(persons, 1, "{es:?}");
}

#[test]
fn place_spellings_merge_across_outlets() {
    let es = merged(&[
        &["Ships docked in Banyas and flew from the Khaldiya airbase."],
        &["Ships docked in Baniyas and used the Haldiya airbase."],
    ]);
    let port = entity(&es, "Banyas").expect("port");
    assert!(port.aliases.contains(&"Baniyas".to_string()) || port.name == "Baniyas", "{es:?}");
    let base = entity(&es, "Khaldiya").expect("base");
    assert!(base.aliases.contains(&"Haldiya".to_string()) || base.name == "Haldiya", "{es:?}");
}

#[test]
fn two_people_sharing_a_surname_stay_apart() {
    let es = merged(&[
        &["Omar Haddad, the mayor, met Rami Haddad, his cousin.", "Haddad later resigned as mayor."],
        &["Rami Haddad runs a bakery in Tyre."],
    ]);
    let omar = entity(&es, "Omar Haddad").expect("Omar");
    let rami = entity(&es, "Rami Haddad").expect("Rami");
    assert_ne!(omar.name, rami.name);
    assert_eq!(rami.mentions.iter().map(|(d, _)| *d).collect::<Vec<_>>(), [0, 1]);
    assert!(!omar.aliases.contains(&"Rami Haddad".to_string()));
}

#[test]
fn different_places_with_similar_names_stay_apart() {
    let es = merged(&[&["Flights left Iran for Oran."], &["Flights landed in Oran."]]);
    assert!(entity(&es, "Iran").is_some());
    let oran = entity(&es, "Oran").expect("Oran");
    assert!(oran.aliases.is_empty(), "{es:?}");
}

#[test]
fn a_country_short_name_joins_its_long_name() {
    let es = merged(&[&["The United States imposed tariffs."], &["The US lifted them later."]]);
    let us = entity(&es, "United States").expect("US");
    assert_eq!(us.aliases, ["US"]);
    assert_eq!(us.kind, EntityKind::Place);
}

#[test]
fn an_acronym_joins_the_organization_it_abbreviates() {
    let es = merged(&[&["The Office of Foreign Assets Control (OFAC) published the list.", "OFAC said more would follow."]]);
    let o = entity(&es, "Office of Foreign Assets Control").expect("office");
    assert_eq!(o.aliases, ["OFAC"]);
}

#[test]
fn entities_are_ordered_by_mentions_then_name_and_canonical_is_the_most_frequent_full_form() {
    let es = merged(&[
        &["Lina Sabbagh met Tomas Herrera. Sabbagh spoke first."],
        &["Lina al-Sabbagh met Tomas Herrera in Quito.", "Lina Sabbagh smiled."],
    ]);
    let names: Vec<&str> = es.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Lina Sabbagh", "Tomas Herrera", "Quito"], "{es:?}");
    assert_eq!(es[0].aliases, ["Sabbagh", "Lina al-Sabbagh"]);
}

#[test]
fn a_place_word_opening_a_short_name_makes_it_a_place() {
    let d = doc(&["Ferries from Port Ardlow and the villages below Mount Tessary were cancelled, Cape Morrin officials said."]);
    assert_eq!(kind_of(&d, "Port Ardlow"), Some(EntityKind::Place));
    assert_eq!(kind_of(&d, "Mount Tessary"), Some(EntityKind::Place));
}


#[test]
fn the_long_lists_are_there_and_lists_handed_over_are_checked() {
    assert!(gazetteer::ready(), "the CLI's build compiles the long lists in");
    let refused = |countries: &str, places: &str, surnames: &str| {
        let lists = gazetteer::ListTexts {
            countries: countries.into(),
            demonyms: "iberian\n".into(),
            places: places.into(),
            first_names: "ann\n".into(),
            surnames: surnames.into(),
            common_words: "the\n".into(),
        };
        gazetteer::provide_lists(lists).err().map(|e| e.to_string())
    };
    let unsorted = refused("Utopia\n", "zeta\nalpha\n", "smith\n").expect("an unsorted list is refused");
    assert!(unsorted.contains("places.txt"), "{unsorted}");
    let repeated = refused("Utopia\n", "alpha\nalpha\n", "smith\n").expect("a repeat is refused");
    assert!(repeated.contains("places.txt"), "{repeated}");
    let empty = refused("Utopia\n", "alpha\n", "\n").expect("an empty list is refused");
    assert!(empty.contains("surnames.txt"), "{empty}");
    // The countries keep their source's order (not sorted), but may not be empty.
    let no_countries = refused("", "alpha\n", "smith\n").expect("an empty country list is refused");
    assert!(no_countries.contains("countries.txt"), "{no_countries}");
}
