//! Commands that run a meeting: the home screen, `new`, `resume`, and the
//! store sink that saves after every entry.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};

use chrono::{DateTime, FixedOffset};

use super::{NewArgs, message};
use crate::meeting::{
    MeetingFormat, Participant, PersonId, RuleSet, Session, Setup, parse_minutes,
};
use crate::sanitize::{for_terminal, path_for_terminal};
use crate::store::{self, SessionStatus, SessionSummary, SessionsDir};
use crate::text::{Lang, Words};
use crate::tui::{
    self, HomeChoice, HomeData, HomeEntry, Look, Persist, SetupDefaults, ThemeChoice, TuiOptions,
};

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

    fn followers(&mut self) -> usize {
        let dir = self.open.path().parent().unwrap_or(Path::new("."));
        store::presence::count(dir, self.open.id())
    }

    fn save_elsewhere(&mut self, target: &Path, session: &Session) -> Result<PathBuf, String> {
        self.open
            .save_elsewhere(target, session)
            .map(|()| self.open.path().to_path_buf())
            .map_err(|e| e.message(self.lang.words()))
    }

    fn keep_draft(&mut self, draft: Option<&str>) -> Result<(), String> {
        let path = draft_path(self.open.path());
        match draft {
            // Written beside and renamed over, so a draft is whole or absent.
            Some(json) => {
                let partial = path.with_extension("draft-partial");
                std::fs::write(&partial, json)
                    .and_then(|()| std::fs::rename(&partial, &path))
                    .map_err(|e| {
                        let _ = std::fs::remove_file(&partial);
                        e.to_string()
                    })
            }
            None => match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.to_string()),
                _ => Ok(()),
            },
        }
    }

    fn kept_draft(&mut self) -> Option<String> {
        // A draft is a few kilobytes; anything far larger is not ours.
        let path = draft_path(self.open.path());
        let size = std::fs::symlink_metadata(&path).ok()?;
        (size.is_file() && size.len() <= 4 << 20)
            .then(|| std::fs::read_to_string(&path).ok())
            .flatten()
    }
}

/// Where the text typed in a dialog is kept when a meeting is left with
/// Ctrl-C: `.<stem>.draft` beside the session, hidden like its lock, so
/// lists never take it for a session.
fn draft_path(session: &Path) -> PathBuf {
    let stem = session
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    session.with_file_name(format!(".{stem}.draft"))
}

pub(super) fn now() -> DateTime<FixedOffset> {
    chrono::Local::now().fixed_offset()
}

pub(super) fn home(dir: &SessionsDir, lang: Lang, look: Look) -> Result<ExitCode> {
    offer_temp_copies(dir, lang.words());
    loop {
        // The folder is read on a worker so the screen shows at once; with
        // a thousand sessions reading takes a few hundred milliseconds.
        let (tx, rx) = std::sync::mpsc::channel();
        let reader = dir.clone();
        std::thread::spawn(move || {
            // The screen may be gone already (a quick `n`); nothing to do then.
            let _ = tx.send(home_data(&reader, lang, look.theme));
        });
        let placeholder = HomeData {
            folder: dir.root().display().to_string(),
            unfinished: Vec::new(),
            recent: Vec::new(),
            unreadable: 0,
            lang,
            theme: look.theme,
            due_reviews: 0,
            git: None,
        };
        match tui::run_home(placeholder, Some(rx))? {
            HomeChoice::New => return new_meeting(dir, &NewArgs::default(), lang, look),
            HomeChoice::Resume(path) => return resume(dir, &path, lang, look),
            // Browsing is looking back; leaving it returns home.
            HomeChoice::Browse => tui::review::run_review(dir, lang, look.theme)?,
            HomeChoice::Quit => return Ok(ExitCode::SUCCESS),
        }
    }
}

pub(super) fn home_data(dir: &SessionsDir, lang: Lang, theme: ThemeChoice) -> HomeData {
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
        theme,
        // The shell's date; which agreements are due is the review core's.
        due_reviews: crate::record::overdue(
            good.iter().copied(),
            chrono::Local::now().date_naive(),
        )
        .len(),
        git: super::sync::home_git(dir, &good),
    }
}

/// Finds a name among participants (ignoring case and diacritics: `eva`
/// is Ëva) or says who is there.
pub(super) fn person_index(name: &str, people: &[Participant], words: &dyn Words) -> Result<usize> {
    crate::meeting::fold::name_index(people.iter().map(|p| p.name.as_str()), name).ok_or_else(
        || {
            let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
            anyhow::anyhow!(words.not_a_participant(name, &names.join(", ")))
        },
    )
}

