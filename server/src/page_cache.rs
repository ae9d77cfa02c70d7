//! Public responses kept as rendered, per data version: a widely shared page costs a look-up
//! and a copy instead of a render. Every entry names the version it was rendered at and the
//! first request that sees a newer one empties the cache, so an accepted change shows at once.
//! Pages carry a script nonce: the kept copy is split where it occurs and every response gets
//! a fresh one, so the Content-Security-Policy stays per response.

use axum::{
    body::{Body, Bytes},
    http::{HeaderMap, HeaderValue, header},
    response::Response,
};
use futures_util::StreamExt;
use http_body_util::BodyExt;
use leptos::nonce::Nonce;
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
    /// The kept response for `key` (path and query) at data `version`, with a fresh nonce.
    pub fn get(&self, key: &str, version: i64) -> Option<Response> {
        let seen = self.version.fetch_max(version, Ordering::AcqRel);
        if seen < version {
            self.pages.clear();
            return None;
        }
        self.pages.get(key).filter(|page| page.version == version).map(|page| page.response())
    }

    /// Keeps a successful response rendered at `version` (unless too large or stale) and
    /// passes it on unchanged.
    pub async fn keep(&self, key: String, version: i64, response: Response) -> Response {
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
            self.pages.insert(key, Arc::new(Page::new(version, &parts.headers, &bytes)));
        }
        Response::from_parts(parts, Body::from(bytes))
    }
}

struct Page {
    version: i64,
    headers: HeaderMap,
    /// The Content-Security-Policy and the body, split where the nonce was.
    policy: Option<Pieces>,
    body: Pieces,
}

impl Page {
    fn new(version: i64, headers: &HeaderMap, body: &Bytes) -> Self {
        let mut headers = headers.clone();
        // Set again from the body sent.
        headers.remove(header::CONTENT_LENGTH);
        let policy = headers.remove(header::CONTENT_SECURITY_POLICY);
        let nonce = policy.as_ref().and_then(|p| nonce_of(p.as_bytes())).map(<[u8]>::to_vec);
        match (policy, nonce) {
            (Some(policy), Some(nonce)) => Self {
                version,
                headers,
                policy: Some(Pieces::split(&Bytes::copy_from_slice(policy.as_bytes()), &nonce)),
                body: Pieces::split(body, &nonce),
            },
            (policy, _) => {
                if let Some(policy) = policy {
                    headers.insert(header::CONTENT_SECURITY_POLICY, policy);
                }
                Self { version, headers, policy: None, body: Pieces(vec![body.clone()]) }
            }
        }
    }

    fn response(&self) -> Response {
        let nonce = self.policy.as_ref().map(|_| Nonce::new().to_string());
        let nonce = nonce.as_deref().unwrap_or_default();
        let mut response = Response::new(Body::from(self.body.join(nonce)));
        *response.headers_mut() = self.headers.clone();
        if let Some(policy) = &self.policy
            && let Ok(value) = HeaderValue::from_maybe_shared(policy.join(nonce))
        {
            response.headers_mut().insert(header::CONTENT_SECURITY_POLICY, value);
        }
        response
    }

    fn size(&self) -> u64 {
        let policy = self.policy.as_ref().map_or(0, Pieces::len);
        (self.body.len() + policy) as u64
    }
}

/// Bytes that were one text, cut at every occurrence of a value to put back later.
struct Pieces(Vec<Bytes>);

impl Pieces {
    fn split(text: &Bytes, value: &[u8]) -> Self {
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

/// The value of `'nonce-…'` in a policy.
fn nonce_of(policy: &[u8]) -> Option<&[u8]> {
    const MARK: &[u8] = b"'nonce-";
    let start = policy.windows(MARK.len()).position(|w| w == MARK)? + MARK.len();
    let length = policy[start..].iter().position(|&b| b == b'\'')?;
    (length > 0).then(|| &policy[start..start + length])
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
    }

    #[test]
    fn the_nonce_is_read_from_the_policy() {
        assert_eq!(nonce_of(b"script-src 'self' 'nonce-a1_B' 'wasm-unsafe-eval'"), Some(&b"a1_B"[..]));
        assert_eq!(nonce_of(b"script-src 'self'"), None);
    }

    #[tokio::test]
    async fn a_newer_version_empties_the_cache_and_a_stale_render_is_not_kept() {
        let cache = PageCache::default();
        assert!(cache.get("/a", 1).is_none());
        cache.keep("/a".into(), 1, Response::new(Body::from("one"))).await;
        let kept = cache.get("/a", 1).expect("kept");
        assert_eq!(&kept.into_body().collect().await.unwrap().to_bytes()[..], b"one");
        assert!(cache.get("/a", 2).is_none(), "version 2 is newer");
        cache.keep("/a".into(), 1, Response::new(Body::from("old"))).await;
        assert!(cache.get("/a", 2).is_none(), "a render at version 1 came in late");
    }

    #[tokio::test]
    async fn large_bodies_pass_through_whole_and_are_not_kept() {
        let cache = PageCache::default();
        let large = vec![b'x'; MAX_BODY + 10];
        let response = cache.keep("/big".into(), 1, Response::new(Body::from(large.clone()))).await;
        assert_eq!(response.into_body().collect().await.unwrap().to_bytes().len(), large.len());
        assert!(cache.get("/big", 1).is_none());
    }
}
