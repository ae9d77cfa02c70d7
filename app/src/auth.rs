//! Who is signed in. Sessions live in the store; the browser holds only a random token in an
//! HttpOnly cookie. What each role may do is `service::access`.

mod session;
pub use session::{
    LOGIN_CSRF_COOKIE, LoginCsrf, SESSION_COOKIE, SignedIn, cookie, expired_cookie, is_https, session_cookie, signed_in,
};
