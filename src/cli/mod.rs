//! The command line: parses arguments (clap) and runs the non-interactive
//! commands over the sessions folder. Interactive commands hand over to the
//! terminal UI. Everything printed from a session file goes through the
//! terminal sanitizer, because a session file is untrusted input.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::sanitize::{for_terminal, for_terminal_line};
use crate::store::SessionsDir;
use crate::text::en::cli::HELP;
use crate::text::{CliHelp, IoDoing, Lang, UsageProblem, Words, capitalise};
use crate::tui::{self};

mod actions;
pub mod config;
mod governance;
mod meeting;
mod sessions;
mod sync;
#[cfg(test)]
mod tests;

use meeting::{home, new_meeting, resume};
use sessions::{check, export, follow, generate, list, replay, show};

/// Arguments of `spanning`.
#[derive(Debug, Parser)]
#[command(name = "spanning", version, about = HELP.about, long_about = HELP.long_about)]
pub struct Cli {
    /// Where the session files are. `SPANNING_SESSIONS_DIR` is read by
    /// [`SessionsDir::resolve`], not by clap, so an empty variable counts
    /// as unset instead of failing every command.
    #[arg(long, global = true, value_name = "DIR", help = HELP.sessions_dir)]
    pub sessions_dir: Option<PathBuf>,
    /// Language of screens and messages.
    #[arg(long, global = true, value_name = "LANG", help = HELP.lang)]
    pub lang: Option<String>,
    /// Look of the screens; remembered.
    #[arg(long, global = true, value_name = "THEME", help = HELP.theme)]
    pub theme: Option<String>,
    /// What to do; nothing opens the home screen.
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Start a new meeting.
    #[command(about = HELP.new)]
    New(NewArgs),
    /// Continue an unfinished meeting.
    #[command(about = HELP.resume)]
    Resume {
        /// Which session.
        #[arg(help = HELP.resume_id)]
        id: Option<String>,
    },
    /// List sessions.
    #[command(about = HELP.list)]
    List {
        /// JSON output.
        #[arg(long, help = HELP.json)]
        json: bool,
    },
    /// Print minutes.
    #[command(about = HELP.show)]
    Show {
        /// Which session.
        #[arg(help = HELP.id)]
        id: String,
    },
    /// Export minutes or JSON.
    #[command(about = HELP.export)]
    Export {
        /// Which session.
        #[arg(help = HELP.id)]
        id: String,
        /// Output format.
        #[arg(long, value_enum, hide_possible_values = true, help = HELP.export_format)]
        format: Option<MinutesFormat>,
        /// Output file.
        #[arg(short = 'o', long = "output", value_name = "FILE", help = HELP.output)]
        output: Option<PathBuf>,
        /// Overwrite the output file.
        #[arg(long, help = HELP.force)]
        force: bool,
    },
    /// Validate session files.
    #[command(about = HELP.check)]
    Check {
        /// Files or folders.
        #[arg(help = HELP.check_paths)]
        paths: Vec<PathBuf>,
    },
    /// Browse past sessions.
    #[command(about = HELP.review)]
    Review,
    /// Replay a session.
    #[command(about = HELP.replay)]
    Replay {
        /// Which session.
        #[arg(help = HELP.id)]
        id: String,
        /// Playback speed.
        #[arg(long, help = HELP.speed)]
        speed: Option<u32>,
    },
    /// Serve the open meeting as a live read-only web page.
    #[command(about = HELP.serve)]
    Serve {
        /// Which session.
        #[arg(help = HELP.serve_id)]
        id: Option<String>,
        /// Address to listen on.
        #[arg(long, value_name = "ADDR", help = HELP.serve_bind)]
        bind: Option<String>,
        /// Port to listen on.
        #[arg(long, value_name = "N", default_value_t = crate::serve::DEFAULT_PORT, hide_default_value = true, help = HELP.serve_port)]
        port: u16,
    },
    /// Follow a running meeting, read-only.
    #[command(about = HELP.follow)]
    Follow {
        /// Which session.
        #[arg(help = HELP.follow_id)]
        id: Option<String>,
    },
    /// The action list across the folder.
    #[command(about = HELP.actions)]
    Actions {
        /// Only this circle.
        #[arg(long, help = HELP.actions_circle)]
        circle: Option<String>,
        /// Only this person.
        #[arg(long, help = HELP.actions_owner)]
        owner: Option<String>,
        /// Only open actions.
        #[arg(long, help = HELP.actions_open)]
        open: bool,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown, hide_default_value = true, hide_possible_values = true, help = HELP.actions_format)]
        format: ExportFormat,
    },
    /// Marks an action done, open or dropped between meetings.
    #[command(about = HELP.action)]
    Action {
        /// Which action.
        #[arg(help = HELP.action_key)]
        key: String,
        /// Its new status.
        #[arg(value_enum, help = HELP.action_status)]
        status: StatusArg,
        /// Anything to say with it.
        #[arg(long, help = HELP.action_note)]
        note: Option<String>,
    },
    /// Shares the sessions folder through git: pull (fast-forward only),
    /// commit spanning's own files, push.
    #[command(about = HELP.sync)]
    Sync,
    /// Import a circle's existing roles and policies (TOML).
    #[command(about = HELP.import)]
    Import {
        /// The file.
        #[arg(value_name = "FILE", help = HELP.import_file)]
        file: PathBuf,
        /// The circle of roles given at the top of the file.
        #[arg(long, help = HELP.import_circle)]
        circle: Option<String>,
    },
    /// Print the governance record.
    #[command(about = HELP.record)]
    Record {
        /// Only this circle.
        #[arg(long, help = HELP.record_circle)]
        circle: Option<String>,
        /// As it stood on this day.
        #[arg(long, value_name = "DATE", help = HELP.record_as_of)]
        as_of: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown, hide_default_value = true, hide_possible_values = true, help = HELP.record_format)]
        format: ExportFormat,
    },
    /// Every change of a role or policy.
    #[command(about = HELP.history)]
    History {
        /// The role or policy.
        #[arg(value_name = "ROLE-OR-POLICY", help = HELP.history_subject)]
        subject: String,
        /// Only this circle.
        #[arg(long, help = HELP.record_circle)]
        circle: Option<String>,
    },
    /// Writes synthetic sessions for benchmarks and load tests. Hidden: a
    /// developer tool, not something a facilitator needs.
    #[command(hide = true)]
    Generate {
        /// How many sessions.
        #[arg(long)]
        count: usize,
        /// Fewest events per session.
        #[arg(long, default_value_t = 50)]
        min_events: usize,
        /// Most events per session.
        #[arg(long, default_value_t = 2000)]
        max_events: usize,
        /// Seed, for reproducible folders.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
}

