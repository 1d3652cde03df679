//! The field types every dialog and the setup screen are made of: a text
//! field, a choice (of people, kinds, months) and how a form is shown.
//! Screens draw these without knowing which dialog holds them, so this
//! module sits below both `app` (which fills and submits dialogs) and
//! `screens` (which draws them).

use ratatui::crossterm::event::KeyCode;
use ratatui::style::Style;
use ratatui_textarea::{TextArea, WrapMode};
use serde::{Deserialize, Serialize};

use crate::meeting::PersonId;
use crate::text::tactical::TacticalLabel;
use crate::text::tui::{Dialog, Label};

/// Whether a field's value is one line by its nature: a meeting length,
/// a date, a name, a role, an agenda label of one to three words.
fn one_line(label: Label) -> bool {
    matches!(
        label,
        Label::TimeboxMinutes
            | Label::ReviewDate
            | Label::Name
            | Label::Roles
            | Label::Role
            | Label::NomineeHidden
            | Label::PartName
            | Label::ItemLabel
            | Label::Tactical(TacticalLabel::Role | TacticalLabel::WaitingOn)
    )
}

/// Free text, edited in a text area, remembering what it opened with so
/// Esc can tell typed text (asked about) from untouched text.
#[derive(Clone, Serialize, Deserialize)]
#[serde(into = "TextDraft", from = "TextDraft")]
pub(crate) struct TextField {
    /// Its label.
    pub label: Label,
    /// The editor.
    pub area: Box<TextArea<'static>>,
    /// What the field held when its dialog opened.
    pub opened_with: String,
    /// Whether what is typed is hidden on the shared screen.
    pub masked: bool,
    /// Whether the value is one line (a timebox, a date, a name): one row
    /// high, and Enter saves with no new line offered.
    pub single_line: bool,
}

/// A [`TextField`] as kept in a draft: its text instead of the editor.
#[derive(Serialize, Deserialize)]
struct TextDraft {
    label: Label,
    text: String,
    opened_with: String,
    #[serde(default)]
    masked: bool,
}

impl From<TextField> for TextDraft {
    fn from(field: TextField) -> Self {
        TextDraft {
            label: field.label,
            text: field.text(),
            opened_with: field.opened_with,
            masked: field.masked,
        }
    }
}

impl From<TextDraft> for TextField {
    fn from(draft: TextDraft) -> Self {
        let mut field = TextField::new(draft.label, &draft.text);
        field.opened_with = draft.opened_with;
        if draft.masked {
            field = field.masked();
        }
        field
    }
}

/// Columns between tab stops where a pasted tab is laid out, as the
/// editor shows a tab.
const TAB_STOP: usize = 4;

/// Pasted text as it goes into an editor whose cursor stands at display
/// column `column`: line endings become `\n`; in a one-line field line
/// breaks and tabs become single spaces, elsewhere each tab becomes the
/// spaces up to the next tab stop. A tab is never kept: the screens, the
/// minutes and the other readers of a session file would each show it
/// differently, and a terminal cell cannot hold one (pasted "Owner:\tAna"
/// was shown as "Owner:Ana").
pub(crate) fn pasted(text: &str, single_line: bool, column: usize) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if single_line {
        return text.replace(['\n', '\t'], " ");
    }
    let mut out = String::with_capacity(text.len());
    let mut col = column;
    for c in text.chars() {
        match c {
            '\t' => {
                let spaces = TAB_STOP - col % TAB_STOP;
                out.extend(std::iter::repeat_n(' ', spaces));
                col += spaces;
            }
            '\n' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            }
        }
    }
    out
}

/// The display column of `area`'s cursor: where pasted text starts.
pub(crate) fn cursor_column(area: &TextArea<'_>) -> usize {
    let ratatui_textarea::DataCursor(row, col) = area.cursor();
    area.lines().get(row).map_or(0, |line| {
        line.chars()
            .take(col)
            .map(|c| unicode_width::UnicodeWidthChar::width(c).unwrap_or(0))
            .sum()
    })
}

impl TextField {
    /// A field labelled `label` opening with `text`.
    pub(crate) fn new(label: Label, text: &str) -> TextField {
        TextField {
            label,
            area: text_area(text),
            opened_with: text.to_owned(),
            masked: false,
            single_line: one_line(label),
        }
    }

    /// The same field with what is typed shown as dots.
    pub(crate) fn masked(mut self) -> TextField {
        self.area.set_mask_char('●');
        self.masked = true;
        self
    }

