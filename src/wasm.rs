//! WebAssembly bindings: convert JS values to `Input`s and the `Report` to plain JS objects or
//! the CLI's text renderings. No analysis logic lives here.
//!
//! Two ways in: `analyze(files, onStage)` returns the report object at once; `new Analysis(files,
//! onStage, onRead)` keeps the report so that the worker can hand out exports
//! (`export("csv-claims")`) without analysing again. Dropped files arrive as `Blob`s and are read
//! here, one at a time as the ingest stage reaches them (`FileReaderSync`, in the worker).

use crate::{analyze_with, report, Corrections, Input, Limits, Report, Stage};
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Runs when the module loads: panics are reported to the console with their message.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Hands over the word lists the page keeps beside the module (`data/countries.txt`,
/// `demonyms.txt`, `places.txt`, `first_names.txt`, `surnames.txt`, `common_words.txt`: see
/// `entities::provide_lists`), as `{ countries, demonyms, places, firstNames, surnames,
/// commonWords }` of their texts; before the first analysis.
#[wasm_bindgen(js_name = provideWordLists)]
pub fn provide_word_lists(lists: JsValue) -> Result<(), JsError> {
    let text = |key: &str| get(&lists, key).as_string().unwrap_or_default();
    crate::entities::provide_lists(crate::entities::ListTexts {
        countries: text("countries"),
        demonyms: text("demonyms"),
        places: text("places"),
        first_names: text("firstNames"),
        surnames: text("surnames"),
        common_words: text("commonWords"),
    })
    .map_err(|e| JsError::new(&e.to_string()))
}

/// An analysis needs the long word lists: without them it would find fewer names, silently.
fn lists_ready() -> Result<(), JsError> {
    if crate::entities::gazetteer::ready() {
        Ok(())
    } else {
        Err(JsError::new("the word lists have not been loaded: call provideWordLists first"))
    }
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The limits the analysis enforces, for the page to state them:
/// `{ maxFileBytes, maxTotalBytes, maxFiles, maxSentenceBytes, maxHtmlDepth, maxTableCells }`.
#[wasm_bindgen]
pub fn limits() -> Result<JsValue, JsError> {
    let l = Limits::default();
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct L {
        max_file_bytes: usize,
        max_total_bytes: usize,
        max_files: usize,
        max_sentence_bytes: usize,
        max_html_depth: usize,
        max_table_cells: usize,
    }
    to_js(&L {
        max_file_bytes: l.max_file_bytes,
        max_total_bytes: l.max_total_bytes,
        max_files: l.max_files,
        max_sentence_bytes: l.max_sentence_bytes,
        max_html_depth: l.max_html_depth,
        max_table_cells: l.max_table_cells,
    })
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn opt_string(obj: &JsValue, key: &str) -> Option<String> {
    get(obj, key).as_string().filter(|s| !s.trim().is_empty())
}

/// One JS file object: `{ name, bytes: Uint8Array | ArrayBuffer }`, `{ name, text }` or
/// `{ name, blob: Blob }` (a dropped `File`; also a `File` itself), with optional `outlet`,
/// `published`, `title` corrections. A Blob is read here, as the ingest stage reaches it, with
/// `FileReaderSync` (workers only): its bytes cross into wasm once and nothing else holds them.
/// `Err` carries the file, empty, and why it could not be read.
fn input(file: &JsValue, reader: &mut Option<web_sys::FileReaderSync>) -> Result<Input, (Input, String)> {
    let blob = if file.is_instance_of::<web_sys::Blob>() { file.clone() } else { get(file, "blob") };
    let name = opt_string(file, "name").or_else(|| opt_string(&blob, "name")).unwrap_or_else(|| "untitled".into());
    let corrections = Corrections {
        outlet: opt_string(file, "outlet"),
        published: opt_string(file, "published"),
        title: opt_string(file, "title"),
    };
    let bytes = get(file, "bytes");
    let bytes = if let Some(blob) = blob.dyn_ref::<web_sys::Blob>() {
        // A file over the per-file limit is not read: it gets its error from its size.
        let size = blob.size();
        if size > Limits::default().max_file_bytes as f64 {
            return Ok(Input::unread(name, size as usize, corrections));
        }
        match read_blob(blob, reader) {
            Ok(bytes) => bytes,
            Err(why) => return Err((Input { name, bytes: Vec::new(), corrections, unread_bytes: None }, why)),
        }
    } else if bytes.is_instance_of::<js_sys::Uint8Array>() || bytes.is_instance_of::<js_sys::ArrayBuffer>() {
        js_sys::Uint8Array::new(&bytes).to_vec()
    } else if let Some(text) = get(file, "text").as_string() {
        text.into_bytes()
    } else {
        Vec::new()
    };
    Ok(Input { name, bytes, corrections, unread_bytes: None })
}

/// A Blob's bytes, read synchronously (one reader for the whole drop).
fn read_blob(blob: &web_sys::Blob, reader: &mut Option<web_sys::FileReaderSync>) -> Result<Vec<u8>, String> {
    let why = |e: JsValue| {
        js_sys::Reflect::get(&e, &JsValue::from_str("message")).ok().and_then(|m| m.as_string()).unwrap_or_else(|| format!("{e:?}"))
    };
    let reader = match reader {
        Some(r) => r,
        None => reader.insert(web_sys::FileReaderSync::new().map_err(|e| {
            format!("files are read in the analysis worker, and this one could not be ({})", why(e))
        })?),
    };
    let buffer = reader.read_as_array_buffer(blob).map_err(why)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A plain JS object of `value`, read by the engine's `JSON.parse` (the JSON writer is in the
/// module already; a second serialiser straight into JS values would only add to its size).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(value).map_err(|e| JsError::new(&format!("could not convert: {e}")))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("could not convert"))
}

/// Analyses `files`, reading each as the ingest stage reaches it. `on_stage(name)` is called as
/// each stage starts; `on_read(done, total, error)` after each file is read (`error` is null or
/// why the file could not be read: it is then analysed as empty).
fn run(files: &js_sys::Array, on_stage: Option<js_sys::Function>, on_read: Option<js_sys::Function>) -> Report {
    let total = JsValue::from(files.length());
    let mut reader = None;
    let inputs = files.iter().enumerate().map(|(i, f)| {
        let (input, error) = match input(&f, &mut reader) {
            Ok(input) => (input, JsValue::NULL),
            Err((input, why)) => (input, JsValue::from_str(&why)),
        };
        if let Some(f) = &on_read {
            let _ = f.call3(&JsValue::NULL, &JsValue::from(i + 1), &total, &error);
        }
        input
    });
    let mut notify = |stage: Stage| {
        if let Some(f) = &on_stage {
            let _ = f.call1(&JsValue::NULL, &JsValue::from_str(stage.name()));
        }
    };
    analyze_with(inputs, &Limits::default(), &mut notify)
}

/// The report as a plain object, built by the engine's `JSON.parse` from one string: several
/// times faster than creating its values one by one across the boundary.
fn report_to_js(report: &Report) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&report.to_json_compact()).map_err(|_| JsError::new("could not convert the report"))
}

/// Analyses an array of files; returns the report as a plain object.
/// `on_stage`, when a function, is called with each stage's name as it starts.
#[wasm_bindgen]
pub fn analyze(files: js_sys::Array, on_stage: Option<js_sys::Function>) -> Result<JsValue, JsError> {
    lists_ready()?;
    report_to_js(&run(&files, on_stage, None))
}

/// One analysis, kept so that its report can be rendered in every export format.
#[wasm_bindgen]
pub struct Analysis {
    report: Report,
}

#[wasm_bindgen]
impl Analysis {
    /// Analyses an array of files (as `analyze`); `on_stage` is called as each stage starts,
    /// `on_read(done, total, error)` as each file has been read (Blobs are read here, one at a
    /// time, as the ingest stage reaches them).
    #[wasm_bindgen(constructor)]
    pub fn new(files: js_sys::Array, on_stage: Option<js_sys::Function>, on_read: Option<js_sys::Function>) -> Result<Analysis, JsError> {
        lists_ready()?;
        Ok(Analysis { report: run(&files, on_stage, on_read) })
    }

    /// The report as a plain object (report-schema v1).
    pub fn report(&self) -> Result<JsValue, JsError> {
        report_to_js(&self.report)
    }

    /// The report as compact JSON text (report-schema v1): one string crosses into JS, which
    /// `JSON.parse` reads far faster than the object `report()` builds value by value.
    #[wasm_bindgen(js_name = reportJson)]
    pub fn report_json(&self) -> String {
        self.report.to_json_compact()
    }

    /// The page's form of the report as compact JSON: silent agreement cells left out, and
    /// `"silent_cells": "omitted"` said (see `Report::to_json_sparse`). The page renders from it
    /// as it is: a document with no cell in a claim is silent on it.
    #[wasm_bindgen(js_name = reportJsonSparse)]
    pub fn report_json_sparse(&self) -> String {
        self.report.to_json_sparse()
    }

    /// The report rendered as `json`, `markdown`, `csv-claims` or `csv-entities`.
    pub fn export(&self, format: &str) -> Result<String, JsError> {
        match format {
            "json" => Ok(indent(&self.report.to_json_compact())),
            "markdown" => Ok(report::markdown::render(&self.report)),
            "csv-claims" => Ok(report::csv::claims(&self.report)),
            "csv-entities" => Ok(report::csv::entities(&self.report)),
            other => Err(JsError::new(&format!("unknown export format '{other}'"))),
        }
    }
}

/// Compact JSON (as serde_json writes it) indented as `serde_json::to_string_pretty` indents it:
/// two spaces a level, `"key": value`, `[]` and `{}` when empty. The export is then the command
/// line's `--format json` byte for byte, without a second, indenting copy of the report's writer
/// in the module.
fn indent(compact: &str) -> String {
    fn line(out: &mut Vec<u8>, depth: usize) {
        out.push(b'\n');
        out.resize(out.len() + 2 * depth, b' ');
    }
    let bytes = compact.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() + bytes.len() / 4);
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        i += 1;
        if in_string {
            out.push(b);
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
            continue;
        }
        match b {
            b'"' => {
                in_string = true;
                out.push(b);
            }
            b'{' | b'[' => {
                let close = if b == b'{' { b'}' } else { b']' };
                out.push(b);
                if bytes.get(i) == Some(&close) {
                    out.push(close);
                    i += 1;
                } else {
                    depth += 1;
                    line(&mut out, depth);
                }
            }
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                line(&mut out, depth);
                out.push(b);
            }
            b',' => {
                out.push(b);
                line(&mut out, depth);
            }
            b':' => out.extend_from_slice(b": "),
            _ => out.push(b),
        }
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
