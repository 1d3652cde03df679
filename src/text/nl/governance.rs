//! Nederlandse woorden voor het governance-register.

use super::Dutch;
use crate::meeting::{Event, Part, PartField, PartKind, PartRefusal, PolicyScope, RoleList};
use crate::record::governance::import::{Export, JsonAt, JsonKind, RefKind};
use crate::record::governance::{
    Agreement, Conflict, ConflictKind, CoreRole, Filler, ImportProblem, Integrated, PartProblem,
    Source,
};
use crate::text::governance::{GovernanceWords, RecordLabel};

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
                let mut line = format!(
                    "Rol {}: ingesteld",
                    self.role_target(&crate::meeting::Target::named(name.clone()))
                );
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
            Part::RenameRole { role, name } => {
                format!("Rol {}: hernoemd tot {name}", self.role_target(role))
            }
            Part::ChangePurpose { role, purpose } => {
                format!(
                    "Rol {}: bestaansreden gewijzigd in: {purpose}",
                    self.role_target(role)
                )
            }
            Part::RemoveRole { role } => format!("Rol {}: opgeheven", self.role_target(role)),
            Part::MoveRole { role, from, to } => {
                format!(
                    "Rol {}: verplaatst van cirkel {from} naar cirkel {to}",
                    self.role_target(role)
                )
            }
            Part::ExpandRole { role } => {
                format!("Rol {}: uitgebouwd tot subcirkel", self.role_target(role))
            }
            Part::CollapseCircle { role } => {
                format!(
                    "Subcirkel {}: teruggebracht tot rol",
                    self.role_target(role)
                )
            }
            Part::AddEntry { role, list, text } => {
                format!(
                    "Rol {}: {} toegevoegd: {text}",
                    self.role_target(role),
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
                self.role_target(role),
                self.role_list(*list)
            ),
            Part::RemoveEntry { role, list, text } => {
                format!(
                    "Rol {}: {} geschrapt: {text}",
                    self.role_target(role),
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
                    scope.domain,
                    self.role_target(&scope.role)
                ),
                None => format!("Beleid {title}: ingesteld: {text}"),
            },
            Part::ChangePolicy {
                policy,
                title,
                text,
                scope,
            } => {
                let changed = if *title == policy.name {
                    format!("Beleid {title}: gewijzigd in: {text}")
                } else {
                    format!(
                        "Beleid {}: hernoemd tot {title} en gewijzigd in: {text}",
                        policy.name
                    )
                };
                match scope {
                    None => changed,
                    Some(PolicyScope::Circle) => {
                        format!("{changed}; geldt nu voor de hele cirkel")
                    }
                    Some(PolicyScope::Domain(s)) => format!(
                        "{changed}; geldt nu voor domein \"{}\" van rol {}",
                        s.domain,
                        self.role_target(&s.role)
                    ),
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
                    self.role_target(role),
                    crate::text::MinutesWords::date(self, *end)
                ),
                None => format!("Rol {}: vervuld door {person}", self.role_target(role)),
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

    fn record_label(&self, label: RecordLabel) -> &'static str {
        match label {
            RecordLabel::Roles => "Rollen",
            RecordLabel::Policies => "Beleid",
            RecordLabel::SubCircles => "Subcirkels",
            RecordLabel::Conflicts => "Conflicten",
            RecordLabel::Purpose => "Bestaansreden",
            RecordLabel::Accountabilities => "Verantwoordelijkheden",
            RecordLabel::Domains => "Domeinen",
            RecordLabel::FilledBy => "Vervuld door",
            RecordLabel::Unfilled => "niet vervuld",
            RecordLabel::Notes => "Aantekeningen",
            RecordLabel::GovernanceChanges => "Wijzigingen in de governance",
            RecordLabel::Driver => "Aanleiding",
            RecordLabel::From => "Herkomst",
            RecordLabel::SubCircleTag => "subcirkel",
            RecordLabel::CoreTag => "kernrol",
            RecordLabel::NotApplied => "Niet doorgevoerd",
        }
    }

    fn core_role(&self, core: CoreRole) -> &'static str {
        match core {
            CoreRole::CircleLead => "Cirkelleider",
            CoreRole::Facilitator => "Facilitator",
            CoreRole::Secretary => "Secretaris",
            CoreRole::RepLink => "Vertegenwoordiger",
        }
    }

    fn record_title(&self, circle: &str) -> String {
        format!("Governance van {circle}")
    }

    fn record_intro(
        &self,
        as_of: Option<chrono::NaiveDate>,
        sessions: usize,
        imports: usize,
    ) -> String {
        let when = match as_of {
            Some(day) => format!(
                "zoals het er op {} voor stond",
                crate::text::MinutesWords::date(self, day)
            ),
            None => "zoals het er nu voor staat".to_owned(),
        };
        let sessions = match sessions {
            1 => "1 sessie".to_owned(),
            n => format!("{n} sessies"),
        };
        let imports = match imports {
            0 => String::new(),
            1 => " en 1 import".to_owned(),
            n => format!(" en {n} imports"),
        };
        format!(
            "Het governance-register van de cirkel {when}, door spanning afgeleid uit de {sessions}{imports} in de map. Bewerk dit bestand niet: draai `spanning record` opnieuw."
        )
    }

    fn nothing_as_of(
        &self,
        circle: &str,
        day: chrono::NaiveDate,
        first: chrono::NaiveDate,
    ) -> String {
        format!(
            "Voor {circle} is op of vóór {} nog niets vastgelegd: het eerste is van {}. Geef een latere datum bij `--as-of`, of laat die weg voor het register zoals het nu is.",
            crate::text::MinutesWords::date(self, day),
            crate::text::MinutesWords::date(self, first)
        )
    }

    fn no_record(&self, circle: &str) -> String {
        format!(
            "Voor {circle} is nog niets vastgelegd: importeer de rollen met `spanning import BESTAND`, of neem in een governance-overleg een voorstel met onderdelen aan."
        )
    }

    fn filler(&self, filler: &Filler) -> String {
        let mut said = Vec::new();
        if let Some(focus) = &filler.focus {
            said.push(format!("focus: {focus}"));
        }
        if let Some(since) = filler.since {
            said.push(format!(
                "sinds {}",
                crate::text::MinutesWords::date(self, since)
            ));
        }
        if let Some(end) = filler.term_end {
            said.push(format!(
                "termijn tot {}",
                crate::text::MinutesWords::date(self, end)
            ));
        }
        if said.is_empty() {
            filler.person.clone()
        } else {
            format!("{} ({})", filler.person, said.join("; "))
        }
    }

    fn source(&self, source: &Source) -> String {
        let day = crate::text::MinutesWords::date(self, source.at.date_naive());
        if source.imported {
            return format!("geïmporteerd uit {} op {day}", source.title);
        }
        let mut line = format!("{day}, \"{}\" ({})", source.title, source.session);
        if let (Some(n), Some(label)) = (source.number.or(source.item), &source.label) {
            line.push_str(&format!(", punt {n} \"{label}\""));
        }
        if let Some(v) = source.version {
            line.push_str(&format!(", v{v}"));
        }
        if let Some(p) = &source.proposer {
            line.push_str(&format!(", voorgesteld door {p}"));
        }
        if let Some(t) = &source.tension {
            line.push_str(&format!("; spanning: {t}"));
        }
        line
    }

    fn integrated(&self, objection: &Integrated) -> String {
        format!(
            "bezwaar van {} verwerkt in v{}: {}",
            objection.by, objection.version, objection.text
        )
    }

    fn policy_scope(&self, role: &str, domain: &str) -> String {
        format!("Op het domein \"{domain}\" van rol {role}")
    }

    fn agreement_review(&self, agreement: &Agreement) -> Option<String> {
        match (agreement.review_date, &agreement.criteria) {
            (Some(day), Some(c)) => Some(format!(
                "Evaluatie op {}; beoordeeld op: {c}",
                crate::text::MinutesWords::date(self, day)
            )),
            (Some(day), None) => Some(format!(
                "Evaluatie op {}",
                crate::text::MinutesWords::date(self, day)
            )),
            (None, Some(c)) => Some(format!("Beoordeeld op: {c}")),
            (None, None) => None,
        }
    }

    fn conflict(&self, conflict: &Conflict) -> String {
        let part = self.part(&conflict.part);
        let later = self.source(&conflict.source);
        match &conflict.kind {
            ConflictKind::SameBase { base, earlier } => format!(
                "{}: \"{part}\" ({later}) ging uit van versie {base}, maar een ander overleg ({}) wijzigde die intussen zonder dat de een de ander zag. Beide blijven bewaard en de latere geldt; een governance-overleg moet dit rechtzetten.",
                conflict.circle,
                self.source(earlier)
            ),
            ConflictKind::NotApplied { problem } => format!(
                "{}: \"{part}\" ({later}) is niet doorgevoerd: {}",
                conflict.circle,
                self.part_problem(problem)
            ),
        }
    }

    fn part_problem(&self, problem: &PartProblem) -> String {
        match problem {
            PartProblem::NoSuchRole { name, circle } => format!(
                "{circle} heeft geen rol \"{name}\": kies een van de rollen, of stel die eerst in."
            ),
            PartProblem::NoSuchPolicy { title, circle } => format!(
                "{circle} heeft geen beleid \"{title}\": kies een bestaand beleid, of stel het eerst in."
            ),
            PartProblem::RoleNameTaken { name } => format!(
                "De cirkel heeft al een rol \"{name}\": kies een andere naam, of wijzig die rol."
            ),
            PartProblem::PolicyTitleTaken { title } => format!(
                "De cirkel heeft al beleid \"{title}\": kies een andere titel, of wijzig dat beleid."
            ),
            PartProblem::CoreRole { name } => format!(
                "{name} is een kernrol: die kan niet worden opgeheven, hernoemd, verplaatst of uitgebouwd (verantwoordelijkheden toevoegen kan wel)."
            ),
            PartProblem::DomainNotHeld { domain, role } => format!(
                "Niemand heeft het domein \"{domain}\" als {role}: voeg het domein eerst aan de rol toe, of maak het beleid van de cirkel."
            ),
            PartProblem::NoSuchEntry { role, list, text } => format!(
                "Rol {role} heeft geen {} \"{text}\": kies er een die de rol heeft.",
                self.role_list(*list)
            ),
            PartProblem::EntryExists { role, list, text } => format!(
                "Rol {role} heeft het {} \"{text}\" al.",
                match list {
                    RoleList::Accountability => "verantwoordelijkheidsgebied",
                    RoleList::Domain => "domein",
                }
            ),
            PartProblem::NotASubCircle { circle } => format!(
                "\"{circle}\" is niet deze cirkel en ook geen subcirkel ervan: bouw eerst een rol uit tot subcirkel."
            ),
            PartProblem::AlreadySubCircle { name } => {
                format!("{name} is al een subcirkel.")
            }
            PartProblem::NotSubCircle { name } => {
                format!("{name} is geen subcirkel, dus er valt niets terug te brengen.")
            }
            PartProblem::IntoItself { name } => format!(
                "{name} kan niet in zichzelf worden geplaatst: kies deze cirkel of een andere subcirkel."
            ),
            PartProblem::CircleNotEmpty {
                name,
                roles,
                policies,
            } => {
                let mut held = Vec::new();
                if !roles.is_empty() {
                    let r = if roles.len() == 1 { "rol" } else { "rollen" };
                    held.push(format!("{r} {}", roles.join(", ")));
                }
                if !policies.is_empty() {
                    held.push(format!("beleid {}", policies.join(", ")));
                }
                format!(
                    "Subcirkel {name} heeft nog {}: verplaats of schrap die eerst, zodat er bij het terugbrengen niets verloren gaat.",
                    held.join(" en ")
                )
            }
        }
    }

    fn history_title(&self, name: &str, policy: bool, circle: &str) -> String {
        if policy {
            format!("Geschiedenis van beleid {name} ({circle})")
        } else {
            format!("Geschiedenis van rol {name} ({circle})")
        }
    }

    fn unknown_subject(&self, given: &str, known: &str) -> String {
        if known.is_empty() {
            format!("geen rol of beleid '{given}': het register is leeg (zie `spanning import`)")
        } else {
            format!("geen rol of beleid '{given}' in het register; wel: {known}")
        }
    }

    fn import_problem(&self, path: &str, problem: &ImportProblem) -> String {
        let what = match problem {
            ImportProblem::Unreadable { kind } => match kind {
                std::io::ErrorKind::NotFound => "bestaat niet".to_owned(),
                std::io::ErrorKind::PermissionDenied => {
                    "is niet te lezen: geen toegang".to_owned()
                }
                std::io::ErrorKind::InvalidInput => {
                    "is geen gewoon bestand (een map, pijp of apparaat)".to_owned()
                }
                other => format!("is niet te lezen ({other})"),
            },
            ImportProblem::TooLarge { limit } => format!("is groter dan {limit} bytes"),
            ImportProblem::Syntax { line, column } => format!(
                "regel {line}, kolom {column}: dit is geen geldige TOML (controleer aanhalingstekens, haken en `=`)"
            ),
            ImportProblem::Missing { line, key } => {
                format!("regel {line}: `{key}` ontbreekt hier; voeg het toe")
            }
            ImportProblem::Unknown { line, key } => format!(
                "regel {line}: `{key}` is geen sleutel die spanning kent (zie README, \"Importing a circle's governance\")"
            ),
            ImportProblem::WrongType { line } => format!(
                "regel {line}: een waarde van de verkeerde soort (tekst tussen aanhalingstekens, lijsten tussen [ ], datums als 2025-06-30)"
            ),
            ImportProblem::Empty { line, key } => format!("regel {line}: `{key}` is leeg"),
            ImportProblem::BadDate { line } => {
                format!("regel {line}: schrijf een datum als 2025-06-30, zonder tijd")
            }
            ImportProblem::DuplicateRole { line, name } => format!(
                "regel {line}: de cirkel heeft in dit bestand al een rol \"{name}\""
            ),
            ImportProblem::DuplicatePolicy { line, title } => format!(
                "regel {line}: de cirkel heeft in dit bestand al beleid \"{title}\""
            ),
            ImportProblem::DomainNotHeld { line, domain, role } => format!(
                "regel {line}: geen rol \"{role}\" met het domein \"{domain}\" in deze cirkel"
            ),
            ImportProblem::NoCircle => "er staan rollen zonder cirkel in: zet `circle = \"Naam\"` bovenaan, of geef --circle mee".to_owned(),
            ImportProblem::Nothing => "bevat geen cirkel, rol of beleid om te importeren".to_owned(),
            ImportProblem::NotJson { line, column } => format!(
                "regel {line}, kolom {column}: dit is geen geldige JSON (controleer of de export heel is opgeslagen)"
            ),
            ImportProblem::UnknownExport => "is JSON, maar geen export die spanning leest: een GlassFrog-export heeft `roles` of `circles` bovenaan, een Holaspirit-export `data` (zie README, \"Importing a circle's governance\")".to_owned(),
            ImportProblem::JsonShape { at, expected } => format!(
                "{}: hier hoort {}",
                json_at(at),
                match expected {
                    JsonKind::Object => "een object { }",
                    JsonKind::List => "een lijst [ ]",
                    JsonKind::Text => "een tekst tussen aanhalingstekens",
                    JsonKind::Id => "een id (een getal of een tekst)",
                }
            ),
            ImportProblem::JsonMissing { at, key } => {
                format!("{}: `{key}` ontbreekt hier; voeg het toe", json_at(at))
            }
            ImportProblem::JsonEmpty { at } => format!("{}: dit is leeg; vul het in", json_at(at)),
            ImportProblem::JsonUnknownRef { at, kind, id } => format!(
                "{}: geen {} met id {id} in dit bestand; exporteer die mee (in `linked` of bovenaan) of verbeter de id",
                json_at(at),
                match kind {
                    RefKind::Circle => "cirkel",
                    RefKind::Role => "rol",
                    RefKind::Person => "persoon",
                    RefKind::Accountability => "verantwoordelijkheid",
                    RefKind::Domain => "domein",
                    RefKind::Policy => "beleid",
                }
            ),
            ImportProblem::JsonDuplicateRole { at, name, circle } => format!(
                "{}: de cirkel \"{circle}\" heeft in dit bestand al een rol \"{name}\"; geef een van beide een andere naam",
                json_at(at)
            ),
            ImportProblem::JsonDuplicatePolicy { at, title, circle } => format!(
                "{}: de cirkel \"{circle}\" heeft in dit bestand al beleid \"{title}\"; geef een van beide een andere titel",
                json_at(at)
            ),
            ImportProblem::JsonDomainNotHeld { at, domain, role } => format!(
                "{}: geen rol \"{role}\" met het domein \"{domain}\" in deze cirkel",
                json_at(at)
            ),
            ImportProblem::JsonBadDate { at } => {
                format!("{}: geen datum; schrijf hem als 2025-06-30", json_at(at))
            }
            ImportProblem::JsonNoCircle { at } => format!(
                "{}: hier staat geen cirkel bij; zet de cirkel in het bestand, of geef --circle mee",
                json_at(at)
            ),
        };
        format!("{path}: {what}. Er is niets geïmporteerd.")
    }

    fn imported_from(&self, export: Export) -> String {
        match export {
            Export::GlassFrog => "Gelezen als export van GlassFrog.",
            Export::Holaspirit => "Gelezen als export van Holaspirit.",
        }
        .to_owned()
    }

    fn imported(&self, path: &str, circles: usize, roles: usize, policies: usize) -> String {
        format!(
            "{roles} rol(len) en {policies} beleidsregel(s) in {circles} cirkel(s) geïmporteerd. Vastgelegd in {path}"
        )
    }

    fn bad_as_of(&self, given: &str) -> String {
        format!("'{given}' is geen datum: schrijf die als 2025-06-30")
    }

    fn check_conflicts(&self, count: usize) -> String {
        match count {
            0 => "Het governance-register heeft geen conflicten.".to_owned(),
            1 => "Het governance-register heeft 1 conflict tussen sessies:".to_owned(),
            n => format!("Het governance-register heeft {n} conflicten tussen sessies:"),
        }
    }
    fn check_not_applied(&self, count: usize) -> String {
        match count {
            1 => "1 aangenomen onderdeel paste niet in het register en is niet doorgevoerd (geen conflict; zie `spanning record`):".to_owned(),
            n => format!("{n} aangenomen onderdelen pasten niet in het register en zijn niet doorgevoerd (geen conflict; zie `spanning record`):"),
        }
    }
}

/// Waar in een JSON-export: "regel 12 (`roles[1].links.circle`)".
fn json_at(at: &JsonAt) -> String {
    format!("regel {} (`{}`)", at.line, at.path)
}
