use super::{csrf_refusal, lang_of};
use app::{auth::SignedIn, i18n::Lang};
use axum::{
    Form,
    extract::{FromRequest, Request},
    http::StatusCode,
    response::{IntoResponse, Response},
};
use serde::de::DeserializeOwned;

/// A form posted by a signed-in person (the guard put their session in the request) whose
/// CSRF token matched the session's; anything else is refused before a handler runs.
pub struct OfficeForm<T> {
    pub signed_in: SignedIn,
    pub lang: Lang,
    pub fields: T,
}

#[derive(serde::Deserialize)]
struct Envelope<T> {
    csrf: String,
    #[serde(default)]
    lang: String,
    #[serde(flatten)]
    fields: T,
}

impl<T, S> FromRequest<S> for OfficeForm<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let signed_in =
            request.extensions().get::<SignedIn>().cloned().ok_or_else(|| StatusCode::UNAUTHORIZED.into_response())?;
        let Form(envelope) =
            Form::<Envelope<T>>::from_request(request, state).await.map_err(IntoResponse::into_response)?;
        let lang = lang_of(&envelope.lang);
        if let Some(refusal) = csrf_refusal(&signed_in, &envelope.csrf, lang) {
            return Err(refusal);
        }
        Ok(Self { signed_in, lang, fields: envelope.fields })
    }
}
