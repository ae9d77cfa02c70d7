//! Row numbers grouped by a position (a region's figures, an indicator's), all groups in one
//! vector: millions of rows in two allocations rather than thousands, which the allocator hands
//! back whole when a dataset is dropped.

use super::Splice;

/// `rows[starts[p]..starts[p + 1]]` are position `p`'s rows, ascending.
#[derive(Debug, Default)]
pub(super) struct Grouped {
    starts: Vec<u32>,
    rows: Vec<u32>,
}

impl Grouped {
    /// Each row under its position; rows at a position of `groups` or beyond are left out.
    pub(super) fn build(positions: &[u32], groups: usize) -> Self {
        let mut starts = vec![0u32; groups + 1];
        for &p in positions.iter().filter(|&&p| (p as usize) < groups) {
            starts[p as usize + 1] += 1;
        }
        for p in 0..groups {
            starts[p + 1] += starts[p];
        }
        let mut next = starts.clone();
        let mut rows = vec![0u32; starts[groups] as usize];
        for (row, &p) in positions.iter().enumerate().filter(|&(_, &p)| (p as usize) < groups) {
            rows[next[p as usize] as usize] = row as u32;
            next[p as usize] += 1;
        }
        Self { starts, rows }
    }

    /// Position `p`'s rows (none for a position out of range).
    pub(super) fn of(&self, p: usize) -> &[u32] {
        match (self.starts.get(p), self.starts.get(p + 1)) {
            (Some(&start), Some(&end)) => &self.rows[start as usize..end as usize],
            _ => &[],
        }
    }

    /// The groups after `splice`: each kept row moved down to its new row, then the added rows
    /// at their `added` positions.
    pub(super) fn with_changes(&self, splice: &Splice, added: &[u32]) -> Self {
        let groups = self.starts.len().saturating_sub(1);
        let first_added = splice.first_added() as u32;
        let mut added: Vec<(u32, u32)> = (first_added..).zip(added).map(|(row, &p)| (p, row)).collect();
        added.sort_unstable();
        let mut added = added.into_iter().peekable();
        let mut starts = Vec::with_capacity(self.starts.len());
        let mut rows = Vec::with_capacity(self.rows.len() + added.len());
        starts.push(0);
        for p in 0..groups {
            splice.moved(self.of(p), &mut rows);
            while let Some((_, row)) = added.next_if(|&(position, _)| position as usize == p) {
                rows.push(row);
            }
            starts.push(rows.len() as u32);
        }
        Self { starts, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::{Grouped, Splice};

    fn groups(g: &Grouped) -> Vec<Vec<u32>> {
        (0..g.starts.len() - 1).map(|p| g.of(p).to_vec()).collect()
    }

    #[test]
    fn rows_group_by_position_and_unknown_positions_are_left_out() {
        let g = Grouped::build(&[1, 0, 1, u32::MAX, 2, 0], 3);
        assert_eq!(groups(&g), [vec![1, 5], vec![0, 2], vec![4]]);
        assert!(g.of(7).is_empty());
    }

    #[test]
    fn rows_move_down_past_those_gone_and_the_added_follow() {
        // Position 0: rows 0, 2, 5, 7; position 1: rows 1, 3, 4, 6, 8.
        let g = Grouped::build(&[0, 1, 0, 1, 1, 0, 1, 0, 1], 2);
        let changed = g.with_changes(&Splice::new(&[2, 3, 7], 9), &[1, 0, 1]);
        assert_eq!(groups(&changed), [vec![0, 3, 7], vec![1, 2, 4, 5, 6, 8]]);
        // The same as grouping the figures after the change from scratch.
        assert_eq!(groups(&changed), groups(&Grouped::build(&[0, 1, 1, 0, 1, 1, 1, 0, 1], 2)));
    }
}
