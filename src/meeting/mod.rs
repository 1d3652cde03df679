//! The meeting engine: pure Rust, no terminal, no files, no clock.
//!
//! Commands go in (`Session::execute`), validated events come out, and the
//! state is a fold over the events. Shells (store, CLI, TUI) wrap it; replay
//! and review fold the same events, so they can never disagree with the
//! live meeting.

pub mod absent;
pub mod command;
pub mod decide;
pub mod event;
pub mod fold;
pub mod item;
pub mod lang;
pub mod measure;
pub mod process;
pub mod refusal;
pub mod replay;
pub mod session;
pub mod setup;
pub mod shared;
pub mod state;
pub(crate) mod tag_first;
mod timebox;
pub mod views;

pub use process::{actions, consent, election, offers, parts, projects, tactical};

pub use command::{Command, CommandKind};
pub use election::{ElectionAction, ElectionField, ElectionRefusal, ItemKind, Term};
pub use event::{
    ConsentAnswer, Criterion, Direction, Disposition, DriverPart, Ending, Event, IdmStep, ItemId,
    OutOfOrderKind, OutputKind, PhaseKind, Recorded, RoundKind, Speech,
};
pub use lang::Lang;
pub use parts::{
    DomainScope, Part, PartField, PartKind, PartRefusal, PolicyScope, RoleList, Target,
};
pub use refusal::{Action, ActionKind, Field, FieldKind, Refusal, RefusalKind};
pub use session::{LogProblem, Session, SessionLoadProblem, SetupProblem, Source};
pub use setup::{
    ClockStart, MeetingFormat, Participant, PersonId, RuleSet, Setup, format_minutes, parse_date,
    parse_minutes,
};
pub use state::{MeetingState, Phase};
pub use tactical::{
    EntryAnswer, EntryDef, PreviousValue, RequestTo, TacticalList, TacticalLists, TacticalRefusal,
    TacticalRefusalKind,
};