/// Options of `spanning new`; anything missing is asked on the setup screen.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct NewArgs {
    /// Title.
    #[arg(long, help = HELP.title)]
    pub title: Option<String>,
    /// Circle.
    #[arg(long, help = HELP.circle)]
    pub circle: Option<String>,
    /// Participants, comma-separated.
    #[arg(long, help = HELP.participants)]
    pub participants: Option<String>,
    /// Facilitator's name.
    #[arg(long, help = HELP.facilitator)]
    pub facilitator: Option<String>,
    /// Secretary's name.
    #[arg(long, help = HELP.secretary)]
    pub secretary: Option<String>,
    /// Meeting length.
    #[arg(long, help = HELP.timebox)]
    pub timebox: Option<String>,
    /// Decision rules: integrative or consent.
    #[arg(long, value_name = "RULES", help = HELP.rules)]
    pub rules: Option<String>,
    /// Meeting format: governance or tactical.
    #[arg(long, help = HELP.meeting_format)]
    pub format: Option<String>,
    /// Absent from the start: `Name: reason; Name`.
    #[arg(long, help = HELP.absent)]
    pub absent: Option<String>,
}

/// An action's status on the command line, in English or Dutch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusArg {
    /// Done.
    #[value(alias = "gedaan")]
    Done,
    /// Still open.
    #[value(alias = "loopt-nog", alias = "loopt")]
    Open,
    /// Dropped.
    #[value(alias = "vervalt", alias = "vervallen")]
    Dropped,
}

