//! The example session in `sessions/` is generated from code, not written by
//! hand: this test regenerates it with `SPANNING_REGENERATE=1` and otherwise
//! checks that the shipped file is current and loads.

use crate::support::common;

use std::fs;
use std::path::PathBuf;

use spanning::meeting::{Disposition, Ending};
use spanning::store;

/// Fixed suffix so the example keeps one file name.
const SUFFIX: u16 = 0x7f3a;

fn example_path(id: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(format!("{id}.json"))
}

#[test]
fn the_shipped_example_is_generated_from_the_engine_and_loads() {
    let session = common::example_meeting();
    let id = store::stem(session.setup(), SUFFIX);
    let path = example_path(&id);
    let bytes = store::session_bytes(&id, &session);
    if std::env::var_os("SPANNING_REGENERATE").is_some() {
        fs::create_dir_all(path.parent().expect("sessions folder")).expect("create sessions/");
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
    assert_eq!(state.people.len(), 5);
    assert!(
        state.people.iter().any(|p| !p.who.name.is_ascii()),
        "names with diacritics"
    );
    let endings: Vec<Option<Ending>> = state
        .agenda
        .iter()
        .map(|i| i.end.as_ref().map(|e| e.ending))
        .collect();
    assert_eq!(endings.len(), 3);
    assert_eq!(
        endings
            .iter()
            .filter(|e| **e == Some(Ending::Adopted))
            .count(),
        2
    );
    assert!(
        state
            .agenda
            .iter()
            .any(|i| i.disposition == Some(Disposition::CarriedOver))
    );
    // One item was adopted after a tested objection was integrated.
    assert!(state.agenda.iter().any(|i| i.versions().len() >= 2
        && i.concerns().iter().any(|c| c.integrated_in.is_some()
            && c.tests.len() == 4
            && c.tests.iter().all(|t| t.holds))));
    // A concern was dismissed after testing, and there was an out-of-order ruling.
    assert!(
        state
            .agenda
            .iter()
            .flat_map(|i| i.concerns())
            .any(|c| c.tests.iter().any(|t| !t.holds))
    );
    assert!(state.rulings.iter().any(|r| matches!(
        r.kind,
        spanning::meeting::state::RulingKind::OutOfOrder { .. }
            | spanning::meeting::state::RulingKind::QuestionOutOfOrder { .. }
    )));
}
