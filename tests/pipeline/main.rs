//! One integration-test binary for the whole pipeline: a module per stage, tests named by the
//! behaviour a reader would check. Fixtures in `tests/fixtures/` are texts written for the
//! project; the real seed set is read from `../shared` when it is there.
#![cfg(not(target_arch = "wasm32"))]

mod claims;
mod document_cases;
mod documents;
mod entities;
mod foundation;
mod reliability;
mod time;

use parallax::{Input, Report};
use std::path::{Path, PathBuf};

pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

pub fn fixture(name: &str) -> Input {
    let bytes = std::fs::read(fixture_path(name)).unwrap_or_else(|e| panic!("fixture {name}: {e}"));
    Input::new(name, bytes)
}

/// The real seed articles in `../shared/corpus/seeds`, sorted by name; empty when absent.
pub fn seeds() -> Vec<Input> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds");
    let mut paths: Vec<PathBuf> =
        std::fs::read_dir(dir).map(|r| r.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| Some(Input::new(p.file_name()?.to_string_lossy().to_string(), std::fs::read(&p).ok()?)))
        .collect()
}

pub fn analyze_texts(files: &[(&str, &str)]) -> Report {
    let inputs: Vec<Input> = files.iter().map(|(n, t)| Input::new(*n, t.as_bytes())).collect();
    parallax::analyze(&inputs)
}
