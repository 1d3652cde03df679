//! The words tests, one binary (see each module's own doc).

#[path = "../support/mod.rs"]
mod support;

mod git_words;
mod os_errors;
mod words;
mod words_dutch;
mod words_follow;
mod words_governance;
mod words_serve;
mod words_tactical;
