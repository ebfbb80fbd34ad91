//! Mails composed in the recipient's language — controlling's invitations to a reporting
//! round and its reminders, digests and notices; the commenters' confirmations and what
//! became of their comments. Each is a [`Letter`] of paragraphs, lists and links,
//! rendered once as plain text and once as HTML (no images, nothing that tracks).
//!
//! The words are the portal's Fluent messages (`mail-…`), so a mail exists in every
//! portal language; dates are German (`30.06.2026`) in German mails and ISO 8601 in the
//! others.

use crate::kit::i18n;
use crate::kit::layout::escape;
use teilhabe_domain::Date;
use teilhabe_store::outbox::NewMail;

/// The language a mail is written in: the reader's, when it is offered (each offered
/// language has a catalogue with the mails' messages), German otherwise.
pub fn mail_language(code: &str) -> &'static str {
    teilhabe_domain::languages::language(code).map_or("de", |l| l.code)
}

/// A date as the mail's language writes it.
pub fn date(lang: &str, day: Date) -> String {
    if lang == "de" {
        day.german()
    } else {
        day.iso()
    }
}

enum Block {
    Text(String),
    List(Vec<String>),
    Link(String),
}

/// A mail's content, built once and rendered as text and as HTML.
pub struct Letter {
    lang: &'static str,
    blocks: Vec<Block>,
}

impl Letter {
    pub fn new(lang: &str) -> Self {
        Self {
            lang: mail_language(lang),
            blocks: Vec::new(),
        }
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// Message `id` with its arguments, in the letter's language.
    pub fn t(&self, id: &str, args: &[(&str, String)]) -> String {
        i18n::format(self.lang, id, args)
    }

    pub fn para(mut self, id: &str, args: &[(&str, String)]) -> Self {
        let text = self.t(id, args);
        self.blocks.push(Block::Text(text));
        self
    }

    /// A paragraph of the sender's own words (the coordinator's message), as written.
    pub fn quote(mut self, text: &str) -> Self {
        if !text.trim().is_empty() {
            self.blocks.push(Block::Text(text.trim().to_owned()));
        }
        self
    }

    pub fn list(mut self, items: Vec<String>) -> Self {
        if !items.is_empty() {
            self.blocks.push(Block::List(items));
        }
        self
    }

    pub fn link(mut self, href: String) -> Self {
        self.blocks.push(Block::Link(href));
        self
    }

    fn text(&self) -> String {
        let mut out = Vec::new();
        for b in &self.blocks {
            out.push(match b {
                Block::Text(t) => t.clone(),
                Block::List(items) => items
                    .iter()
                    .map(|i| format!("- {i}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                Block::Link(href) => href.clone(),
            });
        }
        out.push(format!("-- \n{}", self.t("mail-footer", &[])));
        out.join("\n\n") + "\n"
    }

    fn html(&self, subject: &str) -> String {
        let dir = if teilhabe_domain::languages::language(self.lang).is_some_and(|l| l.rtl) {
            "rtl"
        } else {
            "ltr"
        };
        let mut out = format!(
            "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{}</title></head><body>\n",
            self.lang,
            escape(subject)
        );
        for b in &self.blocks {
            match b {
                Block::Text(t) => {
                    out.push_str("<p>");
                    out.push_str(&escape(t).replace('\n', "<br>"));
                    out.push_str("</p>\n");
                }
                Block::List(items) => {
                    out.push_str("<ul>\n");
                    for i in items {
                        out.push_str(&format!("<li>{}</li>\n", escape(i)));
                    }
                    out.push_str("</ul>\n");
                }
                Block::Link(href) => {
                    let href = escape(href);
                    out.push_str(&format!("<p><a href=\"{href}\">{href}</a></p>\n"));
                }
            }
        }
        out.push_str(&format!(
            "<p><small>{}</small></p>\n</body></html>\n",
            escape(&self.t("mail-footer", &[]))
        ));
        out
    }

    /// The mail for the outbox.
    pub fn mail(
        &self,
        body_id: i64,
        kind: &str,
        recipient: &str,
        subject: String,
        dedupe_key: Option<String>,
    ) -> NewMail {
        NewMail {
            body_id: Some(body_id),
            kind: kind.to_owned(),
            recipient: recipient.to_owned(),
            language: self.lang.to_owned(),
            text: self.text(),
            html: self.html(&subject),
            subject,
            dedupe_key,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letter_reads_the_same_as_text_and_html() {
        let letter = Letter::new("ar")
            .quote("Bitte <bis> Ende Juni & danke")
            .list(vec!["A1 Sprachkurs".into()])
            .link("https://kreis.example/bericht/abc".into());
        let mail = letter.mail(1, "test", "a@example.org", "Betreff".into(), None);
        assert_eq!(mail.language, "ar");
        assert!(mail.text.contains("- A1 Sprachkurs\n"));
        assert!(mail.text.contains("https://kreis.example/bericht/abc"));
        assert!(mail.html.contains("dir=\"rtl\""));
        assert!(
            mail.html
                .contains("Bitte &#60;bis&#62; Ende Juni &#38; danke")
        );
        assert_eq!(
            Letter::new("xx").lang(),
            "de",
            "unknown languages get German"
        );
        assert_eq!(date("de", Date::parse("2026-06-30").unwrap()), "30.06.2026");
        assert_eq!(date("en", Date::parse("2026-06-30").unwrap()), "2026-06-30");
    }
}
