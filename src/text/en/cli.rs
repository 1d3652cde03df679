//! English words for the command line.

use super::English;
use crate::text::CliWords;

/// Help texts for clap. They are constants because clap's derive needs them
/// at compile time; they live here so every user-facing string is in `text`.
pub mod help {
    /// What the program is, in one line.
    pub const ABOUT: &str = "Facilitate tension-processing meetings on a shared screen.";
    /// Shown under the usage.
    pub const LONG_ABOUT: &str = "Facilitate tension-processing meetings on a shared screen.\n\nWithout a command, spanning opens its home screen: start a new meeting, resume an unfinished one, or browse past sessions. Every session is saved as one JSON file in the sessions folder after every entry.";
    /// --sessions-dir.
    pub const SESSIONS_DIR: &str = "Folder that holds the session files [default: ./sessions]";
    /// --lang.
    pub const LANG: &str =
        "Language of screens and messages (en) [default: from LANG/LC_ALL, else en]";
    /// `new`.
    pub const NEW: &str = "Start a new meeting (asks for anything not given)";
    /// new --title.
    pub const TITLE: &str = "Title of the meeting, e.g. \"Weekly governance\"";
    /// new --circle.
    pub const CIRCLE: &str = "The circle (team) that meets";
    /// new --participants.
    pub const PARTICIPANTS: &str = "Participants in seating order, comma-separated; roles in brackets separated by '/': \"Ana (Release/Finance), Bram, Chen\"";
    /// new --facilitator.
    pub const FACILITATOR: &str = "Who facilitates [default: the first participant]";
    /// new --secretary.
    pub const SECRETARY: &str = "Who is secretary [default: nobody]";
    /// new --timebox.
    pub const TIMEBOX: &str = "Length of the whole meeting: 90m, 1h30m, 2h or minutes as a number";
    /// `resume`.
    pub const RESUME: &str = "Continue an unfinished meeting where it stopped";
    /// resume ID.
    pub const RESUME_ID: &str = "Session to resume [default: the latest unfinished one]";
    /// `list`.
    pub const LIST: &str = "List sessions, newest first";
    /// list --json.
    pub const JSON: &str = "Print machine-readable JSON";
    /// `show`.
    pub const SHOW: &str = "Print the minutes of one session";
    /// `export`.
    pub const EXPORT: &str = "Export one session's minutes as Markdown, or its normalised JSON";
    /// export --format.
    pub const EXPORT_FORMAT: &str = "Output format";
    /// export -o.
    pub const OUTPUT: &str =
        "Write to this file instead of standard output (never overwrites without --force)";
    /// export --force.
    pub const FORCE: &str = "Overwrite the output file if it exists";
    /// `check`.
    pub const CHECK: &str =
        "Validate session files; exits non-zero if any is bad (use it in a git hook)";
    /// check PATH.
    pub const CHECK_PATHS: &str = "Files or folders to check [default: the sessions folder]";
    /// `review`.
    pub const REVIEW: &str = "Browse past sessions";
    /// `replay`.
    pub const REPLAY: &str = "Replay a session step by step, for training";
    /// replay --speed.
    pub const SPEED: &str = "Playback speed: 1, 2, 4 or 16";
    /// ID arguments.
    pub const ID: &str =
        "A session: a path to its file, its file name without .json, or a unique prefix of it";
}

impl CliWords for English {
    fn list_headings(&self) -> [&'static str; 9] {
        [
            "DATE", "TITLE", "CIRCLE", "FORMAT", "PEOPLE", "ITEMS", "ADOPTED", "STATUS", "ID",
        ]
    }

    fn no_sessions(&self, dir: &str) -> String {
        format!("No sessions in {dir} yet. Start one with: spanning new")
    }

    fn unreadable_heading(&self) -> &'static str {
        "Unreadable files (run `spanning check` for details):"
    }

    fn check_ok(&self, path: &str) -> String {
        format!("ok   {path}")
    }

    fn check_bad(&self, path: &str, problem: &str) -> String {
        format!("BAD  {path}: {problem}")
    }

    fn check_summary(&self, checked: usize, bad: usize) -> String {
        let files = if checked == 1 { "file" } else { "files" };
        match bad {
            0 => format!("{checked} {files} checked, all good."),
            _ => format!("{checked} {files} checked, {bad} bad."),
        }
    }

    fn check_nothing(&self, where_: &str) -> String {
        format!("No session files found in {where_}.")
    }

    fn export_exists(&self, path: &str) -> String {
        format!("{path} already exists; choose another file name, or add --force to overwrite it.")
    }

    fn export_written(&self, path: &str) -> String {
        format!("Written to {path}")
    }

    fn not_built_yet(&self, command: &str) -> String {
        format!(
            "`spanning {command}` is not built yet. Use `spanning show ID` or `spanning export ID` to read a session meanwhile."
        )
    }

    fn unknown_lang(&self, given: &str, known: &str) -> String {
        format!("unknown language '{given}': choose one of {known}")
    }

    fn bad_timebox(&self, given: &str) -> String {
        format!(
            "'{given}' is not a meeting length: write it like 90m, 1h30m, 2h, or a number of minutes"
        )
    }

    fn not_a_participant(&self, name: &str, participants: &str) -> String {
        format!(
            "{name} is not among the participants ({participants}); check the spelling or add them to --participants"
        )
    }

    fn setup_cancelled(&self) -> &'static str {
        "Setup cancelled; nothing was saved."
    }

    fn saved_to(&self, path: &str) -> String {
        format!("Session saved in {path}")
    }

    fn resume_hint(&self, id: &str) -> String {
        format!("The meeting is not closed yet. Continue it with: spanning resume {id}")
    }

    fn session_closed(&self, id: &str) -> String {
        format!("Session {id} is closed and cannot be continued. Read it with: spanning show {id}")
    }

    fn generate_refused(&self, dir: &str) -> String {
        format!("{dir} already holds sessions; generate into an empty folder (--sessions-dir)")
    }

    fn error(&self) -> &'static str {
        "error"
    }
}
