//! Form dialogs: the small trait every dialog implements, the list of
//! dialogs, the open form with its subtitle and focus, the keys while one
//! is open, and how a filled-in form becomes a command.
//!
//! A dialog is one struct with named fields (see `dialogs/`): it says its
//! title, lists its fields for drawing and typing, and turns itself into
//! the engine command it stands for. Adding a dialog is one struct, one
//! line in [`dialogs!`]'s list below and its title's words.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::{Deserialize, Serialize};

use super::dialogs::*;
use super::{App, Mode, Pending, Status};
use crate::meeting::views;
use crate::meeting::{Command, Ending, Field, PersonId, Refusal};
use crate::text::tui::{Dialog, Label};
use crate::tui::fields::{ChoiceField, FieldMut, FieldRef, FormView, PersonField};

/// One dialog: its title, its fields and the command it stands for.
pub(crate) trait DialogSpec {
    /// The title's word key.
    fn title(&self) -> Dialog;

    /// The fields, top to bottom, to draw.
    fn fields(&self) -> Vec<FieldRef<'_>>;

    /// The same fields, to type into.
    fn fields_mut(&mut self) -> Vec<FieldMut<'_>>;

    /// The command the dialog stands for as filled in. `Err` keeps the
    /// dialog open, with the reason on the status line if there is one (a
    /// date or number that does not parse).
    fn command(&self, app: &App) -> Result<Command, Option<String>>;

    /// What the engine is asked when the dialog opens: the command as the
    /// dialog opens, so "not now" refuses before anything is typed.
    fn probe(&self, app: &App) -> Option<Command> {
        self.command(app).ok()
    }

    /// The line under the title when it follows a field (whose ballot it
    /// is, as the voter is changed); `None` keeps the line the dialog
    /// opened with.
    fn subtitle(&self) -> Option<&str> {
        None
    }

    /// Where the keyboard goes once the dialog is recorded (`true`) or
    /// cancelled (`false`): by default back to the screen.
    fn back(&self, _app: &mut App, _recorded: bool) {}

    /// The choice at `field` was changed: a dialog may update the fields
    /// that depend on it (the nominee follows the voter).
    fn changed(&mut self, _field: usize) {}

    /// Which of the fields (an index into [`DialogSpec::fields`]) holds the
    /// text a refusal names, so the focus goes there. By default the
    /// dialog's only text field; a dialog with several says which.
    fn field_for(&self, _field: Field) -> Option<usize> {
        let texts: Vec<usize> = self
            .fields()
            .iter()
            .enumerate()
            .filter(|(_, f)| matches!(f, FieldRef::Text(_)))
            .map(|(i, _)| i)
            .collect();
        match texts[..] {
            [only] => Some(only),
            _ => None,
        }
    }

    /// Which of the fields a refusal is about, so the focus goes there:
    /// by default the text [`Refusal::field`] names, through
    /// [`DialogSpec::field_for`]; a dialog whose refusals name their
    /// texts otherwise (a proposal's part) says which.
    fn focus_for(&self, refusal: &Refusal) -> Option<usize> {
        refusal.field().and_then(|f| self.field_for(f))
    }
}

/// A large dialog is kept boxed in [`AnyDialog`] (the part dialog has
/// many fields) and is the same dialog behind its box.
impl<T: DialogSpec> DialogSpec for Box<T> {
    fn title(&self) -> Dialog {
        (**self).title()
    }
    fn fields(&self) -> Vec<FieldRef<'_>> {
        (**self).fields()
    }
    fn fields_mut(&mut self) -> Vec<FieldMut<'_>> {
        (**self).fields_mut()
    }
    fn command(&self, app: &App) -> Result<Command, Option<String>> {
        (**self).command(app)
    }
    fn probe(&self, app: &App) -> Option<Command> {
        (**self).probe(app)
    }
    fn back(&self, app: &mut App, recorded: bool) {
        (**self).back(app, recorded)
    }
    fn field_for(&self, field: Field) -> Option<usize> {
        (**self).field_for(field)
    }
    fn focus_for(&self, refusal: &Refusal) -> Option<usize> {
        (**self).focus_for(refusal)
    }
    fn subtitle(&self) -> Option<&str> {
        (**self).subtitle()
    }
    fn changed(&mut self, field: usize) {
        (**self).changed(field)
    }
}

