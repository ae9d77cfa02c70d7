//! Charts drawn with plotters into SVG on the server, inlined in pages and served at stable
//! URLs. SVG needs no font files: text stays text, and the browser renders it.

mod bar_chart;
mod palette;
mod svg;
mod trend_chart;

pub use bar_chart::{Bar, BarChart, BarScale};
pub use trend_chart::{TrendChart, TrendSeries};
