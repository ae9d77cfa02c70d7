//! `make bench`: what one request costs the server, without the network — the router called
//! in-process (`oneshot`), as the page cache answers it (hit) and as a first render (miss).
//! With `BENCH_NATIONAL_DIR` set to a `server gen` data directory, the national compare page too.

use axum::{body::Body, http::Request};
use criterion::{Criterion, criterion_group, criterion_main};
use http_body_util::BodyExt;
use std::sync::atomic::{AtomicU64, Ordering};
use tower::ServiceExt;

const COMPARE_PAGE: &str = "/compare?indicator=local_regulations_enacted";
const COMPARE_JSON: &str = "/api/v1/compare?indicator=local_regulations_enacted";

fn get(runtime: &tokio::runtime::Runtime, app: &axum::Router, uri: &str) -> usize {
    runtime.block_on(async {
        let request = Request::get(uri).body(Body::empty()).expect("request");
        let response = app.clone().oneshot(request).await.expect("infallible");
        assert!(response.status().is_success(), "{uri}: {}", response.status());
        response.into_body().collect().await.expect("body").to_bytes().len()
    })
}

/// A query the page ignores, so every request misses the page cache and renders.
fn uncached(uri: &str) -> String {
    static N: AtomicU64 = AtomicU64::new(0);
    format!("{uri}&bench={}", N.fetch_add(1, Ordering::Relaxed))
}

fn bench_pages(c: &mut Criterion, name: &str, samples: usize, state: server::AppState, uri: &str) {
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    // Leptos builds the route list by rendering, which spawns tasks: inside the runtime.
    let app = runtime.block_on(async { server::app(state) });
    let bytes = get(&runtime, &app, uri);
    println!("{name}: {bytes} bytes of HTML");
    let mut group = c.benchmark_group(format!("page/{name}"));
    group.sample_size(samples);
    group.bench_function("cached", |b| b.iter(|| get(&runtime, &app, uri)));
    group.bench_function("rendered", |b| b.iter(|| get(&runtime, &app, &uncached(uri))));
}

fn seed(c: &mut Criterion) {
    let fixture = integration_tests::seed_fixture();
    let state = fixture.state.clone();
    bench_pages(c, "compare/seed", 100, state.clone(), COMPARE_PAGE);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    let app = runtime.block_on(async { server::app(state) });
    c.bench_function("json/compare/seed", |b| b.iter(|| get(&runtime, &app, COMPARE_JSON)));
}

fn national(c: &mut Criterion) {
    let Some(dir) = std::env::var_os("BENCH_NATIONAL_DIR") else {
        println!("national pages: skipped (set BENCH_NATIONAL_DIR to a `server gen` data directory)");
        return;
    };
    let live = server::open_live(dir.as_ref(), data::SeedFiles::embedded()).expect("national data opens");
    let state = server::state(live, integration_tests::site_options(), server::WebConfig::default());
    bench_pages(c, "compare/national", 20, state, "/compare?indicator=synthetic_001");
}

criterion_group!(benches, seed, national);
criterion_main!(benches);
