//! Which of a page's kept variants a client gets, by its `Accept-Encoding`, and how they are made.

use axum::body::Bytes;
use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Brotli,
    Gzip,
    Identity,
}

impl Encoding {
    pub fn header(self) -> Option<&'static str> {
        match self {
            Encoding::Brotli => Some("br"),
            Encoding::Gzip => Some("gzip"),
            Encoding::Identity => None,
        }
    }
}

/// The encodings a client accepts, best first: by quality, then brotli before gzip before
/// none (RFC 9110, 12.5.3: `q=0` refuses; `*` stands for any not named; identity is acceptable
/// unless refused).
pub fn accepted(header: Option<&str>) -> Vec<Encoding> {
    let quality = |name: &str| -> Option<f32> {
        let mut wildcard = None;
        for item in header.unwrap_or("").split(',') {
            let mut parts = item.split(';');
            let coding = parts.next().unwrap_or("").trim();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q=")))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if coding.eq_ignore_ascii_case(name) {
                return Some(q);
            }
            if coding == "*" {
                wildcard = Some(q);
            }
        }
        wildcard
    };
    let mut ranked: Vec<(Encoding, f32)> = vec![
        (Encoding::Brotli, quality("br").unwrap_or(0.0)),
        (Encoding::Gzip, quality("gzip").unwrap_or(0.0)),
        (Encoding::Identity, quality("identity").unwrap_or(0.001)),
    ];
    ranked.retain(|(_, q)| *q > 0.0);
    // Stable: equal qualities keep the order above.
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
    ranked.into_iter().map(|(encoding, _)| encoding).collect()
}

/// Gzip at level 6: made on the request that renders the page, so fast rather than smallest.
pub fn gzip(body: &[u8]) -> Bytes {
    let mut encoder = flate2::write::GzEncoder::new(Vec::with_capacity(body.len() / 4), flate2::Compression::new(6));
    encoder.write_all(body).expect("writing to memory");
    encoder.finish().expect("writing to memory").into()
}

/// A kept gzip variant as it was before (for a client that accepts no encoding, and for brotli).
pub fn gunzip(gzip: &[u8]) -> Bytes {
    let mut body = Vec::with_capacity(gzip.len() * 6);
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(gzip), &mut body).expect("a gzip variant made here");
    body.into()
}

/// Brotli at its highest quality: made once per page and data version, beside the requests.
pub fn brotli(body: &[u8]) -> Bytes {
    let mut out = Vec::with_capacity(body.len() / 5);
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &body[..], &mut out, &params).expect("writing to memory");
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use Encoding::*;

    #[test]
    fn the_best_accepted_encoding_comes_first() {
        assert_eq!(accepted(Some("br, gzip, deflate")), [Brotli, Gzip, Identity]);
        assert_eq!(accepted(Some("gzip, deflate")), [Gzip, Identity]);
        assert_eq!(accepted(None), [Identity]);
        assert_eq!(accepted(Some("")), [Identity]);
        assert_eq!(accepted(Some("gzip;q=1.0, br;q=0.5")), [Gzip, Brotli, Identity]);
        assert_eq!(accepted(Some("br;q=0, gzip")), [Gzip, Identity]);
        assert_eq!(accepted(Some("*")), [Brotli, Gzip, Identity]);
        assert_eq!(accepted(Some("GZIP")), [Gzip, Identity]);
        assert_eq!(accepted(Some("gzip, identity;q=0")), [Gzip]);
        assert_eq!(accepted(Some("deflate")), [Identity]);
    }

    #[test]
    fn variants_decode_to_the_page() {
        let page = "<p>法治看板</p>".repeat(100);
        assert_eq!(gunzip(&gzip(page.as_bytes())), page.as_bytes());
        let mut unbrotli = Vec::new();
        brotli::BrotliDecompress(&mut &brotli(page.as_bytes())[..], &mut unbrotli).unwrap();
        assert_eq!(unbrotli, page.as_bytes());
    }
}
