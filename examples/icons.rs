//! Draws Orgsplit's icon (assets/icons/orgsplit.svg) as the PNGs beside it:
//! `cargo run --example icons` after changing the SVG.

use orgsplit::export::icon::{ICON_SIZES, icon_png};

fn main() -> Result<(), String> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icons");
    for size in ICON_SIZES {
        let path = folder.join(format!("orgsplit-{size}.png"));
        std::fs::write(&path, icon_png(size)?).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
