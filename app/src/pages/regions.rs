use crate::{
    components::{DataDownloads, SourceLine, page_data},
    i18n::{Text, use_lang},
    loaders::get_regions,
    model::RegionsPage,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/regions`: the 18 prefecture-level divisions, what each reports, and their population.
#[component]
pub fn Regions() -> impl IntoView {
    let lang = use_lang();
    let page = Resource::new(move || lang.get(), get_regions);
    page_data(page, |page| view! { <RegionsBody page /> })
}

#[component]
fn RegionsBody(page: RegionsPage) -> impl IntoView {
    let lang = use_lang();
    let t = move |text: Text| lang.get().t(text);
    view! {
        <Title text=format!("{} · {}", t(Text::RegionsTitle), t(Text::SiteTitle)) />
        <h1>{t(Text::RegionsTitle)}</h1>
        <DataDownloads resource="regions" />
        <div class="table-scroll">
            <table class="regions-table">
                <thead>
                    <tr>
                        <th scope="col">{t(Text::ColRegion)}</th>
                        <th scope="col" class="num">{t(Text::RegionPopulation)}</th>
                        <th scope="col" class="num">{t(Text::NavIndicators)}</th>
                        <th scope="col" class="num">{t(Text::HonoursHeading)}</th>
                    </tr>
                </thead>
                <tbody>
                    {page.rows.into_iter().map(|r| view! {
                        <tr data-region=r.region.code.clone()>
                            <th scope="row"><a href=lang.get().href(&format!("/region/{}", r.region.code))>{r.region.name}</a></th>
                            <td class="num">{r.population.unwrap_or_default()}</td>
                            <td class="num">{if r.reported == 0 { t(Text::NotReported).to_owned() } else { r.reported.to_string() }}</td>
                            <td class="num">{r.honours}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {page.population_source.map(|source| view! { <p class="citation">{t(Text::CensusCitation)} " " <SourceLine source /></p> })}
    }
}
