//! WebAssembly bindings: convert JS values to `Input`s and the `Report` to a plain JS object.
//! No analysis logic lives here.

use crate::{analyze_with, report, Corrections, Input, Limits, Stage};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn opt_string(obj: &JsValue, key: &str) -> Option<String> {
    get(obj, key).as_string().filter(|s| !s.trim().is_empty())
}

/// One JS file object `{ name, bytes: Uint8Array }` or `{ name, text }`, with optional
/// `outlet`, `published`, `title` corrections.
fn input(file: &JsValue) -> Input {
    let name = opt_string(file, "name").unwrap_or_else(|| "untitled".into());
    let bytes = get(file, "bytes");
    let bytes = if bytes.is_instance_of::<js_sys::Uint8Array>() {
        js_sys::Uint8Array::new(&bytes).to_vec()
    } else if let Some(text) = get(file, "text").as_string() {
        text.into_bytes()
    } else {
        Vec::new()
    };
    let corrections = Corrections {
        outlet: opt_string(file, "outlet"),
        published: opt_string(file, "published"),
        title: opt_string(file, "title"),
    };
    Input { name, bytes, corrections }
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("could not convert the report: {e}")))
}

/// Analyses an array of files; returns the report as a plain object.
/// `on_stage`, when a function, is called with each stage's name as it starts.
#[wasm_bindgen]
pub fn analyze(files: js_sys::Array, on_stage: Option<js_sys::Function>) -> Result<JsValue, JsError> {
    let inputs: Vec<Input> = files.iter().map(|f| input(&f)).collect();
    let mut notify = |stage: Stage| {
        if let Some(f) = &on_stage {
            let _ = f.call1(&JsValue::NULL, &JsValue::from_str(stage.name()));
        }
    };
    let r = analyze_with(&inputs, &Limits::default(), &mut notify);
    to_js(&r)
}

/// Renders a report object (as returned by `analyze`) is not needed: the page re-runs analysis.
/// These render the report of the given files as Markdown / CSV, sharing the CLI's renderers.
#[wasm_bindgen(js_name = renderExport)]
pub fn render_export(files: js_sys::Array, format: &str) -> Result<String, JsError> {
    let inputs: Vec<Input> = files.iter().map(|f| input(&f)).collect();
    let r = crate::analyze(&inputs);
    match format {
        "json" => Ok(r.to_json()),
        "markdown" => Ok(report::markdown::render(&r)),
        "csv-claims" => Ok(report::csv::claims(&r)),
        "csv-entities" => Ok(report::csv::entities(&r)),
        other => Err(JsError::new(&format!("unknown export format '{other}'"))),
    }
}
