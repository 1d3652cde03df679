//! The engine tests, one binary (see each module's own doc).

#[path = "../support/mod.rs"]
mod support;

mod check_agrees;
mod clock;
mod consent;
mod election;
mod engine;
mod engine_props;
mod engine_tactical;
mod extend_stored;
mod floor;
mod generate;
mod limits;
mod parts;
mod record_actions;
mod timebox;
