//! Public responses kept as rendered, per data version: a widely shared page costs a look-up
//! and a copy instead of a render. Every entry names the version it was rendered at and the
//! first request that sees a newer one empties the cache, so an accepted change shows at once.
//! Pages carry their response's script nonce: the kept copy is split where it occurs and each
//! later response gets its own put back in (the security-headers layer sends it in the policy).

use axum::{
    body::{Body, Bytes},
    http::{HeaderMap, header},
    response::Response,
};
use futures_util::StreamExt;
use http_body_util::BodyExt;
use quick_cache::{Weighter, sync::Cache};
use std::sync::{
    Arc,
    atomic::{AtomicI64, Ordering},
};

/// Larger bodies (downloads of whole tables) are streamed through and never kept.
const MAX_BODY: usize = 1 << 20;
/// All kept bodies together.
const CAPACITY: u64 = 64 << 20;

pub struct PageCache {
    /// The newest data version seen; entries of older ones are useless.
    version: AtomicI64,
    pages: Cache<String, Arc<Page>, PageWeight>,
}

impl Default for PageCache {
    fn default() -> Self {
        Self { version: AtomicI64::new(i64::MIN), pages: Cache::with_weighter(1024, CAPACITY, PageWeight) }
    }
}

impl PageCache {
    /// The kept response for `key` (path and query) at data `version`, with `nonce` where the
    /// rendered page had its own.
    pub fn get(&self, key: &str, version: i64, nonce: &str) -> Option<Response> {
        let seen = self.version.fetch_max(version, Ordering::AcqRel);
        if seen < version {
            self.pages.clear();
            return None;
        }
        self.pages.get(key).filter(|page| page.version == version).map(|page| page.response(nonce))
    }

    /// Keeps a successful response rendered at `version` with script `nonce` (unless too large
    /// or stale) and passes it on unchanged.
    pub async fn keep(&self, key: String, version: i64, nonce: &str, response: Response) -> Response {
        let (mut parts, body) = response.into_parts();
        let bytes = match read_up_to(body, MAX_BODY).await {
            Ok(Read::Whole(bytes)) => bytes,
            Ok(Read::TooLarge(body)) => return Response::from_parts(parts, body),
            Err(error) => {
                tracing::error!(%error, "rendering {key} failed");
                parts.status = axum::http::StatusCode::INTERNAL_SERVER_ERROR;
                return Response::from_parts(parts, Body::empty());
            }
        };
        if version == self.version.load(Ordering::Acquire) {
            self.pages.insert(key, Arc::new(Page::new(version, &parts.headers, &bytes, nonce)));
        }
        Response::from_parts(parts, Body::from(bytes))
    }
}

struct Page {
    version: i64,
    headers: HeaderMap,
    /// The body, split where the nonce was.
    body: Pieces,
}

impl Page {
    fn new(version: i64, headers: &HeaderMap, body: &Bytes, nonce: &str) -> Self {
        let mut headers = headers.clone();
        // Set again from the body sent.
        headers.remove(header::CONTENT_LENGTH);
        Self { version, headers, body: Pieces::split(body, nonce.as_bytes()) }
    }

    fn response(&self, nonce: &str) -> Response {
        let mut response = Response::new(Body::from(self.body.join(nonce)));
        *response.headers_mut() = self.headers.clone();
        response
    }

    fn size(&self) -> u64 {
        self.body.len() as u64
    }
}

/// Bytes that were one text, cut at every occurrence of a value to put back later.
struct Pieces(Vec<Bytes>);

impl Pieces {
    fn split(text: &Bytes, value: &[u8]) -> Self {
        if value.is_empty() {
            return Self(vec![text.clone()]);
        }
        let mut pieces = Vec::new();
        let mut start = 0;
        let mut at = 0;
        while at + value.len() <= text.len() {
            if &text[at..at + value.len()] == value {
                pieces.push(text.slice(start..at));
                at += value.len();
                start = at;
            } else {
                at += 1;
            }
        }
        pieces.push(text.slice(start..));
        Self(pieces)
    }

    fn join(&self, value: &str) -> Bytes {
        match self.0.as_slice() {
            [whole] => whole.clone(),
            pieces => pieces.iter().map(|p| p.as_ref()).collect::<Vec<_>>().join(value.as_bytes()).into(),
        }
    }

    fn len(&self) -> usize {
        self.0.iter().map(Bytes::len).sum()
    }
}

#[derive(Clone)]
struct PageWeight;

impl Weighter<String, Arc<Page>> for PageWeight {
    fn weight(&self, key: &String, page: &Arc<Page>) -> u64 {
        key.len() as u64 + page.size()
    }
}

enum Read {
    Whole(Bytes),
    /// What was read so far, followed by the rest.
    TooLarge(Body),
}

async fn read_up_to(mut body: Body, limit: usize) -> Result<Read, axum::Error> {
    let mut buffer = Vec::new();
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame?.into_data() else { continue };
        buffer.extend_from_slice(&data);
        if buffer.len() > limit {
            let head = futures_util::stream::once(async move { Ok::<_, axum::Error>(Bytes::from(buffer)) });
            return Ok(Read::TooLarge(Body::from_stream(head.chain(body.into_data_stream()))));
        }
    }
    Ok(Read::Whole(buffer.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_put_a_new_value_where_the_old_one_was() {
        let text = Bytes::from_static(b"<script nonce=\"abc\">1</script><script nonce=\"abc\">");
        let pieces = Pieces::split(&text, b"abc");
        assert_eq!(pieces.0.len(), 3);
        assert_eq!(&pieces.join("xyz")[..], b"<script nonce=\"xyz\">1</script><script nonce=\"xyz\">");
        assert_eq!(&Pieces::split(&text, b"none").join("xyz")[..], &text[..]);
        assert_eq!(&Pieces::split(&text, b"").join("xyz")[..], &text[..]);
    }

    #[tokio::test]
    async fn a_newer_version_empties_the_cache_and_a_stale_render_is_not_kept() {
        let cache = PageCache::default();
        assert!(cache.get("/a", 1, "n1").is_none());
        cache.keep("/a".into(), 1, "n1", Response::new(Body::from("one <script nonce=n1>"))).await;
        let kept = cache.get("/a", 1, "n2").expect("kept");
        assert_eq!(&kept.into_body().collect().await.unwrap().to_bytes()[..], b"one <script nonce=n2>");
        assert!(cache.get("/a", 2, "n3").is_none(), "version 2 is newer");
        cache.keep("/a".into(), 1, "n4", Response::new(Body::from("old"))).await;
        assert!(cache.get("/a", 2, "n5").is_none(), "a render at version 1 came in late");
    }

    #[tokio::test]
    async fn large_bodies_pass_through_whole_and_are_not_kept() {
        let cache = PageCache::default();
        let large = vec![b'x'; MAX_BODY + 10];
        let response = cache.keep("/big".into(), 1, "n1", Response::new(Body::from(large.clone()))).await;
        assert_eq!(response.into_body().collect().await.unwrap().to_bytes().len(), large.len());
        assert!(cache.get("/big", 1, "n2").is_none());
    }
}
