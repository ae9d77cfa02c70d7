//! Passwords, session tokens and login throttling: the security rules, with no HTTP in them.

mod password;
mod throttle;
mod token;

pub use password::{
    MAX_PASSWORD_CHARS, PasswordError, check_login, hash_password, prepare_login_check, verify_password,
};
pub use throttle::{Limits, LoginThrottle, Throttled};
pub use token::{Token, constant_time_eq, sha256_hex};
