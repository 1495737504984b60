//! Orgsplit's icon: one SVG (`assets/icons/orgsplit.svg`) drawn as the PNGs the window,
//! the desktop and the packages use. The PNGs are kept beside the SVG (`cargo run --example
//! icons` draws them again) and a test checks they are what the SVG draws.

use resvg::{tiny_skia, usvg};

/// The icon's source.
pub const ICON_SVG: &str = include_str!("../../assets/icons/orgsplit.svg");

/// The sizes the packages install (hicolor `48x48`, `128x128`, `256x256`).
pub const ICON_SIZES: [u32; 3] = [48, 128, 256];

/// The icon drawn `size` pixels square, as PNG.
pub fn icon_png(size: u32) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_str(ICON_SVG, &usvg::Options::default())
        .map_err(|e| format!("the icon could not be read: {e}"))?;
    let mut pixmap = tiny_skia::Pixmap::new(size, size)
        .ok_or_else(|| "the icon could not be drawn (no memory for it)".to_owned())?;
    let scale = size as f32 / tree.size().width();
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| format!("the icon could not be encoded: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pixels(png: &[u8]) -> (u32, u32, Vec<u8>) {
        let p = tiny_skia::Pixmap::decode_png(png).expect("a PNG");
        (p.width(), p.height(), p.data().to_vec())
    }

    #[test]
    fn the_shipped_pngs_are_what_the_svg_draws() {
        let shipped: [&[u8]; 3] = [
            include_bytes!("../../assets/icons/orgsplit-48.png"),
            include_bytes!("../../assets/icons/orgsplit-128.png"),
            include_bytes!("../../assets/icons/orgsplit-256.png"),
        ];
        for (size, png) in ICON_SIZES.into_iter().zip(shipped) {
            let drawn = icon_png(size).expect("draws");
            let (w, h, data) = pixels(png);
            assert_eq!((w, h), (size, size));
            assert!(data.iter().any(|&b| b != 0), "{size} px is not empty");
            assert_eq!(
                pixels(&drawn).2,
                data,
                "{size} px: run cargo run --example icons"
            );
        }
    }
}
