//! Words for the command line: help texts, table headings, messages.

/// How a language speaks on the command line.
pub trait CliWords {
    /// Column headings of `spanning list`, in order: date, title, circle,
    /// format, people, items, adopted, status, id.
    fn list_headings(&self) -> [&'static str; 9];
    /// Said when the folder has no sessions yet.
    fn no_sessions(&self, dir: &str) -> String;
    /// Heading above files that could not be read.
    fn unreadable_heading(&self) -> &'static str;
    /// One line of `spanning check` for a good file.
    fn check_ok(&self, path: &str) -> String;
    /// One line of `spanning check` for a bad file.
    fn check_bad(&self, path: &str, problem: &str) -> String;
    /// The closing line of `spanning check`.
    fn check_summary(&self, checked: usize, bad: usize) -> String;
    /// Said when `check` finds no session files at all.
    fn check_nothing(&self, where_: &str) -> String;
    /// Refusal to overwrite an existing export file.
    fn export_exists(&self, path: &str) -> String;
    /// Confirmation that an export was written.
    fn export_written(&self, path: &str) -> String;
    /// An interactive command that is not built yet.
    fn not_built_yet(&self, command: &str) -> String;
    /// An unknown `--lang` value.
    fn unknown_lang(&self, given: &str, known: &str) -> String;
    /// A `--timebox` value that is not a duration.
    fn bad_timebox(&self, given: &str) -> String;
    /// A `--facilitator`/`--secretary` name that is not among the participants.
    fn not_a_participant(&self, name: &str, participants: &str) -> String;
    /// The setup screen was cancelled; nothing was saved.
    fn setup_cancelled(&self) -> &'static str;
    /// After a meeting screen closes: where the session is.
    fn saved_to(&self, path: &str) -> String;
    /// After leaving an unfinished meeting: how to continue it.
    fn resume_hint(&self, id: &str) -> String;
    /// `resume` on a closed session.
    fn session_closed(&self, id: &str) -> String;
    /// `generate` refuses a folder that already holds sessions.
    fn generate_refused(&self, dir: &str) -> String;
    /// Prefix of every error message ("error").
    fn error(&self) -> &'static str;
}
