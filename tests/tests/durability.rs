//! The real binary, killed in the middle of an upload, and in the middle of writing one, and
//! started again: nothing partial is stored and nothing committed is lost.

use integration_tests::{http, server_binary};
use std::{
    io::Write,
    path::Path,
    process::{Child, Command, Stdio},
    time::Duration,
};
use tokio::io::AsyncWriteExt;

const PASSWORD: &str = "durability test password";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

async fn start(dir: &Path, port: u16) -> Child {
    let mut child = Command::new(server_binary())
        .args(["--addr", &format!("127.0.0.1:{port}"), "--data-dir"])
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the server");
    for _ in 0..100 {
        if http::get(&format!("127.0.0.1:{port}"), "/healthz", &[]).await.is_ok() {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not come up");
}

const FORM: (&str, &str) = ("content-type", "application/x-www-form-urlencoded");

/// Logs in as `sup`; returns the session cookie and its CSRF token.
async fn login(addr: &str) -> (String, String) {
    let form = http::get(addr, "/login", &[]).await.unwrap();
    let login_csrf = form.cookie("fzkb_login_csrf").unwrap().to_owned();
    let csrf = integration_tests::browser::hidden(&form.text(), "csrf");
    let body = format!("name=sup&password={}&csrf={csrf}", PASSWORD.replace(' ', "+"));
    let cookie = format!("fzkb_login_csrf={login_csrf}");
    let answer = http::post(addr, "/login", &[("cookie", &cookie), FORM], body.as_bytes()).await.unwrap();
    let session = format!("fzkb_session={}", answer.cookie("fzkb_session").expect("logged in"));
    let board = http::get(addr, "/supervision", &[("cookie", &session)]).await.unwrap();
    (session, integration_tests::browser::hidden(&board.text(), "csrf"))
}

/// A valid upload of many figures: every prefecture × each month of 2000–2024 (as-of periods)
/// × count indicators, as the open-data API lists them, until `rows`.
async fn large_upload(addr: &str, rows: usize) -> String {
    let list = |what: &'static str| async move {
        http::get(addr, &format!("/api/v1/{what}?limit=1000"), &[]).await.unwrap().json()
    };
    let (regions, indicators) = (list("regions").await, list("indicators").await);
    let items = |v: &serde_json::Value, field: &str, key: &str, want: &str| -> Vec<String> {
        let all = v["items"].as_array().unwrap().iter();
        all.filter(|i| i[field] == want).map(|i| i[key].as_str().unwrap().to_owned()).collect()
    };
    let prefectures = items(&regions, "level", "code", "prefecture");
    let counts = items(&indicators, "kind", "key", "count");
    let mut csv = String::from("region,indicator,period,value,qualifier,unit,figure,source,quote,note,correction\n");
    let months = (2000..2025).flat_map(|y| (1..=12).map(move |m| format!("asof-{y}-{m:02}")));
    let keys = counts.iter().flat_map(|i| months.clone().map(move |p| (i, p)));
    let all = keys.flat_map(|(i, p)| prefectures.iter().map(move |r| (r, i.clone(), p.clone())));
    for (n, (region, indicator, period)) in all.take(rows).enumerate() {
        csv.push_str(&format!("{region},{indicator},{period},{},exact,,,rmw-20220917,,durability,\n", n % 97 + 1));
    }
    assert_eq!(csv.lines().count(), rows + 1, "the seed has enough prefectures and count indicators");
    csv
}

fn multipart(csrf: &str, file: &str) -> Vec<u8> {
    format!(
        "--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.csv\"\r\n\r\n{file}\r\n--b--\r\n"
    )
    .into_bytes()
}

/// The figures the running server holds, as `/healthz` counts them.
async fn served_figures(addr: &str) -> usize {
    http::get(addr, "/healthz", &[]).await.unwrap().json()["observations"].as_u64().unwrap() as usize
}

/// The bytes in the store's write-ahead log: they grow while a transaction writes.
fn wal_bytes(dir: &Path) -> u64 {
    std::fs::metadata(dir.join("fazhi-kanban.sqlite3-wal")).map_or(0, |m| m.len())
}

fn figure_count(dir: &Path) -> usize {
    let output = Command::new(server_binary()).arg("export").arg("--data-dir").arg(dir).output().unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap().lines().count() - 1
}

#[tokio::test]
async fn killing_the_server_mid_upload_loses_nothing_committed_and_stores_nothing_partial() {
    let dir = tempfile::tempdir().unwrap();
    let mut add = Command::new(server_binary())
        .args(["user", "add", "--name", "sup", "--role", "supervisor", "--data-dir"])
        .arg(dir.path())
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    writeln!(add.stdin.take().unwrap(), "{PASSWORD}").unwrap();
    assert!(add.wait().unwrap().success());
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let mut server = start(dir.path(), port).await;
    let (session, csrf) = login(&addr).await;

    // A committed figure, through the real form.
    let body = format!(
        "csrf={csrf}&region=410600&indicator=legality_reviews&period=2023&value=777&qualifier=exact\
         &source=rmw-20220917&note=p.+2&reason=annual"
    );
    let saved = http::post(&addr, "/supervision/entry", &[("cookie", &session), FORM], body.as_bytes()).await.unwrap();
    assert!(saved.header("location").unwrap().contains("saved="));
    let committed = figure_count(dir.path());

    // Half an upload, then the process dies.
    let mut stream = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let head = format!(
        "POST /supervision/upload HTTP/1.1\r\nHost: x\r\nCookie: {session}\r\n\
         Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 100000\r\n\r\n\
         --b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n\
         region,indicator,period,value,qualifier,unit,figure,source,quote,note,correction\n"
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(b"410600,legality_reviews,2024,1,exact,,,rmw-20220917,,p,\n").await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    server.kill().unwrap();
    server.wait().unwrap();

    assert_eq!(figure_count(dir.path()), committed, "the committed figure survived; nothing partial was added");
    let mut server = start(dir.path(), port).await;
    let page = http::get(&addr, "/compare?indicator=legality_reviews&period=2023", &[]).await.unwrap();
    assert!(page.text().contains("777"), "the restarted server serves the committed figure");

    // A whole upload received, then its commit killed while the transaction writes: the
    // write-ahead log growing is the sign that rows are being written.
    let (session, csrf) = login(&addr).await;
    const ROWS: usize = 30_000;
    let file = large_upload(&addr, ROWS).await;
    let upload = [("cookie", session.as_str()), ("content-type", "multipart/form-data; boundary=b")];
    let received = http::post(&addr, "/supervision/upload", &upload, &multipart(&csrf, &file)).await.unwrap();
    let preview = received.header("location").unwrap_or_default().to_owned();
    assert!(preview.starts_with("/supervision/uploads/"), "the upload is kept for review: {received:?}");
    let served_before = served_figures(&addr).await;
    let before = wal_bytes(dir.path());
    let commit = tokio::spawn({
        let (addr, session) = (addr.clone(), session.clone());
        let (path, body) = (format!("{preview}/commit"), format!("csrf={csrf}&reason=monthly+report"));
        async move { http::post(&addr, &path, &[("cookie", &session), FORM], body.as_bytes()).await }
    });
    let started = std::time::Instant::now();
    while wal_bytes(dir.path()) == before && started.elapsed() < Duration::from_secs(60) {
        tokio::time::sleep(Duration::from_micros(200)).await;
    }
    server.kill().unwrap();
    server.wait().unwrap();
    assert!(commit.await.unwrap().is_err(), "the commit was cut off before it answered");

    let after = figure_count(dir.path());
    assert!(after == committed || after == committed + ROWS, "all or nothing: {after} figures, {committed} before");
    let mut server = start(dir.path(), port).await;
    assert_eq!(
        served_figures(&addr).await - served_before,
        after - committed,
        "the restarted server serves what was kept"
    );
    eprintln!("killed mid-commit after {:?}: {} of {ROWS} figures kept", started.elapsed(), after - committed);
    server.kill().unwrap();
    server.wait().unwrap();
}
