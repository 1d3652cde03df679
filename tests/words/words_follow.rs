//! The words of `spanning follow` and of the facilitator's follower count
//! (`src/text/follow.rs`): never empty, never left in English in Dutch,
//! and a count that reads as a sentence in each language.

use spanning::text::Lang;

#[test]
fn follow_words_are_never_empty_nor_left_in_english() {
    let texts = |lang: Lang| -> Vec<String> {
        let w = lang.words();
        let mut all = vec![
            w.following("integration"),
            w.browsing().to_owned(),
            w.read_only().to_owned(),
            w.only_the_facilitator().to_owned(),
            w.writer_stopped("10:42"),
            w.writer_left("10:42"),
            w.meeting_closed().to_owned(),
            w.cannot_read("no such file"),
            w.versions_panel("Release notes"),
            w.no_versions().to_owned(),
            w.version_heading(2, None),
            w.version_heading(3, Some(1)),
            w.nothing_to_follow("sessions"),
            w.followers(1),
            w.followers(3),
        ];
        all.extend(
            w.follow_keys()
                .into_iter()
                .filter(|(_, what)| *what != "agenda")
                .map(|(_, what)| what.to_owned()),
        );
        all
    };
    let english = texts(Lang::En);
    for lang in Lang::ALL {
        let words = texts(lang);
        assert_eq!(words.len(), english.len());
        for (text, en_text) in words.iter().zip(&english) {
            assert!(
                !text.trim().is_empty(),
                "{}: an empty follow word",
                lang.code()
            );
            if lang != Lang::En {
                assert_ne!(text, en_text, "{}: left in English", lang.code());
            }
        }
    }
    // The one key that rejoins is named in the browsing line.
    for lang in Lang::ALL {
        let w = lang.words();
        assert!(w.browsing().contains('F'));
        assert!(w.follow_keys().iter().any(|(key, _)| *key == "F"));
    }
}

#[test]
fn the_follower_count_agrees_with_its_number() {
    let en = Lang::En.words();
    let nl = Lang::Nl.words();
    assert_eq!(en.followers(3), "👁 3 following");
    assert_eq!(nl.followers(1), "👁 1 volgt mee");
    assert_eq!(nl.followers(3), "👁 3 volgen mee");
    assert!(en.writer_stopped("10:42").contains("10:42"));
    assert!(nl.writer_stopped("10:42").contains("10:42"));
}

#[test]
fn the_follow_screens_governance_key_and_footer_are_said_in_both_languages() {
    let en = Lang::En.words();
    for lang in Lang::ALL {
        let w = lang.words();
        assert!(w.follow_keys().iter().any(|(key, _)| *key == "G"));
        let footer = w.gov_footer_follow(2, 1);
        assert!(footer.contains('2') && footer.contains('1'), "{footer}");
        assert!(footer.contains("G/Esc") && footer.contains('F'), "{footer}");
        // Typing does not search on the follow screen, so the footer
        // never says it does.
        assert_ne!(footer, w.gov_footer(2, 1));
        if lang != Lang::En {
            assert_ne!(footer, en.gov_footer_follow(2, 1));
        }
    }
    assert_eq!(
        Lang::Nl.words().gov_footer_follow(1, 2),
        "1 rol, 2 beleidsafspraken · ↑↓ schuiven · G/Esc terug · F meevolgen"
    );
}
