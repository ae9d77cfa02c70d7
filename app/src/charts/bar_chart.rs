//! Horizontal bars, one per region: readable with 18 names on a phone or a projector.

use super::{palette::*, svg};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One region's bar. `value: None` draws "not reported" instead of a bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: Option<f64>,
    /// The value as the table shows it: "≥ 98%", "第3位".
    pub value_label: String,
    /// The true value may lie beyond the bar's end ("at least" on a linear axis), drawn as an
    /// open arrow; `Some(false)` means it may lie short of it.
    pub open_end: Option<bool>,
    pub highlight: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum BarScale {
    Linear,
    /// Ranks among `of` regions: rank 1 draws the longest bar.
    Rank {
        of: u32,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    /// Unique within a page; prefixes the ids of `<title>` and `<desc>`.
    pub id: String,
    pub title: String,
    pub desc: String,
    pub axis_label: String,
    pub not_reported: String,
    pub scale: BarScale,
    pub bars: Vec<Bar>,
}

const WIDTH: u32 = 720;
const LABEL_W: i32 = 132;
const VALUE_W: i32 = 118;
const ROW_H: i32 = 30;
const TOP: i32 = 8;
const AXIS_H: i32 = 48;

impl BarChart {
    pub fn to_svg(&self) -> Result<String, String> {
        let rows = self.bars.len().max(1) as i32;
        let height = (TOP + rows * ROW_H + AXIS_H) as u32;
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (WIDTH, height)).into_drawing_area();
            area.fill(&WHITE).map_err(|e| e.to_string())?;
            self.draw(&area, rows).map_err(|e| e.to_string())?;
            area.present().map_err(|e| e.to_string())?;
        }
        Ok(svg::finish(out, &self.id, &self.title, &self.desc))
    }

    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, plotters::coord::Shift>,
        rows: i32,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        let (x0, x1) = (LABEL_W, WIDTH as i32 - VALUE_W);
        let axis = Axis::new(self.scale, &self.bars, x0, x1);
        let text = |size: u32, color: &'static RGBColor, h: HPos| text(size, color, h, VPos::Center);
        let bottom = TOP + rows * ROW_H;
        for (tick, label) in axis.ticks() {
            let x = axis.x(tick);
            area.draw(&PathElement::new(vec![(x, TOP), (x, bottom)], RULE.stroke_width(1)))?;
            area.draw(&Text::new(label, (x, bottom + 12), text(12, &INK_SOFT, HPos::Center)))?;
        }
        area.draw(&Text::new(
            self.axis_label.clone(),
            ((x0 + x1) / 2, bottom + 34),
            text(13, &INK_SOFT, HPos::Center),
        ))?;
        for (i, bar) in self.bars.iter().enumerate() {
            let y = TOP + i as i32 * ROW_H;
            let mid = y + ROW_H / 2;
            let label_color: &'static RGBColor = if bar.value.is_some() { &INK } else { &MUTED };
            area.draw(&Text::new(bar.label.clone(), (x0 - 8, mid), text(14, label_color, HPos::Right)))?;
            let Some(value) = bar.value else {
                area.draw(&Text::new(format!("— {}", self.not_reported), (x0 + 6, mid), text(13, &MUTED, HPos::Left)))?;
                continue;
            };
            let (start, end) = (axis.x(0.0), axis.x(axis.length(value)));
            let color = if bar.highlight { BAR_HIGHLIGHT } else { BAR };
            area.draw(&Rectangle::new(
                [(start.min(end), y + 6), (start.max(end).max(start.min(end) + 2), y + ROW_H - 6)],
                color.filled(),
            ))?;
            let mut label_x = start.max(end) + 6;
            if let Some(beyond) = bar.open_end {
                let tip = if beyond { end + 9 } else { end - 9 };
                let points = vec![(end, mid - 6), (tip, mid), (end, mid + 6)];
                area.draw(&Polygon::new(points, color.mix(0.55).filled()))?;
                label_x = label_x.max(tip + 6);
            }
            area.draw(&Text::new(bar.value_label.clone(), (label_x, mid), text(13, &INK, HPos::Left)))?;
        }
        area.draw(&PathElement::new(vec![(x0, TOP), (x0, bottom)], INK_SOFT.stroke_width(1)))?;
        Ok(())
    }
}

/// Maps values to x positions.
struct Axis {
    scale: BarScale,
    min: f64,
    max: f64,
    x0: i32,
    x1: i32,
}

