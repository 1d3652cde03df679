//! Dutch words for the tactical meeting (werkoverleg).

use super::Dutch;
use crate::meeting::{EntryAnswer, TacticalList, TacticalRefusal};
use crate::text::tactical::{TacticalDialog, TacticalKey, TacticalLabel, TacticalPrompt};
use crate::text::{EngineWords, MinutesWords, TacticalWords, join_names};

impl TacticalWords for Dutch {
    fn list_title(&self, list: TacticalList) -> &'static str {
        match list {
            TacticalList::Checklist => "Checklist",
            TacticalList::Metrics => "Kengetallen",
            TacticalList::Progress => "Voortgang",
        }
    }

    fn entry_word(&self, list: TacticalList) -> &'static str {
        match list {
            TacticalList::Checklist => "checklistpunt",
            TacticalList::Metrics => "kengetal",
            TacticalList::Progress => "project",
        }
    }

    fn entry_answer(&self, answer: &EntryAnswer) -> String {
        let with = |word: &str, note: &Option<String>| match note {
            Some(n) => format!("{word} — {n}"),
            None => word.to_owned(),
        };
        match answer {
            EntryAnswer::Check { note } => with("✓ check", note),
            EntryAnswer::NoCheck { note } => with("✗ geen check", note),
            EntryAnswer::Value { text } => format!("= {text}"),
            EntryAnswer::Update { text } => format!("» {text}"),
            EntryAnswer::NoUpdate => "– geen update".to_owned(),
        }
    }

    fn unanswered(&self) -> &'static str {
        "· nog niet beantwoord"
    }

    fn tactical_refusal(&self, refusal: &TacticalRefusal) -> String {
        match refusal {
            TacticalRefusal::NoActionsOffered => {
                "Er stonden geen openstaande acties klaar voor deze vergadering: n gaat door naar de checklist.".to_owned()
            }
            TacticalRefusal::UnknownAction { number } => format!(
                "Er staat geen actie {number} op de actielijst van deze vergadering: kies een van de getoonde nummers."
            ),
            TacticalRefusal::ActionReviewClosed => {
                "De actielijst loop je door vanaf de incheckronde tot de afronding.".to_owned()
            }
            TacticalRefusal::GovernanceOnly => {
                "Dit is een werkoverleg: punten krijgen triage (behoefte, verzoeken, uitkomsten), geen voorstellen en bezwaren.".to_owned()
            }
            TacticalRefusal::TacticalOnly => {
                "Dit is een governance-overleg: checklist, kengetallen, voortgang en triage horen bij een werkoverleg.".to_owned()
            }
            TacticalRefusal::UnknownEntry { list, number } => {
                format!("Er is geen {} nummer {number}.", self.entry_word(*list))
            }
            TacticalRefusal::NoOwner => {
                "Geef een eigenaar of een rol: iemand moet er de volgende keer op antwoorden.".to_owned()
            }
            TacticalRefusal::WrongAnswer { list } => match list {
                TacticalList::Checklist => {
                    "Een checklistpunt krijgt check of geen check als antwoord.".to_owned()
                }
                TacticalList::Metrics => "Een kengetal krijgt zijn waarde als antwoord.".to_owned(),
                TacticalList::Progress => {
                    "Een project krijgt als antwoord wat er veranderd is, of geen update.".to_owned()
                }
            },
            TacticalRefusal::UnknownRequest { number } => format!("Er is geen verzoek {number}."),
            TacticalRefusal::RequestAnswered { number } => {
                format!("Verzoek {number} is al toegezegd of afgewezen.")
            }
            TacticalRefusal::RequestsOpen { numbers } => {
                let list: Vec<String> = numbers.iter().map(u32::to_string).collect();
                format!(
                    "Verzoek{} {} wacht{} nog op toegezegd of afgewezen.",
                    if numbers.len() == 1 { "" } else { "en" },
                    join_names(&list, "en"),
                    if numbers.len() == 1 { "" } else { "en" }
                )
            }
            TacticalRefusal::NoTimeShare => {
                "Het overleg heeft geen tijdslimiet, dus geen punt heeft een eigen tijd per punt om op te maken: stel een tijdslimiet in (t), of markeer het punt als niet afgerond.".to_owned()
            }
            TacticalRefusal::TimeShareLeft { secs } => format!(
                "Het punt heeft nog {} van zijn tijd per punt: afkappen kan als die op is.",
                self.duration(*secs)
            ),
        }
    }

    fn need(&self) -> &'static str {
        "Behoefte"
    }

    fn requests(&self) -> &'static str {
        "Verzoeken"
    }

    fn request_state(&self, accepted: Option<bool>) -> &'static str {
        match accepted {
            Some(true) => "✓ toegezegd",
            Some(false) => "✗ afgewezen",
            None => "… wacht",
        }
    }

    fn request_to(&self, who: &str) -> String {
        format!("aan {who}")
    }

    fn got_what_you_need(&self) -> &'static str {
        "Heb je wat je nodig hebt?"
    }

    fn per_owner(&self) -> &'static str {
        "Volgende acties en projecten per eigenaar"
    }

    fn no_owner(&self) -> &'static str {
        "Geen eigenaar"
    }

    fn shared_information(&self) -> &'static str {
        "Gedeelde informatie"
    }

    fn former_owner(&self, name: &str) -> String {
        format!("{name} (niet aanwezig)")
    }

    fn remembered_from(
        &self,
        file: &str,
        checklist: usize,
        metrics: usize,
        projects: usize,
    ) -> String {
        format!(
            "Overgenomen uit {file}: {checklist} checklistpunt{}, {metrics} kengetal{}, {projects} project{}.",
            if checklist == 1 { "" } else { "en" },
            if metrics == 1 { "" } else { "len" },
            if projects == 1 { "" } else { "en" }
        )
    }

    fn tactical_label(&self, label: TacticalLabel) -> &'static str {
        match label {
            TacticalLabel::Role => "Rol",
            TacticalLabel::Checked => "Antwoord",
            TacticalLabel::Value => "Waarde",
            TacticalLabel::WhatChanged => "Wat is er veranderd (leeg: geen update)",
            TacticalLabel::To => "Aan",
            TacticalLabel::ARole => "een rol (typ hem hieronder)",
            TacticalLabel::Request => "Verzoek",
            TacticalLabel::Outputs => "Uitkomsten",
            TacticalLabel::EmptyList => "Nog niets op deze lijst.",
            TacticalLabel::NoRequests => "Geen verzoeken.",
            TacticalLabel::NoOutputs => "Nog geen uitkomsten.",
            TacticalLabel::Check => "check",
            TacticalLabel::NoCheck => "geen check",
            TacticalLabel::ActionAnswer => "Antwoord",
            TacticalLabel::ProjectStatus => "Stand van zaken",
            TacticalLabel::WaitingOn => "Wacht op (als het wacht)",
            TacticalLabel::Format => "Soort overleg",
        }
    }

    fn tactical_prompt(&self, prompt: TacticalPrompt) -> &'static str {
        match prompt {
            TacticalPrompt::Review(TacticalList::Checklist) => {
                "Lees elk punt voor aan de eigenaar: check of geen check, geen discussie; spanningen gaan op de agenda."
            }
            TacticalPrompt::Review(TacticalList::Metrics) => {
                "Elke eigenaar noemt kort de waarde; alleen vragen om het te begrijpen."
            }
            TacticalPrompt::Review(TacticalList::Progress) => {
                "Per project: alleen wat er sinds de vorige keer veranderd is, of geen update."
            }
            TacticalPrompt::Actions => {
                "Lees elke openstaande actie voor aan de eigenaar: gedaan, loopt nog of vervalt? Geen discussie; spanningen gaan op de agenda."
            }
            TacticalPrompt::Triage => {
                "Vraag de eigenaar: wat heb je nodig? Leg verzoeken en uitkomsten vast; dan: heb je wat je nodig hebt?"
            }
        }
    }

    fn tactical_dialog(&self, dialog: TacticalDialog) -> &'static str {
        match dialog {
            TacticalDialog::AddEntry(TacticalList::Checklist) => "Nieuw checklistpunt",
            TacticalDialog::AddEntry(TacticalList::Metrics) => "Nieuw kengetal",
            TacticalDialog::AddEntry(TacticalList::Progress) => "Nieuw project",
            TacticalDialog::EditEntry(TacticalList::Checklist) => "Checklistpunt wijzigen",
            TacticalDialog::EditEntry(TacticalList::Metrics) => "Kengetal wijzigen",
            TacticalDialog::EditEntry(TacticalList::Progress) => "Project wijzigen",
            TacticalDialog::Answer(TacticalList::Checklist) => "Check of geen check",
            TacticalDialog::Answer(TacticalList::Metrics) => "De waarde van het kengetal",
            TacticalDialog::Answer(TacticalList::Progress) => "Voortgang",
            TacticalDialog::Need => "Wat heeft de eigenaar nodig?",
            TacticalDialog::Request => "Een verzoek aan een persoon of rol",
            TacticalDialog::ActionNote => "Hoe staat het met deze actie?",
            TacticalDialog::ProjectStatus => "Hoe staat dit project ervoor?",
        }
    }

    fn tactical_key(&self, key: TacticalKey) -> &'static str {
        match key {
            TacticalKey::AddEntry => "toevoegen",
            TacticalKey::EditEntry => "wijzigen",
            TacticalKey::RemoveEntry => "schrappen",
            TacticalKey::AnswerEntry => "beantwoorden",
            TacticalKey::Check => "check",
            TacticalKey::NoCheck => "geen check / geen update",
            TacticalKey::NextReview => "volgende lijst",
            TacticalKey::ToAgenda => "meteen naar de agenda",
            TacticalKey::Need => "behoefte",
            TacticalKey::Request => "verzoek",
            TacticalKey::Accept => "toegezegd",
            TacticalKey::Decline => "afgewezen",
            TacticalKey::NeedMet => "heb je wat je nodig hebt",
            TacticalKey::CutOff => "afkappen",
            TacticalKey::ActionDone => "gedaan",
            TacticalKey::ActionStillOpen => "loopt nog",
            TacticalKey::ActionDropped => "vervalt",
            TacticalKey::ActionNote => "antwoord met een toelichting",
            TacticalKey::ProjectStatus => "status",
            TacticalKey::Board => "bord",
        }
    }

    fn confirm_remove_entry(&self, text: &str) -> String {
        format!("“{text}” van de lijst halen? Het volgende overleg biedt het dan niet meer aan.")
    }

    fn accepted_request(&self) -> &'static str {
        "toegezegd verzoek"
    }

    fn owned_output(
        &self,
        kind: crate::meeting::OutputKind,
        text: &str,
        role: Option<&str>,
        item: Option<&str>,
    ) -> String {
        self.owned_entry(self.output_kind(kind), text, role, item)
    }

    fn owned_entry(
        &self,
        kind: &str,
        text: &str,
        role: Option<&str>,
        item: Option<&str>,
    ) -> String {
        let mut entry = format!("{}: {text}", crate::text::capitalise(kind));
        if let Some(role) = role {
            entry = format!("{entry} (als {role})");
        }
        if let Some(item) = item {
            entry = format!("{entry}, uit {item}");
        }
        entry
    }

    fn bad_format(&self, given: &str) -> String {
        format!(
            "'{given}' is geen soort overleg: schrijf governance of tactical (of in het Nederlands: rolverleg, werkoverleg)"
        )
    }

    fn time_share(&self, left_secs: Option<i64>) -> String {
        match left_secs {
            Some(s) if s > 0 => format!("tijd per punt: nog {}", self.duration(s)),
            Some(_) => "tijd per punt op: afkappen kan".to_owned(),
            None => "geen tijd per punt (geen tijdslimiet)".to_owned(),
        }
    }
}
