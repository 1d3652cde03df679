//! Every form dialog: one struct each, with named fields, implementing
//! [`DialogSpec`](super::form::DialogSpec). Grouped by who uses them: the
//! meeting itself, the integrative process, consent, elections and the
//! tactical meeting.

mod consent;
mod election;
mod integrative;
mod meeting;
mod parts;
mod tactical;

pub(crate) use consent::*;
pub(crate) use election::*;
pub(crate) use integrative::*;
pub(crate) use meeting::*;
pub(crate) use parts::*;
pub(crate) use tactical::*;
