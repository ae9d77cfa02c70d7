use super::{compare_chart::reporters_chart, figure_view, reporting_regions};
use crate::{
    error::AppError,
    i18n::Lang,
    model::{CategoryPage, SmallMultiple},
};
use data::Dataset;

/// `/category/{key}`: one small chart per reported indicator of the category.
pub fn category(data: &Dataset, key: &str, lang: Lang) -> Result<CategoryPage, AppError> {
    let category = data.category(key).ok_or_else(|| AppError::NotFound(format!("category {key}")))?;
    let l = lang.into();
    let mut multiples = Vec::new();
    let mut unreported = Vec::new();
    for indicator in data.indicators().iter().filter(|i| i.category == key) {
        let reporting = reporting_regions(data, &indicator.key);
        let name = indicator.name.get(l).to_owned();
        if reporting == 0 {
            unreported.push((indicator.key.clone(), name));
            continue;
        }
        let (chart_svg, single) = if reporting >= 2 {
            (Some(reporters_chart(data, &indicator.key, lang)?), None)
        } else {
            let o = data.observations().iter().find(|o| o.indicator == indicator.key);
            (None, o.and_then(|o| figure_view(data, o, None, lang)))
        };
        multiples.push(SmallMultiple {
            indicator_key: indicator.key.clone(),
            indicator: name,
            reporting,
            chart_svg,
            single,
        });
    }
    multiples.sort_by_key(|m| std::cmp::Reverse(m.reporting));
    Ok(CategoryPage {
        key: category.key.clone(),
        name: category.name.get(l).to_owned(),
        framework: category.framework.get(l).to_owned(),
        multiples,
        unreported,
    })
}
