//! Small value types that carry their own validation: official keys, dates, periods,
//! money and percentages.

use serde::{Deserialize, Serialize};
use std::fmt;

/// An official regional key: AGS (Land 2, Regierungsbezirk 3, Kreis 5, Gemeinde 8 digits)
/// or ARS (Gemeindeverband 9, Gemeinde 12 digits). The first two digits name a Land (01–16).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OfficialKey(String);

impl OfficialKey {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim();
        if s.is_empty() {
            return Err("Bitte den amtlichen Schlüssel (AGS/ARS) angeben.".into());
        }
        if !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err("Der amtliche Schlüssel darf nur Ziffern enthalten (z. B. 03157).".into());
        }
        if ![2, 3, 5, 8, 9, 12].contains(&s.len()) {
            return Err(format!(
                "Ein amtlicher Schlüssel hat 2, 3, 5, 8, 9 oder 12 Stellen, nicht {}.",
                s.len()
            ));
        }
        let land: u8 = s[..2].parse().unwrap_or(0);
        if !(1..=16).contains(&land) {
            return Err(format!(
                "„{}“ ist kein Land: Ein amtlicher Schlüssel beginnt mit 01 bis 16.",
                &s[..2]
            ));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for OfficialKey {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        Self::parse(&s)
    }
}

impl From<OfficialKey> for String {
    fn from(k: OfficialKey) -> String {
        k.0
    }
}

impl fmt::Display for OfficialKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A calendar day. Stored as ISO `YYYY-MM-DD` (sorts as text on both databases),
/// shown in German as `DD.MM.YYYY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(time::Date);

const ISO: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[year]-[month]-[day]");
const GERMAN: &[time::format_description::FormatItem<'static>] =
    time::macros::format_description!("[day].[month].[year]");

impl Date {
    /// Accepts ISO (`2022-03-22`, what `<input type=date>` sends) and German (`22.03.2022`).
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim();
        let parsed = if s.contains('.') {
            time::Date::parse(s, GERMAN)
        } else {
            time::Date::parse(s, ISO)
        };
        parsed
            .map(Self)
            .map_err(|_| format!("„{s}“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)."))
    }

    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Self)
    }

    pub fn today() -> Self {
        Self(time::OffsetDateTime::now_utc().date())
    }

    pub fn iso(&self) -> String {
        self.0.format(ISO).unwrap_or_default()
    }

    pub fn german(&self) -> String {
        self.0.format(GERMAN).unwrap_or_default()
    }

    pub fn year(&self) -> i32 {
        self.0.year()
    }

    pub fn month(&self) -> u8 {
        u8::from(self.0.month())
    }

    pub fn day(&self) -> u8 {
        self.0.day()
    }

    /// The same day `months` later (earlier when negative), the month's last day where
    /// it is shorter: 31 August plus six months is 28 (or 29) February.
    pub fn add_months(self, months: i64) -> Self {
        let index = i64::from(self.year()) * 12 + i64::from(self.month()) - 1 + months;
        let (year, month) = (index.div_euclid(12), index.rem_euclid(12) + 1);
        let (Ok(year), Ok(month)) = (i32::try_from(year), u8::try_from(month)) else {
            return self;
        };
        (28..=self.day())
            .rev()
            .find_map(|d| Self::from_ymd(year, month, d))
            .or_else(|| Self::from_ymd(year, month, self.day()))
            .unwrap_or(self)
    }

    /// The day `days` later (earlier when negative).
    pub fn add_days(self, days: i64) -> Self {
        Self(self.0.saturating_add(time::Duration::days(days)))
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Self) -> i64 {
        (later.0 - self.0).whole_days()
    }

    /// 0 for Monday … 6 for Sunday.
    pub fn weekday_from_monday(&self) -> u8 {
        self.0.weekday().number_days_from_monday()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Date::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Formats a stored ISO date for people; leaves anything unparseable as it is.
pub fn german_date(iso: &str) -> String {
    Date::parse(iso)
        .map(|d| d.german())
        .unwrap_or_else(|_| iso.to_owned())
}

/// A span of days with an optional open end. The end never lies before the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Period {
    start: Option<Date>,
    end: Option<Date>,
}

impl Period {
    pub fn new(start: Option<Date>, end: Option<Date>) -> Result<Self, String> {
        if let (Some(s), Some(e)) = (start, end)
            && e < s
        {
            return Err(format!(
                "Das Ende ({}) liegt vor dem Beginn ({}).",
                e.german(),
                s.german()
            ));
        }
        Ok(Self { start, end })
    }

    pub fn start(&self) -> Option<Date> {
        self.start
    }

    pub fn end(&self) -> Option<Date> {
        self.end
    }
}

/// An amount of euros, held in cents so that sums are exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Money(i64);

