//! A small HTTP/1.1 client for the tests that talk to the real binary over a socket.
//!
//! Why not reqwest: its client features of hyper, hyper-util, tower and tower-http differ from
//! the server's, so the test build would compile axum, Leptos and the app a second time after
//! `make run` had compiled them once. One request per connection (`Connection: close`), no
//! redirects followed, no compression asked for: what a test needs to see, as the server sent it.

use std::io;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// An answer as it came: status, headers in order (repeated ones kept), body without framing.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    /// The first value of a header (names compared without case).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers_named(name).next()
    }

    pub fn headers_named<'r, 'n>(&'r self, name: &'n str) -> impl Iterator<Item = &'r str> + use<'r, 'n> {
        self.headers.iter().filter(move |(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The value of the cookie a `Set-Cookie` header gives `name`, if any.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        let prefix = format!("{name}=");
        self.headers_named("set-cookie").find_map(|v| v.split(';').next()?.strip_prefix(prefix.as_str()))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

/// `GET http://{addr}{path}`.
pub async fn get(addr: &str, path: &str, headers: &[(&str, &str)]) -> io::Result<Reply> {
    send(addr, "GET", path, headers, &[]).await
}

/// `POST http://{addr}{path}` with `body` (give its `Content-Type` among `headers`).
pub async fn post(addr: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> io::Result<Reply> {
    send(addr, "POST", path, headers, body).await
}

pub async fn send(addr: &str, method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> io::Result<Reply> {
    let mut stream = tokio::net::TcpStream::connect(addr).await?;
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if method != "GET" {
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(body).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    parse(&raw)
}

fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_owned())
}

fn parse(raw: &[u8]) -> io::Result<Reply> {
    let end = raw.windows(4).position(|w| w == b"\r\n\r\n").ok_or_else(|| invalid("the answer ended in its head"))?;
    let head = std::str::from_utf8(&raw[..end]).map_err(|_| invalid("a head that is not UTF-8"))?;
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap_or_default();
    let status = status_line.split(' ').nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| invalid(status_line))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_owned(), value.trim().to_owned()))
        .collect();
    let rest = &raw[end + 4..];
    let chunked = headers.iter().any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked"));
    let body = if chunked { unchunk(rest)? } else { rest.to_vec() };
    Ok(Reply { status, headers, body })
}

fn unchunk(mut rest: &[u8]) -> io::Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line_end = rest.windows(2).position(|w| w == b"\r\n").ok_or_else(|| invalid("a cut chunk"))?;
        let size = std::str::from_utf8(&rest[..line_end]).ok().and_then(|s| s.split(';').next());
        let size =
            size.and_then(|s| usize::from_str_radix(s.trim(), 16).ok()).ok_or_else(|| invalid("a chunk size"))?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            return Ok(body);
        }
        let chunk = rest.get(..size).ok_or_else(|| invalid("a cut chunk"))?;
        body.extend_from_slice(chunk);
        rest = rest.get(size + 2..).ok_or_else(|| invalid("a cut chunk"))?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_framings_and_repeated_headers() {
        let plain =
            parse(b"HTTP/1.1 303 See Other\r\nLocation: /a\r\nSet-Cookie: a=1; Path=/\r\nset-cookie: b=2\r\n\r\nhi")
                .unwrap();
        assert_eq!((plain.status, plain.header("location"), plain.text().as_str()), (303, Some("/a"), "hi"));
        assert_eq!((plain.cookie("a"), plain.cookie("b"), plain.cookie("c")), (Some("1"), Some("2"), None));
        let chunked =
            parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n")
                .unwrap();
        assert_eq!(chunked.text(), "abcde");
        assert!(parse(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n9\r\nabc").is_err());
    }
}