impl From<StatusArg> for crate::record::ActionStatus {
    fn from(s: StatusArg) -> Self {
        match s {
            StatusArg::Done => crate::record::ActionStatus::Done,
            StatusArg::Open => crate::record::ActionStatus::Open,
            StatusArg::Dropped => crate::record::ActionStatus::Dropped,
        }
    }
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Minutes for people.
    Markdown,
    /// Normalised JSON for tools.
    Json,
}

/// What `export` writes for one session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MinutesFormat {
    /// The minutes as Markdown.
    #[value(alias = "md")]
    Markdown,
    /// The minutes as a standalone HTML page.
    #[value(alias = "htm")]
    Html,
    /// The minutes as plain text.
    #[value(alias = "tekst", alias = "txt", alias = "plain")]
    Text,
    /// The normalised JSON for tools.
    Json,
    /// Review dates and role terms as iCalendar.
    #[value(alias = "ical", alias = "icalendar", alias = "agenda")]
    Ics,
}

impl MinutesFormat {
    /// The format a file name asks for by its extension (`minutes.html`,
    /// `reviews.ics`), for `export -o` without `--format`.
    pub fn of_file(path: &std::path::Path) -> Option<MinutesFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "md" | "markdown" => MinutesFormat::Markdown,
            "html" | "htm" => MinutesFormat::Html,
            "txt" | "text" => MinutesFormat::Text,
            "json" => MinutesFormat::Json,
            "ics" | "ical" => MinutesFormat::Ics,
            _ => return None,
        })
    }
}

/// Picks the language: `--lang`, else the locale environment (see
/// [`env_lang`]), else English. An unknown `--lang` is an error, said in the
/// environment's language because the flag's language is the unknown one.
pub fn choose_lang(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Result<Lang> {
    if let Some(code) = flag {
        return Lang::from_code(code).ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            anyhow::anyhow!(env_lang(env).words().unknown_lang(code, &known.join(", ")))
        });
    }
    Ok(env_lang(env))
}

/// The language of the locale environment: the first set of LC_ALL,
/// LC_MESSAGES and LANG (POSIX precedence) decides, so `nl_NL.UTF-8`,
/// `nl_BE` and `nl` give Dutch; anything unknown (`C`, `fr_FR`) gives English.
pub fn env_lang(env: impl Fn(&str) -> Option<String>) -> Lang {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = env(var).filter(|v| !v.is_empty()) {
            let code = value.split(['_', '-', '.', '@']).next().unwrap_or("");
            return Lang::from_code(code).unwrap_or(Lang::En);
        }
    }
    Lang::En
}

/// The language for `--help` and clap's own messages, found before clap
/// parses anything: a `--lang CODE` or `--lang=CODE` anywhere before `--`,
/// else the environment. An unknown code falls back to the environment here;
/// [`run`] reports it properly.
pub fn prescan_lang(args: &[OsString], env: impl Fn(&str) -> Option<String>) -> Lang {
    let mut flag = None;
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            break;
        }
        if arg == "--lang" {
            flag = iter.next().map(|v| v.to_string_lossy().into_owned());
        } else if let Some(value) = arg.strip_prefix("--lang=") {
            flag = Some(value.to_owned());
        }
    }
    flag.as_deref()
        .and_then(Lang::from_code)
        .unwrap_or_else(|| env_lang(env))
}

