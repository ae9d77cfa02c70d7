//! The real server on an ephemeral port, over HTTP; and the binary refusing bad data.

use integration_tests::{http, server_binary};
use std::{path::PathBuf, process::Command};

#[tokio::test]
async fn serves_pages_data_and_health_over_http() -> anyhow::Result<()> {
    let addr = integration_tests::spawn_server().await;
    let addr = addr.to_string();
    let health = http::get(&addr, "/healthz", &[]).await?;
    assert_eq!(health.status, 200);
    let page = http::get(&addr, "/", &[]).await?;
    assert_eq!(page.status, 200);
    let html = page.text();
    assert!(html.contains("鹤壁市"));
    assert!(html.contains("/pkg/fazhi-kanban."), "the page loads the hydration script");
    let csv = http::get(&addr, "/downloads/observations.csv", &[]).await?;
    assert_eq!(csv.status, 200);
    assert!(csv.text().lines().count() > 60);
    Ok(())
}

/// The server binary built beside this test (`make test` builds it first).
#[test]
fn the_server_refuses_to_start_on_invalid_data() -> anyhow::Result<()> {
    let dir = std::env::temp_dir().join(format!("fazhi-bad-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let seed = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../data/seed");
    for entry in std::fs::read_dir(&seed)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "csv") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap()))?;
        }
    }
    let observations = dir.join("observations.csv");
    let text = std::fs::read_to_string(&observations)?.replacen("410300,", "419999,", 1);
    std::fs::write(&observations, text)?;
    let output = Command::new(server_binary())
        .args(["--addr", "127.0.0.1:0", "--seed-dir"])
        .arg(&dir)
        .arg("--data-dir")
        .arg(dir.join("store"))
        .output()?;
    std::fs::remove_dir_all(&dir)?;
    assert!(!output.status.success(), "must exit non-zero");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("observations.csv:2:1 (region): unknown region \"419999\""), "{stderr}");
    Ok(())
}
