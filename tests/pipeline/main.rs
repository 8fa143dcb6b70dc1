//! One integration-test binary for the whole pipeline: a module per stage, tests named by the
//! behaviour a reader would check. Fixtures in `tests/fixtures/` are texts written for the
//! project, the demo set of `www/demo/`, and the case tables of `tests/fixtures/cases/` (`cases`).
//! Nothing here reads `../shared`: scores against the evaluation sets belong to its scorers.
#![cfg(not(target_arch = "wasm32"))]

mod cases;
mod claims;
mod documents;
mod entities;
mod foundation;
mod golden;
mod reliability;
mod time;

use parallax::{Input, Report};
use std::path::{Path, PathBuf};

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

fn fixture(name: &str) -> Input {
    let bytes = std::fs::read(fixture_path(name)).unwrap_or_else(|e| panic!("fixture {name}: {e}"));
    Input::new(name, bytes)
}

/// The demo articles of `www/demo/` (written for the project), in the order the page loads them.
fn demo() -> Vec<Input> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/demo");
    let index = std::fs::read_to_string(dir.join("index.json")).unwrap_or_else(|e| panic!("www/demo/index.json: {e}"));
    let names: Vec<String> = serde_json::from_str(&index).unwrap_or_else(|e| panic!("www/demo/index.json: {e}"));
    assert!(!names.is_empty(), "www/demo/index.json lists no articles");
    names
        .iter()
        .map(|n| Input::new(n.as_str(), std::fs::read(dir.join(n)).unwrap_or_else(|e| panic!("www/demo/{n}: {e}"))))
        .collect()
}

fn analyze_texts(files: &[(&str, &str)]) -> Report {
    let inputs: Vec<Input> = files.iter().map(|(n, t)| Input::new(*n, t.as_bytes())).collect();
    parallax::analyze(&inputs)
}
