//! The command line: parses arguments (clap) and runs the non-interactive
//! commands over the sessions folder. Interactive commands hand over to the
//! terminal UI. Everything printed from a session file goes through the
//! terminal sanitizer, because a session file is untrusted input.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Arg, ArgAction, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use unicode_width::UnicodeWidthStr;

use chrono::{DateTime, FixedOffset};

use crate::meeting::{
    Command, MeetingFormat, Participant, PersonId, RuleSet, Session, Setup, parse_minutes,
};
use crate::minutes;
use crate::sanitize::{for_terminal, for_terminal_line};
use crate::store::{self, LoadError, SessionStatus, SessionSummary, SessionsDir};
use crate::text::en::cli::HELP;
use crate::text::{CliHelp, Lang, UsageProblem, Words, clip};
use crate::tui::{
    self, HomeChoice, HomeData, HomeEntry, Persist, SetupDefaults, ThemeChoice, TuiOptions,
};

/// Arguments of `spanning`.
#[derive(Debug, Parser)]
#[command(name = "spanning", version, about = HELP.about, long_about = HELP.long_about)]
pub struct Cli {
    /// Where the session files are.
    #[arg(long, global = true, value_name = "DIR", env = "SPANNING_SESSIONS_DIR", hide_env = true, help = HELP.sessions_dir)]
    pub sessions_dir: Option<PathBuf>,
    /// Language of screens and messages.
    #[arg(long, global = true, value_name = "LANG", help = HELP.lang)]
    pub lang: Option<String>,
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
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown, hide_default_value = true, hide_possible_values = true, help = HELP.export_format)]
        format: ExportFormat,
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
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Minutes for people.
    Markdown,
    /// Normalised JSON for tools.
    Json,
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
        .mut_subcommands(|c| match c.get_name() {
            "new" => c
                .about(h.new)
                .mut_arg("title", |a| a.help(h.title))
                .mut_arg("circle", |a| a.help(h.circle))
                .mut_arg("participants", |a| a.help(h.participants))
                .mut_arg("facilitator", |a| a.help(h.facilitator))
                .mut_arg("secretary", |a| a.help(h.secretary))
                .mut_arg("timebox", |a| a.help(h.timebox))
                .mut_arg("rules", |a| a.help(h.rules))
                .mut_arg("format", |a| a.help(h.meeting_format)),
            "resume" => c.about(h.resume).mut_arg("id", |a| a.help(h.resume_id)),
            "list" => c.about(h.list).mut_arg("json", |a| a.help(h.json)),
            "show" => c.about(h.show).mut_arg("id", |a| a.help(h.id)),
            "export" => c
                .about(h.export)
                .mut_arg("id", |a| a.help(h.id))
                .mut_arg("format", |a| a.help(h.export_format))
                .mut_arg("output", |a| a.help(h.output).value_name(h.file_value))
                .mut_arg("force", |a| a.help(h.force)),
            "check" => c.about(h.check).mut_arg("paths", |a| a.help(h.check_paths)),
            "review" => c.about(h.review),
            "replay" => c
                .about(h.replay)
                .mut_arg("id", |a| a.help(h.id))
                .mut_arg("speed", |a| a.help(h.speed)),
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
    match cli.command {
        Some(Cmd::List { json }) => list(&dir, json, words),
        Some(Cmd::Show { id }) => show(&dir, &id, words, minutes_lang),
        Some(Cmd::Export {
            id,
            format,
            output,
            force,
        }) => export(
            &dir,
            &id,
            format,
            output.as_deref(),
            force,
            words,
            minutes_lang,
        ),
        Some(Cmd::Check { paths }) => check(&dir, &paths, words),
        Some(Cmd::Review) => {
            tui::review::run_review(&dir, lang)?;
            Ok(ExitCode::SUCCESS)
        }
        Some(Cmd::Replay { id, speed }) => replay(&dir, &id, speed, words, lang),
        Some(Cmd::Generate {
            count,
            min_events,
            max_events,
            seed,
        }) => generate(
            &dir,
            count,
            (min_events, max_events.max(min_events)),
            seed,
            words,
        ),
        Some(Cmd::New(args)) => new_meeting(&dir, &args, lang),
        Some(Cmd::Resume { id }) => {
            let path = match id {
                Some(id) => dir.find(&id).map_err(|e| message(e.message(words)))?,
                None => {
                    dir.latest_open()
                        .map_err(|e| message(e.message(words)))?
                        .path
                }
            };
            resume(&dir, &path, lang)
        }
        None => home(&dir, lang),
    }
}

/// An error carrying a message already worded for the user (and made safe
/// for the terminal, since it may quote file content).
fn message(text: String) -> anyhow::Error {
    anyhow::anyhow!(for_terminal(&text).into_owned())
}

/// Saves through the store after every accepted entry; the TUI shows the
/// message if a save fails and keeps the meeting in memory.
struct StoreSink {
    open: store::OpenSession,
    lang: Lang,
}

impl Persist for StoreSink {
    fn save(&mut self, session: &Session) -> Result<(), String> {
        self.open
            .save(session)
            .map_err(|e| e.message(self.lang.words()))
    }

    fn save_elsewhere(&mut self, target: &Path, session: &Session) -> Result<PathBuf, String> {
        self.open
            .save_elsewhere(target, session)
            .map(|()| self.open.path().to_path_buf())
            .map_err(|e| e.message(self.lang.words()))
    }
}

fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

fn home(dir: &SessionsDir, lang: Lang) -> Result<ExitCode> {
    loop {
        // The folder is read on a worker so the screen shows at once; with
        // a thousand sessions reading takes a few hundred milliseconds.
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = dir.clone();
        std::thread::spawn(move || {
            // The screen may be gone already (a quick `n`); nothing to do then.
            let _ = tx.send(home_data(&reader, lang));
        });
        let placeholder = HomeData {
            folder: dir.root().display().to_string(),
            unfinished: Vec::new(),
            recent: Vec::new(),
            unreadable: 0,
            lang,
            theme: ThemeChoice::Default,
            due_reviews: 0,
        };
        match tui::run_home(placeholder, Some(rx))? {
            HomeChoice::New => return new_meeting(dir, &NewArgs::default(), lang),
            HomeChoice::Resume(path) => return resume(dir, &path, lang),
            // Browsing is looking back; leaving it returns home.
            HomeChoice::Browse => tui::review::run_review(dir, lang)?,
            HomeChoice::Quit => return Ok(ExitCode::SUCCESS),
        }
    }
}

fn home_data(dir: &SessionsDir, lang: Lang) -> HomeData {
    let listed = dir.list();
    let entry = |s: &SessionSummary| HomeEntry {
        title: s.title.clone(),
        circle: s.circle.clone(),
        opened_at: s.opened_at,
        items: s.items,
        path: s.path.clone(),
    };
    let good: Vec<&SessionSummary> = listed.iter().filter_map(|l| l.as_ref().ok()).collect();
    HomeData {
        folder: dir.root().display().to_string(),
        unfinished: good
            .iter()
            .filter(|s| s.status == SessionStatus::Open)
            .map(|s| entry(s))
            .collect(),
        recent: good
            .iter()
            .filter(|s| s.status == SessionStatus::Closed)
            .take(5)
            .map(|s| entry(s))
            .collect(),
        unreadable: listed.iter().filter(|l| l.is_err()).count(),
        lang,
        theme: ThemeChoice::Default,
        // The shell's date; which agreements are due is the review core's.
        due_reviews: crate::review::overdue(
            good.iter().copied(),
            chrono::Local::now().date_naive(),
        )
        .len(),
    }
}

/// Finds a name among participants (case-insensitive) or says who is there.
fn person_index(name: &str, people: &[Participant], words: &dyn Words) -> Result<usize> {
    let wanted = name.trim().to_lowercase();
    people
        .iter()
        .position(|p| p.name.to_lowercase() == wanted)
        .ok_or_else(|| {
            let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
            anyhow::anyhow!(words.not_a_participant(name, &names.join(", ")))
        })
}

fn new_meeting(dir: &SessionsDir, args: &NewArgs, lang: Lang) -> Result<ExitCode> {
    let words = lang.words();
    let timebox = match &args.timebox {
        Some(text) => {
            Some(parse_minutes(text).ok_or_else(|| anyhow::anyhow!(words.bad_timebox(text)))?)
        }
        None => None,
    };
    let rules = match args.rules.as_deref().map(str::trim) {
        None => RuleSet::Integrative,
        Some(given) => parse_rules(given).ok_or_else(|| anyhow::anyhow!(words.bad_rules(given)))?,
    };
    let format = match &args.format {
        Some(text) => parse_format(text).ok_or_else(|| message(words.bad_format(text)))?,
        None => MeetingFormat::Governance,
    };
    if format == MeetingFormat::Tactical && rules != RuleSet::Integrative {
        bail!(words.rules_in_tactical());
    }
    let mut participants = args
        .participants
        .as_deref()
        .map(Participant::parse_list)
        .unwrap_or_default();
    let mut circle = args.circle.clone().unwrap_or_default();
    // Offer the last meeting's people of the same circle (or, with no
    // circle given, of the most recent meeting) as a starting point.
    if participants.is_empty()
        && let Some(previous) = previous_meeting(dir, args.circle.as_deref())
    {
        participants = previous.setup().participants.clone();
        if circle.is_empty() {
            circle = previous.setup().circle.clone();
        }
    }
    let facilitator = match &args.facilitator {
        Some(name) => person_index(name, &participants, words)?,
        None => 0,
    };
    let secretary = match &args.secretary {
        Some(name) => Some(person_index(name, &participants, words)?),
        None => None,
    };
    let opened_at = now();
    let given = args.title.is_some() && args.participants.is_some();
    let setup = if given {
        Setup {
            title: args.title.clone().unwrap_or_default(),
            circle,
            lang,
            format,
            rules,
            opened_at,
            participants,
            facilitator: PersonId(facilitator as u32),
            secretary: secretary.map(|s| PersonId(s as u32)),
            timebox_minutes: timebox,
            tactical_lists: Default::default(),
        }
    } else {
        let defaults = SetupDefaults {
            title: args.title.clone().unwrap_or_default(),
            circle,
            participants: participants.clone(),
            facilitator,
            secretary,
            timebox_minutes: timebox,
            format,
            lang,
            opened_at,
            theme: ThemeChoice::Default,
            rules,
        };
        match tui::run_setup(defaults)? {
            Some(setup) => setup,
            None => {
                if !tui::terminal::hung_up() {
                    eprintln!("{}", words.setup_cancelled());
                }
                return Ok(ExitCode::SUCCESS);
            }
        }
    };
    let mut setup = setup;
    let remembered = remember_lists(dir, &mut setup);
    let mut session = Session::open(setup).map_err(|p| anyhow::anyhow!(words.setup_problem(&p)))?;
    session
        .execute(&Command::StartCheckIn, now())
        .map_err(|r| anyhow::anyhow!(words.refusal(&r)))?;
    let open = dir
        .create(&session)
        .map_err(|e| message(e.message(words)))?;
    let status = remembered.map(|r| {
        words.remembered_from(
            &r.from,
            r.lists.checklist.len(),
            r.lists.metrics.len(),
            r.lists.progress.len(),
        )
    });
    run_meeting_with(session, open, lang, status)
}

/// `--format`'s value: the file-name token of a format, any case.
fn parse_format(text: &str) -> Option<MeetingFormat> {
    [MeetingFormat::Governance, MeetingFormat::Tactical]
        .into_iter()
        .find(|f| store::format_token(*f).eq_ignore_ascii_case(text.trim()))
}

/// A tactical meeting starts with the checklist, metrics and projects of
/// its circle's previous tactical meeting; says where they came from.
fn remember_lists(dir: &SessionsDir, setup: &mut Setup) -> Option<store::Remembered> {
    if setup.format != MeetingFormat::Tactical || !setup.tactical_lists.is_empty() {
        return None;
    }
    let remembered = store::remembered_lists(dir, &setup.circle)?;
    setup.tactical_lists = remembered.lists.clone();
    Some(remembered)
}

/// A `--rules` value: the names the session file uses, any case.
fn parse_rules(given: &str) -> Option<RuleSet> {
    match given.to_lowercase().as_str() {
        "integrative" => Some(RuleSet::Integrative),
        "consent" => Some(RuleSet::Consent),
        _ => None,
    }
}

/// The most recent readable session, of this circle if one is named.
/// File names start with the opening time and carry the circle's slug, so
/// this reads files newest first and stops at the first match instead of
/// loading the whole folder (`spanning new` must open at once).
fn previous_meeting(dir: &SessionsDir, circle: Option<&str>) -> Option<Session> {
    let wanted = circle.map(|c| c.trim().to_lowercase());
    let slug = circle.map(|c| format!("-{}-", store::slug(c)));
    let paths = dir.session_paths().ok()?;
    paths
        .iter()
        .rev()
        .filter(|p| {
            slug.as_ref().is_none_or(|s| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().contains(s.as_str()))
            })
        })
        .filter_map(|p| store::load(p).ok())
        .find(|l| {
            wanted
                .as_ref()
                .is_none_or(|w| l.session.setup().circle.trim().to_lowercase() == *w)
        })
        .map(|loaded| loaded.session)
}

