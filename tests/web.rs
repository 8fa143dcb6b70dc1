//! The wasm `analyze` in a real browser (wasm-pack test --headless --chrome): files given as
//! Uint8Arrays come back as a plain-object report with the right documents, per-file errors and
//! the exports the page downloads; the page's sparse form of the report; per-file read progress.
//! (Blobs are read with FileReaderSync, which only workers have: the end-to-end tests drop real
//! Files on the page; here, on the main thread, a Blob gets its read error.)
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Object, Reflect, Uint8Array};
use parallax::wasm::{analyze, provide_word_lists, Analysis};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn file(name: &str, bytes: &[u8]) -> JsValue {
    let o = Object::new();
    Reflect::set(&o, &"name".into(), &name.into()).unwrap();
    Reflect::set(&o, &"bytes".into(), &Uint8Array::from(bytes).into()).unwrap();
    o.into()
}

/// The word lists, handed over as the page's worker does after fetching them.
fn lists() {
    let o = Object::new();
    for (key, text) in [
        ("countries", include_str!("../src/entities/data/countries.txt")),
        ("demonyms", include_str!("../src/entities/data/demonyms.txt")),
        ("places", include_str!("../src/entities/data/places.txt")),
        ("firstNames", include_str!("../src/entities/data/first_names.txt")),
        ("surnames", include_str!("../src/entities/data/surnames.txt")),
        ("commonWords", include_str!("../src/entities/data/common_words.txt")),
    ] {
        Reflect::set(&o, &key.into(), &text.into()).unwrap();
    }
    provide_word_lists(o.into()).expect("the lists are accepted");
}

fn get(v: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(v.clone(), |v, k| Reflect::get(&v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED))
}

fn at(v: &JsValue, i: u32) -> JsValue {
    Reflect::get(v, &JsValue::from_f64(i as f64)).unwrap()
}

const HARBOUR: &[u8] = b"Harbour Gazette\n\nFerry talks end without deal\n\nBy Lena Corbett | March 4, 2024\n\n\
Mayor Ines Vartan met ferry operators on Tuesday for three and a half hours in Port Ellis. \
\"We will not raise fares this year,\" Vartan said.\n";
const COURIER: &[u8] = b"Coast Courier\n\nNo deal in ferry talks\n\nMarch 4, 2024\n\n\
Mayor Ines Vartan met the ferry operators on Tuesday for two hours in Port Ellis. \
\"We will not raise fares,\" Vartan said.\n";

#[wasm_bindgen_test]
fn analyze_takes_uint8arrays_and_returns_a_plain_report() {
    lists();
    let files = Array::of3(&file("harbour.txt", HARBOUR), &file("courier.txt", COURIER), &file("empty.txt", b""));
    let r = analyze(files, None).expect("a report");
    assert_eq!(get(&r, &["schema"]).as_string().as_deref(), Some("parallax.report/1"));
    let docs = get(&r, &["documents"]);
    assert!(Array::is_array(&docs), "documents is a plain array, not a Map");
    assert_eq!(Array::from(&docs).length(), 3);
    assert_eq!(get(&at(&docs, 0), &["id"]).as_string().as_deref(), Some("d1"));
    assert_eq!(get(&at(&docs, 0), &["file"]).as_string().as_deref(), Some("harbour.txt"));
    assert_eq!(get(&at(&docs, 0), &["published"]).as_string().as_deref(), Some("2024-03-04"));
    assert!(get(&at(&docs, 0), &["body"]).as_string().unwrap().contains("three and a half hours"));
    // A missing value is null (JSON), never undefined.
    assert!(get(&at(&docs, 2), &["outlet"]).is_null());
    let errors = Array::from(&get(&at(&docs, 2), &["errors"]));
    assert_eq!(errors.length(), 1);
    assert!(errors.get(0).as_string().unwrap().contains("empty"));
    // Mentions are a plain object keyed by document id.
    let entities = Array::from(&get(&r, &["entities"]));
    let vartan = entities.iter().find(|e| get(e, &["name"]).as_string().as_deref() == Some("Ines Vartan")).expect("Ines Vartan");
    assert_eq!(get(&vartan, &["mentions", "d1"]).as_f64(), Some(2.0));
}

