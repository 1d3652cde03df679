//! The consent example in `sessions/` (Sociocracy 3.0 style rules) is
//! generated from code like the governance example: this test rewrites it
//! with `SPANNING_REGENERATE=1` and otherwise checks that the shipped file
//! is current and loads.

use crate::support::consent as consent_support;

use std::fs;
use std::path::PathBuf;

use spanning::meeting::{ConsentAnswer, Disposition, Ending, RoundKind, RuleSet};
use spanning::store;

/// Fixed suffix so the example keeps one file name.
const SUFFIX: u16 = 0x5c3e;

#[test]
fn the_shipped_consent_example_is_generated_from_the_engine_and_loads() {
    let session = consent_support::consent_meeting_with_parts();
    let id = store::stem(session.setup(), SUFFIX);
    assert_eq!(id, "2026-11-22T1030-product-governance-5c3e");
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(format!("{id}.json"));
    let bytes = store::session_bytes(&id, &session);
    if std::env::var_os("SPANNING_REGENERATE").is_some() {
        fs::write(&path, &bytes).expect("write example");
    }
    let shipped = fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{} is missing ({e}); run SPANNING_REGENERATE=1 cargo test --test store example_",
            path.display()
        )
    });
    assert!(
        shipped == bytes,
        "{} is out of date with the engine; run SPANNING_REGENERATE=1 cargo test --test store example_",
        path.display()
    );

    let loaded = store::load(&path).expect("the example loads");
    assert_eq!(loaded.id, id);
    assert_eq!(loaded.session.setup().rules, RuleSet::Consent);
    let state = loaded.session.state();
    assert!(state.is_closed());
    let item = &state.agenda[0];
    assert_eq!(item.end.as_ref().map(|e| e.ending), Some(Ending::Adopted));
    assert!(item.review().is_some());
    assert!(item.driver().is_valid());
    assert!(
        item.consent_turns()
            .iter()
            .any(|t| matches!(t.answer, ConsentAnswer::Concern { .. }))
    );
    // Every objection resolved, or taken as a concern with the reason.
    assert!(
        item.concerns()
            .iter()
            .all(|c| c.integrated_in.is_some() || c.requalified.is_some())
    );
    assert!(item.concerns().iter().any(|c| c.requalified.is_some()));
    assert!(
        state
            .rounds
            .iter()
            .any(|r| r.kind == RoundKind::QuickReaction)
    );
    assert_eq!(state.agenda[1].disposition, Some(Disposition::CarriedOver));
    // The adopted version carries the agreement's structured parts.
    assert_eq!(
        item.adopted_version_parts(),
        consent_support::agreement_parts()
    );
}
