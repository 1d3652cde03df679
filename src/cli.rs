//! The command line: parses arguments (clap) and runs the non-interactive
//! commands over the sessions folder. Interactive commands hand over to the
//! terminal UI. Everything printed from a session file goes through the
//! terminal sanitizer, because a session file is untrusted input.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand, ValueEnum};
use unicode_width::UnicodeWidthStr;

use chrono::{DateTime, FixedOffset};

use crate::meeting::{
    Command, MeetingFormat, Participant, PersonId, RuleSet, Session, Setup, parse_minutes,
};
use crate::minutes;
use crate::sanitize::{for_terminal, for_terminal_line};
use crate::store::{self, LoadError, SessionStatus, SessionSummary, SessionsDir};
use crate::text::en::cli::help;
use crate::text::{Lang, Words};
use crate::tui::{
    self, HomeChoice, HomeData, HomeEntry, Persist, SetupDefaults, ThemeChoice, TuiOptions,
};

/// Arguments of `spanning`.
#[derive(Debug, Parser)]
#[command(name = "spanning", version, about = help::ABOUT, long_about = help::LONG_ABOUT)]
pub struct Cli {
    /// Where the session files are.
    #[arg(long, global = true, value_name = "DIR", env = "SPANNING_SESSIONS_DIR", help = help::SESSIONS_DIR)]
    pub sessions_dir: Option<PathBuf>,
    /// Language of screens and messages.
    #[arg(long, global = true, value_name = "LANG", help = help::LANG)]
    pub lang: Option<String>,
    /// What to do; nothing opens the home screen.
    #[command(subcommand)]
    pub command: Option<Cmd>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Cmd {
    /// Start a new meeting.
    #[command(about = help::NEW)]
    New(NewArgs),
    /// Continue an unfinished meeting.
    #[command(about = help::RESUME)]
    Resume {
        /// Which session.
        #[arg(help = help::RESUME_ID)]
        id: Option<String>,
    },
    /// List sessions.
    #[command(about = help::LIST)]
    List {
        /// JSON output.
        #[arg(long, help = help::JSON)]
        json: bool,
    },
    /// Print minutes.
    #[command(about = help::SHOW)]
    Show {
        /// Which session.
        #[arg(help = help::ID)]
        id: String,
    },
    /// Export minutes or JSON.
    #[command(about = help::EXPORT)]
    Export {
        /// Which session.
        #[arg(help = help::ID)]
        id: String,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ExportFormat::Markdown, help = help::EXPORT_FORMAT)]
        format: ExportFormat,
        /// Output file.
        #[arg(short = 'o', long = "output", value_name = "FILE", help = help::OUTPUT)]
        output: Option<PathBuf>,
        /// Overwrite the output file.
        #[arg(long, help = help::FORCE)]
        force: bool,
    },
    /// Validate session files.
    #[command(about = help::CHECK)]
    Check {
        /// Files or folders.
        #[arg(help = help::CHECK_PATHS)]
        paths: Vec<PathBuf>,
    },
    /// Browse past sessions.
    #[command(about = help::REVIEW)]
    Review,
    /// Replay a session.
    #[command(about = help::REPLAY)]
    Replay {
        /// Which session.
        #[arg(help = help::ID)]
        id: String,
        /// Playback speed.
        #[arg(long, default_value_t = 1, help = help::SPEED)]
        speed: u32,
    },
}

/// Options of `spanning new`; anything missing is asked on the setup screen.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct NewArgs {
    /// Title.
    #[arg(long, help = help::TITLE)]
    pub title: Option<String>,
    /// Circle.
    #[arg(long, help = help::CIRCLE)]
    pub circle: Option<String>,
    /// Participants, comma-separated.
    #[arg(long, help = help::PARTICIPANTS)]
    pub participants: Option<String>,
    /// Facilitator's name.
    #[arg(long, help = help::FACILITATOR)]
    pub facilitator: Option<String>,
    /// Secretary's name.
    #[arg(long, help = help::SECRETARY)]
    pub secretary: Option<String>,
    /// Meeting length.
    #[arg(long, help = help::TIMEBOX)]
    pub timebox: Option<String>,
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// Minutes for people.
    Markdown,
    /// Normalised JSON for tools.
    Json,
}

/// Picks the language: `--lang`, else the locale environment (LC_ALL,
/// LC_MESSAGES, LANG, in POSIX precedence), else English.
pub fn choose_lang(flag: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Result<Lang> {
    if let Some(code) = flag {
        return Lang::from_code(code).ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            anyhow::anyhow!(Lang::En.words().unknown_lang(code, &known.join(", ")))
        });
    }
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = env(var).filter(|v| !v.is_empty()) {
            let code = value.split(['_', '.', '@']).next().unwrap_or("");
            return Ok(Lang::from_code(code).unwrap_or(Lang::En));
        }
    }
    Ok(Lang::En)
}

/// Runs a parsed command line; returns the process exit code.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let lang = choose_lang(cli.lang.as_deref(), |k| std::env::var(k).ok())?;
    let words = lang.words();
    let dir = SessionsDir::new(SessionsDir::resolve(cli.sessions_dir.clone()));
    match cli.command {
        Some(Cmd::List { json }) => list(&dir, json, words),
        Some(Cmd::Show { id }) => show(&dir, &id, words),
        Some(Cmd::Export {
            id,
            format,
            output,
            force,
        }) => export(&dir, &id, format, output.as_deref(), force, words),
        Some(Cmd::Check { paths }) => check(&dir, &paths, words),
        Some(Cmd::Review) => not_built("review", words),
        Some(Cmd::Replay { .. }) => not_built("replay", words),
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
}

fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

fn home(dir: &SessionsDir, lang: Lang) -> Result<ExitCode> {
    let listed = dir.list();
    let entry = |s: &SessionSummary| HomeEntry {
        title: s.title.clone(),
        circle: s.circle.clone(),
        opened_at: s.opened_at,
        items: s.items,
        path: s.path.clone(),
    };
    let good: Vec<&SessionSummary> = listed.iter().filter_map(|l| l.as_ref().ok()).collect();
    let data = HomeData {
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
    };
    match tui::run_home(data)? {
        HomeChoice::New => new_meeting(dir, &NewArgs::default(), lang),
        HomeChoice::Resume(path) => resume(dir, &path, lang),
        HomeChoice::Quit => Ok(ExitCode::SUCCESS),
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
            format: MeetingFormat::Governance,
            rules: RuleSet::Integrative,
            opened_at,
            participants,
            facilitator: PersonId(facilitator as u32),
            secretary: secretary.map(|s| PersonId(s as u32)),
            timebox_minutes: timebox,
        }
    } else {
        let defaults = SetupDefaults {
            title: args.title.clone().unwrap_or_default(),
            circle,
            participants: participants.clone(),
            facilitator,
            secretary,
            timebox_minutes: timebox,
            lang,
            opened_at,
            theme: ThemeChoice::Default,
        };
        match tui::run_setup(defaults)? {
            Some(setup) => setup,
            None => {
                eprintln!("{}", words.setup_cancelled());
                return Ok(ExitCode::SUCCESS);
            }
        }
    };
    let mut session = Session::open(setup).map_err(|p| anyhow::anyhow!(words.setup_problem(&p)))?;
    session
        .execute(&Command::StartCheckIn, now())
        .map_err(|r| anyhow::anyhow!(words.refusal(&r)))?;
    let open = dir
        .create(&session)
        .map_err(|e| message(e.message(words)))?;
    run_meeting(session, open, lang)
}

/// The most recent readable session, of this circle if one is named.
fn previous_meeting(dir: &SessionsDir, circle: Option<&str>) -> Option<Session> {
    let wanted = circle.map(|c| c.trim().to_lowercase());
    dir.list()
        .into_iter()
        .filter_map(Result::ok)
        .find(|s| {
            wanted
                .as_ref()
                .is_none_or(|w| s.circle.trim().to_lowercase() == *w)
        })
        .and_then(|s| store::load(&s.path).ok())
        .map(|loaded| loaded.session)
}

fn resume(dir: &SessionsDir, path: &Path, lang: Lang) -> Result<ExitCode> {
    let words = lang.words();
    let (open, session) = dir
        .open_for_writing(path)
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

/// Runs the meeting screen over an open session file, then says where the
/// session is and how to continue it.
fn run_meeting(session: Session, open: store::OpenSession, lang: Lang) -> Result<ExitCode> {
    let words = lang.words();
    let path = open.path().to_path_buf();
    let id = open.id().to_owned();
    let sink = StoreSink { open, lang };
    let options = TuiOptions {
        saved_to: Some(path.display().to_string()),
        ..TuiOptions::default()
    };
    tui::run(session, Box::new(sink), options)?;
    eprintln!("{}", words.saved_to(&path.display().to_string()));
    if let Ok(loaded) = store::load(&path)
        && !loaded.session.state().is_closed()
    {
        eprintln!("{}", words.resume_hint(&id));
    }
    Ok(ExitCode::SUCCESS)
}

fn not_built(command: &str, words: &dyn Words) -> Result<ExitCode> {
    eprintln!("{}", words.not_built_yet(command));
    Ok(ExitCode::from(2))
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
            s.participants.to_string(),
            s.items.to_string(),
            s.adopted.to_string(),
            words.session_status(s.status).to_owned(),
            for_terminal_line(&s.id).into_owned(),
        ]);
    }
    write_table(&mut out, &rows, &[4, 5, 6])?;
    if !bad.is_empty() {
        writeln!(out)?;
        writeln!(out, "{}", words.unreadable_heading())?;
        for e in &bad {
            writeln!(out, "  {}", for_terminal_line(&e.message(words)))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Shortens to `max` columns with an ellipsis, by display width.
fn clip(text: &str, max: usize) -> String {
    if text.width() <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if out.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) + 1 > max {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
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
    let path = dir
        .find(id)
        .map_err(|e| anyhow::anyhow!(for_terminal(&e.message(words)).into_owned()))?;
    let loaded = store::load(&path)
        .map_err(|e| anyhow::anyhow!(for_terminal(&e.message(words)).into_owned()))?;
    Ok(loaded.session)
}

fn show(dir: &SessionsDir, id: &str, words: &dyn Words) -> Result<ExitCode> {
    let session = load(dir, id, words)?;
    let text = minutes::markdown(&session, words);
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
) -> Result<ExitCode> {
    let session = load(dir, id, words)?;
    let body = match format {
        ExportFormat::Markdown => minutes::markdown(&session, words),
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
        let english = |k: &str| (k == "LANG").then(|| "en_GB.UTF-8".to_owned());
        assert_eq!(choose_lang(None, english).ok(), Some(Lang::En));
        assert_eq!(choose_lang(None, none).ok(), Some(Lang::En));
    }

    #[test]
    fn clipping_counts_display_columns() {
        assert_eq!(clip("short", 10), "short");
        let clipped = clip("Vergadering 🙂🙂🙂🙂🙂🙂", 14);
        assert!(clipped.width() <= 14, "{clipped}");
        assert!(clipped.ends_with('…'));
    }
}
