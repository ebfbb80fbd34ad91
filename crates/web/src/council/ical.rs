//! iCalendar (RFC 5545) feeds of meetings. The format is small enough to write directly:
//! CRLF line ends, lines folded at 75 octets, text escaped, times in UTC.

use teilhabe_domain::council::LocalDateTime;

pub struct Event {
    pub uid: String,
    pub stamp_utc: String,
    pub start: String,
    pub end: Option<String>,
    pub summary: String,
    pub location: Option<String>,
    pub url: String,
    pub cancelled: bool,
}

/// A whole calendar.
pub fn calendar(name: &str, events: &[Event]) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//Teilhabe//Sitzungskalender//DE");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(name)));
    for e in events {
        line(&mut out, "BEGIN:VEVENT");
        line(&mut out, &format!("UID:{}", e.uid));
        line(
            &mut out,
            &format!("DTSTAMP:{}", ical_utc_stamp(&e.stamp_utc)),
        );
        match LocalDateTime::parse(&e.start) {
            Ok(t) if t.has_time() => {
                line(&mut out, &format!("DTSTART:{}", utc(&t)));
                if let Some(end) = e
                    .end
                    .as_deref()
                    .and_then(|x| LocalDateTime::parse(x).ok())
                    .filter(teilhabe_domain::council::LocalDateTime::has_time)
                {
                    line(&mut out, &format!("DTEND:{}", utc(&end)));
                }
            }
            Ok(t) => line(
                &mut out,
                &format!("DTSTART;VALUE=DATE:{}", t.date().iso().replace('-', "")),
            ),
            Err(_) => {}
        }
        line(&mut out, &format!("SUMMARY:{}", escape(&e.summary)));
        if let Some(l) = &e.location {
            line(&mut out, &format!("LOCATION:{}", escape(l)));
        }
        line(&mut out, &format!("URL:{}", e.url));
        if e.cancelled {
            line(&mut out, "STATUS:CANCELLED");
        }
        line(&mut out, "END:VEVENT");
    }
    line(&mut out, "END:VCALENDAR");
    out
}

/// `2017-04-19T17:00:00+02:00` → `20170419T150000Z`.
fn utc(t: &LocalDateTime) -> String {
    let parsed =
        time::OffsetDateTime::parse(&t.rfc3339(), &time::format_description::well_known::Rfc3339);
    match parsed {
        Ok(x) => {
            let u = x.to_offset(time::UtcOffset::UTC);
            format!(
                "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
                u.year(),
                u8::from(u.month()),
                u.day(),
                u.hour(),
                u.minute(),
                u.second()
            )
        }
        Err(_) => t.date().iso().replace('-', ""),
    }
}

/// Stored `2026-11-21T05:00:00Z` → `20261121T050000Z`.
fn ical_utc_stamp(stored: &str) -> String {
    stored.replace(['-', ':'], "")
}

/// A TEXT value (RFC 5545 §3.3.11). Every line break becomes `\n`, a lone carriage return
/// too (calendar programs end the line there, so a CR would start a property of its own),
/// and other control characters, which TEXT must not hold, are dropped.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace("\r\n", "\\n")
        .replace(['\n', '\r'], "\\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\t')
        .collect()
}

/// Appends a content line, folded so that no line exceeds 75 octets (RFC 5545 §3.1).
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for ch in content.chars() {
        let len = ch.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(ch);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_carriage_return_or_control_character_survives_escaping() {
        let escaped = escape("Sitzung\rX-INJECTED:1\nZwei\r\nDrei\0\u{1b}");
        assert_eq!(escaped, "Sitzung\\nX-INJECTED:1\\nZwei\\nDrei");
        assert!(!escaped.contains(['\r', '\n', '\0']));
    }

    #[test]
    fn events_in_utc_folded_and_escaped() {
        let cal = calendar(
            "Kultur- und Sozialausschuss",
            &[
                Event {
                    uid: "meeting-1@teilhabe".into(),
                    stamp_utc: "2026-11-21T05:00:00Z".into(),
                    start: "2017-04-19T17:00:00+02:00".into(),
                    end: Some("2017-04-19T18:55:00+02:00".into()),
                    summary: "Ordentliche Sitzung; Tagesordnung, Teil 1".into(),
                    location: Some("Sitzungsraum II, Landkreis Börde, Verwaltungsgebäude, Gerikestraße 104, 39340 Haldensleben".into()),
                    url: "https://example.org/15083/sitzungen/1".into(),
                    cancelled: false,
                },
                Event {
                    uid: "meeting-2@teilhabe".into(),
                    stamp_utc: "2026-11-21T05:00:00Z".into(),
                    start: "2006-05-15".into(),
                    end: None,
                    summary: "Ausschuss".into(),
                    location: None,
                    url: "https://example.org/03157/sitzungen/2".into(),
                    cancelled: true,
                },
            ],
        );
        assert!(cal.contains("DTSTART:20170419T150000Z\r\n"));
        assert!(cal.contains("DTEND:20170419T165500Z\r\n"));
        assert!(cal.contains("SUMMARY:Ordentliche Sitzung\\; Tagesordnung\\, Teil 1\r\n"));
        assert!(cal.contains("DTSTART;VALUE=DATE:20060515\r\n"));
        assert!(cal.contains("STATUS:CANCELLED"));
        for l in cal.split("\r\n") {
            assert!(l.len() <= 75, "line too long: {l}");
        }
        let unfolded = cal.replace("\r\n ", "");
        assert!(unfolded.contains("LOCATION:Sitzungsraum II\\, Landkreis Börde\\, Verwaltungsgebäude\\, Gerikestraße 104\\, 39340 Haldensleben"));
        assert!(cal.starts_with("BEGIN:VCALENDAR\r\n") && cal.ends_with("END:VCALENDAR\r\n"));
    }
}
