//! One line per request (tower-http's trace layer, target `access`): method, path, status,
//! bytes and time. No cookies, no addresses, and of routes that are not public data only the
//! names of the query's parameters (`/login?next=…`): their values can be personal.

use axum::{
    body::Body,
    http::{Request, Response, header},
};
use std::time::Duration;
use tower_http::{
    classify::{ServerErrorsAsFailures, SharedClassifier},
    trace::TraceLayer,
};
use tracing::Span;

type MakeSpan = fn(&Request<Body>) -> Span;
type OnResponse = fn(&Response<Body>, Duration, &Span);

pub fn layer() -> TraceLayer<SharedClassifier<ServerErrorsAsFailures>, MakeSpan, (), OnResponse, (), (), ()> {
    TraceLayer::new_for_http()
        .make_span_with(span as MakeSpan)
        .on_request(())
        .on_response(served as OnResponse)
        .on_body_chunk(())
        .on_eos(())
        .on_failure(())
}

fn span(request: &Request<Body>) -> Span {
    tracing::info_span!(target: "access", "request", method = %request.method(), path = %loggable(request.uri()))
}

fn served(response: &Response<Body>, latency: Duration, _: &Span) {
    let bytes = response.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).unwrap_or("-");
    let ms = latency.as_secs_f64() * 1000.0;
    tracing::info!(target: "access", status = response.status().as_u16(), bytes, ms = format_args!("{ms:.2}"));
}

/// The path and query as logged.
fn loggable(uri: &axum::http::Uri) -> String {
    let path = uri.path();
    match uri.query() {
        None => path.to_owned(),
        Some(query) if crate::caching::is_public_data(path) => format!("{path}?{query}"),
        Some(query) => {
            let names: Vec<String> =
                query.split('&').map(|pair| format!("{}=…", pair.split('=').next().unwrap_or(""))).collect();
            format!("{path}?{}", names.join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_query_values_stay_out_of_the_log() {
        let logged = |uri: &str| loggable(&uri.parse().unwrap());
        assert_eq!(logged("/compare?indicator=a"), "/compare?indicator=a");
        assert_eq!(logged("/login?next=/supervision"), "/login?next=…");
        assert_eq!(logged("/supervision/audit?user=li&q=x"), "/supervision/audit?user=…&q=…");
        assert_eq!(logged("/regions"), "/regions");
    }
}
