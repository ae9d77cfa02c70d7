use crate::{error::AppError, i18n::Lang, model::UploadPage};
use leptos::prelude::*;

/// An upload's preview: every row and what it would change, or every error by row and column.
#[server(endpoint = "upload", input = server_fn::codec::GetUrl)]
pub async fn get_upload(lang: Lang, id: i64) -> Result<UploadPage, AppError> {
    use data::store::Role;
    let signed_in = crate::auth::require(&[Role::Supervisor, Role::Editor]).await?;
    let me = super::get_me::me(&signed_in);
    let live = crate::state::app_state()?.live;
    crate::state::blocking(move || {
        let store = live.store();
        let upload = store.upload(id)?.ok_or_else(|| AppError::NotFound(format!("upload {id}")))?;
        // Only the uploader and supervisors see an upload.
        if upload.uploaded_by != signed_in.user.id && signed_in.user.role != Role::Supervisor {
            return Err(AppError::Forbidden);
        }
        let data = live.dataset();
        let frozen = store.frozen_periods()?;
        let uploader = uploader(store, &upload)?;
        let parsed = super::parse_upload(&data, &uploader, &frozen, &upload);
        let same_as = store.committed_upload_with(&upload.sha256)?;
        Ok(super::present::upload(&data, me, &upload, parsed, same_as, lang))
    })
    .await
}

/// Who uploaded the file, as their account is now: an upload's rows are checked against the
/// rights of the person who sent it, whoever previews or commits it (a supervisor committing
/// an editor's file must not write rows outside the editor's region).
#[cfg(feature = "ssr")]
pub fn uploader(store: &dyn data::store::Store, upload: &data::store::Upload) -> Result<data::store::User, AppError> {
    match store.user(upload.uploaded_by)? {
        Some(user) if user.active => Ok(user),
        _ => Err(AppError::BadRequest(format!("upload {}: the account that sent it is deactivated", upload.id))),
    }
}

/// Reads an upload's rows against the current data, as the preview and the commit both do.
#[cfg(feature = "ssr")]
pub fn parse_upload(
    data: &data::Dataset,
    user: &data::store::User,
    frozen: &[String],
    upload: &data::store::Upload,
) -> Result<Result<Vec<data::store::ObservationChange>, data::LoadErrors>, data::entry::DecodeError> {
    let text = data::entry::decode(&upload.bytes)?;
    let ctx = data::entry::EntryContext { data, user, frozen };
    Ok(data::entry::observation_changes(&upload.file_name, &text, &ctx))
}
