//! The gate in front of the office's pages, posts and downloads: no session → redirect to
//! the login page (which comes back here afterwards); wrong role → 403.

use crate::forms::{lang_of, message};
use app::{
    auth::{page_roles, signed_in},
    i18n::{Lang, Text},
    state::AppState,
};
use axum::{
    extract::{Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Redirect, Response},
};

pub async fn guard(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let Some(roles) = page_roles(&path) else { return next.run(request).await };
    let lang = if path.starts_with("/en/") { Lang::En } else { lang_of("") };
    match signed_in(&state, request.headers()).await {
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
        Ok(None) => {
            let here = request.uri().path_and_query().map_or(path.clone(), |p| p.as_str().to_owned());
            let login = format!("{}?next={}", lang.href("/login"), app::api::urlencode(&here));
            Redirect::to(&login).into_response()
        }
        Ok(Some(session)) if !session.has_role(roles) => {
            message(StatusCode::FORBIDDEN, lang, Text::ForbiddenBody, &lang.href("/supervision"))
        }
        Ok(Some(session)) => {
            request.extensions_mut().insert(session);
            let mut response = next.run(request).await;
            // Office pages hold names and unpublished figures: never cached anywhere.
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
    }
}
