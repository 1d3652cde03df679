//! Nederlandse woorden voor het governance-register.

use super::Dutch;
use crate::meeting::{Event, Part, PartField, PartKind, PartRefusal, RoleList};
use crate::text::governance::GovernanceWords;

impl GovernanceWords for Dutch {
    fn part_refusal(&self, refusal: &PartRefusal) -> String {
        match refusal {
            PartRefusal::InElection => {
                "Het voorstel van een verkiezing is de kandidaat: het heeft geen onderdelen. De uitslag vult de rol bij aanname.".to_owned()
            }
            PartRefusal::ElectionOnly => {
                "Een rol vervullen is de uitslag van een verkiezing, geen onderdeel van een voorstel: houd er een verkiezing voor.".to_owned()
            }
            PartRefusal::NoSuchPart { number } => {
                format!("Het voorstel heeft geen onderdeel {number}: kies een van de getoonde onderdelen.")
            }
            PartRefusal::Duplicate => {
                "Het voorstel heeft dit onderdeel al: wijzig het bestaande.".to_owned()
            }
            PartRefusal::Unchanged => {
                "Deze wijziging verandert niets: geef de nieuwe tekst.".to_owned()
            }
            PartRefusal::SameCircle => {
                "Verplaatsen gaat naar een andere cirkel: kies de subcirkel (of de cirkel) waar het heen gaat.".to_owned()
            }
            PartRefusal::TooMany { limit } => format!(
                "Een voorstel heeft hoogstens {limit} onderdelen: splits het in meerdere voorstellen."
            ),
            PartRefusal::Empty { field } => {
                format!("De {} is leeg: vul die eerst in.", self.part_field(*field))
            }
            PartRefusal::TooLong { field, limit_kb } => format!(
                "De {} is langer dan {limit_kb} KB: maak die korter.",
                self.part_field(*field)
            ),
        }
    }

