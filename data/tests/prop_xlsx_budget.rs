//! Issue 14: a 1,951-byte XLSX with cells A1 and XFD1048576 made the decoder ask for 512 GB
//! (calamine fills a dense grid between the first and the last cell), and A1 + Z1000000 cost
//! 822 MiB per preview. The property: whatever two cells a sheet holds, decoding it stays
//! within a memory budget, counted here by an allocator that keeps the peak.
//!
//! Before the budget (issue 14) the far cases aborted this binary ("memory allocation of
//! 549755813888 bytes failed").

// A counting global allocator is unsafe by its trait; the workspace denies unsafe elsewhere.
#![allow(unsafe_code)]

use data::entry::decode;
use proptest::prelude::*;
use rust_xlsxwriter::Workbook;
use std::{
    alloc::{GlobalAlloc, Layout, System},
    sync::atomic::{AtomicUsize, Ordering::Relaxed},
};

/// The system allocator, counting the bytes held and the most held at once.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn add(bytes: usize) {
    let held = HELD.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(held, Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            add(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            add(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        HELD.fetch_sub(layout.size(), Relaxed);
    }

    unsafe fn realloc(&self, p: *mut u8, layout: Layout, size: usize) -> *mut u8 {
        let moved = unsafe { System.realloc(p, layout, size) };
        if !moved.is_null() {
            HELD.fetch_sub(layout.size(), Relaxed);
            add(size);
        }
        moved
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What decoding one upload may hold at once: the 5 MB file, its text and working space,
/// far from the hundreds of MiB a dense grid of a sparse sheet takes.
const BUDGET: usize = 256 << 20;

/// The last row and column a sheet can have (1,048,576 rows, 16,384 columns: XFD).
const LAST_ROW: u32 = 1_048_575;
const LAST_COLUMN: u16 = 16_383;

fn far_cell() -> impl Strategy<Value = (u32, u16)> {
    prop_oneof![
        (0..=LAST_ROW, 0..=LAST_COLUMN),
        Just((LAST_ROW, LAST_COLUMN)),
        (0..=LAST_ROW).prop_map(|row| (row, 25)),
        (0..=LAST_COLUMN).prop_map(|column| (LAST_ROW, column)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn a_sparse_sheet_decodes_within_the_budget((row, column) in far_cell()) {
        let mut workbook = Workbook::new();
        let sheet = workbook.add_worksheet();
        sheet.write_string(0, 0, "region").expect("A1");
        sheet.write_string(row, column, "410600").expect("a cell within the sheet");
        let bytes = workbook.save_to_buffer().expect("to memory");
        let before = HELD.load(Relaxed);
        PEAK.store(before, Relaxed);
        let decoded = decode(&bytes);
        let used = PEAK.load(Relaxed) - before;
        drop(decoded);
        prop_assert!(used <= BUDGET, "{used} bytes to decode {} bytes (A1 and row {row}, column {column})", bytes.len());
    }
}
