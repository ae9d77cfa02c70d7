//! The real server binary over HTTP: started as a process, logged in to as a person would,
//! sent uploads. Shared by the durability and the cluster tests.

use crate::{http, server_binary};
use std::{
    ffi::OsStr,
    io::Write,
    process::{Child, Command, Stdio},
    time::Duration,
};

pub const FORM: (&str, &str) = ("content-type", "application/x-www-form-urlencoded");

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Runs `server user add` for a supervisor `name` with `password`, on the store `store_args`
/// name (`--data-dir DIR` or `--database URL`).
pub fn add_supervisor<S: AsRef<OsStr>>(name: &str, password: &str, store_args: &[S]) {
    let mut add = Command::new(server_binary())
        .args(["user", "add", "--name", name, "--role", "supervisor"])
        .args(store_args)
        .stdin(Stdio::piped())
        .spawn()
        .expect("server user add");
    writeln!(add.stdin.take().unwrap(), "{password}").unwrap();
    assert!(add.wait().unwrap().success(), "server user add failed");
}

/// The server on 127.0.0.1:`port` over the store `store_args` name, once `/healthz` says it
/// is ready (200; 503 while it loads).
pub async fn start<S: AsRef<OsStr>>(port: u16, store_args: &[S]) -> Child {
    let mut child = Command::new(server_binary())
        .args(["--addr", &format!("127.0.0.1:{port}")])
        .args(store_args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the server");
    for _ in 0..300 {
        if http::get(&format!("127.0.0.1:{port}"), "/healthz", &[]).await.is_ok_and(|r| r.status == 200) {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server on port {port} did not come up");
}

/// Logs in as `name` through the login form; the session cookie and its CSRF token.
pub async fn login(addr: &str, name: &str, password: &str) -> (String, String) {
    let form = http::get(addr, "/login", &[]).await.unwrap();
    let login_csrf = form.cookie("fzkb_login_csrf").unwrap().to_owned();
    let csrf = crate::browser::hidden(&form.text(), "csrf");
    let body = format!("name={name}&password={}&csrf={csrf}", password.replace(' ', "+"));
    let cookie = format!("fzkb_login_csrf={login_csrf}");
    let answer = http::post(addr, "/login", &[("cookie", &cookie), FORM], body.as_bytes()).await.unwrap();
    let session = format!("fzkb_session={}", answer.cookie("fzkb_session").expect("logged in"));
    let board = http::get(addr, "/supervision", &[("cookie", &session)]).await.unwrap();
    (session, crate::browser::hidden(&board.text(), "csrf"))
}

/// A valid upload of many figures: every prefecture × each month of 2000–2024 (as-of periods)
/// × count indicators, as the open-data API lists them, until `rows`.
pub async fn large_upload(addr: &str, rows: usize) -> String {
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
        csv.push_str(&format!("{region},{indicator},{period},{},exact,,,rmw-20220917,,bulk,\n", n % 97 + 1));
    }
    assert_eq!(csv.lines().count(), rows + 1, "the seed has enough prefectures and count indicators");
    csv
}

/// The upload form's body for `file`.
pub fn multipart(csrf: &str, file: &str) -> Vec<u8> {
    format!(
        "--b\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"large.csv\"\r\n\r\n{file}\r\n--b--\r\n"
    )
    .into_bytes()
}

/// Uploads `file` for review; the preview's path.
pub async fn upload(addr: &str, session: &str, csrf: &str, file: &str) -> String {
    let headers = [("cookie", session), ("content-type", "multipart/form-data; boundary=b")];
    let received = http::post(addr, "/supervision/upload", &headers, &multipart(csrf, file)).await.unwrap();
    let preview = received.header("location").unwrap_or_default().to_owned();
    assert!(preview.starts_with("/supervision/uploads/"), "the upload is kept for review: {received:?}");
    preview
}

/// Enters `value` for legality reviews in 410600, 2023, through the office's form; checks that
/// it was saved.
pub async fn enter_figure(addr: &str, session: &str, csrf: &str, value: u32) {
    let body = format!(
        "csrf={csrf}&region=410600&indicator=legality_reviews&period=2023&value={value}&qualifier=exact\
         &source=rmw-20220917&note=p.+2&reason=annual"
    );
    let saved = http::post(addr, "/supervision/entry", &[("cookie", session), FORM], body.as_bytes()).await.unwrap();
    assert!(saved.header("location").unwrap_or_default().contains("saved="), "saved on {addr}: {saved:?}");
}

/// The figures the running server holds, as `/healthz` counts them.
pub async fn served_figures(addr: &str) -> usize {
    http::get(addr, "/healthz", &[]).await.unwrap().json()["observations"].as_u64().unwrap() as usize
}

/// The figures in the store, as `server export` writes them.
pub fn stored_figures<S: AsRef<OsStr>>(store_args: &[S]) -> usize {
    let output = Command::new(server_binary()).arg("export").args(store_args).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap().lines().count() - 1
}
