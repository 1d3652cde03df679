//! Week 1 then week 2 of the Operations circle's tactical meeting: the
//! metric reported in week 1 is shown beside week 2's value, on the
//! metrics review screen (en + nl, 80x24 and 160x48) and in the minutes,
//! and a week that skips the metric keeps the older value.

use chrono::Duration;
use spanning::meeting::{Command, EntryAnswer, Session, TacticalList, TacticalLists};
use spanning::text::Lang;
use spanning::tui::{App, NoPersist, TuiOptions};

use crate::support::tactical::{self, Script};
use crate::support::tui as tui_support;

/// A tactical meeting a week after `before`, started from what it left,
/// with its check-in done and the metrics under review.
fn next_week_at_metrics(before: &Session, lang: Lang) -> Script {
    let mut setup = tactical::setup_in(lang);
    setup.opened_at = before.setup().opened_at + Duration::days(7);
    setup.tactical_lists = TacticalLists::remembered_from(before.state());
    let mut s = Script::open(setup);
    s.at(5, Command::StartCheckIn);
    s.round(&[None, None, None, None]);
    s.at(5, Command::OpenMetrics);
    s
}

fn app(script: &Script) -> App {
    App::new(
        script.session.clone(),
        Box::new(NoPersist),
        &TuiOptions::default(),
        script.now + chrono::TimeDelta::seconds(7),
    )
}

#[test]
fn week_two_shows_week_ones_metric_value_and_date() {
    for (lang, expected) in [
        (Lang::En, "(previous: 3 (was 7), 22 Nov 2026)"),
        (Lang::Nl, "(vorige keer: 3 (was 7), 22 nov 2026)"),
    ] {
        let week1 = tactical::closed(lang).session;
        let mut week2 = next_week_at_metrics(&week1, lang);
        let mut screen = app(&week2);
        let text = tui_support::render(&mut screen, 160, 48);
        assert!(text.contains(expected), "{lang:?}:\n{text}");
        for (w, h) in [(80, 24), (160, 48)] {
            let terminal = tui_support::terminal(&mut screen, w, h);
            insta::assert_snapshot!(
                format!("record_metrics_previous_{}_{w}x{h}", lang.code()),
                terminal.backend()
            );
        }
        week2.at(
            20,
            Command::AnswerEntry {
                list: TacticalList::Metrics,
                number: 1,
                answer: EntryAnswer::Value { text: "2".into() },
            },
        );
        let minutes = spanning::minutes::markdown(&week2.session, lang.words());
        assert!(minutes.contains(expected), "{lang:?}:\n{minutes}");
    }
}

#[test]
fn a_week_that_skips_the_metric_keeps_the_older_value_and_week_one_has_none() {
    let week1 = tactical::closed(Lang::En).session;
    assert!(
        week1
            .state()
            .tactical
            .metrics
            .iter()
            .all(|m| m.previous.is_none()),
        "the example's first meeting was offered no values"
    );
    let week2 = next_week_at_metrics(&week1, Lang::En).session;
    let week3 = next_week_at_metrics(&week2, Lang::En).session;
    let previous = week3.state().tactical.metrics[0]
        .previous
        .clone()
        .expect("still week 1's value");
    assert_eq!(previous.value, "3 (was 7)");
    assert_eq!(previous.at, week1.setup().opened_at);
}
