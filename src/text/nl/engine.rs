//! Dutch words for the meeting engine.

use super::Dutch;
use crate::meeting::offers::OfferRefusal;
use crate::meeting::session::{LogProblem, SetupProblem};
use crate::meeting::{
    Action, Criterion, Disposition, Ending, Field, IdmStep, OutOfOrderKind, OutputKind, Phase,
    Refusal, RoundKind,
};
use crate::meeting::{DriverPart, RuleSet};
use crate::text::{EngineWords, join_names};

impl EngineWords for Dutch {
    fn phase(&self, phase: Phase) -> &'static str {
        match phase {
            Phase::Opening => "opening",
            Phase::CheckIn => "incheckronde",
            Phase::Agenda => "agenda opstellen",
            Phase::Item { step, .. } => self.step(step),
            Phase::Closing => "sluitingsronde",
            Phase::CloseOut => "afronding",
            Phase::Closed => "gesloten",
            Phase::Checklist => "checklist doornemen",
            Phase::Metrics => "kengetallen doornemen",
            Phase::Progress => "voortgang",
            Phase::Actions => "actielijst doornemen",
        }
    }

    fn driver_step(&self) -> &'static str {
        "drijfveer en voorstel"
    }

    fn step(&self, step: IdmStep) -> &'static str {
        match step {
            IdmStep::PresentProposal => "voorstel presenteren",
            IdmStep::ClarifyingQuestions => "verhelderende vragen",
            IdmStep::ReactionRound => "reactieronde",
            IdmStep::AmendAndClarify => "aanpassen en verduidelijken",
            IdmStep::ObjectionRound => "bezwaarronde",
            IdmStep::DescribeRole
            | IdmStep::Nominations
            | IdmStep::NominationSharing
            | IdmStep::NominationChanges
            | IdmStep::ProposeCandidate => crate::text::ElectionWords::election_step(self, step),
            IdmStep::Integration => "integratie",
            IdmStep::ConsentRound => "consentronde",
            IdmStep::ResolveObjections => "bezwaren oplossen",
            IdmStep::Triage => "triage",
        }
    }

    fn round(&self, kind: RoundKind) -> &'static str {
        match kind {
            RoundKind::CheckIn => "incheckronde",
            RoundKind::Reaction => "reactieronde",
            RoundKind::Objection => "bezwaarronde",
            RoundKind::Closing => "sluitingsronde",
            RoundKind::QuickReaction => "snelle reactieronde",
            RoundKind::Consent => "consentronde",
            RoundKind::NominationSharing => crate::text::ElectionWords::sharing_round(self),
        }
    }

    fn criterion(&self, criterion: Criterion) -> &'static str {
        match criterion {
            Criterion::Harm => "schade",
            Criterion::Role => "beperkt een eigen rol",
            Criterion::CausedByProposal => "veroorzaakt door het voorstel",
            Criterion::NotSafeToTry => "niet veilig om te proberen",
        }
    }

    fn criterion_question(&self, criterion: Criterion) -> &'static str {
        match criterion {
            Criterion::Harm => {
                "Hoe maakt dit voorstel de cirkel minder goed in staat haar doel of verantwoordelijkheden waar te maken?"
            }
            Criterion::Role => "Welke van jouw eigen rollen wordt door die schade beperkt, en hoe?",
            Criterion::CausedByProposal => {
                "Bestaat deze spanning ook zonder het voorstel, of ontstaat ze pas als we het aannemen?"
            }
            Criterion::NotSafeToTry => {
                "Weten we zeker dat er schade komt, of is er geen kans om bij te sturen voordat het echt misgaat?"
            }
        }
    }

    fn ending(&self, ending: Ending) -> &'static str {
        match ending {
            Ending::Adopted => "aangenomen",
            Ending::Withdrawn => "ingetrokken",
            Ending::Discarded => "ongeldig verklaard",
            Ending::Dropped => "geschrapt",
            Ending::Unfinished => "niet afgerond",
            Ending::ProcessBreakdown => "proces vastgelopen",
            Ending::NeedMet => "behoefte vervuld",
            Ending::CutOff => "afgekapt",
        }
    }

    fn disposition(&self, disposition: Disposition) -> &'static str {
        match disposition {
            Disposition::CarriedOver => "doorgeschoven",
            Disposition::LetGo => "losgelaten",
        }
    }

    fn output_kind(&self, kind: OutputKind) -> &'static str {
        match kind {
            OutputKind::NextAction => "volgende actie",
            OutputKind::Project => "project",
            OutputKind::Information => "informatie",
        }
    }

    fn out_of_order(&self, kind: OutOfOrderKind) -> &'static str {
        match kind {
            OutOfOrderKind::CrossTalk => "door elkaar praten",
            OutOfOrderKind::ReactionAsQuestion => "een reactie verpakt als vraag",
            OutOfOrderKind::DiscussionInRound => "discussie tijdens een ronde",
            OutOfOrderKind::Other => "buiten de orde",
        }
    }

    fn elected_word(&self) -> &'static str {
        "gekozen"
    }

    fn pass(&self, kind: RoundKind) -> &'static str {
        match kind {
            RoundKind::Objection => "geen bezwaar",
            RoundKind::Consent => "instemming",
            _ => "pas",
        }
    }

    fn pass_after_name(&self, kind: RoundKind) -> String {
        match kind {
            RoundKind::Objection | RoundKind::Consent => format!(": {}", self.pass(kind)),
            _ => " past".to_owned(),
        }
    }

    fn version(&self, number: u32) -> String {
        format!("v{number}")
    }

    fn skipped(&self) -> &'static str {
        "overgeslagen"
    }

    fn and(&self) -> &'static str {
        "en"
    }

    fn action(&self, action: Action) -> &'static str {
        match action {
            Action::StartCheckIn => "de incheckronde beginnen",
            Action::SetRoundOrder => "kiezen wie de ronde begint",
            Action::TakeTurn => "een beurt vastleggen",
            Action::OpenAgenda => "doorgaan naar het opstellen van de agenda",
            Action::AddItem => "een agendapunt toevoegen",
            Action::ChangeAgenda => "de agenda wijzigen",
            Action::StartItem => "een agendapunt starten",
            Action::PresentProposal => "de spanning en het voorstel presenteren",
            Action::CorrectProposal => {
                "het genoemde voorstel verbeteren (kan tot de verduidelijkende vragen beginnen)"
            }
            Action::OpenClarifyingQuestions => "de verhelderende vragen openen",
            Action::HandleQuestion => "een verhelderende vraag vastleggen",
            Action::OpenReactionRound => "de reactieronde beginnen",
            Action::OpenAmendAndClarify => "doorgaan naar aanpassen en verduidelijken",
            Action::Clarify => "een verduidelijking vastleggen",
            Action::Amend => "het voorstel aanpassen",
            Action::OpenObjectionRound => "de bezwaarronde beginnen",
            Action::HandleConcern => "een mogelijk bezwaar behandelen",
            Action::OpenIntegration => "doorgaan naar integratie",
            Action::Integrate => "een bezwaar integreren",
            Action::Adopt => "het voorstel aannemen",
            Action::Withdraw => "het voorstel intrekken",
            Action::Discard => "het voorstel ongeldig verklaren",
            Action::Drop => "het voorstel schrappen",
            Action::MarkUnfinished => "het punt als niet afgerond markeren",
            Action::DeclareBreakdown => "vaststellen dat het proces is vastgelopen",
            Action::RecordOutput => "een uitkomst vastleggen",
            Action::EndTimeOut => "de time-out beëindigen",
            Action::OpenClosingRound => "de sluitingsronde beginnen",
            Action::OpenCloseOut => "doorgaan naar de afronding",
            Action::Dispose => "een punt doorschuiven of loslaten",
            Action::CloseSession => "de sessie sluiten",
            Action::ChangeParticipants => "deelnemers wijzigen",
            Action::Anything => "iets wijzigen",
            Action::DescribeDriver => "de drijfveer beschrijven",
            Action::OpenConsentRound => "de consentronde beginnen",
            Action::AnswerConsent => "instemming, een zorg of een bezwaar vastleggen",
            Action::OpenResolution => "doorgaan naar het oplossen van bezwaren",
            Action::ResolveObjection => "een bezwaar als opgelost vastleggen",
            Action::AdoptAgreement => "een afspraak vaststellen",
            Action::RequalifyObjection => "een bezwaar als zorg vastleggen",
            Action::Election(a) => crate::text::ElectionWords::election_action(self, a),
            Action::EditParts => "de onderdelen van het voorstel wijzigen",
            Action::OpenChecklist => "de checklist openen",
            Action::OpenMetrics => "de kengetallen openen",
            Action::OpenProgress => "de voortgang openen",
            Action::ChangeList => "de lijst wijzigen",
            Action::AnswerEntry => "een punt van de lijst beantwoorden",
            Action::Triage => "triage vastleggen",
            Action::MeetNeed => "het punt afsluiten als behoefte vervuld",
            Action::CutOff => "het punt afkappen",
            Action::OpenActions => "de actielijst openen",
            Action::AnswerOffer => "een aangeboden punt oppakken of laten vallen",
        }
    }

    fn field(&self, field: Field) -> &'static str {
        match field {
            Field::Label => "label",
            Field::Tension => "spanning",
            Field::Example => "voorbeeld",
            Field::Proposal => "voorstel",
            Field::Question => "vraag",
            Field::Answer => "antwoord",
            Field::Reason => "reden",
            Field::Speech => "kern van de beurt",
            Field::Situation => "situatie",
            Field::Effect => "effect",
            Field::Need => "behoefte",
            Field::Impact => "impact",
            Field::Criteria => "evaluatiecriteria",
            Field::Clarification => "verduidelijking",
            Field::Argument => "argument",
            Field::Note => "notitie",
            Field::Name => "naam",
            Field::Output => "uitkomst",
            Field::Election(f) => crate::text::ElectionWords::election_field(self, f),
            Field::Role => "rol",
            Field::Request => "verzoek",
            Field::Entry => "punt",
            Field::Value => "waarde",
            Field::Update => "update",
            Field::WaitingOn => "op wie of wat het project wacht",
        }
    }

    fn refusal(&self, refusal: &Refusal) -> String {
        let names = |list: &[String]| join_names(list, self.and());
        match refusal {
            Refusal::NotNow { action, phase } => match phase {
                Phase::Closed => "De sessie is gesloten: er kan niets meer bij (met ongedaan maken open je de afronding weer).".to_owned(),
                _ => format!("{} kan niet {}.", capitalise(self.action(*action)), during_phase(*phase)),
            },
            Refusal::TimeOutRunning => {
                "Er loopt een time-out: beëindig die eerst (tijdens een time-out leg je alleen notities en procesbesluiten vast).".to_owned()
            }
            Refusal::NoTimeOut => "Er loopt geen time-out die je kunt beëindigen.".to_owned(),
            Refusal::RoundIncomplete { kind, waiting } => format!(
                "De {} is nog niet rond: {} {} nog geen beurt gehad.",
                self.round(*kind),
                names(waiting),
                if waiting.len() == 1 { "heeft" } else { "hebben" }
            ),
            Refusal::NoRound => "Er loopt nu geen ronde.".to_owned(),
            Refusal::RoundComplete => "Iedereen in deze ronde heeft al een beurt gehad.".to_owned(),
            Refusal::RoundAlreadyStarted => {
                "De ronde is al begonnen: wie begint, kies je vóór de eerste beurt.".to_owned()
            }
            Refusal::AlreadyHadTurn { name } => format!("{name} heeft in deze ronde al een beurt gehad."),
            Refusal::NotInRound { name } => format!(
                "{name} doet niet mee in deze ronde (afwezig, of de indiener in een reactieronde)."
            ),
            Refusal::UnknownPerson { id } => format!("Er is geen deelnemer met nummer {id}."),
            Refusal::UnknownItem { id } => format!("Er is geen agendapunt met nummer {id}."),
            Refusal::UnknownQuestion { number } => format!("Er is geen vraag {number}."),
            Refusal::UnknownConcern { number } => format!("Er is geen mogelijk bezwaar {number}."),
            Refusal::Empty { field } => {
                let named = field_with_article(*field);
                // The pronoun follows the article: "de naam … vul die", "het voorstel … vul dat".
                let pronoun = if named.starts_with("het ") { "dat" } else { "die" };
                format!("{} is nog leeg: vul {pronoun} eerst in.", capitalise(named))
            }
            Refusal::TextTooLong { field, limit_kb } => format!(
                "{} is langer dan {limit_kb} KB: maak het korter, of zet het document ergens anders en noteer waar.",
                capitalise(field_with_article(*field))
            ),
            Refusal::TooManyPeople { limit } => {
                format!("Deze vergadering heeft al {limit} deelnemers, het maximum voor spanning.")
            }
            Refusal::AgendaFull { limit } => format!(
                "De agenda heeft al {limit} punten, het maximum voor spanning: behandel of verwijder er eerst een paar."
            ),
            Refusal::SessionFull { limit } => format!(
                "Het verslag van deze sessie is vol (hoogstens {limit} invoeren en 32 MB): sluit haar en ga verder in een nieuwe vergadering."
            ),
            Refusal::LabelTooLong { words } => format!(
                "Een agendapunt krijgt een label van één tot drie woorden; dit zijn er {words}. Bewaar de details voor als het punt aan de beurt is."
            ),
            Refusal::DuplicateName { name } => format!(
                "Er is al een deelnemer die {name} heet: voeg een initiaal toe om ze uit elkaar te houden."
            ),
            Refusal::NotPresent { name } => format!("{name} is er niet."),
            Refusal::ItemNotPending { label } => format!(
                "“{label}” is al behandeld of al begonnen; alleen punten die nog wachten kun je nog veranderen."
            ),
            Refusal::PositionTaken { earliest } => format!(
                "Punten die al behandeld zijn blijven staan waar ze staan: de eerste vrije plek is {}.",
                earliest + 1
            ),
            Refusal::NoPendingItems => {
                "Er wachten geen agendapunten meer: voeg er een toe, of begin de sluitingsronde.".to_owned()
            }
            Refusal::NoProposal => "Er ligt nog geen voorstel: formuleer er eerst een.".to_owned(),
            Refusal::ProposalAlreadyStated => {
                "Het voorstel ligt er al; aanpassen kan straks, bij aanpassen en verduidelijken.".to_owned()
            }
            Refusal::UnchangedProposal => {
                "De aangepaste tekst is precies hetzelfde als het huidige voorstel.".to_owned()
            }
            Refusal::QuestionsOpen { numbers } => {
                let list: Vec<String> = numbers.iter().map(u32::to_string).collect();
                if numbers.len() == 1 {
                    format!(
                        "Vraag {} wacht nog op een antwoord (of op \"niet gespecificeerd\", of op de uitspraak dat ze buiten de orde is).",
                        names(&list)
                    )
                } else {
                    format!(
                        "Vragen {} wachten nog op een antwoord (of op \"niet gespecificeerd\", of op de uitspraak dat ze buiten de orde zijn).",
                        names(&list)
                    )
                }
            }
            Refusal::QuestionSettled { number } => {
                format!("Vraag {number} is al beantwoord of buiten de orde verklaard.")
            }
            Refusal::ConcernsUnhandled { objectors } => format!(
                "De mogelijke bezwaren van {} moeten nog worden vastgelegd als bezwaar, of getoetst.",
                names(objectors)
            ),
            Refusal::ObjectionsOpen { objectors } => format!(
                "Er liggen nog geldige bezwaren van {}: integreer die eerst.",
                names(objectors)
            ),
            Refusal::NoObjections => {
                "Er zijn geen geldige bezwaren om te integreren: het voorstel kan worden aangenomen.".to_owned()
            }
            Refusal::ConcernNotOpen { number } => format!(
                "Dat kan niet meer met mogelijk bezwaar {number}: het is al vastgelegd, getoetst, geïntegreerd of opgegeven."
            ),
            Refusal::TestRequired { by } => format!(
                "{by} heeft gevraagd dit mogelijke bezwaar te toetsen, dus het moet langs de criteria."
            ),
            Refusal::CriterionAlreadyTested { criterion } => format!(
                "Criterium ({}), {}, is voor dit mogelijke bezwaar al beoordeeld.",
                criterion.letter(),
                self.criterion(*criterion)
            ),
            Refusal::NoSecretary => {
                "Er is geen secretaris die over de regels kan oordelen: wijs er eerst een aan.".to_owned()
            }
            Refusal::SecretaryAlreadyRuled { number } => format!(
                "De secretaris heeft al over mogelijk bezwaar {number} geoordeeld; kreeg het geen gelijk, toets het dan aan de criteria of leg het vast als bezwaar."
            ),
            Refusal::NotAmendedSinceObjection { number } => format!(
                "Het voorstel is niet aangepast sinds bezwaar {number} werd ingebracht: pas het eerst aan en vraag dan om bevestiging."
            ),
            Refusal::NotDiscardable => {
                "De spanning en een voorbeeld zijn allebei genoemd, dus het voorstel kan niet ongeldig worden verklaard.".to_owned()
            }
            Refusal::ReasonRequired => "Geef een reden: die komt in het verslag.".to_owned(),
            Refusal::EndingNotAllowed { step } => {
                format!("Zo kan het punt niet eindigen {}.", during_step(*step))
            }
            Refusal::ItemsUndecided { labels } => {
                let quoted: Vec<String> = labels.iter().map(|l| format!("“{l}”")).collect();
                format!(
                    "Geef eerst aan of {} {} doorgeschoven of losgelaten; daarna kun je sluiten.",
                    names(&quoted),
                    if labels.len() == 1 { "wordt" } else { "worden" }
                )
            }
            Refusal::NoDispositionNeeded { label } => format!(
                "“{label}” is in deze vergadering afgerond; alleen punten die niet aan bod kwamen of niet af zijn, schuif je door of laat je los."
            ),
            Refusal::NothingToUndo => "Er is niets om ongedaan te maken.".to_owned(),
            Refusal::BadTimebox => "Een tijdslimiet is minstens één minuut.".to_owned(),
            Refusal::WrongRules { action, rules } => match rules {
                RuleSet::Consent => format!(
                    "{} hoort bij integratieve besluitvorming; dit overleg gebruikt de consentregels (S3), gekozen bij het opzetten: beschrijf de drijfveer, gebruik de consentronde en neem aan met een evaluatiedatum.",
                    capitalise(self.action(*action))
                ),
                RuleSet::Integrative => format!(
                    "{} hoort bij de consentregels (S3); dit punt volgt integratieve besluitvorming (de regels gekozen bij het opzetten, en altijd bij een verkiezing).",
                    capitalise(self.action(*action))
                ),
            },
            Refusal::ConsentAnswerNeeded => "In de consentronde is elke beurt instemming, een zorg of een bezwaar: leg een daarvan vast.".to_owned(),
            Refusal::ReviewNeeded => "Met consentregels neem je een afspraak aan met een evaluatiedatum en evaluatiecriteria: neem het aan als afspraak.".to_owned(),
            Refusal::ReviewDateBeforeMeeting { date, meeting } => format!(
                "De evaluatiedatum {date} ligt vóór het overleg ({meeting}): kies {meeting} of later."
            ),
            Refusal::DriverComplete => "De situatie en de behoefte van de drijfveer zijn allebei beschreven, dus het voorstel kan niet ongeldig worden verklaard.".to_owned(),
            Refusal::UnknownObjection { number } => format!("Er is geen bezwaar {number}."),
            Refusal::ObjectionNotOpen { number } => {
                format!("Bezwaar {number} is al opgelost.")
            }
            Refusal::ObjectionsUnresolved { objectors } => format!(
                "Er liggen nog bezwaren van {}: los die eerst op (of leg er een, nagevraagd bij de bezwaarmaker, als zorg vast).",
                names(objectors)
            ),
            Refusal::NothingToResolve => "Er is geen bezwaar om op te lossen: de consentronde is rond, de afspraak kan worden vastgesteld.".to_owned(),
            Refusal::Election(r) => crate::text::ElectionWords::election_refusal(self, r),
            Refusal::Tactical(r) => crate::text::TacticalWords::tactical_refusal(self, r),
            Refusal::Offer(OfferRefusal::Unknown { number }) => format!(
                "Er is geen aangeboden punt {number}: kies een van de nummers onder \"Uit eerdere vergaderingen\"."
            ),
            Refusal::Offer(OfferRefusal::Answered { number }) => format!(
                "Aangeboden punt {number} is al opgepakt of losgelaten (ongedaan maken, u, verandert dat)."
            ),
            Refusal::Part(r) => crate::text::GovernanceWords::part_refusal(self, r),
        }
    }

    fn setup_problem(&self, problem: &SetupProblem) -> String {
        match problem {
            SetupProblem::NoTitle => "De vergadering heeft een titel nodig.".to_owned(),
            SetupProblem::NoParticipants => {
                "De vergadering heeft minstens één deelnemer nodig.".to_owned()
            }
            SetupProblem::UnnamedParticipant => "Elke deelnemer heeft een naam nodig.".to_owned(),
            SetupProblem::DuplicateName(name) => {
                format!(
                    "Twee deelnemers heten {name}: voeg een initiaal toe om ze uit elkaar te houden."
                )
            }
            SetupProblem::FacilitatorNotParticipant => {
                "De gespreksleider moet een van de deelnemers zijn.".to_owned()
            }
            SetupProblem::SecretaryNotParticipant => {
                "De secretaris moet een van de deelnemers zijn.".to_owned()
            }
            SetupProblem::ZeroTimebox => "Een tijdslimiet is minstens één minuut.".to_owned(),
            SetupProblem::RulesInTactical => "Een werkoverleg neemt geen besluiten en heeft dus geen besluitregels: houd de standaard (integratief), of houd een rolverleg om met consent te besluiten.".to_owned(),
            SetupProblem::TooManyParticipants { limit } => {
                format!("Een vergadering heeft hoogstens {limit} deelnemers.")
            }
            SetupProblem::TextTooLong { limit_kb } => format!(
                "Een titel, cirkel, naam of rol is langer dan {limit_kb} KB: maak die korter."
            ),
        }
    }

    fn driver_part(&self, part: DriverPart) -> &'static str {
        match part {
            DriverPart::Situation => "situatie",
            DriverPart::Effect => "effect",
            DriverPart::Need => "behoefte",
            DriverPart::Impact => "impact",
        }
    }

    fn rules_short(&self, rules: RuleSet) -> &'static str {
        match rules {
            RuleSet::Integrative => "integratief",
            RuleSet::Consent => "consent (S3)",
        }
    }

    fn log_problem(&self, problem: &LogProblem) -> String {
        match problem {
            LogProblem::BadSequence { position, found } => format!(
                "gebeurtenis {position} heeft volgnummer {found}; gebeurtenissen horen doorlopend genummerd te zijn: 1, 2, 3, ..."
            ),
            LogProblem::TimeGoesBack { seq } => {
                format!("gebeurtenis {seq} ligt eerder in de tijd dan de gebeurtenis ervoor")
            }
            LogProblem::BadRetraction { seq } => format!(
                "gebeurtenis {seq} trekt een regel in die niet bestaat, al was ingetrokken of niet de laatste geldende regel is"
            ),
            LogProblem::OpenedOutOfRange => {
                "de begintijd van de vergadering ligt niet tussen de jaren 1970 en 9999".to_owned()
            }
            LogProblem::TimeOutOfRange { seq } => {
                format!(
                    "gebeurtenis {seq} heeft een tijd die niet tussen de jaren 1970 en 9999 ligt"
                )
            }
            LogProblem::Impossible { seq, refusal } => format!(
                "gebeurtenis {seq} kan niet gebeurd zijn; spanning had die op dat moment geweigerd: {}",
                self.refusal(refusal).trim_end_matches('.')
            ),
            LogProblem::NotAsDecided { seq } => format!(
                "gebeurtenis {seq} is niet wat spanning op dat moment vastlegt (een andere volgorde, een ander nummer of een andere persoon)"
            ),
            LogProblem::TooManyEntries { seq, limit } => format!(
                "gebeurtenis {seq} ligt voorbij de {limit} regels die een sessie kan vastleggen; spanning schrijft er nooit zoveel, dus het bestand is bewerkt: verwijder de regels na {limit}"
            ),
            LogProblem::TextTooLong { seq, limit_kb } => format!(
                "gebeurtenis {seq} bevat een tekst van meer dan {limit_kb} KB, langer dan spanning bij het typen toelaat: kort die tekst in het bestand in"
            ),
            LogProblem::LogTooLarge { seq, limit_mb } => format!(
                "de gebeurtenissen worden groter dan {limit_mb} MB bij gebeurtenis {seq}, meer dan een sessie kan vastleggen: verwijder die gebeurtenis en alles erna"
            ),
        }
    }
}

