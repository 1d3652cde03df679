//! The `spanning` binary: parses the command line and hands over to the
//! library. Errors are printed in the user's language as one clear line.

use std::process::ExitCode;

use clap::Parser;
use spanning::cli::{self, Cli};
use spanning::text::Lang;

fn main() -> ExitCode {
    let args = Cli::parse();
    let lang =
        cli::choose_lang(args.lang.as_deref(), |k| std::env::var(k).ok()).unwrap_or(Lang::En);
    match cli::run(args) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("{}: {error:#}", lang.words().error());
            ExitCode::FAILURE
        }
    }
}
