//! Lines across periods, one per region: for indicators reported over several periods.

use super::{palette::*, svg};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

#[derive(Clone, Debug, PartialEq)]
pub struct TrendSeries {
    pub label: String,
    /// One value per period of the chart, `None` where the region did not report.
    pub values: Vec<Option<f64>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TrendChart {
    pub id: String,
    pub title: String,
    pub desc: String,
    pub axis_label: String,
    /// Period labels, oldest first.
    pub periods: Vec<String>,
    pub series: Vec<TrendSeries>,
}

const WIDTH: u32 = 720;
const HEIGHT: u32 = 360;
const LEFT: i32 = 70;
const RIGHT: i32 = 130;
const TOP: i32 = 16;
const BOTTOM: i32 = 56;

impl TrendChart {
    pub fn to_svg(&self) -> Result<String, String> {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (WIDTH, HEIGHT)).into_drawing_area();
            area.fill(&WHITE).map_err(|e| e.to_string())?;
            self.draw(&area).map_err(|e| e.to_string())?;
            area.present().map_err(|e| e.to_string())?;
        }
        Ok(svg::finish(out, &self.id, &self.title, &self.desc))
    }

    fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, plotters::coord::Shift>,
    ) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
        let values = self.series.iter().flat_map(|s| s.values.iter().flatten().copied());
        let (lo, hi) = values.fold((0.0_f64, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let hi = if hi <= lo { lo + 1.0 } else { hi * 1.05 };
        let (x0, x1, y0, y1) = (LEFT, WIDTH as i32 - RIGHT, HEIGHT as i32 - BOTTOM, TOP);
        let n = self.periods.len().max(1);
        let x = |i: usize| if n == 1 { (x0 + x1) / 2 } else { x0 + (i as i32) * (x1 - x0) / (n as i32 - 1) };
        let y = |v: f64| y0 - ((v - lo) / (hi - lo) * f64::from(y0 - y1)).round() as i32;
        let text = |size: u32, color: &'static RGBColor, h: HPos, v: VPos| text(size, color, h, v);
        for k in 0..=4 {
            let v = lo + (hi - lo) * f64::from(k) / 4.0;
            area.draw(&PathElement::new(vec![(x0, y(v)), (x1, y(v))], RULE.stroke_width(1)))?;
            area.draw(&Text::new(
                data::format::number(v),
                (x0 - 6, y(v)),
                text(12, &INK_SOFT, HPos::Right, VPos::Center),
            ))?;
        }
        for (i, period) in self.periods.iter().enumerate() {
            area.draw(&Text::new(period.clone(), (x(i), y0 + 8), text(12, &INK_SOFT, HPos::Center, VPos::Top)))?;
        }
        area.draw(&Text::new(
            self.axis_label.clone(),
            ((x0 + x1) / 2, y0 + 34),
            text(13, &INK_SOFT, HPos::Center, VPos::Top),
        ))?;
        for (s, series) in self.series.iter().enumerate() {
            let color = SERIES[s % SERIES.len()];
            let points: Vec<(i32, i32)> =
                series.values.iter().enumerate().filter_map(|(i, v)| v.map(|v| (x(i), y(v)))).collect();
            area.draw(&PathElement::new(points.clone(), color.stroke_width(2)))?;
            for &point in &points {
                // Marker shape varies by series, so lines are told apart without colour.
                match s % 3 {
                    0 => area.draw(&Circle::new(point, 4, color.filled()))?,
                    1 => area.draw(&Rectangle::new(
                        [(point.0 - 4, point.1 - 4), (point.0 + 4, point.1 + 4)],
                        color.filled(),
                    ))?,
                    _ => area.draw(&Polygon::new(
                        vec![(point.0, point.1 - 5), (point.0 + 5, point.1 + 4), (point.0 - 5, point.1 + 4)],
                        color.filled(),
                    ))?,
                }
            }
            if let Some(&(px, py)) = points.last() {
                area.draw(&Text::new(series.label.clone(), (px + 8, py), text(13, &INK, HPos::Left, VPos::Center)))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_a_line_and_markers_per_series_over_many_periods() {
        let periods: Vec<String> = (2013..2023).map(|y| y.to_string()).collect();
        let series = vec![
            TrendSeries { label: "洛阳市".into(), values: (0..10).map(|i| Some(f64::from(i) * 3.0)).collect() },
            TrendSeries {
                label: "鹤壁市".into(),
                values: (0..10).map(|i| (i % 2 == 0).then_some(f64::from(i))).collect(),
            },
        ];
        let chart = TrendChart {
            id: "trend".into(),
            title: "t".into(),
            desc: "d".into(),
            axis_label: "件".into(),
            periods,
            series,
        };
        let svg = chart.to_svg().unwrap();
        assert!(svg.contains(r#"role="img""#));
        assert_eq!(svg.matches("<circle").count(), 10, "one marker per reported period of the first series");
        assert_eq!(svg.matches("<polyline").count(), 2 + 5, "two lines and five grid lines");
        assert!(svg.contains("2013") && svg.contains("2022"));
        assert!(svg.contains("洛阳市") && svg.contains("鹤壁市"), "lines are labelled at their ends");
    }
}
