//! README.md's "Keys" section must list exactly the keys the app obeys, per
//! screen: a key in the table but not in the README, or in the README but
//! not in the table, fails here. Regenerate the section with
//! `cargo test --test tui -- --ignored print_keys --nocapture`.

use std::collections::BTreeSet;

use spanning::text::Lang;
use spanning::text::tui::KeyName;
use spanning::tui::keys::{self, Binding, Screen};
use spanning::tui::review::keys::{self as review_keys, ReviewScreen};

/// One table of the Keys section: its heading and the keys it must list.
struct Table {
    heading: &'static str,
    /// Keys of this table (as on the keycap), with what they do.
    own: Vec<(String, String)>,
    /// Keys that work on every screen, listed on one row.
    everywhere: Vec<String>,
}

/// A meeting table's rows: keycap and what it does.
fn rows(bindings: Vec<Binding>) -> Vec<(String, String)> {
    let words = Lang::En.words();
    bindings
        .iter()
        .map(|b| (cap(b), words.key_action(b.action).to_owned()))
        .collect()
}

fn review_heading(screen: ReviewScreen) -> &'static str {
    match screen {
        ReviewScreen::Browser => "Review: past sessions",
        ReviewScreen::Session => "Review: one session",
        ReviewScreen::Replay => "Review: replay",
        ReviewScreen::Carried => "Review: carried-over items",
        ReviewScreen::Due => "Review: agreements due for review",
        ReviewScreen::Metrics => "Review: metric history",
        ReviewScreen::Board => "Review: project board",
        ReviewScreen::Record => "Review: governance record",
        ReviewScreen::RecordHistory => "Review: a role's or policy's history",
    }
}

fn heading(screen: Screen) -> &'static str {
    match screen {
        Screen::Opening => "Opening (before the check-in)",
        Screen::Round => "Rounds (check-in, reactions, closing)",
        Screen::Agenda => "Agenda",
        Screen::Present => "Present proposal",
        Screen::Questions => "Clarifying questions",
        Screen::Amend => "Amend and clarify",
        Screen::Objections => "Objection round",
        Screen::Integration => "Integration",
        Screen::CloseOut => "Close-out",
        Screen::Summary => "Summary (closed session)",
        Screen::Driver => "Consent rules: present the driver and proposal",
        Screen::Consent => "Consent rules: consent round",
        Screen::Resolve => "Consent rules: resolve objections",
        Screen::Describe => "Election: describe the role and term",
        Screen::Nominations => "Election: nominations (hidden until all are in)",
        Screen::Sharing => "Election: nomination sharing round",
        Screen::Changes => "Election: change nominations",
        Screen::Propose => "Election: propose a candidate",
        Screen::Review => "Tactical: checklist, metrics and progress review",
        Screen::Triage => "Tactical: triage of an item",
        Screen::Actions => "Tactical: action review",
    }
}

fn tables() -> Vec<Table> {
    let global = keys::global_bindings();
    let mut out = vec![
        Table {
            heading: "Home screen",
            own: rows(keys::home_bindings()),
            everywhere: Vec::new(),
        },
        Table {
            heading: "Every screen of an open meeting",
            own: rows(global.clone()),
            everywhere: Vec::new(),
        },
    ];
    for screen in Screen::ALL {
        let (everywhere, own): (Vec<Binding>, Vec<Binding>) = keys::bindings(screen)
            .into_iter()
            .partition(|b| global.contains(b));
        out.push(Table {
            heading: heading(screen),
            own: rows(own),
            everywhere: everywhere.iter().map(cap).collect(),
        });
    }
    out.push(Table {
        heading: "People dialog (w)",
        own: rows(keys::people_bindings()),
        everywhere: Vec::new(),
    });
    out.push(Table {
        heading: "Part list (*; digits pick a part by its number)",
        own: rows(keys::parts_bindings()),
        everywhere: Vec::new(),
    });
    let words = Lang::En.words();
    for screen in review_keys::ALL {
        out.push(Table {
            heading: review_heading(screen),
            own: review_keys::bindings(screen)
                .iter()
                .map(|b| (b.cap(words), words.review_action(b.action).to_owned()))
                .collect(),
            everywhere: Vec::new(),
        });
    }
    out
}

fn cap(binding: &Binding) -> String {
    binding.cap(Lang::En.words())
}

