//! The words of `spanning serve`: every label and message exists in every
//! language, is not empty, and says what it is about (the address, the
//! title, the typed value); Dutch is not English.

use spanning::text::Lang;
use spanning::text::serve::ServeLabel;
use strum::VariantArray;

#[test]
fn every_serve_word_is_said_in_every_language() {
    for lang in Lang::ALL {
        let words = lang.words();
        for label in ServeLabel::VARIANTS {
            let text = words.serve_label(*label);
            assert!(!text.trim().is_empty(), "{}: {label:?}", lang.code());
        }
        assert!(words.page_title("Weekly").contains("Weekly"));
        assert!(words.item_heading(2, 3, "Website").contains("Website"));
        assert!(words.item_heading(2, 3, "Website").contains('3'));
        assert!(words.skipped_because("train").contains("train"));
        let at = words.serving_at("Weekly", "http://127.0.0.1:8080/abc");
        assert!(at.contains("Weekly") && at.contains("http://127.0.0.1:8080/abc"));
        assert!(
            words
                .reachable_from_network("0.0.0.0:8080")
                .contains("0.0.0.0:8080")
        );
        let taken = words.port_taken("127.0.0.1:8080");
        assert!(taken.contains("127.0.0.1:8080") && taken.contains("--port"));
        let bind = words.cannot_bind("10.0.0.9:80", "permission denied");
        assert!(bind.contains("10.0.0.9:80") && bind.contains("permission denied"));
        let bad = words.bad_bind("my-laptop");
        assert!(bad.contains("my-laptop") && bad.contains("--bind"));
        assert!(!words.serve_closed().is_empty());
        let nothing = words.nothing_to_serve("/tmp/sessions");
        assert!(nothing.contains("/tmp/sessions") && nothing.contains("spanning new"));
    }
}

#[test]
fn the_dutch_page_is_in_dutch() {
    let (en, nl) = (Lang::En.words(), Lang::Nl.words());
    for label in ServeLabel::VARIANTS {
        if *label == ServeLabel::Live {
            // "live" is the Dutch word too.
            continue;
        }
        assert_ne!(en.serve_label(*label), nl.serve_label(*label), "{label:?}");
    }
    assert_ne!(en.port_taken("a"), nl.port_taken("a"));
    assert_ne!(en.bad_bind("a"), nl.bad_bind("a"));
    assert_ne!(en.nothing_to_serve("a"), nl.nothing_to_serve("a"));
    assert_ne!(en.item_heading(1, 2, "x"), nl.item_heading(1, 2, "x"));
}
