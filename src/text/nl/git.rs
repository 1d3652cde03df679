//! Nederlandse woorden voor sessies in git.

use chrono::NaiveDate;

use super::Dutch;
use crate::meeting::MeetingFormat;
use crate::store::git::{Committed, GitProblem, Pulled, Pushed, Status};
use crate::text::git::message_parts;
use crate::text::{GitWords, MinutesWords, WorkWords};

fn aantal(n: usize, een: &str, meer: &str) -> String {
    if n == 1 {
        format!("1 {een}")
    } else {
        format!("{n} {meer}")
    }
}

impl GitWords for Dutch {
    fn git_home(&self, status: &Status, unshared: usize) -> String {
        let mut out = match &status.branch {
            Some(branch) => format!("git: branch {branch}"),
            None => "git: geen branch uitgecheckt (detached HEAD)".to_owned(),
        };
        match (&status.upstream, status.ahead_behind) {
            (Some(upstream), Some((0, 0))) => {
                out.push_str(&format!(" · gelijk met {upstream} (laatste fetch)"));
            }
            (Some(upstream), Some((ahead, behind))) => {
                let mut parts = Vec::new();
                if ahead > 0 {
                    parts.push(format!("{ahead} voor"));
                }
                if behind > 0 {
                    parts.push(format!("{behind} achter"));
                }
                out.push_str(&format!(
                    " · {} op {upstream} (laatste fetch)",
                    parts.join(", ")
                ));
            }
            (Some(upstream), None) => {
                out.push_str(&format!(" · {upstream} nog niet opgehaald"));
            }
            (None, _) if status.branch.is_some() => out.push_str(" · geen remote branch"),
            (None, _) => {}
        }
        if unshared > 0 {
            out.push_str(&format!(
                " · {} niet gecommit",
                aantal(unshared, "bestand", "bestanden")
            ));
        }
        out
    }

    fn pull_question(&self, upstream: &str) -> String {
        format!(
            "De sessiemap staat in git. Eerst de sessies van collega's binnenhalen van {upstream} (git pull --ff-only)? [J/n] "
        )
    }

    fn share_question(&self, message: &str, upstream: Option<&str>) -> String {
        match upstream {
            Some(upstream) => format!(
                "Deze sessie in git committen als „{message}” en pushen naar {upstream}? [J/n] "
            ),
            None => format!("Deze sessie in git committen als „{message}”? [J/n] "),
        }
    }

    fn pulling(&self, upstream: &str) -> String {
        format!("Binnenhalen van {upstream}…")
    }

    fn agreed_by_default(&self, answer: &str) -> bool {
        matches!(
            answer.trim().to_lowercase().as_str(),
            "" | "j" | "ja" | "y" | "yes"
        )
    }

    fn pulled(&self, pulled: &Pulled) -> String {
        match pulled {
            Pulled::UpToDate { upstream } => format!("Gelijk met {upstream}."),
            Pulled::FastForwarded {
                upstream,
                commits,
                new_files,
            } => format!(
                "{} binnengehaald van {upstream} ({} in de sessiemap).",
                aantal(*commits as usize, "commit", "commits"),
                aantal(*new_files, "nieuw bestand", "nieuwe bestanden")
            ),
        }
    }

    fn committed(&self, committed: &Committed) -> String {
        match committed {
            Committed::Made { message, files } => format!(
                "Gecommit: „{message}” ({}).",
                aantal(*files, "bestand", "bestanden")
            ),
            Committed::Nothing => "Was al gecommit.".to_owned(),
        }
    }

    fn pushed(&self, pushed: &Pushed) -> String {
        match pushed {
            Pushed::Sent { upstream, commits } => format!(
                "{} gepusht naar {upstream}.",
                aantal(*commits as usize, "commit", "commits")
            ),
            Pushed::Nothing { upstream } => format!("{upstream} heeft alle commits al."),
        }
    }