/// `fields` and `fields_mut` of a dialog whose fields are all shown, in
/// the order named.
macro_rules! fields_of {
    ($($field:ident),+ $(,)?) => {
        fn fields(&self) -> Vec<crate::tui::fields::FieldRef<'_>> {
            vec![$((&self.$field).into()),+]
        }
        fn fields_mut(&mut self) -> Vec<crate::tui::fields::FieldMut<'_>> {
            vec![$((&mut self.$field).into()),+]
        }
    };
}
pub(crate) use fields_of;

/// The list of dialogs: one variant per dialog struct, with the dispatch
/// to its [`DialogSpec`] and a `From` for opening it.
macro_rules! dialogs {
    ($($(#[$doc:meta])* $variant:ident($ty:ty),)+) => {
        /// Any open dialog; kept as a draft with serde.
        #[derive(Clone, Serialize, Deserialize)]
        pub(crate) enum AnyDialog {
            $($(#[$doc])* $variant($ty),)+
        }

        impl AnyDialog {
            /// The dialog behind its trait.
            pub(crate) fn spec(&self) -> &dyn DialogSpec {
                match self {
                    $(AnyDialog::$variant(d) => d,)+
                }
            }

            /// The dialog behind its trait, to type into.
            pub(crate) fn spec_mut(&mut self) -> &mut dyn DialogSpec {
                match self {
                    $(AnyDialog::$variant(d) => d,)+
                }
            }
        }

        $(impl From<$ty> for AnyDialog {
            fn from(dialog: $ty) -> Self {
                AnyDialog::$variant(dialog)
            }
        })+
    };
}

dialogs! {
    /// A turn's gist.
    Turn(TurnDialog),
    /// A concern in the objection round.
    Concern(ConcernDialog),
    /// Skipping someone.
    Skip(SkipDialog),
    /// The round's order.
    Order(OrderDialog),
    /// A new agenda item.
    AddItem(AddItemDialog),
    /// An agenda item changed.
    EditItem(EditItemDialog),
    /// The tension.
    Tension(TensionDialog),
    /// The example.
    Example(ExampleDialog),
    /// The proposal.
    Proposal(ProposalDialog),
    /// The stated proposal corrected.
    CorrectProposal(CorrectProposalDialog),
    /// A part of the proposal.
    Part(Box<PartDialog>),
    /// A clarifying question.
    Ask(AskDialog),
    /// A question's answer.
    Answer(AnswerDialog),
    /// A question ruled out of order.
    RuleOut(RuleOutDialog),
    /// A clarification.
    Clarify(ClarifyDialog),
    /// The proposal amended.
    Amend(AmendDialog),
    /// The proposal amended for an objection.
    AmendForObjection(AmendForObjectionDialog),
    /// A test asked for.
    RequestTest(RequestTestDialog),
    /// The secretary's ruling.
    SecretaryRuling(SecretaryRulingDialog),
    /// An objection abandoned.
    Abandon(AbandonDialog),
    /// The item's outcome.
    Ending(EndingDialog),
    /// An output.
    Output(OutputDialog),
    /// A time-out starting.
    TimeOutStart(TimeOutStartDialog),
    /// A time-out ending.
    TimeOutEnd(TimeOutEndDialog),
    /// An out-of-order remark.
    OutOfOrder(OutOfOrderDialog),
    /// A note.
    Note(NoteDialog),
    /// A late arrival.
    AddPerson(AddPersonDialog),
    /// Someone leaving.
    Absent(AbsentDialog),
    /// Someone back.
    Back(BackDialog),
    /// The meeting's timebox.
    Timebox(TimeboxDialog),
    /// Saving elsewhere.
    SaveElsewhere(SaveElsewhereDialog),
    /// A part of the driver.
    DriverPart(DriverPartDialog),
    /// A consent round turn.
    ConsentTurn(ConsentTurnDialog),
    /// A concern in the consent round.
    ConsentConcern(ConsentConcernDialog),
    /// An objection in the consent round.
    ConsentObjection(ConsentObjectionDialog),
    /// Adopting the agreement.
    Adopt(AdoptDialog),
    /// An objection taken as a concern.
    Requalify(RequalifyDialog),
    /// An election asked for.
    AddElection(AddElectionDialog),
    /// The role and term.
    DescribeRole(DescribeRoleDialog),
    /// One nomination.
    Nominate(NominateDialog),
    /// A nomination changed.
    ChangeNomination(ChangeNominationDialog),
    /// The candidate proposed.
    ProposeCandidate(ProposeCandidateDialog),
    /// A checklist item, metric or project added.
    AddEntry(AddEntryDialog),
    /// An entry corrected.
    EditEntry(EditEntryDialog),
    /// A checklist item answered.
    AnswerCheck(AnswerCheckDialog),
    /// A metric's value.
    AnswerMetric(AnswerMetricDialog),
    /// A project's progress.
    AnswerProgress(AnswerProgressDialog),
    /// The owner's need.
    Need(NeedDialog),
    /// A request.
    Request(RequestDialog),
    /// An action of the action review, with a note.
    ActionNote(ActionNoteDialog),
    /// Where a project stands.
    ProjectStatus(ProjectStatusDialog),
}

/// An open dialog: which one, with what typed and chosen, the line under
/// its title and the field with focus. Kept beside the session as it
/// stands when spanning is left with Ctrl-C, and opened again on resume.
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct Form {
    /// The dialog and its fields.
    pub dialog: AnyDialog,
    /// A line under the title: whose turn, which question or concern.
    pub subtitle: String,
    /// The field with focus.
    pub focus: usize,
}

/// A form as kept beside the session (the same shape: every dialog struct
/// is serialisable). A draft of another shape (an older spanning) does
/// not read and is ignored.
pub(crate) type Draft = Form;

impl Form {
    /// A dialog opening with the focus on its first text field.
    pub(crate) fn new(dialog: impl Into<AnyDialog>, subtitle: String) -> Form {
        let dialog = dialog.into();
        let focus = dialog
            .spec()
            .fields()
            .iter()
            .position(|f| matches!(f, FieldRef::Text(_)))
            .unwrap_or(0);
        Form {
            dialog,
            subtitle,
            focus,
        }
    }

    /// The same form with the focus on field `focus`.
    pub(crate) fn focused(mut self, focus: usize) -> Form {
        self.focus = focus;
        self
    }

    /// The same form with the focus on the field a refusal names, if the
    /// dialog has it; otherwise where it was.
    pub(crate) fn at_fault(mut self, refusal: &Refusal) -> Form {
        if let Some(i) = self.dialog.spec().focus_for(refusal) {
            self.focus = i;
        }
        self
    }

    /// The dialog as kept in a draft; `None` if the draft has no fields.
    pub(crate) fn restored(mut self) -> Option<Form> {
        let n = self.dialog.spec().fields().len();
        if n == 0 {
            return None;
        }
        self.focus = self.focus.min(n - 1);
        Some(self)
    }

    /// The dialog as it stands, to keep as a draft.
    pub(crate) fn draft(&self) -> Draft {
        self.clone()
    }

    /// What the screens draw.
    pub(crate) fn view(&self) -> FormView<'_> {
        let spec = self.dialog.spec();
        FormView {
            title: spec.title(),
            subtitle: spec.subtitle().unwrap_or(&self.subtitle),
            fields: self.dialog.spec().fields(),
            focus: self.focus,
        }
    }

    /// Whether something was typed that Esc would throw away: a text
    /// field that is not blank and differs from what the dialog opened with.
    pub(crate) fn typed(&self) -> bool {
        self.dialog
            .spec()
            .fields()
            .iter()
            .any(|f| matches!(f, FieldRef::Text(t) if t.typed()))
    }
}

impl App {
    /// Asks the engine whether a dialog for `command` may open now: the
    /// probe carries the dialog's values as they stand when it opens, so a
    /// refusal of the text itself (not typed yet, a missing reason, the
    /// proposal not changed yet) does not count against it.
    pub(super) fn allowed(&self, command: &Command) -> Result<(), Refusal> {
        match self.session.probe(command, self.now) {
            Ok(_)
            | Err(
                Refusal::Empty { .. }
                | Refusal::ReasonRequired
                | Refusal::UnchangedProposal
                | Refusal::Part(crate::meeting::PartRefusal::Empty { .. }),
            ) => Ok(()),
            Err(r) => Err(r),
        }
    }

    /// Opens a form unless the engine already says no to what it stands
    /// for as it opens.
    pub(super) fn open_form(&mut self, form: Form) {
        if let Some(probe) = form.dialog.spec().probe(self)
            && let Err(r) = self.allowed(&probe)
        {
            self.refuse(&r);
            return;
        }
        self.show(form);
    }

    /// Opens a form without asking the engine first (it asks on Enter),
    /// pre-filled with the entry just undone if it was typed in this dialog.
    pub(super) fn show(&mut self, mut form: Form) {
        let title = form.dialog.spec().title();
        if let Some((_, text)) = self.undone.take_if(|(dialog, _)| *dialog == title)
            && let Some(FieldMut::Text(field)) = form
                .dialog
                .spec_mut()
                .fields_mut()
                .into_iter()
                .find(|f| matches!(f, FieldMut::Text(_)))
        {
            field.set_text(&text);
            self.status = Some(Status::Info(self.words.draft_restored(true).to_owned()));
        }
        self.mode = Mode::Form(form);
    }

    /// A choice of present people, optionally with "nobody" first.
    pub(super) fn people_field(
        &self,
        label: Label,
        nobody: bool,
        preselect: Option<PersonId>,
    ) -> PersonField {
        let state = self.session.state();
        let nobody = nobody.then(|| (self.words.label(Label::Nobody).to_owned(), None));
        let present = state
            .present_people()
            .map(|p| (p.who.name.clone(), Some(p.id)));
        ChoiceField::new(label, nobody.into_iter().chain(present)).with(preselect.map(Some))
    }

    /// A choice among the given people, with one preselected.
    pub(super) fn choice_of(
        &self,
        label: Label,
        people: &[PersonId],
        preselect: Option<PersonId>,
    ) -> ChoiceField<PersonId> {
        let state = self.session.state();
        ChoiceField::new(
            label,
            people.iter().map(|p| (state.name(*p).to_owned(), *p)),
        )
        .with(preselect)
    }

    /// Pasted text goes into the focused editor only; it never triggers a command.
    pub(super) fn paste(&mut self, text: &str) {
        match &mut self.mode {
            Mode::Form(form) => {
                let focus = form.focus;
                if let Some(FieldMut::Text(field)) =
                    form.dialog.spec_mut().fields_mut().into_iter().nth(focus)
                {
                    let column = crate::tui::fields::cursor_column(&field.area);
                    field.area.insert_str(crate::tui::fields::pasted(
                        text,
                        field.single_line,
                        column,
                    ));
                }
            }
            Mode::Test(test) if !test.ruling => {
                let column = crate::tui::fields::cursor_column(&test.argument);
                test.argument
                    .insert_str(crate::tui::fields::pasted(text, false, column));
            }
            _ => {}
        }
    }

    pub(super) fn form_key(&mut self, mut form: Form, key: KeyEvent) {
        let newline = (key.code == KeyCode::Enter && key.modifiers.contains(KeyModifiers::ALT))
            || (key.code == KeyCode::Char('j') && key.modifiers.contains(KeyModifiers::CONTROL));
        let count = form.dialog.spec().fields().len().max(1);
        let focus = form.focus;
        match key.code {
            KeyCode::Esc if form.typed() => {
                // Typed text is never thrown away silently: ask first, and
                // "no" (or Esc again) goes back to the dialog as it was.
                self.mode = Mode::Discard(Box::new(form));
                return;
            }
            KeyCode::Esc => {
                self.status = Some(Status::Info(self.words.cancelled().to_owned()));
                form.dialog.spec().back(self, false);
                return;
            }
            _ if newline => {
                if let Some(FieldMut::Text(field)) =
                    form.dialog.spec_mut().fields_mut().into_iter().nth(focus)
                    && !field.single_line
                {
                    field.area.insert_newline();
                }
            }
            KeyCode::Enter => {
                self.submit(form);
                return;
            }
            KeyCode::Tab => form.focus = (focus + 1) % count,
            KeyCode::BackTab => form.focus = (focus + count - 1) % count,
            _ => match form.dialog.spec_mut().fields_mut().into_iter().nth(focus) {
                Some(FieldMut::Text(field)) => {
                    field.area.input(key);
                }
                Some(FieldMut::Choice(choice)) => {
                    choice.key(key.code);
                    form.dialog.spec_mut().changed(focus);
                }
                None => {}
            },
        }
        self.mode = Mode::Form(form);
    }

    /// Turns a filled-in form into its engine command. A refused command
    /// keeps the form open, with the reason in the status line, so nothing
    /// typed is lost.
    pub(super) fn submit(&mut self, form: Form) {
        match &form.dialog {
            AnyDialog::Ending(ending) => {
                let ending = ending.clone();
                self.submit_ending(form, &ending)
            }
            AnyDialog::SaveElsewhere(save) => {
                let typed = save.path.text();
                self.submit_save(form, &typed)
            }
            dialog => match dialog.spec().command(self) {
                Ok(command) => match self.try_record(command) {
                    Ok(()) => form.dialog.spec().back(self, true),
                    Err(refusal) => self.mode = Mode::Form(form.at_fault(&refusal)),
                },
                Err(None) => self.mode = Mode::Form(form),
                Err(Some(why)) => self.refuse_form(form, why),
            },
        }
    }

    /// The outcome dialog: asks before ending the item; adoption under
    /// consent rules first asks for the review date instead.
    fn submit_ending(&mut self, form: Form, dialog: &EndingDialog) {
        let state = self.session.state();
        let ending = dialog.ending.value().unwrap_or(Ending::Unfinished);
        if views::needs_review_date(state, ending) {
            self.adoption_form();
            return;
        }
        let command = Command::EndItem {
            ending,
            reason: dialog.reason.optional(),
        };
        match self.session.probe(&command, self.now) {
            Ok(_) => {
                let label = state.active_item().map(|i| i.label.clone());
                let election = state.active_item().is_some_and(|i| i.is_election());
                self.mode = Mode::Confirm {
                    question: self.words.confirm_ending(
                        self.words.ending_for(ending, election),
                        &label.unwrap_or_default(),
                    ),
                    pending: Pending::Command(command),
                };
            }
            Err(r) => {
                self.refuse(&r);
                self.mode = Mode::Form(form.at_fault(&r));
            }
        }
    }

    /// Ctrl+S: saves under the typed folder or file, or keeps the form
    /// open with the reason.
    fn submit_save(&mut self, form: Form, typed: &str) {
        let target = typed.trim();
        if target.is_empty() || !self.save_to(std::path::Path::new(target)) {
            let why = self.save_error.clone().unwrap_or_default();
            self.status = Some(Status::Refused(format!(
                "{}: {why}",
                self.words.label(Label::NotSaved)
            )));
            self.mode = Mode::Form(form);
        }
    }

    /// Shows what is wrong with a dialog and keeps it open.
    pub(super) fn refuse_form(&mut self, form: Form, why: String) {
        self.status = Some(Status::Refused(why));
        self.mode = Mode::Form(form);
    }
}
