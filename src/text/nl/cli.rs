//! Dutch words for the command line.

use super::Dutch;
use crate::text::CliWords;
use crate::text::cli::{CliHelp, UsageProblem};
use crate::text::io::IoWords;

/// Every Dutch help text, applied over the English derive by
/// the command-line parser (`cli::command`) when the chosen language is
/// Dutch.
pub const HELP: CliHelp = CliHelp {
    about: "Begeleid vergaderingen waarin spanningen worden verwerkt, op een gedeeld scherm.",
    long_about: "Begeleid vergaderingen waarin spanningen worden verwerkt, op een gedeeld scherm.\n\nZonder opdracht opent spanning het beginscherm: begin een nieuwe vergadering, ga verder met een onafgemaakte, of blader door eerdere sessies. Na elke invoer wordt de sessie bewaard als één JSON-bestand in de sessiemap.",
    sessions_dir: "Map met de sessiebestanden (of SPANNING_SESSIONS_DIR) [standaard: ./sessions]",
    lang: "Taal van schermen en meldingen: en of nl [standaard: uit LC_ALL/LC_MESSAGES/LANG, anders en]",
    theme: "Uiterlijk van de schermen: default, high-contrast, projector (hoog contrast en grote letters voor de stap en de spreker op een groot scherm) of no-color; wordt onthouden [standaard: de laatst gekozen, anders default]",
    new: "Begin een nieuwe vergadering (vraagt naar wat je niet meegeeft)",
    title: "Titel van de vergadering, bijvoorbeeld \"Rolverleg week 47\"",
    circle: "De cirkel (het team) die vergadert",
    participants: "Deelnemers in de volgorde waarin ze zitten, gescheiden door komma's; rollen tussen haakjes, gescheiden door '/': \"Ana (Release/Financiën), Bram, Chen\"",
    facilitator: "Wie het gesprek leidt (gespreksleider) [standaard: de eerste deelnemer]",
    secretary: "Wie secretaris is [standaard: niemand]",
    timebox: "Hoe lang de hele vergadering mag duren: 90m, 1u30, 2u of een aantal minuten",
    rules: "Besluitregels: integratief (volgens de Holacracy-constitutie v5) of consent (in de stijl van Sociocratie 3.0) [standaard: integratief]",
    meeting_format: "Soort overleg: rolverleg (governance: rollen en afspraken, de standaard) of werkoverleg (tactical: triage naar volgende acties en projecten)",
    absent: "Afwezig vanaf het begin, met een reden: \"Bram: met verlof; Dewi\" (zij krijgen geen beurt; de notulen zeggen afwezig)",
    resume: "Ga verder met een onafgemaakte vergadering, precies waar ze stopte",
    resume_id: "Welke sessie [standaard: de laatste die nog open staat]",
    list: "Toon de sessies, nieuwste eerst",
    json: "Schrijf JSON voor andere programma's",
    show: "Toon het verslag van een sessie (in de taal van de vergadering, tenzij --lang is gegeven), opgemaakt om op de terminal te lezen; doorgesluisd of met NO_COLOR de Markdown zoals die is",
    export: "Exporteer het verslag van een sessie (Markdown, een HTML-pagina, platte tekst), de genormaliseerde JSON, of de evaluatiedata en termijnen als agenda",
    export_format: "Uitvoervorm: markdown, html (een losse pagina voor mail of chat), tekst (platte tekst, zonder Markdown-tekens), json, of ics (evaluatiedata en termijnen voor een agenda) [standaard: volgens de extensie van -o (.html, .txt, .ics, .json), anders markdown]",
    output: "Schrijf naar dit bestand in plaats van naar het scherm (overschrijft nooit zonder --force)",
    force: "Overschrijf het uitvoerbestand als het al bestaat",
    check: "Controleer sessiebestanden; eindigt met een foutcode als er één niet deugt (handig in een git-hook)",
    check_paths: "Bestanden of mappen om te controleren [standaard: de sessiemap]",
    review: "Blader door eerdere sessies",
    replay: "Speel een sessie stap voor stap af, om van te leren",
    speed: "Afspeelsnelheid: 1, 2, 4 of 16; opgegeven begint het afspelen meteen [standaard: gepauzeerd op 1]",
    serve: "Toon de lopende vergadering live op een webpagina om mee te lezen, voor telefoons en laptops (het adres bevat een geheim token)",
    serve_id: "Welke vergadering [standaard: de nieuwste onafgemaakte]",
    serve_bind: "Adres om op te luisteren: 0.0.0.0 laat andere machines in het netwerk toe [standaard: 127.0.0.1, alleen deze machine]",
    serve_port: "Poort om op te luisteren; 0 kiest een vrije [standaard: 8080]",
    follow: "Volg een lopende vergadering vanaf een andere terminal, alleen lezen, zoals het scherm van de facilitator haar toont",
    follow_id: "Welke sessie [standaard: de nieuwste die nog open staat]",
    generate: "Schrijf verzonnen sessies in een lege map, voor metingen en belastingtests",
    generate_count: "Hoeveel sessies",
    generate_events: "Grenzen van het aantal gebeurtenissen per sessie",
    generate_seed: "Startwaarde: dezelfde waarde schrijft dezelfde map",
    actions: "Toon de actielijst van de hele map: acties en toegezegde verzoeken per persoon, oudste eerst",
    actions_circle: "Alleen deze cirkel (hoofdletters en accenten tellen niet)",
    actions_owner: "Alleen de acties van deze persoon (hoofdletters en accenten tellen niet)",
    actions_open: "Alleen wat nog loopt",
    import: "Importeer de bestaande rollen en het beleid van een cirkel uit een TOML-bestand of een JSON-export van GlassFrog of Holaspirit, eenmalig (een gedateerde vermelding in .governance; er wordt niets overschreven)",
    import_file: "Het TOML-bestand, of de export van GlassFrog of Holaspirit (.json) (zie README, \"Importing a circle's governance\")",
    import_circle: "De cirkel van de rollen en het beleid waar het bestand geen cirkel bij zet",
    record: "Toon het governance-register: rollen, verantwoordelijkheden, domeinen, rolvervullers en beleid, afgeleid uit de overleggen",
    record_circle: "Alleen deze cirkel (hoofdletters en accenten tellen niet)",
    record_as_of: "Het register zoals het er op deze dag voor stond, bijvoorbeeld 2025-06-30",
    record_format: "Uitvoer: markdown of json [standaard: markdown]",
    history: "Elke wijziging van een rol of beleid: wanneer, in welke sessie en welk punt, door wie voorgesteld, met welke bezwaren verwerkt",
    history_subject: "De naam (of id) van de rol of het beleid",
    actions_format: "Uitvoer: markdown of json [standaard: markdown]",
    action: "Zet een actie tussen vergaderingen op gedaan, open of vervallen (een nieuw bestand in .changes; niets wordt overschreven)",
    action_key: "De actie: de sleutel achteraan de regel in `spanning actions`, bijvoorbeeld 1234#a1",
    action_status: "done (gedaan), open (loopt-nog) of dropped (vervalt)",
    action_note: "Een toelichting, bijvoorbeeld \"dinsdag verstuurd\"",
    sync: "Deel de sessiemap via git: haal de sessies van collega's binnen (alleen fast-forward), commit gesloten sessies en statuswijzigingen, push. Voegt nooit samen, rebaset of forceert nooit",
    id: "Een sessie: het pad naar het bestand, de bestandsnaam zonder .json, of een uniek begin daarvan",
    help_flag: "Toon deze hulp",
    version_flag: "Toon het versienummer",
    help_command: "Toon deze hulp, of de hulp bij een opdracht",
    usage_heading: "Gebruik:",
    commands_heading: "Opdrachten",
    arguments_heading: "Argumenten",
    options_heading: "Opties",
    dir_value: "MAP",
    lang_value: "TAAL",
    theme_value: "THEMA",
    file_value: "BESTAND",
    options_value: "[OPTIES]",
    command_value: "OPDRACHT",
    title_value: "TITEL",
    circle_value: "CIRKEL",
    date_value: "DATUM",
    subject_value: "ROL-OF-BELEID",
    addr_value: "ADRES",
    port_value: "POORT",
    absent_value: "AFWEZIG",
    participants_value: "DEELNEMERS",
    facilitator_value: "GESPREKSLEIDER",
    secretary_value: "SECRETARIS",
    timebox_value: "DUUR",
    rules_value: "REGELS",
    format_value: "VORM",
    id_value: "ID",
    paths_value: "PADEN",
    speed_value: "SNELHEID",
    owner_value: "EIGENAAR",
    key_value: "ACTIE",
    status_value: "STATUS",
    note_value: "NOTITIE",
};

