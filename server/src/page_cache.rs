//! Public responses kept as rendered, per data version, compressed: a widely shared page costs
//! a look-up instead of a render and a compression. Every entry names the version it was
//! rendered at, and the first request that sees a newer one empties the cache, so an accepted
//! change shows at once. Gzip is made when the page is kept; brotli at its highest quality on an
//! idle core ([`idle_worker`]), one page at a time, and served once it is there. The page itself
//! is not kept: every browser accepts gzip, and a client that does not gets the gzip variant
//! unzipped (about 25 µs for the seed compare page's 22 KB). Kept uncompressed, the HTML was
//! three quarters of the cache's bytes, and at national size pages were evicted and rendered
//! again (BENCHMARKS.md).
//! Renders are bounded: one per page at a time ([`flights`]), [`WebConfig::renders`] at once,
//! and a request that cannot get a turn in time gets a 503 instead of piling up.

mod encoding;
pub mod flights;
mod idle_worker;

use app::state::WebConfig;
use axum::{
    body::{Body, Bytes},
    http::{HeaderMap, HeaderValue, header},
    response::Response,
};
use encoding::Encoding;
use idle_worker::IdleWorker;
use quick_cache::{Weighter, sync::Cache};
use std::sync::{
    Arc, OnceLock,
    atomic::{AtomicI64, AtomicU64, AtomicUsize, Ordering},
};
use tokio::sync::{Semaphore, SemaphorePermit};

/// Larger bodies (downloads of whole tables) are streamed through and never kept.
pub const MAX_BODY: usize = 1 << 20;
/// All kept variants together, in bytes.
pub const CAPACITY: u64 = 256 << 20;

pub struct PageCache {
    /// The newest data version seen; entries of older ones are useless.
    version: AtomicI64,
    pages: Cache<String, Arc<Page>, PageWeight>,
    pub flights: Arc<flights::Flights>,
    renders: Semaphore,
    waiting: AtomicUsize,
    config: Arc<WebConfig>,
    /// Makes brotli variants, one at a time, when a core is idle.
    compressor: IdleWorker,
    pub counts: Counts,
}

/// What the cache did since the server started (`/healthz` shows it).
#[derive(Default, Debug)]
pub struct Counts {
    pub hits: AtomicU64,
    pub renders: AtomicU64,
    pub busy: AtomicU64,
}

impl Counts {
    pub fn add(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }
}

/// Why a request got no turn to render.
#[derive(Debug)]
pub struct Busy;

impl PageCache {
    pub fn new(config: Arc<WebConfig>) -> Self {
        Self {
            version: AtomicI64::new(i64::MIN),
            pages: Cache::with_weighter(4096, CAPACITY, PageWeight),
            flights: Arc::default(),
            renders: Semaphore::new(config.renders.max(1)),
            waiting: AtomicUsize::new(0),
            compressor: IdleWorker::start("brotli"),
            counts: Counts::default(),
            config,
        }
    }

    /// The kept response for `key` at data `version`, in the best encoding `accept_encoding`
    /// allows of those made so far.
    pub fn get(self: &Arc<Self>, key: &str, version: i64, accept_encoding: Option<&str>) -> Option<Response> {
        let seen = self.version.fetch_max(version, Ordering::AcqRel);
        if seen < version {
            self.pages.clear();
            return None;
        }
        let page = self.pages.get(key).filter(|page| page.version == version)?;
        if page.brotli.get().is_none() {
            self.make_brotli(&page);
        }
        Counts::add(&self.counts.hits);
        Some(page.response(&encoding::accepted(accept_encoding), None))
    }

    /// How many pages are kept, and their weight in bytes (their variants, and brotli's
    /// estimate until it is made) out of [`CAPACITY`].
    pub fn kept(&self) -> (usize, u64) {
        (self.pages.len(), self.pages.weight())
    }

