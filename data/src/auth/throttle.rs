//! Failed logins, counted so that guessing is slow and the owner is not locked out.
//!
//! - Per address and account: a few failures are free, then each further attempt from that
//!   address at that account waits twice as long as the one before (up to the window). Someone
//!   guessing is slowed down; the owner, from another address, is not.
//! - Per address: past a limit of failures in the window (spraying many accounts), refused.
//! - Per account, from every address together: a high limit against guessing from many.
//!
//! An attempt is counted *before* its password is checked ([`LoginThrottle::attempt`]) and
//! forgiven when it succeeds: guesses sent all at once are counted as they arrive, not after
//! the slow hash of each. Names are kept as a short hash, so memory does not grow with what is
//! typed.

use sha2::{Digest, Sha256};
use std::{
    collections::HashMap,
    net::IpAddr,
    sync::{Mutex, PoisonError},
    time::{Duration, Instant},
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Key {
    Pair(IpAddr, [u8; 16]),
    Address(IpAddr),
    Account([u8; 16]),
}

/// The limits; [`Limits::default`] is what the server uses.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub window: Duration,
    /// Failures per address and account before delays start.
    pub free_per_pair: usize,
    /// The first delay; each further failure doubles it, up to `window`.
    pub first_delay: Duration,
    pub per_address: usize,
    pub per_account: usize,
}

impl Default for Limits {
    /// Within 15 minutes: 5 free failures per address and account, then 1 s, 2 s, 4 s, …;
    /// 30 failures per address; 100 per account from all addresses.
    fn default() -> Self {
        Self {
            window: Duration::from_secs(15 * 60),
            free_per_pair: 5,
            first_delay: Duration::from_secs(1),
            per_address: 30,
            per_account: 100,
        }
    }
}

#[derive(Debug)]
pub struct LoginThrottle {
    limits: Limits,
    failures: Mutex<HashMap<Key, Vec<Instant>>>,
}

/// Refused: try again after this long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled(pub Duration);

/// Keys kept at most; past it, expired ones are swept (and, under a flood, the oldest).
const MAX_KEYS: usize = 100_000;

impl Default for LoginThrottle {
    fn default() -> Self {
        Self::new(Limits::default())
    }
}

fn account_hash(account: &str) -> [u8; 16] {
    let digest = Sha256::digest(account.as_bytes());
    let mut short = [0; 16];
    short.copy_from_slice(&digest[..16]);
    short
}

impl LoginThrottle {
    pub fn new(limits: Limits) -> Self {
        Self { limits, failures: Mutex::new(HashMap::new()) }
    }

    /// Counts an attempt at `account` from `address`, or refuses it. Call
    /// [`LoginThrottle::succeeded`] if the password turns out right.
    pub fn attempt(&self, account: &str, address: IpAddr, now: Instant) -> Result<(), Throttled> {
        let account = account_hash(account);
        let keys = [Key::Pair(address, account), Key::Address(address), Key::Account(account)];
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        for key in keys {
            let times = failures.get_mut(&key).map(|times| {
                times.retain(|t| now.saturating_duration_since(*t) < self.limits.window);
                &*times
            });
            if let Some(wait) = times.and_then(|times| self.wait(key, times, now)) {
                return Err(Throttled(wait));
            }
        }
        if failures.len() + keys.len() > MAX_KEYS {
            self.sweep(&mut failures, now);
        }
        for key in keys {
            failures.entry(key).or_default().push(now);
        }
        Ok(())
    }

    /// How long `key`, with these failures in the window, must still wait.
    fn wait(&self, key: Key, times: &[Instant], now: Instant) -> Option<Duration> {
        let limits = &self.limits;
        let (&first, &last) = (times.first()?, times.last()?);
        let until = match key {
            Key::Pair(..) if times.len() >= limits.free_per_pair => {
                let doublings = (times.len() - limits.free_per_pair).min(20) as u32;
                last + limits.first_delay.saturating_mul(1 << doublings).min(limits.window)
            }
            Key::Address(_) if times.len() >= limits.per_address => first + limits.window,
            Key::Account(_) if times.len() >= limits.per_account => first + limits.window,
            _ => return None,
        };
        let wait = until.saturating_duration_since(now);
        (!wait.is_zero()).then_some(wait)
    }

