//! Words for the meeting engine: names of phases, steps and rounds, the
//! validity criteria, and every refusal.

use crate::meeting::session::{LogProblem, SetupProblem};
use crate::meeting::{
    Action, Criterion, Disposition, Ending, Field, IdmStep, OutOfOrderKind, OutputKind, Phase,
    Refusal, RoundKind,
};
use crate::meeting::{DriverPart, RuleSet};

/// How a language names the meeting's parts and explains refusals.
pub trait EngineWords {
    /// Short name of a phase, e.g. "check-in round".
    fn phase(&self, phase: Phase) -> &'static str;
    /// Short name of an integrative decision-making step.
    fn step(&self, step: IdmStep) -> &'static str;
    /// Short name of the present step under consent rules, where the
    /// proposer describes a driver rather than a tension.
    fn driver_step(&self) -> &'static str;
    /// Name of a round kind.
    fn round(&self, kind: RoundKind) -> &'static str;
    /// One-line name of a criterion, e.g. "harm".
    fn criterion(&self, criterion: Criterion) -> &'static str;
    /// The question the facilitator asks the objector for this criterion.
    fn criterion_question(&self, criterion: Criterion) -> &'static str;
    /// How an item ended.
    fn ending(&self, ending: Ending) -> &'static str;
    /// How this item ended: an election's "adopted" reads "elected".
    fn ending_for(&self, ending: Ending, election: bool) -> &'static str {
        match (ending, election) {
            (Ending::Adopted, true) => self.elected_word(),
            _ => self.ending(ending),
        }
    }
    /// "elected": how an election ends when its proposal is adopted.
    fn elected_word(&self) -> &'static str;
    /// Carried over / let go.
    fn disposition(&self, disposition: Disposition) -> &'static str;
    /// Next action / project / information.
    fn output_kind(&self, kind: OutputKind) -> &'static str;
    /// Kind of out-of-order intervention.
    fn out_of_order(&self, kind: OutOfOrderKind) -> &'static str;
    /// A pass in this kind of round ("pass", or "no objection").
    fn pass(&self, kind: RoundKind) -> &'static str;
    /// What follows a name in a round list for a pass (": pass", or in
    /// Dutch " past" so it reads "Ayşe past").
    fn pass_after_name(&self, kind: RoundKind) -> String {
        format!(": {}", self.pass(kind))
    }
    /// A proposal version's short name, e.g. "v2" (screens and minutes).
    fn version(&self, number: u32) -> String;
    /// "skipped".
    fn skipped(&self) -> &'static str;
    /// The word joining the last two names of a list ("and").
    fn and(&self) -> &'static str;
    /// What the facilitator tried, for "not now" messages.
    fn action(&self, action: Action) -> &'static str;
    /// Name of a required text field.
    fn field(&self, field: Field) -> &'static str;
    /// The full message for a refused command: what is not allowed and why.
    fn refusal(&self, refusal: &Refusal) -> String;
    /// What is wrong with a meeting setup.
    fn setup_problem(&self, problem: &SetupProblem) -> String;
    /// What is wrong with a stored log.
    fn log_problem(&self, problem: &LogProblem) -> String;
    /// Name of one part of a driver (consent rules), e.g. "situation".
    fn driver_part(&self, part: DriverPart) -> &'static str;
    /// Short name of a rule set for running text, e.g. "consent (S3)".
    fn rules_short(&self, rules: RuleSet) -> &'static str;
}
