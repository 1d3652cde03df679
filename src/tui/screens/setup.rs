//! The setup screen: title, circle, participants, facilitator, secretary
//! and timebox, before a session exists. It produces a `Setup` checked by
//! the engine (`Session::open`), or nothing if the facilitator cancels.

use chrono::{DateTime, FixedOffset};
use ratatui::Frame;
use ratatui::crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use ratatui::layout::{Constraint, Layout};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::meeting::absent::{Absent, parse_absent};
use crate::meeting::{
    MeetingFormat, Participant, PersonId, RuleSet, Session, Setup, parse_minutes,
};
use crate::text::tactical::TacticalLabel;
use crate::text::tui::{KeyText, Label};
use crate::text::{Lang, capitalise};
use crate::tui::fields::{Choice, ChoiceField, TextField, jump};
use crate::tui::theme::{Theme, ThemeChoice};
use crate::tui::widgets::prose::Prose;

/// What the caller already knows (flags, config, the last meeting).
#[derive(Debug, Clone)]
pub struct SetupDefaults {
    /// Meeting title.
    pub title: String,
    /// Circle name.
    pub circle: String,
    /// Participants in seating order, with their roles (shown and edited
    /// as `Ana (Release/Finance), Bram`).
    pub participants: Vec<Participant>,
    /// Index of the facilitator in `participants`.
    pub facilitator: usize,
    /// Index of the secretary, if any.
    pub secretary: Option<usize>,
    /// Timebox in minutes, if any.
    pub timebox_minutes: Option<u32>,
    /// Governance or tactical (changed on the screen with ←→).
    pub format: MeetingFormat,
    /// Language of the meeting.
    pub lang: Lang,
    /// When the meeting opens (the caller's clock).
    pub opened_at: DateTime<FixedOffset>,
    /// Palette.
    pub theme: ThemeChoice,
    /// Decision rules the form starts on (`--rules`, else integrative).
    pub rules: RuleSet,
    /// Who is absent from the start, as typed (`--absent`).
    pub absent: String,
}

const TITLE: usize = 0;
const CIRCLE: usize = 1;
const PEOPLE: usize = 2;
const FACILITATOR: usize = 3;
const SECRETARY: usize = 4;
const TIMEBOX: usize = 5;
const FORMAT: usize = 6;
const RULES: usize = 7;
const ABSENT: usize = 8;
const FIELDS: usize = 9;

/// The formats the setup screen offers, in the order ←→ goes through them.
const FORMATS: [MeetingFormat; 2] = [MeetingFormat::Governance, MeetingFormat::Tactical];

/// The rule sets the setup form offers, in the order ←→ cycles them.
const RULE_SETS: [RuleSet; 2] = [RuleSet::Integrative, RuleSet::Consent];

/// The text fields, in the order of [`SetupScreen::texts`].
const TEXT_LABELS: [Label; 5] = [
    Label::MeetingTitle,
    Label::Circle,
    Label::ParticipantList,
    Label::TimeboxMinutes,
    Label::AbsentList,
];

/// The setup form's state; testable without a terminal.
pub struct SetupScreen {
    /// Title, circle, participants, timebox and who is absent: the
    /// dialogs' text fields.
    texts: [TextField; 5],
    /// Who is absent from the start, read when the form is confirmed.
    absent: Vec<Absent>,
    /// Index into the participants typed (which change as they are typed,
    /// so the picker is built from them when it is used).
    facilitator: usize,
    secretary: Option<usize>,
    format: ChoiceField<MeetingFormat>,
    focus: usize,
    rules: ChoiceField<RuleSet>,
    defaults: SetupDefaults,
    theme: Theme,
    error: Option<String>,
    done: Option<Option<Setup>>,
    /// Esc was pressed with typed text: "throw it away?" is asked.
    asking: bool,
}

