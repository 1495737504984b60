//! A top-down tree layout for forests of rectangular cards.
//!
//! Each subtree owns a vertical band as wide as its widest level, so cards of different
//! subtrees can never overlap; a parent is centred over its first and last report. A node whose
//! reports are all leaves (and that has at least [`Spacing::stack_min`] of them) gets them as a
//! column under it, which keeps wide teams readable. Every pass is iterative, so a reporting
//! chain of any depth is safe.

/// One card to place: its size and its parent (an index into the same slice). Children are
/// ordered by their index, so the caller controls sibling order.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutNode {
    pub width: f32,
    pub height: f32,
    pub parent: Option<usize>,
}

/// Gaps between cards, in canvas units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spacing {
    /// Between sibling subtrees.
    pub sibling_gap: f32,
    /// Between root trees (the two organisations).
    pub root_gap: f32,
    /// Between levels.
    pub level_gap: f32,
    /// Between cards in a stacked column.
    pub stack_gap: f32,
    /// Room on each side of a stacked column, where its connector runs.
    pub stack_indent: f32,
    /// Fewest leaf reports that are stacked in a column rather than laid side by side.
    pub stack_min: usize,
}

impl Default for Spacing {
    fn default() -> Self {
        Self {
            sibling_gap: 18.0,
            root_gap: 90.0,
            level_gap: 44.0,
            stack_gap: 8.0,
            stack_indent: 14.0,
            stack_min: 3,
        }
    }
}

/// Where a card ended up: its centre, and whether it sits in a stacked column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub x: f32,
    pub y: f32,
    pub stacked: bool,
}

/// Lays out every tree of the forest, roots left to right in index order. A `parent` index
/// that is out of range or forms a cycle is treated as no parent, so the result always has one
/// entry per input node.
pub fn layout_forest(nodes: &[LayoutNode], spacing: &Spacing) -> Vec<Placed> {
    let n = nodes.len();
    let parents = sanitised_parents(nodes);
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut roots = Vec::new();
    for (i, p) in parents.iter().enumerate() {
        match p {
            Some(p) => children[*p].push(i),
            None => roots.push(i),
        }
    }
    let level_height = nodes.iter().map(|n| n.height).fold(0.0_f32, f32::max);
    let stacks: Vec<bool> = (0..n)
        .map(|i| {
            let c = &children[i];
            c.len() >= spacing.stack_min.max(1) && c.iter().all(|k| children[*k].is_empty())
        })
        .collect();

    // Post-order: width of each subtree's band, and where in its band the node's centre sits
    // (its first and last reports' centres are only known once their own subtrees are done).
    let mut span = vec![0.0_f32; n];
    let mut centre = vec![0.0_f32; n];
    for &i in post_order(&roots, &children).iter() {
        let own = nodes[i].width;
        let c = &children[i];
        if c.is_empty() {
            span[i] = own;
            centre[i] = own / 2.0;
        } else if stacks[i] {
            let widest = c.iter().map(|k| nodes[*k].width).fold(0.0, f32::max);
            span[i] = own.max(widest + 2.0 * spacing.stack_indent);
            centre[i] = span[i] / 2.0;
        } else {
            let total = block_width(c, &span, spacing);
            span[i] = own.max(total);
            let start = (span[i] - total) / 2.0;
            let first = start + centre[c[0]];
            let last_left = start + total - span[c[c.len() - 1]];
            let last = last_left + centre[c[c.len() - 1]];
            let half = own / 2.0;
            centre[i] = ((first + last) / 2.0)
                .max(half)
                .min((span[i] - half).max(half));
        }
    }

    // Pre-order: give each subtree its band, left to right.
    let mut placed = vec![
        Placed {
            x: 0.0,
            y: 0.0,
            stacked: false,
        };
        n
    ];
    let mut stack: Vec<(usize, f32, f32)> = Vec::new(); // (node, band left, y centre)
    let mut left = 0.0;
    for &r in &roots {
        stack.push((r, left, nodes[r].height / 2.0));
        left += span[r] + spacing.root_gap;
    }
    stack.reverse();
    while let Some((i, band_left, y)) = stack.pop() {
        let c = &children[i];
        placed[i].x = band_left + centre[i];
        placed[i].y = y;
        if c.is_empty() {
            continue;
        }
        if stacks[i] {
            let mut top = y - nodes[i].height / 2.0 + level_height + spacing.level_gap;
            for &k in c {
                placed[k] = Placed {
                    x: placed[i].x,
                    y: top + nodes[k].height / 2.0,
                    stacked: true,
                };
                top += nodes[k].height + spacing.stack_gap;
            }
            continue;
        }
        let total = block_width(c, &span, spacing);
        let mut child_left = band_left + (span[i] - total) / 2.0;
        let child_y = y + level_height + spacing.level_gap;
        let mut pushes = Vec::with_capacity(c.len());
        for &k in c {
            pushes.push((k, child_left, child_y));
            child_left += span[k] + spacing.sibling_gap;
        }
        stack.extend(pushes.into_iter().rev());
    }
    placed
}

/// Width of a row of sibling subtrees with gaps between them.
fn block_width(children: &[usize], span: &[f32], spacing: &Spacing) -> f32 {
    children.iter().map(|k| span[*k]).sum::<f32>()
        + spacing.sibling_gap * children.len().saturating_sub(1) as f32
}

/// Parents with out-of-range indices and cycles removed, so the forest is a forest.
fn sanitised_parents(nodes: &[LayoutNode]) -> Vec<Option<usize>> {
    let n = nodes.len();
    let mut parents: Vec<Option<usize>> = nodes
        .iter()
        .enumerate()
        .map(|(i, node)| node.parent.filter(|p| *p < n && *p != i))
        .collect();
    // 0 = unseen, 1 = on the current walk, 2 = done
    let mut state = vec![0u8; n];
    for start in 0..n {
        let mut walk = Vec::new();
        let mut cur = Some(start);
        while let Some(i) = cur {
            match state[i] {
                0 => {
                    state[i] = 1;
                    walk.push(i);
                    cur = parents[i];
                }
                1 => {
                    // `i` closes a cycle: cut it there.
                    parents[i] = None;
                    cur = None;
                }
                _ => cur = None,
            }
        }
        for i in walk {
            state[i] = 2;
        }
    }
    parents
}

fn post_order(roots: &[usize], children: &[Vec<usize>]) -> Vec<usize> {
    let mut order = Vec::with_capacity(children.len());
    let mut stack: Vec<(usize, bool)> = roots.iter().rev().map(|r| (*r, false)).collect();
    while let Some((i, expanded)) = stack.pop() {
        if expanded {
            order.push(i);
        } else {
            stack.push((i, true));
            stack.extend(children[i].iter().rev().map(|k| (*k, false)));
        }
    }
    order
}

#[cfg(test)]
mod tests;
