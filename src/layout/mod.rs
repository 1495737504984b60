//! Pure geometry for the org chart: where every card goes. Nothing here knows about egui.

mod org_chart;
mod tidy_tree;

pub use org_chart::{
    CARD_WIDTH, CardSizes, ChartItem, LinkKind, ORG_HEIGHT, OrgChart, PERSON_HEIGHT, TEAM_HEIGHT,
    build_org_chart, depths, lay_out, lay_out_folded, lay_out_sized,
};
pub use tidy_tree::{LayoutNode, Placed, Spacing, layout_forest};
