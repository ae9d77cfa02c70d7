use crate::store::User;
use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use std::sync::LazyLock;

/// The shortest password accepted.
pub const MIN_PASSWORD_CHARS: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasswordError {
    #[error("a password needs at least {MIN_PASSWORD_CHARS} characters")]
    TooShort,
    #[error("the password could not be hashed")]
    Hash,
}

/// An argon2id hash in PHC form (algorithm, parameters and salt included).
pub fn hash_password(password: &str) -> Result<String, PasswordError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(PasswordError::TooShort);
    }
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|_| PasswordError::Hash)?;
    let hashed: Result<PasswordHash, _> = Argon2::default().hash_password_with_salt(password.as_bytes(), &bytes);
    hashed.map(|h| h.to_string()).map_err(|_| PasswordError::Hash)
}

/// Whether `password` is the one `hash` (PHC form) was made from, with the hash's own parameters.
pub fn verify_password(password: &str, hash: &str) -> bool {
    Argon2::default().verify_password(password.as_bytes(), hash).is_ok()
}

/// The longest password checked: argon2 reads all of it, and a login form is small.
pub const MAX_PASSWORD_CHARS: usize = 1024;

/// A hash of the same cost as every account's, for names that have none.
static STAND_IN: LazyLock<String> = LazyLock::new(|| hash_password("no account has this password").unwrap_or_default());

/// Works out the stand-in hash now, so the first login of an unknown name is not the slow one.
pub fn prepare_login_check() {
    LazyLock::force(&STAND_IN);
}

/// The account a login names if `password` is its password and it is active. The password is
/// hashed whether or not the account exists or is active (against a stand-in when it does not),
/// so the time a login takes does not say which names exist.
pub fn check_login(password: &str, account: Option<(User, String)>) -> Option<User> {
    let password = if password.chars().count() > MAX_PASSWORD_CHARS { "" } else { password };
    match account {
        Some((user, hash)) => (verify_password(password, &hash) && user.active).then_some(user),
        None => {
            verify_password(password, &STAND_IN);
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_with_argon2id_and_verifies() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("correct horse battery!", &hash));
        assert!(!verify_password("x", "not a hash"));
        assert_eq!(hash_password("short"), Err(PasswordError::TooShort));
    }

    #[test]
    fn a_login_succeeds_only_for_an_active_account_with_its_password() {
        let hash = hash_password("correct horse battery").unwrap();
        let user = User { id: 1, name: "a".into(), role: crate::store::Role::Admin, region: None, active: true };
        let found = |active| Some((User { active, ..user.clone() }, hash.clone()));
        assert_eq!(check_login("correct horse battery", found(true)), Some(user.clone()));
        assert_eq!(check_login("correct horse battery", found(false)), None);
        assert_eq!(check_login("wrong horse battery", found(true)), None);
        assert_eq!(check_login("correct horse battery", None), None);
        assert_eq!(check_login(&"x".repeat(MAX_PASSWORD_CHARS + 1), found(true)), None);
    }
}
