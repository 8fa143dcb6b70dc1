//! The walking skeleton: files in, a report of the schema out, bad files as per-file errors.

use super::*;

#[test]
fn report_has_the_schema_sections_and_one_document_per_file() {
    let r = analyze_texts(&[("a.txt", "First article.\n\nIt has text."), ("b.txt", "Second article text.")]);
    let v: serde_json::Value = serde_json::from_str(&r.to_json()).unwrap();
    assert_eq!(v["schema"], "parallax.report/1");
    for key in ["documents", "entities", "timeline", "claims"] {
        assert!(v[key].is_array(), "{key} missing");
    }
    let ids: Vec<&str> = r.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["d1", "d2"]);
    assert_eq!(r.documents[1].file, "b.txt");
    assert!(v["documents"][0]["published"].is_null());
}

#[test]
fn bad_files_get_their_own_error_and_the_rest_still_analyse() {
    let inputs = vec![
        Input::new("empty.txt", Vec::new()),
        Input::new("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
        Input::new("latin1.txt", b"Caf\xe9 society \xff\xfe\xfd".to_vec()),
        Input::new("good.txt", b"A perfectly ordinary article about a town meeting.".to_vec()),
    ];
    let r = parallax::analyze(&inputs);
    assert_eq!(r.documents.len(), 4);
    assert_eq!(r.documents[0].error_codes, ["empty"]);
    assert_eq!(r.documents[1].error_codes, ["binary"]);
    assert!(r.documents[1].errors[0].contains("PNG"));
    assert!(r.documents[3].errors.is_empty());
    assert!(r.documents[3].body.contains("town meeting"));
}

#[test]
fn a_file_over_the_size_limit_is_refused_with_the_numbers() {
    let limits = parallax::Limits { max_file_bytes: 10, ..Default::default() };
    let r = parallax::analyze_with(&[Input::new("big.txt", vec![b'a'; 11])], &limits, &mut |_| {});
    assert_eq!(r.documents[0].error_codes, ["too_large"]);
    assert!(r.documents[0].errors[0].contains("11 bytes"), "{}", r.documents[0].errors[0]);
}

#[test]
fn a_file_left_unread_for_its_size_is_refused_and_counts_toward_the_drop() {
    let limits = parallax::Limits { max_file_bytes: 10, max_total_bytes: 30, ..Default::default() };
    let inputs = [
        Input::unread("huge.txt", 25, Default::default()),
        Input::new("small.txt", b"Six words in a short line.".to_vec()),
    ];
    let r = parallax::analyze_with(&inputs, &limits, &mut |_| {});
    assert_eq!(r.documents[0].error_codes, ["too_large"]);
    assert!(r.documents[0].errors[0].contains("25 bytes"), "{}", r.documents[0].errors[0]);
    // 25 unread bytes and 26 read ones pass the drop's 30: the second file is refused too.
    assert_eq!(r.documents[1].error_codes, ["drop_full"]);
}

#[test]
fn utf8_with_and_without_bom_and_utf16_read_the_same() {
    let text = "Ça marche: Zürich, Tartous.";
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let r = parallax::analyze(&[
        Input::new("plain.txt", text.as_bytes()),
        Input::new("bom.txt", bom),
        Input::new("le.txt", le),
        Input::new("be.txt", be),
    ]);
    for d in &r.documents {
        assert!(d.errors.is_empty(), "{}: {:?}", d.file, d.errors);
        assert_eq!(d.body, text, "{}", d.file);
    }
}

#[test]
fn corrections_from_the_reader_win_over_the_file() {
    let mut input = Input::new("a.txt", "Some article text here.");
    input.corrections.outlet = Some("The Harbour Gazette".into());
    input.corrections.published = Some("2024-03-09".into());
    let r = parallax::analyze(&[input]);
    assert_eq!(r.documents[0].outlet.as_deref(), Some("The Harbour Gazette"));
    assert_eq!(r.documents[0].published.as_deref(), Some("2024-03-09"));
    assert!(!r.documents[0].published_inferred);
}

#[test]
fn markdown_and_csv_exports_carry_every_document() {
    let r = analyze_texts(&[("a|b.txt", "Text one."), ("c.txt", "Text, two.")]);
    let md = parallax::report::markdown::render(&r);
    assert!(md.contains("a\\|b.txt"));
    let csv = parallax::report::csv::entities(&r);
    assert!(csv.lines().next().unwrap().contains("a|b.txt"));
}
