//! Frame cost of the whole app against a bare egui_graphs `GraphView` (default shapes, labels
//! always on, fit to screen) on trees of the same size, both driven through egui_kittest at
//! 1600×1000, median of 30 frames after 10 to settle: the app at rest (nobody touches the
//! chart, so it is painted without egui_graphs) and with the pointer moving over the chart
//! (drawn by egui_graphs, as while the user works), both at "fit to view" (for large designs
//! the overview of aggregates), then with the pointer moving zoomed in on a card. Run with
//! `cargo run --release --example frame_bench`. Figures only: nothing here passes or fails.

use std::time::{Duration, Instant};

use egui_graphs::{DefaultEdgeShape, DefaultNodeShape, Graph, SettingsStyle};
use egui_kittest::Harness;
use orgsplit::edit::Document;
use orgsplit::layout::ChartItem;
use orgsplit::model::generate::generated_design;
use orgsplit::ui::{Action, OrgsplitApp};
use petgraph::stable_graph::{DefaultIx, StableGraph};

const SIZE: [f32; 2] = [1600.0, 1000.0];

/// Median time of one frame. With `moving`, the pointer moves a pixel over the chart before
/// every frame, so the app's chart goes through egui_graphs (a resting chart does not).
fn median_frame<S>(h: &mut Harness<'_, S>, moving: bool) -> Duration {
    h.run_steps(10);
    let mut times: Vec<Duration> = (0..30)
        .map(|k| {
            if moving {
                h.hover_at(egui::pos2(700.0 + (k % 2) as f32, 500.0));
            }
            let start = Instant::now();
            h.step();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// The same reporting tree as the app shows, as a plain graph.
fn bare_graph(
    people: usize,
) -> Graph<String, (), petgraph::Directed, DefaultIx, DefaultNodeShape, DefaultEdgeShape> {
    let design = generated_design(people, 12, 42);
    let mut g: StableGraph<String, ()> = StableGraph::new();
    let nodes: Vec<_> = design
        .people
        .iter()
        .map(|p| g.add_node(p.name.clone()))
        .collect();
    let index: std::collections::HashMap<&str, usize> = design
        .people
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    for p in &design.scenarios[0].placements {
        if let (Some(m), Some(&c)) = (p.manager.as_deref(), index.get(p.person.as_str()))
            && let Some(&m) = index.get(m)
        {
            g.add_edge(nodes[m], nodes[c], ());
        }
    }
    egui_graphs::to_graph(&g)
}

/// Median and slowest frame while a person card is dragged across its neighbours: the drop
/// preview works out the move's outcome whenever the card under the pointer changes.
fn median_drag_frame(h: &mut Harness<'_, OrgsplitApp>, people: usize) -> (Duration, Duration) {
    let card = ChartItem::Person(people / 2);
    h.state_mut().queue(Action::SelectAndCentre(card));
    h.run_steps(5);
    let Some(start) = h.state().chart_view().screen_pos(card) else {
        return (Duration::ZERO, Duration::ZERO);
    };
    h.hover_at(start);
    h.step();
    h.drag_at(start);
    h.step();
    // Towards the card of the person's manager's manager, crossing the cards between.
    let design = h.state().document().design();
    let manager_of = |p: usize| {
        let id = &design.people[p].id;
        let m = design.scenarios[0].placement_of(id)?.manager.clone()?;
        design.people.iter().position(|x| x.id == m)
    };
    let towards = manager_of(people / 2)
        .and_then(|m| manager_of(m).or(Some(m)))
        .and_then(|m| h.state().chart_view().screen_pos(ChartItem::Person(m)))
        .unwrap_or(start + egui::vec2(300.0, -200.0));
    let mut times: Vec<Duration> = (1..=30)
        .map(|k| {
            h.hover_at(start.lerp(towards, k as f32 / 30.0));
            let begin = Instant::now();
            h.step();
            begin.elapsed()
        })
        .collect();
    let dragging = h.state().chart_view().is_dragging();
    h.drop_at(start);
    h.step();
    if !dragging {
        // The press did not start a drag: zeros rather than a figure for something else.
        return (Duration::ZERO, Duration::ZERO);
    }
    times.sort();
    (times[times.len() / 2], times[times.len() - 1])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    println!(
        "{:>8} | {:>12} | {:>12} | {:>14} | {:>21} | {:>11} | {:>22}",
        "people",
        "app at rest",
        "app, pointer",
        "pointer, cards",
        "dragging (med / max)",
        "bare graph",
        "ratio rest/ptr/cards"
    );
    for people in [68, 2_000, 10_000] {
        let doc = Document::unsaved(generated_design(people, 12, 42));
        let mut app = Harness::builder().with_size(SIZE).build_ui_state(
            |ui, app: &mut OrgsplitApp| app.show(ui),
            OrgsplitApp::with_document(doc),
        );
        let app_t = median_frame(&mut app, false);
        let active_t = median_frame(&mut app, true);
        let (drag_t, drag_max) = median_drag_frame(&mut app, people);
        // Zoomed in on a card (where people are moved), not the fitted overview.
        let cards_t = median_frame(&mut app, true);
        let style = SettingsStyle::new().with_labels_always(true);
        let mut bare = Harness::builder().with_size(SIZE).build_ui_state(
            move |ui,
                  g: &mut Graph<
                String,
                (),
                petgraph::Directed,
                DefaultIx,
                DefaultNodeShape,
                DefaultEdgeShape,
            >| {
                egui_graphs::DefaultGraphView::new()
                    .with_styles(&style)
                    .show(ui, g);
            },
            bare_graph(people),
        );
        let bare_t = median_frame(&mut bare, true);
        println!(
            "{people:>8} | {:>9.2} ms | {:>9.2} ms | {:>11.2} ms | {:>7.2} / {:>7.2} ms | {:>8.2} ms | {:>6.2} / {:>5.2} / {:>5.2}",
            ms(app_t),
            ms(active_t),
            ms(cards_t),
            ms(drag_t),
            ms(drag_max),
            ms(bare_t),
            ms(app_t) / ms(bare_t),
            ms(active_t) / ms(bare_t),
            ms(cards_t) / ms(bare_t)
        );
    }
}
