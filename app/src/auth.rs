//! Who is signed in, and which pages each role may open. Sessions live in the store; the
//! browser holds only a random token in an HttpOnly cookie.

use data::store::Role;

#[cfg(feature = "ssr")]
mod session;
#[cfg(feature = "ssr")]
pub use session::{
    LOGIN_CSRF_COOKIE, LoginCsrf, SESSION_COOKIE, SignedIn, cookie, current, expired_cookie, is_https, require,
    session_cookie, signed_in,
};

/// The roles that may open a page under `path` (with or without the `/en` prefix), or `None`
/// for a public page.
pub fn page_roles(path: &str) -> Option<&'static [Role]> {
    // Every spelling of a path that a router might take for an office page is one.
    let path = crate::url::normalized_path(path);
    let path = path.strip_prefix("/en").filter(|p| p.starts_with('/')).unwrap_or(&path);
    let under = |prefix: &str| {
        path == prefix || path.starts_with(&format!("{prefix}/")) || path.starts_with(&format!("{prefix}."))
    };
    if under("/admin") {
        Some(&[Role::Admin])
    } else if under("/supervision/targets") || under("/supervision/periods") {
        Some(&[Role::Supervisor])
    } else if under("/supervision/audit") {
        Some(&[Role::Supervisor, Role::Admin])
    } else if under("/supervision/entry")
        || under("/supervision/sources")
        || under("/supervision/upload")
        || under("/supervision/uploads")
        || under("/supervision/extract")
    {
        Some(&[Role::Supervisor, Role::Editor])
    } else if under("/supervision") {
        Some(&Role::ALL)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_supervision_and_admin_in_both_languages() {
        assert_eq!(page_roles("/compare"), None);
        assert_eq!(page_roles("/supervisionx"), None);
        assert_eq!(page_roles("/supervision"), Some(&Role::ALL[..]));
        assert_eq!(page_roles("/en/supervision/entry"), Some(&[Role::Supervisor, Role::Editor][..]));
        assert_eq!(page_roles("/en/supervision/extract/review"), Some(&[Role::Supervisor, Role::Editor][..]));
        assert_eq!(page_roles("/supervision/audit.csv"), Some(&[Role::Supervisor, Role::Admin][..]));
        assert_eq!(page_roles("/en/admin/users"), Some(&[Role::Admin][..]));
        for variant in
            ["/./supervision/audit", "//supervision/audit", "/%73upervision/audit", "/en/../supervision/audit"]
        {
            assert_eq!(page_roles(variant), Some(&[Role::Supervisor, Role::Admin][..]), "{variant}");
        }
    }
}
