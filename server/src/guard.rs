//! The gate in front of the office's pages, posts and downloads: no session → redirect to
//! the login page (which comes back here afterwards); a role the path's action does not allow
//! (`app::service::access`) → 403. The session is looked up here only: the person signed in
//! goes into the request's extensions for the page loaders and form handlers.

use crate::forms::message;
use app::{
    auth::signed_in,
    i18n::{Lang, Text},
    service::{allows, page_action},
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
    let Some(action) = page_action(&path) else { return next.run(request).await };
    let lang = Lang::of_path(&path);
    match signed_in(&state, request.headers()).await {
        Err(error) => error.into_response(),
        Ok(None) => {
            let here = request.uri().path_and_query().map_or(path.clone(), |p| p.as_str().to_owned());
            let login = format!("{}?next={}", lang.href("/login"), app::url::urlencode(&here));
            Redirect::to(&login).into_response()
        }
        Ok(Some(session)) if !allows(session.user.role, action) => {
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
