//! English words for elections.

use chrono::{DateTime, FixedOffset};

use super::English;
use crate::meeting::{
    ElectionAction, ElectionField, ElectionRefusal, Event, IdmStep, MeetingState, Term,
};
use crate::text::election::{ElectionHeading, ElectionWords};
use crate::text::join_names;

impl ElectionWords for English {
    fn election_step(&self, step: IdmStep) -> &'static str {
        match step {
            IdmStep::DescribeRole => "describe the role and term",
            IdmStep::Nominations => "nominations",
            IdmStep::NominationSharing => "nomination sharing round",
            IdmStep::NominationChanges => "change nominations",
            IdmStep::ProposeCandidate => "propose a candidate",
            _ => "",
        }
    }

    fn sharing_round(&self) -> &'static str {
        "nomination sharing round"
    }

    fn election_action(&self, action: ElectionAction) -> &'static str {
        match action {
            ElectionAction::AddElection => "asking for an election",
            ElectionAction::DescribeRole => "describing the role and term",
            ElectionAction::OpenNominations => "moving on to the nominations",
            ElectionAction::Nominate => "entering a nomination",
            ElectionAction::OpenNominationSharing => "starting the nomination sharing round",
            ElectionAction::OpenNominationChanges => "moving on to changing nominations",
            ElectionAction::ChangeNomination => "changing a nomination",
            ElectionAction::OpenCandidateProposal => "moving on to proposing a candidate",
            ElectionAction::ProposeCandidate => "proposing a candidate",
        }
    }

    fn election_field(&self, field: ElectionField) -> &'static str {
        match field {
            ElectionField::RoleDescription => "role description",
            ElectionField::TermNote => "note on the term",
        }
    }

    fn election_refusal(&self, refusal: &ElectionRefusal) -> String {
        match refusal {
            ElectionRefusal::NotInFormat => {
                "This meeting format holds no elections: elect in a governance meeting.".to_owned()
            }
            ElectionRefusal::ElectionFirst { role } => format!(
                "The election of \"{role}\" goes first: process it (or remove it) before other items."
            ),
            ElectionRefusal::NoRoleDescription => {
                "Describe the role and the term first.".to_owned()
            }
            ElectionRefusal::TermOutOfRange { max } => {
                format!("A term is 1 to {max} months; add anything else as a note.")
            }
            ElectionRefusal::BallotsMissing { waiting } => format!(
                "Not all ballots are in: {} {} not nominated yet.",
                join_names(waiting, "and"),
                if waiting.len() == 1 { "has" } else { "have" }
            ),
            ElectionRefusal::NoBallot { name } => {
                format!("{name} has no nomination to change.")
            }
            ElectionRefusal::SameNominee { name } => {
                format!("That nomination is already {name}: choose another nominee, or leave it.")
            }
            ElectionRefusal::NotLeading { name, leaders } => format!(
                "{name} does not have the most nominations; propose {} (tie rule: on a tie the facilitator chooses among the tied leaders).",
                join_names(leaders, "or")
            ),
            ElectionRefusal::NoNominations => "There are no nominations to propose from.".to_owned(),
            ElectionRefusal::NoCandidate => {
                "Propose a candidate before the objection round.".to_owned()
            }
            ElectionRefusal::SameCandidacy => {
                "That is the candidate and term already proposed: change the term or propose another candidate.".to_owned()
            }
            ElectionRefusal::CandidacyNotText => {
                "An election's proposal is a candidate: amend the term or propose another candidate instead.".to_owned()
            }
        }
    }

    fn election_event(&self, event: &Event, state: &MeetingState) -> String {
        let name = |p| state.name(p).to_owned();
        match event {
            Event::RoleDescribed { .. } => "the role and term".to_owned(),
            Event::Nominated { voter, .. } => format!("{}'s nomination", name(*voter)),
            Event::NominationChanged { voter, nominee } => {
                format!("{}'s change to {}", name(*voter), name(*nominee))
            }
            Event::CandidateProposed { candidate, .. } => {
                format!("proposing {} as candidate", name(*candidate))
            }
            _ => String::new(),
        }
    }

    fn term(&self, term: &Term, from: DateTime<FixedOffset>) -> String {
        let months = if term.months == 1 {
            "1 month".to_owned()
        } else {
            format!("{} months", term.months)
        };
        let mut text = match term.ends(from) {
            Some(end) => format!("{months} (until {})", end.format("%Y-%m-%d")),
            None => months,
        };
        if let Some(note) = &term.note {
            text.push_str(&format!("; {note}"));
        }
        text
    }

    fn tie_rule(&self) -> &'static str {
        "Tie rule: on a tie for the most nominations the facilitator proposes one of the tied leaders; the tie is recorded."
    }

    fn election_tag(&self) -> &'static str {
        "election"
    }

    fn has_nominated(&self, voter: &str) -> String {
        format!("✓ {voter} has nominated")
    }

    fn not_nominated(&self, voter: &str) -> String {
        format!("· {voter} has not nominated yet")
    }

    fn ballots_in(&self, entered: usize, needed: usize) -> String {
        format!("{entered} of {needed} ballots in; hidden until all are in")
    }

    fn all_ballots_in(&self, needed: usize) -> String {
        format!("all {needed} ballots in; press n to reveal and share them")
    }

    fn ballot(&self, voter: &str, nominee: &str) -> String {
        format!("{voter} nominated {nominee}")
    }

    fn change(&self, voter: &str, from: &str, to: &str) -> String {
        format!("{voter} changed from {from} to {to}")
    }

    fn tally(&self, nominee: &str, count: u32) -> String {
        if count == 1 {
            format!("{nominee}: 1 nomination")
        } else {
            format!("{nominee}: {count} nominations")
        }
    }

    fn tie(&self, names: &[String]) -> String {
        format!(
            "Tie between {}: the facilitator proposes one of them.",
            join_names(names, "and")
        )
    }

    fn candidacy(&self, version: u32, candidate: &str, term: &str) -> String {
        format!("v{version}: {candidate}, {term}")
    }

    fn asked_last(&self, candidate: &str) -> String {
        format!("{candidate} (the candidate) is asked last")
    }

    fn elected(&self, person: &str, role: &str, term: &str) -> String {
        format!("{person} elected as {role} for {term}")
    }

    fn election_adopted(&self, version: &str, time: &str) -> String {
        format!("Election; candidacy {version} adopted at {time}:")
    }

    fn ballots_not_shared(&self, count: usize) -> String {
        if count == 1 {
            "1 ballot entered, not shared".to_owned()
        } else {
            format!("{count} ballots entered, not shared")
        }
    }

    fn ballot_corrections(&self, count: u32) -> String {
        if count == 1 {
            "1 ballot corrected before sharing".to_owned()
        } else {
            format!("{count} ballots corrected before sharing")
        }
    }

    fn election_heading(&self, which: ElectionHeading) -> &'static str {
        match which {
            ElectionHeading::Role => "Role",
            ElectionHeading::Term => "Term",
            ElectionHeading::Ballots => "Nominations",
            ElectionHeading::Changes => "Changed nominations",
            ElectionHeading::NoChanges => "No nominations changed",
            ElectionHeading::Tally => "Count",
            ElectionHeading::Candidacies => "Proposed",
            ElectionHeading::Elected => "Elected",
            ElectionHeading::ElectedAll => "Elections",
        }
    }
}
