//! A report being read for its figures, kept with the session between its three steps (the
//! text, the review, the confirmation): the text is read again at each step, so the review
//! form carries only what a person changed and the quotes always come from the text itself.

use crate::{auth::SignedIn, error::AppError};
use data::{
    Dataset,
    entry::{
        MAX_CELL_CHARS,
        report::{Catalogue, budget, published_date},
    },
    extract::Candidate,
    model::Source,
    store::{Accounts, decode_draft, encode_draft},
};

/// The draft's name among the session's forms.
pub const FORM: &str = "extract";

/// What step 1 sent, checked.
#[derive(Clone, Debug)]
pub struct ExtractDraft {
    pub text: String,
    /// An existing source, or the one to register when figures are confirmed.
    pub source: Source,
    pub new_source: bool,
    pub region: Option<String>,
}

impl ExtractDraft {
    pub fn save(&self, accounts: &dyn Accounts, signed_in: &SignedIn) -> Result<(), AppError> {
        let s = &self.source;
        let new = if self.new_source { "1" } else { "" };
        let fields = encode_draft(&[
            ("text", &self.text),
            ("source", &s.id),
            ("new", new),
            ("title", &s.title),
            ("publisher", &s.publisher),
            ("published", &s.published),
            ("url", s.url.as_deref().unwrap_or_default()),
            ("region", self.region.as_deref().unwrap_or_default()),
        ]);
        Ok(accounts.save_draft(&signed_in.token_hash, FORM, &fields)?)
    }

    /// The report this person is reading, or `None` when they have not sent one.
    pub fn read(accounts: &dyn Accounts, signed_in: &SignedIn) -> Result<Option<Self>, AppError> {
        let Some(draft) = accounts.draft(&signed_in.token_hash, FORM)? else { return Ok(None) };
        let fields = decode_draft(&draft);
        let field = |name: &str| fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()).unwrap_or_default();
        let url = field("url");
        Ok(Some(Self {
            text: field("text"),
            source: Source {
                id: field("source"),
                title: field("title"),
                publisher: field("publisher"),
                published: field("published"),
                url: Some(url).filter(|u| !u.is_empty()),
                note: String::new(),
            },
            new_source: field("new") == "1",
            region: Some(field("region")).filter(|r| !r.is_empty()),
        }))
    }

    /// The figures proposed, at most [`budget::CANDIDATES`], and whether the text states more.
    pub fn candidates(&self, data: &Dataset) -> (Vec<Candidate>, bool) {
        let catalogue = Catalogue::of(data);
        let published = published_date(&self.source.published).unwrap_or_else(data::supervision::today);
        let cx = catalogue.context(published, self.region.as_deref());
        data::extract::extract_bounded(&self.text, &cx, budget::CANDIDATES, MAX_CELL_CHARS)
    }
}
