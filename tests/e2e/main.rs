//! The e2e tests, one binary (see each module's own doc).

#[path = "../support/mod.rs"]
mod support;

mod crash;
mod drafts;
mod e2e;
mod follow;
mod git_offers;
mod governance_e2e;
mod hangup;
mod hostile_folder;
mod panic_restore;
mod part_edit_e2e;
mod paste_marker;
mod ready;
mod redraw;
mod replay_memory;
mod resume_after_kill;
mod serve_browser;
mod serve_http;
mod serve_load;
mod serve_record;
mod tactical_e2e;
mod temp_copy;
mod terminal_storms;
mod whole_meetings;
