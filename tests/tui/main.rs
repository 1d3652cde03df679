//! The tui tests, one binary (see each module's own doc).

#[path = "../support/mod.rs"]
mod support;

mod amend_view;
mod between_meetings;
mod coming_back;
mod consent_drive;
mod consent_snapshots;
mod dialog_keys;
mod diff_panel;
mod facilitation;
mod follow;
mod follow_governance;
mod governance_view;
mod hanging_indent;
mod long_text;
mod objection_editor;
mod one_line_fields;
mod part_dialog;
mod part_kinds;
mod part_list;
mod pasted_text;
mod play_fixes;
mod readme_keys;
mod record_metrics;
mod resume_selection;
mod tie_rule;
mod timebox;
mod tui_crowd;
mod tui_drive;
mod tui_election;
mod tui_group_sees;
mod tui_hints;
mod tui_home;
mod tui_layout;
mod tui_scrub;
mod tui_snapshots;
mod tui_snapshots_nl;
mod tui_tactical;
mod typing;
