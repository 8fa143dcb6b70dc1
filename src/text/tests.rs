use super::*;

fn doc(paragraphs: &[&str]) -> Document {
    Document::from_paragraphs("t.txt", paragraphs)
}

fn sentences(paragraphs: &[&str]) -> Vec<String> {
    let d = doc(paragraphs);
    let t = analyse(&d, 4000);
    t.sentences.iter().map(|s| s.span.slice(&d.body).to_string()).collect()
}

fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    tokenize(s, 0, &mut out);
    out.iter().map(|t| t.span.slice(s).to_string()).collect()
}

#[test]
fn splits_sentences_at_periods_followed_by_capitals() {
    assert_eq!(
        sentences(&["The mayor of Lake Arden resigned. Her deputy took over on Monday."]),
        ["The mayor of Lake Arden resigned.", "Her deputy took over on Monday."]
    );
}

#[test]
fn does_not_split_after_abbreviations_and_initials() {
    let s = sentences(&["Dr. Mira Osei met U.S. officials on Oct. 3 in St. Pauls. J. R. Tolland was absent."]);
    assert_eq!(s, ["Dr. Mira Osei met U.S. officials on Oct. 3 in St. Pauls.", "J. R. Tolland was absent."]);
}

#[test]
fn keeps_a_quotation_of_several_sentences_with_its_speaker() {
    let s = sentences(&["“We will rebuild. The bridge opens in May,” the mayor said. Nobody objected."]);
    assert_eq!(s, ["“We will rebuild. The bridge opens in May,” the mayor said.", "Nobody objected."]);
}

#[test]
fn never_splits_across_paragraphs_and_spans_point_into_the_body() {
    let d = doc(&["First paragraph ends here", "Second one. Third."]);
    let t = analyse(&d, 4000);
    assert_eq!(t.sentences.len(), 3);
    assert_eq!(t.sentences[0].block, 0);
    assert_eq!(t.sentences[2].block, 1);
    for s in &t.sentences {
        for tok in t.tokens_of(s) {
            assert!(s.span.contains(tok.span));
        }
    }
    assert_eq!(t.sentence_at(d.body.find("Third").unwrap()), Some(2));
}

#[test]
fn cuts_over_long_sentences() {
    let long = "word ".repeat(2000);
    let d = doc(&[&long]);
    let t = analyse(&d, 100);
    assert!(t.sentences.len() > 10);
    assert!(t.sentences.iter().all(|s| s.span.len() <= 100));
}

#[test]
fn tokens_keep_hyphenated_names_acronyms_and_numbers_whole() {
    assert_eq!(
        words("Ahmad al-Sharaa's U.S. visit cost $2.5 million, 100,000 people, 15th."),
        ["Ahmad", "al-Sharaa", "'", "s", "U.S.", "visit", "cost", "$", "2.5", "million", ",", "100,000", "people", ",", "15th", "."]
    );
    assert_eq!(words("don't"), ["don't"]);
}

#[test]
fn folds_case_accents_and_quotes() {
    assert_eq!(fold("Tartús “Ça” – Ålesund’s"), "tartus \"ca\" - alesund's");
}

#[test]
fn every_token_carries_its_folded_form() {
    // (sentence, the folds of its tokens, space-separated)
    let cases = [
        ("Zürich’s Mayor met U.S. envoys.", "zurich ' s mayor met u.s. envoys ."),
        ("ÉTÉ — a “festival” in Straße 5", "ete - a \" festival \" in strasse 5"),
        ("The 15th vote, 2,400 ballots.", "the 15th vote , 2,400 ballots ."),
    ];
    for (sentence, want) in cases {
        let d = doc(&[sentence]);
        let t = analyse(&d, 4000);
        let got: Vec<&str> = t.tokens.iter().map(|k| t.fold(k)).collect();
        assert_eq!(got.join(" "), want, "{sentence}");
        assert!(t.tokens.iter().all(|k| t.fold(k) == fold(k.span.slice(&d.body))), "{sentence}");
    }
}

#[test]
fn quotations_are_found_once_per_paragraph_as_the_table_says() {
    let table = include_str!("data/quote-cases.tsv");
    let mut rows = 0;
    for (n, line) in table.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()) {
        let Some((paragraph, want)) = line.split_once('\t') else { panic!("quote-cases.tsv:{}: two columns", n + 1) };
        let d = doc(&[paragraph]);
        let t = analyse(&d, 4000);
        let got: Vec<&str> = t.quotes_touching(ByteSpan::new(0, d.body.len())).iter().map(|q| q.slice(&d.body)).collect();
        let want: Vec<&str> = if want == "-" { Vec::new() } else { want.split(" | ").collect() };
        assert_eq!(got, want, "quote-cases.tsv:{}: {paragraph}", n + 1);
        rows += 1;
    }
    assert!(rows >= 8, "the quote table lost its rows");
}
