use super::csrf_refusal;
use app::{auth::SignedIn, i18n::Lang};
use axum::{
    body::Bytes,
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

/// Read first and alone, so a forged post is refused before its fields are looked at.
#[derive(serde::Deserialize)]
struct Envelope {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    lang: String,
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
        let is_form = request
            .headers()
            .get(axum::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
        if !is_form {
            return Err(StatusCode::UNSUPPORTED_MEDIA_TYPE.into_response());
        }
        let body = Bytes::from_request(request, state).await.map_err(IntoResponse::into_response)?;
        let envelope: Envelope = serde_urlencoded::from_bytes(&body)
            .map_err(|e| (StatusCode::BAD_REQUEST, e.to_string()).into_response())?;
        let lang = Lang::of_tag(&envelope.lang);
        if let Some(refusal) = csrf_refusal(&signed_in, &envelope.csrf, lang) {
            return Err(refusal);
        }
        let fields = serde_urlencoded::from_bytes(&body)
            .map_err(|e| (StatusCode::UNPROCESSABLE_ENTITY, e.to_string()).into_response())?;
        Ok(Self { signed_in, lang, fields })
    }
}
