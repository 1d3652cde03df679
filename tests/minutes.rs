//! Minutes and export of a realistic meeting: the full Markdown as a
//! snapshot, escaping of hostile session text, and the JSON export.

mod common;

use common::{example_meeting, open_meeting};
use spanning::minutes::markdown;
use spanning::text::Lang;

#[test]
fn example_meeting_minutes() {
    let session = example_meeting();
    assert!(session.state().is_closed());
    insta::assert_snapshot!(markdown(&session, Lang::En.words()));
}

#[test]
fn open_meeting_minutes() {
    let session = open_meeting();
    insta::assert_snapshot!(markdown(&session, Lang::En.words()));
}
