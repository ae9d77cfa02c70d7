use super::{compare_chart::reporters_chart, figure_view, reporting_regions};
use crate::{
    error::AppError,
    i18n::Lang,
    model::{CategoryPage, SmallMultiple},
};
use data::Dataset;

/// Charts on one page of a category: each is a render of its indicator's comparison, and a
/// national category holds dozens (23 charts were 440 KB and 130–230 ms).
pub const CHARTS_PER_PAGE: usize = 6;

/// `/category/{key}?page=`: one small chart per reported indicator of the category, most
/// reported first, [`CHARTS_PER_PAGE`] to a page.
pub fn category(data: &Dataset, key: &str, page: Option<u32>, lang: Lang) -> Result<CategoryPage, AppError> {
    let category = data.category(key).ok_or_else(|| AppError::NotFound(format!("category {key}")))?;
    let mut reported = Vec::new();
    let mut unreported = Vec::new();
    for indicator in data.indicators().iter().filter(|i| i.category == key) {
        match reporting_regions(data, &indicator.key) {
            0 => unreported.push((indicator.key.clone(), indicator.name.get(lang).to_owned())),
            reporting => reported.push((indicator, reporting)),
        }
    }
    // Stable: equal counts keep the indicators' order.
    reported.sort_by_key(|(_, reporting)| std::cmp::Reverse(*reporting));
    let pages = reported.len().div_ceil(CHARTS_PER_PAGE).max(1);
    let page = (page.unwrap_or(1) as usize).clamp(1, pages);
    let shown = reported.iter().skip((page - 1) * CHARTS_PER_PAGE).take(CHARTS_PER_PAGE);
    let multiples = shown
        .map(|&(indicator, reporting)| {
            let (chart_svg, single) = if reporting >= 2 {
                (Some(reporters_chart(data, &indicator.key, lang)?), None)
            } else {
                let row = data.rows_of_indicator(&indicator.key).first();
                let o = row.and_then(|&row| data.observations().get(row as usize));
                (None, o.and_then(|o| figure_view(data, o, None, lang)))
            };
            Ok(SmallMultiple {
                indicator_key: indicator.key.clone(),
                indicator: indicator.name.get(lang).to_owned(),
                reporting,
                chart_svg,
                single,
            })
        })
        .collect::<Result<_, AppError>>()?;
    Ok(CategoryPage {
        key: category.key.clone(),
        name: category.name.get(lang).to_owned(),
        framework: category.framework.get(lang).to_owned(),
        multiples,
        unreported,
        page,
        pages,
    })
}
