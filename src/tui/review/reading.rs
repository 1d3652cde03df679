//! Views read on a thread of their own: the governance record (every
//! session of the folder, since the record spans circles) and a circle's
//! work between meetings (its metric history, its project board). In a
//! folder of 10,000 sessions each takes from a fraction of a second to a
//! few seconds; the screen stays drawn and says what is being read, Esc
//! calls it off, and a key typed meanwhile goes to the view once shown.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use super::board::BoardView;
use super::metrics::MetricsView;
use super::record::RecordView;

/// Which view is being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reads {
    /// The governance record (`g`).
    Record,
    /// The circle's metric history (`m`).
    Metrics,
    /// The circle's project board (`p`).
    Board,
}

/// A view once read.
pub(super) enum Arrived {
    /// The governance record.
    Record(Box<RecordView>),
    /// The metric history.
    Metrics(MetricsView),
    /// The project board.
    Board(BoardView),
}

/// A view being read. Dropping it (Esc, or leaving review) tells the
/// reader to stop: a reader that looks at its flag reads no further file.
pub(super) struct Reading {
    /// The circle whose view is read.
    pub(super) circle: String,
    /// Which view.
    pub(super) reads: Reads,
    rx: mpsc::Receiver<Arrived>,
    stop: Arc<AtomicBool>,
}

impl Reading {
    /// Starts `read` on a thread of its own; it is given the flag set
    /// when nobody waits any more, and gives `None` if it stopped for it.
    pub(super) fn start(
        circle: &str,
        reads: Reads,
        read: impl FnOnce(&AtomicBool) -> Option<Arrived> + Send + 'static,
    ) -> Reading {
        let (tx, rx) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let flag = Arc::clone(&stop);
        std::thread::spawn(move || {
            if let Some(view) = read(&flag) {
                // Nobody waiting any more is fine: the view is dropped.
                let _ = tx.send(view);
            }
        });
        Reading {
            circle: circle.to_owned(),
            reads,
            rx,
            stop,
        }
    }

    /// Waits for the view; `None` if its reader failed.
    pub(super) fn wait(self) -> Option<Arrived> {
        self.rx.recv().ok()
    }

    /// The view if it has arrived (`Ok(Some)`), `Ok(None)` while it is
    /// still read, `Err` if the reader ended without one.
    pub(super) fn poll(&self) -> Result<Option<Arrived>, ()> {
        match self.rx.try_recv() {
            Ok(view) => Ok(Some(view)),
            Err(mpsc::TryRecvError::Empty) => Ok(None),
            Err(mpsc::TryRecvError::Disconnected) => Err(()),
        }
    }

    /// True once the reader has been told to stop (tests).
    #[cfg(test)]
    fn stopped(&self) -> bool {
        self.stop.load(Ordering::Relaxed)
    }
}

impl Drop for Reading {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dropping_a_reading_tells_its_reader_to_stop() {
        let (seen_tx, seen_rx) = mpsc::channel();
        let (go_tx, go_rx) = mpsc::channel::<()>();
        let reading = Reading::start("Ops", Reads::Metrics, move |stop| {
            // Wait until the reading is dropped, then say what the flag was.
            let _ = go_rx.recv();
            let _ = seen_tx.send(stop.load(Ordering::Relaxed));
            None
        });
        assert!(!reading.stopped());
        drop(reading);
        let _ = go_tx.send(());
        assert_eq!(seen_rx.recv().ok(), Some(true));
    }

    #[test]
    fn a_reader_that_gives_nothing_ends_the_reading() {
        let reading = Reading::start("Ops", Reads::Board, |_| None);
        assert!(reading.wait().is_none());
    }
}
