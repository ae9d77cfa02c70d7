//! `server extract` from the command line: a report in, its figures out as an upload file that
//! `server import` takes once a person has filled in what the text did not say.

use integration_tests::{PASSWORD, server_binary};
use std::{
    io::Write,
    path::Path,
    process::{Command, Output, Stdio},
};

fn server(dir: &Path, args: &[&str]) -> Output {
    Command::new(server_binary()).args(args).arg("--data-dir").arg(dir).output().unwrap()
}

const REPORT: &str = "鹤壁市2023年法治政府建设年度报告\n\
    2023年,全市审查行政规范性文件和重大行政决策412件,同比增长12%。\n\
    全年办理行政复议案件356件。\n";

#[test]
fn a_gbk_report_becomes_an_upload_file_that_imports_once_completed() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.txt");
    let (gbk, _, _) = encoding_rs::GBK.encode(REPORT);
    std::fs::write(&file, &gbk).unwrap();
    let path = file.to_str().unwrap();
    let out = server(
        dir.path(),
        &["extract", path, "--published", "2024-03-15", "--region", "410600", "--source", "rmw-20220917"],
    );
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("region,indicator,period,value,qualifier,unit,figure,source,quote,note,correction"));
    let row = lines.clone().find(|l| l.contains(",412,")).unwrap_or_else(|| panic!("{csv}"));
    assert!(row.starts_with("410600,"), "{row}");
    assert!(row.contains("rmw-20220917") && row.contains("重大行政决策412件"), "the sentence is the quote: {row}");
    assert!(lines.any(|l| l.contains(",356,")), "{csv}");

    // Completed by a person (here: the first row only, as legality reviews of 2023), it imports.
    let mut add = Command::new(server_binary())
        .args(["user", "add", "--name", "sup", "--role", "supervisor", "--data-dir"])
        .arg(dir.path())
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(add.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    assert!(add.wait().unwrap().success());
    let mut fields = csv_fields(row);
    (fields[1], fields[2], fields[5]) = ("legality_reviews".into(), "2023".into(), "cases".into());
    let edited = dir.path().join("edited.csv");
    let quoted: Vec<String> = fields.iter().map(|f| format!("\"{}\"", f.replace('"', "\"\""))).collect();
    std::fs::write(&edited, format!("{}\n{}\n", csv.lines().next().unwrap(), quoted.join(","))).unwrap();
    let import = server(dir.path(), &["import", edited.to_str().unwrap(), "--as", "sup", "--reason", "annual report"]);
    assert!(import.status.success(), "{}", String::from_utf8_lossy(&import.stderr));
    assert!(String::from_utf8(import.stdout).unwrap().starts_with("added 1,"));
}

/// The cells of one CSV line with quoted fields (the quotes hold commas).
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(String::new()),
            c => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

#[test]
fn unreadable_files_and_unknown_names_are_refused_with_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, [0x81, 0xff, 0xfe, 0x80]).unwrap();
    let out = server(dir.path(), &["extract", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("neither UTF-8 nor GBK"), "{out:?}");
    let good = dir.path().join("good.txt");
    std::fs::write(&good, REPORT).unwrap();
    let out = server(dir.path(), &["extract", good.to_str().unwrap(), "--region", "999999"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown region 999999"), "{out:?}");
    let out = server(dir.path(), &["extract", dir.path().join("missing.txt").to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"), "{out:?}");
}
