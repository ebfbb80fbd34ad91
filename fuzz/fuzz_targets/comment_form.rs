//! Any bytes as the public comment form (`application/x-www-form-urlencoded`): what the
//! parser accepts is within the bounds the portal promises — a target that reads back the
//! same, a text without control or direction characters, of 10 to 4000 characters with at
//! most two links, an address that can be one — and a filled hidden field is always
//! refused. The moderation form's parser runs on the same bytes.
#![no_main]
use libfuzzer_sys::fuzz_target;
use teilhabe_domain::RawInput;
use teilhabe_domain::comments::{
    CommentDraft, HONEYPOT, MAX_CHARS, MAX_LINKS, MIN_CHARS, Moderation, Problem, Target,
};
use teilhabe_domain::input::{Lines, unsafe_char};

fuzz_target!(|data: &[u8]| {
    let input = RawInput::from_pairs(form_urlencoded::parse(data).into_owned());
    let bot = input.get(HONEYPOT).is_some_and(|v| !v.trim().is_empty());
    match CommentDraft::parse(&input) {
        Ok(c) => {
            assert!(!bot, "a filled hidden field was accepted");
            assert_eq!(Target::parse(&c.target.code()), Some(c.target));
            assert_eq!(unsafe_char(&c.text, Lines::Many), None, "accepted: {:?}", c.text);
            let n = c.text.chars().count();
            assert!((MIN_CHARS..=MAX_CHARS).contains(&n), "{n} characters accepted");
            // Counted here on purpose, not with the parser's own function: the oracle.
            let links = c.text.matches("http://").count()
                + c.text.matches("https://").count()
                + c.text.matches("www.").count();
            assert!(links <= MAX_LINKS, "{links} links accepted");
            if let Some(e) = &c.email {
                assert!(e.len() <= 254 && e.contains('@') && *e == e.to_lowercase());
            }
        }
        Err(problems) => {
            assert!(!problems.is_empty(), "refused without a reason");
            if bot {
                assert_eq!(problems, [("text", Problem::Refused)]);
            }
        }
    }
    let _ = Moderation::parse(&input);
    if let Ok(text) = std::str::from_utf8(data)
        && let Some(t) = Target::parse(text)
    {
        assert_eq!(Target::parse(&t.code()), Some(t));
    }
});