impl Money {
    pub fn from_cents(cents: i64) -> Self {
        Self(cents)
    }

    pub fn cents(&self) -> i64 {
        self.0
    }

    /// Parses euro amounts as people type them: `12.500,50`, `12500,5`, `12500.50`,
    /// `12.500`, `12 500 €`. A comma is always the decimal separator; without one, a dot
    /// followed by groups of exactly three digits separates thousands.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let cleaned: String = raw
            .trim()
            .trim_end_matches('€')
            .trim_start_matches('€')
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
            .collect();
        hundredths_of(&cleaned)
            .map(Self)
            .ok_or_else(|| format!("„{}“ ist kein Geldbetrag (z. B. 12.500,00).", raw.trim()))
    }

    /// German notation with thousands dots and the euro sign: `12.500,00 €`.
    pub fn german(&self) -> String {
        let abs = self.0.unsigned_abs();
        let euros = (abs / 100).to_string();
        let mut grouped = String::new();
        for (i, ch) in euros.chars().enumerate() {
            if i > 0 && (euros.len() - i).is_multiple_of(3) {
                grouped.push('.');
            }
            grouped.push(ch);
        }
        let sign = if self.0 < 0 { "-" } else { "" };
        format!("{sign}{grouped},{:02} €", abs % 100)
    }

    /// Plain decimal with a point, as the JSON API writes amounts: `12500.00`.
    pub fn decimal(&self) -> String {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        format!("{sign}{}.{:02}", abs / 100, abs % 100)
    }
}

/// A decimal number as people type it, in hundredths: a comma is always the decimal
/// separator; without one, a dot followed by groups of exactly three digits separates
/// thousands, any other dot is the decimal point. At most two decimals.
fn hundredths_of(cleaned: &str) -> Option<i64> {
    let (negative, body) = match cleaned.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, cleaned),
    };
    let (int_part, frac_part) = if let Some((i, f)) = body.split_once(',') {
        (i.replace('.', ""), f.to_owned())
    } else if body.contains('.') && is_thousands_grouped(body) {
        (body.replace('.', ""), String::new())
    } else if let Some((i, f)) = body.split_once('.') {
        (i.to_owned(), f.to_owned())
    } else {
        (body.to_owned(), String::new())
    };
    if int_part.is_empty() && frac_part.is_empty()
        || !int_part.bytes().all(|b| b.is_ascii_digit())
        || !frac_part.bytes().all(|b| b.is_ascii_digit())
        || frac_part.len() > 2
        || int_part.len() > 13
    {
        return None;
    }
    let whole: i64 = if int_part.is_empty() {
        0
    } else {
        int_part.parse().ok()?
    };
    let fraction: i64 = match frac_part.len() {
        0 => 0,
        1 => frac_part.parse::<i64>().ok()? * 10,
        _ => frac_part.parse().ok()?,
    };
    let total = whole * 100 + fraction;
    Some(if negative { -total } else { total })
}

/// A non-negative quantity with at most two decimals — full-time equivalents (1,5 VZÄ), a
/// funding rate (87,5 %) — held in hundredths so that sums are exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Hundredths(i64);

impl Hundredths {
    pub fn from_hundredths(n: i64) -> Self {
        Self(n)
    }

    pub fn hundredths(&self) -> i64 {
        self.0
    }

    /// `1,5`, `0,75`, `87.5`, `12`; `what` names the quantity in the error.
    pub fn parse(raw: &str, what: &str) -> Result<Self, String> {
        let cleaned: String = raw
            .trim()
            .trim_end_matches('%')
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
            .collect();
        match hundredths_of(&cleaned) {
            Some(n) if n >= 0 => Ok(Self(n)),
            _ => Err(format!(
                "„{}“ ist keine Zahl für {what} (z. B. 1,5; höchstens zwei Nachkommastellen, nicht negativ).",
                raw.trim()
            )),
        }
    }

    /// German notation without trailing zeros: `1,5`, `0,75`, `2`.
    pub fn german(&self) -> String {
        self.decimal().replace('.', ",")
    }

    /// Plain decimal with a point and without trailing zeros, as the API and exports
    /// write it: `1.5`, `2`.
    pub fn decimal(&self) -> String {
        let whole = self.0 / 100;
        match self.0 % 100 {
            0 => whole.to_string(),
            f if f % 10 == 0 => format!("{whole}.{}", f / 10),
            f => format!("{whole}.{f:02}"),
        }
    }
}

fn is_thousands_grouped(s: &str) -> bool {
    let mut parts = s.split('.');
    let first = parts.next().unwrap_or("");
    !first.is_empty() && first.len() <= 3 && parts.all(|p| p.len() == 3)
}