/// The clap command speaking `lang`. clap's derive only takes compile-time
/// strings, so the derived command (English) gets the chosen language's
/// [`CliHelp`] laid over it: every about and help text, the section
/// headings and the built-in help and version flags.
pub fn command(lang: Lang) -> clap::Command {
    let h = lang.words().help();
    let cmd = Cli::command()
        .about(h.about)
        .long_about(h.long_about)
        .subcommand_value_name(h.command_value)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .global(true)
                .action(ArgAction::Help)
                .help(h.help_flag),
        )
        .arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(h.version_flag),
        )
        .mut_arg("sessions_dir", |a| {
            a.help(h.sessions_dir).value_name(h.dir_value)
        })
        .mut_arg("lang", |a| a.help(h.lang).value_name(h.lang_value))
        .mut_arg("theme", |a| a.help(h.theme).value_name(h.theme_value))
        .mut_subcommands(|c| match c.get_name() {
            "new" => c
                .about(h.new)
                .mut_arg("title", |a| a.help(h.title).value_name(h.title_value))
                .mut_arg("circle", |a| a.help(h.circle).value_name(h.circle_value))
                .mut_arg("participants", |a| {
                    a.help(h.participants).value_name(h.participants_value)
                })
                .mut_arg("facilitator", |a| {
                    a.help(h.facilitator).value_name(h.facilitator_value)
                })
                .mut_arg("secretary", |a| {
                    a.help(h.secretary).value_name(h.secretary_value)
                })
                .mut_arg("timebox", |a| a.help(h.timebox).value_name(h.timebox_value))
                .mut_arg("rules", |a| a.help(h.rules).value_name(h.rules_value))
                .mut_arg("format", |a| {
                    a.help(h.meeting_format).value_name(h.format_value)
                })
                .mut_arg("absent", |a| a.help(h.absent).value_name(h.absent_value)),
            "resume" => c
                .about(h.resume)
                .mut_arg("id", |a| a.help(h.resume_id).value_name(h.id_value)),
            "list" => c.about(h.list).mut_arg("json", |a| a.help(h.json)),
            "show" => c
                .about(h.show)
                .mut_arg("id", |a| a.help(h.id).value_name(h.id_value)),
            "export" => c
                .about(h.export)
                .mut_arg("id", |a| a.help(h.id).value_name(h.id_value))
                .mut_arg("format", |a| {
                    a.help(h.export_format).value_name(h.format_value)
                })
                .mut_arg("output", |a| a.help(h.output).value_name(h.file_value))
                .mut_arg("force", |a| a.help(h.force)),
            "check" => c
                .about(h.check)
                .mut_arg("paths", |a| a.help(h.check_paths).value_name(h.paths_value)),
            "review" => c.about(h.review),
            "replay" => c
                .about(h.replay)
                .mut_arg("id", |a| a.help(h.id).value_name(h.id_value))
                .mut_arg("speed", |a| a.help(h.speed).value_name(h.speed_value)),
            "serve" => c
                .about(h.serve)
                .mut_arg("id", |a| a.help(h.serve_id).value_name(h.id_value))
                .mut_arg("bind", |a| a.help(h.serve_bind).value_name(h.addr_value))
                .mut_arg("port", |a| a.help(h.serve_port).value_name(h.port_value)),
            "follow" => c
                .about(h.follow)
                .mut_arg("id", |a| a.help(h.follow_id).value_name(h.id_value)),
            "actions" => c
                .about(h.actions)
                .mut_arg("circle", |a| {
                    a.help(h.actions_circle).value_name(h.circle_value)
                })
                .mut_arg("owner", |a| {
                    a.help(h.actions_owner).value_name(h.owner_value)
                })
                .mut_arg("open", |a| a.help(h.actions_open))
                .mut_arg("format", |a| {
                    a.help(h.actions_format).value_name(h.format_value)
                }),
            "action" => c
                .about(h.action)
                .mut_arg("key", |a| a.help(h.action_key).value_name(h.key_value))
                .mut_arg("status", |a| {
                    a.help(h.action_status).value_name(h.status_value)
                })
                .mut_arg("note", |a| a.help(h.action_note).value_name(h.note_value)),
            "import" => c
                .about(h.import)
                .mut_arg("file", |a| a.help(h.import_file).value_name(h.file_value))
                .mut_arg("circle", |a| {
                    a.help(h.import_circle).value_name(h.circle_value)
                }),
            "record" => c
                .about(h.record)
                .mut_arg("circle", |a| {
                    a.help(h.record_circle).value_name(h.circle_value)
                })
                .mut_arg("as_of", |a| a.help(h.record_as_of).value_name(h.date_value))
                .mut_arg("format", |a| {
                    a.help(h.record_format).value_name(h.format_value)
                }),
            "history" => c
                .about(h.history)
                .mut_arg("subject", |a| {
                    a.help(h.history_subject).value_name(h.subject_value)
                })
                .mut_arg("circle", |a| {
                    a.help(h.record_circle).value_name(h.circle_value)
                }),
            "sync" => c.about(h.sync),
            "generate" => c
                .about(h.generate)
                .mut_arg("count", |a| a.help(h.generate_count))
                .mut_arg("min_events", |a| a.help(h.generate_events))
                .mut_arg("max_events", |a| a.help(h.generate_events))
                .mut_arg("seed", |a| a.help(h.generate_seed)),
            _ => c,
        });
    let mut cmd = with_headings(cmd, h);
    // The `help` subcommand only exists once clap has built the command.
    cmd.build();
    let cmd = cmd.mut_subcommands(|c| match c.get_name() {
        "help" => with_headings(
            c.about(h.help_command)
                .subcommand_value_name(h.command_value)
                .mut_subcommands(|s| match s.get_name() {
                    "help" => s.about(h.help_command),
                    _ => s,
                }),
            h,
        ),
        _ => c,
    });
    with_usage(cmd, h)
}

