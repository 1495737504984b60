use proptest::prelude::*;

use super::*;

fn card(parent: Option<usize>) -> LayoutNode {
    LayoutNode {
        width: 200.0,
        height: 60.0,
        parent,
    }
}

fn overlaps(a: (&LayoutNode, &Placed), b: (&LayoutNode, &Placed)) -> bool {
    let dx = (a.1.x - b.1.x).abs();
    let dy = (a.1.y - b.1.y).abs();
    dx < (a.0.width + b.0.width) / 2.0 - 0.01 && dy < (a.0.height + b.0.height) / 2.0 - 0.01
}

fn assert_no_overlap(nodes: &[LayoutNode], placed: &[Placed]) {
    for i in 0..nodes.len() {
        for j in i + 1..nodes.len() {
            assert!(
                !overlaps((&nodes[i], &placed[i]), (&nodes[j], &placed[j])),
                "cards {i} at {:?} and {j} at {:?} overlap",
                placed[i],
                placed[j]
            );
        }
    }
}

/// Random forests: each node's parent is an earlier node or none.
fn forest() -> impl Strategy<Value = Vec<LayoutNode>> {
    prop::collection::vec(
        (any::<bool>(), any::<prop::sample::Index>(), 60.0f32..260.0),
        1..120,
    )
    .prop_map(|raw| {
        raw.into_iter()
            .enumerate()
            .map(|(i, (is_root, pick, width))| LayoutNode {
                width,
                height: 56.0,
                parent: if i == 0 || is_root && i % 5 == 0 {
                    None
                } else {
                    Some(pick.index(i))
                },
            })
            .collect()
    })
}

proptest! {
    #[test]
    fn cards_never_overlap(nodes in forest()) {
        let placed = layout_forest(&nodes, &Spacing::default());
        prop_assert_eq!(placed.len(), nodes.len());
        assert_no_overlap(&nodes, &placed);
    }

    #[test]
    fn parents_are_centred_over_their_reports(nodes in forest()) {
        // Equal widths: the centring rule never needs clamping.
        let nodes: Vec<LayoutNode> = nodes.iter().map(|n| card(n.parent)).collect();
        let placed = layout_forest(&nodes, &Spacing::default());
        for i in 0..nodes.len() {
            let kids: Vec<usize> = (0..nodes.len()).filter(|k| nodes[*k].parent == Some(i)).collect();
            if kids.is_empty() {
                continue;
            }
            let first = placed[kids[0]].x;
            let last = placed[*kids.last().unwrap()].x;
            prop_assert!((placed[i].x - (first + last) / 2.0).abs() < 0.01,
                "node {} at x {} is not centred over {}..{}", i, placed[i].x, first, last);
            for k in &kids {
                prop_assert!(placed[*k].y > placed[i].y, "report {} is not below {}", k, i);
            }
        }
    }

    #[test]
    fn siblings_keep_their_order(nodes in forest()) {
        let placed = layout_forest(&nodes, &Spacing::default());
        for i in 0..nodes.len() {
            let kids: Vec<usize> = (0..nodes.len()).filter(|k| nodes[*k].parent == Some(i)).collect();
            for pair in kids.windows(2) {
                let (a, b) = (placed[pair[0]], placed[pair[1]]);
                prop_assert!(a.x < b.x || (a.stacked && b.stacked && a.y < b.y),
                    "siblings {} and {} are out of order", pair[0], pair[1]);
            }
        }
    }
}

#[test]
fn leaf_teams_stack_in_a_column_under_their_lead() {
    let mut nodes = vec![card(None)];
    nodes.extend((0..5).map(|_| card(Some(0))));
    let placed = layout_forest(&nodes, &Spacing::default());
    for k in 1..6 {
        assert!(placed[k].stacked);
        assert_eq!(placed[k].x, placed[0].x);
    }
    assert_no_overlap(&nodes, &placed);
}

#[test]
fn two_leaves_sit_side_by_side() {
    let nodes = vec![card(None), card(Some(0)), card(Some(0))];
    let placed = layout_forest(&nodes, &Spacing::default());
    assert!(!placed[1].stacked);
    assert_eq!(placed[1].y, placed[2].y);
    assert!(placed[1].x < placed[2].x);
}

#[test]
fn roots_are_laid_left_to_right_without_overlap() {
    let nodes = vec![card(None), card(Some(0)), card(None), card(Some(2))];
    let placed = layout_forest(&nodes, &Spacing::default());
    assert!(placed[0].x < placed[2].x);
    assert_no_overlap(&nodes, &placed);
}

#[test]
fn a_deep_chain_does_not_overflow_the_stack() {
    let n = 100_000;
    let nodes: Vec<LayoutNode> = (0..n)
        .map(|i| card(if i == 0 { None } else { Some(i - 1) }))
        .collect();
    let placed = layout_forest(&nodes, &Spacing::default());
    assert_eq!(placed.len(), n);
    assert!(placed[n - 1].y > placed[n - 2].y);
    assert_eq!(placed[n - 1].x, placed[0].x);
}

#[test]
fn cycles_and_bad_indices_are_cut_not_followed() {
    let nodes = vec![card(Some(2)), card(Some(0)), card(Some(1)), card(Some(99))];
    let placed = layout_forest(&nodes, &Spacing::default());
    assert_eq!(placed.len(), 4);
    assert_no_overlap(&nodes, &placed);
}
