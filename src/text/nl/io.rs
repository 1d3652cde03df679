//! Nederlandse woorden voor wat het besturingssysteem antwoordt.

use std::io::ErrorKind;

use super::Dutch;
use crate::text::io::{IoDoing, IoWords};

impl IoWords for Dutch {
    fn io_doing(&self, doing: IoDoing, path: &str) -> String {
        match doing {
            IoDoing::ReadFolder => format!("Kan de map {path} niet lezen"),
            IoDoing::CreateFolder => format!("Kan de map {path} niet aanmaken"),
            IoDoing::ReadFile => format!("Kan {path} niet lezen"),
            IoDoing::WriteFile => format!("Kan {path} niet schrijven"),
            IoDoing::ReplaceFile => format!("Kan het nieuwe {path} niet op zijn plaats zetten"),
            IoDoing::WriteOutput => "Kan de uitvoer niet schrijven".to_owned(),
        }
    }

    fn io_kind(&self, kind: ErrorKind) -> &'static str {
        match kind {
            ErrorKind::NotFound => "die bestaat niet",
            ErrorKind::PermissionDenied => "toegang geweigerd",
            ErrorKind::AlreadyExists => "die bestaat al",
            ErrorKind::StorageFull => "de schijf is vol",
            ErrorKind::QuotaExceeded => "je schijfquotum is op",
            ErrorKind::ReadOnlyFilesystem => "de schijf is alleen-lezen",
            ErrorKind::IsADirectory => "het is een map",
            ErrorKind::NotADirectory => "een deel van het pad is een bestand, geen map",
            ErrorKind::DirectoryNotEmpty => "de map is niet leeg",
            ErrorKind::FileTooLarge => "het bestand is te groot voor deze schijf",
            ErrorKind::InvalidFilename => "die naam mag hier niet",
            ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => "het is in gebruik",
            ErrorKind::TimedOut | ErrorKind::StaleNetworkFileHandle => {
                "de netwerkschijf antwoordde niet"
            }
            ErrorKind::BrokenPipe => "het ontvangende programma las niet meer",
            ErrorKind::Interrupted => "onderbroken",
            ErrorKind::OutOfMemory => "het geheugen is op",
            ErrorKind::CrossesDevices => "het staat op een andere schijf",
            ErrorKind::TooManyLinks => "te veel koppelingen",
            ErrorKind::UnexpectedEof => "het bestand houdt te vroeg op",
            ErrorKind::InvalidData => "de inhoud is geen geldige tekst",
            _ => "het systeem weigerde",
        }
    }

    fn io_remedy(&self, kind: ErrorKind) -> &'static str {
        match kind {
            ErrorKind::NotFound => "Controleer het pad, of geef een andere map met --sessions-dir.",
            ErrorKind::PermissionDenied => {
                "Controleer de rechten van het bestand en de map (ls -l), of kies een plek waar je mag schrijven."
            }
            ErrorKind::AlreadyExists => "Kies een andere naam, of haal de oude eerst weg.",
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded | ErrorKind::FileTooLarge => {
                "Maak ruimte vrij op de schijf, of kies een andere schijf, en probeer het opnieuw."
            }
            ErrorKind::ReadOnlyFilesystem => {
                "Kies een map op een schijf waarop je kunt schrijven (geen cd, vergrendelde stick of alleen-lezen share)."
            }
            ErrorKind::IsADirectory => "Geef een bestandsnaam, geen map.",
            ErrorKind::NotADirectory => {
                "Controleer het pad: er staat een bestand waar een map hoort."
            }
            ErrorKind::ResourceBusy | ErrorKind::ExecutableFileBusy => {
                "Sluit het programma dat het gebruikt en probeer het opnieuw."
            }
            ErrorKind::TimedOut | ErrorKind::StaleNetworkFileHandle => {
                "Controleer de netwerkverbinding en probeer het opnieuw."
            }
            ErrorKind::BrokenPipe => {
                "Er is niets verloren; geef de opdracht opnieuw om alles te zien."
            }
            _ => "Probeer het opnieuw; blijft het gebeuren, controleer dan de schijf en het pad.",
        }
    }

    fn store_detail(&self, detail: &str) -> Option<&'static str> {
        match detail {
            crate::store::IS_A_DIRECTORY => Some("het is een map"),
            crate::store::NOT_CONTINUED => Some("de kopie is geen vervolg op deze sessie"),
            _ => None,
        }
    }
}
