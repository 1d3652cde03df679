//! Screens: one module per meeting phase or step, all drawn inside the same
//! persistent frame (title, phase bar, clock, prompt, status, keys). Which
//! screen shows is derived from the session alone, so a resumed session
//! opens on exactly the screen it stopped on.

pub mod agenda;
pub mod closeout;
pub mod consent;
pub mod dialogs;
pub mod election;
pub mod home;
pub mod integration;
pub mod item;
pub mod objections;
pub mod opening;
pub mod rounds;
pub mod setup;
pub mod summary;
pub mod tactical;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::app::{App, Mode, Status};
use super::keys::{self, Screen};
use super::widgets::{clock, phase_bar};
use crate::meeting::{IdmStep, MeetingState, Phase, RuleSet};
use crate::text::tactical::TacticalPrompt;
use crate::text::tui::{Label, Prompt};

/// The smallest terminal the meeting screen works in.
pub const MIN_WIDTH: u16 = 60;
/// The smallest terminal height the meeting screen works in.
pub const MIN_HEIGHT: u16 = 16;

/// Which screen (and key table) the meeting's phase calls for.
pub fn screen_of(state: &MeetingState) -> Screen {
    match state.phase {
        Phase::Opening => Screen::Opening,
        Phase::CheckIn | Phase::Closing => Screen::Round,
        Phase::Agenda => Screen::Agenda,
        Phase::Item { step, .. } => match step {
            IdmStep::PresentProposal if state.active_rules() == RuleSet::Consent => Screen::Driver,
            IdmStep::PresentProposal => Screen::Present,
            IdmStep::ClarifyingQuestions => Screen::Questions,
            IdmStep::ReactionRound => Screen::Round,
            IdmStep::AmendAndClarify => Screen::Amend,
            IdmStep::ObjectionRound => Screen::Objections,
            IdmStep::Integration => Screen::Integration,
            IdmStep::ConsentRound => Screen::Consent,
            IdmStep::ResolveObjections => Screen::Resolve,
            IdmStep::DescribeRole => Screen::Describe,
            IdmStep::Nominations => Screen::Nominations,
            IdmStep::NominationSharing => Screen::Sharing,
            IdmStep::NominationChanges => Screen::Changes,
            IdmStep::ProposeCandidate => Screen::Propose,
            IdmStep::Triage => Screen::Triage,
        },
        Phase::CloseOut => Screen::CloseOut,
        Phase::Closed => Screen::Summary,
        Phase::Checklist | Phase::Metrics | Phase::Progress => Screen::Review,
    }
}

/// The facilitator prompt for where the meeting stands (also the replay's
/// commentary, so a trainee reads what the facilitator read).
pub(crate) fn prompt_of(state: &MeetingState) -> Prompt {
    if state.time_out.is_some() {
        return Prompt::TimeOut;
    }
    match state.phase {
        Phase::Opening => Prompt::Opening,
        Phase::CheckIn => Prompt::CheckIn,
        Phase::Agenda => Prompt::Agenda,
        Phase::Item { step, .. } => match step {
            IdmStep::PresentProposal if state.active_rules() == RuleSet::Consent => Prompt::Driver,
            IdmStep::PresentProposal => Prompt::Present,
            IdmStep::ReactionRound if state.active_rules() == RuleSet::Consent => {
                Prompt::QuickReactions
            }
            IdmStep::ClarifyingQuestions => Prompt::Questions,
            IdmStep::ReactionRound => Prompt::Reactions,
            IdmStep::AmendAndClarify => Prompt::Amend,
            IdmStep::ObjectionRound => Prompt::Objections,
            IdmStep::Integration => Prompt::Integration,
            IdmStep::ConsentRound => Prompt::ConsentRound,
            IdmStep::ResolveObjections => Prompt::Resolve,
            IdmStep::DescribeRole => Prompt::DescribeRole,
            IdmStep::Nominations => Prompt::Nominations,
            IdmStep::NominationSharing => Prompt::NominationSharing,
            IdmStep::NominationChanges => Prompt::NominationChanges,
            IdmStep::ProposeCandidate => Prompt::ProposeCandidate,
            IdmStep::Triage => Prompt::Tactical(TacticalPrompt::Triage),
        },
        Phase::Closing => Prompt::Closing,
        Phase::CloseOut => Prompt::CloseOut,
        Phase::Closed => Prompt::Summary,
        Phase::Checklist | Phase::Metrics | Phase::Progress => {
            match crate::meeting::TacticalList::of_phase(state.phase) {
                Some(list) => Prompt::Tactical(TacticalPrompt::Review(list)),
                None => Prompt::Agenda,
            }
        }
    }
}

