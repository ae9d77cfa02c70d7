//! The real binary, killed in the middle of an upload and started again: nothing partial is
//! stored and nothing committed is lost.

use integration_tests::server_binary;
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
        if reqwest::get(format!("http://127.0.0.1:{port}/healthz")).await.is_ok() {
            return child;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    panic!("the server did not come up");
}

fn cookie(response: &reqwest::Response, name: &str) -> String {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.split(';').next()?.strip_prefix(&format!("{name}=")).map(str::to_owned))
        .unwrap_or_default()
}

fn hidden(html: &str, name: &str) -> String {
    integration_tests::browser::hidden(html, name)
}

/// Logs in as `sup`; returns the session cookie and its CSRF token.
async fn login(client: &reqwest::Client, base: &str) -> (String, String) {
    let form = client.get(format!("{base}/login")).send().await.unwrap();
    let login_csrf = cookie(&form, "fzkb_login_csrf");
    let csrf = hidden(&form.text().await.unwrap(), "csrf");
    let body = format!("name=sup&password={}&csrf={csrf}", PASSWORD.replace(' ', "+"));
    let answer = client
        .post(format!("{base}/login"))
        .header("cookie", format!("fzkb_login_csrf={login_csrf}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    let session = format!("fzkb_session={}", cookie(&answer, "fzkb_session"));
    let board = client.get(format!("{base}/supervision")).header("cookie", &session).send().await.unwrap();
    let csrf = hidden(&board.text().await.unwrap(), "csrf");
    (session, csrf)
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
    let base = format!("http://127.0.0.1:{port}");
    let mut server = start(dir.path(), port).await;
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let (session, csrf) = login(&client, &base).await;

    // A committed figure, through the real form.
    let body = format!(
        "csrf={csrf}&region=410600&indicator=legality_reviews&period=2023&value=777&qualifier=exact\
         &source=rmw-20220917&note=p.+2&reason=annual"
    );
    let saved = client
        .post(format!("{base}/supervision/entry"))
        .header("cookie", &session)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(body)
        .send()
        .await
        .unwrap();
    assert!(saved.headers()["location"].to_str().unwrap().contains("saved="));
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
    let page = client.get(format!("{base}/compare?indicator=legality_reviews&period=2023")).send().await.unwrap();
    assert!(page.text().await.unwrap().contains("777"), "the restarted server serves the committed figure");
    server.kill().unwrap();
    server.wait().unwrap();
}
