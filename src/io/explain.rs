//! RON parser errors retold in Orgsplit's terms: "`level` must be a whole number from 1 to
//! 5" rather than "Integer is out of bounds", always with the line and column.

use ron::error::{Error, SpannedError};

use super::error::LoadErrorKind;

/// What text that is not a design looks like, judged from its first meaningful character;
/// `None` when it may well be a design. Cheap: looks at the start of the text only.
pub fn not_a_design(text: &str) -> Option<LoadErrorKind> {
    let start = skip_blank_and_comments(text);
    let Some(first) = start.chars().next() else {
        return Some(LoadErrorKind::Empty);
    };
    let what = match first {
        '{' | '[' => format!(
            "this looks like JSON (it starts with `{first}`), not an Orgsplit design; designs are RON files that start with `(`"
        ),
        '<' => "this looks like XML or HTML, not an Orgsplit design; designs are RON files that start with `(`".into(),
        _ => return None,
    };
    Some(LoadErrorKind::NotADesign(what))
}

/// Skips white space and `//` / `/* */` comments at the start of `text`.
fn skip_blank_and_comments(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        if let Some(rest) = text.strip_prefix("//") {
            text = rest.find('\n').map_or("", |n| &rest[n..]);
        } else if let Some(rest) = text.strip_prefix("/*") {
            text = rest.find("*/").map_or("", |n| &rest[n + 2..]);
        } else {
            return text;
        }
    }
}

/// A parse error as a load error: line, column and a sentence about the design.
pub fn explain(text: &str, e: &SpannedError) -> LoadErrorKind {
    let (line, column) = (e.span.start.line.max(1), e.span.start.col.max(1));
    let field = field_before(text, line, column);
    if line == 1 && looks_like_a_table(text) {
        return LoadErrorKind::NotADesign(
            "this looks like a table (CSV or similar), not an Orgsplit design; designs are RON files that start with `(`".into(),
        );
    }
    LoadErrorKind::Syntax {
        line,
        column,
        message: sentence(&e.code, field.as_deref()),
    }
}

/// The error at a given place with a message of our own (the version check uses it).
pub fn at_field(text: &str, field: &str, message: String) -> LoadErrorKind {
    let (line, column) = text
        .find(field)
        .map_or((1, 1), |at| line_and_column(text, at));
    LoadErrorKind::Syntax {
        line,
        column,
        message,
    }
}

fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before, |n| &before[n + 1..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// A first line with separators and no RON brackets.
fn looks_like_a_table(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("");
    !first.contains('(')
        && [',', ';', '\t', '|']
            .iter()
            .any(|sep| first.matches(*sep).count() >= 2)
}

/// The name of the field whose value the error is in: the last `name:` before the error on
/// its line or the line above. Used to say which value is wrong.
fn field_before(text: &str, line: usize, column: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().skip(line.saturating_sub(2)).take(2).collect();
    let current = lines.last()?;
    let head: String = current.chars().take(column.saturating_sub(1)).collect();
    let mut candidates = vec![head];
    if lines.len() == 2 {
        candidates.push(lines[0].to_owned());
    }
    candidates.iter().find_map(|chunk| last_field_name(chunk))
}

fn last_field_name(chunk: &str) -> Option<String> {
    let colon = chunk.rfind(':')?;
    let name: String = chunk[..colon]
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!name.is_empty() && !name.starts_with(|c: char| c.is_ascii_digit())).then_some(name)
}

/// How the design's own structs and enums are named in messages.
fn thing(outer: Option<&str>) -> &'static str {
    match outer.unwrap_or("") {
        "Design" => "the design",
        "Person" => "a person",
        "Unit" => "a unit",
        "Skill" => "a skill in the catalogue",
        "Scenario" => "an option (scenario)",
        "Placement" => "a placement",
        "Pin" => "a pinned card",
        "Settings" => "the settings",
        "SkillLevel" => "a person's skill",
        "StyleScore" => "a work-style score",
        "RequiredSkill" => "a required skill",
        "StyleRange" => "a preferred work-style range",
        "Profile" => "a unit's profile",
        "WorkStyleDimension" => "a work-style dimension",
        "FlightRisk" => "flight risk",
        "SkillArea" => "skill area",
        "Mode" => "mode",
        "UnitKind" => "unit kind",
        _ => "this entry",
    }
}

/// What numbers a field may hold, for out-of-range and not-a-number messages.
fn number_rule(field: Option<&str>) -> String {
    match field {
        Some("level" | "score" | "min_level") => {
            format!(
                "`{}` must be a whole number from 1 to 5",
                field.unwrap_or("")
            )
        }
        Some("format_version") => "format_version must be a whole number from 1".into(),
        Some(f @ ("annual_cost" | "min_holders")) => {
            format!("`{f}` must be a whole number from 0 to 4,294,967,295")
        }
        Some(f @ ("span_max" | "layers_max")) => {
            format!("`{f}` must be a whole number from 0 to 4,294,967,295")
        }
        Some(f) => format!("`{f}` must be a whole number in range"),
        None => "this number is out of range".into(),
    }
}