/// "tijdens de incheckronde": Dutch needs the article, and it differs per
/// phase (de ronde, het opstellen), so the phrase is written out whole.
fn during_phase(phase: Phase) -> &'static str {
    match phase {
        Phase::Opening => "tijdens de opening",
        Phase::CheckIn => "tijdens de incheckronde",
        Phase::Agenda => "tijdens het opstellen van de agenda",
        Phase::Item { step, .. } => during_step(step),
        Phase::Closing => "tijdens de sluitingsronde",
        Phase::CloseOut => "tijdens de afronding",
        Phase::Closed => "nu de sessie gesloten is",
        Phase::Checklist => "tijdens het doornemen van de checklist",
        Phase::Metrics => "tijdens het doornemen van de kengetallen",
        Phase::Progress => "tijdens de voortgang",
        Phase::Actions => "tijdens het doornemen van de actielijst",
    }
}

/// "tijdens de reactieronde", with the right article per step.
fn during_step(step: IdmStep) -> &'static str {
    match step {
        IdmStep::PresentProposal => "tijdens het presenteren van het voorstel",
        IdmStep::ClarifyingQuestions => "tijdens de verhelderende vragen",
        IdmStep::ReactionRound => "tijdens de reactieronde",
        IdmStep::AmendAndClarify => "tijdens het aanpassen en verduidelijken",
        IdmStep::ObjectionRound => "tijdens de bezwaarronde",
        IdmStep::Integration => "tijdens de integratie",
        IdmStep::ConsentRound => "tijdens de consentronde",
        IdmStep::ResolveObjections => "tijdens het oplossen van bezwaren",
        IdmStep::DescribeRole => "tijdens het beschrijven van rol en termijn",
        IdmStep::Nominations => "tijdens de nominaties",
        IdmStep::NominationSharing => "tijdens de nominatieronde",
        IdmStep::NominationChanges => "tijdens het wijzigen van nominaties",
        IdmStep::ProposeCandidate => "tijdens het voorstellen van een kandidaat",
        IdmStep::Triage => "tijdens de triage",
    }
}

/// A field with its article ("het label", "de spanning") for sentences.
fn field_with_article(field: Field) -> &'static str {
    match field {
        Field::Label => "het label",
        Field::Tension => "de spanning",
        Field::Example => "het voorbeeld",
        Field::Proposal => "het voorstel",
        Field::Question => "de vraag",
        Field::Answer => "het antwoord",
        Field::Reason => "de reden",
        Field::Speech => "de kern van de beurt",
        Field::Clarification => "de verduidelijking",
        Field::Argument => "het argument",
        Field::Note => "de notitie",
        Field::Name => "de naam",
        Field::Output => "de uitkomst",
        Field::Situation => "de situatie",
        Field::Effect => "het effect",
        Field::Need => "de behoefte",
        Field::Impact => "de impact",
        Field::Criteria => "de evaluatiecriteria",
        Field::Election(crate::meeting::ElectionField::RoleDescription) => "de rolbeschrijving",
        Field::Election(crate::meeting::ElectionField::TermNote) => "de toelichting op de termijn",
        Field::Role => "de rol",
        Field::Request => "het verzoek",
        Field::Entry => "het punt",
        Field::Value => "de waarde",
        Field::Update => "de update",
        Field::WaitingOn => "op wie of wat het project wacht",
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