pub(super) fn new_meeting(
    dir: &SessionsDir,
    args: &NewArgs,
    lang: Lang,
    look: Look,
) -> Result<ExitCode> {
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
    // Colleagues' sessions first: the previous meeting's people and lists
    // below are then this week's, whoever facilitated last week.
    let pulled = super::sync::offer_pull(dir, words);
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
    // Who the setup screen marked absent (read and checked there).
    let mut from_screen = None;
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
            clock_starts: crate::meeting::ClockStart::CheckIn,
            offered: Vec::new(),
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
            theme: look.theme,
            rules,
            absent: args.absent.clone().unwrap_or_default(),
        };
        match tui::run_setup(defaults)? {
            Some((setup, absent)) => {
                from_screen = Some(absent);
                setup
            }
            None => {
                if !tui::terminal::hung_up() {
                    eprintln!("{}", words.setup_cancelled());
                }
                return Ok(ExitCode::SUCCESS);
            }
        }
    };
    // Checked first, so a mistyped name costs nothing: no file is made.
    let absent = match (from_screen, &args.absent) {
        (Some(absent), _) => absent,
        (None, Some(text)) => crate::meeting::absent::parse_absent(text, &setup.participants)
            .map_err(|p| message(words.absent_problem(&p)))?,
        (None, None) => Vec::new(),
    };
    // Checked before the file is created: without a terminal the meeting
    // cannot run, and an empty unfinished session would be left behind.
    if !terminal_available() {
        bail!(words.new_needs_terminal());
    }
    let mut setup = setup;
    // The session opens when the setup is confirmed, not when the form
    // appeared; it opens on the ready-to-start screen, and the meeting
    // clock starts only when the facilitator starts the check-in there.
    setup.opened_at = now();
    let remembered = remember_lists(dir, &mut setup);
    crate::record::offer::offer_to(dir, &mut setup);
    let mut session = Session::open(setup).map_err(|p| anyhow::anyhow!(words.setup_problem(&p)))?;
    // Absent from the start: recorded as the opening screen's `x` would.
    for a in absent {
        let at = session.setup().opened_at;
        session
            .execute(
                &crate::meeting::Command::SetPresence {
                    person: a.person,
                    present: false,
                    reason: a.reason,
                },
                at,
            )
            .map_err(|r| message(words.refusal(&r)))?;
    }
    let open = dir
        .create(&session)
        .map_err(|e| message(e.message(words)))?;
    let remembered = remembered.map(|r| {
        words.remembered_from(
            &r.from,
            r.lists.checklist.len(),
            r.lists.metrics.len(),
            r.lists.progress.len(),
        )
    });
    let status = match (pulled, remembered) {
        (Some(pulled), Some(remembered)) => Some(format!("{pulled} {remembered}")),
        (pulled, remembered) => pulled.or(remembered),
    };
    run_meeting_with(session, open, lang, status, look)
}

/// Whether a full-screen meeting can run here: output to a terminal, and
/// keys from one (standard input, or the controlling terminal as the
/// terminal library falls back to).
fn terminal_available() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal()
        && (std::io::stdin().is_terminal()
            || std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open("/dev/tty")
                .is_ok())
}

/// `--format`'s value: the file-name token of a format, any case, or its
/// Dutch name (`rolverleg`, `werkoverleg`).
pub(super) fn parse_format(text: &str) -> Option<MeetingFormat> {
    let given = text.trim().to_lowercase();
    match given.as_str() {
        "rolverleg" => return Some(MeetingFormat::Governance),
        "werkoverleg" => return Some(MeetingFormat::Tactical),
        _ => {}
    }
    [MeetingFormat::Governance, MeetingFormat::Tactical]
        .into_iter()
        .find(|f| store::format_token(*f) == given)
}

/// A tactical meeting starts with the checklist, metrics and projects of
/// its circle's previous tactical meeting; says where they came from.
pub(super) fn remember_lists(dir: &SessionsDir, setup: &mut Setup) -> Option<store::Remembered> {
    if setup.format != MeetingFormat::Tactical || !setup.tactical_lists.is_empty() {
        return None;
    }
    let remembered = store::remembered_lists(dir, &setup.circle)?;
    setup.tactical_lists = remembered.lists.clone();
    Some(remembered)
}

/// A `--rules` value: the names the session file uses, any case, or the
/// Dutch `integratief` (consent is the same word in both).
pub(super) fn parse_rules(given: &str) -> Option<RuleSet> {
    match given.trim().to_lowercase().as_str() {
        "integrative" | "integratief" => Some(RuleSet::Integrative),
        "consent" => Some(RuleSet::Consent),
        _ => None,
    }
}

