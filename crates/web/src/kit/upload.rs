//! Files in and out: reading one uploaded document from a multipart form (`file`, optional
//! `name`, `public`) and checking it by content (type, size, name), for papers and
//! participation events; reading an uploaded table as it came (survey answers, the measure
//! plan's working sheet); and answering with a file to download.

use axum::extract::Multipart;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use teilhabe_domain::files::{CheckedFile, check_upload};

/// The checked file, its bytes and whether it is public; or the reason in German.
pub async fn read_checked(
    multipart: &mut Multipart,
) -> Result<(CheckedFile, Vec<u8>, bool), String> {
    let mut title = None;
    let mut public = false;
    let mut upload: Option<(String, Vec<u8>)> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or("").to_owned();
                let file_name = field.file_name().map(str::to_owned);
                match field.bytes().await {
                    Ok(bytes) => match name.as_str() {
                        "file" => upload = Some((file_name.unwrap_or_default(), bytes.to_vec())),
                        "name" => title = Some(String::from_utf8_lossy(&bytes).into_owned()),
                        "public" => public = &bytes[..] == b"1",
                        _ => {}
                    },
                    Err(e) => {
                        return Err(format!(
                            "Die Datei konnte nicht vollständig empfangen werden ({e}). Höchstens 20 MB."
                        ));
                    }
                }
            }
            Ok(None) => break,
            Err(e) => return Err(format!("Die Übertragung ist fehlgeschlagen ({e}).")),
        }
    }
    let Some((file_name, bytes)) = upload.filter(|(n, b)| !n.is_empty() || !b.is_empty()) else {
        return Err("Bitte eine Datei auswählen.".to_owned());
    };
    check_upload(title.as_deref(), &file_name, &bytes)
        .map(|checked| (checked, bytes, public))
        .map_err(|e| {
            e.iter()
                .map(|x| x.message.clone())
                .collect::<Vec<_>>()
                .join(" ")
        })
}

/// The form's `file` field as sent: its name (without any folder the browser put before it)
/// and bytes; `None` when no file was chosen. `limit` names the most the route accepts, for
/// the message when the upload broke off.
pub async fn read_file(
    multipart: &mut Multipart,
    limit: &str,
) -> Result<Option<(String, Vec<u8>)>, String> {
    let mut file = None;
    while let Ok(Some(field)) = multipart.next_field().await {
        if field.name() != Some("file") {
            continue;
        }
        let name = field
            .file_name()
            .unwrap_or("")
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or("")
            .to_owned();
        match field.bytes().await {
            Ok(b) => file = Some((name, b.to_vec())),
            Err(e) => {
                return Err(format!(
                    "Die Datei kam nicht vollständig an ({e}); höchstens {limit}."
                ));
            }
        }
    }
    Ok(file.filter(|(n, b)| !n.is_empty() || !b.is_empty()))
}

/// A file to download as `file_name`. Not kept by browsers or proxies: a download may hold
/// non-public records of the signed-in reader.
pub fn attachment(bytes: Vec<u8>, content_type: &str, file_name: &str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        bytes,
    )
        .into_response()
}

/// A CSV file (see `teilhabe_domain::spreadsheet::GermanCsv`) to download as `file_name`.
pub fn csv_attachment(bytes: Vec<u8>, file_name: &str) -> Response {
    attachment(bytes, "text/csv; charset=utf-8", file_name)
}
