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
//! the slow hash of each. The counts live in the database ([`Accounts::count_login_attempt`]),
//! so every server on it counts together; names are kept as a short hash, so what is typed is
//! not stored.

use crate::store::{Accounts, StoreError};
use sha2::{Digest, Sha256};
use std::{
    net::IpAddr,
    time::{Duration, SystemTime},
};

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

#[derive(Debug, Default)]
pub struct LoginThrottle {
    limits: Limits,
}

/// Refused: try again after this long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Throttled(pub Duration);

/// The three counts an attempt is kept under, in this order.
fn keys(account: &str, address: IpAddr) -> [String; 3] {
    let account = hex::encode(&Sha256::digest(account.as_bytes())[..16]);
    [format!("pair {address} {account}"), format!("address {address}"), format!("account {account}")]
}

fn millis(time: SystemTime) -> i64 {
    time.duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

impl LoginThrottle {
    pub fn new(limits: Limits) -> Self {
        Self { limits }
    }

    /// Counts an attempt at `account` from `address`, or refuses it (`Ok(Err(..))`). Call
    /// [`LoginThrottle::succeeded`] if the password turns out right.
    pub fn attempt(
        &self,
        accounts: &dyn Accounts,
        account: &str,
        address: IpAddr,
        now: SystemTime,
    ) -> Result<Result<(), Throttled>, StoreError> {
        let now = millis(now);
        let since = now.saturating_sub(i64::try_from(self.limits.window.as_millis()).unwrap_or(i64::MAX));
        let refuse = |attempts: &[Vec<i64>]| {
            let [pair, address, account] = attempts else { return None };
            self.wait(Rule::Pair, pair, now)
                .or_else(|| self.wait(Rule::Address, address, now))
                .or_else(|| self.wait(Rule::Account, account, now))
        };
        let waited = accounts.count_login_attempt(&keys(account, address), now, since, &refuse)?;
        Ok(waited.map_or(Ok(()), |wait| Err(Throttled(wait))))
    }

    /// How long a key of `rule`, with these attempts (ms, oldest first) in the window, waits.
    fn wait(&self, rule: Rule, times: &[i64], now: i64) -> Option<Duration> {
        let limits = &self.limits;
        let (&first, &last) = (times.first()?, times.last()?);
        let window = i64::try_from(limits.window.as_millis()).unwrap_or(i64::MAX);
        let until = match rule {
            Rule::Pair if times.len() >= limits.free_per_pair => {
                let doublings = (times.len() - limits.free_per_pair).min(20) as u32;
                let delay = limits.first_delay.saturating_mul(1 << doublings).min(limits.window);
                last.saturating_add(i64::try_from(delay.as_millis()).unwrap_or(i64::MAX))
            }
            Rule::Address if times.len() >= limits.per_address => first.saturating_add(window),
            Rule::Account if times.len() >= limits.per_account => first.saturating_add(window),
            _ => return None,
        };
        let wait = u64::try_from(until.saturating_sub(now)).unwrap_or(0);
        (wait > 0).then(|| Duration::from_millis(wait))
    }

    /// The attempt counted last for `account` from `address` was right: it is no failure, and
    /// the account's failures from that address are forgiven.
    pub fn succeeded(&self, accounts: &dyn Accounts, account: &str, address: IpAddr) -> Result<(), StoreError> {
        let [pair, address, account] = keys(account, address);
        accounts.forget_login_attempts(&[pair], &[address, account])
    }

    /// The attempt counted last for `account` from `address` was never made (the server was too
    /// busy to check it): it counts for nothing.
    pub fn withdraw(&self, accounts: &dyn Accounts, account: &str, address: IpAddr) -> Result<(), StoreError> {
        accounts.forget_login_attempts(&[], &keys(account, address))
    }
}

#[derive(Clone, Copy)]
enum Rule {
    Pair,
    Address,
    Account,
}

// Tested on every store backend in data/tests/login_throttle.rs.
