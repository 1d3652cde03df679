//! Every tactical word in every language: filled, and in Dutch not left in
//! English (besides the few words both languages share).

use spanning::meeting::{EntryAnswer, OutputKind, TacticalList};
use spanning::text::Lang;
use strum::VariantArray;

/// Words that are the same in Dutch as in English.
const SAME_IN_DUTCH: &[&str] = &["Checklist", "triage", "project"];

#[test]
fn tactical_words_are_filled_and_translated() {
    let english = Lang::En.words();
    for lang in Lang::ALL {
        let w = lang.words();
        let said = |what: &str, text: String, en: String| {
            assert!(!text.trim().is_empty(), "{lang:?}: {what} is empty");
            assert!(
                lang == Lang::En || text != en || SAME_IN_DUTCH.contains(&text.as_str()),
                "{lang:?}: {what} is still English: {text}"
            );
        };
        for &list in TacticalList::VARIANTS {
            said(
                "entry_word",
                w.entry_word(list).into(),
                english.entry_word(list).into(),
            );
        }
        let answers = [
            EntryAnswer::NoCheck { note: None },
            EntryAnswer::NoCheck {
                note: Some("late".into()),
            },
            EntryAnswer::NoUpdate,
        ];
        for a in &answers {
            said("answer", w.entry_answer(a), english.entry_answer(a));
        }
        said(
            "unanswered",
            w.unanswered().into(),
            english.unanswered().into(),
        );
        said("need", w.need().into(), english.need().into());
        said("requests", w.requests().into(), english.requests().into());
        for state in [Some(true), Some(false), None] {
            said(
                "request_state",
                w.request_state(state).into(),
                english.request_state(state).into(),
            );
        }
        said("request_to", w.request_to("Ana"), english.request_to("Ana"));
        said(
            "got_what_you_need",
            w.got_what_you_need().into(),
            english.got_what_you_need().into(),
        );
        said(
            "per_owner",
            w.per_owner().into(),
            english.per_owner().into(),
        );
        said("no_owner", w.no_owner().into(), english.no_owner().into());
        said(
            "shared_information",
            w.shared_information().into(),
            english.shared_information().into(),
        );
        said(
            "former_owner",
            w.former_owner("Eli"),
            english.former_owner("Eli"),
        );
        for (c, m, p) in [(1, 1, 1), (2, 3, 4), (0, 0, 0)] {
            said(
                "remembered_from",
                w.remembered_from("f.json", c, m, p),
                english.remembered_from("f.json", c, m, p),
            );
        }
        for left in [Some(90), Some(0), None] {
            said("time_share", w.time_share(left), english.time_share(left));
        }
        for kind in [OutputKind::NextAction, OutputKind::Project] {
            said(
                "owned_output",
                w.owned_output(kind, "x", Some("Infra"), Some("“y”")),
                english.owned_output(kind, "x", Some("Infra"), Some("“y”")),
            );
        }
        said("bad_format", w.bad_format("x"), english.bad_format("x"));
        said(
            "confirm_remove_entry",
            w.confirm_remove_entry("x"),
            english.confirm_remove_entry("x"),
        );
    }
}

#[test]
fn dutch_counts_are_grammatical() {
    let nl = Lang::Nl.words();
    assert_eq!(
        nl.remembered_from("f.json", 1, 1, 1),
        "Overgenomen uit f.json: 1 checklistpunt, 1 kengetal, 1 project."
    );
    assert_eq!(
        nl.remembered_from("f.json", 2, 2, 2),
        "Overgenomen uit f.json: 2 checklistpunten, 2 kengetallen, 2 projecten."
    );
    let en = Lang::En.words();
    assert_eq!(
        en.remembered_from("f.json", 1, 2, 0),
        "Pre-filled from f.json: 1 checklist item, 2 metrics, 0 projects."
    );
}
