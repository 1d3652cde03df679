//! Dutch words for the terminal screens. Prompts are written to be read
//! aloud by a gespreksleider, and kept short: Dutch words run longer than
//! English ones and the screen has 80 columns.

use super::Dutch;
use crate::meeting::state::ConcernStatus;
use crate::meeting::{Event, ItemId, MeetingState, PersonId, Phase, PhaseKind, Speech};
use crate::text::EngineWords;
use crate::text::TacticalWords;
use crate::text::keys::Action;
use crate::text::tui::{Dialog, KeyLine, KeyName, KeyText, Label, Prompt, TuiWords};

impl TuiWords for Dutch {
    fn key_name(&self, key: KeyName) -> &'static str {
        match key {
            KeyName::Enter => "Enter",
            KeyName::AltEnter => "Alt+Enter",
            KeyName::Tab => "Tab",
            KeyName::ShiftTab => "Shift+Tab",
            KeyName::Esc => "Esc",
            KeyName::PgUp => "PgUp",
            KeyName::PgDn => "PgDn",
            KeyName::Del => "Del",
            KeyName::Backspace => "Backspace",
            KeyName::Up => "↑",
            KeyName::Down => "↓",
            KeyName::Left => "←",
            KeyName::Right => "→",
            KeyName::CtrlC => "Ctrl-C",
            KeyName::Space => "Spatie",
        }
    }

    fn key_line(&self, text: KeyText) -> KeyLine {
        let k = |key| self.key_name(key);
        let arrows = format!("{}{}", k(KeyName::Up), k(KeyName::Down));
        let hint = |key: &str, what: &str| format!("{key} = {what}");
        let (enter, esc) = (k(KeyName::Enter), k(KeyName::Esc));
        match text {
            KeyText::EditKeys => KeyLine::hints(
                " · ",
                &[
                    (&hint(enter, "bewaren"), true),
                    (&hint(k(KeyName::AltEnter), "nieuwe regel"), false),
                    (&hint(esc, "annuleren"), true),
                ],
            ),
            KeyText::LineKeys => KeyLine::hints(
                " · ",
                &[
                    (&hint(enter, "bewaren"), true),
                    (&hint(esc, "annuleren"), true),
                ],
            ),
            KeyText::FormKeys => KeyLine::hints(
                " · ",
                &[
                    (&hint(k(KeyName::Tab), "volgend veld"), false),
                    (&hint(&format!("{arrows}/letter"), "kiezen"), false),
                    (&hint(enter, "bewaren"), true),
                    (&hint(esc, "annuleren"), true),
                ],
            ),
            KeyText::ChoiceKeys => KeyLine::hints(
                " · ",
                &[
                    (&hint(&format!("{arrows}/letter"), "kiezen"), false),
                    (&hint(enter, "bewaren"), true),
                    (&hint(esc, "annuleren"), true),
                ],
            ),
            KeyText::ConfirmKeys => KeyLine::hints(
                "   ",
                &[
                    ("j = ja", true),
                    (&hint(&format!("n / {esc}"), "nee"), true),
                ],
            ),
            KeyText::RulingKeys => KeyLine::hints(
                " · ",
                &[
                    ("j = ja", true),
                    ("n = nee", true),
                    (&hint(esc, "aanpassen"), true),
                ],
            )
            .with_lead("Houdt het argument stand?"),
            KeyText::SetupKeys => KeyLine::hints(
                " · ",
                &[
                    (&hint(k(KeyName::Tab), "volgend veld"), false),
                    (&hint(&format!("{arrows}/letter"), "kiezen"), false),
                    (&hint(enter, "beginnen"), true),
                    (&hint(esc, "annuleren"), true),
                ],
            ),
            KeyText::HelpClose => KeyLine::words(format!(
                "{} bewaart, {} annuleert. {} stopt meteen (alles is bewaard). Ctrl-S bewaart de vergadering elders. Ctrl-L tekent het scherm opnieuw. Elke toets sluit deze hulp.",
                enter,
                esc,
                k(KeyName::CtrlC)
            )),
            KeyText::AllDecided => KeyLine::words(format!(
                "Over elk punt is besloten: druk op {enter} om de sessie te sluiten."
            )),
            KeyText::WholeObjection => {
                KeyLine::hints(" · ", &[(&hint(k(KeyName::Tab), "heel bezwaar"), false)])
            }
            KeyText::ShortObjection => KeyLine::hints(
                " · ",
                &[(&hint(k(KeyName::Tab), "bezwaar inkorten"), false)],
            ),
        }
    }

    fn timebox_value(&self, minutes: u32) -> String {
        match (minutes / 60, minutes % 60) {
            (0, m) => format!("{m}m"),
            (h, 0) => format!("{h}u"),
            (h, m) => format!("{h}u{m:02}"),
        }
    }

    fn label(&self, label: Label) -> &'static str {
        match label {
            Label::Elapsed => "verstreken",
            Label::ClockNotStarted => "niet gestart",
            Label::ClockStartsAtCheckIn => {
                "De vergaderklok en de tijdslimiet starten met de incheckronde (Enter)."
            }
            Label::Left => "over",
            Label::NoTimebox => "geen tijdslimiet",
            Label::Over => "uitgelopen",
            Label::ItemTime => "dit punt",
            Label::FairShare => "tijd per punt",
            Label::TimeOut => "TIME-OUT",
            Label::Now => "NU",
            Label::Speaking => "aan het woord",
            Label::Floor => "aan het woord",
            Label::RoundComplete => "✓ Iedereen heeft een beurt gehad",
            Label::Tension => "Spanning",
            Label::Example => "Voorbeeld",
            Label::Proposal => "Voorstel",
            Label::HelpRequested => "Hulp gevraagd: de groep helpt een voorstel maken",
            Label::NotYet => "(nog niet genoemd)",
            Label::Questions => "Verhelderende vragen",
            Label::NoQuestions => "Nog geen vragen.",
            Label::NotSpecified => "niet gespecificeerd",
            Label::RuledOut => "buiten de orde",
            Label::Unanswered => "wacht op antwoord",
            Label::Concerns => "Mogelijke bezwaren",
            Label::NoConcerns => "Geen mogelijke bezwaren.",
            Label::Objections => "Bezwaren",
            Label::Clarifications => "Verduidelijkingen",
            Label::ReactionsGiven => "Reacties",
            Label::ChangesFrom => "wijzigingen t.o.v.",
            Label::Agenda => "Agenda",
            Label::AgendaEmpty => "De agenda is leeg: druk op a om een spanning toe te voegen.",
            Label::AgendaEmptyOffered => {
                "De agenda is leeg: druk op + om het gemarkeerde punt uit eerdere vergaderingen (hieronder) te nemen, of op a om een spanning toe te voegen."
            }
            Label::Owner => "eigenaar",
            Label::CloseOut => "Niet aan bod gekomen of niet afgerond",
            Label::Summary => "Samenvatting",
            Label::Outputs => "Uitkomsten",
            Label::NoOutputs => "Geen uitkomsten vastgelegd.",
            Label::Outcomes => "Agendapunten",
            Label::SavedTo => "Bewaard in",
            Label::NotSaved => "NIET BEWAARD: de vergadering loopt door in het geheugen",
            Label::HelpTitle => "Toetsen op dit scherm",
            Label::ConfirmTitle => "Bevestigen",
            Label::GroupView => "groepsweergave",
            Label::Forward => "vooruit (zoals we zitten)",
            Label::Backward => "achteruit",
            Label::FirstSpeaker => "Wie begint",
            Label::Direction => "Richting",
            Label::Nobody => "(niemand in het bijzonder)",
            Label::Reason => "Reden",
            Label::Note => "Notitie",
            Label::Kind => "Soort",
            Label::Person => "Wie",
            Label::ItemLabel => "Label (1–3 woorden)",
            Label::Text => "Tekst",
            Label::Question => "Vraag",
            Label::Answer => "Antwoord",
            Label::Argument => "Argument van de bezwaarmaker",
            Label::TestTitle => "Bezwaar toetsen",
            Label::Holds => "houdt stand",
            Label::Fails => "houdt geen stand",
            Label::Upheld => "Het voorstel gaat tegen de spelregels in",
            Label::Yes => "ja",
            Label::No => "nee",
            Label::Ending => "Hoe het punt eindigt",
            Label::Objector => "Bezwaarmaker",
            Label::ObjectorConfirmed => "bezwaarmaker ✓",
            Label::ProposerConfirmed => "indiener ✓",
            Label::TestRequestedBy => "toetsing gevraagd door",
            Label::Opening => "Klaar om te beginnen",
            Label::Facilitator => "gespreksleider",
            Label::Secretary => "secretaris",
            Label::FacilitatorField => "Gespreksleider",
            Label::SecretaryField => "Secretaris",
            Label::Participants => "Deelnemers",
            Label::Closed => "De sessie is gesloten",
            Label::Waiting => "wacht",
            Label::InProgress => "in behandeling",
            Label::BarCheckIn => "inchecken",
            Label::BarAgenda => "agenda",
            Label::BarItems => "punten",
            Label::BarClosing => "sluitingsronde",
            Label::BarCloseOut => "afronding",
            Label::Versions => "versies",
            Label::SetupTitle => "Nieuwe vergadering",
            Label::HomeTitle => "spanning — spanningen verwerken in overleg",
            Label::HomeFolder => "Sessiemap",
            Label::HomeEmpty => "Nog geen vergaderingen. Druk op n om de eerste te beginnen.",
            Label::HomeLoading => "Sessiemap wordt gelezen…",
            Label::HomeUnfinished => "Nog niet gesloten — ga verder waar je gebleven was:",
            Label::HomeRecent => "Recente vergaderingen:",
            Label::MeetingTitle => "Titel",
            Label::Circle => "Cirkel",
            Label::ParticipantList => {
                "Deelnemers in zitvolgorde, bijv. Ana (Release/Financiën), Bram"
            }
            Label::TimeboxMinutes => "Tijdslimiet, bijv. 90m of 1u30 (leeg: geen)",
            Label::AbsentList => "Afwezig (Naam: reden; …)",
            Label::BadTimebox => "De tijdslimiet is minuten of uren, zoals 90m, 1u30 of 90.",
            Label::PeopleTitle => "Mensen en rollen",
            Label::Present => "aanwezig",
            Label::Absent => "afwezig",
            Label::Name => "Naam",
            Label::Roles => "Rollen (mag leeg), bijv. Release/Financiën",
            Label::Timebox => "Tijdslimiet",
            Label::SaveRetryHint => {
                "nieuwe poging elke 10 s en na elke invoer; Ctrl-S bewaart elders"
            }
            Label::SavePath => "Map (of .json-bestand) om in te bewaren",
            Label::PartKind => "Wijziging",
            Label::PartRole => "Rol",
            Label::PartList => "Welke lijst",
            Label::PartPolicy => "Beleid",
            Label::PartName => "Naam (rol) of titel (beleid)",
            Label::PartText => "Tekst (doel, verantwoordelijkheid, domein of beleid)",
            Label::PartNewText => "Nieuwe tekst",
            Label::PartEntries => "Verantwoordelijkheden, één per regel",
            Label::PartDomains => "Domeinen, één per regel",
            Label::PartTo => "Naar cirkel",
            Label::PartSubCircle => "Subcirkel",
            Label::PartEntry => "Zoals het nu is",
            Label::PartScope => "Geldt voor",
            Label::PartsTitle => "Onderdelen van het voorstel",
            Label::NothingToPick => "niets om te kiezen",
            Label::Tactical(l) => self.tactical_label(l),
            Label::NotSavedAtExit => {
                "NIET BEWAARD: de laatste invoer kon nergens worden geschreven"
            }
            Label::Situation => "Situatie",
            Label::Effect => "Effect",
            Label::Need => "Behoefte",
            Label::Impact => "Impact",
            Label::Consent => "instemming",
            Label::Concern => "zorg",
            Label::Objection => "BEZWAAR",
            Label::LoggedConcerns => "Zorgen (vastgelegd, blokkeren niet)",
            Label::Resolved => "✓ opgelost",
            Label::ReviewDate => "Evaluatiedatum (DD-MM-JJJJ)",
            Label::Criteria => "Evaluatiecriteria",
            Label::ConsentAnswer => "Antwoord",
            Label::Rules => "Regels",
            Label::ReviewOverdue => "evaluatie verlopen",
            Label::Driver => "Drijfveer",
            Label::NotResolved => "nog niet opgelost",
            Label::ReviewOn => "evaluatie op",
            Label::ErrTerminal => "Kan de terminal niet klaarzetten",
            Label::ErrDraw => "Kan het scherm niet tekenen",
            Label::ErrRead => "Kan het toetsenbord niet lezen",
            Label::Role => "Rol (één tot drie woorden)",
            Label::RoleDescription => "Waar de rol over gaat",
            Label::TermMonths => "Termijn in maanden",
            Label::TermNote => "Toelichting op de termijn (optioneel)",
            Label::Voter => "Wie nomineert",
            Label::Nominee => "Wie",
            Label::Candidate => "Kandidaat",
            Label::NomineeHidden => "Wie (verborgen tijdens het typen; de naam of het begin)",
            Label::NomineeNotFound => {
                "Geen enkele deelnemer heeft precies zo’n naam of begin: typ meer van de naam (die blijft verborgen)."
            }
        }
    }

    fn prompt(&self, prompt: Prompt) -> &'static str {
        match prompt {
            Prompt::Opening => {
                "Heet iedereen welkom, leg kort uit hoe het gaat en begin de incheckronde."
            }
            Prompt::CheckIn => {
                "Vraag: wat heeft je aandacht? Iedereen één beurt, of pas. Niemand reageert."
            }
            Prompt::Agenda => {
                "Verzamel spanningen: één tot drie woorden en een eigenaar. Nog geen uitleg."
            }
            Prompt::Present => {
                "Alleen de indiener: de spanning, een echt voorbeeld, het voorstel (of hulp vragen)."
            }
            Prompt::Questions => {
                "Alleen vragen om te begrijpen. Een mening verpakt als vraag is buiten de orde."
            }
            Prompt::Reactions => {
                "Ieder reageert om de beurt; de indiener luistert. Geen discussie."
            }
            Prompt::Amend => {
                "Alleen de indiener: verduidelijken, aanpassen, of het voorstel laten staan."
            }
            Prompt::Objections => {
                "Vraag ieder: zie je een reden waarom dit schade doet of ons achteruit zet?"
            }
            Prompt::Integration => {
                "Per bezwaar: zoek een aanpassing die bezwaarmaker én indiener bevestigen."
            }
            Prompt::Closing => "Vraag ieder om een korte terugblik, of pas.",
            Prompt::CloseOut => {
                "Elk punt dat niet aan bod kwam of niet af is: doorschuiven of loslaten?"
            }
            Prompt::Summary => "Lees de uitkomsten voor, en wie ze oppakt.",
            Prompt::Testing => "Oordeel alleen of het argument redelijk is, nooit of het waar is.",
            Prompt::Tactical(p) => self.tactical_prompt(p),
            Prompt::TimeOut => {
                "Time-out: praat over het proces, niet over de inhoud. Druk op t om te stoppen."
            }
            Prompt::Driver => {
                "Alleen de indiener: de drijfveer (situatie en effect, behoefte en impact), dan het voorstel."
            }
            Prompt::QuickReactions => {
                "Snelle reacties, om de beurt; de indiener luistert. Geen discussie."
            }
            Prompt::ConsentRound => {
                "Vraag ieder: goed genoeg voor nu, veilig genoeg om te proberen? Instemming, een zorg of een bezwaar."
            }
            Prompt::Resolve => {
                "Eén bezwaar tegelijk: pas aan tot de bezwaarmaker bevestigt dat het is opgelost."
            }
            Prompt::DescribeRole => {
                "Beschrijf de rol en de termijn. Enter om ze te schrijven, n als ze klaar zijn."
            }
            Prompt::Nominations => {
                "Ieder schrijft een naam; voer elke nominatie in (nogmaals Enter corrigeert). Alleen ✓ is zichtbaar."
            }
            Prompt::NominationSharing => {
                "Ieder zegt om de beurt wie hij of zij nomineerde en waarom. Geen discussie."
            }
            Prompt::NominationChanges => {
                "Wie wil, wijzigt nu de nominatie (Enter). n om een kandidaat voor te stellen."
            }
            Prompt::ProposeCandidate => {
                "Stel wie de meeste nominaties heeft voor (gelijke stand: kies een koploper), dan n."
            }
        }
    }

    fn dialog(&self, dialog: Dialog) -> &'static str {
        match dialog {
            Dialog::Turn => "Wat er gezegd werd (de kern)",
            Dialog::Concern => "Het mogelijke bezwaar, in de woorden van de bezwaarmaker",
            Dialog::Skip => "Deze beurt overslaan",
            Dialog::Order => "Volgorde van de ronde",
            Dialog::AddItem => "Nieuw agendapunt",
            Dialog::EditItem => "Agendapunt bewerken",
            Dialog::Tension => "De spanning",
            Dialog::Example => "Een echt voorbeeld",
            Dialog::Proposal => "Het voorstel",
            Dialog::CorrectProposal => "Voorstel verbeteren (zelfde versie)",
            Dialog::Part => "Onderdeel van het voorstel: een wijziging in het governance-register",
            Dialog::EditPart => "Onderdeel van het voorstel wijzigen",
            Dialog::Ask => "Verhelderende vraag",
            Dialog::Answer => "Antwoord van de indiener",
            Dialog::RuleOut => "Vraag buiten de orde verklaren",
            Dialog::Clarify => "Verduidelijking",
            Dialog::Amend => "Voorstel aanpassen",
            Dialog::AmendForObjection => "Aanpassen om het bezwaar te integreren",
            Dialog::RequestTest => "Wie vraagt om toetsing?",
            Dialog::SecretaryRuling => "Oordeel van de secretaris over de spelregels",
            Dialog::Abandon => "Bezwaar opgegeven (geen oprechte poging)",
            Dialog::Ending => "Punt beëindigen",
            Dialog::Output => "Uitkomst vastleggen",
            Dialog::TimeOutStart => "Time-out beginnen",
            Dialog::TimeOutEnd => "Time-out beëindigen",
            Dialog::OutOfOrder => "Buiten de orde",
            Dialog::Note => "Notitie voor de notulen",
            Dialog::AddPerson => "Iemand komt later binnen",
            Dialog::Absent => "Afwezig melden",
            Dialog::Back => "Weer bij de vergadering",
            Dialog::Timebox => "Tijdslimiet van de vergadering",
            Dialog::Tactical(d) => self.tactical_dialog(d),
            Dialog::SaveElsewhere => "De vergadering elders bewaren",
            Dialog::Situation => "De drijfveer: wat er gebeurt, in de woorden van de indiener",
            Dialog::Effect => "De drijfveer: het effect van de situatie",
            Dialog::Need => "De drijfveer: wat er nodig is",
            Dialog::Impact => "De drijfveer: de impact als de behoefte vervuld is",
            Dialog::ConsentTurn => "Instemming, een zorg of een bezwaar",
            Dialog::ConsentConcern => "De zorg (wordt vastgelegd, blokkeert niet)",
            Dialog::ConsentObjection => "Het bezwaar: hoe het voorstel in de weg staat",
            Dialog::Adopt => "De afspraak vaststellen: wanneer en hoe evalueren",
            Dialog::Requalify => "Een bezwaar als zorg vastleggen (nagevraagd bij de bezwaarmaker)",
            Dialog::AddElection => "Een verkiezing aanvragen (gaat voor)",
            Dialog::DescribeRole => "De rol en de termijn",
            Dialog::Nominate => "Een nominatie invoeren (verborgen op het scherm)",
            Dialog::ChangeNomination => "Een nominatie wijzigen",
            Dialog::ProposeCandidate => "Een kandidaat voorstellen",
        }
    }

    fn key_action(&self, action: Action) -> &'static str {
        match action {
            Action::Help => "hulp",
            Action::Presentation => "groepsweergave aan/uit",
            Action::Undo => "ongedaan maken",
            Action::Quit => "verlaten",
            Action::People => "mensen, rollen, tijd",
            Action::AddPart => "onderdeel erbij",
            Action::Parts => "onderdelen wijzigen",
            Action::EditPart => "dit onderdeel wijzigen",
            Action::RemovePart => "dit onderdeel schrappen",
            Action::Governance => "governance (rollen, beleid)",
            Action::Note => "notitie voor de notulen",
            Action::AddPerson => "laatkomer",
            Action::Presence => "afwezig / terug",
            Action::MakeFacilitator => "gespreksleider",
            Action::MakeSecretary => "secretaris / geen",
            Action::Timebox => "tijdslimiet",
            Action::Close => "sluiten",
            Action::NewMeeting => "nieuwe vergadering",
            Action::Resume => "hervatten",
            Action::Tactical(k) => self.tactical_key(k),
            Action::Browse => "eerdere sessies",
            Action::Consent => "instemming",
            Action::Concern => "zorg",
            Action::Objection => "bezwaar",
            Action::Resolve => "bezwaarmaker: opgelost",
            Action::Requalify => "bezwaar → zorg",
            Action::TimeOut => "time-out aan/uit",
            Action::OutOfOrder => "buiten de orde",
            Action::Output => "uitkomst vastleggen",
            Action::Outcome => "punt beëindigen",
            Action::Next => "volgende stap",
            Action::TypeTurn => "beurt typen",
            Action::StartItem => "punt starten",
            Action::EditPanel => "bewerken",
            Action::Answer => "antwoorden",
            Action::Up => "selectie omhoog",
            Action::Down => "selectie omlaag",
            Action::ScrollUp => "tekst omhoog",
            Action::ScrollDown => "tekst omlaag",
            Action::Focus => "volgend paneel",
            Action::Pass => "pas",
            Action::Skip => "overslaan",
            Action::Order => "volgorde",
            Action::AddItem => "punt toevoegen",
            Action::EditItem => "punt bewerken",
            Action::RemoveItem => "punt verwijderen",
            Action::MoveUp => "punt omhoog",
            Action::MoveDown => "punt omlaag",
            Action::ClosingRound => "sluitingsronde",
            Action::AskForHelp => "indiener vraagt hulp",
            Action::Ask => "vraag stellen",
            Action::NotSpecified => "antwoord: niet gespecificeerd",
            Action::RuleOut => "buiten de orde verklaren",
            Action::Clarify => "verduidelijken",
            Action::Amend => "aanpassen",
            Action::RecordObjection => "geldig bezwaar",
            Action::Test => "toetsen",
            Action::RequestTest => "toetsing gevraagd",
            Action::SecretaryRuling => "oordeel secretaris",
            Action::ConfirmObjector => "bezwaarmaker bevestigt",
            Action::ConfirmProposer => "indiener bevestigt",
            Action::Abandon => "bezwaar opgegeven",
            Action::CarryOver => "doorschuiven",
            Action::LetGo => "loslaten",
            Action::AddElection => "verkiezing toevoegen",
            Action::TakeOffer => "oppakken",
            Action::LetGoOffer => "laten gaan",
            Action::DescribeRole => "rol en termijn",
            Action::Nominate => "nominatie invoeren",
            Action::ChangeNomination => "nominatie wijzigen",
            Action::ProposeCandidate => "kandidaat voorstellen",
        }
    }

    fn concern_status(&self, status: &ConcernStatus) -> String {
        match status {
            ConcernStatus::Raised => "? nog behandelen".to_owned(),
            ConcernStatus::Testing => "… wordt getoetst".to_owned(),
            ConcernStatus::Valid => "! geldig bezwaar".to_owned(),
            ConcernStatus::Dismissed { criterion: c } => {
                format!("✗ vervallen op ({}) {}", c.letter(), self.criterion(*c))
            }
            ConcernStatus::Integrated { version } => {
                format!("✓ geïntegreerd in {}", self.version(*version))
            }
            ConcernStatus::Abandoned => "– opgegeven".to_owned(),
            ConcernStatus::Requalified => "◆ als zorg vastgelegd".to_owned(),
        }
    }

    fn item_of(&self, n: usize, m: usize) -> String {
        format!("punt {n}/{m}")
    }

    fn too_small(&self, width: u16, height: u16, need_width: u16, need_height: u16) -> String {
        format!(
            "Maak het venster groter (nu {width}x{height}, nodig {need_width}x{need_height}). Er gaat niets verloren."
        )
    }

    /// A noun phrase ("de beurt van Ana"), because it is slotted into
    /// "… ongedaan maken?", "Vastgelegd: …" and "Ongedaan gemaakt: …" alike.
    fn event(&self, event: &Event, state: &MeetingState) -> String {
        let name = |p: &PersonId| state.name(*p).to_owned();
        let item = |i: &ItemId| {
            state
                .item(*i)
                .map_or_else(|| format!("punt {}", i.0), |it| format!("“{}”", it.label))
        };
        match event {
            Event::PartAdded { .. } | Event::PartChanged { .. } | Event::PartRemoved { .. } => {
                crate::text::GovernanceWords::part_event(self, event)
            }
            // Not "de overgang naar: gesloten".
            Event::PhaseEntered {
                phase: PhaseKind::Closed,
                ..
            } => "het sluiten van de sessie".to_owned(),
            Event::PhaseEntered { phase, .. } => {
                let phase = match phase {
                    PhaseKind::CheckIn => Phase::CheckIn,
                    PhaseKind::Agenda => Phase::Agenda,
                    PhaseKind::Closing => Phase::Closing,
                    PhaseKind::CloseOut => Phase::CloseOut,
                    PhaseKind::Closed => Phase::Closed,
                    PhaseKind::Checklist => Phase::Checklist,
                    PhaseKind::Metrics => Phase::Metrics,
                    PhaseKind::Progress => Phase::Progress,
                    PhaseKind::Actions => Phase::Actions,
                };
                format!("de overgang naar: {}", self.phase(phase))
            }
            Event::RoundReordered { .. } => "de volgorde van de ronde".to_owned(),
            Event::TurnTaken { person, speech } => match speech {
                Speech::Said { text } => format!("de beurt van {}: “{text}”", name(person)),
                Speech::Pass => format!("de pas van {}", name(person)),
            },
            Event::TurnSkipped { person, .. } => format!("het overslaan van {}", name(person)),
            Event::ParticipantJoined { participant, .. } => {
                format!("het aanschuiven van {}", participant.name)
            }
            Event::PresenceChanged {
                person,
                present: true,
                ..
            } => format!("de terugkeer van {}", name(person)),
            Event::PresenceChanged { person, .. } => {
                format!("de afwezigheid van {}", name(person))
            }
            Event::FacilitatorChanged { person } => {
                format!("{} als nieuwe gespreksleider", name(person))
            }
            Event::SecretaryChanged { person: Some(p) } => {
                format!("{} als secretaris", name(p))
            }
            Event::SecretaryChanged { person: None } => "geen secretaris".to_owned(),
            Event::TimeboxChanged { minutes: Some(m) } => {
                format!("de tijdslimiet van {}", self.timebox_value(*m))
            }
            Event::TimeboxChanged { minutes: None } => "geen tijdslimiet".to_owned(),
            Event::ItemAdded { label, .. } => format!("agendapunt “{label}”"),
            Event::ItemEdited { item: i, .. } => format!("de wijziging van {}", item(i)),
            Event::ItemRemoved { item: i } => format!("het weghalen van {}", item(i)),
            Event::ItemMoved { item: i, .. } => format!("het verplaatsen van {}", item(i)),
            Event::ItemStarted { item: i } => format!("de start van {}", item(i)),
            Event::StepEntered { step, .. } => format!("de overgang naar: {}", self.step(*step)),
            Event::TensionStated { .. } => "de spanning".to_owned(),
            Event::ExampleGiven { .. } => "het voorbeeld".to_owned(),
            Event::HelpRequested => "de vraag om hulp".to_owned(),
            Event::ProposalStated { version, .. } => {
                format!("voorstel {}", self.version(*version))
            }
            Event::QuestionAsked { asker, .. } => format!("de vraag van {}", name(asker)),
            Event::QuestionAnswered { question, .. } => {
                format!("het antwoord op vraag {question}")
            }
            Event::QuestionRuledOutOfOrder { question, .. } => {
                format!("de uitspraak dat vraag {question} buiten de orde is")
            }
            Event::Clarified { .. } => "de verduidelijking".to_owned(),
            Event::ProposalCorrected { .. } => "de verbetering van het voorstel".to_owned(),
            Event::TestRequested { concern, by } => format!(
                "het verzoek van {} om mogelijk bezwaar {concern} te toetsen",
                name(by)
            ),
            Event::CriterionTested {
                concern, criterion, ..
            } => format!(
                "het oordeel over ({}) {} bij mogelijk bezwaar {concern}",
                criterion.letter(),
                self.criterion(*criterion)
            ),
            Event::ObjectionRecorded { concern } => {
                format!("mogelijk bezwaar {concern}, vastgelegd als bezwaar")
            }
            Event::SecretaryRuled { concern, .. } => {
                format!("het oordeel van de secretaris over mogelijk bezwaar {concern}")
            }
            Event::ObjectorConfirmed { concern } => {
                format!("de bevestiging van de bezwaarmaker bij bezwaar {concern}")
            }
            Event::ProposerConfirmed { concern } => {
                format!("de bevestiging van de indiener bij bezwaar {concern}")
            }
            Event::ObjectionAbandoned { concern, .. } => {
                format!("het opgeven van bezwaar {concern}")
            }
            Event::ItemEnded { ending, .. } => {
                format!(
                    "het einde van het punt ({})",
                    self.ending_for(*ending, crate::text::tui::ending_an_election(state))
                )
            }
            Event::DriverDescribed { part, .. } => {
                format!("{} van de drijfveer", driver_part_with_article(*part))
            }
            Event::ConsentAnswered { person, .. } => {
                format!("de beurt van {} in de consentronde", name(person))
            }
            Event::ObjectionResolved { objection } => {
                format!("het oplossen van bezwaar {objection}")
            }
            Event::AgreementAdopted { .. } => "het vaststellen van de afspraak".to_owned(),
            Event::ObjectionRequalified { objection, .. } => {
                format!("bezwaar {objection}, vastgelegd als zorg")
            }
            Event::OutputRecorded { kind, text, .. } => {
                format!("{} “{text}”", self.output_kind(*kind))
            }
            Event::TimeOutStarted { .. } => "de start van de time-out".to_owned(),
            Event::TimeOutEnded { .. } => "het einde van de time-out".to_owned(),
            Event::OutOfOrder { kind, .. } => {
                format!("de uitspraak buiten de orde ({})", self.out_of_order(*kind))
            }
            Event::NoteRecorded { text } => format!("de notitie “{text}”"),
            Event::ItemDisposed {
                item: i,
                disposition,
            } => format!(
                "het besluit over {} ({})",
                item(i),
                self.disposition(*disposition)
            ),
            Event::EntryDefined { list, text, .. } => {
                format!("het {} “{text}”", self.entry_word(*list))
            }
            Event::EntryEdited { list, number, .. } => {
                format!("de wijziging van {} {number}", self.entry_word(*list))
            }
            Event::EntryRemoved { list, number } => {
                format!("het schrappen van {} {number}", self.entry_word(*list))
            }
            Event::EntryAnswered { list, number, .. } => {
                format!("het antwoord voor {} {number}", self.entry_word(*list))
            }
            Event::NeedStated { .. } => "de behoefte".to_owned(),
            Event::RequestMade { number, .. } => format!("verzoek {number}"),
            Event::RequestAnswered { number, .. } => format!("het antwoord op verzoek {number}"),
            Event::ActionReviewed { number, .. } => format!("het antwoord voor actie {number}"),
            Event::OfferTaken { item: i, .. } => format!("het oppakken van {}", item(i)),
            Event::ProjectStatusSet { number, status } => format!(
                "project {number}: {}",
                crate::text::MemoryWords::project_state(self, status)
            ),
            Event::OfferLetGo { number } => format!(
                "het laten vallen van \"{}\"",
                state
                    .offers
                    .iter()
                    .find(|o| o.number == *number)
                    .map_or("", |o| o.offered.label.as_str())
            ),
            Event::Retracted { .. } => "het ongedaan maken".to_owned(),
            Event::RoleDescribed { .. }
            | Event::Nominated { .. }
            | Event::NominationChanged { .. }
            | Event::CandidateProposed { .. } => {
                crate::text::ElectionWords::election_event(self, event, state)
            }
        }
    }

    fn confirm_undo(&self, what: &str) -> String {
        format!(
            "{} ongedaan maken? De correctie blijft in het verslag.",
            crate::text::capitalise(what)
        )
    }

    fn confirm_quit(&self, saved: bool) -> String {
        if saved {
            "Dit scherm verlaten? Alles is al bewaard; je kunt altijd verder.".to_owned()
        } else {
            "Verlaten? Het laatste bewaren MISLUKTE: wat daarna kwam staat alleen in het geheugen."
                .to_owned()
        }
    }

    fn confirm_ending(&self, ending: &str, label: &str) -> String {
        format!("“{label}” beëindigen als {ending}?")
    }

    fn confirm_remove(&self, label: &str) -> String {
        format!("“{label}” van de agenda halen?")
    }

    fn confirm_close(&self) -> String {
        "De sessie sluiten? Daarna kan alleen ongedaan maken haar weer openen.".to_owned()
    }

    fn recorded(&self, what: &str) -> String {
        format!("✓ Vastgelegd: {what}")
    }

    fn undone(&self, what: &str) -> String {
        format!("↶ Ongedaan gemaakt: {what}")
    }

    fn cancelled(&self) -> &'static str {
        "Er is niets veranderd."
    }

    fn confirm_discard(&self, dialog: &str) -> String {
        format!("Wat je typte in “{dialog}” weggooien?")
    }

    fn draft_not_kept(&self, why: &str) -> String {
        format!(
            "Wat je typte kon niet bewaard worden ({why}): Enter legt het vast, nog eens Ctrl-C stopt zonder."
        )
    }

    fn draft_restored(&self, undone: bool) -> &'static str {
        if undone {
            "De ongedaan gemaakte tekst staat weer in de editor: verbeter hem en druk Enter, of Esc."
        } else {
            "Teruggezet wat er werd getypt toen spanning werd verlaten: Enter legt het vast, Esc gooit het weg."
        }
    }

    fn yes_keys(&self) -> &'static [char] {
        // j for "ja", as the hints say; y keeps working.
        &['j', 'y']
    }

    fn no_keys(&self) -> &'static [char] {
        &['n']
    }

    fn floor_time(&self, name: &str, used: &str, limit: Option<&str>) -> String {
        match limit {
            Some(limit) => format!("{name} {} {used} / {limit}", self.label(Label::Floor)),
            None => format!("{name} {} {used}", self.label(Label::Floor)),
        }
    }

    fn concern_line(&self, number: u32, objector: &str, text: &str) -> String {
        format!("{number}. {objector}: {text}")
    }

    fn criterion_heading(&self, letter: char, name: &str) -> String {
        format!("Criterium ({letter}) van (a)–(d): {name}")
    }

    fn dismissed_at(&self, letter: char, name: &str) -> String {
        format!(
            "✗ Het argument houdt geen stand op ({letter}) {name}: het mogelijke bezwaar vervalt."
        )
    }

    fn found_valid(&self) -> &'static str {
        "✓ Alle vier de criteria houden stand: dit is een geldig bezwaar."
    }

    fn adopted_version(&self, number: u32) -> String {
        format!("{} aangenomen", self.version(number))
    }

    fn waiting_share(&self, share: &str, waiting: usize) -> String {
        match waiting {
            1 => format!("Tijd per punt: {share} voor het punt dat nog wacht."),
            n => format!("Tijd per punt: {share} voor elk van de {n} punten die nog wachten."),
        }
    }

    fn share_kept(&self, kept: &str) -> String {
        format!("Het lopende punt houdt zijn {kept}.")
    }

    fn home_due(&self, count: usize) -> String {
        match count {
            1 => "⚠ 1 afspraak is over haar evaluatiedatum heen: b en dan v toont haar.".to_owned(),
            n => format!("⚠ {n} afspraken zijn over hun evaluatiedatum heen: b en dan v toont ze."),
        }
    }

    fn home_unreadable(&self, count: usize) -> String {
        match count {
            1 => {
                "⚠ 1 bestand in deze map is onleesbaar: `spanning check` vertelt waarom.".to_owned()
            }
            n => format!(
                "⚠ {n} bestanden in deze map zijn onleesbaar: `spanning check` vertelt waarom."
            ),
        }
    }

    fn earlier_turns(&self, count: usize) -> String {
        match count {
            1 => "⋮ 1 eerdere beurt".to_owned(),
            n => format!("⋮ {n} eerdere beurten"),
        }
    }

    fn more_above(&self, count: usize) -> String {
        format!("⋮ nog {count} hierboven")
    }

    fn key_not_here(&self, key: &str, keys: &str) -> String {
        format!("“{key}” doet hier niets. Toetsen: {keys} (? legt ze allemaal uit)")
    }

    fn fields_hidden(&self, above: usize, below: usize) -> String {
        let fields = |n: usize| if n == 1 { "veld" } else { "velden" };
        match (above, below) {
            (0, b) => format!("▼ nog {b} {} eronder (Tab)", fields(b)),
            (a, 0) => format!("▲ nog {a} {} erboven", fields(a)),
            (a, b) => format!("▲ {a} {} erboven · ▼ {b} eronder", fields(a)),
        }
    }

    fn more_below(&self, count: usize) -> String {
        match count {
            1 => "▼ nog 1 regel".to_owned(),
            n => format!("▼ nog {n} regels"),
        }
    }

    fn bad_date(&self, typed: &str) -> String {
        format!("“{typed}” is geen datum: typ DD-MM-JJJJ of JJJJ-MM-DD, bijv. 22-02-2027.")
    }

    fn home_items(&self, count: usize) -> String {
        match count {
            1 => "1 punt".to_owned(),
            n => format!("{n} punten"),
        }
    }
}

/// A part of the driver with its article ("de situatie", "het effect").
fn driver_part_with_article(part: crate::meeting::DriverPart) -> &'static str {
    use crate::meeting::DriverPart;
    match part {
        DriverPart::Situation => "de situatie",
        DriverPart::Effect => "het effect",
        DriverPart::Need => "de behoefte",
        DriverPart::Impact => "de impact",
    }
}
