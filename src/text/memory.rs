//! Words for the circle's memory in a meeting: the action review
//! ("actielijst": gedaan / loopt nog / vervalt), the items earlier
//! meetings offer the agenda (carried over, reviews due, terms ending),
//! and the project board.

use chrono::NaiveDate;

use crate::meeting::absent::AbsentProblem;
use crate::meeting::actions::ActionStatus;
use crate::meeting::offers::{OfferAnswer, OfferKind};
use crate::meeting::projects::ProjectState;
use crate::record::ProjectStatus;

/// A kind of thing earlier meetings left a new one, as its opening
/// screen counts it before anything is reviewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackKind {
    /// Open next actions for the action review; `accepted` of them are
    /// requests someone accepted.
    Actions {
        /// How many are accepted requests.
        accepted: usize,
    },
    /// Projects for the progress review.
    Projects,
    /// Items carried over, offered to the agenda.
    Carried,
    /// Agreements past their review date, offered to the agenda.
    ReviewsDue,
    /// Elected roles whose term ends, offered to the agenda.
    TermsEnding,
    /// Checklist items and metrics, counted on one line.
    Lists {
        /// How many metrics (the count given is the checklist's).
        metrics: usize,
    },
}

/// How a language speaks about what earlier meetings left this one.
pub trait MemoryWords {
    /// Title of the opening's panel of what comes back from earlier
    /// meetings: "Coming back from earlier meetings".
    fn coming_back_title(&self) -> &'static str;
    /// One kind of what comes back, counted: "Action list: 4 open (1
    /// accepted request)", "Carried over: 1".
    fn coming_back(&self, kind: BackKind, count: usize) -> String;
    /// Under a list cut short: "… 3 more".
    fn more_items(&self, count: usize) -> String;
    /// The action review's title: "Action list" / "Actielijst".
    fn action_list_title(&self) -> &'static str;
    /// An answer in the action review: "done", "still open", "dropped".
    fn action_answer(&self, status: ActionStatus) -> &'static str;
    /// When an action was recorded: "since 6 Dec 2026".
    fn action_since(&self, day: NaiveDate) -> String;
    /// An offered action nobody owns.
    fn action_no_owner(&self) -> &'static str;
    /// Minutes: the action review's heading per answer ("Action list:
    /// done"); `None` for the actions not discussed.
    fn action_review_heading(&self, status: Option<ActionStatus>) -> &'static str;
    /// Heading of the items offered to the agenda: "From earlier meetings".
    fn offers_heading(&self) -> &'static str;
    /// Why an item is offered: "carried twice since 6 Dec 2026",
    /// "review was due 1 Dec 2026", "Ana's term ends 20 Dec 2026".
    fn offer_reason(&self, kind: &OfferKind) -> String;
    /// What became of an offer; `None`: still to decide.
    fn offer_answer(&self, answer: Option<OfferAnswer>) -> &'static str;
    /// Under the offers: which keys take or let go the marked one.
    fn offer_keys(&self) -> &'static str;
    /// Status after taking an offer whose owner is not here.
    fn offer_owner_absent(&self, owner: &str, taken_by: &str) -> String;
    /// A project's status on the board: "current", "waiting on Ana", ...
    fn project_status(&self, status: &ProjectStatus) -> String;
    /// A project's status as said in a meeting.
    fn project_state(&self, state: &ProjectState) -> String {
        self.project_status(&match state {
            ProjectState::Current => ProjectStatus::Current,
            ProjectState::Waiting { on } => ProjectStatus::Waiting { on: on.clone() },
            ProjectState::Done => ProjectStatus::Done,
            ProjectState::Dropped => ProjectStatus::Dropped,
        })
    }
    /// The statuses a project can be given, as the form lists them.
    fn project_states(&self) -> [&'static str; 4];
    /// Minutes: the heading of the projects finished or dropped here.
    fn projects_finished_heading(&self) -> &'static str;
    /// Minutes: a project finished or dropped, with its last update.
    fn project_finished(&self, text: &str, status: &str, last: Option<&str>) -> String;
    /// What is wrong with the absent list (`--absent`, the setup screen).
    fn absent_problem(&self, problem: &AbsentProblem) -> String;
    /// Review's board of a circle without projects.
    fn no_projects(&self) -> &'static str;
    /// The board's title, grouped per owner or per status.
    fn board_title(&self, per_owner: bool) -> &'static str;
    /// Under the board: the key that switches the grouping.
    fn board_switch(&self, per_owner: bool) -> &'static str;
}
