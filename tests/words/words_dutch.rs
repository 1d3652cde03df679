//! The Dutch wording a facilitator reported as wrong in front of the group
//! (#15 "Dutch"): each phrase is asserted as it should read now, and the
//! old wording is asserted gone, so a regression shows which one came back.

use chrono::{FixedOffset, TimeZone};
use spanning::meeting::{
    Action, DriverPart, Event, Field, MeetingFormat, Participant, PersonId, Refusal, RoundKind,
    RuleSet, Session, Setup, TacticalRefusal,
};
use spanning::text::Lang;
use spanning::text::tactical::TacticalKey;
use spanning::text::tui::{Dialog, Label};

fn session() -> Session {
    let at = FixedOffset::east_opt(3600)
        .and_then(|tz| tz.with_ymd_and_hms(2027, 1, 15, 14, 5, 0).single())
        .expect("valid time");
    Session::open(Setup {
        title: "Rolverleg".into(),
        circle: "Ops".into(),
        lang: Lang::Nl,
        format: MeetingFormat::Governance,
        rules: RuleSet::Integrative,
        opened_at: at,
        participants: vec![Participant::named("Ayşe"), Participant::named("Bram")],
        facilitator: PersonId(0),
        secretary: Some(PersonId(1)),
        timebox_minutes: None,
        tactical_lists: Default::default(),
        clock_starts: Default::default(),
        offered: Vec::new(),
    })
    .expect("valid setup")
}

#[test]
fn the_effect_takes_het() {
    let s = session();
    let w = Lang::Nl.words();
    let text = w.event(
        &Event::DriverDescribed {
            part: DriverPart::Effect,
            text: "t".into(),
        },
        s.state(),
    );
    assert!(text.contains("het effect van de drijfveer"), "{text}");
    assert!(!text.contains("de effect"), "{text}");
    let situation = w.event(
        &Event::DriverDescribed {
            part: DriverPart::Situation,
            text: "t".into(),
        },
        s.state(),
    );
    assert!(
        situation.contains("de situatie van de drijfveer"),
        "{situation}"
    );
}

#[test]
fn an_empty_field_is_pointed_at_with_the_pronoun_of_its_article() {
    let w = Lang::Nl.words();
    let name = w.refusal(&Refusal::Empty { field: Field::Name });
    assert!(
        name.contains("De naam is nog leeg: vul die eerst in."),
        "{name}"
    );
    let proposal = w.refusal(&Refusal::Empty {
        field: Field::Proposal,
    });
    assert!(
        proposal.contains("Het voorstel is nog leeg: vul dat eerst in."),
        "{proposal}"
    );
}

#[test]
fn a_pass_reads_as_a_sentence_in_dutch_and_stays_short_in_english() {
    let nl = Lang::Nl.words();
    assert_eq!(nl.pass_after_name(RoundKind::CheckIn), " past");
    assert_eq!(nl.pass_after_name(RoundKind::Objection), ": geen bezwaar");
    let en = Lang::En.words();
    assert_eq!(en.pass_after_name(RoundKind::CheckIn), ": pass");
    assert_eq!(en.pass_after_name(RoundKind::Objection), ": no objection");
}

#[test]
fn a_request_is_promised_not_adopted() {
    let w = Lang::Nl.words();
    assert_eq!(w.request_state(Some(true)), "✓ toegezegd");
    assert_eq!(w.tactical_key(TacticalKey::Accept), "toegezegd");
    let answered = w.tactical_refusal(&TacticalRefusal::RequestAnswered { number: 2 });
    assert!(answered.contains("toegezegd"), "{answered}");
    assert!(!answered.contains("aangenomen"), "{answered}");
}

#[test]
fn an_agreement_is_set_not_adopted() {
    let w = Lang::Nl.words();
    assert!(
        w.dialog(Dialog::Adopt)
            .starts_with("De afspraak vaststellen")
    );
    assert_eq!(w.action(Action::AdoptAgreement), "een afspraak vaststellen");
}

#[test]
fn the_quick_reaction_round_has_its_short_name() {
    let w = Lang::Nl.words();
    assert_eq!(w.round(RoundKind::QuickReaction), "snelle reactieronde");
}

#[test]
fn an_items_time_has_one_name_on_every_screen() {
    let w = Lang::Nl.words();
    assert_eq!(w.label(Label::FairShare), "tijd per punt");
    for left in [Some(300), Some(0), None] {
        let share = w.time_share(left);
        assert!(share.contains("tijd per punt"), "{share}");
        assert!(!share.contains("tijdsaandeel"), "{share}");
    }
    let refusal = w.tactical_refusal(&TacticalRefusal::TimeShareLeft { secs: 60 });
    assert!(!refusal.contains("tijdsaandeel"), "{refusal}");
    assert!(!refusal.contains("richttijd"), "{refusal}");
}
