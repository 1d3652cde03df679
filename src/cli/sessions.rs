//! Commands over the sessions folder that never change a session:
//! `list`, `show`, `export`, `check`, `replay`, and `generate` for an empty
//! folder.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use unicode_width::UnicodeWidthStr;

use super::{MinutesFormat, message};
use crate::minutes;
use crate::record::governance::{self, Adopted};
use crate::sanitize::{for_terminal, for_terminal_line, json_for_terminal, path_for_terminal};
use crate::store::{self, LoadError, SessionSummary, SessionsDir};
use crate::text::{IoDoing, Lang, Words, clip};
use crate::tui::{self};

/// Fills an empty (or new) folder with synthetic sessions: a quarter Dutch,
/// one in ten left unfinished, sizes spread between the bounds. Refuses a
/// folder that already holds sessions, so a team's real folder is never
/// mixed with generated ones.
pub(super) fn generate(
    dir: &SessionsDir,
    count: usize,
    (min, max): (usize, usize),
    seed: u64,
    words: &dyn Words,
) -> Result<ExitCode> {
    if dir.session_paths().is_ok_and(|p| !p.is_empty()) {
        bail!(words.generate_refused(&path_for_terminal(dir.root())));
    }
    let root = path_for_terminal(dir.root());
    std::fs::create_dir_all(dir.root())
        .with_context(|| words.io_doing(IoDoing::CreateFolder, &root))?;
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
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut file| file.write_all(&store::session_bytes(&id, &session)))
            .with_context(|| words.io_doing(IoDoing::WriteFile, &path_for_terminal(&path)))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `spanning replay ID --speed X`: checks the speed before the terminal
