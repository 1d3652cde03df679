//! How big a log entry is as compact JSON and how long its longest text
//! is, measured by streaming its serialisation through a counter: nothing
//! is kept, so a loader can check every entry against the limits typing
//! enforces without doubling its memory.

use std::io;

use super::event::Recorded;

/// The size of one entry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Size {
    /// Bytes as compact JSON: what the entry adds to the file's log.
    pub json_bytes: usize,
    /// Bytes of its longest string once unescaped (a text, a name, a
    /// label); field names count too, but never reach any limit.
    pub longest_text: usize,
}

/// Measures one entry.
pub fn size(entry: &Recorded) -> Size {
    let mut counter = Counter::default();
    // Writing to the counter cannot fail, nor can serialising an entry.
    let _ = serde_json::to_writer(&mut counter, entry);
    Size {
        json_bytes: counter.bytes,
        longest_text: counter.longest,
    }
}

/// Where the counter is in serde_json's compact output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Scan {
    /// Between strings.
    #[default]
    Outside,
    /// Inside a string.
    Text,
    /// Just after a backslash inside a string.
    Escape,
    /// Inside a `\uXXXX` escape, with this many hex digits to go.
    Unicode(u8),
}

/// Counts bytes and the unescaped length of each string. serde_json
/// writes non-ASCII text as raw UTF-8 and escapes only quotes, backslashes
/// and control characters, each of which stands for one byte, so the
/// count is exact.
#[derive(Debug, Default)]
struct Counter {
    bytes: usize,
    longest: usize,
    current: usize,
    scan: Scan,
}

impl io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.bytes += buf.len();
        for &b in buf {
            self.scan = match (self.scan, b) {
                (Scan::Outside, b'"') => {
                    self.current = 0;
                    Scan::Text
                }
                (Scan::Outside, _) => Scan::Outside,
                (Scan::Text, b'\\') => Scan::Escape,
                (Scan::Text, b'"') => {
                    self.longest = self.longest.max(self.current);
                    Scan::Outside
                }
                (Scan::Text, _) => {
                    self.current += 1;
                    Scan::Text
                }
                (Scan::Escape, b'u') => {
                    self.current += 1;
                    Scan::Unicode(4)
                }
                (Scan::Escape, _) => {
                    self.current += 1;
                    Scan::Text
                }
                (Scan::Unicode(1), _) => Scan::Text,
                (Scan::Unicode(n), _) => Scan::Unicode(n - 1),
            };
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}
