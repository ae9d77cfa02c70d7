//! Several server processes on one PostgreSQL database, behind nginx: what `make test-cluster`
//! starts (the database itself comes from `scripts/postgres.sh`). Everything started here is
//! stopped when dropped.

use crate::over_http::{free_port, start};
use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::Duration,
};

/// `psql` from Debian's PostgreSQL packages (off PATH).
fn psql_binary() -> PathBuf {
    let found = std::fs::read_dir("/usr/lib/postgresql").ok().into_iter().flatten().flatten();
    let mut binaries: Vec<PathBuf> = found.map(|v| v.path().join("bin/psql")).filter(|p| p.exists()).collect();
    binaries.sort();
    binaries.pop().unwrap_or_else(|| "psql".into())
}

/// Runs `sql` on the database at `url`; its rows, `|`-separated.
pub fn psql(url: &str, sql: &str) -> String {
    let output = Command::new(psql_binary()).args(["-XAtq", "-v", "ON_ERROR_STOP=1", "-d", url, "-c", sql]).output();
    let output = output.expect("psql runs");
    assert!(output.status.success(), "{sql}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

/// A session that runs `sql` in an open transaction and keeps it open (with the locks it
/// took) until the returned process is dropped or killed.
pub fn hold(url: &str, sql: &str) -> Holder {
    let mut child = Command::new(psql_binary())
        .args(["-XAtq", "-v", "ON_ERROR_STOP=1", "-d", url])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("psql runs");
    let mut stdin = child.stdin.take().expect("psql's input");
    std::io::Write::write_all(&mut stdin, format!("BEGIN;\n{sql};\n").as_bytes()).unwrap();
    Holder { child, _stdin: stdin }
}

/// An open transaction in `psql`: ended (rolled back) when dropped.
pub struct Holder {
    child: Child,
    _stdin: std::process::ChildStdin,
}

impl Drop for Holder {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A new, empty database on the cluster `FAZHI_CLUSTER_DATABASE` names; its URL.
pub fn fresh_database(name: &str) -> String {
    let base = std::env::var("FAZHI_CLUSTER_DATABASE").expect("FAZHI_CLUSTER_DATABASE: run `make test-cluster`");
    psql(&base, &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    psql(&base, &format!("CREATE DATABASE {name}"));
    let (server, _) = base.rsplit_once('/').expect("a URL ending in /database");
    format!("{server}/{name}")
}

/// A hot standby of the cluster `FAZHI_CLUSTER_DATABASE` names (`scripts/postgres.sh
/// standby`): a base backup streaming from it, stopped and removed when dropped.
pub struct Standby {
    dir: PathBuf,
    /// Its URL for the database `name`.
    pub url: String,
}

impl Standby {
    pub fn start(name: &str) -> Self {
        let base = std::env::var("FAZHI_CLUSTER_DATABASE").expect("FAZHI_CLUSTER_DATABASE: run `make test-cluster`");
        let primary_port = base.rsplit_once(':').and_then(|(_, rest)| rest.split('/').next()).expect("a port");
        let dir = std::env::temp_dir().join(format!("fazhi-standby-{}", std::process::id()));
        let port = free_port();
        let output = Command::new(script("postgres.sh"))
            .args(["standby".as_ref(), dir.as_os_str(), port.to_string().as_ref(), primary_port.as_ref()])
            .output()
            .expect("scripts/postgres.sh runs");
        assert!(output.status.success(), "no standby: {}", String::from_utf8_lossy(&output.stderr));
        Self { dir, url: format!("postgres://postgres@127.0.0.1:{port}/{name}") }
    }
}

impl Drop for Standby {
    fn drop(&mut self) {
        let _ = Command::new(script("postgres.sh")).arg("stop").arg(&self.dir).status();
    }
}

fn script(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../scripts").join(name)
}

/// One server process on `url`.
pub struct Replica {
    pub port: u16,
    url: String,
    child: Option<Child>,
}

impl Replica {
    pub async fn start(url: &str) -> Self {
        Self::start_on(url, free_port()).await
    }

    /// A server writing to `url` and reading the data from the standby at `standby`.
    pub async fn reading_from(url: &str, standby: &str) -> Self {
        Self::start_with(url, free_port(), &["--read-database", standby]).await
    }

    async fn start_on(url: &str, port: u16) -> Self {
        Self::start_with(url, port, &[]).await
    }

    async fn start_with(url: &str, port: u16, more: &[&str]) -> Self {
        let args = [&["--database", url, "--trusted-proxies", "127.0.0.1"], more].concat();
        Self { port, url: url.to_owned(), child: Some(start(port, &args).await) }
    }

    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    /// The database it writes to.
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// `kill -9`: no goodbye to the database or the clients.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts again on the same port.
    pub async fn restart(&mut self) {
        self.kill();
        *self = Self::start_on(&self.url, self.port).await;
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        self.kill();
    }
}

/// nginx on a loopback port sending requests round robin to `replicas`, and retrying an
/// idempotent request on the next one when a replica refuses or drops the connection or is
/// still loading (503), as a load balancer in front of them would.
pub struct Nginx {
    pub port: u16,
    _dir: tempfile::TempDir,
    child: Child,
}

impl Nginx {
    pub async fn start(replicas: &[&Replica]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        // Its workers run as `nobody` when started by root: they write their temporary files here.
        let everyone = std::os::unix::fs::PermissionsExt::from_mode(0o777);
        std::fs::set_permissions(dir.path(), everyone).unwrap();
        let port = free_port();
        let servers: String =
            replicas.iter().map(|r| format!("server 127.0.0.1:{} max_fails=1 fail_timeout=2s;\n", r.port)).collect();
        let d = dir.path().display();
        let config = format!(
            "worker_processes 1; daemon off; pid {d}/nginx.pid; error_log {d}/error.log;
             events {{ worker_connections 1024; }}
             http {{
               access_log off;
               client_body_temp_path {d}/body; proxy_temp_path {d}/proxy; fastcgi_temp_path {d}/fastcgi;
               uwsgi_temp_path {d}/uwsgi; scgi_temp_path {d}/scgi;
               upstream replicas {{ {servers} keepalive 32; }}
               server {{
                 listen 127.0.0.1:{port};
                 location / {{
                   proxy_pass http://replicas;
                   proxy_http_version 1.1;
                   proxy_set_header Connection \"\";
                   proxy_set_header Host $host;
                   proxy_set_header X-Forwarded-For $remote_addr;
                   proxy_next_upstream error timeout http_502 http_503;
                   proxy_connect_timeout 1s;
                 }}
               }}
             }}"
        );
        let conf = dir.path().join("nginx.conf");
        std::fs::write(&conf, config).unwrap();
        let mut child = Command::new("nginx")
            .arg("-c")
            .arg(&conf)
            .arg("-p")
            .arg(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nginx (Debian's package) starts");
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return Self { port, _dir: dir, child };
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("nginx did not start: {}", std::fs::read_to_string(dir.path().join("error.log")).unwrap_or_default());
    }

    pub fn addr(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }
}

impl Drop for Nginx {
    /// A fast shutdown (SIGTERM): the master stops its workers; a SIGKILL would leave them.
    fn drop(&mut self) {
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        let _ = self.child.wait();
    }
}
