//! Shared by the benches: a folder of synthetic sessions written the way
//! `spanning generate` writes them (same seeds rule, same mix of English
//! and Dutch, one in ten left open), so bench figures and the script's
//! figures describe the same kind of folder.

use std::fs::File;
use std::io::BufWriter;

use spanning::generate::{Spec, session};
use spanning::store::{self, SessionsDir};
use spanning::text::Lang;

/// Writes `count` sessions of `min..=max` events into `dir`.
pub fn write_folder(dir: &SessionsDir, count: usize, min: usize, max: usize, seed: u64) {
    std::fs::create_dir_all(dir.root()).expect("folder");
    let mut rng = fastrand::Rng::with_seed(seed);
    for n in 0..count {
        let s = session(Spec {
            seed: seed.wrapping_mul(1_000_003).wrapping_add(n as u64),
            events: rng.usize(min..=max),
            lang: if n % 4 == 3 { Lang::Nl } else { Lang::En },
            leave_open: n % 10 == 9,
        });
        let id = store::stem(s.setup(), (n % 0xffff) as u16);
        let file = File::create(dir.root().join(format!("{id}.json"))).expect("file");
        store::write_session(&mut BufWriter::new(file), &id, &s).expect("write");
    }
}