    /// What was typed.
    pub(crate) fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    /// What was typed, or `None` if only blanks were typed.
    pub(crate) fn optional(&self) -> Option<String> {
        let text = self.text();
        (!text.trim().is_empty()).then_some(text)
    }

    /// Whether something was typed that Esc would throw away: not blank
    /// and different from what the field opened with.
    pub(crate) fn typed(&self) -> bool {
        let text = self.text();
        !text.trim().is_empty() && text != self.opened_with
    }

    /// Replaces the text (an undone entry pre-filling its dialog again).
    pub(crate) fn set_text(&mut self, text: &str) {
        let masked = self.masked;
        self.area = text_area(text);
        if masked {
            self.area.set_mask_char('●');
        }
    }
}

/// A choice among options shown by name, each standing for a typed value
/// (a person, a kind, a number of months), changed with the arrows or by
/// typing a first letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ChoiceField<T> {
    /// Its label.
    pub label: Label,
    /// What is shown.
    pub options: Vec<String>,
    /// What each option stands for.
    pub values: Vec<T>,
    /// The chosen option.
    pub selected: usize,
    /// Digits typed in a row, so "2" then "4" picks 24 among numbers.
    #[serde(skip)]
    pub typed: String,
}

/// A choice of people, `None` standing for "nobody" (or, for a request,
/// "a role").
pub(crate) type PersonField = ChoiceField<Option<PersonId>>;

impl<T: Clone + PartialEq> ChoiceField<T> {
    /// A choice of `(shown, value)` pairs with the first one chosen.
    pub(crate) fn new(label: Label, options: impl IntoIterator<Item = (String, T)>) -> Self {
        let (options, values) = options.into_iter().unzip();
        ChoiceField {
            label,
            options,
            values,
            selected: 0,
            typed: String::new(),
        }
    }

    /// The same choice with `value` chosen, if it is among the options.
    pub(crate) fn with(mut self, value: Option<T>) -> Self {
        if let Some(i) = value.and_then(|v| self.values.iter().position(|x| *x == v)) {
            self.selected = i;
        }
        self
    }

    /// The chosen value (`None` only if there are no options).
    pub(crate) fn value(&self) -> Option<T> {
        self.values.get(self.selected).cloned()
    }
}

/// What any choice offers to drawing and keys, whatever its values are.
pub(crate) trait Choice {
    /// Its label.
    fn label(&self) -> Label;
    /// What is shown, in order.
    fn options(&self) -> &[String];
    /// The chosen option.
    fn selected(&self) -> usize;
    /// Chooses option `index`.
    fn select(&mut self, index: usize);
    /// The digits typed in a row so far.
    fn typed(&mut self) -> &mut String;

    /// ↑← and ↓→ move through the options (wrapping; in numbers ↑→ is
    /// larger), a letter jumps to
    /// the next option starting with it, and digits typed in a row pick
    /// the option that is that number ("2", "4": 24 months).
    fn key(&mut self, code: KeyCode) {
        let n = self.options().len().max(1);
        let at = self.selected();
        if let KeyCode::Char(c) = code
            && c.is_ascii_digit()
        {
            let longer = format!("{}{c}", self.typed());
            for number in [longer, c.to_string()] {
                if let Some(i) = self.options().iter().position(|o| *o == number) {
                    self.select(i);
                    *self.typed() = number;
                    return;
                }
            }
        }
        self.typed().clear();
        // In a choice of numbers ↑→ make the number larger and ↓← smaller,
        // whichever way the numbers are listed; other lists go by their
        // order (↑← the entry before, ↓→ the one after).
        let forward = match (numbers_ascending(self.options()), code) {
            (None, KeyCode::Up | KeyCode::Left) => Some(false),
            (None, KeyCode::Down | KeyCode::Right) => Some(true),
            (Some(ascending), KeyCode::Up | KeyCode::Right) => Some(ascending),
            (Some(ascending), KeyCode::Down | KeyCode::Left) => Some(!ascending),
            _ => None,
        };
        match (forward, code) {
            (Some(false), _) => self.select((at + n - 1) % n),
            (Some(true), _) => self.select((at + 1) % n),
            (None, KeyCode::Char(c)) => {
                if let Some(i) = jump(self.options(), at, c) {
                    self.select(i);
                }
            }
            _ => {}
        }
    }
}

/// Whether the options are all numbers (a term in months), and if so
/// whether they are listed from small to large.
fn numbers_ascending(options: &[String]) -> Option<bool> {
    let numbers: Option<Vec<i64>> = options.iter().map(|o| o.trim().parse().ok()).collect();
    match numbers?.as_slice() {
        [first, .., last] => Some(first <= last),
        _ => None,
    }
}

