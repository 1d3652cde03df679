//! Styles for a shared screen. Every meaning is carried by a modifier or a
//! symbol as well as by colour, so the NO_COLOR theme (modifiers only) and
//! colour-blind viewers lose nothing.

use ratatui::style::{Color, Modifier, Style};

/// Which palette to use; chosen by the caller (flag, config or NO_COLOR).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// Calm colours for everyday use.
    #[default]
    Default,
    /// Strong contrast for projectors and washed-out video calls.
    HighContrast,
    /// No colour at all: bold, reverse, underline and symbols only.
    NoColor,
}

impl ThemeChoice {
    /// The choice the environment asks for: NO_COLOR (any non-empty value,
    /// see no-color.org) wins over the requested choice.
    pub fn from_env(requested: ThemeChoice) -> ThemeChoice {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => ThemeChoice::NoColor,
            _ => requested,
        }
    }
}

/// How the screens look: the palette, and whether the meeting screen shows
/// the current step and who has the floor in large letters when the
/// terminal is big enough (projector mode). Large text is not a colour, so
/// NO_COLOR changes the palette and keeps it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Look {
    /// The palette asked for (NO_COLOR is applied on top by the screens' runner).
    pub theme: ThemeChoice,
    /// Step and speaker in large letters on a big terminal.
    pub large_text: bool,
}

/// The styles screens draw with; one field per meaning, not per colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// The meeting title line.
    pub title: Style,
    /// Whatever is current: the phase, the speaker, the selected row.
    pub current: Style,
    /// Selection in a list when it is not "the current speaker".
    pub selected: Style,
    /// Headings of panels.
    pub heading: Style,
    /// Secondary text: done phases, hints.
    pub muted: Style,
    /// Something is running over (time) or needs attention.
    pub warn: Style,
    /// Something went well (recorded, holds).
    pub ok: Style,
    /// A refusal or failure.
    pub error: Style,
    /// The proposal text: the thing the group reads.
    pub proposal: Style,
    /// Borders.
    pub border: Style,
    /// The time-out banner.
    pub banner: Style,
    /// Projector mode: the meeting screen shows the current step and who
    /// has the floor in large letters when the terminal is big enough.
    pub large_text: bool,
}

impl Theme {
    /// The same styles, with projector mode's large text on or off.
    pub fn with_large_text(self, large_text: bool) -> Theme {
        Theme { large_text, ..self }
    }

    /// Builds the theme for a choice.
    pub fn new(choice: ThemeChoice) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reverse_bold = bold.add_modifier(Modifier::REVERSED);
        match choice {
            ThemeChoice::Default => Theme {
                title: bold.fg(Color::Cyan),
                current: reverse_bold.fg(Color::Yellow),
                selected: Style::new().add_modifier(Modifier::REVERSED),
                heading: bold.fg(Color::Cyan),
                muted: Style::new().fg(Color::Gray),
                warn: bold.fg(Color::Red),
                ok: Style::new().fg(Color::Green),
                error: bold.fg(Color::Red),
                proposal: bold,
                border: Style::new().fg(Color::DarkGray),
                banner: reverse_bold.fg(Color::Magenta),
                large_text: false,
            },
            ThemeChoice::HighContrast => Theme {
                title: bold.fg(Color::White),
                current: reverse_bold.fg(Color::LightYellow),
                selected: reverse_bold,
                heading: bold.fg(Color::White).add_modifier(Modifier::UNDERLINED),
                muted: Style::new().fg(Color::White),
                warn: reverse_bold.fg(Color::LightRed),
                ok: bold.fg(Color::LightGreen),
                error: reverse_bold.fg(Color::LightRed),
                proposal: bold.fg(Color::White),
                border: Style::new().fg(Color::White),
                banner: reverse_bold.fg(Color::LightMagenta),
                large_text: false,
            },
            ThemeChoice::NoColor => Theme {
                title: bold,
                current: reverse_bold,
                selected: Style::new().add_modifier(Modifier::REVERSED),
                heading: bold.add_modifier(Modifier::UNDERLINED),
                muted: Style::new(),
                warn: bold.add_modifier(Modifier::UNDERLINED),
                ok: Style::new(),
                error: reverse_bold,
                proposal: bold,
                border: Style::new(),
                banner: reverse_bold,
                large_text: false,
            },
        }
    }
}
