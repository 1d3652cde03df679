//! What the operating system answers, in the user's language (issue 15):
//! every common `io::ErrorKind` has its own words and remedy in English
//! and Dutch, the store's details ("Permission denied (os error 13)")
//! are put in the language by their error number, and its own fixed
//! details too.

use std::io::{Error, ErrorKind};

use spanning::store::{LoadError, LoadErrorKind, StoreError};
use spanning::text::{IoDoing, Lang};

const KINDS: &[ErrorKind] = &[
    ErrorKind::NotFound,
    ErrorKind::PermissionDenied,
    ErrorKind::AlreadyExists,
    ErrorKind::StorageFull,
    ErrorKind::QuotaExceeded,
    ErrorKind::ReadOnlyFilesystem,
    ErrorKind::IsADirectory,
    ErrorKind::NotADirectory,
    ErrorKind::FileTooLarge,
    ErrorKind::ResourceBusy,
    ErrorKind::TimedOut,
    ErrorKind::BrokenPipe,
];

#[test]
fn every_common_kind_has_its_own_words_and_remedy_in_each_language() {
    for lang in Lang::ALL {
        let w = lang.words();
        let mut said = std::collections::HashSet::new();
        for kind in KINDS {
            let words = w.io_kind(*kind);
            assert!(!words.is_empty(), "{lang:?} {kind:?}");
            assert!(said.insert(words), "{lang:?}: {words:?} said twice");
            let remedy = w.io_remedy(*kind);
            assert!(remedy.ends_with('.'), "{lang:?} {kind:?}: {remedy:?}");
        }
        // Anything else still gets words, not the system's English.
        assert!(!w.io_kind(ErrorKind::Other).is_empty());
    }
    // Dutch is Dutch: no kind is worded as in English.
    for kind in KINDS {
        assert_ne!(
            Lang::En.words().io_kind(*kind),
            Lang::Nl.words().io_kind(*kind),
            "{kind:?}"
        );
    }
}

#[test]
fn the_whole_message_says_what_spanning_was_doing_and_what_to_do() {
    let denied = Error::from_raw_os_error(13);
    let nl = Lang::Nl
        .words()
        .io_error(IoDoing::ReadFolder, "sessions", &denied);
    assert!(
        nl.starts_with(
            "Kan de map sessions niet lezen: toegang geweigerd (os error 13). Controleer de rechten"
        ),
        "{nl}"
    );
    let en = Lang::En
        .words()
        .io_error(IoDoing::ReadFolder, "sessions", &denied);
    assert!(
        en.starts_with("Cannot read the folder sessions: permission denied (os error 13). Check the permissions"),
        "{en}"
    );
    // EPERM (os error 1), as the issue saw it, is refused permission too.
    let eperm = Error::from_raw_os_error(1);
    assert_eq!(
        Lang::Nl.words().io_cause(&eperm),
        "toegang geweigerd (os error 1)"
    );
    // An error without a number: the words alone.
    let full = Error::from(ErrorKind::StorageFull);
    assert_eq!(Lang::Nl.words().io_cause(&full), "de schijf is vol");
}

#[test]
fn the_stores_details_are_put_in_the_language() {
    let detail = Error::from_raw_os_error(28).to_string();
    assert!(detail.ends_with("(os error 28)"), "{detail}");
    let write = StoreError::Write {
        path: "sessions/x.json".into(),
        detail: detail.clone(),
    };
    let nl = Lang::Nl.words().store_error(&write);
    assert!(nl.contains("de schijf is vol (os error 28)"), "{nl}");
    assert!(!nl.contains(&detail), "{nl}");
    let en = Lang::En.words().store_error(&write);
    assert!(en.contains("the disk is full (os error 28)"), "{en}");
    // The store's own detail for a folder where a session should be.
    let folder = LoadError::new(
        std::path::Path::new("sessions/x.json"),
        LoadErrorKind::Unreadable {
            detail: spanning::store::IS_A_DIRECTORY.into(),
        },
    );
    let nl = Lang::Nl.words().load_error(&folder);
    assert!(nl.contains("het is een map"), "{nl}");
    assert!(!nl.contains("is a directory"), "{nl}");
    // A detail that is no system error is kept as it is.
    assert_eq!(
        Lang::Nl.words().os_detail("expected value"),
        "expected value"
    );
}
