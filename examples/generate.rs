//! Writes a generated design of N people, for trying the app on a large organisation:
//! `cargo run --release --example generate -- 10000 big.ron`.

use orgsplit::io::save_design;
use orgsplit::model::generate::generated_design;

fn main() {
    let mut args = std::env::args().skip(1);
    let people: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let path = args
        .next()
        .unwrap_or_else(|| format!("generated-{people}.ron"));
    match save_design(
        std::path::Path::new(&path),
        &generated_design(people, 12, 42),
    ) {
        Ok(()) => println!("Wrote {people} people to {path}"),
        Err(why) => {
            eprintln!("{why}");
            std::process::exit(2);
        }
    }
}
