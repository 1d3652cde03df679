//! The `spanning` binary: parses the command line and hands over to the
//! library. Errors are printed in the user's language as one clear line.

use std::io::Write;
use std::process::ExitCode;

use spanning::cli;

fn main() -> ExitCode {
    let env = |k: &str| std::env::var(k).ok();
    let args = cli::parse(std::env::args_os().collect(), env);
    // An unknown `--lang` is reported in the environment's language.
    let lang = cli::choose_lang(args.lang.as_deref(), env).unwrap_or_else(|_| cli::env_lang(env));
    match cli::run(args) {
        Ok(code) => code,
        Err(error) => {
            // Not `eprintln!`: it panics when the terminal is gone.
            // Errors name files, and file names come from whoever filled
            // the folder: nothing in them may drive the terminal.
            let text = format!("{error:#}");
            let _ = writeln!(
                std::io::stderr(),
                "{}: {}",
                lang.words().error(),
                spanning::sanitize::for_terminal(&text)
            );
            ExitCode::FAILURE
        }
    }
}