impl SetupScreen {
    /// A form filled with the defaults.
    pub fn new(defaults: SetupDefaults) -> SetupScreen {
        let timebox = defaults
            .timebox_minutes
            .map(|m| m.to_string())
            .unwrap_or_default();
        let opened_with = [
            defaults.title.clone(),
            defaults.circle.clone(),
            Participant::format_list(&defaults.participants),
            timebox,
            defaults.absent.clone(),
        ];
        let words = defaults.lang.words();
        let formats = FORMATS
            .iter()
            .map(|f| (capitalise(words.format_name(*f)), *f));
        let rules = RULE_SETS
            .iter()
            .map(|r| (capitalise(words.rules_short(*r)), *r));
        SetupScreen {
            texts: std::array::from_fn(|i| TextField::new(TEXT_LABELS[i], &opened_with[i])),
            asking: false,
            absent: Vec::new(),
            facilitator: defaults.facilitator,
            secretary: defaults.secretary,
            format: ChoiceField::new(Label::Tactical(TacticalLabel::Format), formats)
                .with(Some(defaults.format)),
            focus: TITLE,
            rules: ChoiceField::new(Label::Rules, rules).with(Some(defaults.rules)),
            theme: Theme::new(defaults.theme),
            defaults,
            error: None,
            done: None,
        }
    }

    /// `Some(Some(setup))` when confirmed, `Some(None)` when cancelled.
    pub fn outcome(&self) -> Option<Option<Setup>> {
        self.done.clone()
    }

    /// Who is absent from the start, once the form is confirmed.
    pub fn absent(&self) -> &[Absent] {
        &self.absent
    }

    /// The participants field, parsed the way the command line parses
    /// `--participants`, roles included.
    fn people(&self) -> Vec<Participant> {
        Participant::parse_list(&self.texts[2].area.lines().join(","))
    }

    fn names(&self) -> Vec<String> {
        self.people().into_iter().map(|p| p.name).collect()
    }

    fn text_index(field: usize) -> Option<usize> {
        match field {
            TITLE => Some(0),
            CIRCLE => Some(1),
            PEOPLE => Some(2),
            TIMEBOX => Some(3),
            ABSENT => Some(4),
            _ => None,
        }
    }

    /// Whether a text field holds something other than it opened with.
    fn typed(&self) -> bool {
        self.texts
            .iter()
            .any(|field| field.text().trim() != field.opened_with.trim())
    }

    /// While "throw away what you typed?" is asked: yes cancels the setup,
    /// no or Esc goes back to it.
    fn answer(&mut self, key: ratatui::crossterm::event::KeyEvent) {
        let words = self.defaults.lang.words();
        let c = match key.code {
            KeyCode::Esc => {
                self.asking = false;
                return;
            }
            KeyCode::Char(c) => c.to_lowercase().next().unwrap_or(c),
            _ => return,
        };
        if words.yes_keys().contains(&c) {
            self.done = Some(None);
        } else if words.no_keys().contains(&c) {
            self.asking = false;
        }
    }

