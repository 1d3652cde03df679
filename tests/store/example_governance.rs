//! The example sessions folder holds the record's starting point too: the
//! shipped import (`examples/governance-import.toml`) as its dated entry
//! in `sessions/.governance/`, generated from code like the sessions
//! (`SPANNING_REGENERATE=1`). With it, the example meetings' proposals
//! apply without conflicts and the election fills the Facilitator.

use std::fs;
use std::path::PathBuf;

use chrono::{FixedOffset, TimeZone};
use spanning::record::governance::import::{ImportEntry, read_file};
use spanning::store::SessionsDir;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn the_shipped_import_entry_is_generated_and_the_example_record_is_whole() {
    let circles = read_file(&root().join("examples/governance-import.toml"), None)
        .unwrap_or_else(|p| panic!("the example import reads: {p:?}"));
    let at = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 1, 10, 0, 0).single())
        .expect("valid time");
    let entry = ImportEntry::new(circles, "governance-import.toml", at);
    let mut bytes = serde_json::to_vec_pretty(&entry).expect("json");
    bytes.push(b'\n');
    let path = root().join("sessions/.governance/2026-11-01T100000-import.json");
    if std::env::var_os("SPANNING_REGENERATE").is_some() {
        fs::create_dir_all(path.parent().expect("folder")).expect("create");
        fs::write(&path, &bytes).expect("write");
    }
    let shipped = fs::read(&path).unwrap_or_default();
    assert!(
        shipped == bytes,
        "{} is out of date; run SPANNING_REGENERATE=1 cargo test --test store example_",
        path.display()
    );

    let folder = spanning::record::fold_folder(&SessionsDir::new(root().join("sessions")));
    let record = folder.governance;
    assert!(record.conflicts.is_empty(), "{:?}", record.conflicts);
    let ops = record.circle("Operations").expect("Operations");
    let release = ops.role_named("Release Manager").expect("imported");
    assert_eq!(
        release.accountabilities,
        [
            "Coordinating each release with the teams",
            "Maintaining a public release calendar",
            "Announcing date changes at least a week ahead",
        ]
    );
    let steward = ops.role_named("Website Steward").expect("created");
    assert_eq!(steward.accountabilities.len(), 2);
    assert_eq!(steward.history[0].source.objections.len(), 1);
    let bakery = record.circle("Bakery Coop").expect("Bakery Coop");
    let facilitator = bakery.role_named("Facilitator").expect("core");
    assert_eq!(facilitator.fillers[0].person, "Chen");
}
