//! Failed logins are counted per account and per address in a sliding window; past the limit,
//! further attempts are refused until the window has passed, right password or not.

use std::{
    collections::HashMap,
    sync::Mutex,
    time::{Duration, Instant},
};

#[derive(Debug)]
pub struct LoginThrottle {
    window: Duration,
    per_account: usize,
    per_address: usize,
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

/// Refused: try again after this long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled(pub Duration);

impl Default for LoginThrottle {
    /// 5 failures per account, 20 per address, in 15 minutes.
    fn default() -> Self {
        Self::new(Duration::from_secs(15 * 60), 5, 20)
    }
}

impl LoginThrottle {
    pub fn new(window: Duration, per_account: usize, per_address: usize) -> Self {
        Self { window, per_account, per_address, failures: Mutex::new(HashMap::new()) }
    }

    fn keys(account: &str, address: &str) -> [(String, bool); 2] {
        [(format!("account:{account}"), true), (format!("address:{address}"), false)]
    }

    /// Whether an attempt may be made now.
    pub fn check(&self, account: &str, address: &str, now: Instant) -> Result<(), Throttled> {
        let mut failures = self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        for (key, is_account) in Self::keys(account, address) {
            let limit = if is_account { self.per_account } else { self.per_address };
            if let Some(times) = failures.get_mut(&key) {
                times.retain(|t| now.duration_since(*t) < self.window);
                if times.len() >= limit {
                    let oldest = times[0];
                    return Err(Throttled(self.window.saturating_sub(now.duration_since(oldest))));
                }
            }
        }
        Ok(())
    }

    pub fn failed(&self, account: &str, address: &str, now: Instant) {
        let mut failures = self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        // Bound the memory an attacker can make us use with made-up names.
        if failures.len() > 100_000 {
            failures.retain(|_, times| times.last().is_some_and(|t| now.duration_since(*t) < self.window));
        }
        for (key, _) in Self::keys(account, address) {
            failures.entry(key).or_default().push(now);
        }
    }

    /// A successful login clears the account's failures (not the address's).
    pub fn succeeded(&self, account: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        failures.remove(&format!("account:{account}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_per_account_and_per_address_and_forgets_after_the_window() {
        let throttle = LoginThrottle::new(Duration::from_secs(60), 3, 5);
        let t0 = Instant::now();
        for _ in 0..3 {
            assert!(throttle.check("alice", "10.0.0.1", t0).is_ok());
            throttle.failed("alice", "10.0.0.1", t0);
        }
        assert!(throttle.check("alice", "10.0.0.2", t0).is_err(), "per account, from any address");
        assert!(throttle.check("bob", "10.0.0.1", t0).is_ok());
        throttle.failed("bob", "10.0.0.1", t0);
        throttle.failed("carol", "10.0.0.1", t0);
        assert!(throttle.check("dave", "10.0.0.1", t0).is_err(), "per address, for any account");
        assert!(throttle.check("alice", "10.0.0.2", t0 + Duration::from_secs(61)).is_ok());
    }
}