fn one_of(options: &[&str]) -> String {
    match options {
        [] => String::new(),
        [only] => format!("`{only}`"),
        [rest @ .., last] => format!(
            "{} or `{last}`",
            rest.iter()
                .map(|o| format!("`{o}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn sentence(code: &Error, field: Option<&str>) -> String {
    let of_field = |what: &str| match field {
        Some(f) => format!("`{f}` must be {what}"),
        None => format!("{what} was expected here"),
    };
    match code {
        Error::Eof => "the file ends too early; it may have been cut off (is a closing `)` or `]` missing?)".into(),
        Error::ExpectedComma => "a comma is missing between two items".into(),
        Error::ExpectedArray => of_field("a list in square brackets `[ … ]`"),
        Error::ExpectedArrayEnd => "a list is not closed here: a `]` or a comma is missing".into(),
        Error::ExpectedStructLike | Error::ExpectedNamedStructLike(_) => {
            of_field("an entry in parentheses `( … )`")
        }
        Error::ExpectedStructLikeEnd => {
            "a `)` or a comma was expected here; is a comma missing, or a bracket unbalanced?".into()
        }
        Error::ExpectedString => of_field("text in double quotes"),
        Error::ExpectedStringEnd => "a text value is not closed: its closing `\"` is missing".into(),
        Error::ExpectedInteger | Error::InvalidIntegerDigit { .. } | Error::IntegerOutOfBounds => {
            number_rule(field)
        }
        Error::ExpectedFloat | Error::FloatUnderscore => of_field("a number"),
        Error::ExpectedBoolean => of_field("`true` or `false`"),
        Error::ExpectedOption | Error::ExpectedOptionEnd => of_field("`Some( … )` or `None`"),
        Error::ExpectedIdentifier => {
            "a field name (like `name:`) was expected here; is there a stray character or a missing bracket?".into()
        }
        Error::ExpectedMapColon => "a `:` is missing after a field name".into(),
        Error::NoSuchStructField {
            expected,
            found,
            outer,
        } => format!(
            "`{found}` is not a field of {}; is it a typo? The fields are {}",
            thing(outer.as_deref()),
            one_of(expected)
        ),
        Error::MissingStructField { field, outer } => {
            format!("{} is missing its `{field}` field", thing(outer.as_deref()))
        }
        Error::DuplicateStructField { field, outer } => {
            format!("`{field}` appears twice in {}", thing(outer.as_deref()))
        }
        Error::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => format!(
            "`{found}` is not a valid {}; use {}",
            match thing(outer.as_deref()) {
                "this entry" => "value",
                known => known,
            },
            one_of(expected)
        ),
        Error::UnexpectedChar(c) => format!("unexpected character `{c}`"),
        Error::TrailingCharacters => {
            "there is more text after the design's closing `)`".into()
        }
        Error::ExceededRecursionLimit => {
            "brackets are nested more than 128 deep; no Orgsplit design nests like this".into()
        }
        Error::UnclosedBlockComment => "a `/*` comment is never closed".into(),
        Error::InvalidEscape(what) => format!("a text value has an invalid escape: {what}"),
        Error::Message(m) => m.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::io::parse_design;

    fn message(text: &str) -> String {
        match parse_design(text) {
            Err(kind) => super::super::error::describe(&kind),
            Ok(_) => panic!("accepted {text:?}"),
        }
    }

    #[test]
    fn empty_json_xml_and_tables_are_named_for_what_they_are() {
        assert_eq!(message(""), "the file is empty");
        assert_eq!(message("  \n\t\n"), "the file is empty");
        assert_eq!(message("// only a comment\n"), "the file is empty");
        assert!(
            message("{\"format_version\": 1}").starts_with("this looks like JSON"),
            "{}",
            message("{\"format_version\": 1}")
        );
        assert!(message("[1, 2]").starts_with("this looks like JSON"));
        assert!(message("<?xml version=\"1.0\"?><a/>").starts_with("this looks like XML"));
        assert!(
            message("id,name,title\np1,Ana,Dev\n").starts_with("this looks like a table"),
            "{}",
            message("id,name,title\np1,Ana,Dev\n")
        );
    }

    #[test]
    fn a_bad_version_says_what_a_version_is() {
        assert_eq!(
            message("(\n    format_version: -1,\n)"),
            "line 2, column 5: format_version must be a whole number from 1, found -1"
        );
        assert_eq!(
            message("(format_version: \"two\")"),
            "line 1, column 2: format_version must be a whole number from 1, found \"two\""
        );
    }

    #[test]
    fn values_out_of_range_name_their_field_and_range() {
        let text = crate::io::SAMPLE_RON.replacen("level: 5", "level: -5", 1);
        let m = message(&text);
        assert!(
            m.ends_with("`level` must be a whole number from 1 to 5"),
            "{m}"
        );
        assert!(m.starts_with("line "), "{m}");
    }

    #[test]
    fn typos_in_field_names_and_enum_values_are_explained() {
        let text = crate::io::SAMPLE_RON.replacen("flight_risk: High", "flight_risk: Hgh", 1);
        let m = message(&text);
        assert!(
            m.ends_with(
                "`Hgh` is not a valid flight risk; use `Unknown`, `Low`, `Medium` or `High`"
            ),
            "{m}"
        );
        let text = crate::io::SAMPLE_RON.replacen("notes:", "nots:", 1);
        let m = message(&text);
        assert!(
            m.contains("`nots` is not a field of the design; is it a typo?"),
            "{m}"
        );
    }

    #[test]
    fn a_cut_off_file_says_so() {
        let text = crate::io::SAMPLE_RON;
        let half = &text[..text[..text.len() / 2].rfind('\n').expect("lines")];
        let m = message(half);
        assert!(m.contains("the file ends too early"), "{m}");
    }
}
