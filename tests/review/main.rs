//! The review tests, one binary (see each module's own doc).

#[path = "../support/mod.rs"]
mod support;

mod bounded_memory;
mod consent_review;
mod metric_history;
mod offer_circle;
mod record_governance;
mod record_governance_props;
mod record_view;
mod record_work;
mod replay_end;
mod replay_moves;
mod review;
mod review_board;
mod review_e2e;
mod review_election;
mod review_record;
mod review_scale;
mod review_screens;
mod search_props;
