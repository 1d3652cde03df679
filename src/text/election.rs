//! Words for elections: the steps, refusals, how a term, a ballot, a tally
//! and the result are said, on screens and in the minutes.

use chrono::{DateTime, FixedOffset};

use crate::meeting::{
    ElectionAction, ElectionField, ElectionRefusal, Event, IdmStep, MeetingState, Term,
};

/// Everything an election says; one implementation per language.
pub trait ElectionWords {
    /// Name of an election step (the ordinary steps are `EngineWords::step`).
    fn election_step(&self, step: IdmStep) -> &'static str;
    /// Name of the nomination sharing round.
    fn sharing_round(&self) -> &'static str;
    /// What an election command was doing, for "not now" refusals.
    fn election_action(&self, action: ElectionAction) -> &'static str;
    /// Name of a text an election asks for.
    fn election_field(&self, field: ElectionField) -> &'static str;
    /// Why an election command was refused and what to do instead.
    fn election_refusal(&self, refusal: &ElectionRefusal) -> String;
    /// An election event, as the status line and undo name it. A ballot
    /// names only the voter: it is on screen before all ballots are in.
    fn election_event(&self, event: &Event, state: &MeetingState) -> String;
    /// A term: months, the end date counted from `from`, and the note.
    fn term(&self, term: &Term, from: DateTime<FixedOffset>) -> String;
    /// The tie rule, in one sentence (screen and minutes).
    fn tie_rule(&self) -> &'static str;
    /// "Election": the tag on the agenda and headings.
    fn election_tag(&self) -> &'static str;
    /// "✓ Ana has nominated" without whom.
    fn has_nominated(&self, voter: &str) -> String;
    /// "· Ana has not nominated yet".
    fn not_nominated(&self, voter: &str) -> String;
    /// "3 of 5 ballots in; hidden until all are in".
    fn ballots_in(&self, entered: usize, needed: usize) -> String;
    /// "All 5 ballots in: press n to share them": the nominations header
    /// once nothing is hidden any more, saying what comes next.
    fn all_ballots_in(&self, needed: usize) -> String;
    /// "Ana nominated Bo" (revealed).
    fn ballot(&self, voter: &str, nominee: &str) -> String;
    /// "Ana changed from Bo to Cy".
    fn change(&self, voter: &str, from: &str, to: &str) -> String;
    /// "Bo: 3 nominations".
    fn tally(&self, nominee: &str, count: u32) -> String;
    /// "Tie between Ana and Bo; the facilitator proposes one of them".
    fn tie(&self, names: &[String]) -> String;
    /// "Bo proposed for 12 months, ..." (a candidacy version).
    fn candidacy(&self, version: u32, candidate: &str, term: &str) -> String;
    /// "Bo is asked last".
    fn asked_last(&self, candidate: &str) -> String;
    /// "Bo elected as Facilitator for ...".
    fn elected(&self, person: &str, role: &str, term: &str) -> String;
    /// "Candidacy v2 adopted at 10:19:" heading an election in the decisions.
    fn election_adopted(&self, version: &str, time: &str) -> String;
    /// "2 ballots entered, not shared" (an election ended before sharing).
    fn ballots_not_shared(&self, count: usize) -> String;
    /// "1 ballot corrected before sharing".
    fn ballot_corrections(&self, count: u32) -> String;
    /// Section heading words: role, term, ballots, changes, tally, candidacies, result.
    fn election_heading(&self, which: ElectionHeading) -> &'static str;
}

/// Headings and short labels of an election's record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ElectionHeading {
    /// What the role is about.
    Role,
    /// The term.
    Term,
    /// The ballots.
    Ballots,
    /// Changed nominations.
    Changes,
    /// No changed nominations.
    NoChanges,
    /// Nominations counted.
    Tally,
    /// Proposed candidates.
    Candidacies,
    /// The elected person (the output).
    Elected,
    /// The elected people of a session (summary, minutes).
    ElectedAll,
}

impl ElectionHeading {
    /// Every heading, for the words tests.
    pub const ALL: [ElectionHeading; 9] = [
        ElectionHeading::Role,
        ElectionHeading::Term,
        ElectionHeading::Ballots,
        ElectionHeading::Changes,
        ElectionHeading::NoChanges,
        ElectionHeading::Tally,
        ElectionHeading::Candidacies,
        ElectionHeading::Elected,
        ElectionHeading::ElectedAll,
    ];
}