/// The Keys section as README.md holds it.
fn section() -> String {
    let words = Lang::En.words();
    let k = |key| words.key_name(key);
    let intro = format!(
        "\
         Generated from the key table (`cargo test --test tui -- --ignored \
         print_keys --nocapture`); `tests/tui/readme_keys.rs` fails if this list and \
         the keys the app obeys drift apart. The `?` key shows the same list on \
         screen.\n\n\
         In every dialog: `{}` saves, `{}` starts a new line, `{}` moves to the \
         next field, `{}` `{}` or a letter choose, `{}` cancels. `{}` leaves at once from \
         anywhere: everything is already saved. The setup screen works the same \
         way.\n",
        k(KeyName::Enter),
        k(KeyName::AltEnter),
        k(KeyName::Tab),
        k(KeyName::Up),
        k(KeyName::Down),
        k(KeyName::Esc),
        k(KeyName::CtrlC),
    );
    let mut out = String::from("## Keys\n\n");
    for paragraph in intro.split("\n\n") {
        out.push_str(&wrap(paragraph.trim(), 76));
        out.push_str("\n\n");
    }
    out.pop();
    for table in tables() {
        out.push_str(&format!(
            "\n### {}\n\n| Key | What it does |\n|---|---|\n",
            table.heading
        ));
        for (key, what) in &table.own {
            out.push_str(&format!("| `{key}` | {what} |\n"));
        }
        if !table.everywhere.is_empty() {
            let caps: Vec<String> = table.everywhere.iter().map(|c| format!("`{c}`")).collect();
            out.push_str(&format!("| {} | as on every screen |\n", caps.join(" ")));
        }
    }
    out
}

/// Greedy word wrap, so the README's prose reads well as plain text too.
fn wrap(text: &str, width: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines.join("\n")
}

/// The README's Keys section: from "## Keys" to the next "## " heading.
fn readme_section() -> String {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let start = readme
        .find("\n## Keys\n")
        .expect("README.md has a \"## Keys\" section");
    let rest = &readme[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |i| i + 4);
    rest[..end].to_owned()
}

/// Keys per "### " heading: every backticked key in a table row's first cell.
fn parse(section: &str) -> Vec<(String, BTreeSet<String>)> {
    let mut out: Vec<(String, BTreeSet<String>)> = Vec::new();
    for line in section.lines() {
        if let Some(h) = line.strip_prefix("### ") {
            out.push((h.trim().to_owned(), BTreeSet::new()));
        } else if let (Some(first), Some((_, table))) = (
            line.strip_prefix('|').and_then(|r| r.split('|').next()),
            out.last_mut(),
        ) {
            for (i, part) in first.split('`').enumerate() {
                if i % 2 == 1 {
                    table.insert(part.to_owned());
                }
            }
        }
    }
    out
}

#[test]
fn readme_lists_every_key_and_no_other() {
    let readme = parse(&readme_section());
    let expected = tables();
    for table in &expected {
        let Some((_, listed)) = readme.iter().find(|(h, _)| h == table.heading) else {
            panic!(
                "README.md's Keys section has no \"### {}\" table",
                table.heading
            );
        };
        let keys: BTreeSet<String> = table
            .own
            .iter()
            .map(|(c, _)| c.clone())
            .chain(table.everywhere.iter().cloned())
            .collect();
        let missing: Vec<_> = keys.difference(listed).collect();
        let unknown: Vec<_> = listed.difference(&keys).collect();
        assert!(
            missing.is_empty() && unknown.is_empty(),
            "README.md, \"{}\": missing {missing:?}, not a key there {unknown:?}",
            table.heading
        );
    }
    for (h, _) in &readme {
        assert!(
            expected.iter().any(|t| t.heading == h),
            "README.md lists keys under \"### {h}\", which is no screen or dialog"
        );
    }
}

#[test]
fn readme_says_what_each_key_does_as_the_app_does() {
    let section = readme_section();
    let expected = tables();
    let mut heading = "";
    for line in section.lines() {
        if let Some(h) = line.strip_prefix("### ") {
            heading = h.trim();
            continue;
        }
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        // "| `k` | what |" splits into ["", "`k`", "what", ""].
        let [_, key, what, _] = cells[..] else {
            continue;
        };
        let Some(cap) = key.strip_prefix('`').and_then(|k| k.strip_suffix('`')) else {
            continue;
        };
        if cap.contains('`') {
            continue; // the "as on every screen" row
        }
        let Some(table) = expected.iter().find(|t| t.heading == heading) else {
            continue;
        };
        if let Some((_, does)) = table.own.iter().find(|(c, _)| c == cap) {
            assert_eq!(
                what, does,
                "README.md, \"{heading}\", `{cap}`: regenerate the Keys section"
            );
        }
    }
}

#[test]
fn the_generated_section_passes_its_own_check() {
    let parsed = parse(&section());
    assert_eq!(parsed.len(), tables().len());
}

#[test]
#[ignore = "prints the Keys section for README.md"]
fn print_keys() {
    print!("{}", section());
}