fn resume(dir: &SessionsDir, path: &Path, lang: Lang) -> Result<ExitCode> {
    let words = lang.words();
    let (open, session) = match dir.open_for_writing(path) {
        Err(store::StoreError::Locked {
            holder: Some(holder),
            ..
        }) if offer_take_over(path, &holder, words) => {
            store::take_over(path, &holder)
                .map_err(|e| message(format!("{}: {e}", path.display())))?;
            dir.open_for_writing(path)
        }
        opened => opened,
    }
    .map_err(|e| message(e.message(words)))?;
    if session.state().is_closed() {
        bail!(for_terminal(&words.session_closed(open.id())).into_owned());
    }
    if open.recovered_stale_lock() {
        eprintln!(
            "{}",
            for_terminal(&words.recovered_stale_lock(open.path(), open.stale_holder()))
        );
    }
    let meeting_lang = session.setup().lang;
    run_meeting(session, open, meeting_lang)
}

/// Asks whether to take over the lock of a spanning that is gone or lost
/// its terminal (a window closed under an older spanning leaves one that
/// never ends). Never asked about a holder still at its terminal, nor
/// without a person to answer: then the lock stays and `resume` says who
/// has it.
fn offer_take_over(path: &Path, holder: &store::LockHolder, words: &dyn Words) -> bool {
    use std::io::IsTerminal;
    let Some(why) = store::abandoned(holder) else {
        return false;
    };
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return false;
    }
    let question = words.take_over_question(path, holder, why);
    let mut err = std::io::stderr();
    if write!(err, "{}", for_terminal(&question))
        .and_then(|()| err.flush())
        .is_err()
    {
        return false;
    }
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer).is_ok() && words.take_over_agreed(&answer)
}

