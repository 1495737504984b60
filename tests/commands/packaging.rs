//! The desktop integration the packages install is valid: the launcher entry (the keys a
//! desktop needs, and `desktop-file-validate` where it is installed), and the design file
//! type, whose content rule matches Orgsplit's designs — small and large — and not other
//! RON files.

use std::path::Path;
use std::process::Command;

use orgsplit::io::{SAMPLE_RON, to_ron};
use orgsplit::model::generate::generated_design;

fn packaging(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("packaging")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_launcher_entry_has_what_a_desktop_needs() {
    let text = packaging("orgsplit.desktop");
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("[Desktop Entry]"));
    let mut keys = std::collections::HashMap::new();
    for line in lines.filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let (key, value) = line
            .split_once('=')
            .unwrap_or_else(|| panic!("not a key=value line: {line}"));
        assert!(keys.insert(key, value).is_none(), "{key} given twice");
    }
    assert_eq!(keys["Type"], "Application");
    assert_eq!(keys["Exec"], "orgsplit %f");
    assert_eq!(keys["Icon"], "orgsplit");
    assert!(keys["Categories"].split(';').any(|c| c == "Office"));
    let types: Vec<&str> = keys["MimeType"].split(';').collect();
    for wanted in [
        "application/x-orgsplit-design",
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.spreadsheet",
    ] {
        assert!(types.contains(&wanted), "{wanted} is not associated");
    }
    // Where the freedesktop.org validator is installed, it agrees.
    let validator = Command::new("desktop-file-validate")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/orgsplit.desktop"))
        .output();
    if let Ok(out) = validator {
        assert!(
            out.status.success() && out.stdout.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

/// Whether `text` matches the design type's content rule: every nested string match found
/// within its offset range, as shared-mime-info reads it.
fn matches_design_type(text: &str) -> bool {
    let xml = packaging("orgsplit-mime.xml");
    let doc = roxmltree::Document::parse(&xml).expect("the MIME XML parses");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "mime-info");
    let kind = root
        .children()
        .find(|n| n.has_tag_name("mime-type"))
        .expect("one type");
    assert_eq!(
        kind.attribute("type"),
        Some("application/x-orgsplit-design")
    );
    assert!(
        !kind.children().any(|n| n.has_tag_name("glob")),
        "no glob: other .ron files are left alone"
    );
    let magic = kind
        .children()
        .find(|n| n.has_tag_name("magic"))
        .expect("a content rule");
    let mut rule = magic.children().find(|n| n.has_tag_name("match"));
    let mut all = true;
    while let Some(m) = rule {
        assert_eq!(m.attribute("type"), Some("string"));
        let value = m.attribute("value").expect("a value");
        let (from, to) = m
            .attribute("offset")
            .and_then(|o| o.split_once(':'))
            .map(|(a, b)| {
                (
                    a.parse::<usize>().expect("from"),
                    b.parse::<usize>().expect("to"),
                )
            })
            .expect("an offset range");
        let window = &text.as_bytes()[from.min(text.len())..(to + value.len()).min(text.len())];
        all &= window.windows(value.len()).any(|w| w == value.as_bytes());
        rule = m.children().find(|n| n.has_tag_name("match"));
    }
    all
}

#[test]
fn the_design_type_recognises_designs_by_content_and_no_other_ron() {
    assert!(matches_design_type(SAMPLE_RON));
    let large = to_ron(&generated_design(10_000, 12, 3)).expect("ser");
    assert!(matches_design_type(&large));
    assert!(!matches_design_type("(name: \"a scene\", entities: [])\n"));
    assert!(!matches_design_type("(\n    title: \"no version\",\n)\n"));
}

#[test]
fn one_command_packages_and_the_readme_says_which() {
    let script = packaging("linux.sh");
    assert!(script.contains("dpkg-deb --root-owner-group --build"));
    assert!(script.contains("tar -C"));
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README");
    let install = readme.find("## Install").expect("an Install section");
    assert!(install < readme.find("## Getting started").expect("Getting started"));
    assert!(readme[install..].contains("bash packaging/linux.sh"));
}
