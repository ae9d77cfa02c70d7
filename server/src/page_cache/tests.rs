use super::*;
use http_body_util::BodyExt;
use std::time::Duration;

fn cache(renders: usize, render_queue: usize) -> Arc<PageCache> {
    let config = WebConfig { renders, render_queue, render_wait: Duration::from_millis(20), ..Default::default() };
    Arc::new(PageCache::new(Arc::new(config)))
}

async fn body(response: Response) -> Bytes {
    response.into_body().collect().await.unwrap().to_bytes()
}

fn encoding_of(response: &Response) -> Option<&str> {
    response.headers().get(header::CONTENT_ENCODING).map(|v| v.to_str().unwrap())
}

#[tokio::test]
async fn a_newer_version_empties_the_cache_and_a_stale_render_is_not_kept() {
    let cache = cache(2, 2);
    assert!(cache.get("/a", 1, None).is_none());
    cache.keep("/a".into(), 1, &HeaderMap::new(), Bytes::from_static(b"one"), None).await;
    assert_eq!(body(cache.get("/a", 1, None).expect("kept")).await, "one");
    assert!(cache.get("/a", 2, None).is_none(), "version 2 is newer");
    cache.keep("/a".into(), 1, &HeaderMap::new(), Bytes::from_static(b"old"), None).await;
    assert!(cache.get("/a", 2, None).is_none(), "a render at version 1 came in late");
}

#[tokio::test]
async fn each_client_gets_the_best_variant_made_so_far() {
    let cache = cache(2, 2);
    let page = Bytes::from("<p>法治看板</p>".repeat(200));
    assert!(cache.get("/a", 1, None).is_none());
    let first = cache.keep("/a".into(), 1, &HeaderMap::new(), page.clone(), Some("br, gzip")).await;
    assert_eq!(encoding_of(&first), Some("gzip"), "brotli is made beside, after the first answer");
    assert_eq!(first.headers()[header::VARY], "accept-encoding");
    let plain = cache.get("/a", 1, None).unwrap();
    assert_eq!((encoding_of(&plain), plain.headers()[header::VARY].to_str().unwrap()), (None, "accept-encoding"));
    assert_eq!(plain.headers()[header::CONTENT_LENGTH], page.len().to_string().as_str());
    assert_eq!(body(plain).await, page);
    // The hit above offered brotli to the idle worker; it is served once it is there (the worker
    // waits for an idle core, so allow a busy machine some seconds).
    for _ in 0..1000 {
        let response = cache.get("/a", 1, Some("gzip, deflate, br")).unwrap();
        if encoding_of(&response) == Some("br") {
            let mut decoded = Vec::new();
            brotli::BrotliDecompress(&mut &body(response).await[..], &mut decoded).unwrap();
            assert_eq!(decoded, page);
            let gzip = cache.get("/a", 1, Some("gzip")).unwrap();
            assert_eq!(encoding_of(&gzip), Some("gzip"));
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("no brotli variant after 10 s");
}

#[tokio::test]
async fn a_request_gets_no_turn_beyond_the_budget() {
    let cache = cache(1, 0);
    let held = cache.turn().await.expect("the one turn");
    assert!(cache.turn().await.is_err(), "no queue: refused at once");
    let cache = self::cache(1, 1);
    let held_too = cache.turn().await.expect("the one turn");
    let started = std::time::Instant::now();
    assert!(cache.turn().await.is_err(), "waited its 20 ms in the queue, then refused");
    assert!(started.elapsed() >= Duration::from_millis(20));
    drop(held_too);
    assert!(cache.turn().await.is_ok(), "a turn freed is given");
    drop(held);
}

#[tokio::test]
async fn a_page_is_kept_compressed_and_unzipped_for_a_client_that_accepts_no_encoding() {
    let cache = cache(2, 2);
    let page = Bytes::from("<tr><td>法治看板</td><td>1234</td></tr>".repeat(2000));
    assert!(cache.get("/a", 1, None).is_none());
    let first = cache.keep("/a".into(), 1, &HeaderMap::new(), page.clone(), None).await;
    assert_eq!(body(first).await, page, "the render's own answer");
    assert!(
        cache.pages.weight() < page.len() as u64 / 4,
        "{} bytes kept for a page of {}: the HTML itself is not kept",
        cache.pages.weight(),
        page.len()
    );
    let plain = cache.get("/a", 1, Some("identity")).expect("kept");
    assert_eq!(encoding_of(&plain), None);
    assert_eq!(plain.headers()[header::CONTENT_LENGTH], page.len().to_string().as_str());
    assert_eq!(body(plain).await, page);
}