/// is taken over, so a typo gets a plain message. Asking for a speed means
/// "play it": the replay starts playing; without one it opens paused at
/// the start, for a trainer who steps through it.
pub(super) fn replay(
    dir: &SessionsDir,
    id: &str,
    speed: Option<u32>,
    words: &dyn Words,
    lang: Lang,
    look: tui::Look,
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
    tui::review::run_replay(
        loaded.session,
        &path,
        chosen,
        speed.is_some(),
        lang,
        look.theme,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// `spanning follow`: the session named, or the newest unfinished one,
/// followed read-only until the follower leaves. The follower is counted
/// on the facilitator's screen while it follows.
pub(super) fn follow(
    dir: &SessionsDir,
    id: Option<&str>,
    words: &'static dyn Words,
    look: tui::Look,
) -> Result<ExitCode> {
    let path = match id {
        Some(id) => dir.find(id).map_err(|e| message(e.message(words)))?,
        None => match dir.latest_open() {
            Ok(summary) => summary.path,
            Err(store::ResolveError::NothingOpen { dir }) => {
                return Err(message(words.nothing_to_follow(&path_for_terminal(&dir))));
            }
            Err(e) => return Err(message(e.message(words))),
        },
    };
    let tail = store::tail::Tail::open(&path).map_err(|e| message(e.message(words)))?;
    // Not being counted never stops anyone from following.
    let presence = store::presence::Presence::announce(dir.root(), tail.id(), 1).ok();
    tui::follow::run_follow(tail, presence, words, look.theme)?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn list(dir: &SessionsDir, json: bool, words: &dyn Words) -> Result<ExitCode> {
    let listed = dir.list();
    // Buffered: a line per session was a `write` call per session (10,000
    // for a big folder); one flush at the end reports an error the same.
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let code = write_list(&mut out, dir, &listed, json, words)?;
    out.flush()?;
    Ok(code)
}

/// What `list` prints for the sessions `listed` in `dir`.
fn write_list(
    out: &mut impl Write,
    dir: &SessionsDir,
    listed: &[store::Listed],
    json: bool,
    words: &dyn Words,
) -> Result<ExitCode> {
    let good: Vec<&SessionSummary> = listed.iter().filter_map(|l| l.as_ref().ok()).collect();
    let bad: Vec<&LoadError> = listed.iter().filter_map(|l| l.as_ref().err()).collect();
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
        let text = serde_json::to_string_pretty(&doc)?;
        writeln!(out, "{}", json_for_terminal(&text))?;
        return Ok(ExitCode::SUCCESS);
    }
    if good.is_empty() && bad.is_empty() {
        writeln!(out, "{}", words.no_sessions(&path_for_terminal(dir.root())))?;
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
            // A tactical meeting decides nothing, so it has no rule set.
            if s.format == crate::meeting::MeetingFormat::Tactical {
                "–".to_owned()
            } else {
                words.rules_short(s.rules).to_owned()
            },
            s.participants.to_string(),
            s.items.to_string(),
            s.adopted.to_string(),
            words.session_status(s.status).to_owned(),
            for_terminal_line(&s.id).into_owned(),
        ]);
    }
    write_table(out, &rows, &[5, 6, 7])?;
    // The shell's date; the count itself is the review core's, pure.
    let due = crate::record::overdue(good.iter().copied(), chrono::Local::now().date_naive());
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
pub(super) fn write_table(
    out: &mut impl Write,
    rows: &[Vec<String>],
    right: &[usize],
) -> Result<()> {
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

pub(super) fn load(
    dir: &SessionsDir,
    id: &str,
    words: &dyn Words,
) -> Result<crate::meeting::Session> {
    let path = dir.find(id).map_err(|e| message(e.message(words)))?;
    let loaded = store::load(&path).map_err(|e| message(e.message(words)))?;
    Ok(loaded.session)
}

pub(super) fn show(
    dir: &SessionsDir,
    id: &str,
    words: &dyn Words,
    minutes_lang: Option<Lang>,
) -> Result<ExitCode> {
    use std::io::IsTerminal;
    let session = load(dir, id, words)?;
    let lang = minutes_lang.unwrap_or(session.setup().lang);
    let text = minutes::markdown(&session, lang.words());
    // The minutes hold every text again: let the session go before the
    // terminal-safe copy is made, so a session at the limits stays well
    // within memory.
    drop(session);
    let mut out = std::io::stdout().lock();
    // On a terminal the minutes are laid out for reading there; piped
    // (`show ID > minutes.md`, `| less`) or with NO_COLOR they stay the
    // Markdown they are, so every pipe keeps working.
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    if out.is_terminal() && !no_color {
        let width = ratatui::crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w));
        let safe = for_terminal(&text);
        out.write_all(minutes::for_reading(&safe, width).as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    // Line by line: the sanitizer works on a copy of its input as
    // characters (four bytes each), which for whole minutes at the limits
    // cost four times their size.
    for line in text.split_inclusive('\n') {
        out.write_all(for_terminal(line).as_bytes())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether `path` holds a session (ours by its format marker near the
/// start), whatever its name: an export must never replace one.
fn is_session_file(path: &Path) -> bool {
    use std::io::Read;
    // Only a regular file is read: opening a FIFO would block.
    if !std::fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::with_capacity(4096);
    if file.take(4096).read_to_end(&mut head).is_err() {
        return false;
    }
    let marker = format!("\"{}\"", store::FORMAT_MARKER);
    String::from_utf8_lossy(&head).contains(&marker)
}

pub(super) fn export(
    dir: &SessionsDir,
    id: &str,
    format: MinutesFormat,
    output: Option<&Path>,
    force: bool,
    words: &dyn Words,
    minutes_lang: Option<Lang>,
) -> Result<ExitCode> {
    let session = load(dir, id, words)?;
    let lang = minutes_lang.unwrap_or(session.setup().lang);
    let body = match format {
        MinutesFormat::Markdown => minutes::markdown(&session, lang.words()),
        MinutesFormat::Html => {
            let md = minutes::markdown(&session, lang.words());
            let title = for_terminal_line(&session.setup().title).into_owned();
            minutes::html(&md, &title, lang.code(), lang.words())
        }
        MinutesFormat::Text => minutes::plain_text(&minutes::markdown(&session, lang.words())),
        MinutesFormat::Json => {
            let mut s = serde_json::to_string_pretty(&minutes::export_json(&session))?;
            s.push('\n');
            s
        }
        MinutesFormat::Ics => {
            let calendar = minutes::ics(&session, lang.words());
            if calendar.events == 0 {
                eprintln!("{}", words.calendar_empty());
            }
            calendar.text
        }
    };
    drop(session);
    match output {
        None => {
            // To the terminal: Markdown, HTML and text lose what could
            // drive it; JSON keeps every character, escaped (the same
            // document, parsed); the calendar's texts are sanitized as it
            // is written, and its CRLF line ends must stay.
            let shown = match format {
                MinutesFormat::Markdown | MinutesFormat::Html | MinutesFormat::Text => {
                    for_terminal(&body)
                }
                MinutesFormat::Json => json_for_terminal(&body),
                MinutesFormat::Ics => std::borrow::Cow::Borrowed(body.as_str()),
            };
            let mut out = std::io::stdout().lock();
            out.write_all(shown.as_bytes())?;
        }
        Some(path) => {
            if is_session_file(path) {
                bail!(words.export_over_session(&for_terminal_line(&path.display().to_string())));
            }
            if path.exists() && !force {
                bail!(words.export_exists(&path_for_terminal(path)));
            }
            let folder = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let shown = path_for_terminal(path);
            let writing = || words.io_doing(IoDoing::WriteFile, &shown);
            let mut tmp = tempfile::NamedTempFile::new_in(folder).with_context(writing)?;
            tmp.write_all(body.as_bytes()).with_context(writing)?;
            // A replaced file keeps its mode; a new one gets what the
            // umask allows, as any program's new file would (the
            // temporary file is private until then).
            let _ = store::give_mode(tmp.path(), path);
            tmp.as_file().sync_all().with_context(writing)?;
            tmp.persist(path)
                .map_err(|e| e.error)
                .with_context(|| words.io_doing(IoDoing::ReplaceFile, &shown))?;
            eprintln!("{}", words.export_written(&path_for_terminal(path)));
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn check(dir: &SessionsDir, paths: &[PathBuf], words: &dyn Words) -> Result<ExitCode> {
    let roots: Vec<PathBuf> = if paths.is_empty() {
        vec![dir.root().to_path_buf()]
    } else {
        paths.to_vec()
    };
    // Each file with the folder it was found in, so the governance record
    // of each folder can be folded from the files as they are checked.
    let mut files: Vec<(Option<usize>, PathBuf)> = Vec::new();
    for (r, root) in roots.iter().enumerate() {
        if root.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(root)
                .with_context(|| words.io_doing(IoDoing::ReadFolder, &path_for_terminal(root)))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    p.extension().is_some_and(|e| e == "json")
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            found.sort();
            files.extend(found.into_iter().map(|f| (Some(r), f)));
        } else {
            files.push((None, root.clone()));
        }
    }
    // Journals nothing reads: noted, never removed (check only reads).
    let journals: Vec<String> = roots
        .iter()
        .flat_map(|root| {
            if root.is_dir() {
                store::stray_journals(root).unwrap_or_default()
            } else {
                store::stray_beside(root).into_iter().collect()
            }
        })
        .map(|stray| journal_note(&stray, words))
        .collect();
    let mut out = std::io::stdout().lock();
    if files.is_empty() {
        let where_: Vec<String> = roots
            .iter()
            .map(|r| path_for_terminal(r))
            .collect::<Vec<String>>();
        writeln!(out, "{}", words.check_nothing(&where_.join(", ")))?;
        for note in journals {
            writeln!(out, "{}", for_terminal_line(&note))?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let mut bad = 0;
    let mut adopted: Vec<Vec<Adopted>> = vec![Vec::new(); roots.len()];
    // Read on every core, reported in the order of the files; only what
    // the governance check needs is kept of each session.
    let checked = store::parallel::map_in_order(files.len(), |i| {
        store::load(&files[i].1).map(|loaded| Adopted::of(&loaded.id, &loaded.session))
    });
    for ((root, file), checked) in files.iter().zip(checked) {
        let shown = path_for_terminal(file);
        match checked {
            Ok(one) => {
                writeln!(out, "{}", words.check_ok(&shown))?;
                if let Some(r) = root {
                    adopted[*r].push(one);
                }
            }
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
    // Files that load can still disagree: two meetings held apart that
    // changed the same role or policy. Import entries are checked too.
    let mut conflicts = 0;
    let mut bad_entries = 0;
    let mut notes = Vec::new();
    for (root, adopted) in roots.iter().zip(adopted) {
        if !root.is_dir() {
            continue;
        }
        let mut problems = Vec::new();
        let (record, _) =
            governance::fold_adopted(&SessionsDir::new(root), adopted, |_| true, &mut problems);
        for p in &problems {
            bad_entries += 1;
            notes.push(p.message(words));
        }
        conflicts += record.conflicts.len();
        if !record.conflicts.is_empty() {
            notes.push(words.check_conflicts(record.conflicts.len()));
            notes.extend(
                record
                    .conflicts
                    .iter()
                    .map(|c| format!("  {}", words.conflict(c))),
            );
        }
        if !record.not_applied.is_empty() {
            notes.push(words.check_not_applied(record.not_applied.len()));
            notes.extend(
                record
                    .not_applied
                    .iter()
                    .map(|c| format!("  {}", words.conflict(c))),
            );
        }
    }
    writeln!(out, "{}", words.check_summary(files.len(), bad))?;
    for note in notes.into_iter().chain(journals) {
        writeln!(out, "{}", for_terminal_line(&note))?;
    }
    Ok(if bad == 0 && bad_entries == 0 && conflicts == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// `check`'s note on a journal nothing reads, with the command that
/// deletes it.
fn journal_note(stray: &store::StrayJournal, words: &dyn Words) -> String {
    let journal = path_for_terminal(&stray.journal);
    let session = path_for_terminal(&stray.session);
    let delete = delete_command(&stray.journal);
    match stray.kind {
        store::StrayKind::Stale => words.check_stale_journal(&journal, &session, delete.as_deref()),
        store::StrayKind::NoSession => {
            words.check_lone_journal(&journal, &session, delete.as_deref())
        }
    }
}

/// The shell command that deletes the file at `path`, quoted so that it
/// names exactly that file; `None` when the path cannot be shown on a
/// terminal as it is (a command that named another file would be worse
/// than none).
fn delete_command(path: &Path) -> Option<String> {
    let text = path.to_str()?;
    if for_terminal_line(text) != text {
        return None;
    }
    let plain = |c: char| c.is_ascii_alphanumeric() || "._-/+,:@%".contains(c);
    let quoted = if !text.is_empty() && text.chars().all(plain) {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    };
    Some(if cfg!(windows) {
        format!("del \"{text}\"")
    } else {
        format!("rm -- {quoted}")
    })
}
