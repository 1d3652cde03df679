//! Tests of argument parsing, language choice and help texts.

use super::meeting::previous_meeting;
use super::*;
use crate::meeting::{MeetingFormat, Participant, PersonId, RuleSet, Session, Setup};
use crate::store;
use crate::text::clip;
use chrono::DateTime;
use unicode_width::UnicodeWidthStr;

#[test]
fn language_choice() {
    let none = |_: &str| None;
    assert_eq!(choose_lang(Some("EN"), none).ok(), Some(Lang::En));
    assert!(choose_lang(Some("xx"), none).is_err());
    assert_eq!(choose_lang(Some("nl"), none).ok(), Some(Lang::Nl));
    let english = |k: &str| (k == "LANG").then(|| "en_GB.UTF-8".to_owned());
    assert_eq!(choose_lang(None, english).ok(), Some(Lang::En));
    assert_eq!(choose_lang(None, none).ok(), Some(Lang::En));
    for locale in ["nl_NL.UTF-8", "nl_BE", "nl", "nl_NL@euro", "NL_nl"] {
        let dutch = |k: &str| (k == "LANG").then(|| locale.to_owned());
        assert_eq!(choose_lang(None, dutch).ok(), Some(Lang::Nl), "{locale}");
    }
    for locale in ["C", "POSIX", "fr_FR.UTF-8", "de", "C.UTF-8"] {
        let other = |k: &str| (k == "LANG").then(|| locale.to_owned());
        assert_eq!(choose_lang(None, other).ok(), Some(Lang::En), "{locale}");
    }
    // --lang wins over the environment.
    let dutch = |k: &str| (k == "LANG").then(|| "nl_NL.UTF-8".to_owned());
    assert_eq!(choose_lang(Some("en"), dutch).ok(), Some(Lang::En));
}

#[test]
fn locale_variables_follow_posix_precedence() {
    let vars = |all: &'static str, messages: &'static str, lang: &'static str| {
        move |k: &str| {
            let v = match k {
                "LC_ALL" => all,
                "LC_MESSAGES" => messages,
                "LANG" => lang,
                _ => "",
            };
            (!v.is_empty()).then(|| v.to_owned())
        }
    };
    assert_eq!(env_lang(vars("nl_NL.UTF-8", "en_US", "en_US")), Lang::Nl);
    assert_eq!(env_lang(vars("", "nl_BE", "en_US")), Lang::Nl);
    assert_eq!(env_lang(vars("", "", "nl_NL.UTF-8")), Lang::Nl);
    assert_eq!(env_lang(vars("C", "nl_BE", "nl_NL")), Lang::En);
}

#[test]
fn an_unknown_language_is_named_with_the_known_ones() {
    let none = |_: &str| None;
    let error = choose_lang(Some("xx"), none).err().map(|e| e.to_string());
    assert_eq!(
        error.as_deref(),
        Some("unknown language 'xx': choose one of en, nl")
    );
    let dutch = |k: &str| (k == "LANG").then(|| "nl_NL.UTF-8".to_owned());
    let error = choose_lang(Some("xx"), dutch).err().map(|e| e.to_string());
    assert_eq!(
        error.as_deref(),
        Some("onbekende taal 'xx': kies uit en, nl")
    );
}

#[test]
fn help_language_is_found_before_parsing() {
    let args = |list: &[&str]| -> Vec<OsString> { list.iter().map(OsString::from).collect() };
    let none = |_: &str| None;
    let dutch = |k: &str| (k == "LANG").then(|| "nl_NL.UTF-8".to_owned());
    assert_eq!(prescan_lang(&args(&["spanning", "--help"]), none), Lang::En);
    assert_eq!(
        prescan_lang(&args(&["spanning", "--help"]), dutch),
        Lang::Nl
    );
    assert_eq!(
        prescan_lang(&args(&["spanning", "list", "--lang", "nl", "-h"]), none),
        Lang::Nl
    );
    assert_eq!(
        prescan_lang(&args(&["spanning", "--lang=en", "--help"]), dutch),
        Lang::En
    );
    assert_eq!(
        prescan_lang(&args(&["spanning", "--lang", "xx", "--help"]), dutch),
        Lang::Nl
    );
    assert_eq!(
        prescan_lang(&args(&["spanning", "show", "--", "--lang", "nl"]), none),
        Lang::En
    );
}

