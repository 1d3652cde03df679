//! Words for the command line: help texts, table headings, messages.

/// Every help text of the command line, for one language. A struct rather
/// than loose constants so each language has exactly one place for its help
/// and a language that forgets a text does not compile. It also carries the
/// few words clap would otherwise print in English ("Usage", "Options").
#[derive(Debug, Clone, Copy)]
pub struct CliHelp {
    /// What the program is, in one line.
    pub about: &'static str,
    /// Shown under the usage with `--help`.
    pub long_about: &'static str,
    /// `--sessions-dir`.
    pub sessions_dir: &'static str,
    /// `--lang`.
    pub lang: &'static str,
    /// `--theme`.
    pub theme: &'static str,
    /// `new`.
    pub new: &'static str,
    /// `new --title`.
    pub title: &'static str,
    /// `new --circle`.
    pub circle: &'static str,
    /// `new --participants`.
    pub participants: &'static str,
    /// `new --facilitator`.
    pub facilitator: &'static str,
    /// `new --secretary`.
    pub secretary: &'static str,
    /// `new --timebox`.
    pub timebox: &'static str,
    /// `new --rules`.
    pub rules: &'static str,
    /// `new --format`.
    pub meeting_format: &'static str,
    /// `new --absent`.
    pub absent: &'static str,
    /// `resume`.
    pub resume: &'static str,
    /// `resume ID`.
    pub resume_id: &'static str,
    /// `list`.
    pub list: &'static str,
    /// `list --json`.
    pub json: &'static str,
    /// `show`.
    pub show: &'static str,
    /// `export`.
    pub export: &'static str,
    /// `export --format`.
    pub export_format: &'static str,
    /// `export -o`.
    pub output: &'static str,
    /// `export --force`.
    pub force: &'static str,
    /// `check`.
    pub check: &'static str,
    /// `check PATH`.
    pub check_paths: &'static str,
    /// `review`.
    pub review: &'static str,
    /// `replay`.
    pub replay: &'static str,
    /// `replay --speed`.
    pub speed: &'static str,
    /// `serve`.
    pub serve: &'static str,
    /// `serve ID`.
    pub serve_id: &'static str,
    /// `serve --bind`.
    pub serve_bind: &'static str,
    /// `serve --port`.
    pub serve_port: &'static str,
    /// `follow`.
    pub follow: &'static str,
    /// `follow ID`.
    pub follow_id: &'static str,
    /// `generate` (hidden developer tool).
    pub generate: &'static str,
    /// generate --count.
    pub generate_count: &'static str,
    /// generate --min-events / --max-events.
    pub generate_events: &'static str,
    /// generate --seed.
    pub generate_seed: &'static str,
    /// `actions`.
    pub actions: &'static str,
    /// `actions --circle`.
    pub actions_circle: &'static str,
    /// `actions --owner`.
    pub actions_owner: &'static str,
    /// `actions --open`.
    pub actions_open: &'static str,
    /// `import`.
    pub import: &'static str,
    /// `import FILE`.
    pub import_file: &'static str,
    /// `import --circle`.
    pub import_circle: &'static str,
    /// `record`.
    pub record: &'static str,
    /// `record --circle` and `history --circle`.
    pub record_circle: &'static str,
    /// `record --as-of`.
    pub record_as_of: &'static str,
    /// `record --format`.
    pub record_format: &'static str,
    /// `history`.
    pub history: &'static str,
    /// `history ROLE-OR-POLICY`.
    pub history_subject: &'static str,
    /// `actions --format`.
    pub actions_format: &'static str,
    /// `action`.
    pub action: &'static str,
    /// `action KEY`.
    pub action_key: &'static str,
    /// `action STATUS`.
    pub action_status: &'static str,
    /// `action --note`.
    pub action_note: &'static str,
    /// `sync`.
    pub sync: &'static str,
    /// The session ID arguments.
    pub id: &'static str,
    /// `-h, --help`.
    pub help_flag: &'static str,
    /// `-V, --version`.
    pub version_flag: &'static str,
    /// The `help` subcommand.
    pub help_command: &'static str,
    /// The heading before the usage line, with its colon ("Usage:").
    pub usage_heading: &'static str,
    /// Heading of the subcommands list, without colon.
    pub commands_heading: &'static str,
    /// Heading of the positional arguments, without colon.
    pub arguments_heading: &'static str,
    /// Heading of the options, without colon.
    pub options_heading: &'static str,
    /// Placeholder for a folder in the usage (`DIR`).
    pub dir_value: &'static str,
    /// Placeholder for the language code in the usage (`LANG`).
    pub lang_value: &'static str,
    /// Placeholder for `--theme`'s value.
    pub theme_value: &'static str,
    /// Placeholder for a file in the usage (`FILE`).
    pub file_value: &'static str,
    /// Placeholder for the options in the usage (`[OPTIONS]`), brackets included.
    pub options_value: &'static str,
    /// Placeholder for the subcommand in the usage (`COMMAND`).
    pub command_value: &'static str,
    /// Placeholder for `--title`'s value (`TITLE`).
    pub title_value: &'static str,
    /// Placeholder for a circle's name (`--circle`) (`CIRCLE`).
    pub circle_value: &'static str,
    /// Placeholder for `--participants`' value (`PARTICIPANTS`).
    pub participants_value: &'static str,
    /// Value name of `new --absent`.
    pub absent_value: &'static str,
    /// Value name of `serve --bind`.
    pub addr_value: &'static str,
    /// Value name of `serve --port`.
    pub port_value: &'static str,
    /// Value name of `record --as-of`.
    pub date_value: &'static str,
    /// Value name of `history`'s role or policy.
    pub subject_value: &'static str,
    /// Placeholder for `--facilitator`'s value (`FACILITATOR`).
    pub facilitator_value: &'static str,
    /// Placeholder for `--secretary`'s value (`SECRETARY`).
    pub secretary_value: &'static str,
    /// Placeholder for `--timebox`'s value (`TIMEBOX`).
    pub timebox_value: &'static str,
    /// Placeholder for `--rules`' value (`RULES`).
    pub rules_value: &'static str,
    /// Placeholder for a `--format` value (`FORMAT`).
    pub format_value: &'static str,
    /// Placeholder for a session ID (`ID`).
    pub id_value: &'static str,
    /// Placeholder for the paths `check` takes (`PATHS`).
    pub paths_value: &'static str,
    /// Placeholder for `--speed`'s value (`SPEED`).
    pub speed_value: &'static str,
    /// Placeholder for a person's name (`--owner`) (`OWNER`).
    pub owner_value: &'static str,
    /// Placeholder for an action's key (`KEY`).
    pub key_value: &'static str,
    /// Placeholder for an action's new status (`STATUS`).
    pub status_value: &'static str,
    /// Placeholder for `--note`'s value (`NOTE`).
    pub note_value: &'static str,
}

