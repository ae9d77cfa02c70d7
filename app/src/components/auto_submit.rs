use leptos::prelude::*;

/// Submits the surrounding form whenever one of its fields changes. The only island of the
/// site: every page is complete server-rendered HTML with plain forms and links, and this is
/// the one behaviour that needs the browser (the form's button does the same without it).
/// Its children are rendered on the server and never shipped as code.
#[island]
pub fn AutoSubmit(children: Children) -> impl IntoView {
    view! { <div class="auto-submit" on:change=submit_form>{children()}</div> }
}

/// `change` bubbles from the select or checkbox up to the island's element.
fn submit_form(event: leptos::ev::Event) {
    use leptos::wasm_bindgen::JsCast;
    let form = event
        .target()
        .and_then(|target| target.dyn_into::<leptos::web_sys::Element>().ok())
        .and_then(|element| element.closest("form").ok().flatten())
        .and_then(|form| form.dyn_into::<leptos::web_sys::HtmlFormElement>().ok());
    if let Some(form) = form {
        // Through the browser's own submission, so the form's action and method apply.
        let _ = form.request_submit();
    }
}
