//! English words for the command line.

use super::English;
use crate::text::CliWords;
use crate::text::cli::{CliHelp, UsageProblem};
use crate::text::io::IoWords;

/// Every English help text. Also named in the clap derive of
/// the command-line parser (`cli::Cli`), so the derived command is complete
/// on its own.
pub const HELP: CliHelp = CliHelp {
    about: "Facilitate tension-processing meetings on a shared screen.",
    long_about: "Facilitate tension-processing meetings on a shared screen.\n\nWithout a command, spanning opens its home screen: start a new meeting, resume an unfinished one, or browse past sessions. Every session is saved as one JSON file in the sessions folder after every entry.",
    sessions_dir: "Folder that holds the session files (or SPANNING_SESSIONS_DIR) [default: ./sessions]",
    lang: "Language of screens and messages: en or nl [default: from LC_ALL/LC_MESSAGES/LANG, else en]",
    theme: "Look of the screens: default, high-contrast, projector (high contrast and large text of the step and speaker on a big terminal) or no-color; remembered for next time [default: the last one chosen, else default]",
    new: "Start a new meeting (asks for anything not given)",
    title: "Title of the meeting, e.g. \"Weekly governance\"",
    circle: "The circle (team) that meets",
    participants: "Participants in seating order, comma-separated; roles in brackets separated by '/': \"Ana (Release/Finance), Bram, Chen\"",
    facilitator: "Who facilitates [default: the first participant]",
    secretary: "Who is secretary [default: nobody]",
    timebox: "Length of the whole meeting: 90m, 1h30m, 2h or minutes as a number",
    rules: "Decision rules: integrative (following the Holacracy Constitution v5) or consent (Sociocracy 3.0 style) [default: integrative]",
    meeting_format: "Kind of meeting: governance (roles and policies, the default) or tactical (triage into next actions and projects)",
    absent: "Absent from the start, with a reason: \"Bram: on leave; Dewi\" (they get no turn; the minutes say absent)",
    resume: "Continue an unfinished meeting where it stopped",
    resume_id: "Session to resume [default: the latest unfinished one]",
    list: "List sessions, newest first",
    json: "Print machine-readable JSON",
    show: "Print the minutes of one session (in the language of the meeting, unless --lang is given), laid out for reading on a terminal; piped or with NO_COLOR set, the Markdown as it is",
    export: "Export one session's minutes (Markdown, an HTML page, plain text), its normalised JSON, or its review dates and role terms as a calendar",
    export_format: "Output format: markdown, html (a standalone page for mail or chat), text (plain, no Markdown marks), json, or ics (review dates and role terms for a calendar) [default: from the extension of -o (.html, .txt, .ics, .json), else markdown]",
    output: "Write to this file instead of standard output (never overwrites without --force)",
    force: "Overwrite the output file if it exists",
    check: "Validate session files; exits non-zero if any is bad (use it in a git hook)",
    check_paths: "Files or folders to check [default: the sessions folder]",
    review: "Browse past sessions",
    replay: "Replay a session step by step, for training",
    speed: "Playback speed: 1, 2, 4 or 16; given, playback starts at once [default: opens paused at 1]",
    serve: "Show the open meeting live on a read-only web page, for phones and laptops (the address carries a secret token)",
    serve_id: "Which meeting [default: the newest unfinished one]",
    serve_bind: "Address to listen on: 0.0.0.0 lets other machines on the network in [default: 127.0.0.1, this machine only]",
    serve_port: "Port to listen on; 0 picks a free one [default: 8080]",
    follow: "Follow a running meeting read-only from another terminal, as the facilitator's screen shows it",
    follow_id: "Session to follow [default: the newest unfinished one]",
    generate: "Write synthetic sessions into an empty folder, for benchmarks and load tests",
    generate_count: "How many sessions to write",
    generate_events: "Bounds of the number of events per session",
    generate_seed: "Seed: the same seed writes the same folder",
    actions: "List next actions and accepted requests across the folder, per person, oldest first",
    actions_circle: "Only this circle (case and accents ignored)",
    actions_owner: "Only this person's actions (case and accents ignored)",
    actions_open: "Only what is still open",
    import: "Import a circle's existing roles and policies from a TOML file or a GlassFrog or Holaspirit JSON export, once (a dated entry in .governance; nothing is rewritten)",
    import_file: "The TOML file, or the GlassFrog or Holaspirit export (.json) (see README, \"Importing a circle's governance\")",
    import_circle: "The circle of the roles and policies the file gives without one",
    record: "Print the governance record: roles, accountabilities, domains, fillers and policies, derived from the meetings",
    record_circle: "Only this circle (case and accents ignored)",
    record_as_of: "The record as it stood on this day, e.g. 2025-06-30",
    record_format: "Output format: markdown or json [default: markdown]",
    history: "Every change of a role or policy: when, in which session and item, proposed by whom, with which objections integrated",
    history_subject: "The role's or policy's name (or id)",
    actions_format: "Output format: markdown or json [default: markdown]",
    action: "Mark an action done, open or dropped between meetings (a new file in .changes; nothing is rewritten)",
    action_key: "The action: its key as `spanning actions` shows it at the end of the line, e.g. 1234#a1",
    action_status: "done, open or dropped",
    action_note: "Anything to say with it, e.g. \"sent on Tuesday\"",
    sync: "Share the sessions folder through git: bring in colleagues' sessions (fast-forward only), commit closed sessions and status changes, push. Never merges, rebases or forces",
    id: "A session: a path to its file, its file name without .json, or a unique prefix of it",
    help_flag: "Print help",
    version_flag: "Print version",
    help_command: "Print this message or the help of the given command",
    usage_heading: "Usage:",
    commands_heading: "Commands",
    arguments_heading: "Arguments",
    options_heading: "Options",
    dir_value: "DIR",
    lang_value: "LANG",
    theme_value: "THEME",
    file_value: "FILE",
    options_value: "[OPTIONS]",
    command_value: "COMMAND",
    title_value: "TITLE",
    circle_value: "CIRCLE",
    date_value: "DATE",
    subject_value: "ROLE-OR-POLICY",
    addr_value: "ADDR",
    port_value: "PORT",
    absent_value: "ABSENT",
    participants_value: "PARTICIPANTS",
    facilitator_value: "FACILITATOR",
    secretary_value: "SECRETARY",
    timebox_value: "TIMEBOX",
    rules_value: "RULES",
    format_value: "FORMAT",
    id_value: "ID",
    paths_value: "PATHS",
    speed_value: "SPEED",
    owner_value: "OWNER",
    key_value: "KEY",
    status_value: "STATUS",
    note_value: "NOTE",
};

