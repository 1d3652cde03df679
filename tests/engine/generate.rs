//! The synthetic-session generator gives valid, realistic, reproducible
//! sessions of the sizes benchmarks need.

use spanning::generate::{Spec, session};
use spanning::meeting::Session;
use spanning::text::Lang;

#[test]
fn generated_sessions_are_valid_reproducible_and_near_the_requested_size() {
    for (seed, events) in [(1, 50), (2, 300), (3, 2_000), (4, 10_000)] {
        let spec = Spec {
            seed,
            events,
            lang: Lang::En,
            leave_open: false,
        };
        let s = session(spec);
        let n = s.log().len();
        assert!(
            n + 60 >= events && n <= events + 200,
            "{events} asked, {n} made"
        );
        assert!(s.state().is_closed(), "seed {seed} did not close");
        let rebuilt = Session::from_log(s.setup().clone(), s.log().to_vec()).expect("valid log");
        assert_eq!(rebuilt.state(), s.state());
        assert_eq!(session(spec).log(), s.log(), "same seed, same session");
        if events >= 2_000 {
            let state = s.state();
            assert!(state.agenda.iter().any(|i| i.versions().len() > 1));
            assert!(
                state
                    .agenda
                    .iter()
                    .flat_map(|i| i.concerns())
                    .any(|c| !c.tests.is_empty())
            );
        }
    }
}

#[test]
fn sessions_can_be_left_open_as_after_a_crash() {
    let s = session(Spec {
        seed: 9,
        events: 400,
        lang: Lang::En,
        leave_open: true,
    });
    assert!(!s.state().is_closed());
}
