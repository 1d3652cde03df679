//! Dutch words for the minutes (het verslag).

use chrono::{DateTime, Datelike, FixedOffset};

use super::Dutch;
use crate::meeting::{MeetingFormat, OutputKind, RuleSet};
use crate::text::{EngineWords, MinutesWords};

/// Dutch month names are written in lower case ("22 november 2026");
/// chrono only knows English names, so they are spelled out here.
const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

fn holds_word(holds: bool) -> &'static str {
    if holds {
        "houdt stand"
    } else {
        "houdt geen stand"
    }
}

impl MinutesWords for Dutch {
    fn date_time(&self, at: DateTime<FixedOffset>) -> String {
        let month = MONTHS[at.month0() as usize];
        format!("{} {month} {}, {}", at.day(), at.year(), at.format("%H:%M"))
    }

    fn date(&self, date: chrono::NaiveDate) -> String {
        let month = MONTHS[date.month0() as usize];
        format!("{} {month} {}", date.day(), date.year())
    }

    fn date_input(&self, date: chrono::NaiveDate) -> String {
        date.format("%d-%m-%Y").to_string()
    }

    fn time(&self, at: DateTime<FixedOffset>) -> String {
        at.format("%H:%M").to_string()
    }

    fn duration(&self, secs: i64) -> String {
        let secs = secs.max(0);
        let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
        match (h, m, s) {
            (0, 0, s) => format!("{s} s"),
            (0, m, 0) => format!("{m} min"),
            (0, m, s) => format!("{m} min {s} s"),
            (h, 0, _) => format!("{h} u"),
            (h, m, _) => format!("{h} u {m} min"),
        }
    }

    fn so_far(&self, duration: &str) -> String {
        format!("{duration} tot nu toe")
    }

    fn quoted(&self, label: &str) -> String {
        format!("“{label}”")
    }

