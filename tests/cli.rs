//! The command-line tool: exit codes, formats, the --published option.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn parallax() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

fn tmp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn prints_a_json_report_and_exits_zero_when_every_file_reads() {
    let f = tmp("ok.txt", b"The council met on Tuesday and approved the budget.");
    let out = parallax().args(["analyze", "--format", "json"]).arg(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"][0]["file"], "ok.txt");
}

#[test]
fn exits_one_when_a_file_has_problems_and_still_prints_the_report() {
    let good = tmp("good.txt", b"Some article.");
    let empty = tmp("empty.txt", b"");
    let out = parallax().arg("analyze").arg(&good).arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty.txt: the file is empty"));
}

#[test]
fn a_file_over_the_size_limit_gets_its_error_and_the_others_still_analyse() {
    let good = tmp("fine.txt", b"The council met on Tuesday and approved the budget.");
    let huge = tmp("huge.txt", b"");
    // 40 MB without writing them: the file is sparse, and the tool never reads it.
    std::fs::File::options().write(true).open(&huge).unwrap().set_len(40 << 20).unwrap();
    let out = parallax().args(["analyze", "--format", "json"]).arg(&good).arg(&huge).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"][1]["error_codes"][0], "too_large");
    assert!(v["documents"][0]["body"].as_str().unwrap().contains("approved the budget"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("huge.txt: the file is 40.0 MB, over the limit of 32.0 MB"));
}

#[test]
fn exits_two_on_usage_errors_with_a_message() {
    for args in [vec![], vec!["analyze"], vec!["frobnicate", "x"], vec!["analyze", "--format", "pdf", "x"], vec!["analyze", "--published", "soon", "x"]] {
        let out = parallax().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("usage"), "{args:?}");
    }
}

#[test]
fn published_option_sets_the_date_of_the_files() {
    let f = tmp("dated.txt", b"Nothing here says when.");
    let out = parallax().args(["analyze", "--published", "2024-02-29"]).arg(&f).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["documents"][0]["published"], "2024-02-29");
}

#[test]
fn markdown_format_prints_tables() {
    let f = tmp("md.txt", b"Some article.");
    let out = parallax().args(["analyze", "--format", "markdown"]).arg(&f).output().unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("## Documents") && s.contains("| d1 |"));
}
