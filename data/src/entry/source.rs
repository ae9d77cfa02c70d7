//! A new source an office cites: its own report, a yearbook, a government notice.

use crate::model::Source;
use sha2::{Digest, Sha256};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SourceError {
    #[error("a title and a publisher are required")]
    Missing,
    #[error("publication date {0:?}: expected YYYY-MM-DD or YYYY-MM")]
    BadDate(String),
    #[error("address {0:?}: expected an http:// or https:// URL")]
    BadUrl(String),
}

/// Checks the fields and names the source `src-<date>-<digest of title and publisher>`, so the
/// same document entered twice gets the same id.
pub fn new_source(title: &str, publisher: &str, published: &str, url: &str) -> Result<Source, SourceError> {
    let (title, publisher, published, url) = (title.trim(), publisher.trim(), published.trim(), url.trim());
    if title.is_empty() || publisher.is_empty() {
        return Err(SourceError::Missing);
    }
    let day = chrono::NaiveDate::parse_from_str(published, "%Y-%m-%d").is_ok();
    let month = chrono::NaiveDate::parse_from_str(&format!("{published}-01"), "%Y-%m-%d").is_ok();
    if !(day || month) || !(published.len() == 10 || published.len() == 7) {
        return Err(SourceError::BadDate(published.to_owned()));
    }
    if !(url.is_empty() || url.starts_with("https://") || url.starts_with("http://")) {
        return Err(SourceError::BadUrl(url.to_owned()));
    }
    let digest = hex::encode(Sha256::digest(format!("{title}\n{publisher}").as_bytes()));
    Ok(Source {
        id: format!("src-{published}-{}", &digest[..8]),
        title: title.to_owned(),
        publisher: publisher.to_owned(),
        published: published.to_owned(),
        url: Some(url.to_owned()).filter(|u| !u.is_empty()),
        note: String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_sources_stably_and_checks_dates_and_urls() {
        let a = new_source("鹤壁市2023年法治政府建设年度报告", "鹤壁市人民政府", "2024-03", "").unwrap();
        let b = new_source(" 鹤壁市2023年法治政府建设年度报告 ", "鹤壁市人民政府", "2024-03", "").unwrap();
        assert_eq!(a.id, b.id);
        assert!(a.id.starts_with("src-2024-03-"));
        assert_eq!(new_source("t", "p", "2024-3", ""), Err(SourceError::BadDate("2024-3".into())));
        assert_eq!(new_source("t", "p", "2024-03-01", "javascript:x"), Err(SourceError::BadUrl("javascript:x".into())));
        assert_eq!(new_source("", "p", "2024", ""), Err(SourceError::Missing));
    }
}