/// The most recent readable session, of this circle if one is named.
/// File names start with the opening time and carry the circle's slug, so
/// this reads files newest first and stops at the first match instead of
/// loading the whole folder (`spanning new` must open at once).
pub(super) fn previous_meeting(dir: &SessionsDir, circle: Option<&str>) -> Option<Session> {
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

pub(super) fn resume(dir: &SessionsDir, path: &Path, lang: Lang, look: Look) -> Result<ExitCode> {
    let words = lang.words();
    let (mut open, session) = match dir.open_for_writing(path) {
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
    // Said on the terminal and again on the meeting's first status line:
    // after a kill the terminal may still be on the killed spanning's
    // screen, which the meeting clears as it starts.
    let recovered = open.recovered_stale_lock().then(|| {
        eprintln!(
            "{}",
            for_terminal(&words.recovered_stale_lock(open.path(), open.stale_holder()))
        );
        let meeting_words = session.setup().lang.words();
        crate::sanitize::for_terminal_line(
            &meeting_words.recovered_stale_lock(open.path(), open.stale_holder()),
        )
        .into_owned()
    });
    let copy = store::temp_copy_path(open.id());
    let session = if copy != open.path()
        && store::continuing_copy(open.path(), &session).is_none()
        && std::fs::symlink_metadata(&copy).is_ok_and(|m| m.is_file())
        && store::load(&copy).is_ok()
    {
        // A copy of this session that no longer continues it: the file
        // moved on (or differs), and is never overwritten by the copy.
        eprintln!(
            "{}",
            for_terminal(&words.temp_copy_refused(&copy, open.path()))
        );
        session
    } else {
        offer_temp_copy(&mut open, session, words)
    };
    let meeting_lang = session.setup().lang;
    run_meeting_with(session, open, meeting_lang, recovered, look)
}

/// Whether the person at the terminal agrees to `question` (asked on
/// stderr, answered on stdin); `None` without a person to answer.
fn ask(question: &str, words: &dyn Words) -> Option<bool> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return None;
    }
    let mut err = std::io::stderr();
    write!(err, "{}", for_terminal(question))
        .and_then(|()| err.flush())
        .ok()?;
    let mut answer = String::new();
    std::io::stdin().read_line(&mut answer).ok()?;
    Some(words.take_over_agreed(&answer))
}

/// When leaving a meeting with a full disk left a copy in the temporary
/// folder that continues this session, says where it is and offers to
/// move it back; returns the session to continue with.
fn offer_temp_copy(open: &mut store::OpenSession, session: Session, words: &dyn Words) -> Session {
    let Some(copy) = store::continuing_copy(open.path(), &session) else {
        return session;
    };
    let question = words.temp_copy_question(&copy.path, open.path(), copy.more);
    match ask(&question, words) {
        Some(true) => match open.take_back(&session, &copy) {
            Ok(()) => {
                eprintln!("{}", for_terminal(&words.temp_copy_moved(open.path())));
                return copy.session;
            }
            Err(_) => {
                eprintln!(
                    "{}",
                    for_terminal(&words.temp_copy_refused(&copy.path, open.path()))
                );
            }
        },
        Some(false) => eprintln!("{}", for_terminal(&words.temp_copy_left(&copy.path))),
        // Nobody to ask: say where the copy is, and leave both.
        None => eprintln!("{}", for_terminal(&words.temp_copy_left(&copy.path))),
    }
    session
}

/// On the start of the home screen: offers, for each unfinished session
/// with a longer copy in the temporary folder, to move the copy back.
fn offer_temp_copies(dir: &SessionsDir, words: &dyn Words) {
    let Ok(paths) = dir.session_paths() else {
        return;
    };
    for path in paths {
        let Some(id) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        if std::fs::symlink_metadata(store::temp_copy_path(&id)).is_err() {
            continue;
        }
        let Ok(loaded) = store::load(&path) else {
            continue;
        };
        if store::continuing_copy(&path, &loaded.session).is_none() {
            continue;
        }
        // Opened (and locked) for the move; the file is read again under
        // the lock, so a meeting saved meanwhile is never overwritten.
        match dir.open_for_writing(&path) {
            Ok((mut open, session)) => {
                let _ = offer_temp_copy(&mut open, session, words);
            }
            Err(e) => eprintln!("{}", for_terminal(&e.message(words))),
        }
    }
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

/// Runs the meeting screen over an open session file, with a first status
/// line when there is something to say as it opens, then says where the
/// session is and how to continue it.
pub(super) fn run_meeting_with(
    session: Session,
    open: store::OpenSession,
    lang: Lang,
    status: Option<String>,
    look: Look,
) -> Result<ExitCode> {
    let words = lang.words();
    let path = open.path().to_path_buf();
    let id = open.id().to_owned();
    let sink = StoreSink { open, lang };
    // The governance view reads the record as the folder held it when the
    // meeting opened: folded once, in the background, never per frame.
    let governance = path.parent().map(|folder| {
        let folder = if folder.as_os_str().is_empty() {
            std::path::Path::new(".")
        } else {
            folder
        };
        tui::govview::RecordAtStart::fold_in_background(
            SessionsDir::new(folder),
            &id,
            session.setup().opened_at,
        )
    });
    let options = TuiOptions {
        saved_to: Some(path.display().to_string()),
        status,
        governance,
        theme: look.theme,
        large_text: look.large_text,
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
    eprintln!("{}", words.saved_to(&path_for_terminal(&path)));
    match store::load(&path) {
        Ok(loaded) if !loaded.session.state().is_closed() => {
            eprintln!("{}", for_terminal(&words.resume_hint(&id)));
        }
        // Closed: offered to colleagues through git, when the folder is in it.
        Ok(_) => super::sync::offer_share(&path, words),
        Err(_) => {}
    }
    Ok(ExitCode::SUCCESS)
}
