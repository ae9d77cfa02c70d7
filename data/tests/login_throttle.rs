//! The login throttle's counts in the store, on every backend: guesses slowed, the owner not
//! locked out, attempts sent at once counted as they arrive, servers on one database counting
//! together.

#[macro_use]
#[path = "support/backends.rs"]
mod backends;

use backends::Backend;
use data::auth::{Limits, LoginThrottle, Throttled};
use std::{
    net::IpAddr,
    time::{Duration, SystemTime},
};

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

fn guesses_from_one_address_wait_ever_longer_while_the_owner_elsewhere_does_not(backend: &Backend) {
    let (store, throttle, t0) = (backend.open(), LoginThrottle::new(limits()), SystemTime::now());
    let attempt = |address, at| throttle.attempt(store.as_ref(), "alice", ip(address), at).unwrap();
    for _ in 0..3 {
        attempt(1, t0).unwrap();
    }
    assert_eq!(attempt(1, t0), Err(Throttled(Duration::from_secs(1))));
    let t1 = t0 + Duration::from_secs(1);
    attempt(1, t1).unwrap();
    assert_eq!(attempt(1, t1), Err(Throttled(Duration::from_secs(2))));
    assert!(attempt(2, t1).is_ok(), "the owner, from another address, is not locked out");
}

fn attempts_sent_at_once_are_counted_as_they_arrive(backend: &Backend) {
    let (store, throttle, t0) = (backend.open(), LoginThrottle::new(limits()), SystemTime::now());
    let allowed = (0..60).filter(|_| throttle.attempt(store.as_ref(), "alice", ip(1), t0).unwrap().is_ok()).count();
    assert_eq!(allowed, 3);
}

fn two_servers_on_one_database_count_together(backend: &Backend) {
    let (one, two, throttle, t0) = (backend.open(), backend.open(), LoginThrottle::new(limits()), SystemTime::now());
    for server in [&one, &two, &one] {
        throttle.attempt(server.as_ref(), "alice", ip(1), t0).unwrap().unwrap();
    }
    assert!(
        throttle.attempt(two.as_ref(), "alice", ip(1), t0).unwrap().is_err(),
        "the fourth guess, wherever it lands"
    );
}

fn an_address_spraying_accounts_is_refused_and_an_account_guessed_from_many_too(backend: &Backend) {
    let (store, throttle, t0) = (backend.open(), LoginThrottle::new(limits()), SystemTime::now());
    let attempt = |account: &str, address, at| throttle.attempt(store.as_ref(), account, ip(address), at).unwrap();
    for n in 0..6 {
        attempt(&format!("user{n}"), 1, t0).unwrap();
    }
    assert!(attempt("someone", 1, t0).is_err());
    assert!(attempt("someone", 2, t0).is_ok());
    for n in 3..12 {
        attempt("bob", n, t0).unwrap();
    }
    assert!(attempt("bob", 20, t0).is_err(), "9 failures of one account from many addresses");
    assert!(attempt("bob", 20, t0 + Duration::from_secs(601)).is_ok(), "forgotten after the window");
}

fn a_right_password_is_no_failure(backend: &Backend) {
    let (store, throttle, t0) = (backend.open(), LoginThrottle::new(limits()), SystemTime::now());
    for _ in 0..10 {
        throttle.attempt(store.as_ref(), "alice", ip(1), t0).unwrap().unwrap();
        throttle.succeeded(store.as_ref(), "alice", ip(1)).unwrap();
    }
    assert!(throttle.attempt(store.as_ref(), "alice", ip(1), t0).unwrap().is_ok());
}

on_every_backend!(
    guesses_from_one_address_wait_ever_longer_while_the_owner_elsewhere_does_not,
    attempts_sent_at_once_are_counted_as_they_arrive,
    two_servers_on_one_database_count_together,
    an_address_spraying_accounts_is_refused_and_an_account_guessed_from_many_too,
    a_right_password_is_no_failure,
);
