//! Commands on the design as a whole: its title and its settings (analysis thresholds,
//! privacy and pseudonyms).

use crate::model::{Design, Settings};

/// Takes `next` as the design: everything in it was reviewed before this edit.
pub(super) fn adopt(
    d: &mut Design,
    next: &Design,
    what: &str,
    message: &str,
) -> Result<String, String> {
    if d == next {
        return Err(format!("The {what} changes nothing."));
    }
    *d = next.clone();
    Ok(message.to_owned())
}

pub(super) fn set_title(d: &mut Design, title: &str) -> Result<String, String> {
    d.title = title.trim().to_owned();
    Ok("Changed the design title.".into())
}

/// Replaces the settings, saying in words what changed for the user.
pub(super) fn set_settings(d: &mut Design, settings: &Settings) -> Result<String, String> {
    let before = d.settings.privacy;
    d.settings = settings.clone();
    let after = settings.privacy;
    let on_off = |on: bool| if on { "on" } else { "off" };
    Ok(if before.hide_sensitive != after.hide_sensitive {
        format!(
            "Privacy mode {}: cost, flight risk and work-style scores are {}.",
            on_off(after.hide_sensitive),
            if after.hide_sensitive {
                "hidden"
            } else {
                "shown"
            }
        )
    } else if before.pseudonymise != after.pseudonymise {
        format!(
            "Pseudonyms {}: the chart and exports show {}.",
            on_off(after.pseudonymise),
            if after.pseudonymise {
                "\"Person 17 — team\" instead of names"
            } else {
                "names"
            }
        )
    } else {
        "Changed the analysis thresholds.".to_owned()
    })
}
