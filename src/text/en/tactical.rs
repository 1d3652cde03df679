//! English words for the tactical meeting.

use super::English;
use crate::meeting::{EntryAnswer, TacticalList, TacticalRefusal};
use crate::text::tactical::{TacticalDialog, TacticalKey, TacticalLabel, TacticalPrompt};
use crate::text::{EngineWords, MinutesWords, TacticalWords, join_names};

impl TacticalWords for English {
    fn list_title(&self, list: TacticalList) -> &'static str {
        match list {
            TacticalList::Checklist => "Checklist",
            TacticalList::Metrics => "Metrics",
            TacticalList::Progress => "Progress updates",
        }
    }

    fn entry_word(&self, list: TacticalList) -> &'static str {
        match list {
            TacticalList::Checklist => "checklist item",
            TacticalList::Metrics => "metric",
            TacticalList::Progress => "project",
        }
    }

    fn entry_answer(&self, answer: &EntryAnswer) -> String {
        let with = |word: &str, note: &Option<String>| match note {
            Some(n) => format!("{word} — {n}"),
            None => word.to_owned(),
        };
        match answer {
            EntryAnswer::Check { note } => with("✓ check", note),
            EntryAnswer::NoCheck { note } => with("✗ no check", note),
            EntryAnswer::Value { text } => format!("= {text}"),
            EntryAnswer::Update { text } => format!("» {text}"),
            EntryAnswer::NoUpdate => "– no update".to_owned(),
        }
    }

    fn unanswered(&self) -> &'static str {
        "· not answered"
    }

    fn tactical_refusal(&self, refusal: &TacticalRefusal) -> String {
        match refusal {
            TacticalRefusal::NoActionsOffered => {
                "This meeting was offered no open actions to review: n goes on to the checklist.".to_owned()
            }
            TacticalRefusal::UnknownAction { number } => format!(
                "There is no action {number} on this meeting's action list: choose one of the numbers shown."
            ),
            TacticalRefusal::ActionReviewClosed => {
                "Actions are reviewed from the check-in until close-out.".to_owned()
            }
            TacticalRefusal::GovernanceOnly => {
                "This is a tactical meeting: items are triaged (need, requests, outputs), not processed with proposals and objections.".to_owned()
            }
            TacticalRefusal::TacticalOnly => {
                "This is a governance meeting: checklists, metrics, progress updates and triage belong to tactical meetings.".to_owned()
            }
            TacticalRefusal::UnknownEntry { list, number } => {
                format!("There is no {} number {number}.", self.entry_word(*list))
            }
            TacticalRefusal::NoOwner => {
                "Give an owner or a role: somebody has to answer for it next time.".to_owned()
            }
            TacticalRefusal::WrongAnswer { list } => match list {
                TacticalList::Checklist => "A checklist item is answered check or no check.".to_owned(),
                TacticalList::Metrics => "A metric is answered with its value.".to_owned(),
                TacticalList::Progress => {
                    "A project is answered with what changed, or no update.".to_owned()
                }
            },
            TacticalRefusal::UnknownRequest { number } => format!("There is no request {number}."),
            TacticalRefusal::RequestAnswered { number } => {
                format!("Request {number} has already been accepted or declined.")
            }
            TacticalRefusal::RequestsOpen { numbers } => {
                let list: Vec<String> = numbers.iter().map(u32::to_string).collect();
                format!(
                    "Request{} {} still wait{} for accepted or declined.",
                    if numbers.len() == 1 { "" } else { "s" },
                    join_names(&list, "and"),
                    if numbers.len() == 1 { "s" } else { "" }
                )
            }
            TacticalRefusal::NoTimeShare => {
                "The meeting has no timebox, so no item has a time share to use up: set a timebox (t), or mark the item unfinished.".to_owned()
            }
            TacticalRefusal::TimeShareLeft { secs } => format!(
                "The item still has {} of its time share: it can be cut off once that is used.",
                self.duration(*secs)
            ),
        }
    }

    fn need(&self) -> &'static str {
        "Need"
    }

    fn requests(&self) -> &'static str {
        "Requests"
    }

    fn request_state(&self, accepted: Option<bool>) -> &'static str {
        match accepted {
            Some(true) => "✓ accepted",
            Some(false) => "✗ declined",
            None => "… waiting",
        }
    }

    fn request_to(&self, who: &str) -> String {
        format!("to {who}")
    }

    fn got_what_you_need(&self) -> &'static str {
        "Got what you need?"
    }

    fn per_owner(&self) -> &'static str {
        "Next actions and projects per owner"
    }

    fn no_owner(&self) -> &'static str {
        "No owner"
    }

    fn shared_information(&self) -> &'static str {
        "Shared information"
    }

    fn former_owner(&self, name: &str) -> String {
        format!("{name} (not here)")
    }

    fn remembered_from(
        &self,
        file: &str,
        checklist: usize,
        metrics: usize,
        projects: usize,
    ) -> String {
        format!(
            "Pre-filled from {file}: {checklist} checklist item{}, {metrics} metric{}, {projects} project{}.",
            if checklist == 1 { "" } else { "s" },
            if metrics == 1 { "" } else { "s" },
            if projects == 1 { "" } else { "s" }
        )
    }

    fn tactical_label(&self, label: TacticalLabel) -> &'static str {
        match label {
            TacticalLabel::Role => "Role",
            TacticalLabel::Checked => "Answer",
            TacticalLabel::Value => "Value",
            TacticalLabel::WhatChanged => "What changed (empty: no update)",
            TacticalLabel::To => "To",
            TacticalLabel::ARole => "a role (type it below)",
            TacticalLabel::Request => "Request",
            TacticalLabel::Outputs => "Outputs",
            TacticalLabel::EmptyList => "Nothing on this list yet.",
            TacticalLabel::NoRequests => "No requests.",
            TacticalLabel::NoOutputs => "No outputs yet.",
            TacticalLabel::Check => "check",
            TacticalLabel::NoCheck => "no check",
            TacticalLabel::ActionAnswer => "Answer",
            TacticalLabel::ProjectStatus => "Status",
            TacticalLabel::WaitingOn => "Waiting on (when waiting)",
            TacticalLabel::Format => "Format",
        }
    }

    fn tactical_prompt(&self, prompt: TacticalPrompt) -> &'static str {
        match prompt {
            TacticalPrompt::Review(TacticalList::Checklist) => {
                "Read each item to its owner: check or no check, no discussion; tensions go on the agenda."
            }
            TacticalPrompt::Review(TacticalList::Metrics) => {
                "Each owner reports the value, briefly; questions only to understand it."
            }
            TacticalPrompt::Review(TacticalList::Progress) => {
                "For each project: only what changed since last time, or no update."
            }
            TacticalPrompt::Actions => {
                "Read each open action to its owner: done, still open or dropped? No discussion; tensions go on the agenda."
            }
            TacticalPrompt::Triage => {
                "Ask the owner: what do you need? Capture requests and outputs; then: got what you need?"
            }
        }
    }

    fn tactical_dialog(&self, dialog: TacticalDialog) -> &'static str {
        match dialog {
            TacticalDialog::AddEntry(TacticalList::Checklist) => "New checklist item",
            TacticalDialog::AddEntry(TacticalList::Metrics) => "New metric",
            TacticalDialog::AddEntry(TacticalList::Progress) => "New project",
            TacticalDialog::EditEntry(TacticalList::Checklist) => "Checklist item",
            TacticalDialog::EditEntry(TacticalList::Metrics) => "Metric",
            TacticalDialog::EditEntry(TacticalList::Progress) => "Project",
            TacticalDialog::Answer(TacticalList::Checklist) => "Check or no check",
            TacticalDialog::Answer(TacticalList::Metrics) => "The metric's value",
            TacticalDialog::Answer(TacticalList::Progress) => "Progress update",
            TacticalDialog::Need => "What does the owner need?",
            TacticalDialog::Request => "A request to a person or role",
            TacticalDialog::ActionNote => "Where does this action stand?",
            TacticalDialog::ProjectStatus => "Where does this project stand?",
        }
    }

    fn tactical_key(&self, key: TacticalKey) -> &'static str {
        match key {
            TacticalKey::AddEntry => "add",
            TacticalKey::EditEntry => "edit",
            TacticalKey::RemoveEntry => "remove",
            TacticalKey::AnswerEntry => "answer",
            TacticalKey::Check => "check",
            TacticalKey::NoCheck => "no check / no update",
            TacticalKey::NextReview => "next review",
            TacticalKey::ToAgenda => "straight to the agenda",
            TacticalKey::Need => "need",
            TacticalKey::Request => "request",
            TacticalKey::Accept => "accepted",
            TacticalKey::Decline => "declined",
            TacticalKey::NeedMet => "got what you need",
            TacticalKey::CutOff => "cut off",
            TacticalKey::ActionDone => "done",
            TacticalKey::ActionStillOpen => "still open",
            TacticalKey::ActionDropped => "dropped",
            TacticalKey::ActionNote => "answer with a note",
            TacticalKey::ProjectStatus => "project status",
            TacticalKey::Board => "board",
        }
    }

    fn confirm_remove_entry(&self, text: &str) -> String {
        format!("Remove \"{text}\" from the list? Next meeting will not offer it again.")
    }

    fn accepted_request(&self) -> &'static str {
        "accepted request"
    }

    fn owned_output(
        &self,
        kind: crate::meeting::OutputKind,
        text: &str,
        role: Option<&str>,
        item: Option<&str>,
    ) -> String {
        self.owned_entry(self.output_kind(kind), text, role, item)
    }

    fn owned_entry(
        &self,
        kind: &str,
        text: &str,
        role: Option<&str>,
        item: Option<&str>,
    ) -> String {
        let mut entry = format!("{}: {text}", crate::text::capitalise(kind));
        if let Some(role) = role {
            entry = format!("{entry} (as {role})");
        }
        if let Some(item) = item {
            entry = format!("{entry}, from {item}");
        }
        entry
    }

    fn bad_format(&self, given: &str) -> String {
        format!("'{given}' is not a meeting format: write governance or tactical")
    }

    fn time_share(&self, left_secs: Option<i64>) -> String {
        match left_secs {
            Some(s) if s > 0 => format!("time share: {} left", self.duration(s)),
            Some(_) => "time share used: it can be cut off".to_owned(),
            None => "no time share (no timebox)".to_owned(),
        }
    }
}
