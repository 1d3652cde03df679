//! The shipped example of a tactical meeting in `sessions/` is generated
//! from engine commands (`tests/tactical_support`), like the governance
//! example: `SPANNING_REGENERATE=1` rewrites it, and otherwise this test
//! fails when the file drifts from what the engine records.

use crate::support::tactical as tactical_support;

use std::fs;
use std::path::PathBuf;

use spanning::meeting::{Disposition, Ending, MeetingFormat};
use spanning::store;
use spanning::text::Lang;

/// Fixed suffix so the example keeps one file name.
const SUFFIX: u16 = 0x7ac7;

#[test]
fn the_shipped_tactical_example_is_generated_from_the_engine_and_loads() {
    let session = tactical_support::closed(Lang::En).session;
    let id = store::stem(session.setup(), SUFFIX);
    assert!(id.contains("-operations-tactical-"), "{id}");
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
    let state = loaded.session.state();
    assert!(state.is_closed());
    assert_eq!(loaded.session.setup().format, MeetingFormat::Tactical);
    assert!(!loaded.session.setup().tactical_lists.is_empty());
    assert!(state.tactical.checklist.iter().any(|e| e.answer.is_some()));
    assert!(state.tactical.metrics.iter().all(|e| e.answer.is_some()));
    assert!(state.agenda.iter().any(|i| i.triage().requests.len() == 2));
    assert_eq!(
        state
            .agenda
            .iter()
            .map(|i| i.end.as_ref().map(|e| e.ending))
            .collect::<Vec<_>>(),
        [Some(Ending::NeedMet), Some(Ending::CutOff), None]
    );
    assert!(
        state
            .agenda
            .iter()
            .any(|i| i.disposition == Some(Disposition::CarriedOver))
    );
    assert!(state.outputs.iter().any(|o| o.role.is_some()));
}
