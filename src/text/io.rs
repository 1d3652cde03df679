//! Words for what the operating system answers: an `io::Error` never
//! reaches a person as the system's English sentence alone ("Operation not
//! permitted (os error 1)" inside a Dutch message), but as what spanning
//! was doing, what went wrong in the person's language (with the system's
//! error number, for a search or a helpdesk) and what to do about it.

use std::io::ErrorKind;

/// What spanning was doing when the system said no.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoDoing {
    /// Listing a folder.
    ReadFolder,
    /// Creating a folder.
    CreateFolder,
    /// Reading a file.
    ReadFile,
    /// Writing a file (an export, a generated session).
    WriteFile,
    /// Putting a finished file in place of the old one.
    ReplaceFile,
    /// Writing to standard output.
    WriteOutput,
}

/// Words for operating-system errors.
pub trait IoWords {
    /// What spanning was doing, with the path: "Cannot read the folder X".
    fn io_doing(&self, doing: IoDoing, path: &str) -> String;
    /// What went wrong, in a few words: "permission denied".
    fn io_kind(&self, kind: ErrorKind) -> &'static str;
    /// What to do about it, one sentence.
    fn io_remedy(&self, kind: ErrorKind) -> &'static str;
    /// The store's own fixed details ("is a directory"), in this language;
    /// `None` for any other text.
    fn store_detail(&self, detail: &str) -> Option<&'static str>;

    /// The whole message: "Cannot read the folder X: permission denied
    /// (os error 13). Check the permissions …".
    fn io_error(&self, doing: IoDoing, path: &str, error: &std::io::Error) -> String {
        format!(
            "{}: {}. {}",
            self.io_doing(doing, path),
            self.io_cause(error),
            self.io_remedy(error.kind())
        )
    }

    /// What went wrong, with the system's error number when there is one:
    /// "permission denied (os error 13)".
    fn io_cause(&self, error: &std::io::Error) -> String {
        let words = self.io_kind(error.kind());
        match error.raw_os_error() {
            Some(code) => format!("{words} (os error {code})"),
            None => words.to_owned(),
        }
    }

    /// A detail the store kept as text (an I/O error's description, which
    /// ends in "(os error N)", or one of its own fixed details) in this
    /// language; anything else as it is.
    fn os_detail(&self, detail: &str) -> String {
        if let Some(words) = self.store_detail(detail) {
            return words.to_owned();
        }
        let code = detail
            .strip_suffix(')')
            .and_then(|d| d.rsplit_once("(os error "))
            .and_then(|(_, n)| n.parse::<i32>().ok());
        match code {
            // The same machine wrote the text: its number gives the kind.
            Some(code) => self.io_cause(&std::io::Error::from_raw_os_error(code)),
            None => detail.to_owned(),
        }
    }
}