    fn none(&self) -> &'static str {
        "Geen."
    }

    fn nobody(&self) -> &'static str {
        "geen"
    }

    fn subtitle(&self, circle: &str, date: &str) -> String {
        format!("Cirkel {circle}, {date}")
    }

    fn still_open(&self, place: &str) -> String {
        format!("**Nog open.** Deze vergadering is niet gesloten; ze staat bij: {place}.")
    }

    fn at_item(&self, step: &str, number: usize, label: &str) -> String {
        format!("punt {number} {label}, {step}")
    }

    fn during_time_out(&self, place: &str) -> String {
        format!("{place}, tijdens een time-out")
    }

    fn decisions_heading(&self) -> &'static str {
        "Besluiten"
    }

    fn no_decisions(&self) -> &'static str {
        "Er is geen voorstel aangenomen."
    }

    fn adopted_summary(&self, owner: &str, version: &str, time: &str) -> String {
        format!("Voorstel van {owner}; {version} aangenomen om {time}:")
    }

    fn objection_integrated(&self, number: u32, objector: &str, version: &str) -> String {
        format!("Bezwaar {number} van {objector} is geïntegreerd in {version}.")
    }

    fn actions_heading(&self) -> &'static str {
        "Volgende acties en projecten"
    }

    fn information_heading(&self) -> &'static str {
        "Gedeelde informatie"
    }

    fn output_entry(
        &self,
        kind: OutputKind,
        text: &str,
        owner: Option<&str>,
        item: Option<&str>,
    ) -> String {
        let mut entry = match kind {
            OutputKind::Information => text.to_owned(),
            kind => format!("{}: {text}", capital(self.output_kind(kind))),
        };
        if let Some(owner) = owner {
            entry = format!("{entry} — {owner}");
        }
        if let Some(item) = item {
            entry = format!("{entry} (uit agendapunt {item})");
        }
        entry
    }

    fn dispositions_heading(&self) -> &'static str {
        "Doorgeschoven en losgelaten"
    }

    fn disposition_entry(&self, label: &str, owner: &str, disposition: &str) -> String {
        format!("{label} ({owner}): {disposition}")
    }

    fn meeting_heading(&self) -> &'static str {
        "Vergadering"
    }

    fn circle_field(&self) -> &'static str {
        "Cirkel"
    }

    fn date_field(&self) -> &'static str {
        "Datum"
    }

    fn duration_field(&self) -> &'static str {
        "Duur"
    }

    fn format_field(&self) -> &'static str {
        "Soort overleg"
    }

    fn rules_field(&self) -> &'static str {
        "Spelregels"
    }

    fn timebox_field(&self) -> &'static str {
        "Tijdslimiet"
    }

    fn facilitator_field(&self) -> &'static str {
        "Gespreksleider"
    }

    fn secretary_field(&self) -> &'static str {
        "Secretaris"
    }

    fn participants_field(&self) -> &'static str {
        "Deelnemers"
    }

    fn format_name(&self, format: MeetingFormat) -> &'static str {
        match format {
            MeetingFormat::Governance => "rolverleg",
            MeetingFormat::Tactical => "werkoverleg",
        }
    }

    fn rule_set_name(&self, rules: RuleSet) -> &'static str {
        match rules {
            RuleSet::Integrative => {
                "integratieve besluitvorming (volgens de Holacracy-constitutie v5)"
            }
            RuleSet::Consent => "besluitvorming met consent (in de stijl van Sociocratie 3.0)",
        }
    }

    fn with_roles(&self, name: &str, roles: &str) -> String {
        format!("{name} ({roles})")
    }

    fn joined_late(&self, entry: &str) -> String {
        format!("{entry}, later aangeschoven")
    }

    fn not_present(&self, entry: &str) -> String {
        format!("{entry}, aan het eind niet meer aanwezig")
    }

    fn absent(&self, entry: &str, reason: Option<&str>) -> String {
        match reason {
            Some(reason) => format!("{entry}, afwezig ({reason})"),
            None => format!("{entry}, afwezig"),
        }
    }

    fn changes_heading(&self) -> &'static str {
        "Wijzigingen tijdens de vergadering"
    }

    fn joined(&self, name: &str) -> String {
        format!("{name} schoof aan")
    }

    fn left(&self, name: &str, reason: Option<&str>) -> String {
        match reason {
            Some(reason) => format!("{name} vertrok — {reason}"),
            None => format!("{name} vertrok"),
        }
    }

    fn came_back(&self, name: &str) -> String {
        format!("{name} kwam terug")
    }

    fn facilitator_changed(&self, name: &str) -> String {
        format!("vanaf hier leidt {name} het gesprek")
    }

    fn secretary_changed(&self, name: Option<&str>) -> String {
        match name {
            Some(name) => format!("vanaf hier is {name} secretaris"),
            None => "vanaf hier geen secretaris".to_owned(),
        }
    }

    fn timebox_changed(&self, duration: Option<&str>) -> String {
        match duration {
            Some(duration) => format!("tijdslimiet op {duration} gezet"),
            None => "tijdslimiet weggehaald".to_owned(),
        }
    }

    fn item_removed(&self, label: &str) -> String {
        format!("{label} van de agenda gehaald")
    }

    fn corrections(&self, count: usize) -> String {
        match count {
            1 => "1 regel is gecorrigeerd (ongedaan gemaakt); dit verslag toont de gecorrigeerde versie."
                .to_owned(),
            n => format!(
                "{n} regels zijn gecorrigeerd (ongedaan gemaakt); dit verslag toont de gecorrigeerde versie."
            ),
        }
    }

    fn over_time(&self, length: &str) -> String {
        format!("{length}, over de tijd")
    }

    fn not_held(&self) -> &'static str {
        "Niet gehouden."
    }

    fn waiting_for_turn(&self) -> &'static str {
        "nog geen beurt"
    }

    fn concern_turn(&self, number: u32, text: &str) -> String {
        format!("mogelijk bezwaar {number}: {text}")
    }

    fn agenda_heading(&self) -> &'static str {
        "Agendapunten"
    }

    fn no_items(&self) -> &'static str {
        "De agenda bleef leeg."
    }

    fn owner_field(&self) -> &'static str {
        "Eigenaar"
    }

    fn outcome_field(&self) -> &'static str {
        "Uitkomst"
    }

    fn close_out_field(&self) -> &'static str {
        "Afronding"
    }

    fn time_field(&self) -> &'static str {
        "Tijd"
    }

    fn time_used(&self, used: &str, fair_share: Option<&str>) -> String {
        match fair_share {
            Some(share) => format!("{used} gebruikt van de {share} die het punt toekwam"),
            None => format!("{used} gebruikt"),
        }
    }

    fn adopted_at(&self, version: &str, time: &str) -> String {
        format!("aangenomen ({version}) om {time}")
    }

    fn ended_at(&self, ending: &str, time: &str, reason: Option<&str>) -> String {
        match reason {
            Some(reason) => format!("{ending} om {time} — {reason}"),
            None => format!("{ending} om {time}"),
        }
    }

    fn in_progress(&self, step: &str) -> String {
        format!("in behandeling ({step})")
    }

    fn not_reached(&self) -> &'static str {
        "niet aan bod gekomen"
    }

    fn tension_heading(&self) -> &'static str {
        "Spanning"
    }

    fn example_heading(&self) -> &'static str {
        "Voorbeeld"
    }

    fn proposal_heading(&self) -> &'static str {
        "Voorstel"
    }

    fn not_stated(&self) -> &'static str {
        "Niet genoemd."
    }

    fn help_requested(&self) -> &'static str {
        "De indiener vroeg hulp bij het opstellen van een voorstel."
    }

    fn amended_for(&self, objection: u32) -> String {
        format!("aangepast voor bezwaar {objection}")
    }

    fn questions_heading(&self) -> &'static str {
        "Verhelderende vragen"
    }

    fn answer(&self, answer: &str) -> String {
        format!("Antwoord: {answer}")
    }

    fn not_specified(&self) -> &'static str {
        "niet gespecificeerd"
    }

    fn not_answered(&self) -> &'static str {
        "Nog niet beantwoord."
    }

    fn ruled_out_of_order(&self, reason: &str) -> String {
        format!("Buiten de orde verklaard: {reason}")
    }

    fn clarifications_heading(&self) -> &'static str {
        "Verduidelijkingen"
    }

    fn objection_round_on(&self, version: &str) -> String {
        format!("Bezwaarronde over {version}")
    }

    fn concerns_label(&self) -> &'static str {
        "Mogelijke bezwaren"
    }

    fn concern_heading(&self, number: u32, objector: &str, version: &str) -> String {
        format!("Mogelijk bezwaar {number} van {objector} (tegen {version})")
    }

    fn test_requested_by(&self, name: &str) -> String {
        format!("{name} vroeg om toetsing")
    }

    fn recorded_untested(&self) -> &'static str {
        "zonder toetsing vastgelegd als bezwaar"
    }

    fn no_argument(&self) -> &'static str {
        "geen argument gegeven"
    }

    fn criterion_result(
        &self,
        letter: char,
        criterion: &str,
        argument: &str,
        holds: bool,
    ) -> String {
        format!("({letter}) {criterion}: {argument} — {}", holds_word(holds))
    }

    fn secretary_ruling(&self, upheld: bool, note: &str) -> String {
        if upheld {
            format!("volgens de secretaris gaat het voorstel tegen de spelregels in: {note}")
        } else {
            format!("volgens de secretaris gaat het voorstel niet tegen de spelregels in: {note}")
        }
    }

    fn concern_unhandled(&self) -> &'static str {
        "nog niet behandeld"
    }

    fn concern_testing(&self) -> &'static str {
        "wordt getoetst"
    }

    fn concern_valid(&self) -> &'static str {
        "geldig bezwaar, nog niet geïntegreerd"
    }

    fn dismissed_on(&self, letter: char, criterion: &str) -> String {
        format!("vervallen: criterium ({letter}) {criterion} houdt geen stand")
    }

    fn integrated_in(&self, version: &str) -> String {
        format!("geïntegreerd in {version}, bevestigd door bezwaarmaker en indiener")
    }

    fn abandoned(&self, reason: &str) -> String {
        format!("opgegeven: {reason}")
    }

    fn notes_heading(&self) -> &'static str {
        "Notities"
    }

    fn rulings_heading(&self) -> &'static str {
        "Procesbesluiten"
    }

    fn ruling_question(&self, question: u32, asker: &str, reason: &str) -> String {
        format!("vraag {question} van {asker} buiten de orde verklaard: {reason}")
    }

    fn ruling_test(
        &self,
        concern: u32,
        objector: &str,
        letter: char,
        criterion: &str,
        holds: bool,
    ) -> String {
        format!(
            "mogelijk bezwaar {concern} van {objector} getoetst op ({letter}) {criterion}: {}",
            holds_word(holds)
        )
    }

    fn ruling_recorded(&self, concern: u32, objector: &str) -> String {
        format!("mogelijk bezwaar {concern} van {objector} zonder toetsing vastgelegd als bezwaar")
    }

    fn ruling_secretary(&self, concern: u32, objector: &str, upheld: bool, note: &str) -> String {
        let verdict = if upheld {
            "gaat tegen de spelregels in"
        } else {
            "gaat niet tegen de spelregels in"
        };
        format!(
            "oordeel van de secretaris over mogelijk bezwaar {concern} van {objector}: het voorstel {verdict}; {note}"
        )
    }

    fn ruling_abandoned(&self, concern: u32, objector: &str, reason: &str) -> String {
        format!("bezwaar {concern} van {objector} opgegeven: {reason}")
    }

    fn ruling_out_of_order(&self, kind: &str, person: Option<&str>, note: &str) -> String {
        match person {
            Some(person) => format!("buiten de orde ({kind}), {person}: {note}"),
            None => format!("buiten de orde ({kind}): {note}"),
        }
    }

    fn ruling_time_out(
        &self,
        requested_by: Option<&str>,
        reason: &str,
        length: Option<&str>,
        note: Option<&str>,
    ) -> String {
        let mut text = String::from("time-out");
        if let Some(who) = requested_by {
            text = format!("{text} gevraagd door {who}");
        }
        text = match length {
            Some(length) => format!("{text} ({length}) — {reason}"),
            None => format!("{text} (loopt nog) — {reason}"),
        };
        if let Some(note) = note {
            text = format!("{text} — afgesproken: {note}");
        }
        text
    }

    fn speaking_time_heading(&self) -> &'static str {
        "Spreektijd"
    }

    fn speaking_time_explained(&self) -> &'static str {
        "Hoe lang ieder het woord had in de rondes, zonder time-outs (mm:ss)."
    }

    fn person_column(&self) -> &'static str {
        "Deelnemer"
    }

    fn time_column(&self) -> &'static str {
        "Tijd"
    }

    fn driver_heading(&self) -> &'static str {
        "Drijfveer"
    }

    fn consent_round_on(&self, version: &str) -> String {
        format!("Consentronde over {version}")
    }

    fn consent_given(&self) -> &'static str {
        "instemming"
    }

    fn concern_logged(&self, text: &str) -> String {
        format!("zorg (vastgelegd, blokkeert niet): {text}")
    }

    fn objection_turn(&self, number: u32, text: &str) -> String {
        format!("bezwaar {number}: {text}")
    }

    fn objections_label(&self) -> &'static str {
        "Bezwaren"
    }

    fn objection_heading(&self, number: u32, objector: &str, version: &str) -> String {
        format!("Bezwaar {number} van {objector} (tegen {version})")
    }

    fn resolved_in(&self, version: &str) -> String {
        format!("opgelost in {version}, bevestigd door de bezwaarmaker")
    }

    fn objection_open(&self) -> &'static str {
        "niet opgelost"
    }

    fn review_field(&self) -> &'static str {
        "Evaluatiedatum"
    }

    fn criteria_field(&self) -> &'static str {
        "Evaluatiecriteria"
    }

    fn objection_resolved(&self, number: u32, objector: &str, version: &str) -> String {
        format!("Bezwaar {number} van {objector} is opgelost in {version}.")
    }

    fn concern_logged_by(&self, name: &str, text: &str) -> String {
        format!("Zorg van {name} vastgelegd: {text}")
    }

    fn requalified(&self, reason: &str) -> String {
        format!("als zorg vastgelegd (blokkeert niet): {reason}")
    }

    fn ruling_requalified(&self, objection: u32, objector: &str, reason: &str) -> String {
        format!("bezwaar {objection} van {objector} als zorg vastgelegd: {reason}")
    }
}

