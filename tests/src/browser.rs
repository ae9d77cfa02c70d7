//! A tiny in-process browser for router tests: keeps cookies, follows nothing, speaks forms.

use axum::{
    Router,
    body::Body,
    http::{Request, StatusCode, header},
};
use http_body_util::BodyExt;
use std::collections::BTreeMap;
use tower::ServiceExt;

pub struct Browser {
    app: Router,
    pub cookies: BTreeMap<String, String>,
}

/// What came back: status, the redirect target if any, and the body.
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub location: String,
    pub body: String,
}

impl Browser {
    pub fn new(app: Router) -> Self {
        Self { app, cookies: BTreeMap::new() }
    }

    async fn send(&mut self, request: Request<Body>) -> Answer {
        let response = self.app.clone().oneshot(request).await.expect("infallible");
        for value in response.headers().get_all(header::SET_COOKIE) {
            let pair = value.to_str().unwrap().split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        let status = response.status();
        let location =
            response.headers().get(header::LOCATION).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        Answer { status, location, body: String::from_utf8_lossy(&body).into_owned() }
    }

    /// The router, for another browser on the same server.
    pub fn app(&self) -> Router {
        self.app.clone()
    }

    /// Status, headers and body of a GET.
    pub async fn get_full(&mut self, path: &str) -> (StatusCode, axum::http::HeaderMap, String) {
        let request = Request::get(path).header(header::COOKIE, self.cookie_header()).body(Body::empty()).unwrap();
        let response = self.app.clone().oneshot(request).await.expect("infallible");
        let (parts, body) = response.into_parts();
        let body = body.collect().await.unwrap().to_bytes();
        (parts.status, parts.headers, String::from_utf8_lossy(&body).into_owned())
    }

    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    pub async fn get(&mut self, path: &str) -> Answer {
        let request = Request::get(path).header(header::COOKIE, self.cookie_header()).body(Body::empty()).unwrap();
        self.send(request).await
    }

    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Answer {
        self.post_with_header(path, ("x-test", "1"), fields).await
    }

    /// A form post with one extra header.
    pub async fn post_with_header(&mut self, path: &str, extra: (&str, &str), fields: &[(&str, &str)]) -> Answer {
        let body: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={}", app::url::urlencode(v))).collect();
        let request = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(extra.0, extra.1)
            .body(Body::from(body.join("&")))
            .unwrap();
        self.send(request).await
    }

    pub async fn upload(&mut self, path: &str, csrf: &str, file_name: &str, bytes: &[u8]) -> Answer {
        let boundary = "----fazhi-test-boundary";
        let mut body = Vec::new();
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n").as_bytes(),
        );
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\
                 Content-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// A multipart form: text fields in order, then a file if any (as a browser sends them).
    pub async fn post_multipart(&mut self, path: &str, fields: &[(&str, &str)], file: Option<(&str, &[u8])>) -> Answer {
        let boundary = "----fazhi-test-boundary";
        let mut body = Vec::new();
        for (name, value) in fields {
            body.extend_from_slice(
                format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        if let Some((file_name, bytes)) = file {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\n\
                     Content-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let request = Request::post(path)
            .header(header::COOKIE, self.cookie_header())
            .header(header::CONTENT_TYPE, format!("multipart/form-data; boundary={boundary}"))
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// Logs in through the real form; returns the session's CSRF token.
    pub async fn login(&mut self, name: &str, password: &str) -> Answer {
        let form = self.get("/login").await;
        assert_eq!(form.status, StatusCode::OK, "{}", form.body);
        let csrf = hidden(&form.body, "csrf");
        self.post("/login", &[("name", name), ("password", password), ("csrf", &csrf), ("next", "/supervision")]).await
    }

    /// The CSRF token the office pages put in their forms.
    pub async fn csrf(&mut self) -> String {
        let page = self.get("/supervision").await;
        assert_eq!(page.status, StatusCode::OK, "{}", page.body);
        hidden(&page.body, "csrf")
    }
}

/// The value of the first hidden input named `name`.
pub fn hidden(html: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let start = html.find(&marker).unwrap_or_else(|| panic!("no hidden {name} in the page")) + marker.len();
    html[start..].split('"').next().unwrap().to_owned()
}
