//! The RON text form of a design: one canonical, pretty-printed layout so that re-saving an
//! unchanged design reproduces the file byte for byte.

use ron::ser::PrettyConfig;

use crate::model::Design;

/// Nesting deeper than this is refused by the parser (a guard against hostile files).
const RECURSION_LIMIT: usize = 128;

fn pretty() -> PrettyConfig {
    PrettyConfig::new()
        .depth_limit(4)
        .indentor("    ".to_string())
        .new_line("\n".to_string())
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
}

/// Serialises a design in the canonical form, ending with a newline.
pub fn to_ron(design: &Design) -> Result<String, ron::Error> {
    let mut text = ron::Options::default().to_string_pretty(design, pretty())?;
    text.push('\n');
    Ok(text)
}

/// Parses RON text into a design without validating references.
pub fn from_ron<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, ron::error::SpannedError> {
    ron::Options::default()
        .with_recursion_limit(RECURSION_LIMIT)
        .from_str(text)
}
