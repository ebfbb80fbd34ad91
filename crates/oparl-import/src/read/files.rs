//! A body's files, and what each belongs to: a paper (main or auxiliary file), a meeting
//! (invitation, results and verbatim protocol, auxiliary files) or an agenda item (resolution
//! and auxiliary files). The owner and the role come from the owner's fields, which name the
//! file; a File object says only `paper`, `meeting` or `agendaItem` (1.1), and servers often
//! not even that. Without this, a meeting's protocol would be stored as nobody's.

use super::{Bag, first_ref, meta, refs, str_of};
use serde_json::Value;
use std::collections::HashMap;
use teilhabe_domain::{Coded, FileRole};
use teilhabe_store::oparl_import::{Harvest, InFile};

/// Whose a file is, by the owner's id.
#[derive(Debug, Clone, Default)]
struct Owner {
    paper: Option<String>,
    meeting: Option<String>,
    agenda_item: Option<String>,
    role: Option<FileRole>,
}

/// The owner of every file some meeting, agenda item or paper names; a file named twice
/// keeps the first owner (a meeting's protocol also listed as an agenda item's file).
fn owners(bag: &Bag) -> HashMap<String, Owner> {
    // Per owner kind, the fields that name files and the role each gives.
    const FIELDS: [(&str, &[(&str, FileRole)]); 3] = [
        (
            "Meeting",
            &[
                ("invitation", FileRole::Invitation),
                ("resultsProtocol", FileRole::ResultsProtocol),
                ("verbatimProtocol", FileRole::VerbatimProtocol),
                ("auxiliaryFile", FileRole::Auxiliary),
            ],
        ),
        (
            "AgendaItem",
            &[
                ("resolutionFile", FileRole::Resolution),
                ("auxiliaryFile", FileRole::Auxiliary),
            ],
        ),
        (
            "Paper",
            &[
                ("mainFile", FileRole::Main),
                ("auxiliaryFile", FileRole::Auxiliary),
            ],
        ),
    ];
    let mut out: HashMap<String, Owner> = HashMap::new();
    for (kind, fields) in FIELDS {
        for o in bag.of(kind) {
            let Some(id) = str_of(o, "id") else { continue };
            let owner = match kind {
                "Meeting" => Owner {
                    meeting: Some(id),
                    ..Owner::default()
                },
                // An agenda item's file belongs to its meeting too.
                "AgendaItem" => Owner {
                    meeting: first_ref(o, "meeting"),
                    agenda_item: Some(id),
                    ..Owner::default()
                },
                _ => Owner {
                    paper: Some(id),
                    ..Owner::default()
                },
            };
            for (field, role) in fields {
                for f in refs(o, field) {
                    out.entry(f).or_insert_with(|| Owner {
                        role: Some(*role),
                        ..owner.clone()
                    });
                }
            }
        }
    }
    out
}

/// Every File of the bag, with its owner.
pub(super) fn read_files(bag: &Bag, h: &mut Harvest) {
    let owners = owners(bag);
    for f in bag.of("File") {
        let meta = meta(f);
        let access_url = str_of(f, "accessUrl").or_else(|| str_of(f, "downloadUrl"));
        let file_name = file_name_of(f, access_url.as_deref());
        // The owner's field first; else the file's own back-references (1.1).
        let owner = owners.get(&meta.id).cloned().unwrap_or_else(|| Owner {
            paper: first_ref(f, "paper"),
            meeting: first_ref(f, "meeting"),
            agenda_item: first_ref(f, "agendaItem"),
            role: None,
        });
        h.files.push(InFile {
            // Real titles run over several lines ("Beschlussvorlage (…;\nhier: …)"); a
            // file's title is one.
            name: str_of(f, "name")
                .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_else(|| file_name.clone()),
            mime_type: str_of(f, "mimeType").unwrap_or_else(|| "application/octet-stream".into()),
            data: None,
            access_url,
            paper: owner.paper,
            meeting: owner.meeting,
            agenda_item: owner.agenda_item,
            role: owner.role.map(|r| r.code().to_owned()),
            problem: None,
            file_name,
            meta,
        });
    }
}

/// A file's name: `fileName`; where a server gives none (SD.NET), the last segment of its
/// address, which there is the real file name (`…/files/<id>/Beschlussvorlage_18-2015.pdf`);
/// else its title with the extension its `mimeType` stands for. The upload check then sees
/// the type the file has, not a title like "Beschlussvorlage (Haushalt 2013)".
pub(super) fn file_name_of(f: &Value, access_url: Option<&str>) -> String {
    if let Some(name) = str_of(f, "fileName") {
        return name;
    }
    let has_extension = |n: &str| {
        n.rsplit_once('.').is_some_and(|(stem, ext)| {
            !stem.is_empty()
                && (1..=5).contains(&ext.len())
                && ext.chars().all(|c| c.is_ascii_alphanumeric())
        })
    };
    if let Some(last) = access_url
        .map(|u| u.split(['?', '#']).next().unwrap_or(u))
        .and_then(|u| u.trim_end_matches('/').rsplit('/').next())
        .map(percent_decoded)
        .filter(|n| has_extension(n))
    {
        return last;
    }
    let title: String = str_of(f, "name")
        .unwrap_or_else(|| "datei".into())
        .chars()
        .map(|c| {
            if c.is_control() || "/\\".contains(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    match str_of(f, "mimeType").as_deref().and_then(extension_of) {
        Some(ext) if !title.to_lowercase().ends_with(&format!(".{ext}")) => {
            format!("{title}.{ext}")
        }
        _ => title,
    }
}

/// The extension of a type as servers write it: `application/pdf`, or just `pdf`/`docx`.
fn extension_of(mime: &str) -> Option<&'static str> {
    let m = mime.trim().to_ascii_lowercase();
    let m = m.split(';').next().unwrap_or("").trim().to_owned();
    Some(match m.as_str() {
        "application/pdf" | "pdf" => "pdf",
        "image/png" | "png" => "png",
        "image/jpeg" | "jpg" | "jpeg" => "jpg",
        "text/plain" | "txt" => "txt",
        "text/csv" | "csv" => "csv",
        "application/msword" | "doc" => "doc",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" | "docx" => {
            "docx"
        }
        "application/vnd.ms-excel" | "xls" => "xls",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" | "xlsx" => "xlsx",
        "application/vnd.oasis.opendocument.text" | "odt" => "odt",
        "application/vnd.oasis.opendocument.spreadsheet" | "ods" => "ods",
        _ => return None,
    })
}

/// `%C3%BC` → `ü`: a URL's path segment as text.
fn percent_decoded(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
