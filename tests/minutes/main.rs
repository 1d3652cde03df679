//! The minutes tests, one binary (see each module's own doc).

#[path = "../support/mod.rs"]
mod support;

mod consent_minutes;
mod governance_minutes;
mod minutes;
mod minutes_election;
mod record_absence;
mod record_projects;
