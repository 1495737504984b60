//! What a finding is.

use serde::Serialize;

/// How bad a finding is. Ordered most severe first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error = 0,
    Warning = 1,
    Info = 2,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }

    /// A letter that reads without colour: E, W, I.
    pub fn letter(self) -> &'static str {
        match self {
            Severity::Error => "E",
            Severity::Warning => "W",
            Severity::Info => "I",
        }
    }
}

/// Which rule produced a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    KeyPersonRisk,
    CoverageGap,
    SkillMismatch,
    WorkStyleMismatch,
    SoleHolder,
    SpanOfControl,
    TooManyLayers,
    CrossOrgReporting,
    CrossTeamReporting,
    NoLeader,
    Unplaced,
}

impl FindingKind {
    /// Heading used to group findings in the panel.
    pub fn label(self) -> &'static str {
        match self {
            FindingKind::KeyPersonRisk => "Key-person risk",
            FindingKind::CoverageGap => "Coverage gap / knowledge drain",
            FindingKind::SkillMismatch => "Skill mismatch",
            FindingKind::WorkStyleMismatch => "Work-style difference",
            FindingKind::SoleHolder => "Sole holder",
            FindingKind::SpanOfControl => "Span of control",
            FindingKind::TooManyLayers => "Too many layers",
            FindingKind::CrossOrgReporting => "Cross-organisation reporting line",
            FindingKind::CrossTeamReporting => "Reporting line into another team",
            FindingKind::NoLeader => "No leader",
            FindingKind::Unplaced => "Unplaced",
        }
    }

    pub const ALL: [FindingKind; 11] = [
        FindingKind::KeyPersonRisk,
        FindingKind::CoverageGap,
        FindingKind::SkillMismatch,
        FindingKind::WorkStyleMismatch,
        FindingKind::SoleHolder,
        FindingKind::SpanOfControl,
        FindingKind::TooManyLayers,
        FindingKind::CrossOrgReporting,
        FindingKind::CrossTeamReporting,
        FindingKind::NoLeader,
        FindingKind::Unplaced,
    ];
}

/// Who or what a finding is about: an index into the design's people or units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Subject {
    Person(usize),
    Unit(usize),
}

/// One problem, explained in one line with its numbers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub kind: FindingKind,
    pub severity: Severity,
    pub subject: Subject,
    pub message: String,
}