    fn part_field(&self, field: PartField) -> &'static str {
        match field {
            PartField::RoleName => "rolnaam",
            PartField::Purpose => "bestaansreden",
            PartField::Accountability => "verantwoordelijkheid",
            PartField::Domain => "domein",
            PartField::PolicyTitle => "titel van het beleid",
            PartField::PolicyText => "tekst van het beleid",
            PartField::Circle => "cirkel",
            PartField::Person => "persoon",
        }
    }

    fn part_kind(&self, kind: PartKind) -> &'static str {
        match kind {
            PartKind::CreateRole => "Een rol instellen",
            PartKind::RenameRole => "Een rol hernoemen",
            PartKind::ChangePurpose => "De bestaansreden van een rol wijzigen",
            PartKind::RemoveRole => "Een rol opheffen",
            PartKind::MoveRole => "Een rol naar of uit een subcirkel verplaatsen",
            PartKind::ExpandRole => "Een rol uitbouwen tot subcirkel",
            PartKind::CollapseCircle => "Een subcirkel terugbrengen tot rol",
            PartKind::AddEntry => "Een verantwoordelijkheid of domein toevoegen",
            PartKind::ChangeEntry => "Een verantwoordelijkheid of domein wijzigen",
            PartKind::RemoveEntry => "Een verantwoordelijkheid of domein schrappen",
            PartKind::CreatePolicy => "Beleid instellen",
            PartKind::ChangePolicy => "Beleid wijzigen",
            PartKind::RemovePolicy => "Beleid opheffen",
            PartKind::MovePolicy => "Beleid naar of uit een subcirkel verplaatsen",
            PartKind::AssignRole => "Een rol vervullen (uitslag van een verkiezing)",
        }
    }

    fn role_list(&self, list: RoleList) -> &'static str {
        match list {
            RoleList::Accountability => "verantwoordelijkheid",
            RoleList::Domain => "domein",
        }
    }

    fn part(&self, part: &Part) -> String {
        match part {
            Part::CreateRole {
                name,
                purpose,
                accountabilities,
                domains,
            } => {
                let mut line = format!("Rol {name}: ingesteld");
                if let Some(p) = purpose {
                    line.push_str(&format!("; bestaansreden: {p}"));
                }
                if !accountabilities.is_empty() {
                    line.push_str(&format!(
                        "; verantwoordelijkheden: {}",
                        accountabilities.join("; ")
                    ));
                }
                if !domains.is_empty() {
                    line.push_str(&format!("; domeinen: {}", domains.join("; ")));
                }
                line
            }
            Part::RenameRole { role, name } => format!("Rol {}: hernoemd tot {name}", role.name),
            Part::ChangePurpose { role, purpose } => {
                format!("Rol {}: bestaansreden gewijzigd in: {purpose}", role.name)
            }
            Part::RemoveRole { role } => format!("Rol {}: opgeheven", role.name),
            Part::MoveRole { role, from, to } => {
                format!(
                    "Rol {}: verplaatst van cirkel {from} naar cirkel {to}",
                    role.name
                )
            }
            Part::ExpandRole { role } => format!("Rol {}: uitgebouwd tot subcirkel", role.name),
            Part::CollapseCircle { role } => {
                format!("Subcirkel {}: teruggebracht tot rol", role.name)
            }
            Part::AddEntry { role, list, text } => {
                format!(
                    "Rol {}: {} toegevoegd: {text}",
                    role.name,
                    self.role_list(*list)
                )
            }
            Part::ChangeEntry {
                role,
                list,
                from,
                to,
            } => format!(
                "Rol {}: {} gewijzigd van \"{from}\" in \"{to}\"",
                role.name,
                self.role_list(*list)
            ),
            Part::RemoveEntry { role, list, text } => {
                format!(
                    "Rol {}: {} geschrapt: {text}",
                    role.name,
                    self.role_list(*list)
                )
            }
            Part::CreatePolicy {
                title,
                text,
                domain,
            } => match domain {
                Some(scope) => format!(
                    "Beleid {title} (op domein \"{}\" van rol {}): ingesteld: {text}",
                    scope.domain, scope.role.name
                ),
                None => format!("Beleid {title}: ingesteld: {text}"),
            },
            Part::ChangePolicy {
                policy,
                title,
                text,
            } => {
                if *title == policy.name {
                    format!("Beleid {title}: gewijzigd in: {text}")
                } else {
                    format!(
                        "Beleid {}: hernoemd tot {title} en gewijzigd in: {text}",
                        policy.name
                    )
                }
            }
            Part::RemovePolicy { policy } => format!("Beleid {}: opgeheven", policy.name),
            Part::MovePolicy { policy, from, to } => format!(
                "Beleid {}: verplaatst van cirkel {from} naar cirkel {to}",
                policy.name
            ),
            Part::AssignRole {
                role,
                person,
                term_end,
            } => match term_end {
                Some(end) => format!(
                    "Rol {}: vervuld door {person} tot {}",
                    role.name,
                    crate::text::MinutesWords::date(self, *end)
                ),
                None => format!("Rol {}: vervuld door {person}", role.name),
            },
        }
    }

    fn part_event(&self, event: &Event) -> String {
        match event {
            Event::PartAdded { version, part } => {
                format!("het onderdeel \"{}\" (v{version})", self.part(part))
            }
            Event::PartChanged {
                version, number, ..
            } => format!("de wijziging van onderdeel {number} (v{version})"),
            Event::PartRemoved { version, number } => {
                format!("het schrappen van onderdeel {number} (v{version})")
            }
            _ => String::new(),
        }
    }

    fn bad_import(&self, path: &str, detail: &str) -> String {
        format!(
            "{path}: geen leesbare import van het governance-register ({detail}); haal het uit de map of herstel het"
        )
    }

    fn not_an_import(&self) -> &'static str {
        "geen import van het governance-register"
    }
}
