//! Any bytes as an uploaded attachment, with a file name taken from the input's first line.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|&b| b == b'\n').unwrap_or(data.len());
    let name = String::from_utf8_lossy(&data[..split]);
    let bytes = data.get(split + 1..).unwrap_or(&[]);
    if let Ok(f) = teilhabe_domain::files::check_upload(Some("Anlage"), &name, bytes) {
        assert!(!f.file_name.contains(['/', '\\']));
    }
});