impl<T> Choice for ChoiceField<T> {
    fn label(&self) -> Label {
        self.label
    }
    fn options(&self) -> &[String] {
        &self.options
    }
    fn selected(&self) -> usize {
        self.selected
    }
    fn select(&mut self, index: usize) {
        self.selected = index.min(self.options.len().saturating_sub(1));
    }
    fn typed(&mut self) -> &mut String {
        &mut self.typed
    }
}

/// One field of a dialog, to draw.
pub(crate) enum FieldRef<'a> {
    /// Free text.
    Text(&'a TextField),
    /// A choice.
    Choice(&'a dyn Choice),
}

/// One field of a dialog, to type into.
pub(crate) enum FieldMut<'a> {
    /// Free text.
    Text(&'a mut TextField),
    /// A choice.
    Choice(&'a mut dyn Choice),
}

impl<'a> From<&'a TextField> for FieldRef<'a> {
    fn from(field: &'a TextField) -> Self {
        FieldRef::Text(field)
    }
}

impl<'a, T> From<&'a ChoiceField<T>> for FieldRef<'a> {
    fn from(field: &'a ChoiceField<T>) -> Self {
        FieldRef::Choice(field)
    }
}

impl<'a> From<&'a mut TextField> for FieldMut<'a> {
    fn from(field: &'a mut TextField) -> Self {
        FieldMut::Text(field)
    }
}

impl<'a, T> From<&'a mut ChoiceField<T>> for FieldMut<'a> {
    fn from(field: &'a mut ChoiceField<T>) -> Self {
        FieldMut::Choice(field)
    }
}

/// The people dialog: everyone in the session, present or not, with the
/// selection the facilitator acts on.
pub(crate) struct PeopleDialog {
    /// Index into the session's people (a `PersonId`).
    pub selected: usize,
}

/// The objection-testing dialog: criteria a→d, one argument and ruling each.
pub(crate) struct TestDialog {
    /// Which concern.
    pub concern: u32,
    /// The argument being typed for the next criterion.
    pub argument: Box<TextArea<'static>>,
    /// True once the argument is in and the ruling (y/n) is awaited.
    pub ruling: bool,
    /// The objection shown whole (Tab), not shortened to leave the
    /// argument's editor its rows.
    pub whole: bool,
}

/// What a form dialog shows: screens draw any dialog through this.
pub(crate) struct FormView<'a> {
    /// The title's word key.
    pub title: Dialog,
    /// A line under the title: whose turn, which question or concern.
    pub subtitle: &'a str,
    /// The fields, top to bottom.
    pub fields: Vec<FieldRef<'a>>,
    /// The field with focus.
    pub focus: usize,
}

/// The next option after `from` (wrapping) that starts with `letter`,
/// ignoring case and diacritics: with twenty people, "B" reaches Bram
/// faster than ↓×11, and `e` reaches Ëva.
pub(crate) fn jump(options: &[String], from: usize, letter: char) -> Option<usize> {
    let n = options.len();
    (1..=n)
        .map(|k| (from + k) % n)
        .find(|i| crate::meeting::fold::starts_with_letter(&options[*i], letter))
}

/// A text area set up for a shared screen: soft-wrapping, no underline.
pub(crate) fn text_area(text: &str) -> Box<TextArea<'static>> {
    let lines: Vec<String> = if text.is_empty() {
        vec![String::new()]
    } else {
        text.lines().map(str::to_owned).collect()
    };
    let mut area = TextArea::new(lines);
    area.set_wrap_mode(WrapMode::WordOrGlyph);
    area.set_cursor_line_style(Style::new());
    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    Box::new(area)
}

#[cfg(test)]
mod tests {
    use super::pasted;

    #[test]
    fn a_pasted_tab_reaches_the_next_stop_from_where_the_cursor_stands() {
        assert_eq!(pasted("a\tb", false, 0), "a   b");
        assert_eq!(pasted("a\tb", false, 2), "a b");
        assert_eq!(pasted("\tx\r\n\ty", false, 5), "   x\n    y");
        // Wide characters take two columns.
        assert_eq!(pasted("王\tb", false, 0), "王  b");
    }

    #[test]
    fn a_one_line_field_takes_tabs_and_line_breaks_as_spaces() {
        assert_eq!(
            pasted("Ana\tBram\r\nChen\rDewi", true, 7),
            "Ana Bram Chen Dewi"
        );
    }
}
