//! Parse-ahead reader: a background thread reads and parses the log in batches while the caller
//! prices, so the two overlap on a multi-core machine. Memory is bounded by the channel
//! (`DEPTH` batches of `BATCH` events).

use super::{Event, EventReader, Format, LogError, read_events};
use std::io::Read;
use std::sync::mpsc::{Receiver, sync_channel};
use std::thread::JoinHandle;

const BATCH: usize = 2048;
const DEPTH: usize = 8;

type Batch = Vec<Result<Event, LogError>>;

/// Iterator over events parsed on a background thread, in file order.
pub struct ThreadedEvents {
    rx: Receiver<Batch>,
    cur: std::vec::IntoIter<Result<Event, LogError>>,
    handle: Option<JoinHandle<()>>,
}

/// Like [`read_events`], but parsing runs on its own thread.
pub fn read_events_threaded<R: Read + Send + 'static>(input: R, format: Format) -> ThreadedEvents {
    let (tx, rx) = sync_channel::<Batch>(DEPTH);
    let handle = std::thread::spawn(move || {
        let mut it: EventReader<R> = read_events(input, format);
        loop {
            let batch: Batch = it.by_ref().take(BATCH).collect();
            if batch.is_empty() || tx.send(batch).is_err() {
                return;
            }
        }
    });
    ThreadedEvents { rx, cur: Vec::new().into_iter(), handle: Some(handle) }
}

impl ThreadedEvents {
    /// The next whole batch (up to 2,048 results, file order), for callers that process in chunks.
    pub fn next_batch(&mut self) -> Option<Vec<Result<Event, LogError>>> {
        let rest: Vec<_> = self.cur.by_ref().collect();
        if !rest.is_empty() {
            return Some(rest);
        }
        match self.rx.recv() {
            Ok(b) => Some(b),
            Err(_) => {
                if let Some(h) = self.handle.take() {
                    let _ = h.join();
                }
                None
            }
        }
    }
}

impl Iterator for ThreadedEvents {
    type Item = Result<Event, LogError>;
    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(x) = self.cur.next() {
                return Some(x);
            }
            match self.rx.recv() {
                Ok(b) => self.cur = b.into_iter(),
                Err(_) => {
                    if let Some(h) = self.handle.take() {
                        let _ = h.join();
                    }
                    return None;
                }
            }
        }
    }
}
