//! `server import` from the command line: a CSV streamed into the store whole, or not at all
//! with every problem named by row and column.

use integration_tests::{PASSWORD, server_binary};
use std::{
    io::Write,
    path::Path,
    process::{Command, Output, Stdio},
};

const HEADER: &str = "region,indicator,period,value,qualifier,unit,figure,source,quote,note,correction\n";

fn server(dir: &Path, args: &[&str]) -> Output {
    Command::new(server_binary()).args(args).arg("--data-dir").arg(dir).output().unwrap()
}

fn add_supervisor(dir: &Path) {
    let mut add = Command::new(server_binary())
        .args(["user", "add", "--name", "sup", "--role", "supervisor", "--data-dir"])
        .arg(dir)
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(add.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    assert!(add.wait().unwrap().success());
}

fn figure_count(dir: &Path) -> usize {
    let output = server(dir, &["export"]);
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap().lines().count() - 1
}

fn rows(years: std::ops::Range<u32>) -> String {
    years
        .map(|y| format!("410600,local_regulations_enacted,{y},{},exact,,,rmw-20220917,,yearbook,\n", y - 1980))
        .collect()
}

#[test]
fn a_csv_imports_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    add_supervisor(dir.path());
    let before = figure_count(dir.path());
    let file = dir.path().join("national.csv");
    let import = |csv: &str| {
        // With a byte order mark, as `server export` and spreadsheets write it.
        std::fs::write(&file, format!("\u{feff}{HEADER}{csv}")).unwrap();
        server(dir.path(), &["import", file.to_str().unwrap(), "--as", "sup", "--reason", "yearbook"])
    };

    let bad =
        import(&format!("{}410600,local_regulations_enacted,2011,many,exact,,,rmw-20220917,,p,\n", rows(1990..2010)));
    assert!(!bad.status.success());
    let message = String::from_utf8(bad.stderr).unwrap();
    assert!(message.contains("nothing was imported: 1 problem(s)"), "{message}");
    assert!(message.contains("national.csv:22:4 (value)"), "the row and column as a spreadsheet shows them: {message}");
    assert_eq!(figure_count(dir.path()), before, "nothing partial was stored");

    let good = import(&rows(1990..2010));
    assert!(good.status.success(), "{}", String::from_utf8_lossy(&good.stderr));
    assert!(String::from_utf8(good.stdout).unwrap().starts_with("added 20, corrected 0, unchanged 0"));
    assert_eq!(figure_count(dir.path()), before + 20);
}

/// A running server picks up what `server import` wrote beside it within about a second (it
/// used to serve the old figures, with the old ETag, until someone edited through the web).
#[tokio::test]
async fn a_running_server_serves_what_an_import_beside_it_wrote() {
    let dir = tempfile::tempdir().unwrap();
    add_supervisor(dir.path());
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut running = Command::new(server_binary())
        .args(["--addr", &format!("127.0.0.1:{port}"), "--data-dir"])
        .arg(dir.path())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let addr = format!("127.0.0.1:{port}");
    let path = "/api/v1/observations?region=410600&indicator=local_regulations_enacted";
    let fetch = || async { integration_tests::http::get(&addr, path, &[]).await.ok().map(|reply| reply.text()) };
    let mut before = None;
    for _ in 0..100 {
        before = fetch().await;
        if before.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let before = before.expect("the server started");
    let file = dir.path().join("import.csv");
    std::fs::write(&file, format!("{HEADER}{}", rows(2001..2004))).unwrap();
    let import = server(dir.path(), &["import", file.to_str().unwrap(), "--as", "sup", "--reason", "yearbook"]);
    assert!(import.status.success(), "{}", String::from_utf8_lossy(&import.stderr));
    let mut served = before.clone();
    for _ in 0..50 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        served = fetch().await.unwrap_or_default();
        if served != before {
            break;
        }
    }
    running.kill().unwrap();
    running.wait().unwrap();
    assert!(served.contains("\"period\":\"2003\""), "the imported figures are served: {served}");
}
