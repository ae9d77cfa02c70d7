use crate::{
    components::{Flash, SupervisionNav, page_data},
    i18n::{Text, use_lang},
    loaders::get_extract,
    model::{Choice, ExtractPage},
};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/supervision/extract`: paste a published report, or send its file, and name its source;
/// the next page proposes its figures for review. Nothing is saved until they are confirmed.
#[component]
pub fn Extract() -> impl IntoView {
    let lang = use_lang();
    let page = Resource::new(move || lang.get(), get_extract);
    page_data(page, |page| view! { <ExtractForm page /> })
}

fn options(choices: Vec<Choice>) -> impl IntoView {
    choices.into_iter().map(|c| view! { <option value=c.value>{c.label}</option> }).collect_view()
}

#[component]
fn ExtractForm(page: ExtractPage) -> impl IntoView {
    let l = use_lang().get_untracked();
    let t = move |text: Text| l.t(text);
    let action = format!("/supervision/extract?lang={}", l.tag());
    // A supervisor may leave the region to the text; an editor's figures are their region's.
    let any_region = page.me.role == "supervisor";
    view! {
        <Title text=format!("{} · {}", t(Text::ExtractTitle), t(Text::SiteTitle)) />
        <SupervisionNav me=page.me.clone() />
        <h1>{t(Text::ExtractTitle)}</h1>
        <Flash />
        <p>{t(Text::ExtractIntro)}</p>
        <form method="post" action=action enctype="multipart/form-data" class="stacked-form extract-form">
            <input type="hidden" name="csrf" value=page.me.csrf.clone() />
            <label for="extract-text">{t(Text::ExtractText)}</label>
            <textarea id="extract-text" name="text" rows="12"></textarea>
            <label for="extract-file">{t(Text::ExtractFile)}</label>
            <input id="extract-file" name="file" type="file" accept=".txt,.html,.htm,.docx,text/plain,text/html" />
            <fieldset>
                <legend>{t(Text::ColSource)}</legend>
                <label for="extract-source">{t(Text::ExtractKnownSource)}</label>
                <select id="extract-source" name="source">
                    <option value="">{t(Text::ExtractNewSource)}</option>
                    {options(page.sources)}
                </select>
                <label for="extract-title">{t(Text::SourceTitle)}</label>
                <input id="extract-title" name="title" />
                <label for="extract-publisher">{t(Text::SourcePublisher)}</label>
                <input id="extract-publisher" name="publisher" />
                <label for="extract-published">{t(Text::SourcePublished)}</label>
                <input id="extract-published" name="published" placeholder="2024-03-15" />
                <label for="extract-url">{t(Text::SourceUrl)}</label>
                <input id="extract-url" name="url" type="url" />
            </fieldset>
            <label for="extract-region">{t(Text::ExtractRegion)}</label>
            <select id="extract-region" name="region">
                {any_region.then(|| view! { <option value="">{t(Text::ExtractRegionFromText)}</option> })}
                {options(page.regions)}
            </select>
            <button type="submit">{t(Text::ExtractButton)}</button>
        </form>
    }
}