impl CliWords for English {
    fn help(&self) -> &'static CliHelp {
        &HELP
    }

    fn list_headings(&self) -> [&'static str; 10] {
        [
            "DATE", "TITLE", "CIRCLE", "FORMAT", "RULES", "PEOPLE", "ITEMS", "ADOPTED", "STATUS",
            "ID",
        ]
    }

    fn no_sessions(&self, dir: &str) -> String {
        format!("No sessions in {dir} yet. Start one with: spanning new")
    }

    fn due_for_review(&self, count: usize) -> String {
        match count {
            1 => "⚠ 1 agreement is past its review date: see it with `spanning review`, then v."
                .to_owned(),
            n => format!(
                "⚠ {n} agreements are past their review date: see them with `spanning review`, then v."
            ),
        }
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

    fn check_stale_journal(&self, journal: &str, session: &str, delete: Option<&str>) -> String {
        let delete = match delete {
            Some(command) => format!("It is safe to delete: `{command}`"),
            None => "It is safe to delete.".to_owned(),
        };
        format!(
            "note: {journal} is a journal left behind, most likely by a crash while the meeting was being saved: {session} is complete without it, and nothing reads it. {delete}"
        )
    }

    fn check_lone_journal(&self, journal: &str, session: &str, delete: Option<&str>) -> String {
        let delete = match delete {
            Some(command) => format!("otherwise it is safe to delete: `{command}`"),
            None => "otherwise it is safe to delete.".to_owned(),
        };
        format!(
            "note: {journal} is a journal without its session file ({session} is not there), and nothing reads it. If you moved or renamed that file, move the journal beside it under its new name (.<name>.journal) before you resume or review it: it may hold the meeting's latest entries; {delete}"
        )
    }

    fn export_exists(&self, path: &str) -> String {
        format!("{path} already exists; choose another file name, or add --force to overwrite it.")
    }

    fn new_needs_terminal(&self) -> String {
        "spanning new needs a terminal to hold the meeting in, and there is none here (input or output is redirected, or no terminal is attached); nothing was written. Run it in a terminal window.".to_owned()
    }

    fn export_over_session(&self, path: &str) -> String {
        format!(
            "{path} is a session file: writing the export there would replace the meeting's record, so spanning refuses, even with --force. Choose another file name."
        )
    }

    fn export_written(&self, path: &str) -> String {
        format!("Written to {path}")
    }

    fn unknown_lang(&self, given: &str, known: &str) -> String {
        format!("unknown language '{given}': choose one of {known}")
    }

    fn bad_rules(&self, given: &str) -> String {
        format!("'{given}' is not a rule set: choose integrative or consent")
    }

    fn rules_in_tactical(&self) -> String {
        "a tactical meeting triages items into actions and projects and takes no decisions, so it has no rule set: leave out --rules consent, or hold a governance meeting (--format governance) to decide by consent".to_owned()
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

    fn unknown_theme(&self, given: &str, known: &str) -> String {
        format!("Unknown theme \"{given}\"; choose one of: {known}.")
    }

    fn bad_config(&self, path: &str, problem: &str) -> String {
        let problem = self.os_detail(problem);
        format!(
            "⚠ The preferences file {path} cannot be used ({problem}); using the default look. Fix it, or delete it and choose again with --theme."
        )
    }

    fn theme_not_remembered(&self, path: &str, problem: &str) -> String {
        let problem = self.os_detail(problem);
        format!("⚠ The theme is used for this run but not remembered: {path} ({problem}).")
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

    fn usage_problem(&self, problem: &UsageProblem) -> String {
        match problem {
            UsageProblem::UnknownArgument { arg, suggestion } => match suggestion {
                Some(s) => format!("'{arg}' is not expected here; did you mean '{s}'?"),
                None => format!("'{arg}' is not expected here"),
            },
            UsageProblem::UnknownCommand {
                command,
                suggestion,
            } => match suggestion {
                Some(s) => format!("unknown command '{command}'; did you mean '{s}'?"),
                None => format!("unknown command '{command}'"),
            },
            UsageProblem::InvalidValue { arg, value, valid } => match valid.as_slice() {
                [] => format!("'{value}' is not a valid value for '{arg}'"),
                valid => format!(
                    "'{value}' is not a valid value for '{arg}': choose one of {}",
                    valid.join(", ")
                ),
            },
            UsageProblem::MissingValue { arg } => format!("'{arg}' needs a value"),
            UsageProblem::MissingArgument { args } => {
                format!("required but not given: {}", args.join(", "))
            }
            UsageProblem::Repeated { arg } => {
                format!("{arg} was given more than once: give it once")
            }
            UsageProblem::Conflict { arg, with } => {
                format!(
                    "{arg} cannot be used with {}: leave one out",
                    with.join(", ")
                )
            }
        }
    }

    fn usage_hint(&self) -> &'static str {
        "For more information, try '--help'."
    }

    fn error(&self) -> &'static str {
        "error"
    }
}
