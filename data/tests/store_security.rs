//! The store's part in keeping the office safe: sessions that end when unused, security events
//! in the audit trail without new data versions, rights checked inside the write, nothing lost
//! by a form that does not carry a field, and a file only its owner reads.

#[macro_use]
#[path = "support/backends.rs"]
mod backends;

use backends::Backend;
use data::{
    Live, SeedFiles,
    store::{NewUser, ObservationChange, Role, Session, StoreError, TargetChange, User},
};

fn open(backend: &Backend) -> Live {
    Live::open(backend.open(), || data::validate::tables(&SeedFiles::embedded())).unwrap()
}

fn user(live: &Live, name: &str, role: Role, region: Option<&str>) -> User {
    let new = NewUser { name: name.into(), role, region: region.map(Into::into), password_hash: "x".into() };
    live.accounts().add_user(None, &new).unwrap()
}

fn session(user: &User, last_seen: &str) -> Session {
    Session {
        token_hash: format!("hash-{}", user.id),
        user_id: user.id,
        csrf_token: "csrf".into(),
        created_at: "2026-12-01T08:00:00Z".into(),
        expires_at: "2026-12-01T16:00:00Z".into(),
        last_seen: last_seen.into(),
    }
}

fn a_session_unused_for_the_idle_limit_ends_and_use_keeps_it_alive(backend: &Backend) {
    let live = open(backend);
    let sup = user(&live, "sup", Role::Supervisor, None);
    live.accounts().create_session(&session(&sup, "2026-12-01T08:00:00Z")).unwrap();
    let store = live.accounts();
    let at_ten = |idle_since| store.session("hash-1", "2026-12-01T10:00:00Z", idle_since).unwrap();
    assert!(at_ten("2026-12-01T07:30:00Z").is_some(), "used within the idle limit");
    assert!(at_ten("2026-12-01T09:30:00Z").is_none(), "unused for two hours");
    store.touch_session("hash-1", "2026-12-01T09:45:00Z").unwrap();
    assert!(at_ten("2026-12-01T09:30:00Z").is_some(), "used again");
    assert!(store.session("hash-1", "2026-12-01T16:00:00Z", "2026-12-01T00:00:00Z").unwrap().is_none(), "expired");
}

fn logins_uploads_and_discards_are_audited_without_a_new_data_version(backend: &Backend) {
    let live = open(backend);
    let sup = user(&live, "sup", Role::Supervisor, None);
    let version = live.figures().version().unwrap();
    live.accounts().create_session(&session(&sup, "2026-12-01T08:00:00Z")).unwrap();
    let id = live.figures().save_upload(&sup.actor(), "a.csv", b"region\n").unwrap();
    live.figures().discard_upload(&sup.actor(), id).unwrap();
    live.accounts().record_event(&sup.actor(), "session.login_refused", "user sup", "wrong password").unwrap();
    assert_eq!(live.figures().version().unwrap(), version, "pages stay as they are");
    let actions: Vec<String> =
        live.figures().audit(&Default::default()).unwrap().into_iter().map(|e| e.action).collect();
    for action in ["session.login", "upload.save", "upload.discard", "session.login_refused"] {
        assert!(actions.contains(&action.to_owned()), "{action} in {actions:?}");
    }
}

fn an_import_that_changes_nothing_is_no_new_version(backend: &Backend) {
    let live = open(backend);
    let sup = user(&live, "sup", Role::Supervisor, None);
    let data = live.dataset();
    let same =
        data.observations().iter().take(3).map(|o| Ok(ObservationChange { observation: o.clone(), correction: false }));
    let version = live.figures().version().unwrap();
    let report =
        live.figures().record_observation_stream(&sup.actor(), &mut same.into_iter(), "again", "same.csv").unwrap();
    assert_eq!((report.added, report.corrected, report.unchanged), (0, 0, 3));
    assert_eq!(live.figures().version().unwrap(), version);
    assert!(!live.refresh().unwrap(), "nothing to apply");
}

