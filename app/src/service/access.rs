//! Who may do what: every access rule of the office, in one place. The guard (by path), the
//! page loaders and the service's functions all ask here, so a rule changes once.

use crate::{auth::SignedIn, error::AppError};
use data::store::{Role, Upload, User};

/// What a signed-in person may ask to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Open the office: the board and the regions' reports.
    OpenOffice,
    /// Enter figures and sources, upload files, read reports for their figures.
    Enter,
    /// Register a new indicator (the province's list: editors choose among it).
    NameIndicators,
    /// Set targets, freeze and reopen periods.
    ManageTargets,
    /// Import a file of figures from the command line (`server import --as`).
    Import,
    /// Read the audit trail.
    ReadAudit,
    /// Add users, deactivate them, reset their passwords.
    ManageUsers,
    /// See, commit or discard any upload (its uploader may always decide on their own).
    DecideAnyUpload,
}

pub fn allows(role: Role, action: Action) -> bool {
    use Action::*;
    match action {
        OpenOffice => true,
        Enter => matches!(role, Role::Supervisor | Role::Editor),
        NameIndicators | ManageTargets | Import | DecideAnyUpload => role == Role::Supervisor,
        ReadAudit => matches!(role, Role::Supervisor | Role::Admin),
        ManageUsers => role == Role::Admin,
    }
}

/// Editors enter the figures of one region, so an editor's account names one; no other does.
pub fn has_region(role: Role) -> bool {
    role == Role::Editor
}

/// The person, if their role allows `action`.
pub fn check(who: &SignedIn, action: Action) -> Result<(), AppError> {
    if allows(who.user.role, action) { Ok(()) } else { Err(AppError::Forbidden) }
}

/// An upload is seen and decided by the person who sent it, or by whoever may decide any.
pub fn may_decide_upload(user: &User, upload: &Upload) -> bool {
    upload.uploaded_by == user.id || allows(user.role, Action::DecideAnyUpload)
}

/// What a request for `path` (with or without the `/en` prefix) asks to do, or `None` for a
/// public page.
pub fn page_action(path: &str) -> Option<Action> {
    // Every spelling of a path that a router might take for an office page is one.
    let path = crate::url::normalized_path(path);
    let (_, path) = crate::i18n::split_lang(&path);
    let under = |prefix: &str| {
        path == prefix || path.starts_with(&format!("{prefix}/")) || path.starts_with(&format!("{prefix}."))
    };
    if under("/admin") {
        Some(Action::ManageUsers)
    } else if under("/supervision/targets") || under("/supervision/periods") {
        Some(Action::ManageTargets)
    } else if under("/supervision/audit") {
        Some(Action::ReadAudit)
    } else if [
        "/supervision/entry",
        "/supervision/sources",
        "/supervision/upload",
        "/supervision/uploads",
        "/supervision/extract",
    ]
    .into_iter()
    .any(under)
    {
        Some(Action::Enter)
    } else if under("/supervision") {
        Some(Action::OpenOffice)
    } else {
        None
    }
}

/// The roles that may open a page under `path`, or `None` for a public page.
pub fn page_roles(path: &str) -> Option<Vec<Role>> {
    page_action(path).map(|action| Role::ALL.into_iter().filter(|&role| allows(role, action)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guards_supervision_and_admin_in_both_languages() {
        let roles = |path: &str| page_roles(path);
        assert_eq!(roles("/compare"), None);
        assert_eq!(roles("/supervisionx"), None);
        assert_eq!(roles("/supervision"), Some(Role::ALL.to_vec()));
        assert_eq!(roles("/en/supervision/entry"), Some(vec![Role::Supervisor, Role::Editor]));
        assert_eq!(roles("/en/supervision/extract/review"), Some(vec![Role::Supervisor, Role::Editor]));
        assert_eq!(roles("/supervision/uploads/3/commit"), Some(vec![Role::Supervisor, Role::Editor]));
        assert_eq!(roles("/supervision/audit.csv"), Some(vec![Role::Admin, Role::Supervisor]));
        assert_eq!(roles("/supervision/periods"), Some(vec![Role::Supervisor]));
        assert_eq!(roles("/en/admin/users"), Some(vec![Role::Admin]));
        for variant in
            ["/./supervision/audit", "//supervision/audit", "/%73upervision/audit", "/en/../supervision/audit"]
        {
            assert_eq!(roles(variant), Some(vec![Role::Admin, Role::Supervisor]), "{variant}");
        }
    }

    #[test]
    fn an_upload_is_decided_by_its_uploader_or_a_supervisor() {
        let user = |id, role| User { id, name: format!("u{id}"), role, region: None, active: true };
        let upload = Upload {
            id: 7,
            sha256: String::new(),
            file_name: "f.csv".into(),
            bytes: vec![],
            uploaded_by: 1,
            uploaded_at: String::new(),
            status: data::store::UploadStatus::Pending,
            applied: 0,
        };
        assert!(may_decide_upload(&user(1, Role::Editor), &upload));
        assert!(may_decide_upload(&user(2, Role::Supervisor), &upload));
        assert!(!may_decide_upload(&user(2, Role::Editor), &upload));
        assert!(!may_decide_upload(&user(2, Role::Admin), &upload));
    }

    #[test]
    fn only_supervisors_name_indicators_and_admins_never_enter_figures() {
        assert!(allows(Role::Supervisor, Action::NameIndicators));
        assert!(!allows(Role::Editor, Action::NameIndicators));
        assert!(!allows(Role::Admin, Action::Enter));
        assert!(allows(Role::Supervisor, Action::Import) && !allows(Role::Editor, Action::Import));
        assert!(has_region(Role::Editor) && !has_region(Role::Supervisor) && !has_region(Role::Admin));
        assert!(Role::ALL.into_iter().all(|role| allows(role, Action::OpenOffice)));
    }
}