    /// Handles one terminal event.
    pub fn handle_event(&mut self, event: Event) {
        if self.asking {
            if let Event::Key(key) = event
                && key.kind != KeyEventKind::Release
            {
                if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
                    self.done = Some(None);
                } else {
                    self.answer(key);
                }
            }
            return;
        }
        match event {
            Event::Paste(text) => {
                if let Some(i) = Self::text_index(self.focus) {
                    self.texts[i]
                        .area
                        .insert_str(crate::tui::fields::pasted(&text, true, 0));
                }
            }
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                let count = self.names().len().max(1);
                match key.code {
                    KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                        self.done = Some(None)
                    }
                    // Typed text is not thrown away without asking.
                    KeyCode::Esc if self.typed() => self.asking = true,
                    KeyCode::Esc => self.done = Some(None),
                    KeyCode::Enter => self.submit(),
                    KeyCode::Tab => self.move_focus(1),
                    KeyCode::BackTab => self.move_focus(FIELDS - 1),
                    KeyCode::Up
                    | KeyCode::Left
                    | KeyCode::Down
                    | KeyCode::Right
                    | KeyCode::Char(_)
                        if self.focus == FACILITATOR =>
                    {
                        let mut picker = self.facilitator_picker();
                        picker.key(key.code);
                        self.facilitator = picker.selected;
                    }
                    KeyCode::Up | KeyCode::Left if self.focus == SECRETARY => {
                        self.secretary = match self.secretary {
                            None => Some(count - 1),
                            Some(0) => None,
                            Some(i) => Some(i - 1),
                        }
                    }
                    KeyCode::Down | KeyCode::Right if self.focus == SECRETARY => {
                        self.secretary = match self.secretary {
                            None => Some(0),
                            Some(i) if i + 1 >= count => None,
                            Some(i) => Some(i + 1),
                        }
                    }
                    KeyCode::Char(c) if self.focus == SECRETARY => {
                        let from = self.secretary.unwrap_or(count - 1);
                        if let Some(i) = jump(&self.names(), from, c) {
                            self.secretary = Some(i);
                        }
                    }
                    KeyCode::Up | KeyCode::Left | KeyCode::Down | KeyCode::Right
                        if self.focus == RULES =>
                    {
                        self.rules.key(key.code)
                    }
                    // Space moves on, like →.
                    KeyCode::Char(' ') if self.focus == FORMAT => self.format.key(KeyCode::Right),
                    KeyCode::Left
                    | KeyCode::Right
                    | KeyCode::Up
                    | KeyCode::Down
                    | KeyCode::Char(_)
                        if self.focus == FORMAT =>
                    {
                        self.format.key(key.code)
                    }
                    KeyCode::Up => self.move_focus(FIELDS - 1),
                    KeyCode::Down => self.move_focus(1),
                    _ => {
                        if let Some(i) = Self::text_index(self.focus) {
                            self.texts[i].area.input(key);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    /// Moves the focus `by` fields on (modulo the field count), passing
    /// over the rules row when it does not apply.
    fn move_focus(&mut self, by: usize) {
        self.focus = (self.focus + by) % FIELDS;
        if self.focus == RULES && self.format() == MeetingFormat::Tactical {
            self.focus = (self.focus + by) % FIELDS;
        }
    }

    /// The rule set the meeting gets: a tactical meeting takes no
    /// decisions, so it keeps the default whatever the rules row said.
    fn effective_rules(&self) -> RuleSet {
        match self.format() {
            MeetingFormat::Tactical => RuleSet::Integrative,
            MeetingFormat::Governance => self.rules.value().unwrap_or(RuleSet::Integrative),
        }
    }

    /// The format chosen.
    fn format(&self) -> MeetingFormat {
        self.format.value().unwrap_or(MeetingFormat::Governance)
    }

    /// The facilitator picker over the participants as typed now.
    fn facilitator_picker(&self) -> ChoiceField<usize> {
        let names = self.names();
        let mut picker = ChoiceField::new(Label::FacilitatorField, names.into_iter().zip(0..));
        picker.select(self.facilitator);
        picker
    }

    fn submit(&mut self) {
        let words = self.defaults.lang.words();
        let timebox_text = self.texts[3].area.lines().join("").trim().to_owned();
        let timebox_minutes = if timebox_text.is_empty() {
            None
        } else {
            match parse_minutes(&timebox_text) {
                Some(m) => Some(m),
                None => {
                    self.error = Some(words.label(Label::BadTimebox).to_owned());
                    return;
                }
            }
        };
        let people = self.people();
        let absent_text = self.texts[4].area.lines().join(" ");
        match parse_absent(&absent_text, &people) {
            Ok(absent) => self.absent = absent,
            Err(problem) => {
                self.error = Some(words.absent_problem(&problem));
                self.focus = ABSENT;
                return;
            }
        }
        let setup = Setup {
            title: self.texts[0].area.lines().join(" ").trim().to_owned(),
            circle: self.texts[1].area.lines().join(" ").trim().to_owned(),
            lang: self.defaults.lang,
            format: self.format(),
            rules: self.effective_rules(),
            opened_at: self.defaults.opened_at,
            facilitator: PersonId(self.facilitator.min(people.len().saturating_sub(1)) as u32),
            secretary: self
                .secretary
                .filter(|s| *s < people.len())
                .map(|s| PersonId(s as u32)),
            participants: people,
            timebox_minutes,
            tactical_lists: Default::default(),
            clock_starts: crate::meeting::ClockStart::CheckIn,
            offered: Vec::new(),
        };
        match Session::open(setup.clone()) {
            Ok(_) => self.done = Some(Some(setup)),
            Err(problem) => self.error = Some(words.setup_problem(&problem)),
        }
    }

    /// Text `i` (the form's `field`) on one row: its label, then its
    /// editor without borders. A label wider than half the row ends in
    /// "…", so the editor keeps room to type in.
    fn inline(
        &self,
        frame: &mut Frame,
        field: usize,
        i: usize,
        row: ratatui::layout::Rect,
        words: &dyn crate::text::Words,
        theme: &crate::tui::theme::Theme,
    ) {
        let marker = if self.focus == field { "▶ " } else { "  " };
        let mut prompt = vec![Line::from(Span::styled(
            format!("{marker}{}: ", words.label(self.texts[i].label)),
            theme.heading,
        ))];
        let most = (row.width / 2).max(1);
        if prompt[0].width() > usize::from(most) {
            prompt = crate::tui::widgets::prose::wrap_line(&prompt[0], most.saturating_sub(1));
            crate::tui::widgets::prose::shorten(&mut prompt, 1, most.saturating_sub(1));
            if let Some(line) = prompt.first_mut() {
                line.spans.push(Span::raw(" "));
            }
        }
        let prompt = prompt.into_iter().next().unwrap_or_default();
        let [label, editor] = Layout::horizontal([
            Constraint::Length(u16::try_from(prompt.width()).unwrap_or(u16::MAX)),
            Constraint::Min(1),
        ])
        .areas(row);
        frame.render_widget(Paragraph::new(prompt), label);
        self.bare(frame, field, i, editor, theme);
    }

    /// Text `i` (the form's `field`) as an editor without borders in
    /// `row`, under its label's text.
    fn bare(
        &self,
        frame: &mut Frame,
        field: usize,
        i: usize,
        row: ratatui::layout::Rect,
        theme: &crate::tui::theme::Theme,
    ) {
        let mut shown = (*self.texts[i].area).clone();
        shown.set_block(Block::default());
        shown.set_style(if self.focus == field {
            theme.current
        } else {
            theme.selected
        });
        if self.focus != field {
            shown.set_cursor_style(ratatui::style::Style::new());
        }
        frame.render_widget(&shown, row);
    }

    /// Where a bare editor goes under its label: under the label's text,
    /// two columns in.
    fn under_label(row: ratatui::layout::Rect) -> ratatui::layout::Rect {
        ratatui::layout::Rect {
            x: row.x + 2.min(row.width),
            width: row.width.saturating_sub(2),
            ..row
        }
    }

    /// Draws the form; small terminals get the same "enlarge" notice as the meeting.
    pub fn draw(&self, frame: &mut Frame) {
        let words = self.defaults.lang.words();
        let theme = &self.theme;
        let area = frame.area();
        if crate::tui::widgets::too_small(
            frame.buffer_mut(),
            area,
            (super::MIN_WIDTH, super::MIN_HEIGHT),
            words,
            theme,
        ) {
            return;
        }
        let block = Block::bordered().title(Line::from(Span::styled(
            format!(" {} ", words.label(Label::SetupTitle)),
            theme.current,
        )));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        // Below the 22 rows the whole form needs (60x16), each text is one
        // row without borders under its label, instead of the editors
        // being squeezed to their borders with no row to type in.
        let compact = inner.height < 22;
        let text_rows: [u16; 2] = if compact { [1, 1] } else { [1, 3] };
        let rows = Layout::vertical([
            Constraint::Length(text_rows[0]),
            Constraint::Length(text_rows[1]),
            Constraint::Length(text_rows[0]),
            Constraint::Length(text_rows[1]),
            Constraint::Length(text_rows[0]),
            Constraint::Length(text_rows[1]),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(text_rows[0]),
            Constraint::Length(text_rows[1]),
            // The format and the rules share a row; who is absent has one.
            Constraint::Length(1),
            Constraint::Length(1),
            // Two rows: the key hints or an error must be readable in full.
            Constraint::Length(2),
            Constraint::Min(0),
        ])
        .split(inner);
        let names = self.names();
        // A label wider than the form (the Dutch example of the
        // participants at 60 columns) ends in "…".
        let label = |field: usize, label: Label| {
            let marker = if self.focus == field { "▶ " } else { "  " };
            let line = Line::from(Span::styled(
                format!("{marker}{}", words.label(label)),
                theme.heading,
            ));
            let mut rows = crate::tui::widgets::prose::wrap_line(&line, inner.width);
            crate::tui::widgets::prose::shorten(&mut rows, 1, inner.width);
            Paragraph::new(rows.into_iter().next().unwrap_or_default())
        };
        let editor = |field: usize, i: usize| {
            let mut shown = (*self.texts[i].area).clone();
            shown.set_block(Block::bordered().border_style(if self.focus == field {
                theme.current
            } else {
                theme.border
            }));
            if self.focus != field {
                shown.set_cursor_style(ratatui::style::Style::new());
            }
            shown
        };
        for (field, i, row) in [(TITLE, 0, 0), (CIRCLE, 1, 2), (PEOPLE, 2, 4)] {
            frame.render_widget(label(field, self.texts[i].label), rows[row]);
            if compact {
                self.bare(frame, field, i, Self::under_label(rows[row + 1]), theme);
            } else {
                frame.render_widget(&editor(field, i), rows[row + 1]);
            }
        }
        let choice = |field: usize, name: Label, value: String| {
            let marker = if self.focus == field { "▶ " } else { "  " };
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{marker}{}: ", words.label(name)), theme.heading),
                Span::styled(
                    format!("‹ {value} ›"),
                    if self.focus == field {
                        theme.current
                    } else {
                        theme.selected
                    },
                ),
            ]))
        };
        let person = |i: usize| names.get(i).cloned().unwrap_or_default();
        frame.render_widget(
            choice(
                FACILITATOR,
                Label::FacilitatorField,
                person(self.facilitator),
            ),
            rows[6],
        );
        let secretary = match self.secretary.filter(|s| *s < names.len()) {
            Some(s) => person(s),
            None => words.label(Label::Nobody).to_owned(),
        };
        frame.render_widget(choice(SECRETARY, Label::SecretaryField, secretary), rows[7]);
        frame.render_widget(label(TIMEBOX, self.texts[3].label), rows[8]);
        if compact {
            self.bare(frame, TIMEBOX, 3, Self::under_label(rows[9]), theme);
        } else {
            frame.render_widget(&editor(TIMEBOX, 3), rows[9]);
        }
        let shown = |field: &dyn Choice| {
            field
                .options()
                .get(field.selected())
                .cloned()
                .unwrap_or_default()
        };
        // Half each, or as wide as the format's choice where half is too
        // little (60 columns in Dutch cut its closing "›").
        let format_width = u16::try_from(unicode_width::UnicodeWidthStr::width(
            format!(
                "  {}: ‹ {} › ",
                words.label(self.format.label),
                shown(&self.format)
            )
            .as_str(),
        ))
        .unwrap_or(u16::MAX)
        .max(rows[10].width / 2);
        let [format_cell, rules_cell] =
            Layout::horizontal([Constraint::Length(format_width), Constraint::Min(0)])
                .areas(rows[10]);
        frame.render_widget(
            choice(FORMAT, self.format.label, shown(&self.format)),
            format_cell,
        );
        // Only a governance meeting takes decisions, so only it has rules.
        if self.format() == MeetingFormat::Governance {
            frame.render_widget(
                choice(RULES, self.rules.label, shown(&self.rules)),
                rules_cell,
            );
        }
        // Who is absent: one line, its label in front.
        self.inline(frame, ABSENT, 4, rows[11], words, theme);
        match &self.error {
            Some(e) => frame.render_widget(
                Prose::new(Span::styled(format!("✗ {e}"), theme.error)),
                rows[12],
            ),
            // Broken between hints, never inside one.
            None => frame.render_widget(
                Paragraph::new(crate::tui::widgets::key_rows(
                    &words.key_line(KeyText::SetupKeys),
                    rows[12].width,
                    usize::from(rows[12].height),
                    theme.muted,
                )),
                rows[12],
            ),
        }
        if self.asking {
            let question = words.confirm_discard(words.label(Label::SetupTitle));
            super::dialogs::confirm(frame, area, 3, &question, words, theme);
        }
    }
}