/// Runs the meeting screen over an open session file, then says where the
/// session is and how to continue it.
fn run_meeting(session: Session, open: store::OpenSession, lang: Lang) -> Result<ExitCode> {
    run_meeting_with(session, open, lang, None)
}

/// `run_meeting` with a first status line.
fn run_meeting_with(
    session: Session,
    open: store::OpenSession,
    lang: Lang,
    status: Option<String>,
) -> Result<ExitCode> {
    let words = lang.words();
    let path = open.path().to_path_buf();
    let id = open.id().to_owned();
    let sink = StoreSink { open, lang };
    let options = TuiOptions {
        saved_to: Some(path.display().to_string()),
        status,
        ..TuiOptions::default()
    };
    let end = tui::run(session, Box::new(sink), options)?;
    if tui::terminal::hung_up() {
        // The terminal is gone: nobody reads closing words, and writing
        // them to a hung-up terminal fails. Everything confirmed is saved
        // (or in the temporary folder) and the lock is released.
        return Ok(if end.unsaved {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        });
    }
    if end.unsaved {
        eprintln!("⚠ {}", words.label(crate::text::tui::Label::NotSavedAtExit));
        return Ok(ExitCode::FAILURE);
    }
    // "Save elsewhere" may have moved the session during the meeting.
    let moved_to = end.saved_to.map(PathBuf::from).filter(|p| *p != path);
    let moved = moved_to.is_some();
    let path = moved_to.unwrap_or(path);
    // Moved out of the sessions folder, the ID alone no longer finds it;
    // `resume` takes the path.
    let id = if moved {
        path.display().to_string()
    } else {
        id
    };
    eprintln!("{}", words.saved_to(&path.display().to_string()));
    if let Ok(loaded) = store::load(&path)
        && !loaded.session.state().is_closed()
    {
        eprintln!("{}", for_terminal(&words.resume_hint(&id)));
    }
    Ok(ExitCode::SUCCESS)
}

