//! Nederlandse woorden van het governance-register op het vergaderscherm.

use chrono::NaiveDate;

use super::Dutch;
use crate::text::MinutesWords;
use crate::text::gov_screen::GovScreenWords;
use crate::text::tui::KeyLine;

impl GovScreenWords for Dutch {
    fn gov_title(&self, circle: &str) -> String {
        format!("Governance-register: {circle}")
    }
    fn gov_search(&self) -> &'static str {
        "Zoeken"
    }
    fn gov_loading(&self) -> &'static str {
        "De sessiemap wordt gelezen…"
    }
    fn gov_unavailable(&self) -> &'static str {
        "Hier is geen governance-register: deze vergadering staat niet in een sessiemap."
    }
    fn gov_no_match(&self, search: &str) -> String {
        format!("Niets past bij \"{search}\": maak de zoektekst korter met Backspace.")
    }
    fn gov_purpose(&self) -> &'static str {
        "Doel"
    }
    fn gov_accountability(&self) -> &'static str {
        "Verantwoordelijkheid"
    }
    fn gov_domain(&self) -> &'static str {
        "Domein"
    }
    fn gov_filler(&self, person: &str, term_end: Option<NaiveDate>) -> String {
        match term_end {
            Some(end) => format!("Vervuld door {person} tot {}", self.date(end)),
            None => format!("Vervuld door {person}"),
        }
    }
    fn gov_unfilled(&self) -> &'static str {
        "Niet vervuld"
    }
    fn gov_core(&self) -> &'static str {
        "(kernrol)"
    }
    fn gov_sub_circle(&self) -> &'static str {
        "(subcirkel)"
    }
    fn gov_policies(&self) -> &'static str {
        "Beleid"
    }
    fn gov_policy_domain(&self, domain: &str, role: &str) -> String {
        format!("op domein \"{domain}\" van rol {role}")
    }
    fn gov_no_policies(&self) -> &'static str {
        "Nog geen beleid."
    }
    fn gov_keys(&self, roles: usize, policies: usize) -> KeyLine {
        let r = if roles == 1 { "rol" } else { "rollen" };
        let p = if policies == 1 {
            "beleidsafspraak"
        } else {
            "beleidsafspraken"
        };
        KeyLine::hints(
            " · ",
            &[
                (&format!("{roles} {r}, {policies} {p}"), true),
                ("typ om te zoeken", false),
                ("↑↓ PgUp PgDn schuiven", false),
                ("Esc terug", true),
            ],
        )
    }
    fn gov_conflicts_banner(&self, count: usize, first: &str) -> String {
        let what = match count {
            1 => "1 governanceconflict".to_owned(),
            n => format!("{n} governanceconflicten"),
        };
        let more = if count > 1 { " en meer" } else { "" };
        format!(
            "⚠ {what} tussen los van elkaar gehouden overleggen die dezelfde versie wijzigden: \"{first}\"{more} — los het op in dit overleg (g toont het register; `spanning check` somt ze op)"
        )
    }
    fn gov_as_of(&self, day: &str) -> String {
        format!("stand van {day}")
    }
    fn gov_point(&self, title: &str, imported: bool, n: usize, of: usize) -> String {
        if imported {
            format!("geïmporteerd uit {title} ({n} van {of})")
        } else {
            format!("{title} ({n} van {of})")
        }
    }
    fn gov_removed(&self) -> &'static str {
        "Verwijderd"
    }
    fn gov_no_changes(&self) -> &'static str {
        "Geen wijziging vastgelegd: zoals de constitutie het geeft."
    }
    fn gov_not_yet(&self, what: &str) -> String {
        format!(
            "{what} staat bij deze sessie nog niet in het register: → gaat naar latere sessies."
        )
    }
    fn gov_keys_follow(&self, roles: usize, policies: usize) -> KeyLine {
        let r = if roles == 1 { "rol" } else { "rollen" };
        let p = if policies == 1 {
            "beleidsafspraak"
        } else {
            "beleidsafspraken"
        };
        KeyLine::hints(
            " · ",
            &[
                (&format!("{roles} {r}, {policies} {p}"), true),
                ("↑↓ schuiven", false),
                ("G/Esc terug", true),
                ("F meevolgen", true),
            ],
        )
    }
    fn part_nothing_to_pick(&self) -> String {
        "Het register heeft nog niets om te kiezen voor deze wijziging: kies een andere soort wijziging (↑↓ in het eerste veld).".to_owned()
    }
    fn part_no_entries(&self, role: &str, list: &str) -> String {
        format!(
            "Rol {role} heeft geen {list} om te kiezen: kies een andere rol, of de andere lijst."
        )
    }
    fn part_no_sub_circles(&self) -> String {
        "Deze cirkel heeft nog geen subcirkels: bouw eerst een rol uit tot cirkel (een eigen onderdeel).".to_owned()
    }
    fn part_in_circle(&self, name: &str, circle: &str) -> String {
        format!("{name} (in {circle})")
    }
    fn part_this_circle(&self, circle: &str) -> String {
        format!("{circle} (deze cirkel)")
    }
    fn part_circle_wide(&self) -> &'static str {
        "de hele cirkel"
    }
    fn part_on_domain(&self, domain: &str, role: &str) -> String {
        format!("domein \"{domain}\" van {role}")
    }
    fn parts_none(&self) -> &'static str {
        "Het voorstel heeft nog geen onderdelen: + voegt er een toe."
    }
    fn parts_pick(&self) -> &'static str {
        "Typ het nummer van een onderdeel of kies met ↑↓."
    }
    fn part_editing(&self, number: usize, part: &str) -> String {
        format!("Onderdeel {number} zoals het is: {part}")
    }
    fn confirm_remove_part(&self, number: usize, part: &str) -> String {
        format!("Onderdeel {number} (\"{part}\") uit het voorstel schrappen?")
    }
    fn diff_title(&self) -> &'static str {
        "Wijzigingen in het register"
    }
    fn diff_role(&self, name: &str) -> String {
        format!("Rol {name}")
    }
    fn diff_policy(&self, title: &str) -> String {
        format!("Beleid {title}")
    }
    fn diff_not_in_record(&self) -> &'static str {
        "(niet in het register)"
    }
    fn diff_circle(&self, name: &str) -> String {
        format!("cirkel {name}")
    }
    fn diff_filled(&self, person: &str, term_end: Option<NaiveDate>) -> String {
        match term_end {
            Some(end) => format!("vervuld door {person} tot {}", self.date(end)),
            None => format!("vervuld door {person}"),
        }
    }
}