/// A command line clap could not parse. clap's own messages are English
/// only, so the mistakes people actually make are handed to each language
/// to phrase; rarer ones are left to clap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UsageProblem {
    /// An option or argument the command does not take, e.g. `--titel`.
    UnknownArgument {
        /// What was typed.
        arg: String,
        /// The closest real option, if any.
        suggestion: Option<String>,
    },
    /// A command spanning does not have, e.g. `spanning lijst`.
    UnknownCommand {
        /// What was typed.
        command: String,
        /// The closest real command, if any.
        suggestion: Option<String>,
    },
    /// A value an option does not accept, e.g. `--format pdf`.
    InvalidValue {
        /// The option, as clap shows it (`--format <FORMAT>`).
        arg: String,
        /// What was given.
        value: String,
        /// The accepted values, if the option has a fixed list.
        valid: Vec<String>,
    },
    /// An option given without its value, e.g. `--format` at the end.
    MissingValue {
        /// The option, as clap shows it.
        arg: String,
    },
    /// Required arguments left out, e.g. `spanning show` without an ID.
    MissingArgument {
        /// What is missing, as clap shows it (`<ID>`).
        args: Vec<String>,
    },
    /// An option given twice that is taken once, e.g. `--lang en --lang nl`.
    Repeated {
        /// The option, as clap shows it (`--lang <LANG>`).
        arg: String,
    },
    /// Options given together that exclude each other.
    Conflict {
        /// The option, as clap shows it.
        arg: String,
        /// What it cannot be used with.
        with: Vec<String>,
    },
}