/// Fills an empty (or new) folder with synthetic sessions: a quarter Dutch,
/// one in ten left unfinished, sizes spread between the bounds. Refuses a
/// folder that already holds sessions, so a team's real folder is never
/// mixed with generated ones.
fn generate(
    dir: &SessionsDir,
    count: usize,
    (min, max): (usize, usize),
    seed: u64,
    words: &dyn Words,
) -> Result<ExitCode> {
    if dir.session_paths().is_ok_and(|p| !p.is_empty()) {
        bail!(words.generate_refused(&dir.root().display().to_string()));
    }
    std::fs::create_dir_all(dir.root())?;
    let mut rng = fastrand::Rng::with_seed(seed);
    for n in 0..count {
        let spec = crate::generate::Spec {
            seed: seed.wrapping_mul(1_000_003).wrapping_add(n as u64),
            events: rng.usize(min..=max),
            lang: if n % 4 == 3 { Lang::Nl } else { Lang::En },
            leave_open: n % 10 == 9,
        };
        let session = crate::generate::session(spec);
        let id = store::stem(session.setup(), (n % 0xffff) as u16);
        let path = dir.root().join(format!("{id}.json"));
        let mut file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .with_context(|| path.display().to_string())?;
        file.write_all(&store::session_bytes(&id, &session))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `spanning replay ID --speed X`: checks the speed before the terminal
/// is taken over, so a typo gets a plain message. Asking for a speed means
/// "play it": the replay starts playing; without one it opens paused at
/// the start, for a trainer who steps through it.
fn replay(
    dir: &SessionsDir,
    id: &str,
    speed: Option<u32>,
    words: &dyn Words,
    lang: Lang,
) -> Result<ExitCode> {
    let factor = speed.unwrap_or(1);
    let Some(chosen) = crate::review::Speed::ALL
        .into_iter()
        .find(|s| s.factor() == Some(factor))
    else {
        bail!(words.bad_speed(factor));
    };
    let path = dir.find(id).map_err(|e| message(e.message(words)))?;
    let loaded = store::load(&path).map_err(|e| message(e.message(words)))?;
    tui::review::run_replay(loaded.session, &path, chosen, speed.is_some(), lang)?;
    Ok(ExitCode::SUCCESS)
}

fn list(dir: &SessionsDir, json: bool, words: &dyn Words) -> Result<ExitCode> {
    let listed = dir.list();
    let good: Vec<&SessionSummary> = listed.iter().filter_map(|l| l.as_ref().ok()).collect();
    let bad: Vec<&LoadError> = listed.iter().filter_map(|l| l.as_ref().err()).collect();
    let mut out = std::io::stdout().lock();
    if json {
        let unreadable: Vec<_> = bad
            .iter()
            .map(|e| {
                serde_json::json!({
                    "path": e.path.to_string_lossy(),
                    "error": e.message(words),
                })
            })
            .collect();
        let doc = serde_json::json!({ "sessions": good, "unreadable": unreadable });
        serde_json::to_writer_pretty(&mut out, &doc)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if good.is_empty() && bad.is_empty() {
        writeln!(
            out,
            "{}",
            words.no_sessions(&dir.root().display().to_string())
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut rows: Vec<Vec<String>> = vec![
        words
            .list_headings()
            .iter()
            .map(|h| (*h).to_owned())
            .collect(),
    ];
    for s in &good {
        rows.push(vec![
            s.opened_at.format("%Y-%m-%d %H:%M").to_string(),
            clip(&for_terminal_line(&s.title), 32),
            clip(&for_terminal_line(&s.circle), 20),
            words.format_name(s.format).to_owned(),
            words.rules_short(s.rules).to_owned(),
            s.participants.to_string(),
            s.items.to_string(),
            s.adopted.to_string(),
            words.session_status(s.status).to_owned(),
            for_terminal_line(&s.id).into_owned(),
        ]);
    }
    write_table(&mut out, &rows, &[5, 6, 7])?;
    // The shell's date; the count itself is the review core's, pure.
    let due = crate::review::overdue(good.iter().copied(), chrono::Local::now().date_naive());
    if !due.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", words.due_for_review(due.len()))?;
    }
    if !bad.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", words.unreadable_heading())?;
        for e in &bad {
            writeln!(out, "  {}", for_terminal_line(&e.message(words)))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes aligned columns; `right` lists the columns aligned right (numbers).
fn write_table(out: &mut impl Write, rows: &[Vec<String>], right: &[usize]) -> Result<()> {
    let columns = rows.first().map_or(0, Vec::len);
    let widths: Vec<usize> = (0..columns)
        .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = widths[c] - cell.width();
            if c > 0 {
                line.push_str("  ");
            }
            if right.contains(&c) {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            } else {
                line.push_str(cell);
                if c + 1 < columns {
                    line.push_str(&" ".repeat(pad));
                }
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

fn load(dir: &SessionsDir, id: &str, words: &dyn Words) -> Result<crate::meeting::Session> {
    let path = dir.find(id).map_err(|e| message(e.message(words)))?;
    let loaded = store::load(&path).map_err(|e| message(e.message(words)))?;
    Ok(loaded.session)
}

fn show(
    dir: &SessionsDir,
    id: &str,
    words: &dyn Words,
    minutes_lang: Option<Lang>,
) -> Result<ExitCode> {
    let session = load(dir, id, words)?;
    let lang = minutes_lang.unwrap_or(session.setup().lang);
    let text = minutes::markdown(&session, lang.words());
    let mut out = std::io::stdout().lock();
    out.write_all(for_terminal(&text).as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

fn export(
    dir: &SessionsDir,
    id: &str,
    format: ExportFormat,
    output: Option<&Path>,
    force: bool,
    words: &dyn Words,
    minutes_lang: Option<Lang>,
) -> Result<ExitCode> {
    let session = load(dir, id, words)?;
    let lang = minutes_lang.unwrap_or(session.setup().lang);
    let body = match format {
        ExportFormat::Markdown => minutes::markdown(&session, lang.words()),
        ExportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&minutes::export_json(&session))?;
            s.push('\n');
            s
        }
    };
    match output {
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(body.as_bytes())?;
        }
        Some(path) => {
            if path.exists() && !force {
                bail!(words.export_exists(&path.display().to_string()));
            }
            let folder = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp = tempfile::NamedTempFile::new_in(folder)
                .with_context(|| format!("{}", folder.display()))?;
            tmp.write_all(body.as_bytes())?;
            tmp.as_file().sync_all()?;
            tmp.persist(path)
                .with_context(|| format!("{}", path.display()))?;
            eprintln!("{}", words.export_written(&path.display().to_string()));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn check(dir: &SessionsDir, paths: &[PathBuf], words: &dyn Words) -> Result<ExitCode> {
    let roots: Vec<PathBuf> = if paths.is_empty() {
        vec![dir.root().to_path_buf()]
    } else {
        paths.to_vec()
    };
    let mut files = Vec::new();
    for root in &roots {
        if root.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(root)
                .with_context(|| root.display().to_string())?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "json")
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            found.sort();
            files.extend(found);
        } else {
            files.push(root.clone());
        }
    }
    let mut out = std::io::stdout().lock();
    if files.is_empty() {
        let where_: Vec<String> = roots.iter().map(|r| r.display().to_string()).collect();
        writeln!(out, "{}", words.check_nothing(&where_.join(", ")))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut bad = 0;
    for file in &files {
        let shown = for_terminal_line(&file.display().to_string()).into_owned();
        match store::load(file) {
            Ok(_) => writeln!(out, "{}", words.check_ok(&shown))?,
            Err(e) => {
                bad += 1;
                writeln!(
                    out,
                    "{}",
                    words.check_bad(&shown, &for_terminal_line(&e.message(words)))
                )?;
            }
        }
    }
    writeln!(out, "{}", words.check_summary(files.len(), bad))?;
    Ok(if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_choice() {
        let none = |_: &str| None;
        assert_eq!(choose_lang(Some("EN"), none).ok(), Some(Lang::En));
        assert!(choose_lang(Some("xx"), none).is_err());
        assert_eq!(choose_lang(Some("nl"), none).ok(), Some(Lang::Nl));
        let english = |k: &str| (k == "LANG").then(|| "en_GB.UTF-8".to_owned());
        assert_eq!(choose_lang(None, english).ok(), Some(Lang::En));
        assert_eq!(choose_lang(None, none).ok(), Some(Lang::En));
        for locale in ["nl_NL.UTF-8", "nl_BE", "nl", "nl_NL@euro", "NL_nl"] {
            let dutch = |k: &str| (k == "LANG").then(|| locale.to_owned());
            assert_eq!(choose_lang(None, dutch).ok(), Some(Lang::Nl), "{locale}");
        }
        for locale in ["C", "POSIX", "fr_FR.UTF-8", "de", "C.UTF-8"] {
            let other = |k: &str| (k == "LANG").then(|| locale.to_owned());
            assert_eq!(choose_lang(None, other).ok(), Some(Lang::En), "{locale}");
        }
        // --lang wins over the environment.
        let dutch = |k: &str| (k == "LANG").then(|| "nl_NL.UTF-8".to_owned());
        assert_eq!(choose_lang(Some("en"), dutch).ok(), Some(Lang::En));
    }

    #[test]
    fn locale_variables_follow_posix_precedence() {
        let vars = |all: &'static str, messages: &'static str, lang: &'static str| {
            move |k: &str| {
                let v = match k {
                    "LC_ALL" => all,
                    "LC_MESSAGES" => messages,
                    "LANG" => lang,
                    _ => "",
                };
                (!v.is_empty()).then(|| v.to_owned())
            }
        };
        assert_eq!(env_lang(vars("nl_NL.UTF-8", "en_US", "en_US")), Lang::Nl);
        assert_eq!(env_lang(vars("", "nl_BE", "en_US")), Lang::Nl);
        assert_eq!(env_lang(vars("", "", "nl_NL.UTF-8")), Lang::Nl);
        assert_eq!(env_lang(vars("C", "nl_BE", "nl_NL")), Lang::En);
    }

    #[test]
    fn an_unknown_language_is_named_with_the_known_ones() {
        let none = |_: &str| None;
        let error = choose_lang(Some("xx"), none).err().map(|e| e.to_string());
        assert_eq!(
            error.as_deref(),
            Some("unknown language 'xx': choose one of en, nl")
        );
        let dutch = |k: &str| (k == "LANG").then(|| "nl_NL.UTF-8".to_owned());
        let error = choose_lang(Some("xx"), dutch).err().map(|e| e.to_string());
        assert_eq!(
            error.as_deref(),
            Some("onbekende taal 'xx': kies uit en, nl")
        );
    }

    #[test]
    fn help_language_is_found_before_parsing() {
        let args = |list: &[&str]| -> Vec<OsString> { list.iter().map(OsString::from).collect() };
        let none = |_: &str| None;
        let dutch = |k: &str| (k == "LANG").then(|| "nl_NL.UTF-8".to_owned());
        assert_eq!(prescan_lang(&args(&["spanning", "--help"]), none), Lang::En);
        assert_eq!(
            prescan_lang(&args(&["spanning", "--help"]), dutch),
            Lang::Nl
        );
        assert_eq!(
            prescan_lang(&args(&["spanning", "list", "--lang", "nl", "-h"]), none),
            Lang::Nl
        );
        assert_eq!(
            prescan_lang(&args(&["spanning", "--lang=en", "--help"]), dutch),
            Lang::En
        );
        assert_eq!(
            prescan_lang(&args(&["spanning", "--lang", "xx", "--help"]), dutch),
            Lang::Nl
        );
        assert_eq!(
            prescan_lang(&args(&["spanning", "show", "--", "--lang", "nl"]), none),
            Lang::En
        );
    }

    #[test]
    fn every_argument_and_command_has_help_in_every_language() {
        fn walk(cmd: &clap::Command, lang: Lang, english: &clap::Command) {
            let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
            assert!(
                !about.trim().is_empty(),
                "{lang:?}: {} has no about",
                cmd.get_name()
            );
            if lang != Lang::En && cmd.get_name() != "spanning" {
                let en_about = english
                    .get_about()
                    .map(|a| a.to_string())
                    .unwrap_or_default();
                assert_ne!(
                    about,
                    en_about,
                    "{lang:?}: {} is not translated",
                    cmd.get_name()
                );
            }
            for arg in cmd.get_arguments() {
                let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
                assert!(
                    !help.trim().is_empty(),
                    "{lang:?}: {} {} has no help",
                    cmd.get_name(),
                    arg.get_id()
                );
                if lang != Lang::En {
                    let en_help = english
                        .get_arguments()
                        .find(|a| a.get_id() == arg.get_id())
                        .and_then(|a| a.get_help())
                        .map(|h| h.to_string());
                    assert_ne!(
                        Some(help),
                        en_help,
                        "{lang:?}: {} {} is not translated",
                        cmd.get_name(),
                        arg.get_id()
                    );
                }
            }
            for sub in cmd.get_subcommands() {
                let en_sub = english
                    .find_subcommand(sub.get_name())
                    .unwrap_or_else(|| panic!("{} missing in English", sub.get_name()));
                walk(sub, lang, en_sub);
            }
        }
        let english = command(Lang::En);
        for lang in Lang::ALL {
            walk(&command(lang), lang, &english);
        }
    }

    #[test]
    fn common_mistakes_are_read_from_clap() {
        let problem = |args: &[&str]| {
            command(Lang::En)
                .try_get_matches_from(args)
                .err()
                .and_then(|e| usage_problem(&e))
        };
        assert_eq!(
            problem(&["spanning", "export", "x", "--format", "pdf"]),
            Some(UsageProblem::InvalidValue {
                arg: "--format <FORMAT>".into(),
                value: "pdf".into(),
                valid: vec!["markdown".into(), "json".into()],
            })
        );
        assert_eq!(
            problem(&["spanning", "replay", "x", "--speed", "fast"]),
            Some(UsageProblem::InvalidValue {
                arg: "--speed <SPEED>".into(),
                value: "fast".into(),
                valid: vec![],
            })
        );
        assert_eq!(
            problem(&["spanning", "export", "x", "--format"]),
            Some(UsageProblem::MissingValue {
                arg: "--format <FORMAT>".into()
            })
        );
        assert_eq!(
            problem(&["spanning", "show"]),
            Some(UsageProblem::MissingArgument {
                args: vec!["<ID>".into()]
            })
        );
        assert_eq!(
            problem(&["spanning", "lisst"]),
            Some(UsageProblem::UnknownCommand {
                command: "lisst".into(),
                suggestion: Some("list".into())
            })
        );
        assert_eq!(
            problem(&["spanning", "list", "--jsn"]),
            Some(UsageProblem::UnknownArgument {
                arg: "--jsn".into(),
                suggestion: Some("--json".into())
            })
        );
        assert_eq!(problem(&["spanning", "--help"]), None);
        assert_eq!(problem(&["spanning", "--version"]), None);
    }

    #[test]
    fn help_speaks_the_chosen_language() {
        let dutch = command(Lang::Nl).render_long_help().to_string();
        for word in [
            "Gebruik:",
            "Opdrachten:",
            "Opties:",
            "Toon deze hulp",
            "sessiemap",
        ] {
            assert!(dutch.contains(word), "{word} missing in:\n{dutch}");
        }
        assert!(
            !dutch.contains("Usage:") && !dutch.contains("Print help"),
            "{dutch}"
        );
        assert!(dutch.contains("spanning [OPTIES] [OPDRACHT]"), "{dutch}");
        let mut cmd = command(Lang::Nl);
        for name in [
            "new", "resume", "list", "show", "export", "check", "review", "replay", "help",
        ] {
            let sub = cmd
                .find_subcommand_mut(name)
                .map(|c| c.render_long_help().to_string())
                .unwrap_or_default();
            assert!(sub.contains(&format!("Gebruik: spanning {name}")), "{sub}");
            for english in ["Usage:", "[OPTIONS]", "Options:", "Arguments:", "Commands:"] {
                assert!(!sub.contains(english), "{english} in {name}:\n{sub}");
            }
        }
        let english = command(Lang::En).render_long_help().to_string();
        assert!(
            english.contains("Usage:") && english.contains("Print help"),
            "{english}"
        );
    }

    #[test]
    fn the_previous_meeting_of_a_circle_offers_its_people() {
        let dir = tempfile::tempdir().expect("temp dir");
        let sessions = SessionsDir::new(dir.path());
        let opened = |day: u32, circle: &str, people: &[&str]| {
            let at = DateTime::parse_from_rfc3339(&format!("2026-11-{day:02}T10:00:00+01:00"))
                .expect("time");
            let setup = Setup {
                title: "Weekly".into(),
                circle: circle.into(),
                lang: Lang::En,
                format: MeetingFormat::Governance,
                rules: RuleSet::Integrative,
                opened_at: at,
                participants: people.iter().map(|p| Participant::named(*p)).collect(),
                facilitator: PersonId(0),
                secretary: None,
                timebox_minutes: None,
                tactical_lists: Default::default(),
            };
            let session = Session::open(setup).expect("valid");
            let id = store::stem(session.setup(), day as u16);
            std::fs::write(
                dir.path().join(format!("{id}.json")),
                store::session_bytes(&id, &session),
            )
            .expect("write");
        };
        opened(1, "Team Alpha", &["Ana", "Bram"]);
        opened(8, "Team Alpha", &["Ana", "Bram", "Chen"]);
        opened(9, "Kring Zuid", &["Zoë"]);
        let names = |s: Option<Session>| -> Vec<String> {
            s.map(|s| {
                s.setup()
                    .participants
                    .iter()
                    .map(|p| p.name.clone())
                    .collect()
            })
            .unwrap_or_default()
        };
        assert_eq!(
            names(previous_meeting(&sessions, Some("team alpha"))),
            ["Ana", "Bram", "Chen"]
        );
        assert_eq!(names(previous_meeting(&sessions, None)), ["Zoë"]);
        assert!(previous_meeting(&sessions, Some("Nobody")).is_none());
    }

    #[test]
    fn clipping_counts_display_columns() {
        assert_eq!(clip("short", 10), "short");
        let clipped = clip("Vergadering 🙂🙂🙂🙂🙂🙂", 14);
        assert!(clipped.width() <= 14, "{clipped}");
        assert!(clipped.ends_with('…'));
    }
}
