//! Servers on one database learn of each other's writes at once: every write of the data
//! sends a notification (delivered when it commits), and each server listens on a connection
//! of its own instead of waiting for its next poll of the version.

use super::{PostgresStore, connect};
use crate::store::StoreError;
use ::postgres::{Client, Transaction, fallible_iterator::FallibleIterator};
use std::{sync::PoisonError, time::Duration};

/// The channel the writes notify.
const CHANNEL: &str = "fazhi_data";

/// Sent inside a write's transaction: listeners hear it only if, and when, it commits.
pub(super) fn notify(tx: &mut Transaction) -> Result<(), StoreError> {
    tx.batch_execute(&format!("NOTIFY {CHANNEL}"))?;
    Ok(())
}

impl PostgresStore {
    /// Returns when a write may have committed (notified, or a new listening connection whose
    /// notifications before it were missed) or after `timeout`.
    pub(super) fn wait_for_notification(&self, timeout: Duration) -> Result<(), StoreError> {
        let mut listener = self.listener.lock().unwrap_or_else(PoisonError::into_inner);
        let Some(client) = listener.as_mut().filter(|c| !c.is_closed()) else {
            let mut client: Client = connect(&self.url)?;
            client.batch_execute(&format!("LISTEN {CHANNEL}"))?;
            *listener = Some(client);
            return Ok(());
        };
        if let Err(error) = heard(client, timeout) {
            *listener = None;
            return Err(error.into());
        }
        Ok(())
    }
}

/// Waits for a notification, then takes every one already there: writes that came together
/// cost one read of what changed.
fn heard(client: &mut Client, timeout: Duration) -> Result<(), ::postgres::Error> {
    let mut notifications = client.notifications();
    if notifications.timeout_iter(timeout).next()?.is_some() {
        while notifications.iter().next()?.is_some() {}
    }
    Ok(())
}
