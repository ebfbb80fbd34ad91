//! The special symbols of official statistics (Zeichenerklärung), kept as typed flags:
//! a cell that holds one has no number, and it is never read as 0.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Flag {
    /// `-` nothing (or the region did not exist)
    Nothing,
    /// `.` unknown or kept secret
    Unknown,
    /// `...` available later
    Later,
    /// `x` blocked, not meaningful
    Blocked,
    /// `/` not reliable enough
    Unreliable,
    /// `()` limited reliability (the number is shown in brackets)
    Limited,
    /// `p` provisional
    Provisional,
    /// `r` revised
    Revised,
    /// `s` estimated
    Estimated,
    /// `*` kept secret (Federal Employment Agency)
    Confidential,
}

impl Flag {
    pub const ALL: [Flag; 10] = [
        Flag::Nothing,
        Flag::Unknown,
        Flag::Later,
        Flag::Blocked,
        Flag::Unreliable,
        Flag::Limited,
        Flag::Provisional,
        Flag::Revised,
        Flag::Estimated,
        Flag::Confidential,
    ];

    pub fn symbol(self) -> &'static str {
        match self {
            Self::Nothing => "-",
            Self::Unknown => ".",
            Self::Later => "...",
            Self::Blocked => "x",
            Self::Unreliable => "/",
            Self::Limited => "()",
            Self::Provisional => "p",
            Self::Revised => "r",
            Self::Estimated => "s",
            Self::Confidential => "*",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Nothing => "nichts vorhanden",
            Self::Unknown => "unbekannt oder geheim",
            Self::Later => "Angabe fällt später an",
            Self::Blocked => "Tabellenfach gesperrt, Aussage nicht sinnvoll",
            Self::Unreliable => "keine Angabe, da Zahlenwert nicht sicher genug",
            Self::Limited => "Aussagewert eingeschränkt",
            Self::Provisional => "vorläufig",
            Self::Revised => "berichtigt",
            Self::Estimated => "geschätzt",
            Self::Confidential => "aus Datenschutzgründen anonymisiert",
        }
    }

    pub fn from_symbol(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|f| f.symbol() == s)
    }
}

impl fmt::Display for Flag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

/// A cell of a value column: a number, a symbol, or a number with a symbol.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    pub value: Option<f64>,
    pub flag: Option<Flag>,
}

/// Reads a value cell: `158789`, `4,5`, `-`, `.`, `...`, `x`, `/`, `*`, `(12)`, `123p`,
/// `12,3 r`. Decimal comma or point; thousands separators are not used in these files
/// (a `.` with a `,` is one and is dropped). `Err` names what was found.
pub fn parse_cell(raw: &str) -> Result<Cell, String> {
    let s = raw.trim();
    if let Some(flag) = Flag::from_symbol(s) {
        return Ok(Cell {
            value: None,
            flag: Some(flag),
        });
    }
    if let Some(inner) = s.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        return number(inner).map(|v| Cell {
            value: Some(v),
            flag: Some(Flag::Limited),
        });
    }
    for (suffix, flag) in [
        ("p", Flag::Provisional),
        ("r", Flag::Revised),
        ("s", Flag::Estimated),
    ] {
        if let Some(n) = s.strip_suffix(suffix)
            && !n.trim().is_empty()
        {
            return number(n.trim()).map(|v| Cell {
                value: Some(v),
                flag: Some(flag),
            });
        }
    }
    number(s).map(|v| Cell {
        value: Some(v),
        flag: None,
    })
}

fn number(s: &str) -> Result<f64, String> {
    let err = || {
        if s.is_empty() {
            "leerer Wert (erwartet: Zahl oder Zeichen wie „-“, „.“, „x“)".to_owned()
        } else {
            format!("„{s}“ ist weder eine Zahl noch ein Zeichen der amtlichen Statistik")
        }
    };
    let ok = !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b'-' | b'+'))
        && s.bytes().any(|b| b.is_ascii_digit());
    if !ok {
        return Err(err());
    }
    let normal = if s.contains(',') {
        s.replace('.', "").replace(',', ".")
    } else {
        s.to_owned()
    };
    normal.parse::<f64>().map_err(|_| err())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells() {
        let c = |s| parse_cell(s).unwrap();
        assert_eq!(c("158789").value, Some(158789.0));
        assert_eq!(c("4,5").value, Some(4.5));
        assert_eq!(c("1.234,5").value, Some(1234.5));
        assert_eq!(c("0").value, Some(0.0));
        assert_eq!(
            c("-"),
            Cell {
                value: None,
                flag: Some(Flag::Nothing)
            }
        );
        assert_eq!(
            c("..."),
            Cell {
                value: None,
                flag: Some(Flag::Later)
            }
        );
        assert_eq!(
            c("(12)"),
            Cell {
                value: Some(12.0),
                flag: Some(Flag::Limited)
            }
        );
        assert_eq!(
            c("123p"),
            Cell {
                value: Some(123.0),
                flag: Some(Flag::Provisional)
            }
        );
        assert_eq!(c("12,3 r").value, Some(12.3));
        for bad in ["abc", "", "12a", "--"] {
            assert!(parse_cell(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_cell("-12").unwrap().value, Some(-12.0));
    }
}