/// Replaces clap's fixed `[OPTIONS]` in each usage line with the
/// language's word. clap writes the usage itself, so it is rendered once
/// (the command is built, so it names the full `spanning show` path) and
/// set back as this command's usage.
fn with_usage(mut cmd: clap::Command, h: &CliHelp) -> clap::Command {
    let rendered = cmd.render_usage().to_string();
    let usage = rendered
        .split_once(' ')
        .map_or(rendered.as_str(), |(_, rest)| rest)
        .replace("[OPTIONS]", h.options_value);
    cmd.override_usage(usage)
        .mut_subcommands(|c| with_usage(c, h))
}

/// Puts clap's section headings ("Usage", "Commands", "Arguments",
/// "Options") in the chosen language, on this command and all below it.
fn with_headings(mut cmd: clap::Command, h: &CliHelp) -> clap::Command {
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (id, positional) in args {
        let heading = if positional {
            h.arguments_heading
        } else {
            h.options_heading
        };
        cmd = cmd.mut_arg(id, |a| a.help_heading(heading));
    }
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        h.usage_heading
    );
    cmd.subcommand_help_heading(h.commands_heading)
        .help_template(template)
        .mut_subcommands(|c| with_headings(c, h))
}

/// Parses the command line with help in the right language. `--help` and
/// `--version` print and exit as clap does; a mistake on the command line is
/// said in the chosen language when it is a common one (see
/// [`usage_problem`]) and exits with clap's usage-error code 2.
pub fn parse(args: Vec<OsString>, env: impl Fn(&str) -> Option<String>) -> Cli {
    let lang = prescan_lang(&args, env);
    let parsed = command(lang)
        .try_get_matches_from(args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    match parsed {
        Ok(cli) => cli,
        Err(error) => match usage_problem(&error) {
            Some(problem) => {
                let words = lang.words();
                eprintln!(
                    "{}: {}\n\n{}",
                    words.error(),
                    for_terminal_line(&words.usage_problem(&problem)),
                    words.usage_hint()
                );
                std::process::exit(2)
            }
            None => error.exit(),
        },
    }
}

/// The common command-line mistakes, read from clap's error context so each
/// language can phrase them; `None` leaves the error (and help or version
/// output) to clap.
pub fn usage_problem(error: &clap::Error) -> Option<UsageProblem> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let strings = |kind: ContextKind| -> Vec<String> {
        match error.get(kind) {
            Some(ContextValue::String(s)) => vec![s.clone()],
            Some(ContextValue::Strings(list)) => list.clone(),
            _ => Vec::new(),
        }
    };
    let first = |kind: ContextKind| strings(kind).into_iter().next();
    match error.kind() {
        ErrorKind::UnknownArgument => Some(UsageProblem::UnknownArgument {
            arg: first(ContextKind::InvalidArg)?,
            suggestion: first(ContextKind::SuggestedArg),
        }),
        ErrorKind::InvalidSubcommand => Some(UsageProblem::UnknownCommand {
            command: first(ContextKind::InvalidSubcommand)?,
            suggestion: first(ContextKind::SuggestedSubcommand),
        }),
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let arg = first(ContextKind::InvalidArg)?;
            match first(ContextKind::InvalidValue) {
                Some(value) if !value.is_empty() => Some(UsageProblem::InvalidValue {
                    arg,
                    value,
                    valid: strings(ContextKind::ValidValue),
                }),
                _ => Some(UsageProblem::MissingValue { arg }),
            }
        }
        ErrorKind::MissingRequiredArgument => {
            let args = strings(ContextKind::InvalidArg);
            (!args.is_empty()).then_some(UsageProblem::MissingArgument { args })
        }
        ErrorKind::ArgumentConflict => {
            let arg = first(ContextKind::InvalidArg)?;
            let with = strings(ContextKind::PriorArg);
            // clap says an option given twice is in conflict with itself.
            if with.is_empty() || with.iter().all(|w| *w == arg) {
                Some(UsageProblem::Repeated { arg })
            } else {
                Some(UsageProblem::Conflict { arg, with })
            }
        }
        _ => None,
    }
}

