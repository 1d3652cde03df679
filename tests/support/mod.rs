//! Helpers shared by every test binary: meetings to start from, scripts
//! that play them, a pseudo-terminal around the real binary, and drawing
//! the app off screen. Each binary uses only part of it.

#![allow(dead_code)]

pub mod browser;
pub mod common;
pub mod consent;
pub mod election;
pub mod git;
pub mod governance;
pub mod hostile;
pub mod pty;
pub mod scenario;
pub mod script;
pub mod tactical;
pub mod tui;
