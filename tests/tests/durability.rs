//! The real binary, killed in the middle of an upload, and in the middle of writing one, and
//! started again: nothing partial is stored and nothing committed is lost.

use integration_tests::{
    http,
    over_http::{
        FORM, add_supervisor, enter_figure, free_port, large_upload, login, served_figures, start, stored_figures,
        upload,
    },
};
use std::{path::Path, time::Duration};
use tokio::io::AsyncWriteExt;

const PASSWORD: &str = "durability test password";

fn data_dir(dir: &Path) -> [&std::ffi::OsStr; 2] {
    ["--data-dir".as_ref(), dir.as_os_str()]
}

/// The bytes in the store's write-ahead log: they grow while a transaction writes.
fn wal_bytes(dir: &Path) -> u64 {
    std::fs::metadata(dir.join("fazhi-kanban.sqlite3-wal")).map_or(0, |m| m.len())
}

#[tokio::test]
async fn killing_the_server_mid_upload_loses_nothing_committed_and_stores_nothing_partial() {
    let dir = tempfile::tempdir().unwrap();
    let store = data_dir(dir.path());
    add_supervisor("sup", PASSWORD, &store);
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let mut server = start(port, &store).await;
    let (session, csrf) = login(&addr, "sup", PASSWORD).await;

    // A committed figure, through the real form.
    enter_figure(&addr, &session, &csrf, 777).await;
    let committed = stored_figures(&store);

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

    assert_eq!(stored_figures(&store), committed, "the committed figure survived; nothing partial was added");
    let mut server = start(port, &store).await;
    let page = http::get(&addr, "/compare?indicator=legality_reviews&period=2023", &[]).await.unwrap();
    assert!(page.text().contains("777"), "the restarted server serves the committed figure");

    // A whole upload received, then its commit killed while the transaction writes: the
    // write-ahead log growing is the sign that rows are being written.
    let (session, csrf) = login(&addr, "sup", PASSWORD).await;
    const ROWS: usize = 30_000;
    let file = large_upload(&addr, ROWS).await;
    let preview = upload(&addr, &session, &csrf, &file).await;
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

    let after = stored_figures(&store);
    assert!(after == committed || after == committed + ROWS, "all or nothing: {after} figures, {committed} before");
    let mut server = start(port, &store).await;
    assert_eq!(
        served_figures(&addr).await - served_before,
        after - committed,
        "the restarted server serves what was kept"
    );
    eprintln!("killed mid-commit after {:?}: {} of {ROWS} figures kept", started.elapsed(), after - committed);
    server.kill().unwrap();
    server.wait().unwrap();
}