/// Runs a parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let lang = choose_lang(cli.lang.as_deref(), |k| std::env::var(k).ok())?;
    let words = lang.words();
    // Minutes default to the language the meeting was held in; `--lang`
    // overrides that. Messages around them follow `lang`.
    let minutes_lang = cli.lang.is_some().then_some(lang);
    let dir = SessionsDir::new(SessionsDir::resolve(cli.sessions_dir.clone()));
    // The look is read for commands that open a screen. A `--theme` given
    // to any command is checked and remembered at once, so
    // `spanning --theme projector list` sets up the room's next meeting.
    let theme = cli.theme.clone();
    let choose = move || config::choose(theme.as_deref(), words, |k| std::env::var_os(k));
    let chosen = match cli.theme {
        Some(_) => Some(choose()?),
        None => None,
    };
    let look = move || chosen.map_or_else(choose.clone(), Ok);
    // A command that prints: an I/O error with nothing said about it came
    // from writing what it prints.
    let prints = matches!(
        cli.command,
        Some(
            Cmd::List { .. }
                | Cmd::Show { .. }
                | Cmd::Export { .. }
                | Cmd::Check { .. }
                | Cmd::Actions { .. }
                | Cmd::Action { .. }
        )
    );
    match run_command(cli.command, &dir, lang, minutes_lang, look) {
        // `show ID | head`: the reader had what it wanted; nothing to say.
        Err(e) if prints && is_broken_pipe(&e) => Ok(ExitCode::SUCCESS),
        result => result.map_err(|e| worded(e, words, prints)),
    }
}

/// Whether the error is the output's reader having gone away.
fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .root_cause()
        .downcast_ref::<std::io::Error>()
        .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
}

