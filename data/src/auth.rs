//! Passwords, session tokens and login throttling: the security rules, with no HTTP in them.

mod password;
mod throttle;
mod token;

pub use password::{PasswordError, hash_password, verify_password};
pub use throttle::{LoginThrottle, Throttled};
pub use token::{Token, constant_time_eq, sha256_hex};