#[wasm_bindgen_test]
fn stages_are_reported_in_order() {
    lists();
    let push = js_sys::Function::new_with_args("s", "(globalThis.__parallaxStages ||= []).push(s)");
    analyze(Array::of1(&file("a.txt", HARBOUR)), Some(push)).unwrap();
    let seen = Array::from(&get(&js_sys::global().into(), &["__parallaxStages"]));
    let names: Vec<String> = seen.iter().filter_map(|v| v.as_string()).collect();
    assert_eq!(names, ["ingest", "body", "text", "time", "entities", "claims", "compare", "report", "done"]);
}

#[wasm_bindgen_test]
fn an_analysis_renders_every_export_format() {
    lists();
    let a = Analysis::new(Array::of2(&file("harbour.txt", HARBOUR), &file("courier.txt", COURIER)), None, None).expect("the lists are loaded");
    let json: serde_json::Value = serde_json::from_str(&a.export("json").unwrap()).unwrap();
    assert_eq!(json["documents"].as_array().unwrap().len(), 2);
    assert!(a.export("markdown").unwrap().contains("## Agreement table"));
    assert!(a.export("csv-entities").unwrap().lines().any(|l| l.contains("Ines Vartan")));
    assert!(a.export("csv-claims").unwrap().lines().next().unwrap().contains("claim"));
    assert!(a.export("pdf").is_err());
}

#[wasm_bindgen_test]
fn binary_and_legacy_encoded_files_get_their_own_result() {
    lists();
    let latin1 = b"Caf\xe9 owners met the mayor on Monday in Port Ellis and said they would stay open.";
    let files = Array::of2(&file("binary.bin", &[0, 159, 146, 150, 0, 1, 2, 3, 0, 0]), &file("latin1.txt", latin1));
    let r = analyze(files, None).unwrap();
    let docs = get(&r, &["documents"]);
    assert_eq!(Array::from(&get(&at(&docs, 0), &["errors"])).length(), 1);
    assert!(get(&at(&docs, 1), &["body"]).as_string().unwrap().contains("Café"));
}

#[wasm_bindgen_test]
fn report_json_and_report_give_the_same_report() {
    lists();
    let a = Analysis::new(Array::of2(&file("harbour.txt", HARBOUR), &file("courier.txt", COURIER)), None, None).expect("the lists are loaded");
    let text = a.report_json();
    assert!(!text.contains("\n  "), "compact JSON, not indented");
    let parsed = js_sys::JSON::parse(&text).expect("valid JSON");
    let object = a.report().expect("a report");
    let same = |v: &JsValue| js_sys::JSON::stringify(v).ok().and_then(|s| s.as_string());
    assert_eq!(same(&parsed), same(&object));
    assert!(Array::from(&get(&parsed, &["claims"])).length() > 0, "the two outlets' claims are compared");
}

/// `v` with every plain silent cell taken out of its claims (what the sparse form leaves out).
fn without_silent_cells(mut v: serde_json::Value) -> serde_json::Value {
    for claim in v["claims"].as_array_mut().into_iter().flatten() {
        if let Some(cells) = claim["cells"].as_object_mut() {
            cells.retain(|_, c| {
                !(c["stance"] == "silent" && c["quote"].is_null() && c["value"].is_null() && c["start"].is_null() && c["end"].is_null())
            });
        }
    }
    v
}

