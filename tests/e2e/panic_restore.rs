//! A panic while the meeting screen is up must give the terminal back
//! before the panic message is printed. Its own test binary: panic hooks
//! are process-wide, so nothing else may panic here concurrently.

use std::sync::Mutex;

static LOG: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

fn log(what: &'static str) {
    if let Ok(mut log) = LOG.lock() {
        log.push(what);
    }
}

fn fake_restore() {
    log("restore");
}

#[test]
fn the_panic_hook_restores_the_terminal_before_the_message() {
    // Stands in for the default hook that prints the message.
    std::panic::set_hook(Box::new(|_| log("message")));
    spanning::tui::terminal::restore_on_panic(fake_restore);
    let result = std::panic::catch_unwind(|| panic!("boom in the middle of a meeting"));
    let _ = std::panic::take_hook();
    assert!(result.is_err());
    let log = LOG.lock().map(|l| l.clone()).unwrap_or_default();
    assert_eq!(log, vec!["restore", "message"]);
}