#[test]
fn every_argument_and_command_has_help_in_every_language() {
    fn walk(cmd: &clap::Command, lang: Lang, english: &clap::Command) {
        let about = cmd.get_about().map(|a| a.to_string()).unwrap_or_default();
        assert!(
            !about.trim().is_empty(),
            "{lang:?}: {} has no about",
            cmd.get_name()
        );
        if lang != Lang::En && cmd.get_name() != "spanning" {
            let en_about = english
                .get_about()
                .map(|a| a.to_string())
                .unwrap_or_default();
            assert_ne!(
                about,
                en_about,
                "{lang:?}: {} is not translated",
                cmd.get_name()
            );
        }
        for arg in cmd.get_arguments() {
            let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
            assert!(
                !help.trim().is_empty(),
                "{lang:?}: {} {} has no help",
                cmd.get_name(),
                arg.get_id()
            );
            if lang != Lang::En {
                let en_help = english
                    .get_arguments()
                    .find(|a| a.get_id() == arg.get_id())
                    .and_then(|a| a.get_help())
                    .map(|h| h.to_string());
                assert_ne!(
                    Some(help),
                    en_help,
                    "{lang:?}: {} {} is not translated",
                    cmd.get_name(),
                    arg.get_id()
                );
            }
        }
        for sub in cmd.get_subcommands() {
            let en_sub = english
                .find_subcommand(sub.get_name())
                .unwrap_or_else(|| panic!("{} missing in English", sub.get_name()));
            walk(sub, lang, en_sub);
        }
    }
    let english = command(Lang::En);
    for lang in Lang::ALL {
        walk(&command(lang), lang, &english);
    }
}

#[test]
fn common_mistakes_are_read_from_clap() {
    let problem = |args: &[&str]| {
        command(Lang::En)
            .try_get_matches_from(args)
            .err()
            .and_then(|e| usage_problem(&e))
    };
    assert_eq!(
        problem(&["spanning", "export", "x", "--format", "pdf"]),
        Some(UsageProblem::InvalidValue {
            arg: "--format <FORMAT>".into(),
            value: "pdf".into(),
            valid: ["markdown", "html", "text", "json", "ics"]
                .map(String::from)
                .to_vec(),
        })
    );
    assert_eq!(
        problem(&["spanning", "replay", "x", "--speed", "fast"]),
        Some(UsageProblem::InvalidValue {
            arg: "--speed <SPEED>".into(),
            value: "fast".into(),
            valid: vec![],
        })
    );
    assert_eq!(
        problem(&["spanning", "export", "x", "--format"]),
        Some(UsageProblem::MissingValue {
            arg: "--format <FORMAT>".into()
        })
    );
    assert_eq!(
        problem(&["spanning", "show"]),
        Some(UsageProblem::MissingArgument {
            args: vec!["<ID>".into()]
        })
    );
    assert_eq!(
        problem(&["spanning", "lisst"]),
        Some(UsageProblem::UnknownCommand {
            command: "lisst".into(),
            suggestion: Some("list".into())
        })
    );
    assert_eq!(
        problem(&["spanning", "list", "--jsn"]),
        Some(UsageProblem::UnknownArgument {
            arg: "--jsn".into(),
            suggestion: Some("--json".into())
        })
    );
    assert_eq!(problem(&["spanning", "--help"]), None);
    assert_eq!(problem(&["spanning", "--version"]), None);
}

#[test]
fn help_speaks_the_chosen_language() {
    let dutch = command(Lang::Nl).render_long_help().to_string();
    for word in [
        "Gebruik:",
        "Opdrachten:",
        "Opties:",
        "Toon deze hulp",
        "sessiemap",
    ] {
        assert!(dutch.contains(word), "{word} missing in:\n{dutch}");
    }
    assert!(
        !dutch.contains("Usage:") && !dutch.contains("Print help"),
        "{dutch}"
    );
    assert!(dutch.contains("spanning [OPTIES] [OPDRACHT]"), "{dutch}");
    let mut cmd = command(Lang::Nl);
    for name in [
        "new", "resume", "list", "show", "export", "check", "review", "replay", "help",
    ] {
        let sub = cmd
            .find_subcommand_mut(name)
            .map(|c| c.render_long_help().to_string())
            .unwrap_or_default();
        assert!(sub.contains(&format!("Gebruik: spanning {name}")), "{sub}");
        for english in ["Usage:", "[OPTIONS]", "Options:", "Arguments:", "Commands:"] {
            assert!(!sub.contains(english), "{english} in {name}:\n{sub}");
        }
    }
    let english = command(Lang::En).render_long_help().to_string();
    assert!(
        english.contains("Usage:") && english.contains("Print help"),
        "{english}"
    );
}

