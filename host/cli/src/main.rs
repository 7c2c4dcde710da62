//! The `tidegate` command line. See `tidegate --help` and the README for
//! exit codes.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