/// Draws the whole frame: chrome, the current screen, then any dialog.
pub fn draw(app: &mut App, frame: &mut Frame) {
    let area = frame.area();
    if super::widgets::too_small(frame, area, (MIN_WIDTH, MIN_HEIGHT), app.words, &app.theme) {
        return;
    }
    let state = app.session.state();
    let words = app.words;
    let theme = app.theme;
    let timeout = state.time_out.is_some();
    let save_error = app.save_error.is_some();
    let facilitator = !app.presentation;
    let screen = screen_of(state);
    let prompt_text = words.prompt(prompt_of(state));
    // Elections exist in governance meetings only; a tactical agenda does
    // not offer the key (the engine refuses it there with the reason).
    let elections = crate::meeting::election::elections_allowed(state.format);
    let pairs: Vec<(String, &str)> = keys::bindings(screen)
        .into_iter()
        .filter(|b| b.hint && (elections || b.action != keys::Action::AddElection))
        .map(|b| (b.cap(words), words.key_action(b.action)))
        .collect();
    // Packed so a key never sits on one line and its meaning on the next.
    let hints = super::widgets::hint_lines(&pairs, usize::from(area.width), &theme);
    // Measured in display columns, so wide characters count right.
    let rows_for = |columns: usize| {
        if columns > usize::from(area.width) {
            2
        } else {
            1
        }
    };
    let prompt_rows = if facilitator {
        rows_for(prompt_text.width() + 2)
    } else {
        0
    };
    // A refusal must be readable in full: it explains what to do instead.
    let status_rows = match &app.status {
        Some(Status::Refused(text) | Status::Info(text)) => rows_for(text.width() + 2),
        None => 1,
    };
    let keys_rows = if facilitator {
        (hints.len() as u16).clamp(1, 2)
    } else {
        0
    };
    let [
        title,
        bar,
        clock_row,
        banner,
        warning,
        body,
        prompt,
        status,
        keys_row,
    ] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(u16::from(timeout)),
        Constraint::Length(2 * u16::from(save_error)),
        Constraint::Min(0),
        Constraint::Length(prompt_rows),
        Constraint::Length(status_rows),
        Constraint::Length(keys_rows),
    ])
    .areas(area);

    let setup = app.session.setup();
    let mut title_spans = vec![Span::styled(
        format!(" {} ", setup.title),
        theme.title.add_modifier(ratatui::style::Modifier::REVERSED),
    )];
    title_spans.push(Span::styled(format!("  {}", setup.circle), theme.heading));
    if app.presentation {
        title_spans.push(Span::styled(
            format!("  [{}]", words.label(Label::GroupView)),
            theme.muted,
        ));
    }
    frame.render_widget(Paragraph::new(Line::from(title_spans)), title);
    frame.render_widget(
        Paragraph::new(phase_bar::line(state, words, &theme, bar.width)),
        bar,
    );
    frame.render_widget(
        Paragraph::new(clock::line(state, app.now, words, &theme)),
        clock_row,
    );
    if let Some(t) = &state.time_out {
        let text = format!(
            " ⏸ {} ({}): {} ",
            words.label(Label::TimeOut),
            super::widgets::duration((app.now - t.since).num_seconds().max(0)),
            t.reason
        );
        frame.render_widget(Paragraph::new(Span::styled(text, theme.banner)), banner);
    }
    if let Some(e) = &app.save_error {
        let text = format!(" ⚠ {}: {e} ", words.label(Label::NotSaved));
        let hint = format!("   {} ", words.label(Label::SaveRetryHint));
        frame.render_widget(
            Paragraph::new(vec![
                Line::from(Span::styled(text, theme.error)),
                Line::from(Span::styled(hint, theme.error)),
            ]),
            warning,
        );
    }

    match screen {
        Screen::Opening => opening::draw(app, frame, body),
        Screen::Round => rounds::draw(app, frame, body),
        Screen::Agenda => agenda::draw(app, frame, body),
        Screen::Present | Screen::Questions | Screen::Amend => item::draw(app, frame, body),
        Screen::Objections => objections::draw(app, frame, body),
        Screen::Integration => integration::draw(app, frame, body),
        Screen::CloseOut => closeout::draw(app, frame, body),
        Screen::Summary => summary::draw(app, frame, body),
        Screen::Driver => consent::driver(app, frame, body),
        Screen::Consent => consent::round(app, frame, body),
        Screen::Resolve => consent::resolve(app, frame, body),
        Screen::Describe
        | Screen::Nominations
        | Screen::Sharing
        | Screen::Changes
        | Screen::Propose => election::draw(app, frame, body),
        Screen::Review => tactical::draw_review(app, frame, body),
        Screen::Triage => tactical::draw_triage(app, frame, body),
    }

    if facilitator {
        let line = Line::from(vec![
            Span::styled("» ", theme.heading),
            Span::styled(prompt_text, theme.muted),
        ]);
        frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), prompt);
    }
    let status_line = match &app.status {
        Some(Status::Refused(text)) => Line::from(Span::styled(format!("✗ {text}"), theme.error)),
        Some(Status::Info(text)) => Line::from(Span::styled(text.clone(), theme.ok)),
        None => Line::default(),
    };
    frame.render_widget(
        Paragraph::new(status_line).wrap(Wrap { trim: true }),
        status,
    );
    if facilitator {
        frame.render_widget(Paragraph::new(hints), keys_row);
    }

    match &mut app.mode {
        Mode::Normal => {}
        Mode::Form(form) => dialogs::form(frame, area, form, words, &theme),
        Mode::Confirm { question, .. } => dialogs::confirm(frame, area, question, words, &theme),
        Mode::Test(test) => {
            dialogs::test(frame, area, test, app.session.state(), words, &theme);
        }
        Mode::People(people) => {
            dialogs::people(frame, area, people, app.session.state(), words, &theme);
        }
    }
    if app.help {
        dialogs::help(frame, area, screen, words, &theme);
    }
}
