//! The chart colours: the calm, colour-blind-safe palette of `style/base.css` (kept in step by
//! hand; standalone SVG downloads cannot read the page's CSS variables).

use plotters::style::RGBColor;

pub const INK: RGBColor = RGBColor(0x1b, 0x24, 0x30);
pub const INK_SOFT: RGBColor = RGBColor(0x4a, 0x55, 0x66);
pub const RULE: RGBColor = RGBColor(0xd5, 0xdb, 0xe3);
pub const MUTED: RGBColor = RGBColor(0x6b, 0x75, 0x85);
pub const BAR: RGBColor = RGBColor(0x00, 0x72, 0xb2);
pub const BAR_HIGHLIGHT: RGBColor = RGBColor(0xe6, 0x9f, 0x00);
/// Line colours for several series, in order (Okabe–Ito).
pub const SERIES: [RGBColor; 6] = [
    RGBColor(0x00, 0x72, 0xb2),
    RGBColor(0xe6, 0x9f, 0x00),
    RGBColor(0x00, 0x9e, 0x73),
    RGBColor(0xcc, 0x79, 0xa7),
    RGBColor(0x56, 0xb4, 0xe9),
    RGBColor(0xd5, 0x5e, 0x00),
];
pub const FONT: &str = "Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif";

/// A text style in the chart font.
pub fn text(
    size: u32,
    color: &'static RGBColor,
    h: plotters::style::text_anchor::HPos,
    v: plotters::style::text_anchor::VPos,
) -> plotters::style::TextStyle<'static> {
    use plotters::style::{IntoFont, text_anchor::Pos};
    plotters::style::TextStyle::from((FONT, size).into_font()).color(color).pos(Pos::new(h, v))
}
