//! The live meeting on screen: the [`App`]'s session and selection turned
//! into the screens' [`View`], the meeting frame drawn from it, and the
//! app's dialogs and help on top.

use ratatui::Frame;
use ratatui::widgets::Widget;

use super::app::{App, Mode, Status};
use super::govview::GovOverlay;
use super::keys;
use super::screens::{self, MeetingScreen, StatusLine, View, dialogs};
use super::widgets::help::Help;
use crate::text::tui::{KeyText, Label};

impl App {
    /// What the screens read of the app this frame.
    pub(crate) fn view(&self) -> View<'_> {
        View {
            state: self.session.state(),
            setup: self.session.setup(),
            words: self.words,
            theme: self.theme,
            now: self.now,
            selected: self.ui.selected,
            scroll: self.ui.scroll,
            focus: self.ui.focus,
            presentation: self.presentation,
            saved_to: self.saved_to.as_deref(),
            status: self.status.as_ref().map(|s| match s {
                Status::Info(text) => StatusLine::Info(text),
                Status::Refused(text) => StatusLine::Refused(text),
            }),
            save_error: self.save_error.as_deref(),
            governance: self
                .governance
                .as_ref()
                .and_then(|g| g.at_start())
                .and_then(|r| r.circle(&self.session.setup().circle)),
            conflicts: self
                .governance
                .as_ref()
                .map_or(&[], |g| g.conflicts(&self.session.setup().circle)),
            summary: None,
        }
    }
}

/// Draws the whole terminal: the meeting frame, then any dialog or help.
pub(crate) fn draw(app: &mut App, frame: &mut Frame) {
    let area = frame.area();
    MeetingScreen(&app.view()).render(area, frame.buffer_mut());
    if area.width < screens::MIN_WIDTH || area.height < screens::MIN_HEIGHT {
        return;
    }
    // Who follows from elsewhere, on the title row.
    app.followers.draw(
        app.words,
        &app.theme,
        area.rows().next().unwrap_or_default(),
        frame.buffer_mut(),
    );
    let words = app.words;
    let theme = app.theme;
    let screen = screens::screen_of(app.session.state());
    if let Mode::Governance(view) = &app.mode
        && view.circle.is_none()
    {
        let mut filled = view.clone();
        app.fill_governance(&mut filled);
        app.mode = Mode::Governance(filled);
    }
    let footer = screens::footer_rows(&app.view(), area);
    match &mut app.mode {
        Mode::Normal => {}
        Mode::Form(form) => dialogs::form(frame, area, &form.view(), words, &theme),
        Mode::Confirm { question, .. } => {
            dialogs::confirm(frame, area, footer, question, words, &theme)
        }
        Mode::Discard(form) => {
            let view = form.view();
            dialogs::form(frame, area, &view, words, &theme);
            let question = words.confirm_discard(words.dialog(view.title));
            dialogs::confirm(frame, area, footer, &question, words, &theme);
        }
        Mode::Test(test) => {
            dialogs::test(frame, area, test, app.session.state(), words, &theme);
        }
        Mode::DiscardTest(test) => {
            dialogs::test(frame, area, test, app.session.state(), words, &theme);
            let question = words.confirm_discard(words.label(Label::TestTitle));
            dialogs::confirm(frame, area, footer, &question, words, &theme);
        }
        Mode::People(people) => {
            dialogs::people(
                frame,
                area,
                people,
                app.session.state(),
                app.now,
                words,
                &theme,
            );
        }
        Mode::Parts(list) => {
            let parts = app
                .session
                .state()
                .active_item()
                .and_then(|i| i.current_version())
                .map_or(&[][..], |v| v.parts.as_slice());
            dialogs::part_list(frame, area, parts, list.selected, words, &theme);
        }
        Mode::Governance(view) => GovOverlay {
            view,
            circle_name: &app.session.setup().circle,
            available: app.governance.is_some(),
            searchable: true,
            words,
            theme: &theme,
        }
        .render(area, frame.buffer_mut()),
    }
    if app.help {
        let footer = words.key_text(KeyText::HelpClose);
        Help {
            title: words.label(Label::HelpTitle),
            rows: keys::bindings(screen)
                .iter()
                .map(|b| (b.cap(words), words.key_action(b.action)))
                .collect(),
            footer: &footer,
            theme: &theme,
        }
        .render(area, frame.buffer_mut());
    }
}
