//! Golden reports: the demo set (`www/demo/`, in the order of its `index.json`) analysed and
//! compared byte for byte with `tests/fixtures/reports/demo.json`. A change that alters the report
//! fails here until the golden file is written again with `./run golden` (the same as
//! `PARALLAX_UPDATE_GOLDEN=1 cargo test --test pipeline golden`); the diff of that file is then
//! the change a reviewer reads.

use super::demo;
use std::path::Path;

#[test]
fn the_demo_report_matches_its_golden_file() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reports/demo.json");
    let got = format!("{}\n", parallax::analyze(&demo()).to_json());
    if std::env::var_os("PARALLAX_UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &got).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e} (write it with ./run golden)", path.display()));
    if got != want {
        let line = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(got.lines().count().min(want.lines().count()));
        let show = |s: &str| s.lines().nth(line).unwrap_or("(end of report)").chars().take(300).collect::<String>();
        panic!(
            "the demo report differs from tests/fixtures/reports/demo.json at line {}:\n  now:    {}\n  golden: {}\nIf the change is meant, run ./run golden and review the diff.",
            line + 1,
            show(&got),
            show(&want)
        );
    }
}

#[test]
fn the_report_is_the_same_bytes_every_time() {
    let inputs = demo();
    assert_eq!(parallax::analyze(&inputs).to_json(), parallax::analyze(&inputs).to_json());
}
