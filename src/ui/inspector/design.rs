//! With nothing selected: the option on screen (name, notes), the design's title, its
//! sponsors and the analysis thresholds.

use egui::RichText;

use crate::edit::Command;
use crate::ui::actions::Action;
use crate::ui::panel_context::PanelContext;
use crate::ui::widgets::{TextBuffers, committed_text};

/// With nothing selected: the design's title and the analysis thresholds.
pub(super) fn design_ui(ui: &mut egui::Ui, cx: &mut PanelContext, buffers: &mut TextBuffers) {
    let design = cx.design;
    let actions = &mut *cx.actions;
    ui.label("Select a card on the chart or a name in the roster to edit it.");
    ui.separator();
    if let Some(option) = design.scenarios.get(cx.scenario) {
        let heading = if cx.scenario == 0 {
            "This option (the baseline the others are compared with)"
        } else {
            "This option"
        };
        ui.label(RichText::new(heading).strong());
        let key = format!("option/{}", option.id);
        if let Some(name) = committed_text(
            ui,
            buffers,
            "Name",
            &format!("{key}/name"),
            &option.name,
            false,
        ) {
            actions.push(Action::Apply(Command::RenameScenario {
                scenario: cx.scenario,
                name,
            }));
        }
        if let Some(notes) = committed_text(
            ui,
            buffers,
            "Notes",
            &format!("{key}/notes"),
            &option.notes,
            true,
        ) {
            actions.push(Action::Apply(Command::SetScenarioNotes {
                scenario: cx.scenario,
                notes,
            }));
        }
        ui.separator();
    }
    ui.label(RichText::new("Design").strong());
    if let Some(title) = committed_text(ui, buffers, "Title", "design/title", &design.title, false)
    {
        actions.push(Action::Apply(Command::SetDesignTitle { title }));
    }
    ui.separator();
    ui.label(RichText::new("Sponsors (outside IT)").strong());
    if design.sponsors.is_empty() {
        ui.label(RichText::new("None yet: use Add sponsor in the Option menu.").weak());
    }
    for sponsor in &design.sponsors {
        let key = format!("sponsor/{}", sponsor.id);
        ui.horizontal(|ui| {
            if let Some(name) = committed_text(
                ui,
                buffers,
                "Name",
                &format!("{key}/name"),
                &sponsor.name,
                false,
            ) {
                actions.push(Action::Apply(Command::EditSponsor {
                    sponsor: sponsor.id.clone(),
                    name,
                    executive: sponsor.executive.clone(),
                }));
            }
        });
        if let Some(executive) = committed_text(
            ui,
            buffers,
            "Led by",
            &format!("{key}/executive"),
            &sponsor.executive,
            false,
        ) {
            actions.push(Action::Apply(Command::EditSponsor {
                sponsor: sponsor.id.clone(),
                name: sponsor.name.clone(),
                executive,
            }));
        }
    }
    ui.separator();
    ui.label(RichText::new("Analysis thresholds").strong());
    let s = &design.settings;
    let fields: [(&str, &str, String); 4] = [
        (
            "Skill fit below (%)",
            "settings/fit",
            format!("{}", (s.skill_fit_min * 100.0).round()),
        ),
        (
            "Work style outside range by (points)",
            "settings/style",
            format!("{}", s.style_tolerance),
        ),
        (
            "Direct reports more than",
            "settings/span",
            s.span_max.to_string(),
        ),
        (
            "Layers below the CIO more than",
            "settings/layers",
            s.layers_max.to_string(),
        ),
    ];
    for (i, (label, key, value)) in fields.iter().enumerate() {
        let Some(text) = committed_text(ui, buffers, label, key, value, false) else {
            continue;
        };
        let mut next = s.clone();
        let parsed = text.trim().replace(',', ".").parse::<f32>();
        let ok = match (i, parsed) {
            (0, Ok(v)) if (0.0..=100.0).contains(&v) => {
                next.skill_fit_min = v / 100.0;
                true
            }
            (1, Ok(v)) if (0.0..=4.0).contains(&v) => {
                next.style_tolerance = v;
                true
            }
            (2, Ok(v)) if v >= 1.0 && v.fract() == 0.0 => {
                next.span_max = v as u32;
                true
            }
            (3, Ok(v)) if v >= 1.0 && v.fract() == 0.0 => {
                next.layers_max = v as u32;
                true
            }
            _ => false,
        };
        if ok {
            actions.push(Action::Apply(Command::SetSettings(next)));
        } else {
            actions.push(Action::Refuse(format!(
                "\"{text}\" is not a valid value for \"{label}\"; the value is unchanged."
            )));
        }
    }
    let mut as_warning = s.style_as_warning;
    if ui
        .checkbox(&mut as_warning, "Work-style differences are warnings")
        .on_hover_text(
            "Work style is a soft signal, so differences are information by default; tick to \
             count them as warnings",
        )
        .changed()
    {
        let mut next = s.clone();
        next.style_as_warning = as_warning;
        actions.push(Action::Apply(Command::SetSettings(next)));
    }
}