#[wasm_bindgen_test]
fn the_sparse_report_is_the_report_without_its_silent_cells() {
    lists();
    let third: &[u8] = b"Island Post\n\nHarbour news\n\nMarch 5, 2024\n\nThe new quay opened in Port Ellis on Wednesday.\n";
    let a = Analysis::new(
        Array::of3(&file("harbour.txt", HARBOUR), &file("courier.txt", COURIER), &file("island.txt", third)),
        None,
        None,
    ).expect("the lists are loaded");
    let dense: serde_json::Value = serde_json::from_str(&a.report_json()).unwrap();
    let mut sparse: serde_json::Value = serde_json::from_str(&a.report_json_sparse()).unwrap();
    assert!(dense.get("silent_cells").is_none(), "the schema's form writes every cell");
    assert_eq!(sparse.as_object_mut().unwrap().remove("silent_cells"), Some("omitted".into()));
    let silent = |v: &serde_json::Value| {
        v["claims"].as_array().unwrap().iter().flat_map(|c| c["cells"].as_object().unwrap().values()).filter(|c| c["stance"] == "silent").count()
    };
    assert!(silent(&dense) > 0, "the island outlet is silent on the ferry claims");
    assert_eq!(silent(&sparse), 0);
    assert_eq!(sparse, without_silent_cells(dense));
}

#[wasm_bindgen_test]
fn each_file_read_is_reported_and_a_blob_off_a_worker_gets_its_error() {
    lists();
    let seen = js_sys::Function::new_with_args("d, t, e", "(globalThis.__parallaxReads ||= []).push([d, t, e])");
    let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(HARBOUR))).unwrap();
    let o = Object::new();
    Reflect::set(&o, &"name".into(), &"dropped.txt".into()).unwrap();
    Reflect::set(&o, &"blob".into(), &blob).unwrap();
    let a = Analysis::new(Array::of2(&file("courier.txt", COURIER), &o), None, Some(seen)).expect("the lists are loaded");
    let reads = Array::from(&get(&js_sys::global().into(), &["__parallaxReads"]));
    assert_eq!(reads.length(), 2, "one call per file");
    assert_eq!((at(&at(&reads, 0), 0).as_f64(), at(&at(&reads, 0), 1).as_f64()), (Some(1.0), Some(2.0)));
    assert!(at(&at(&reads, 0), 2).is_null(), "the bytes were read");
    assert_eq!(at(&at(&reads, 1), 0).as_f64(), Some(2.0));
    assert!(at(&at(&reads, 1), 2).as_string().unwrap().contains("worker"), "FileReaderSync exists only in workers");
    let r: serde_json::Value = serde_json::from_str(&a.report_json()).unwrap();
    assert_eq!(r["documents"][1]["file"], "dropped.txt");
    assert_eq!(r["documents"][1]["error_codes"][0], "empty");
}

#[wasm_bindgen_test]
fn the_json_export_is_the_command_lines_json_byte_for_byte() {
    lists();
    // Quotes to escape, empty and filled lists, an unreadable file, a second outlet.
    let drop = [("harbour.txt", HARBOUR), ("courier.txt", COURIER), ("empty.txt", b"" as &[u8]), ("tab\tname.txt", b"Tab\there.\n")];
    let files = Array::new();
    for (name, bytes) in drop {
        files.push(&file(name, bytes));
    }
    let exported = Analysis::new(files, None, None).expect("the lists are loaded").export("json").unwrap();
    let inputs: Vec<parallax::Input> = drop.iter().map(|(name, bytes)| parallax::Input::new(*name, *bytes)).collect();
    assert_eq!(exported, parallax::analyze(&inputs).to_json());
}

#[wasm_bindgen_test]
fn word_lists_that_are_not_lists_are_refused_with_their_name() {
    let o = Object::new();
    Reflect::set(&o, &"countries".into(), &"Utopia\n".into()).unwrap();
    Reflect::set(&o, &"demonyms".into(), &"iberian\n".into()).unwrap();
    Reflect::set(&o, &"places".into(), &"zeta\nalpha\n".into()).unwrap();
    Reflect::set(&o, &"firstNames".into(), &"ann\n".into()).unwrap();
    Reflect::set(&o, &"surnames".into(), &"".into()).unwrap();
    Reflect::set(&o, &"commonWords".into(), &"the\n".into()).unwrap();
    let e = provide_word_lists(o.into()).expect_err("an unsorted list is refused");
    let message = js_sys::Reflect::get(&JsValue::from(e), &"message".into()).unwrap().as_string().unwrap();
    assert!(message.contains("places.txt"), "{message}");
}
