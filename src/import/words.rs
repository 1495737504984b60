//! What the cells of an export say: which organisation a team's name suggests, and amounts
//! as HR systems write them ("£42,000", "42.000,50 €").

use crate::model::Mode;

const LEGACY_WORDS: [&str; 12] = [
    "mainframe",
    "data centre",
    "data center",
    "datacentre",
    "datacenter",
    "infrastructure",
    "erp",
    "network",
    "service desk",
    "core system",
    "database",
    "hosting",
];
const INTERACTION_WORDS: [&str; 11] = [
    "digital",
    "social",
    "crm",
    "e-commerce",
    "ecommerce",
    "analytics",
    "marketing",
    "web",
    "mobile",
    "customer",
    "loyalty",
];

/// The organisation a team's name suggests, or `None` when no keyword of ours says.
pub fn suggest_mode(team: &str) -> Option<Mode> {
    let t = format!(" {} ", team.to_lowercase());
    let has = |words: &[&str]| {
        words.iter().any(|w| {
            t.match_indices(w).any(|(i, _)| {
                let before = t[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                let after = t[i + w.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
                before && after
            })
        })
    };
    match (has(&LEGACY_WORDS), has(&INTERACTION_WORDS)) {
        (true, false) => Some(Mode::Legacy),
        (false, true) => Some(Mode::Interaction),
        _ => None,
    }
}

/// The organisation most of a team's hints name ("Legacy", "Interaction", or words our
/// keywords know, such as "Digital"), when more than half of them name the same one.
pub(super) fn hinted_mode<'a>(hints: impl Iterator<Item = &'a str>) -> Option<Mode> {
    let (mut legacy, mut interaction, mut total) = (0usize, 0usize, 0usize);
    for hint in hints {
        let h = hint.to_lowercase();
        let mode = if h.contains("legacy") {
            Some(Mode::Legacy)
        } else if h.contains("interaction") {
            Some(Mode::Interaction)
        } else {
            suggest_mode(&h)
        };
        total += 1;
        match mode {
            Some(Mode::Legacy) => legacy += 1,
            Some(Mode::Interaction) => interaction += 1,
            _ => {}
        }
    }
    if legacy * 2 > total {
        Some(Mode::Legacy)
    } else if interaction * 2 > total {
        Some(Mode::Interaction)
    } else {
        None
    }
}

/// A cell that should hold an amount but does not ("N/D", "-5", "lots").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAnAmount;

/// "£42,000", "42.000,50 €", "USD 1,234" → whole units; `Err` for what is not an amount.
pub fn parse_amount(text: &str) -> Result<Option<u32>, NotAnAmount> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.starts_with('-') {
        return Err(NotAnAmount);
    }
    let kept: String = t
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    if !kept.chars().any(|c| c.is_ascii_digit()) {
        return Err(NotAnAmount);
    }
    // The last separator is decimal when two kinds appear, or when a single one is not
    // followed by exactly three digits; every other separator groups thousands.
    let last = kept.rfind([',', '.']);
    let decimal_at = last.filter(|&i| {
        let (commas, dots) = (kept.matches(',').count(), kept.matches('.').count());
        let digits_after = kept.len() - i - 1;
        (commas > 0 && dots > 0) || ((commas + dots) == 1 && digits_after != 3)
    });
    let (whole, fraction) = match decimal_at {
        Some(i) => (&kept[..i], &kept[i + 1..]),
        None => (kept.as_str(), ""),
    };
    let whole: String = whole.chars().filter(char::is_ascii_digit).collect();
    let value: f64 = format!("{}.{}", if whole.is_empty() { "0" } else { &whole }, {
        let f: String = fraction.chars().filter(char::is_ascii_digit).collect();
        if f.is_empty() { "0".to_owned() } else { f }
    })
    .parse()
    .map_err(|_| NotAnAmount)?;
    if value > f64::from(u32::MAX) {
        return Err(NotAnAmount);
    }
    Ok(Some(value.round() as u32))
}
