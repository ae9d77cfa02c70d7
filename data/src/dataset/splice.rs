//! One change to the figures' rows, as every copy of them applies it: the superseded rows leave,
//! those after them move down, and the added come last (the order a full read gives). The
//! figures and the frames' columns keep the rest as shared pieces; the index renumbers its rows.

use std::ops::Range;

/// Every edit adds a piece or a few (a run of figures, a chunk of a column); past this many,
/// the next edit gathers them into one, so that finding or gathering a row stays quick.
pub(crate) const MAX_PIECES: usize = 64;

/// Rows kept as pieces shared between datasets: an edit slices them instead of copying
/// millions of rows into fresh memory.
pub(crate) trait Pieces: Sized {
    /// Rows `range` of these, sharing their memory.
    fn slice(&self, range: Range<usize>) -> Self;
    /// `parts` one after another (there is at least one), sharing their memory.
    fn concat(parts: Vec<Self>) -> Self;
    /// How many pieces the rows are in.
    fn pieces(&self) -> usize;
    /// The same rows in one piece.
    fn gathered(self) -> Self;
}

/// The rows `gone` (ascending, each below `len`) out of `len` rows.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Splice<'a> {
    gone: &'a [u32],
    len: usize,
}

impl<'a> Splice<'a> {
    pub(crate) fn new(gone: &'a [u32], len: usize) -> Self {
        debug_assert!(gone.windows(2).all(|w| w[0] < w[1]) && gone.last().is_none_or(|&g| (g as usize) < len));
        Self { gone, len }
    }

    /// The row the first added one takes.
    pub(crate) fn first_added(&self) -> usize {
        self.len - self.gone.len()
    }

    /// The runs of rows kept, in order, none empty.
    pub(crate) fn kept(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let ends = self.gone.iter().map(|&g| g as usize).chain([self.len]);
        let starts = [0].into_iter().chain(self.gone.iter().map(|&g| g as usize + 1));
        starts.zip(ends).map(|(start, end)| start..end).filter(|r| !r.is_empty())
    }

    /// `old`'s kept rows, shared, then `added`; gathered into one piece past [`MAX_PIECES`].
    pub(crate) fn apply<P: Pieces>(&self, old: &P, added: P) -> P {
        let mut parts: Vec<P> = self.kept().map(|rows| old.slice(rows)).collect();
        parts.push(added);
        let spliced = P::concat(parts);
        if spliced.pieces() > MAX_PIECES { spliced.gathered() } else { spliced }
    }

    /// Appends ascending old row numbers `rows` to `out` without the gone, each at its new row.
    pub(crate) fn moved(&self, rows: &[u32], out: &mut Vec<u32>) {
        let gone = self.gone;
        let Some(&first) = rows.first() else { return };
        let mut below = gone.partition_point(|&g| g < first);
        for &row in rows {
            while gone.get(below).is_some_and(|&g| g < row) {
                below += 1;
            }
            if gone.get(below) != Some(&row) {
                out.push(row - below as u32);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows as numbered pieces: the plainest storage to splice.
    #[derive(Debug, PartialEq)]
    struct Plain(Vec<Vec<u32>>);

    impl Pieces for Plain {
        fn slice(&self, range: Range<usize>) -> Self {
            // Each piece's part within `range`, as a slice of a shared buffer would be.
            let mut start = 0;
            let mut parts = vec![];
            for piece in &self.0 {
                let (from, to) = (range.start.max(start), range.end.min(start + piece.len()));
                if from < to {
                    parts.push(piece[from - start..to - start].to_vec());
                }
                start += piece.len();
            }
            Plain(parts)
        }
        fn concat(parts: Vec<Self>) -> Self {
            Plain(parts.into_iter().flat_map(|p| p.0).filter(|p| !p.is_empty()).collect())
        }
        fn pieces(&self) -> usize {
            self.0.len()
        }
        fn gathered(self) -> Self {
            Plain(vec![self.0.concat()])
        }
    }

    #[test]
    #[allow(clippy::single_range_in_vec_init, reason = "lists of ranges, one of them")]
    fn the_kept_rows_are_the_runs_between_those_gone() {
        let kept = |gone: &[u32], len| Splice::new(gone, len).kept().collect::<Vec<_>>();
        assert_eq!(kept(&[2, 3, 7], 9), [0..2, 4..7, 8..9]);
        assert_eq!(kept(&[0, 8], 9), [1..8]);
        assert_eq!(kept(&[], 3), [0..3]);
        assert!(kept(&[], 0).is_empty());
        assert_eq!(Splice::new(&[2, 3, 7], 9).first_added(), 6);
    }

    #[test]
    fn rows_move_down_past_those_gone() {
        let mut out = vec![];
        Splice::new(&[2, 3, 7], 9).moved(&[0, 3, 4, 7, 8], &mut out);
        assert_eq!(out, [0, 2, 5]);
    }

    #[test]
    fn pieces_are_shared_until_there_are_too_many() {
        let mut rows = Plain(vec![(0..1000).collect()]);
        let mut expected: Vec<u32> = (0..1000).collect();
        let (mut most, mut gathered) = (0, false);
        for edit in 0..MAX_PIECES as u32 {
            let row = edit * 37 % 900;
            rows = Splice::new(&[row, row + 2], expected.len()).apply(&rows, Plain(vec![vec![5000 + edit]]));
            expected.remove(row as usize + 2);
            expected.remove(row as usize);
            expected.push(5000 + edit);
            assert_eq!(rows.0.concat(), expected);
            most = most.max(rows.pieces());
            gathered |= edit > 0 && rows.pieces() == 1;
        }
        assert!(most <= MAX_PIECES && most > MAX_PIECES / 2 && gathered);
    }
}
