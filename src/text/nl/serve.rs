//! Nederlandse woorden van de live webpagina.

use super::Dutch;
use crate::text::serve::{ServeLabel, ServeWords};

impl ServeWords for Dutch {
    fn serve_label(&self, label: ServeLabel) -> &'static str {
        match label {
            ServeLabel::ReadOnly => {
                "Volg de vergadering: alleen lezen, bijgewerkt zodra er is opgeslagen."
            }
            ServeLabel::Live => "live",
            ServeLabel::Reconnecting => "verbinding verbroken, opnieuw verbinden…",
            ServeLabel::WhereNow => "Nu",
            ServeLabel::FloorHeading => "Wie heeft het woord",
            ServeLabel::NobodyHasFloor => "Niemand heeft het woord.",
            ServeLabel::Timers => "Tijd",
            ServeLabel::RoundSoFar => "De ronde tot nu toe",
            ServeLabel::NoRound => "Er loopt geen ronde.",
            ServeLabel::StillToSpeak => "nog aan de beurt",
            ServeLabel::Passed => "past",
            ServeLabel::CurrentItem => "Het punt",
            ServeLabel::Changes => "Wijzigingen tussen versies",
            ServeLabel::Added => "toegevoegd",
            ServeLabel::Removed => "geschrapt",
            ServeLabel::Ended => "afgerond",
            ServeLabel::Produced => "Wat de vergadering opleverde",
            ServeLabel::NoScript => {
                "Zonder JavaScript wordt deze pagina niet bijgewerkt: laad haar opnieuw."
            }
            ServeLabel::ScanHint => "Scan de code met een telefoon om de pagina te openen.",
            ServeLabel::StopHint => "Ctrl-C stopt het delen; de vergadering zelf gaat door.",
            ServeLabel::TokenWarning => {
                "Iedereen met dit adres kan de vergadering lezen: deel het alleen met de deelnemers."
            }
        }
    }

    fn page_title(&self, title: &str) -> String {
        format!("Live: {title}")
    }

    fn item_heading(&self, n: usize, m: usize, label: &str) -> String {
        format!("Punt {n} van {m}: {label}")
    }

    fn skipped_because(&self, reason: &str) -> String {
        format!("overgeslagen: {reason}")
    }

    fn serving_at(&self, title: &str, url: &str) -> String {
        format!("“{title}” is in een browser te volgen op:\n\n  {url}\n")
    }

    fn reachable_from_network(&self, addr: &str) -> String {
        format!(
            "Luistert op {addr}: andere machines in het netwerk kunnen de pagina bereiken (met het adres hierboven)."
        )
    }

    fn port_taken(&self, addr: &str) -> String {
        format!(
            "Kan niet delen op {addr}: een ander programma gebruikt die poort al. Kies een andere met --port (bijvoorbeeld --port 8081), of --port 0 voor een willekeurige vrije poort."
        )
    }

    fn cannot_bind(&self, addr: &str, why: &str) -> String {
        format!(
            "Kan niet delen op {addr}: {why}. Controleer --bind (een adres van deze machine, zoals 127.0.0.1 of 0.0.0.0) en --port (een poort boven 1023 vraagt geen bijzondere rechten)."
        )
    }

    fn bad_bind(&self, typed: &str) -> String {
        format!(
            "“{typed}” is geen IP-adres voor --bind. Gebruik 127.0.0.1 (alleen deze machine, de standaard) of het adres van een netwerkkaart, zoals 192.168.1.20 of 0.0.0.0 (elk netwerk)."
        )
    }

    fn nothing_to_serve(&self, dir: &str) -> String {
        format!(
            "Er is geen onafgemaakte vergadering in {dir} om te delen. Begin er een met `spanning new` (in een andere terminal), of noem een sessie: `spanning serve ID` (`spanning list` toont ze)."
        )
    }

    fn serve_closed(&self) -> &'static str {
        "De vergadering is gesloten; de pagina toont de samenvatting. Ctrl-C stopt het delen."
    }
}