impl Axis {
    fn new(scale: BarScale, bars: &[Bar], x0: i32, x1: i32) -> Self {
        let values = bars.iter().filter_map(|b| b.value);
        let (min, max) = match scale {
            BarScale::Rank { of } => (0.0, f64::from(of.max(1))),
            BarScale::Linear => {
                let (lo, hi) = values.fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
                if (hi - lo).abs() < f64::EPSILON { (lo, lo + 1.0) } else { (lo, hi) }
            }
        };
        Self { scale, min, max, x0, x1 }
    }

    /// How far a value's bar reaches: a rank r of N reaches N + 1 − r.
    fn length(&self, value: f64) -> f64 {
        match self.scale {
            BarScale::Linear => value,
            BarScale::Rank { of } => f64::from(of) + 1.0 - value,
        }
    }

    fn x(&self, v: f64) -> i32 {
        let share = (v - self.min) / (self.max - self.min);
        self.x0 + (share * f64::from(self.x1 - self.x0)).round() as i32
    }

    /// Tick positions (in bar-length space) and their labels.
    fn ticks(&self) -> Vec<(f64, String)> {
        match self.scale {
            BarScale::Rank { of } => {
                let mut ranks = vec![1, of];
                ranks.extend((5..of).step_by(5));
                ranks.sort_unstable();
                ranks.dedup();
                ranks.into_iter().map(|r| (self.length(f64::from(r)), r.to_string())).collect()
            }
            BarScale::Linear => {
                let step = nice_step((self.max - self.min) / 5.0);
                let first = (self.min / step).ceil() as i64;
                let last = (self.max / step).floor() as i64;
                (first..=last).map(|k| k as f64 * step).map(|v| (v, data_label(v))).collect()
            }
        }
    }
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * power).find(|s| *s >= raw).unwrap_or(10.0 * power)
}

fn data_label(v: f64) -> String {
    data::format::number(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bar(label: &str, value: Option<f64>, open_end: Option<bool>) -> Bar {
        Bar {
            label: label.into(),
            value,
            value_label: value.map_or(String::new(), |v| format!("{v}")),
            open_end,
            highlight: false,
        }
    }

    fn chart(bars: Vec<Bar>, scale: BarScale) -> String {
        BarChart {
            id: "t".into(),
            title: "标题 <script>".into(),
            desc: "说明".into(),
            axis_label: "件".into(),
            not_reported: "未报告".into(),
            scale,
            bars,
        }
        .to_svg()
        .unwrap()
    }

    #[test]
    fn one_bar_per_reporting_region_and_text_for_the_rest() {
        let svg = chart(
            vec![bar("鹤壁市", Some(10.0), None), bar("驻马店市", Some(10.0), None), bar("郑州市", None, None)],
            BarScale::Linear,
        );
        assert!(svg.starts_with("<svg") && svg.contains(r#"role="img""#));
        assert!(svg.contains("<title id=\"t-title\">标题 &lt;script&gt;</title>"), "title escaped: {svg}");
        assert!(svg.contains("<desc id=\"t-desc\">说明</desc>"));
        assert_eq!(svg.matches("<rect").count(), 1 + 2, "background plus two bars");
        assert!(svg.contains("鹤壁市") && svg.contains("— 未报告"));
        let root = &svg[..svg.find('>').unwrap()];
        assert!(root.contains(r#"viewBox="0 0 720 "#) && !root.contains("width="), "sized by viewBox: {root}");
    }

    #[test]
    fn open_ended_values_get_a_marker() {
        let svg = chart(vec![bar("鹤壁市", Some(98.0), Some(true)), bar("洛阳市", Some(93.0), None)], BarScale::Linear);
        assert_eq!(svg.matches("<polygon").count(), 1);
    }

    #[test]
    fn rank_one_draws_the_longest_bar() {
        let axis = Axis::new(BarScale::Rank { of: 18 }, &[], 0, 180);
        assert!(axis.x(axis.length(1.0)) > axis.x(axis.length(3.0)));
        assert_eq!(axis.ticks().first().map(|t| t.1.as_str()), Some("1"));
        let ticks = Axis::new(BarScale::Linear, &[bar("a", Some(-32.9), None)], 0, 100).ticks();
        assert!(ticks.iter().any(|t| t.0 == 0.0) && ticks.iter().all(|t| t.0 <= 0.0));
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(0.9), 1.0);
        assert_eq!(nice_step(1.2), 2.0);
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(130.0), 200.0);
    }
}
