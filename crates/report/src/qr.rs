//! QR codes for the printed page, as small SVG documents: black modules on white with the
//! standard quiet zone, error correction level M (a code survives a smudge or a fold).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// The QR code of `url` as an SVG document.
pub fn svg(url: &str) -> String {
    // A URL of a few hundred bytes always fits a QR code (version 40 holds 2,331 bytes at M).
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .expect("a URL fits into a QR code");
    code.render::<svg::Color<'_>>()
        .module_dimensions(4, 4)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build()
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_url_becomes_an_svg_with_dark_modules() {
        let s = super::svg("http://127.0.0.1:8080/03157/massnahmen/12");
        assert!(s.starts_with("<?xml"));
        assert!(s.contains("<svg") && s.contains("#000000"));
    }
}