    /// A turn to render, waiting up to [`WebConfig::render_wait`] behind at most
    /// [`WebConfig::render_queue`] others.
    pub async fn turn(&self) -> Result<SemaphorePermit<'_>, Busy> {
        let turn = self.wait_for_turn().await;
        Counts::add(if turn.is_ok() { &self.counts.renders } else { &self.counts.busy });
        turn
    }

    async fn wait_for_turn(&self) -> Result<SemaphorePermit<'_>, Busy> {
        if let Ok(permit) = self.renders.try_acquire() {
            return Ok(permit);
        }
        if self.waiting.fetch_add(1, Ordering::AcqRel) >= self.config.render_queue {
            self.waiting.fetch_sub(1, Ordering::AcqRel);
            return Err(Busy);
        }
        let permit = tokio::time::timeout(self.config.render_wait, self.renders.acquire()).await;
        self.waiting.fetch_sub(1, Ordering::AcqRel);
        match permit {
            Ok(Ok(permit)) => Ok(permit),
            _ => Err(Busy),
        }
    }

    /// Keeps a rendered page (`parts` and its whole `body`) at `version` unless a newer version
    /// was seen meanwhile, and answers it in the best encoding `accept_encoding` allows.
    pub async fn keep(
        &self,
        key: String,
        version: i64,
        headers: &HeaderMap,
        body: Bytes,
        accept_encoding: Option<&str>,
    ) -> Response {
        let identity = body.clone();
        let mut headers = headers.clone();
        // Set again for each variant.
        headers.remove(header::CONTENT_LENGTH);
        headers.remove(header::CONTENT_ENCODING);
        let Ok(gzip) = tokio::task::spawn_blocking(move || encoding::gzip(&identity)).await else {
            return Page::respond(&headers, Encoding::Identity, body);
        };
        let page = Arc::new(Page { version, headers, gzip, brotli: OnceLock::new() });
        if version == self.version.load(Ordering::Acquire) {
            self.pages.insert(key, page.clone());
        }
        page.response(&encoding::accepted(accept_encoding), Some(body))
    }

    /// Offers the page's brotli variant to the idle worker, unless it is busy with another.
    /// The worker only sets the page's `OnceLock`, which readers check without waiting: it
    /// takes no lock a request could then wait on while the idle thread is not running.
    fn make_brotli(&self, page: &Arc<Page>) {
        let page = page.clone();
        self.compressor.offer(move || {
            let _ = page.brotli.set(encoding::brotli(&encoding::gunzip(&page.gzip)));
        });
    }
}

struct Page {
    version: i64,
    headers: HeaderMap,
    gzip: Bytes,
    /// Set once by the idle worker, after the page is kept.
    brotli: OnceLock<Bytes>,
}

impl Page {
    /// The best variant `accepted` allows of those made so far; the page as rendered is
    /// `identity` when at hand, otherwise unzipped.
    fn response(&self, accepted: &[Encoding], identity: Option<Bytes>) -> Response {
        let mut identity = identity;
        let mut variant = |encoding| match encoding {
            Encoding::Brotli => self.brotli.get().cloned(),
            Encoding::Gzip => Some(self.gzip.clone()),
            Encoding::Identity => Some(identity.take().unwrap_or_else(|| encoding::gunzip(&self.gzip))),
        };
        let best = accepted.iter().find_map(|&encoding| Some((encoding, variant(encoding)?)));
        // A client that refuses every encoding (`identity;q=0`) still gets the page: a 406
        // helps nobody.
        let (encoding, body) =
            best.unwrap_or_else(|| (Encoding::Identity, variant(Encoding::Identity).unwrap_or_default()));
        Self::respond(&self.headers, encoding, body)
    }

    fn respond(headers: &HeaderMap, encoding: Encoding, body: Bytes) -> Response {
        let length = HeaderValue::from(body.len());
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = headers.clone();
        let headers = response.headers_mut();
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
        headers.insert(header::CONTENT_LENGTH, length);
        if let Some(name) = encoding.header() {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
        }
        response
    }

    fn size(&self) -> u64 {
        // Weighed when kept, before brotli is made: gzip counts twice, brotli being smaller.
        2 * self.gzip.len() as u64
    }
}

#[derive(Clone)]
struct PageWeight;

impl Weighter<String, Arc<Page>> for PageWeight {
    fn weight(&self, key: &String, page: &Arc<Page>) -> u64 {
        key.len() as u64 + page.size()
    }
}

#[cfg(test)]
mod tests;
