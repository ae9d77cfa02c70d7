//! One render per page at a time: the first request for a page that is not kept renders it,
//! and requests for the same page meanwhile wait for that render and take the kept copy.

use std::{
    collections::HashMap,
    sync::{Arc, Mutex, PoisonError},
};
use tokio::sync::watch;

#[derive(Default)]
pub struct Flights(Mutex<HashMap<String, watch::Receiver<()>>>);

/// A request's turn: render the page, or wait for the render under way.
pub enum Turn {
    Render(Flight),
    Wait(watch::Receiver<()>),
}

/// A render under way; when it ends (or is dropped half-way) its waiters go on.
pub struct Flight {
    flights: Arc<Flights>,
    key: String,
    _done: watch::Sender<()>,
}

impl Flights {
    pub fn join(self: &Arc<Self>, key: &str) -> Turn {
        let mut under_way = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(done) = under_way.get(key) {
            return Turn::Wait(done.clone());
        }
        let (done, waiters) = watch::channel(());
        under_way.insert(key.to_owned(), waiters);
        Turn::Render(Flight { flights: self.clone(), key: key.to_owned(), _done: done })
    }
}

impl Drop for Flight {
    fn drop(&mut self) {
        // Removed before the sender drops: a request arriving after this starts its own render.
        self.flights.0.lock().unwrap_or_else(PoisonError::into_inner).remove(&self.key);
    }
}

/// Waits until the render `done` stands for has ended.
pub async fn landed(mut done: watch::Receiver<()>) {
    // The sender never sends: it is dropped when the render ends, which ends this wait.
    let _ = done.changed().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_second_request_waits_for_the_first_render() {
        let flights = Arc::new(Flights::default());
        let Turn::Render(first) = flights.join("/a") else { panic!("the first renders") };
        let Turn::Wait(done) = flights.join("/a") else { panic!("the second waits") };
        assert!(matches!(flights.join("/b"), Turn::Render(_)), "other pages render at once");
        let waiting = tokio::spawn(landed(done));
        tokio::task::yield_now().await;
        assert!(!waiting.is_finished());
        drop(first);
        waiting.await.unwrap();
        assert!(matches!(flights.join("/a"), Turn::Render(_)), "a later request renders again");
    }
}