    /// The attempt counted last for `account` from `address` was right: it is no failure, and
    /// the account's failures from that address are forgiven.
    pub fn succeeded(&self, account: &str, address: IpAddr) {
        let account = account_hash(account);
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        failures.remove(&Key::Pair(address, account));
        for key in [Key::Address(address), Key::Account(account)] {
            if let Some(times) = failures.get_mut(&key) {
                times.pop();
            }
        }
    }

    /// The attempt counted last for `account` from `address` was never made (the server was too
    /// busy to check it): it counts for nothing.
    pub fn withdraw(&self, account: &str, address: IpAddr) {
        let account = account_hash(account);
        let mut failures = self.failures.lock().unwrap_or_else(PoisonError::into_inner);
        for key in [Key::Pair(address, account), Key::Address(address), Key::Account(account)] {
            if let Some(times) = failures.get_mut(&key) {
                times.pop();
            }
        }
    }

    fn sweep(&self, failures: &mut HashMap<Key, Vec<Instant>>, now: Instant) {
        failures
            .retain(|_, times| times.last().is_some_and(|t| now.saturating_duration_since(*t) < self.limits.window));
        if failures.len() >= MAX_KEYS {
            // A flood of distinct names and addresses: forget the pairs, keep the totals.
            failures.retain(|key, _| !matches!(key, Key::Pair(..)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(last: u8) -> IpAddr {
        IpAddr::from([10, 0, 0, last])
    }

    fn limits() -> Limits {
        Limits {
            window: Duration::from_secs(600),
            free_per_pair: 3,
            first_delay: Duration::from_secs(1),
            per_address: 6,
            per_account: 9,
        }
    }

    #[test]
    fn guesses_from_one_address_wait_ever_longer_while_the_owner_elsewhere_does_not() {
        let throttle = LoginThrottle::new(limits());
        let t0 = Instant::now();
        for _ in 0..3 {
            throttle.attempt("alice", ip(1), t0).unwrap();
        }
        assert_eq!(throttle.attempt("alice", ip(1), t0), Err(Throttled(Duration::from_secs(1))));
        let t1 = t0 + Duration::from_secs(1);
        throttle.attempt("alice", ip(1), t1).unwrap();
        assert_eq!(throttle.attempt("alice", ip(1), t1), Err(Throttled(Duration::from_secs(2))));
        assert!(throttle.attempt("alice", ip(2), t1).is_ok(), "the owner, from another address, is not locked out");
    }

    #[test]
    fn attempts_sent_at_once_are_counted_as_they_arrive() {
        let throttle = LoginThrottle::new(limits());
        let t0 = Instant::now();
        let allowed = (0..60).filter(|_| throttle.attempt("alice", ip(1), t0).is_ok()).count();
        assert_eq!(allowed, 3);
    }

    #[test]
    fn an_address_spraying_accounts_is_refused_and_an_account_guessed_from_many_too() {
        let throttle = LoginThrottle::new(limits());
        let t0 = Instant::now();
        for n in 0..6 {
            throttle.attempt(&format!("user{n}"), ip(1), t0).unwrap();
        }
        assert!(throttle.attempt("someone", ip(1), t0).is_err());
        assert!(throttle.attempt("someone", ip(2), t0).is_ok());
        for n in 3..12 {
            throttle.attempt("bob", ip(n), t0).unwrap();
        }
        assert!(throttle.attempt("bob", ip(20), t0).is_err(), "9 failures of one account from many addresses");
        assert!(throttle.attempt("bob", ip(20), t0 + Duration::from_secs(601)).is_ok(), "forgotten after the window");
    }

    #[test]
    fn a_right_password_is_no_failure() {
        let throttle = LoginThrottle::new(limits());
        let t0 = Instant::now();
        for _ in 0..10 {
            throttle.attempt("alice", ip(1), t0).unwrap();
            throttle.succeeded("alice", ip(1));
        }
        assert!(throttle.attempt("alice", ip(1), t0).is_ok());
    }
}
