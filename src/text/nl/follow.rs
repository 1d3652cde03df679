//! Nederlandse woorden voor het meevolgen van een vergadering.

use super::Dutch;
use crate::text::FollowWords;

impl FollowWords for Dutch {
    fn following(&self, step: &str) -> String {
        format!("je volgt de facilitator: {step}")
    }

    fn browsing(&self) -> &'static str {
        "rondkijken — druk F om weer mee te volgen"
    }

    fn read_only(&self) -> &'static str {
        "alleen lezen"
    }

    fn only_the_facilitator(&self) -> &'static str {
        "Alleen lezen: alleen de spanning van de facilitator verandert de vergadering."
    }

    fn writer_stopped(&self, at: &str) -> String {
        format!("de spanning van de facilitator is om {at} gestopt; je ziet wat bewaard is")
    }

    fn writer_left(&self, at: &str) -> String {
        format!("de facilitator heeft de vergadering om {at} verlaten zonder haar te sluiten")
    }

    fn meeting_closed(&self) -> &'static str {
        "de vergadering is gesloten"
    }

    fn cannot_read(&self, problem: &str) -> String {
        format!("de vergadering is niet te lezen (je ziet wat het laatst gelezen is): {problem}")
    }

    fn follow_keys(&self) -> Vec<(&'static str, &'static str)> {
        vec![
            ("F", "meevolgen"),
            ("A", "agenda"),
            ("V", "versies"),
            ("G", "register"),
            ("↑↓", "kiezen"),
            ("PgUp/PgDn", "scrollen"),
            ("Tab", "paneel"),
            ("Q", "stoppen"),
        ]
    }

    fn versions_panel(&self, item: &str) -> String {
        format!("Versies van het voorstel — {item}")
    }

    fn no_versions(&self) -> &'static str {
        "Er is nog geen voorstel gedaan."
    }

    fn version_heading(&self, number: u32, for_objection: Option<u32>) -> String {
        match for_objection {
            Some(objection) => format!("Versie {number} (voor bezwaar {objection})"),
            None => format!("Versie {number}"),
        }
    }

    fn nothing_to_follow(&self, dir: &str) -> String {
        format!(
            "Er staat in {dir} geen vergadering open om te volgen. Begin er een met `spanning new`, noem er een met `spanning follow ID`, of wijs de map van de facilitator aan met --sessions-dir."
        )
    }

    fn followers(&self, count: usize) -> String {
        if count == 1 {
            "👁 1 volgt mee".to_owned()
        } else {
            format!("👁 {count} volgen mee")
        }
    }
}