/// An error whose cause is an I/O error, said in the user's language: the
/// contexts around it (what spanning was doing, already in that language)
/// or, for a command that prints, "cannot write the output"; then what the
/// system said, in words, with its error number, and what to do.
fn worded(error: anyhow::Error, words: &dyn Words, prints: bool) -> anyhow::Error {
    let Some(io) = error.root_cause().downcast_ref::<std::io::Error>() else {
        return error;
    };
    let contexts: Vec<String> = error
        .chain()
        .take_while(|e| e.downcast_ref::<std::io::Error>().is_none())
        .map(|e| e.to_string())
        .collect();
    let doing = if !contexts.is_empty() {
        contexts.join(": ")
    } else if prints {
        words.io_doing(IoDoing::WriteOutput, "")
    } else {
        return message(format!(
            "{}. {}",
            capitalise(&words.io_cause(io)),
            words.io_remedy(io.kind())
        ));
    };
    message(format!(
        "{doing}: {}. {}",
        words.io_cause(io),
        words.io_remedy(io.kind())
    ))
}

/// Runs one command (none: the home screen).
fn run_command(
    command: Option<Cmd>,
    dir: &SessionsDir,
    lang: Lang,
    minutes_lang: Option<Lang>,
    look: impl Fn() -> Result<tui::Look>,
) -> Result<ExitCode> {
    let words = lang.words();
    match command {
        Some(Cmd::List { json }) => list(dir, json, words),
        Some(Cmd::Show { id }) => show(dir, &id, words, minutes_lang),
        Some(Cmd::Export {
            id,
            format,
            output,
            force,
        }) => export(
            dir,
            &id,
            format
                .or_else(|| output.as_deref().and_then(MinutesFormat::of_file))
                .unwrap_or(MinutesFormat::Markdown),
            output.as_deref(),
            force,
            words,
            minutes_lang,
        ),
        Some(Cmd::Actions {
            circle,
            owner,
            open,
            format,
        }) => actions::actions(
            dir,
            &actions::Filter {
                circle,
                owner,
                open_only: open,
            },
            format,
            words,
        ),
        Some(Cmd::Action { key, status, note }) => {
            actions::mark(dir, &key, status.into(), note, words)
        }
        Some(Cmd::Check { paths }) => check(dir, &paths, words),
        Some(Cmd::Sync) => Ok(sync::sync(dir, words)),
        Some(Cmd::Import { file, circle }) => {
            governance::import(dir, &file, circle.as_deref(), words)
        }
        Some(Cmd::Record {
            circle,
            as_of,
            format,
        }) => governance::record(dir, circle.as_deref(), as_of.as_deref(), format, words),
        Some(Cmd::History { subject, circle }) => {
            governance::history(dir, &subject, circle.as_deref(), words)
        }
        Some(Cmd::Review) => {
            tui::review::run_review(dir, lang, look()?.theme)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Cmd::Replay { id, speed }) => replay(dir, &id, speed, words, lang, look()?),
        Some(Cmd::Serve { id, bind, port }) => {
            crate::serve::serve(dir, id.as_deref(), bind.as_deref(), port, words)
        }
        Some(Cmd::Follow { id }) => follow(dir, id.as_deref(), words, look()?),
        Some(Cmd::Generate {
            count,
            min_events,
            max_events,
            seed,
        }) => generate(
            dir,
            count,
            (min_events, max_events.max(min_events)),
            seed,
            words,
        ),
        Some(Cmd::New(args)) => new_meeting(dir, &args, lang, look()?),
        Some(Cmd::Resume { id }) => {
            let path = match id {
                Some(id) => dir.find(&id).map_err(|e| message(e.message(words)))?,
                None => {
                    dir.latest_open()
                        .map_err(|e| message(e.message(words)))?
                        .path
                }
            };
            resume(dir, &path, lang, look()?)
        }
        None => home(dir, lang, look()?),
    }
}

/// An error carrying a message already worded for the user (and made safe
/// for the terminal, since it may quote file content).
fn message(text: String) -> anyhow::Error {
    anyhow::anyhow!(for_terminal(&text).into_owned())
}
