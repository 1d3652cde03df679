//! Try the meeting screen without the CLI or the store: asks for a setup on
//! screen, then runs the meeting in memory (nothing is saved).
//! `cargo run --example tui_demo`

use spanning::meeting::Session;
use spanning::text::Lang;
use spanning::tui::{self, NoPersist, SetupDefaults, ThemeChoice, TuiOptions};

fn main() -> anyhow::Result<()> {
    let defaults = SetupDefaults {
        title: "Demo governance".into(),
        circle: "Demo circle".into(),
        participants: spanning::meeting::Participant::parse_list("Ana, Bram, Chloë, Dewi"),
        facilitator: 0,
        secretary: Some(1),
        timebox_minutes: Some(60),
        format: spanning::meeting::MeetingFormat::Governance,
        lang: Lang::En,
        opened_at: chrono::Local::now().fixed_offset(),
        theme: ThemeChoice::Default,
        rules: spanning::meeting::RuleSet::Integrative,
        absent: String::new(),
    };
    let Some((setup, absent)) = tui::run_setup(defaults)? else {
        return Ok(());
    };
    let mut session = Session::open(setup).map_err(|p| anyhow::anyhow!("{p:?}"))?;
    for a in absent {
        let at = session.setup().opened_at;
        session
            .execute(
                &spanning::meeting::Command::SetPresence {
                    person: a.person,
                    present: false,
                    reason: a.reason,
                },
                at,
            )
            .map_err(|r| anyhow::anyhow!("{r:?}"))?;
    }
    tui::run(session, Box::new(NoPersist), TuiOptions::default()).map(|_| ())
}
