//! The objection-testing dialog: criteria a→d, one argument and ruling each.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Mode, Status};
use crate::meeting::MeetingState;
use crate::meeting::state::ConcernStatus;
use crate::meeting::{Command, Criterion};
use crate::tui::fields::text_area;

pub(crate) use crate::tui::fields::TestDialog;

/// The objection test as it stood when spanning was left with an argument
/// typed: opened again on resume.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub(crate) struct TestDraft {
    /// Which concern was being tested.
    concern: u32,
    /// The argument typed for its next criterion.
    argument: String,
}

impl TestDraft {
    /// The dialog again, if the concern is still being tested.
    pub(crate) fn into_dialog(self, state: &MeetingState) -> Option<TestDialog> {
        state
            .active_item()
            .and_then(|i| i.concern(self.concern))
            .and_then(|c| c.next_criterion())?;
        Some(TestDialog {
            concern: self.concern,
            argument: text_area(&self.argument),
            ruling: false,
            whole: false,
        })
    }
}

impl TestDialog {
    /// The typed argument to keep, if there is one.
    pub(crate) fn draft(&self) -> Option<TestDraft> {
        let argument = self.argument.lines().join("\n");
        (!argument.trim().is_empty()).then_some(TestDraft {
            concern: self.concern,
            argument,
        })
    }
}

impl App {
    pub(super) fn test_key(&mut self, mut test: TestDialog, key: KeyEvent) {
        // Tab shows the objection whole, or shortened again (a long one is
        // shortened so the argument's editor keeps its rows).
        if key.code == KeyCode::Tab {
            test.whole = !test.whole;
        } else if test.ruling {
            match (self.answer(&key), key.code) {
                (_, KeyCode::Esc) => test.ruling = false,
                (Some(holds), _) => return self.rule(test, holds),
                (None, _) => {}
            }
        } else {
            let newline = key.code == KeyCode::Enter && key.modifiers.contains(KeyModifiers::ALT);
            match key.code {
                // A typed argument is not thrown away without asking.
                KeyCode::Esc if !test.argument.lines().join("").trim().is_empty() => {
                    self.mode = Mode::DiscardTest(test);
                    return;
                }
                KeyCode::Esc => {
                    self.status = Some(Status::Info(self.words.cancelled().to_owned()));
                    return;
                }
                _ if newline => test.argument.insert_newline(),
                KeyCode::Enter => test.ruling = true,
                _ => {
                    test.argument.input(key);
                }
            }
        }
        self.mode = Mode::Test(test);
    }

    /// Records the ruling on the next criterion; the dialog stays open until
    /// the concern is dismissed (first failure) or valid (all four hold).
    pub(super) fn rule(&mut self, test: TestDialog, holds: bool) {
        let state = self.session.state();
        let criterion = state
            .active_item()
            .and_then(|i| i.concern(test.concern))
            .and_then(|c| c.next_criterion())
            .unwrap_or(Criterion::Harm);
        let command = Command::TestCriterion {
            concern: test.concern,
            criterion,
            argument: test.argument.lines().join("\n"),
            holds,
        };
        if !self.record(command) {
            self.mode = Mode::Test(TestDialog {
                ruling: false,
                ..test
            });
            return;
        }
        let status = self
            .session
            .state()
            .active_item()
            .and_then(|i| i.concern(test.concern))
            .map(|c| c.status());
        match status {
            Some(ConcernStatus::Dismissed { criterion: c }) => {
                self.status = Some(Status::Info(
                    self.words.dismissed_at(c.letter(), self.words.criterion(c)),
                ));
            }
            Some(ConcernStatus::Valid) => {
                self.status = Some(Status::Info(self.words.found_valid().to_owned()));
            }
            _ => {
                self.mode = Mode::Test(TestDialog {
                    concern: test.concern,
                    argument: text_area(""),
                    ruling: false,
                    // As the facilitator last chose to see the objection.
                    whole: test.whole,
                })
            }
        }
    }
}