/// "volgende actie" → "Volgende actie", for the start of an entry.
fn capital(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_and_durations_read_as_dutch() {
        let at = FixedOffset::east_opt(3600)
            .and_then(|tz| tz.with_ymd_and_hms(2026, 11, 22, 14, 5, 0).single())
            .expect("valid time");
        assert_eq!(Dutch.date_time(at), "22 november 2026, 14:05");
        let march = FixedOffset::east_opt(3600)
            .and_then(|tz| tz.with_ymd_and_hms(2027, 3, 2, 9, 5, 0).single())
            .expect("valid time");
        assert_eq!(Dutch.date_time(march), "2 maart 2027, 09:05");
        assert_eq!(Dutch.time(march), "09:05");
        assert_eq!(Dutch.duration(45), "45 s");
        assert_eq!(Dutch.duration(600), "10 min");
        assert_eq!(Dutch.duration(3570), "59 min 30 s");
        assert_eq!(Dutch.duration(3600), "1 u");
        assert_eq!(Dutch.duration(3900), "1 u 5 min");
        assert_eq!(Dutch.duration(-5), "0 s");
    }

    #[test]
    fn every_month_has_its_own_lower_case_name() {
        for (i, name) in MONTHS.iter().enumerate() {
            assert_eq!(name.to_lowercase(), *name);
            assert!(!MONTHS[..i].contains(name), "{name} twice");
        }
    }
}
