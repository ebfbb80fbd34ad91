//! Uploaded documents: what is accepted, checked by content and not only by name.

use crate::input::FieldErrors;
use crate::input::{Lines, unsafe_char};

/// The largest upload accepted.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// An upload that passed the checks: a safe file name, the detected type, a title.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckedFile {
    pub name: String,
    pub file_name: String,
    pub mime_type: &'static str,
}

/// `(extension, MIME type, how to recognise the content)`
const TYPES: &[(&str, &str, Magic)] = &[
    ("pdf", "application/pdf", Magic::Prefix(b"%PDF-")),
    ("png", "image/png", Magic::Prefix(b"\x89PNG\r\n\x1a\n")),
    ("jpg", "image/jpeg", Magic::Prefix(b"\xFF\xD8\xFF")),
    ("jpeg", "image/jpeg", Magic::Prefix(b"\xFF\xD8\xFF")),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Magic::Prefix(b"PK\x03\x04"),
    ),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Magic::Prefix(b"PK\x03\x04"),
    ),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        Magic::Prefix(b"PK\x03\x04"),
    ),
    (
        "odt",
        "application/vnd.oasis.opendocument.text",
        Magic::Prefix(b"PK\x03\x04"),
    ),
    (
        "ods",
        "application/vnd.oasis.opendocument.spreadsheet",
        Magic::Prefix(b"PK\x03\x04"),
    ),
    ("csv", "text/csv", Magic::Text),
    ("txt", "text/plain", Magic::Text),
];

#[derive(Debug, Clone, Copy)]
enum Magic {
    Prefix(&'static [u8]),
    /// UTF-8 without NUL bytes.
    Text,
}

/// Checks an upload: size, a file name without paths or control characters, an allowed
/// extension, and content that really is of that type (a renamed `.exe` is refused).
pub fn check_upload(
    title: Option<&str>,
    file_name: &str,
    bytes: &[u8],
) -> Result<CheckedFile, FieldErrors> {
    let mut e = FieldErrors::new();
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or("").trim();
    let clean: String = base.chars().filter(|c| !c.is_control()).collect();
    if clean.is_empty() || clean == "." || clean == ".." {
        e.add("file", "Bitte eine Datei auswählen.");
        return Err(e);
    }
    // A direction override shows `rechnung<U+202E>fdp.exe` as `rechnungexe.pdf`.
    if let Some(problem) = unsafe_char(&clean, Lines::One) {
        e.add("file", problem);
    }
    if clean.chars().count() > 200 {
        e.add("file", "Der Dateiname ist zu lang (höchstens 200 Zeichen).");
    }
    if bytes.is_empty() {
        e.add("file", format!("„{clean}“ ist leer."));
    }
    if bytes.len() > MAX_FILE_BYTES {
        e.add(
            "file",
            format!(
                "„{clean}“ ist {} MB groß; erlaubt sind höchstens 20 MB.",
                bytes.len() / (1024 * 1024)
            ),
        );
    }
    let ext = clean
        .rsplit_once('.')
        .map(|(_, x)| x.to_ascii_lowercase())
        .unwrap_or_default();
    let allowed: Vec<&str> = TYPES.iter().map(|t| t.0).collect();
    let Some((_, mime, magic)) = TYPES.iter().find(|t| t.0 == ext) else {
        e.add(
            "file",
            format!(
                "Dateien vom Typ „.{ext}“ werden nicht angenommen. Erlaubt: {}.",
                allowed.join(", ")
            ),
        );
        return Err(e);
    };
    let matches = match magic {
        Magic::Prefix(p) => bytes.starts_with(p),
        Magic::Text => !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok(),
    };
    if !matches && !bytes.is_empty() {
        e.add(
            "file",
            format!("Der Inhalt von „{clean}“ passt nicht zur Endung „.{ext}“."),
        );
    }
    let name = title
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .unwrap_or_else(|| clean.clone());
    if name.chars().count() > 300 {
        e.add("name", "Der Titel ist zu lang (höchstens 300 Zeichen).");
    } else if let Some(problem) = unsafe_char(&name, Lines::One) {
        e.add("name", problem);
    }
    e.into_result(CheckedFile {
        name,
        file_name: clean,
        mime_type: mime,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_accepted_renamed_binary_refused() {
        let ok = check_upload(
            Some("Integrationskonzept"),
            "C:\\Users\\x\\konzept.PDF",
            b"%PDF-1.7 ...",
        )
        .unwrap();
        assert_eq!(
            (ok.file_name.as_str(), ok.mime_type, ok.name.as_str()),
            ("konzept.PDF", "application/pdf", "Integrationskonzept")
        );
        let e = check_upload(None, "konzept.pdf", b"MZ\x90\x00").unwrap_err();
        assert!(e.get("file").unwrap().contains("passt nicht"));
        assert!(
            check_upload(None, "setup.exe", b"MZ")
                .unwrap_err()
                .get("file")
                .unwrap()
                .contains(".exe")
        );
        assert!(check_upload(None, "daten.csv", b"a;b\n1;2\n").is_ok());
        assert!(check_upload(None, "daten.csv", b"a\0b").is_err());
        assert!(check_upload(None, "", b"x").is_err());
        assert!(check_upload(None, "leer.pdf", b"").is_err());
        assert!(
            check_upload(None, "../../etc/passwd.txt", b"root")
                .unwrap()
                .file_name
                == "passwd.txt"
        );
    }
}