#[test]
fn the_previous_meeting_of_a_circle_offers_its_people() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sessions = SessionsDir::new(dir.path());
    let opened = |day: u32, circle: &str, people: &[&str]| {
        let at = DateTime::parse_from_rfc3339(&format!("2026-11-{day:02}T10:00:00+01:00"))
            .expect("time");
        let setup = Setup {
            title: "Weekly".into(),
            circle: circle.into(),
            lang: Lang::En,
            format: MeetingFormat::Governance,
            rules: RuleSet::Integrative,
            opened_at: at,
            participants: people.iter().map(|p| Participant::named(*p)).collect(),
            facilitator: PersonId(0),
            secretary: None,
            timebox_minutes: None,
            tactical_lists: Default::default(),
            clock_starts: Default::default(),
            offered: Vec::new(),
        };
        let session = Session::open(setup).expect("valid");
        let id = store::stem(session.setup(), day as u16);
        std::fs::write(
            dir.path().join(format!("{id}.json")),
            store::session_bytes(&id, &session),
        )
        .expect("write");
    };
    opened(1, "Team Alpha", &["Ana", "Bram"]);
    opened(8, "Team Alpha", &["Ana", "Bram", "Chen"]);
    opened(9, "Kring Zuid", &["Zoë"]);
    let names = |s: Option<Session>| -> Vec<String> {
        s.map(|s| {
            s.setup()
                .participants
                .iter()
                .map(|p| p.name.clone())
                .collect()
        })
        .unwrap_or_default()
    };
    assert_eq!(
        names(previous_meeting(&sessions, Some("team alpha"))),
        ["Ana", "Bram", "Chen"]
    );
    assert_eq!(names(previous_meeting(&sessions, None)), ["Zoë"]);
    assert!(previous_meeting(&sessions, Some("Nobody")).is_none());
}

#[test]
fn clipping_counts_display_columns() {
    assert_eq!(clip("short", 10), "short");
    let clipped = clip("Vergadering 🙂🙂🙂🙂🙂🙂", 14);
    assert!(clipped.width() <= 14, "{clipped}");
    assert!(clipped.ends_with('…'));
}

#[test]
fn dutch_names_of_formats_and_rules_are_accepted() {
    use super::meeting::{parse_format, parse_rules};
    assert_eq!(parse_format("werkoverleg"), Some(MeetingFormat::Tactical));
    assert_eq!(parse_format("Rolverleg"), Some(MeetingFormat::Governance));
    assert_eq!(parse_format("tactical"), Some(MeetingFormat::Tactical));
    assert_eq!(parse_format("werk"), None);
    assert_eq!(parse_rules("integratief"), Some(RuleSet::Integrative));
    assert_eq!(parse_rules(" Integrative "), Some(RuleSet::Integrative));
    assert_eq!(parse_rules("consent"), Some(RuleSet::Consent));
    assert_eq!(parse_rules("integraal"), None);
}

#[test]
fn facilitator_and_secretary_names_ignore_case_and_accents() {
    use super::meeting::person_index;
    let people = Participant::parse_list("Ana, Ëva, Chén");
    for lang in [Lang::En, Lang::Nl] {
        let words = lang.words();
        assert_eq!(person_index("eva", &people, words).ok(), Some(1));
        assert_eq!(person_index("CHEN", &people, words).ok(), Some(2));
        assert_eq!(person_index("Ana ", &people, words).ok(), Some(0));
        // No guessing from a start: a miss says who is there.
        let miss = person_index("ch", &people, words).expect_err("no such person");
        assert!(miss.to_string().contains("Chén"), "{miss}");
    }
}