/// A share from 0 to 100 per cent, whole numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub struct Percent(u8);

impl Percent {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim().trim_end_matches('%').trim();
        let n: i64 = s
            .parse()
            .map_err(|_| format!("„{}“ ist keine ganze Zahl von 0 bis 100.", raw.trim()))?;
        Self::new(n)
    }

    pub fn new(n: i64) -> Result<Self, String> {
        if (0..=100).contains(&n) {
            Ok(Self(n as u8))
        } else {
            Err(format!(
                "Der Fortschritt muss zwischen 0 und 100 % liegen, nicht {n} %."
            ))
        }
    }

    pub fn value(&self) -> u8 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_keep_the_day_or_take_the_last() {
        let d = |s: &str| Date::parse(s).unwrap();
        assert_eq!(d("2026-08-31").add_months(6), d("2027-02-28"));
        assert_eq!(d("2027-08-31").add_months(6), d("2028-02-29"));
        assert_eq!(d("2026-12-07").add_months(1), d("2027-01-07"));
        assert_eq!(d("2026-01-15").add_months(-2), d("2025-11-15"));
        assert_eq!(d("2026-03-01").add_months(0), d("2026-03-01"));
    }

    #[test]
    fn hundredths_as_typed() {
        let h = |s: &str| Hundredths::parse(s, "VZÄ").map(|h| h.hundredths());
        assert_eq!(h("1,5"), Ok(150));
        assert_eq!(h("0.75"), Ok(75));
        assert_eq!(h("87,5 %"), Ok(8750));
        assert_eq!(h("2"), Ok(200));
        assert!(h("-1").is_err());
        assert!(h("1,555").is_err());
        assert!(h("eins").unwrap_err().contains("VZÄ"));
        assert_eq!(Hundredths::from_hundredths(150).german(), "1,5");
        assert_eq!(Hundredths::from_hundredths(75).decimal(), "0.75");
        assert_eq!(Hundredths::from_hundredths(200).decimal(), "2");
    }

    #[test]
    fn official_keys() {
        assert_eq!(OfficialKey::parse("03157").unwrap().as_str(), "03157");
        assert_eq!(OfficialKey::parse(" 15083 ").unwrap().as_str(), "15083");
        assert!(OfficialKey::parse("031570000000").is_ok());
        assert!(OfficialKey::parse("3157").is_err());
        assert!(OfficialKey::parse("0315A").is_err());
        assert!(
            OfficialKey::parse("17001")
                .unwrap_err()
                .contains("kein Land")
        );
        assert!(OfficialKey::parse("").is_err());
    }

    #[test]
    fn dates_in_both_notations() {
        let d = Date::parse("22.03.2022").unwrap();
        assert_eq!(d, Date::parse("2022-03-22").unwrap());
        assert_eq!(d.german(), "22.03.2022");
        assert_eq!(d.iso(), "2022-03-22");
        assert!(Date::parse("31.02.2022").is_err());
        assert!(Date::parse("gestern").is_err());
    }

    #[test]
    fn period_end_before_start_is_rejected() {
        let a = Date::parse("2022-01-01").ok();
        let b = Date::parse("2021-12-31").ok();
        assert!(Period::new(a, b).unwrap_err().contains("vor dem Beginn"));
        assert!(Period::new(b, a).is_ok());
        assert!(Period::new(a, None).is_ok());
    }

    #[test]
    fn money_in_german_and_plain_notation() {
        assert_eq!(Money::parse("12.500,50").unwrap().cents(), 1_250_050);
        assert_eq!(Money::parse("12500,5").unwrap().cents(), 1_250_050);
        assert_eq!(Money::parse("12500.50").unwrap().cents(), 1_250_050);
        assert_eq!(Money::parse("12.500").unwrap().cents(), 1_250_000);
        assert_eq!(Money::parse("1.234.567 €").unwrap().cents(), 123_456_700);
        assert_eq!(Money::parse("0,99").unwrap().cents(), 99);
        assert_eq!(Money::parse("-5").unwrap().cents(), -500);
        assert!(Money::parse("zwölf").is_err());
        assert!(Money::parse("1,234,5").is_err());
        assert_eq!(Money::from_cents(1_250_050).german(), "12.500,50 €");
        assert_eq!(Money::from_cents(5).german(), "0,05 €");
        assert_eq!(Money::from_cents(-123_456_789).german(), "-1.234.567,89 €");
        assert_eq!(Money::from_cents(1_250_050).decimal(), "12500.50");
    }

    #[test]
    fn percent_bounds() {
        assert_eq!(Percent::parse("40 %").unwrap().value(), 40);
        assert!(Percent::parse("101").is_err());
        assert!(Percent::parse("-1").is_err());
        assert!(Percent::parse("viel").is_err());
    }
}
