//! Targets and who meets them: the status rules and the supervision board.

mod board;
mod status;

pub use board::{BoardFilter, BoardRow, BoardSort, board, board_csv};
pub use status::{Assessment, Status, assess, check_target, today};
