//! People marked absent when the meeting is set up (process.md, "Work
//! between meetings": someone can be marked absent before the check-in).
//! Typed as `Name: reason; Name: reason` (the reason is optional), matched
//! to the participants ignoring case and accents. The shell records each
//! as a presence change the moment the session opens, exactly as marking
//! them absent on the opening screen does.

use super::fold::fold;
use super::setup::{Participant, PersonId};

/// Someone absent from the start, and why if said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Absent {
    /// Who.
    pub person: PersonId,
    /// Why, if said ("on leave").
    pub reason: Option<String>,
}

/// Why the absent list could not be read; worded by `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AbsentProblem {
    /// A name that is not among the participants.
    Unknown {
        /// The name as typed.
        given: String,
    },
    /// The same person twice.
    Twice {
        /// Their name.
        name: String,
    },
    /// Everyone marked absent: nobody would take part.
    Everyone,
}

/// Reads `Name: reason; Name` against `participants`. Empty parts are
/// skipped, so a trailing `;` is harmless.
pub fn parse_absent(
    text: &str,
    participants: &[Participant],
) -> Result<Vec<Absent>, AbsentProblem> {
    let mut out: Vec<Absent> = Vec::new();
    for part in text.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (name, reason) = match part.split_once(':') {
            Some((name, reason)) => (name.trim(), Some(reason.trim()).filter(|r| !r.is_empty())),
            None => (part, None),
        };
        let wanted = fold(name);
        let Some(index) = participants.iter().position(|p| fold(&p.name) == wanted) else {
            return Err(AbsentProblem::Unknown {
                given: name.to_owned(),
            });
        };
        let person = PersonId(index as u32);
        if out.iter().any(|a| a.person == person) {
            return Err(AbsentProblem::Twice {
                name: participants[index].name.clone(),
            });
        }
        out.push(Absent {
            person,
            reason: reason.map(str::to_owned),
        });
    }
    if !participants.is_empty() && out.len() == participants.len() {
        return Err(AbsentProblem::Everyone);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people() -> Vec<Participant> {
        Participant::parse_list("Ana, Bram (Infra), Chloë, Dewi")
    }

    #[test]
    fn names_with_and_without_reasons() {
        let absent = parse_absent(" bram: on leave ; CHLOE ;", &people()).expect("read");
        assert_eq!(
            absent,
            vec![
                Absent {
                    person: PersonId(1),
                    reason: Some("on leave".into())
                },
                Absent {
                    person: PersonId(2),
                    reason: None
                },
            ]
        );
        assert_eq!(parse_absent("", &people()), Ok(Vec::new()));
    }

    #[test]
    fn unknown_twice_or_everyone_is_refused() {
        assert_eq!(
            parse_absent("Brm: sick", &people()),
            Err(AbsentProblem::Unknown {
                given: "Brm".into()
            })
        );
        assert_eq!(
            parse_absent("Bram; bram: ill", &people()),
            Err(AbsentProblem::Twice {
                name: "Bram".into()
            })
        );
        assert_eq!(
            parse_absent("Ana; Bram; Chloë; Dewi", &people()),
            Err(AbsentProblem::Everyone)
        );
    }
}
