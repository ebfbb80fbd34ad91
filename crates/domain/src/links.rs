//! Short, stable addresses for the QR codes of printed documents: `/q/m1a` instead of
//! `/03157/massnahmen/46`. The fewer bytes a code holds, the fewer modules it needs, and the
//! larger each module can be printed in the same space: a phone must read it off paper at
//! arm's length. A short address names a record by kind and id (base 36), so it stays valid
//! while the record exists, whatever its body's pages are called; the server answers it
//! with a redirect to the page.

/// What a short address leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Short {
    /// A measure's page.
    Measure(i64),
    /// A field of action, on its concept version's page.
    Field(i64),
    /// A concept version.
    Concept(i64),
    /// An indicator of a body's monitoring.
    Indicator(i64),
    /// A body's monitoring page (by the body's id).
    Monitoring(i64),
}

impl Short {
    fn letter(self) -> (char, i64) {
        match self {
            Short::Measure(id) => ('m', id),
            Short::Field(id) => ('h', id),
            Short::Concept(id) => ('k', id),
            Short::Indicator(id) => ('i', id),
            Short::Monitoring(id) => ('o', id),
        }
    }

    /// The path, `/q/` and the code.
    pub fn path(self) -> String {
        let (letter, id) = self.letter();
        format!("/q/{letter}{}", base36(id))
    }

    /// Reads the code after `/q/` (case does not matter); `None` for anything else.
    pub fn parse(code: &str) -> Option<Short> {
        let code = code.to_ascii_lowercase();
        let mut chars = code.chars();
        let letter = chars.next()?;
        let digits = chars.as_str();
        if digits.is_empty() || digits.len() > 13 || digits.starts_with('0') {
            return None;
        }
        let id = i64::from_str_radix(digits, 36).ok().filter(|id| *id > 0)?;
        Some(match letter {
            'm' => Short::Measure(id),
            'h' => Short::Field(id),
            'k' => Short::Concept(id),
            'i' => Short::Indicator(id),
            'o' => Short::Monitoring(id),
            _ => return None,
        })
    }
}

fn base36(mut n: i64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    if n <= 0 {
        return "0".into();
    }
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII digits")
}

#[cfg(test)]
mod tests {
    use super::Short;

    #[test]
    fn codes_go_both_ways_and_nothing_else_reads() {
        for s in [
            Short::Measure(1),
            Short::Measure(46),
            Short::Field(36),
            Short::Concept(1_000_000),
            Short::Indicator(i64::MAX),
            Short::Monitoring(2),
        ] {
            let path = s.path();
            assert_eq!(
                Short::parse(path.strip_prefix("/q/").unwrap()),
                Some(s),
                "{path}"
            );
        }
        assert_eq!(Short::Measure(46).path(), "/q/m1a");
        assert_eq!(Short::parse("M1A"), Some(Short::Measure(46)));
        for bad in [
            "",
            "m",
            "x1",
            "m0",
            "m01",
            "m-1",
            "m1a/",
            "m1234567890abcd",
            "m!",
        ] {
            assert_eq!(Short::parse(bad), None, "{bad:?}");
        }
    }
}