fn a_correction_of_a_frozen_period_is_refused_inside_the_write_to_anyone_but_a_supervisor(backend: &Backend) {
    let live = open(backend);
    let sup = user(&live, "sup", Role::Supervisor, None);
    let editor = user(&live, "hebi", Role::Editor, Some("410600"));
    let data = live.dataset();
    let figure = data.observations().iter().find(|o| o.region == "410600").unwrap().clone();
    let period = figure.period.to_string();
    // The rows were checked before the period was frozen; the write comes after.
    live.write(|s| s.set_frozen(&sup.actor(), &period, true, "published")).unwrap();
    let change = ObservationChange {
        observation: data::model::Observation { value: figure.value + 1.0, ..figure },
        correction: true,
    };
    let refused = live.write(|s| s.record_observations(&editor.actor(), std::slice::from_ref(&change), "fix"));
    assert!(matches!(refused, Err(StoreError::Frozen(_))), "{refused:?}");
    assert!(live.write(|s| s.record_observations(&sup.actor(), &[change], "fix")).is_ok());
}

fn a_target_saved_from_the_form_keeps_its_source_and_quote_and_the_audit_shows_them(backend: &Backend) {
    let live = open(backend);
    let sup = user(&live, "sup", Role::Supervisor, None);
    let data = live.dataset();
    let seeded = data.targets().iter().find(|t| t.source.is_some()).expect("a target from a source").clone();
    // The form's fields: the same figures, a new note; no source or quote (the form has none).
    let fields = [
        ("id", seeded.id.clone()),
        ("indicator", seeded.indicator.clone()),
        ("scope", seeded.scope.clone()),
        ("comparator", seeded.comparator.key().to_owned()),
        ("value", seeded.value.to_string()),
        ("period", seeded.period.to_string()),
        ("deadline", seeded.deadline.clone().unwrap_or_default()),
        ("set_by", seeded.set_by.clone()),
        ("document", seeded.document.clone()),
        ("note", "checked against the 2023 plan".to_owned()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let target = data::entry::target_from_form(&data::entry::form_row(&fields), &data).unwrap();
    live.write(|s| s.save_target(&sup.actor(), &TargetChange { target }, "note")).unwrap();
    let saved = live.dataset().targets().iter().find(|t| t.id == seeded.id).unwrap().clone();
    assert_eq!((&saved.source, &saved.quote), (&seeded.source, &seeded.quote), "kept");
    assert_eq!(saved.note, "checked against the 2023 plan");
    // Saved without them (new figures), the audit entry shows what it no longer cites.
    let own = data::model::Target { value: seeded.value + 1.0, source: None, quote: String::new(), ..saved };
    live.write(|s| s.save_target(&sup.actor(), &TargetChange { target: own }, "new figure")).unwrap();
    let audit = live.figures().audit(&Default::default()).unwrap();
    let entry = audit.iter().find(|e| e.action == "target.update" && e.reason == "new figure").unwrap();
    assert!(entry.before.as_deref().unwrap().contains(&seeded.quote), "{entry:?}");
}

fn user_names_are_short_and_plain(backend: &Backend) {
    let live = open(backend);
    for name in ["", "two words", "tab\tname", &"x".repeat(65)] {
        let new = NewUser { name: name.into(), role: Role::Admin, region: None, password_hash: "x".into() };
        assert!(live.accounts().add_user(None, &new).is_err(), "{name:?}");
    }
    user(&live, &"名".repeat(64), Role::Admin, None);
}

#[cfg(unix)]
#[test]
fn the_store_file_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let backend = Backend::sqlite();
    let Backend::Sqlite(dir) = &backend else { unreachable!("a SQLite store") };
    let path = dir.path().join("test.sqlite3");
    std::fs::write(&path, b"").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    drop(open(&backend));
    for file in ["test.sqlite3", "test.sqlite3-wal"] {
        let mode = std::fs::metadata(dir.path().join(file)).map(|m| m.permissions().mode() & 0o777);
        assert!(matches!(mode, Ok(0o600) | Err(_)), "{file}: {mode:?}");
    }
}

on_every_backend!(
    a_session_unused_for_the_idle_limit_ends_and_use_keeps_it_alive,
    logins_uploads_and_discards_are_audited_without_a_new_data_version,
    an_import_that_changes_nothing_is_no_new_version,
    a_correction_of_a_frozen_period_is_refused_inside_the_write_to_anyone_but_a_supervisor,
    a_target_saved_from_the_form_keeps_its_source_and_quote_and_the_audit_shows_them,
    user_names_are_short_and_plain,
);
