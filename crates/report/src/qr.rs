//! QR codes for the printed page, as small SVG documents: black modules on white with the
//! standard quiet zone, error correction level M (a code survives a smudge or a fold).
//!
//! Printed, a module must be at least half a millimetre wide to be read reliably by a phone
//! (print guidance; at 150 dpi that is three pixels). The codes hold short addresses
//! (`/q/m1a`, see `teilhabe_domain::links`) so that they need few modules, and each code
//! says how wide it must at least be printed.

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The narrowest a module is printed, in millimetres.
pub const MODULE_MM: f64 = 0.5;
/// The quiet zone around a code, in modules on each side (the standard's four).
const QUIET: usize = 4;

/// The QR code of `url` as an SVG document, and the least width it may be printed at, in
/// millimetres (quiet zone included).
pub fn svg(url: &str) -> (String, f64) {
    // A URL of a few hundred bytes always fits a QR code (version 40 holds 2,331 bytes at M).
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .expect("a URL fits into a QR code");
    let modules = code.width() + 2 * QUIET;
    let svg = code
        .render::<svg::Color<'_>>()
        .module_dimensions(4, 4)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build();
    (svg, modules as f64 * MODULE_MM)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_url_becomes_an_svg_with_dark_modules() {
        let (s, mm) = super::svg("http://127.0.0.1:8080/03157/massnahmen/12");
        assert!(s.starts_with("<?xml"));
        assert!(s.contains("<svg") && s.contains("#000000"));
        // Version 3 (29 modules) and the quiet zone, at half a millimetre each.
        assert_eq!(mm, f64::from(29 + 8) * 0.5);
        let (_, short) = super::svg("https://teilhabe.landkreis-peine.de/q/m1a");
        assert!(short <= mm, "a short address needs no more modules");
    }
}
