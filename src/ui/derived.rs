//! One cache of everything derived from the document: computed once per document revision
//! and scenario, and thrown away the moment either changes. Revisions are unique across all
//! documents of the process (see [`Document`]), so New, Open and a recovery can never be
//! shown with figures of the design before them.

use std::cell::{OnceCell, RefCell};

use crate::analysis::{
    Analysis, CoverageTarget, OrgKnowledge, Pairing, analyse, cross_training_plan, knowledge_of,
};
use crate::edit::Document;
use crate::model::Design;

/// What the panels, status bar and chart show about the open scenario.
#[derive(Default)]
pub struct Derived {
    key: Option<(u64, usize)>,
    analysis: Analysis,
    /// Knowledge risk, worked out the first time the Knowledge tab asks for it.
    knowledge: OnceCell<Vec<OrgKnowledge>>,
    /// The last cross-training plan worked out, and the target it was for.
    plan: RefCell<Option<(CoverageTarget, Vec<Pairing>)>>,
}

impl Derived {
    /// Brings the cache up to date with `doc`; cheap when nothing changed.
    pub fn refresh(&mut self, doc: &Document) {
        let key = (doc.revision(), doc.scenario_index());
        if self.key != Some(key) {
            self.analysis = analyse(doc.design(), key.1);
            self.knowledge = OnceCell::new();
            self.plan = RefCell::new(None);
            self.key = Some(key);
        }
    }

    /// Takes `analysis` as the analysis of `doc`'s design and option as they are now: for a
    /// drop whose preview analysed the very design it leaves.
    pub fn adopt(&mut self, doc: &Document, analysis: Analysis) {
        self.analysis = analysis;
        self.knowledge = OnceCell::new();
        self.plan = RefCell::new(None);
        self.key = Some((doc.revision(), doc.scenario_index()));
    }

    /// Knowledge risk of the scenario last refreshed (`design` is the document's).
    pub fn knowledge(&self, design: &Design) -> &[OrgKnowledge] {
        self.knowledge
            .get_or_init(|| knowledge_of(design, &self.analysis))
    }

    /// The cross-training plan for `target` in the scenario last refreshed, worked out again
    /// only when the target or the document changes.
    pub fn plan(&self, design: &Design, target: CoverageTarget) -> Vec<Pairing> {
        if let Some((t, plan)) = &*self.plan.borrow()
            && *t == target
        {
            return plan.clone();
        }
        let scenario = self.key.map_or(0, |k| k.1);
        let plan = cross_training_plan(
            design,
            scenario,
            self.knowledge(design),
            &self.analysis.fits,
            target,
        );
        *self.plan.borrow_mut() = Some((target, plan.clone()));
        plan
    }

    /// Findings, fits, head-counts and costs of the scenario last refreshed.
    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, TEMPLATE_RON, builtin};

    #[test]
    fn another_document_is_never_served_from_the_cache() {
        let mut derived = Derived::default();
        let sample = Document::unsaved(builtin(SAMPLE_RON));
        derived.refresh(&sample);
        let sample_people: usize = derived
            .analysis()
            .organisations
            .iter()
            .map(|o| o.total.people)
            .sum();
        let blank = Document::unsaved(builtin(TEMPLATE_RON));
        assert_ne!(sample.revision(), blank.revision());
        derived.refresh(&blank);
        let blank_people: usize = derived
            .analysis()
            .organisations
            .iter()
            .map(|o| o.total.people)
            .sum();
        assert_eq!(
            blank_people,
            analyse(blank.design(), 0)
                .organisations
                .iter()
                .map(|o| o.total.people)
                .sum::<usize>()
        );
        assert_ne!(sample_people, blank_people);
    }
}