    fn git_problem(&self, problem: &GitProblem) -> String {
        match problem {
            GitProblem::NotInstalled => {
                "git is niet geïnstalleerd, dus de sessies blijven alleen in deze map.".to_owned()
            }
            GitProblem::NotARepo => {
                "De sessiemap staat niet in een git-repository: er valt niets te synchroniseren. Zet hem erin met git init of git clone.".to_owned()
            }
            GitProblem::Detached => {
                "git heeft geen branch uitgecheckt (detached HEAD): check een branch uit om sessies te delen.".to_owned()
            }
            GitProblem::NoUpstream { branch } => format!(
                "Branch {branch} heeft geen remote branch om mee te delen: stel er eenmalig een in met git push -u origin {branch}."
            ),
            GitProblem::Unreachable { upstream, detail } => format!(
                "{upstream} is niet bereikbaar (offline, of de remote is verplaatst); git meldt „{detail}”."
            ),
            GitProblem::Auth { upstream } => format!(
                "{upstream} vraagt om een wachtwoord of sleutel, en spanning vraagt daar nooit om: doe één keer git fetch in een terminal (of stel een credential helper of SSH-agent in)."
            ),
            GitProblem::Diverged {
                upstream,
                ahead,
                behind,
            } if *ahead > 0 || *behind > 0 => format!(
                "Deze computer en {upstream} hebben allebei nieuwe commits ({ahead} hier, {behind} daar) en spanning voegt nooit samen: breng ze samen met git pull --rebase en doe dan spanning sync."
            ),
            GitProblem::Diverged { upstream, .. } => format!(
                "Deze computer en {upstream} hebben allebei nieuwe commits en spanning voegt nooit samen: breng ze samen met git pull --rebase en doe dan spanning sync."
            ),
            GitProblem::InTheWay { files } => format!(
                "Binnenhalen zou wijzigingen overschrijven die hier niet gecommit zijn ({}): commit of verplaats ze en haal dan opnieuw binnen.",
                files.join(", ")
            ),
            GitProblem::Rejected {
                upstream,
                behind: true,
            } => format!(
                "{upstream} weigerde de push: iemand anders pushte eerst. Haal eerst binnen (git pull --rebase; spanning voegt nooit samen) en doe dan spanning sync."
            ),
            GitProblem::Rejected {
                upstream,
                behind: false,
            } => format!(
                "{upstream} weigerde de push: doe git push in een terminal om te zien waarom."
            ),
            GitProblem::Ignored { files } => format!(
                "git negeert {} (een .gitignore noemt het), dus het is niet gecommit.",
                files.join(", ")
            ),
            GitProblem::NoIdentity => {
                "git weet niet wie je bent: stel git config user.name en user.email in en doe dan spanning sync.".to_owned()
            }
            GitProblem::TimedOut { step, seconds } => {
                format!("git {step} duurde langer dan {seconds} s en is gestopt.")
            }
            GitProblem::Failed { step, detail } => format!("git {step} mislukte; git meldt „{detail}”."),
        }
    }

    fn not_pulled(&self, problem: &str) -> String {
        format!(
            "Sessies van collega's niet binnengehaald: {problem} We gaan verder met de sessies op deze computer."
        )
    }

    fn not_pushed(&self, problem: &str) -> String {
        format!("Hier gecommit, niet gepusht: {problem}")
    }

    fn commit_message(
        &self,
        title: &str,
        circle: &str,
        day: NaiveDate,
        format: MeetingFormat,
    ) -> String {
        let title = if title.trim().is_empty() {
            crate::text::capitalise(self.format_name(format))
        } else {
            title.to_owned()
        };
        message_parts(&[&title, circle, &self.day(day)])
    }

    fn changes_commit_message(&self, count: usize) -> String {
        format!(
            "{} tussen vergaderingen",
            crate::text::capitalise(&aantal(count, "statuswijziging", "statuswijzigingen"))
        )
    }

    fn nothing_to_commit(&self) -> &'static str {
        "Niets nieuws van spanning om te committen."
    }

    fn unfinished_not_committed(&self, count: usize) -> String {
        format!(
            "{} pas gecommit als {} gesloten {}.",
            crate::text::capitalise(&aantal(
                count,
                "onafgeronde vergadering wordt",
                "onafgeronde vergaderingen worden"
            )),
            if count == 1 { "hij" } else { "ze" },
            if count == 1 { "is" } else { "zijn" }
        )
    }
}
