//! Dutch words for the sessions folder.

use crate::text::io::IoWords;
use std::path::Path;

use super::Dutch;
use crate::meeting::SessionLoadProblem;
use crate::store::{
    Abandoned, LoadError, LoadErrorKind, LockFound, LockHolder, MAX_FILE_BYTES, ResolveError,
    SessionStatus, SpecialFile, StoreError,
};
use crate::text::{EngineWords, StoreWords};

/// Says the file was left alone, so people dare to inspect or restore it.
const UNCHANGED: &str = "spanning heeft er niets aan veranderd";

impl StoreWords for Dutch {
    fn load_error(&self, error: &LoadError) -> String {
        let file = error.path.display();
        match &error.kind {
            LoadErrorKind::NotFound => format!(
                "Kan {file} niet openen: dat bestand bestaat niet. Controleer de naam, of bekijk de sessies met `spanning list`."
            ),
            LoadErrorKind::PermissionDenied => format!(
                "Kan {file} niet lezen: geen toestemming. Controleer de rechten op het bestand, of vraag het aan wie het beheert."
            ),
            LoadErrorKind::Unreadable { detail } => {
                let detail = self.os_detail(detail);
                format!("Kan {file} niet lezen: {detail}.")
            }
            LoadErrorKind::NotAFile { kind } => format!(
                "{file} is {}, geen sessiebestand: spanning leest alleen gewone bestanden en heeft het dus niet geopend. Haal het uit de sessiemap, of geef het een naam die niet op .json eindigt.",
                match kind {
                    SpecialFile::Fifo => "een named pipe (FIFO)",
                    SpecialFile::Device => "een apparaat (zoals een terminal)",
                    SpecialFile::Socket => "een socket",
                    SpecialFile::Directory => "een map",
                    SpecialFile::Other => "geen gewoon bestand",
                }
            ),
            LoadErrorKind::TooLarge { bytes } => format!(
                "{file} is te groot voor een sessie ({} MiB; spanning leest tot {} MiB). Controleer of dit het goede bestand is.",
                bytes.div_ceil(1024 * 1024),
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            LoadErrorKind::Empty => format!(
                "{file} is leeg en bevat dus geen sessie. Zet een reservekopie terug of verwijder het."
            ),
            LoadErrorKind::Truncated { line, column } => format!(
                "{file} houdt te vroeg op (bij regel {line}, kolom {column}): het bestand is afgekapt, misschien door een kopie die niet afkwam. Zet een reservekopie terug; {UNCHANGED}."
            ),
            LoadErrorKind::NotJson {
                line,
                column,
                detail,
            } => format!(
                "{file} is geen sessie van spanning: het is geen geldige JSON ({detail} bij regel {line}, kolom {column}). Haal het uit de sessiemap."
            ),
            LoadErrorKind::Foreign => format!(
                "{file} is wel JSON, maar geen sessie van spanning (\"format\": \"spanning-session\" ontbreekt). Haal het uit de sessiemap."
            ),
            LoadErrorKind::NewerVersion { found } => format!(
                "{file} is geschreven door een nieuwere spanning (bestandsversie {found}; deze spanning leest tot en met versie {}). Werk spanning bij om het te openen.",
                crate::store::FORMAT_VERSION
            ),
            LoadErrorKind::BadVersion { found } => {
                let found = if found.is_empty() {
                    "geen".to_owned()
                } else {
                    found.clone()
                };
                format!(
                    "{file} heeft een ongeldige bestandsversie ({found}); versies beginnen bij 1. Het bestand is beschadigd; zet een reservekopie terug ({UNCHANGED})."
                )
            }
            LoadErrorKind::Invalid {
                line,
                column,
                detail,
            } => format!(
                "{file} is een beschadigd sessiebestand: {detail} (regel {line}, kolom {column}). Herstel die plek met de hand of zet een reservekopie terug; {UNCHANGED}."
            ),
            LoadErrorKind::NoOffset {
                line,
                field,
                entry,
                time,
            } => {
                let place = match entry {
                    Some(seq) => format!("\"{field}\" van gebeurtenis {seq}"),
                    None => format!("\"{field}\""),
                };
                format!(
                    "{file} bevat een tijd zonder UTC-verschil: {place} op regel {line} is {time}, dus welk moment het is, is onbekend. Voeg het verschil met de hand toe, schrijf het bijvoorbeeld als {time}+01:00 (of {time}Z voor UTC); {UNCHANGED}."
                )
            }
            LoadErrorKind::JournalGap { after } => format!(
                "{file} is het journaal van een lopende vergadering, maar de regels sluiten niet aan op het sessiebestand (ze springen vooruit na regel {after}): het hoort bij een andere kopie van de sessie. Haal het uit de sessiemap om de sessie te openen zoals die het laatst volledig is opgeslagen; {UNCHANGED}."
            ),
            LoadErrorKind::JournalNotAFile => format!(
                "{file} zou het journaal van een lopende vergadering moeten zijn, maar is geen gewoon bestand (een map, een pipe of een apparaat). Haal het weg; {UNCHANGED}."
            ),
            LoadErrorKind::Inconsistent(SessionLoadProblem::Setup(problem)) => format!(
                "{file} beschrijft een vergadering die nooit had kunnen beginnen: {} Herstel de opzet met de hand of zet een reservekopie terug; {UNCHANGED}.",
                self.setup_problem(problem)
            ),
            LoadErrorKind::Inconsistent(SessionLoadProblem::Log(problem)) => format!(
                "{file} heeft een kapot logboek: {}. Herstel het logboek met de hand of zet een reservekopie terug; {UNCHANGED}.",
                self.log_problem(problem)
            ),
        }
    }

    fn store_error(&self, error: &StoreError) -> String {
        match error {
            StoreError::Locked { path, holder } => {
                let who = match holder {
                    Some(h) => {
                        let since = h
                            .since
                            .map(|t| format!(", sinds {}", t.format("%H:%M")))
                            .unwrap_or_default();
                        format!("een andere spanning (pid {} op {}{since})", h.pid, h.host)
                    }
                    None => "een andere spanning".to_owned(),
                };
                let id = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                format!(
                    "{}: {who} heeft deze sessie open en is de enige die haar mag schrijven. Sluit haar daar, of volg haar alleen-lezen: spanning replay {id}, spanning show {id} of de verkenner, spanning review.",
                    path.display()
                )
            }
            StoreError::StrangeLock { path, found } => {
                let what = match found {
                    LockFound::Directory => "een map",
                    LockFound::Symlink => "een symbolische koppeling",
                    LockFound::Special => "een speciaal bestand (geen gewoon bestand)",
                };
                format!(
                    "{} hoort het vergrendelbestand van deze sessie te zijn, maar is {what}; spanning maakt dat nooit, dus iemand of iets anders deed het. Verwijder het (zolang het er staat heeft geen spanning de sessie open) en probeer het opnieuw.",
                    path.display()
                )
            }
            StoreError::Symlink { path } => format!(
                "{} is een symbolische koppeling; spanning schrijft niet via koppelingen, zodat het nooit ongemerkt een bestand elders overschrijft. Kopieer het echte bestand naar de sessiemap en gebruik dat.",
                path.display()
            ),
            StoreError::CreateDir { path, detail } => {
                let detail = self.os_detail(detail);
                format!(
                    "Kan de sessiemap {} niet aanmaken: {detail}. Kies een andere map met --sessions-dir.",
                    path.display()
                )
            }
            StoreError::Write { path, detail } => {
                let detail = self.os_detail(detail);
                format!(
                    "Kan {} niet opslaan: {detail}. De laatst opgeslagen versie is heel; maak ruimte vrij of herstel de rechten en probeer het opnieuw.",
                    path.display()
                )
            }
            StoreError::Lock { path, detail } => {
                let detail = self.os_detail(detail);
                format!(
                    "Kan {} niet vergrendelen: {detail}. Controleer of er in de sessiemap geschreven mag worden.",
                    path.display()
                )
            }
            StoreError::NoFreeName { dir } => format!(
                "Geen vrije bestandsnaam te vinden in {}; te veel sessies van deze cirkel in dezelfde minuut. Probeer het over een minuut opnieuw.",
                dir.display()
            ),
            StoreError::Load(e) => self.load_error(e),
        }
    }

    fn resolve_error(&self, error: &ResolveError) -> String {
        match error {
            ResolveError::Unknown { id, dir } => format!(
                "Geen sessie \"{id}\" in {}. Bekijk de sessies met `spanning list`.",
                dir.display()
            ),
            ResolveError::Ambiguous { id, candidates } => format!(
                "\"{id}\" past op {} sessies: {}. Typ meer van de ID.",
                candidates.len(),
                candidates.join(", ")
            ),
            ResolveError::NothingOpen { dir } => format!(
                "Er staat in {} geen sessie open om mee verder te gaan. Begin er een met `spanning new`, of bekijk ze met `spanning list`.",
                dir.display()
            ),
        }
    }

    fn recovered_stale_lock(&self, path: &Path, holder: Option<&LockHolder>) -> String {
        let who = match holder {
            Some(h) => format!(" (pid {} op {})", h.pid, h.host),
            None => String::new(),
        };
        format!(
            "{} is de vorige keer niet netjes afgesloten{who}; er is niets verloren dat al was opgeslagen, en de vergadering gaat verder vanaf de laatst vastgelegde gebeurtenis.",
            path.display()
        )
    }

    fn take_over_question(&self, path: &Path, holder: &LockHolder, why: Abandoned) -> String {
        let since = holder
            .since
            .map(|t| format!(", sinds {}", t.format("%H:%M")))
            .unwrap_or_default();
        let (state, action) = match why {
            Abandoned::Gone => ("is gestopt, maar zijn slot is er nog", "Zijn slot weghalen"),
            Abandoned::NoTerminal => (
                "heeft zijn terminal verloren (het venster is gesloten of de verbinding verbroken), dus niemand kan hem nog gebruiken",
                "Hem stoppen (alles wat hij vastlegde is bewaard)",
            ),
        };
        format!(
            "{}: de spanning die deze sessie open heeft (pid {} op {}{since}) {state}. {action} en de vergadering hier voortzetten? [j/N] ",
            path.display(),
            holder.pid,
            holder.host
        )
    }

    fn take_over_agreed(&self, answer: &str) -> bool {
        matches!(answer.trim().to_lowercase().as_str(), "j" | "ja")
    }

    fn temp_copy_question(&self, copy: &Path, session: &Path, more: usize) -> String {
        let entries = if more == 1 { "regel" } else { "regels" };
        format!(
            "{}: een kopie van deze sessie met {more} {entries} meer staat in de tijdelijke map op {} (daar achtergelaten toen de sessie niet bewaard kon worden). Terugzetten in de sessiemap? [j/N] ",
            session.display(),
            copy.display()
        )
    }

    fn temp_copy_moved(&self, session: &Path) -> String {
        format!("De kopie is teruggezet: {}", session.display())
    }

    fn temp_copy_left(&self, copy: &Path) -> String {
        format!(
            "Een langere kopie van deze sessie blijft in de tijdelijke map staan op {}; de volgende `spanning` of `spanning resume` biedt aan hem terug te zetten",
            copy.display()
        )
    }

    fn temp_copy_refused(&self, copy: &Path, session: &Path) -> String {
        format!(
            "Niet teruggezet: {} is nu langer dan de kopie of anders, en wordt nooit overschreven. De kopie blijft staan op {}",
            session.display(),
            copy.display()
        )
    }

    fn session_status(&self, status: SessionStatus) -> &'static str {
        match status {
            SessionStatus::Open => "open",
            SessionStatus::Closed => "gesloten",
        }
    }
}
