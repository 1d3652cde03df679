//! Nederlandse woorden voor verkiezingen.

use chrono::{DateTime, FixedOffset};

use super::Dutch;
use crate::meeting::{
    ElectionAction, ElectionField, ElectionRefusal, Event, IdmStep, MeetingState, Term,
};
use crate::text::election::{ElectionHeading, ElectionWords};
use crate::text::join_names;

impl ElectionWords for Dutch {
    fn election_step(&self, step: IdmStep) -> &'static str {
        match step {
            IdmStep::DescribeRole => "rol en termijn beschrijven",
            IdmStep::Nominations => "nominaties",
            IdmStep::NominationSharing => "nominatieronde",
            IdmStep::NominationChanges => "nominaties wijzigen",
            IdmStep::ProposeCandidate => "kandidaat voorstellen",
            _ => "",
        }
    }

    fn sharing_round(&self) -> &'static str {
        "nominatieronde"
    }

    fn election_action(&self, action: ElectionAction) -> &'static str {
        match action {
            ElectionAction::AddElection => "een verkiezing aanvragen",
            ElectionAction::DescribeRole => "de rol en termijn beschrijven",
            ElectionAction::OpenNominations => "naar de nominaties gaan",
            ElectionAction::Nominate => "een nominatie invoeren",
            ElectionAction::OpenNominationSharing => "de nominatieronde starten",
            ElectionAction::OpenNominationChanges => "naar het wijzigen van nominaties gaan",
            ElectionAction::ChangeNomination => "een nominatie wijzigen",
            ElectionAction::OpenCandidateProposal => "naar het voorstellen van een kandidaat gaan",
            ElectionAction::ProposeCandidate => "een kandidaat voorstellen",
        }
    }

    fn election_field(&self, field: ElectionField) -> &'static str {
        match field {
            ElectionField::RoleDescription => "rolbeschrijving",
            ElectionField::TermNote => "toelichting op de termijn",
        }
    }

    fn election_refusal(&self, refusal: &ElectionRefusal) -> String {
        match refusal {
            ElectionRefusal::NotInFormat => {
                "Dit soort overleg kent geen verkiezingen: kies in een rolverleg.".to_owned()
            }
            ElectionRefusal::ElectionFirst { role } => format!(
                "De verkiezing van “{role}” gaat voor: behandel (of verwijder) die eerst."
            ),
            ElectionRefusal::NoRoleDescription => {
                "Beschrijf eerst de rol en de termijn.".to_owned()
            }
            ElectionRefusal::TermOutOfRange { max } => {
                format!("Een termijn is 1 tot {max} maanden; de rest kan in de toelichting.")
            }
            ElectionRefusal::BallotsMissing { waiting } => format!(
                "Nog niet alle nominaties zijn binnen: {} {} nog niet genomineerd.",
                join_names(waiting, "en"),
                if waiting.len() == 1 { "heeft" } else { "hebben" }
            ),
            ElectionRefusal::NoBallot { name } => {
                format!("{name} heeft geen nominatie om te wijzigen.")
            }
            ElectionRefusal::SameNominee { name } => {
                format!("Die nominatie is al {name}: kies iemand anders, of laat haar staan.")
            }
            ElectionRefusal::NotLeading { name, leaders } => format!(
                "{name} heeft niet de meeste nominaties; stel {} voor (bij gelijke stand kiest de gespreksleider uit de koplopers).",
                join_names(leaders, "of")
            ),
            ElectionRefusal::NoNominations => {
                "Er zijn geen nominaties om uit te kiezen.".to_owned()
            }
            ElectionRefusal::NoCandidate => {
                "Stel eerst een kandidaat voor, dan volgt de bezwaarronde.".to_owned()
            }
            ElectionRefusal::SameCandidacy => {
                "Die kandidaat en termijn liggen al voor: pas de termijn aan of stel iemand anders voor.".to_owned()
            }
            ElectionRefusal::CandidacyNotText => {
                "Bij een verkiezing is het voorstel een kandidaat: pas de termijn aan of stel iemand anders voor.".to_owned()
            }
        }
    }

    fn election_event(&self, event: &Event, state: &MeetingState) -> String {
        let name = |p| state.name(p).to_owned();
        match event {
            Event::RoleDescribed { .. } => "de rol en termijn".to_owned(),
            Event::Nominated { voter, .. } => format!("de nominatie van {}", name(*voter)),
            Event::NominationChanged { voter, nominee } => {
                format!("de wijziging van {} naar {}", name(*voter), name(*nominee))
            }
            Event::CandidateProposed { candidate, .. } => {
                format!("{} als kandidaat", name(*candidate))
            }
            _ => String::new(),
        }
    }

    fn term(&self, term: &Term, from: DateTime<FixedOffset>) -> String {
        let months = if term.months == 1 {
            "1 maand".to_owned()
        } else {
            format!("{} maanden", term.months)
        };
        let mut text = match term.ends(from) {
            Some(end) => format!("{months} (tot {})", end.format("%d-%m-%Y")),
            None => months,
        };
        if let Some(note) = &term.note {
            text.push_str(&format!("; {note}"));
        }
        text
    }

    fn tie_rule(&self) -> &'static str {
        "Bij gelijke stand: de gespreksleider stelt een van de koplopers voor; de gelijke stand wordt vastgelegd."
    }

    fn election_tag(&self) -> &'static str {
        "verkiezing"
    }

    fn has_nominated(&self, voter: &str) -> String {
        format!("✓ {voter} heeft genomineerd")
    }

    fn not_nominated(&self, voter: &str) -> String {
        format!("· {voter} heeft nog niet genomineerd")
    }

    fn ballots_in(&self, entered: usize, needed: usize) -> String {
        format!("{entered} van {needed} nominaties binnen; verborgen tot alle binnen zijn")
    }

    fn all_ballots_in(&self, needed: usize) -> String {
        format!("alle {needed} nominaties binnen; druk n om ze te tonen en te delen")
    }

    fn ballot(&self, voter: &str, nominee: &str) -> String {
        format!("{voter} nomineerde {nominee}")
    }

    fn change(&self, voter: &str, from: &str, to: &str) -> String {
        format!("{voter} wijzigde van {from} naar {to}")
    }

    fn tally(&self, nominee: &str, count: u32) -> String {
        if count == 1 {
            format!("{nominee}: 1 nominatie")
        } else {
            format!("{nominee}: {count} nominaties")
        }
    }

    fn tie(&self, names: &[String]) -> String {
        format!(
            "Gelijke stand tussen {}: de gespreksleider stelt een van hen voor.",
            join_names(names, "en")
        )
    }

    fn candidacy(&self, version: u32, candidate: &str, term: &str) -> String {
        format!("v{version}: {candidate}, {term}")
    }

    fn asked_last(&self, candidate: &str) -> String {
        format!("{candidate} (de kandidaat) komt als laatste aan de beurt")
    }

    fn elected(&self, person: &str, role: &str, term: &str) -> String {
        format!("{person} gekozen als {role} voor {term}")
    }

    fn election_adopted(&self, version: &str, time: &str) -> String {
        format!("Verkiezing; kandidatuur {version} aangenomen om {time}:")
    }

    fn ballots_not_shared(&self, count: usize) -> String {
        if count == 1 {
            "1 nominatie ingevoerd, niet gedeeld".to_owned()
        } else {
            format!("{count} nominaties ingevoerd, niet gedeeld")
        }
    }

    fn ballot_corrections(&self, count: u32) -> String {
        if count == 1 {
            "1 nominatie gecorrigeerd voor het delen".to_owned()
        } else {
            format!("{count} nominaties gecorrigeerd voor het delen")
        }
    }

    fn election_heading(&self, which: ElectionHeading) -> &'static str {
        match which {
            ElectionHeading::Role => "Rol",
            ElectionHeading::Term => "Termijn",
            ElectionHeading::Ballots => "Nominaties",
            ElectionHeading::Changes => "Gewijzigde nominaties",
            ElectionHeading::NoChanges => "Geen nominaties gewijzigd",
            ElectionHeading::Tally => "Telling",
            ElectionHeading::Candidacies => "Voorgesteld",
            ElectionHeading::Elected => "Gekozen",
            ElectionHeading::ElectedAll => "Verkiezingen",
        }
    }
}