/// How a language speaks on the command line.
pub trait CliWords {
    /// Every help text of `spanning --help` and its subcommands.
    fn help(&self) -> &'static CliHelp;
    /// Column headings of `spanning list`, in order: date, title, circle,
    /// format, rules, people, items, adopted, status, id.
    fn list_headings(&self) -> [&'static str; 10];
    /// Said when the folder has no sessions yet.
    fn no_sessions(&self, dir: &str) -> String;
    /// Heading above files that could not be read.
    fn unreadable_heading(&self) -> &'static str;
    /// Under `spanning list`: how many agreements are past their review date.
    fn due_for_review(&self, count: usize) -> String;
    /// One line of `spanning check` for a good file.
    fn check_ok(&self, path: &str) -> String;
    /// One line of `spanning check` for a bad file.
    fn check_bad(&self, path: &str, problem: &str) -> String;
    /// The closing line of `spanning check`.
    fn check_summary(&self, checked: usize, bad: usize) -> String;
    /// Said when `check` finds no session files at all.
    fn check_nothing(&self, where_: &str) -> String;
    /// `check`'s note on a journal left beside a session file that is
    /// complete without it (a crash between saving the whole file and
    /// removing the journal): nothing reads it, and `delete` (a shell
    /// command, when the path can be shown as it is) removes it.
    fn check_stale_journal(&self, journal: &str, session: &str, delete: Option<&str>) -> String;
    /// `check`'s note on a journal with no session file beside it: nothing
    /// reads it; if the file was moved or renamed, the journal goes with
    /// it, else `delete` removes it.
    fn check_lone_journal(&self, journal: &str, session: &str, delete: Option<&str>) -> String;
    /// Refusal to overwrite an existing export file.
    fn export_exists(&self, path: &str) -> String;
    /// `export -o` names a session file: even with `--force` spanning
    /// never replaces a meeting's record with its minutes.
    fn export_over_session(&self, path: &str) -> String;
    /// `new` was run without a terminal to hold the meeting in; nothing
    /// was written.
    fn new_needs_terminal(&self) -> String;
    /// Confirmation that an export was written.
    fn export_written(&self, path: &str) -> String;
    /// An unknown `--lang` value.
    fn unknown_lang(&self, given: &str, known: &str) -> String;
    /// A `--timebox` value that is not a duration.
    fn bad_timebox(&self, given: &str) -> String;
    /// A `--rules` value that is not a rule set.
    fn bad_rules(&self, given: &str) -> String;
    /// `--rules consent` asked for a tactical meeting, which takes no decisions.
    fn rules_in_tactical(&self) -> String;
    /// A `--facilitator`/`--secretary` name that is not among the participants.
    fn not_a_participant(&self, name: &str, participants: &str) -> String;
    /// The setup screen was cancelled; nothing was saved.
    fn setup_cancelled(&self) -> &'static str;
    /// A `--theme` value that is not one of `known`.
    fn unknown_theme(&self, given: &str, known: &str) -> String;
    /// The preferences file could not be read or makes no sense; the
    /// screens use the default look, and how to fix it.
    fn bad_config(&self, path: &str, problem: &str) -> String;
    /// The chosen theme could not be remembered (the preferences file is
    /// broken, or cannot be written); it is used for this run only.
    fn theme_not_remembered(&self, path: &str, problem: &str) -> String;
    /// After a meeting screen closes: where the session is.
    fn saved_to(&self, path: &str) -> String;
    /// After leaving an unfinished meeting: how to continue it.
    fn resume_hint(&self, id: &str) -> String;
    /// `resume` on a closed session.
    fn session_closed(&self, id: &str) -> String;
    /// `generate` refuses a folder that already holds sessions.
    fn generate_refused(&self, dir: &str) -> String;
    /// A command line that could not be parsed, without the "error" prefix.
    fn usage_problem(&self, problem: &UsageProblem) -> String;
    /// The line under a usage problem pointing to `--help`.
    fn usage_hint(&self) -> &'static str;
    /// Prefix of every error message ("error").
    fn error(&self) -> &'static str;
}
