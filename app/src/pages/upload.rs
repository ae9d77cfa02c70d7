use crate::{
    components::{Flash, SupervisionNav, page_data},
    i18n::{Text, use_lang},
    loaders::get_me,
    model::Me,
};
use leptos::prelude::*;
use leptos_meta::Title;

/// `/supervision/upload`: send a CSV or XLSX file; the next page previews it.
#[component]
pub fn Upload() -> impl IntoView {
    let page = Resource::new(|| (), |_| get_me());
    page_data(page, |me| view! { <UploadForm me /> })
}

#[component]
fn UploadForm(me: Me) -> impl IntoView {
    let l = use_lang().get_untracked();
    let t = move |text: Text| l.t(text);
    let action = format!("/supervision/upload?lang={}", l.tag());
    view! {
        <Title text=format!("{} · {}", t(Text::UploadTitle), t(Text::SiteTitle)) />
        <SupervisionNav me=me.clone() />
        <h1>{t(Text::UploadTitle)}</h1>
        <Flash />
        <p>{t(Text::UploadIntro)}</p>
        <p>
            <a href="/supervision/template.csv" download>{t(Text::TemplateCsv)}</a> " · "
            <a href="/supervision/template.xlsx" download>{t(Text::TemplateXlsx)}</a>
        </p>
        <form method="post" action=action enctype="multipart/form-data" class="stacked-form">
            <input type="hidden" name="csrf" value=me.csrf />
            <label for="upload-file">{t(Text::UploadFile)}</label>
            <input id="upload-file" name="file" type="file" accept=".csv,.xlsx,text/csv" required />
            <button type="submit">{t(Text::UploadButton)}</button>
        </form>
    }
}
