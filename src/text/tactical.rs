//! Words for the tactical meeting: the checklist, metrics and progress
//! reviews, triage, and their refusals. One trait, so the tactical format
//! adds words without touching the other areas' traits.

use crate::meeting::{EntryAnswer, TacticalList, TacticalRefusal};

/// Labels of the tactical screens and forms.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::VariantArray,
    serde::Serialize,
    serde::Deserialize,
)]
pub enum TacticalLabel {
    /// Field: the role something belongs to.
    Role,
    /// Field: check or no check.
    Checked,
    /// Field: a metric's value.
    Value,
    /// Field: what changed (empty means no update).
    WhatChanged,
    /// Field: to whom a request goes.
    To,
    /// Choice: a role rather than a person.
    ARole,
    /// Field: what is asked.
    Request,
    /// The item's outputs on the triage screen.
    Outputs,
    /// Shown when a list is empty: how to add to it.
    EmptyList,
    /// Shown when no request was made.
    NoRequests,
    /// Shown when no output was recorded for the item.
    NoOutputs,
    /// Choice: check.
    Check,
    /// Choice: no check.
    NoCheck,
    /// Setup: the meeting's format.
    Format,
    /// Field: an action's answer in the action review.
    ActionAnswer,
    /// Field: a project's status.
    ProjectStatus,
    /// Field: on whom a waiting project waits.
    WaitingOn,
}

/// The facilitator's line on the tactical screens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TacticalPrompt {
    /// Reviewing one of the lists.
    Review(TacticalList),
    /// Triage of an item.
    Triage,
    /// Reviewing the circle's open actions.
    Actions,
}

/// The tactical forms; their titles come from here.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    strum::EnumDiscriminants,
)]
#[strum_discriminants(
    name(TacticalDialogKind),
    derive(strum::VariantArray),
    doc = "Which tactical dialog it is, without its list: the word tests check every kind is worded."
)]
pub enum TacticalDialog {
    /// Adding to a list.
    AddEntry(TacticalList),
    /// Correcting an entry.
    EditEntry(TacticalList),
    /// Answering an entry.
    Answer(TacticalList),
    /// The owner's need.
    Need,
    /// A request to a person or role.
    Request,
    /// An action's answer in the action review, with a note.
    ActionNote,
    /// Where a project stands.
    ProjectStatus,
}

/// What the tactical keys do (rows of the help overlay).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::VariantArray)]
pub enum TacticalKey {
    /// Add a checklist item, metric or project.
    AddEntry,
    /// Edit the selected one.
    EditEntry,
    /// Remove the selected one (asks first).
    RemoveEntry,
    /// Answer the selected one.
    AnswerEntry,
    /// Checklist: check, at once.
    Check,
    /// Checklist: no check; progress: no update; at once.
    NoCheck,
    /// The next review, or the agenda after the last.
    NextReview,
    /// Skip the remaining reviews: straight to the agenda.
    ToAgenda,
    /// Type the owner's need.
    Need,
    /// Record a request.
    Request,
    /// The selected request was accepted.
    Accept,
    /// The selected request was declined.
    Decline,
    /// The owner got what they need: the item ends.
    NeedMet,
    /// Cut the item off (its time share is used).
    CutOff,
    /// Action review: the selected action is done.
    ActionDone,
    /// Action review: the selected action is still open.
    ActionStillOpen,
    /// Action review: the selected action is dropped.
    ActionDropped,
    /// Action review: answer the selected action with a note.
    ActionNote,
    /// Progress review: where the selected project stands.
    ProjectStatus,
    /// Progress review: the board per owner, per status, or the list.
    Board,
}

/// How a language names the tactical meeting's parts.
pub trait TacticalWords {
    /// Title of a list's screen and minutes section, e.g. "Checklist".
    fn list_title(&self, list: TacticalList) -> &'static str;
    /// What one entry of the list is called, e.g. "checklist item".
    fn entry_word(&self, list: TacticalList) -> &'static str;
    /// An answer as the screens and minutes show it, e.g. "✓ check".
    fn entry_answer(&self, answer: &EntryAnswer) -> String;
    /// "not answered yet".
    fn unanswered(&self) -> &'static str;
    /// The full message for a refused tactical command.
    fn tactical_refusal(&self, refusal: &TacticalRefusal) -> String;
    /// "Need".
    fn need(&self) -> &'static str;
    /// "Requests".
    fn requests(&self) -> &'static str;
    /// A request's state: accepted, declined or waiting.
    fn request_state(&self, accepted: Option<bool>) -> &'static str;
    /// "to" before a request's person or role ("to Ana").
    fn request_to(&self, who: &str) -> String;
    /// The closing question of triage.
    fn got_what_you_need(&self) -> &'static str;
    /// "Next actions and projects per owner".
    fn per_owner(&self) -> &'static str;
    /// Heading for outputs with no owner.
    fn no_owner(&self) -> &'static str;
    /// "Shared information".
    fn shared_information(&self) -> &'static str;
    /// A pre-filled owner who is not in this meeting: "Ana (not here)".
    fn former_owner(&self, name: &str) -> String;
    /// Status line after pre-filling the lists from an earlier meeting.
    fn remembered_from(
        &self,
        file: &str,
        checklist: usize,
        metrics: usize,
        projects: usize,
    ) -> String;
    /// A tactical label.
    fn tactical_label(&self, label: TacticalLabel) -> &'static str;
    /// A tactical screen's facilitator prompt.
    fn tactical_prompt(&self, prompt: TacticalPrompt) -> &'static str;
    /// A tactical form's title.
    fn tactical_dialog(&self, dialog: TacticalDialog) -> &'static str;
    /// What a tactical key does.
    fn tactical_key(&self, key: TacticalKey) -> &'static str;
    /// Asking before removing an entry.
    fn confirm_remove_entry(&self, text: &str) -> String;
    /// "accepted request": how an owner's list names a request they
    /// accepted in triage (a next action of theirs).
    fn accepted_request(&self) -> &'static str;
    /// An entry of an owner's list: what it is ("next action"), its
    /// text, the role it is taken on in, and the item it came from.
    fn owned_entry(&self, kind: &str, text: &str, role: Option<&str>, item: Option<&str>)
    -> String;
    /// An accepted request in an owner's list: its text, the role it was
    /// asked of, and the item it was asked in.
    fn owned_accepted(&self, text: &str, role: Option<&str>, item: Option<&str>) -> String {
        self.owned_entry(self.accepted_request(), text, role, item)
    }
    /// A next action or project in an owner's list: kind, text, the role
    /// it is taken on in, and the item it came from.
    fn owned_output(
        &self,
        kind: crate::meeting::OutputKind,
        text: &str,
        role: Option<&str>,
        item: Option<&str>,
    ) -> String;
    /// `--format` was given something other than governance or tactical.
    fn bad_format(&self, given: &str) -> String;
    /// Time share for an item: "time share used" / "time share: 3m left".
    fn time_share(&self, left_secs: Option<i64>) -> String;
}
