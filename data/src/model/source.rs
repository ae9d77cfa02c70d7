/// A published document that figures are taken from.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Publication date as given: `2022-09-17` or `2021-05`.
    pub published: String,
    pub url: Option<String>,
    pub note: String,
}
