//! spanning: facilitate tension-processing meetings on a shared screen.
//!
//! The crate is a pure meeting engine (`meeting`) with thin shells around it:
//! the sessions folder (`store`), the command line (`cli`), minutes
//! (`minutes`) and, later, the terminal UI. All user-facing words live in
//! `text`, so a translation never touches logic. Session text is untrusted
//! (files travel through git) and passes through `sanitize` before display.

pub mod cli;
pub mod generate;
pub mod meeting;
pub mod minutes;
pub mod record;
pub mod review;
pub mod sanitize;
pub mod serve;
pub mod store;
pub mod text;
pub mod tui;