impl CliWords for Dutch {
    fn help(&self) -> &'static CliHelp {
        &HELP
    }

    fn list_headings(&self) -> [&'static str; 10] {
        [
            "DATUM",
            "TITEL",
            "CIRKEL",
            "VORM",
            "REGELS",
            "MENSEN",
            "PUNTEN",
            "AANGENOMEN",
            "STATUS",
            "ID",
        ]
    }

    fn no_sessions(&self, dir: &str) -> String {
        format!("Nog geen sessies in {dir}. Begin er een met: spanning new")
    }

    fn due_for_review(&self, count: usize) -> String {
        match count {
            1 => "⚠ 1 afspraak is over haar evaluatiedatum heen: bekijk haar met `spanning review` en dan v."
                .to_owned(),
            n => format!(
                "⚠ {n} afspraken zijn over hun evaluatiedatum heen: bekijk ze met `spanning review` en dan v."
            ),
        }
    }

    fn unreadable_heading(&self) -> &'static str {
        "Onleesbare bestanden (`spanning check` vertelt wat eraan schort):"
    }

    fn check_ok(&self, path: &str) -> String {
        format!("ok   {path}")
    }

    fn check_bad(&self, path: &str, problem: &str) -> String {
        format!("FOUT {path}: {problem}")
    }

    fn check_summary(&self, checked: usize, bad: usize) -> String {
        let files = if checked == 1 { "bestand" } else { "bestanden" };
        match bad {
            0 => format!("{checked} {files} gecontroleerd, alles in orde."),
            _ => format!("{checked} {files} gecontroleerd, {bad} met fouten."),
        }
    }

    fn check_nothing(&self, where_: &str) -> String {
        format!("Geen sessiebestanden gevonden in {where_}.")
    }

    fn check_stale_journal(&self, journal: &str, session: &str, delete: Option<&str>) -> String {
        let delete = match delete {
            Some(command) => format!("Je kunt het veilig verwijderen: `{command}`"),
            None => "Je kunt het veilig verwijderen.".to_owned(),
        };
        format!(
            "let op: {journal} is een achtergebleven journaal, waarschijnlijk van een crash terwijl de vergadering werd bewaard: {session} is zonder dit journaal compleet, en niets leest het. {delete}"
        )
    }

    fn check_lone_journal(&self, journal: &str, session: &str, delete: Option<&str>) -> String {
        let delete = match delete {
            Some(command) => format!("anders kun je het veilig verwijderen: `{command}`"),
            None => "anders kun je het veilig verwijderen.".to_owned(),
        };
        format!(
            "let op: {journal} is een journaal zonder sessiebestand ({session} staat er niet), en niets leest het. Heb je dat bestand verplaatst of hernoemd, zet het journaal er dan naast onder de nieuwe naam (.<naam>.journal) voor je het hervat of terugkijkt: er kunnen de laatste vastleggingen van de vergadering in staan; {delete}"
        )
    }

    fn new_needs_terminal(&self) -> String {
        "spanning new heeft een terminal nodig om de vergadering in te houden, en die is er hier niet (invoer of uitvoer is omgeleid, of er hangt geen terminal aan); er is niets geschreven. Start het in een terminalvenster.".to_owned()
    }

    fn export_over_session(&self, path: &str) -> String {
        format!(
            "{path} is een sessiebestand: de export daar schrijven zou het verslag van de vergadering vervangen, dus spanning weigert dat, ook met --force. Kies een andere bestandsnaam."
        )
    }

    fn export_exists(&self, path: &str) -> String {
        format!(
            "{path} bestaat al; kies een andere bestandsnaam, of voeg --force toe om het te overschrijven."
        )
    }

    fn export_written(&self, path: &str) -> String {
        format!("Weggeschreven naar {path}")
    }

    fn unknown_lang(&self, given: &str, known: &str) -> String {
        format!("onbekende taal '{given}': kies uit {known}")
    }

    fn bad_rules(&self, given: &str) -> String {
        format!(
            "'{given}' is geen set besluitregels: kies integrative of consent (of in het Nederlands: integratief)"
        )
    }

    fn rules_in_tactical(&self) -> String {
        "een werkoverleg zet punten om in acties en projecten en neemt geen besluiten, dus het heeft geen besluitregels: laat --rules consent weg, of houd een rolverleg (--format governance) om met consent te besluiten".to_owned()
    }

    fn bad_timebox(&self, given: &str) -> String {
        format!(
            "'{given}' is geen vergaderduur: schrijf het als 90m, 1u30, 2u, of als een aantal minuten"
        )
    }

    fn not_a_participant(&self, name: &str, participants: &str) -> String {
        format!(
            "{name} zit niet bij de deelnemers ({participants}); controleer de spelling of zet de naam bij --participants"
        )
    }

    fn unknown_theme(&self, given: &str, known: &str) -> String {
        format!("Onbekend thema \"{given}\"; kies uit: {known}.")
    }

    fn bad_config(&self, path: &str, problem: &str) -> String {
        let problem = self.os_detail(problem);
        format!(
            "⚠ Het voorkeurenbestand {path} is onbruikbaar ({problem}); de schermen gebruiken het standaarduiterlijk. Herstel het, of verwijder het en kies opnieuw met --theme."
        )
    }

    fn theme_not_remembered(&self, path: &str, problem: &str) -> String {
        let problem = self.os_detail(problem);
        format!("⚠ Het thema geldt voor deze keer maar wordt niet onthouden: {path} ({problem}).")
    }

    fn setup_cancelled(&self) -> &'static str {
        "Geannuleerd; er is niets bewaard."
    }

    fn saved_to(&self, path: &str) -> String {
        format!("Sessie bewaard in {path}")
    }

    fn resume_hint(&self, id: &str) -> String {
        format!("De vergadering is nog niet gesloten. Ga verder met: spanning resume {id}")
    }

    fn session_closed(&self, id: &str) -> String {
        format!(
            "Sessie {id} is gesloten en kan niet verder. Lees het verslag met: spanning show {id}"
        )
    }

    fn usage_problem(&self, problem: &UsageProblem) -> String {
        match problem {
            UsageProblem::UnknownArgument { arg, suggestion } => match suggestion {
                Some(s) => format!("'{arg}' hoort hier niet; bedoel je '{s}'?"),
                None => format!("'{arg}' hoort hier niet"),
            },
            UsageProblem::UnknownCommand {
                command,
                suggestion,
            } => match suggestion {
                Some(s) => format!("onbekende opdracht '{command}'; bedoel je '{s}'?"),
                None => format!("onbekende opdracht '{command}'"),
            },
            UsageProblem::InvalidValue { arg, value, valid } => match valid.as_slice() {
                [] => format!("'{value}' is geen geldige waarde voor '{arg}'"),
                valid => format!(
                    "'{value}' is geen geldige waarde voor '{arg}': kies uit {}",
                    valid.join(", ")
                ),
            },
            UsageProblem::MissingValue { arg } => format!("'{arg}' heeft een waarde nodig"),
            UsageProblem::MissingArgument { args } => {
                format!("dit moet je nog meegeven: {}", args.join(", "))
            }
            UsageProblem::Repeated { arg } => {
                format!("{arg} is meer dan eens gegeven: geef het één keer")
            }
            UsageProblem::Conflict { arg, with } => {
                format!(
                    "{arg} gaat niet samen met {}: laat er één weg",
                    with.join(", ")
                )
            }
        }
    }

    fn usage_hint(&self) -> &'static str {
        "Meer weten? Probeer '--help'."
    }

    fn generate_refused(&self, dir: &str) -> String {
        format!("In {dir} staan al sessies; genereer in een lege map (--sessions-dir)")
    }

    fn error(&self) -> &'static str {
        "fout"
    }
}
