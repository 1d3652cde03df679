//! The cli tests, one binary (see each module's own doc).

#[path = "../support/mod.rs"]
mod support;

mod absent_cli;
mod actions_cli;
mod bounded_memory;
mod cli;
mod consent_cli;
mod example_record_cli;
mod governance_cli;
mod hostile_folder;
mod import_json_cli;
mod os_errors;
mod smaller;
mod stray_journals;
mod sync_cli;
mod theme;
mod travel;
