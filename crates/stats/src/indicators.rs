//! Indicators as formulas over variables, evaluated per region and period.
//!
//! A formula is arithmetic (`+ - * /`, parentheses, numbers with `.` or `,`) over
//! references to variables, optionally narrowed to attributes, and sums:
//!
//! - `BEVSTD` — the variable's total (the cell without attributes);
//! - `BEVSTD[GES=GESW]` — the cell with exactly these attributes;
//! - `sum(BEV030)`, `sum(BEV030[GES=GESW])` — the sum of the most detailed cells that
//!   carry the given attributes, over all their other attributes (for tables without
//!   totals, such as 12531-0043). Where a table's categories nest (subtotals beside their
//!   parts), the formula has to name one level.
//!
//! A symbol travels with the result: an input without a value (`-`, `.`, `x`, …) leaves
//! the result without a value and with that symbol; inputs with a value and a mark (`p`,
//! `r`, `s`, `()`) give a value with the weakest mark; a missing input gives no value and
//! no symbol ("no data"); division by zero gives `x` (not meaningful).

use crate::Flag;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub enum Expr {
    Num(f64),
    /// A cell: variable code and canonical dims (`GES=GESW;NAT=NATA`, empty = total).
    Cell {
        variable: String,
        dims: String,
    },
    /// The sum of the most detailed cells carrying these dims.
    Sum {
        variable: String,
        dims: String,
    },
    Neg(Box<Expr>),
    Bin(Box<Expr>, Op, Box<Expr>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Add,
    Sub,
    Mul,
    Div,
}

/// One input as stored: value and symbol.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Input {
    pub value: Option<f64>,
    pub flag: Option<Flag>,
}

/// A result: `value: None, flag: None` means no data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    pub value: Option<f64>,
    pub flag: Option<Flag>,
}

impl Outcome {
    fn missing() -> Self {
        Self {
            value: None,
            flag: None,
        }
    }
}

/// Where a formula gets its inputs.
pub trait Cells {
    /// The cell of a variable with exactly these dims, if stored.
    fn cell(&self, variable: &str, dims: &str) -> Option<Input>;
    /// All stored cells of a variable: `(dims, input)`.
    fn all(&self, variable: &str) -> Vec<(String, Input)>;
}

/// Sorts `A=x;B=y` (also with `,`) into the canonical form.
pub fn canonical_dims(raw: &str) -> String {
    let mut parts: Vec<&str> = raw
        .split([';', ','])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    parts.sort_unstable();
    parts.join(";")
}

pub fn parse(src: &str) -> Result<Expr, String> {
    let mut p = P {
        s: src.as_bytes(),
        i: 0,
        src,
    };
    let e = p.expr()?;
    p.ws();
    if p.i < p.s.len() {
        return Err(p.err("unerwartetes Zeichen"));
    }
    Ok(e)
}

struct P<'a> {
    s: &'a [u8],
    i: usize,
    src: &'a str,
}

impl P<'_> {
    fn err(&self, what: &str) -> String {
        format!("Formel „{}“, Zeichen {}: {what}", self.src, self.i + 1)
    }

    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.s.get(self.i).copied()
    }

    fn expr(&mut self) -> Result<Expr, String> {
        let mut left = self.term()?;
        while let Some(c @ (b'+' | b'-')) = self.peek() {
            self.i += 1;
            let right = self.term()?;
            let op = if c == b'+' { Op::Add } else { Op::Sub };
            left = Expr::Bin(Box::new(left), op, Box::new(right));
        }
        Ok(left)
    }

    fn term(&mut self) -> Result<Expr, String> {
        let mut left = self.factor()?;
        while let Some(c @ (b'*' | b'/')) = self.peek() {
            self.i += 1;
            let right = self.factor()?;
            let op = if c == b'*' { Op::Mul } else { Op::Div };
            left = Expr::Bin(Box::new(left), op, Box::new(right));
        }
        Ok(left)
    }

    fn factor(&mut self) -> Result<Expr, String> {
        match self.peek() {
            Some(b'-') => {
                self.i += 1;
                Ok(Expr::Neg(Box::new(self.factor()?)))
            }
            Some(b'(') => {
                self.i += 1;
                let e = self.expr()?;
                if self.peek() != Some(b')') {
                    return Err(self.err("„)“ fehlt"));
                }
                self.i += 1;
                Ok(e)
            }
            Some(c) if c.is_ascii_digit() => {
                let start = self.i;
                while self.i < self.s.len()
                    && (self.s[self.i].is_ascii_digit() || matches!(self.s[self.i], b'.' | b','))
                {
                    self.i += 1;
                }
                let text = self.src[start..self.i].replace(',', ".");
                text.parse()
                    .map(Expr::Num)
                    .map_err(|_| self.err(&format!("„{text}“ ist keine Zahl")))
            }
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                let name = self.name();
                if name.eq_ignore_ascii_case("sum") && self.peek() == Some(b'(') {
                    self.i += 1;
                    self.ws();
                    let variable = self.name();
                    if variable.is_empty() {
                        return Err(self.err("Merkmal in sum(…) fehlt"));
                    }
                    let dims = self.dims()?;
                    if self.peek() != Some(b')') {
                        return Err(self.err("„)“ fehlt"));
                    }
                    self.i += 1;
                    return Ok(Expr::Sum { variable, dims });
                }
                let dims = self.dims()?;
                Ok(Expr::Cell {
                    variable: name,
                    dims,
                })
            }
            Some(_) => Err(self.err("Zahl, Merkmal, „(“ oder sum(…) erwartet")),
            None => Err(self.err("die Formel endet zu früh")),
        }
    }

    fn name(&mut self) -> String {
        let start = self.i;
        while self.i < self.s.len()
            && (self.s[self.i].is_ascii_alphanumeric() || matches!(self.s[self.i], b'_' | b'-'))
        {
            self.i += 1;
        }
        self.src[start..self.i].to_owned()
    }

    fn dims(&mut self) -> Result<String, String> {
        if self.peek() != Some(b'[') {
            return Ok(String::new());
        }
        self.i += 1;
        let start = self.i;
        while self.i < self.s.len() && self.s[self.i] != b']' {
            self.i += 1;
        }
        if self.i >= self.s.len() {
            return Err(self.err("„]“ fehlt"));
        }
        let inner = &self.src[start..self.i];
        self.i += 1;
        if inner
            .split([';', ','])
            .any(|p| !p.trim().is_empty() && !p.contains('='))
        {
            return Err(self.err("Merkmalsausprägungen als MERKMAL=AUSPRÄGUNG angeben"));
        }
        Ok(canonical_dims(inner))
    }
}

/// How much a mark weakens a value: the weakest one wins.
fn weakness(f: Flag) -> u8 {
    match f {
        Flag::Unreliable | Flag::Limited => 4,
        Flag::Estimated => 3,
        Flag::Provisional => 2,
        Flag::Revised => 1,
        _ => 5,
    }
}

fn combine(a: Option<Flag>, b: Option<Flag>) -> Option<Flag> {
    match (a, b) {
        (Some(x), Some(y)) => Some(if weakness(y) > weakness(x) { y } else { x }),
        (x, None) | (None, x) => x,
    }
}

impl Expr {
    /// The variables the formula reads.
    pub fn variables(&self) -> Vec<&str> {
        let mut out = Vec::new();
        self.collect(&mut out);
        out.sort_unstable();
        out.dedup();
        out
    }

    fn collect<'a>(&'a self, out: &mut Vec<&'a str>) {
        match self {
            Expr::Num(_) => {}
            Expr::Cell { variable, .. } | Expr::Sum { variable, .. } => out.push(variable),
            Expr::Neg(e) => e.collect(out),
            Expr::Bin(a, _, b) => {
                a.collect(out);
                b.collect(out);
            }
        }
    }

    pub fn eval(&self, cells: &dyn Cells) -> Outcome {
        match self {
            Expr::Num(n) => Outcome {
                value: Some(*n),
                flag: None,
            },
            Expr::Cell { variable, dims } => match cells.cell(variable, dims) {
                Some(i) => Outcome {
                    value: i.value,
                    flag: i.flag,
                },
                None => Outcome::missing(),
            },
            Expr::Sum { variable, dims } => {
                let wanted: Vec<&str> = dims.split(';').filter(|p| !p.is_empty()).collect();
                let all = cells.all(variable);
                let matching: Vec<&(String, Input)> = all
                    .iter()
                    .filter(|(d, _)| {
                        let have: Vec<&str> = d.split(';').collect();
                        wanted.iter().all(|w| have.contains(w))
                    })
                    .collect();
                // Only the most detailed cells: a table with totals would count twice.
                let depth = |d: &str| d.split(';').filter(|p| !p.is_empty()).count();
                let Some(max) = matching.iter().map(|(d, _)| depth(d)).max() else {
                    return Outcome::missing();
                };
                let mut sum = 0.0;
                let mut flag = None;
                for (d, i) in matching.iter().filter(|(d, _)| depth(d) == max) {
                    let _ = d;
                    match i.value {
                        Some(v) => {
                            sum += v;
                            flag = combine(flag, i.flag);
                        }
                        // "-" is nothing, which adds nothing; other symbols hide a part.
                        None if i.flag == Some(Flag::Nothing) => {}
                        None => {
                            return Outcome {
                                value: None,
                                flag: i.flag,
                            };
                        }
                    }
                }
                Outcome {
                    value: Some(sum),
                    flag,
                }
            }
            Expr::Neg(e) => {
                let o = e.eval(cells);
                Outcome {
                    value: o.value.map(|v| -v),
                    flag: o.flag,
                }
            }
            Expr::Bin(a, op, b) => {
                let (x, y) = (a.eval(cells), b.eval(cells));
                let (Some(u), Some(v)) = (x.value, y.value) else {
                    // The first input without a value explains the result.
                    let flag = if x.value.is_none() { x.flag } else { y.flag };
                    return Outcome { value: None, flag };
                };
                let flag = combine(x.flag, y.flag);
                let value = match op {
                    Op::Add => u + v,
                    Op::Sub => u - v,
                    Op::Mul => u * v,
                    Op::Div if v == 0.0 => {
                        return Outcome {
                            value: None,
                            flag: Some(Flag::Blocked),
                        };
                    }
                    Op::Div => u / v,
                };
                Outcome {
                    value: Some(value),
                    flag,
                }
            }
        }
    }
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let var = |f: &mut fmt::Formatter<'_>, v: &str, d: &str| {
            if d.is_empty() {
                write!(f, "{v}")
            } else {
                write!(f, "{v}[{d}]")
            }
        };
        match self {
            Expr::Num(n) => write!(f, "{n}"),
            Expr::Cell { variable, dims } => var(f, variable, dims),
            Expr::Sum { variable, dims } => {
                write!(f, "sum(")?;
                var(f, variable, dims)?;
                write!(f, ")")
            }
            Expr::Neg(e) => write!(f, "-({e})"),
            Expr::Bin(a, op, b) => {
                let o = match op {
                    Op::Add => "+",
                    Op::Sub => "-",
                    Op::Mul => "*",
                    Op::Div => "/",
                };
                write!(f, "({a} {o} {b})")
            }
        }
    }
}

/// Whether higher values are better (integration progresses) or worse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    HigherIsBetter,
    LowerIsBetter,
    Neutral,
}

impl Direction {
    pub fn code(self) -> &'static str {
        match self {
            Self::HigherIsBetter => "higher",
            Self::LowerIsBetter => "lower",
            Self::Neutral => "neutral",
        }
    }
}

/// A catalogue entry.
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorDef {
    pub code: &'static str,
    pub name: &'static str,
    pub formula: &'static str,
    pub unit: &'static str,
    pub direction: Direction,
    /// The field of action it belongs to (label as in the concepts).
    pub field: &'static str,
    pub source: &'static str,
    pub description: &'static str,
    /// The GENESIS tables whose variables the formula needs (codes as regionalstatistik.de
    /// and GENESIS-Online name them), so a coordinator knows what to download.
    pub tables: &'static [&'static str],
}

/// The default catalogue, after the indicators of the Länder integration monitoring,
/// written for the GENESIS tables the counties download (codes of the flat files).
// The records' own texts: German content, translated as content, not the interface's words
// (so the staff catalogue's test, web/tests/staff_texts.rs, knows this constant by name).
pub const DEFAULT_INDICATORS: &[IndicatorDef] = &[
    IndicatorDef {
        code: "bevoelkerung",
        name: "Bevölkerung",
        formula: "BEVSTD",
        unit: "Personen",
        direction: Direction::Neutral,
        field: "Zusammenleben",
        source: "Fortschreibung des Bevölkerungsstandes (12411)",
        description: "Einwohnerinnen und Einwohner am Stichtag.",
        tables: &["12411-01-01-4"],
    },
    IndicatorDef {
        code: "frauenanteil",
        name: "Anteil der Frauen an der Bevölkerung",
        formula: "100 * BEVSTD[GES=GESW] / BEVSTD",
        unit: "%",
        direction: Direction::Neutral,
        field: "Zusammenleben",
        source: "Fortschreibung des Bevölkerungsstandes (12411)",
        description: "Weibliche Bevölkerung je 100 Einwohner.",
        tables: &["12411-01-01-4"],
    },
    // 12531 has no totals, and its status categories nest (AK-1 "anerkannt" = AK-2
    // "befristet" + AK-5 "unbefristet"; AK-2 = AK-3 + AK-4): a sum must name one level.
    IndicatorDef {
        code: "schutz_anerkannt_je_1000",
        name: "Schutzsuchende mit anerkanntem Schutzstatus je 1.000 Einwohner",
        formula: "1000 * sum(BEV030[SCHST2=SCHUTZST-AK-1]) / BEVSTD",
        unit: "je 1.000 Einwohner",
        direction: Direction::Neutral,
        field: "Zusammenleben",
        source: "Statistik über Schutzsuchende (12531), Bevölkerungsstand (12411)",
        description: "Schutzsuchende mit anerkanntem Schutzstatus am Stichtag, bezogen auf die Bevölkerung.",
        tables: &["12531-0043", "12411-01-01-4"],
    },
    IndicatorDef {
        code: "schutz_offen_je_1000",
        name: "Schutzsuchende mit offenem Schutzstatus je 1.000 Einwohner",
        formula: "1000 * sum(BEV030[SCHST2=SCHUTZST-OF]) / BEVSTD",
        unit: "je 1.000 Einwohner",
        direction: Direction::Neutral,
        field: "Zusammenleben",
        source: "Statistik über Schutzsuchende (12531), Bevölkerungsstand (12411)",
        description: "Schutzsuchende, über deren Schutzstatus noch nicht entschieden ist, bezogen auf die Bevölkerung.",
        tables: &["12531-0043", "12411-01-01-4"],
    },
    IndicatorDef {
        code: "schutz_unbefristet_anteil",
        name: "Anteil unbefristet anerkannter an allen anerkannten Schutzsuchenden",
        formula: "100 * sum(BEV030[SCHST2=SCHUTZST-AK-5]) / sum(BEV030[SCHST2=SCHUTZST-AK-1])",
        unit: "%",
        direction: Direction::HigherIsBetter,
        field: "Zusammenleben",
        source: "Statistik über Schutzsuchende (12531)",
        description: "Ein sicherer Aufenthalt ist eine Grundlage für Teilhabe.",
        tables: &["12531-0043"],
    },
    IndicatorDef {
        code: "beschaeftigte_auslaendisch_anteil",
        name: "Anteil ausländischer Beschäftigter",
        formula: "100 * ERW032[NAT=NATA] / ERW032",
        unit: "%",
        direction: Direction::Neutral,
        field: "Arbeit und Ausbildung",
        source: "Statistik der sozialversicherungspflichtig Beschäftigten (13111)",
        description: "Sozialversicherungspflichtig Beschäftigte mit ausländischer Staatsangehörigkeit je 100 Beschäftigte (Arbeitsort).",
        tables: &["13111-01-03-4"],
    },
    IndicatorDef {
        code: "beschaeftigte_auslaendisch_frauen",
        name: "Frauenanteil unter ausländischen Beschäftigten",
        formula: "100 * ERW032[GES=GESW;NAT=NATA] / ERW032[NAT=NATA]",
        unit: "%",
        direction: Direction::HigherIsBetter,
        field: "Arbeit und Ausbildung",
        source: "Statistik der sozialversicherungspflichtig Beschäftigten (13111)",
        description: "Beschäftigte ausländische Frauen je 100 ausländische Beschäftigte.",
        tables: &["13111-01-03-4"],
    },
];

/// Further indicators after the Länder integration monitoring that the official tables at
/// Kreis (or Land) level allow, offered for adoption into a body's catalogue beside the
/// defaults — each with the tables it needs. Indicators the monitoring takes from the
/// Mikrozensus by migration background or from the school, youth-welfare and employment
/// agency statistics have no GENESIS table at Kreis level and are not here.
// Content like the defaults (see there).
pub const MONITORING_INDICATORS: &[IndicatorDef] = &[
    IndicatorDef {
        code: "auslaenderanteil",
        name: "Anteil der Ausländerinnen und Ausländer an der Bevölkerung",
        formula: "100 * BEVSTD[NAT=NATA] / BEVSTD",
        unit: "%",
        direction: Direction::Neutral,
        field: "Zusammenleben",
        source: "Fortschreibung des Bevölkerungsstandes nach Nationalität (12411)",
        description: "Einwohner mit ausländischer Staatsangehörigkeit je 100 Einwohner am Stichtag.",
        tables: &["12411-03-03-4"],
    },
    IndicatorDef {
        code: "schutz_frauen_anteil",
        name: "Frauenanteil unter den anerkannten Schutzsuchenden",
        formula: "100 * sum(BEV030[GES=GESW;SCHST2=SCHUTZST-AK-1]) / sum(BEV030[SCHST2=SCHUTZST-AK-1])",
        unit: "%",
        direction: Direction::Neutral,
        field: "Zusammenleben",
        source: "Statistik über Schutzsuchende (12531)",
        description: "Frauen je 100 Schutzsuchende mit anerkanntem Schutzstatus; Angebote für geflüchtete Frauen richten sich nach ihr.",
        tables: &["12531-0043"],
    },
    IndicatorDef {
        code: "schutz_ukraine_anteil",
        name: "Anteil ukrainischer Staatsangehöriger unter den anerkannten Schutzsuchenden",
        formula: "100 * sum(BEV030[SCHST2=SCHUTZST-AK-1;STAAG5=ST166]) / sum(BEV030[SCHST2=SCHUTZST-AK-1])",
        unit: "%",
        direction: Direction::Neutral,
        field: "Zusammenleben",
        source: "Statistik über Schutzsuchende (12531)",
        description: "Schutzsuchende aus der Ukraine je 100 Schutzsuchende mit anerkanntem Schutzstatus.",
        tables: &["12531-0043"],
    },
    IndicatorDef {
        code: "geduldete_je_1000",
        name: "Geduldete Ausreisepflichtige je 1.000 Einwohner",
        formula: "1000 * sum(BEV030[SCHST2=AUSRPFL-G]) / BEVSTD",
        unit: "je 1.000 Einwohner",
        direction: Direction::Neutral,
        field: "Zusammenleben",
        source: "Statistik über Schutzsuchende (12531), Bevölkerungsstand (12411)",
        description: "Menschen mit Duldung am Stichtag, bezogen auf die Bevölkerung; ohne sicheren Aufenthalt ist Teilhabe schwer.",
        tables: &["12531-0043", "12411-01-01-4"],
    },
    IndicatorDef {
        code: "erwerbslosenquote",
        name: "Erwerbslosenquote",
        formula: "100 * sum(ERW042) / sum(ERW040)",
        unit: "%",
        direction: Direction::LowerIsBetter,
        field: "Arbeit und Ausbildung",
        source: "Mikrozensus (12211), nur Bund und Länder",
        description: "Erwerbslose je 100 Erwerbspersonen (Bevölkerung in Hauptwohnsitzhaushalten) — der Vergleichswert für Land und Bund.",
        tables: &["12211-0001"],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Map(HashMap<(String, String), Input>);

    impl Cells for Map {
        fn cell(&self, v: &str, d: &str) -> Option<Input> {
            self.0.get(&(v.to_owned(), d.to_owned())).copied()
        }
        fn all(&self, v: &str) -> Vec<(String, Input)> {
            self.0
                .iter()
                .filter(|((var, _), _)| var == v)
                .map(|((_, d), i)| (d.clone(), *i))
                .collect()
        }
    }

    fn cells(rows: &[(&str, &str, Option<f64>, Option<Flag>)]) -> Map {
        Map(rows
            .iter()
            .map(|(v, d, value, flag)| {
                (
                    (v.to_string(), d.to_string()),
                    Input {
                        value: *value,
                        flag: *flag,
                    },
                )
            })
            .collect())
    }

    #[test]
    fn formulas_parse_and_print() {
        let e = parse("100 * BEVSTD[NAT=NATA, GES=GESW] / BEVSTD").unwrap();
        assert_eq!(
            e.to_string(),
            "((100 * BEVSTD[GES=GESW;NAT=NATA]) / BEVSTD)"
        );
        assert_eq!(e.variables(), vec!["BEVSTD"]);
        let mut codes = std::collections::BTreeSet::new();
        for d in DEFAULT_INDICATORS.iter().chain(MONITORING_INDICATORS) {
            parse(d.formula).unwrap_or_else(|e| panic!("{}: {e}", d.code));
            assert!(codes.insert(d.code), "{} twice", d.code);
            assert!(!d.tables.is_empty(), "{} names no table", d.code);
        }
        for bad in [
            "100 *",
            "BEVSTD[GES",
            "(1 + 2",
            "BEVSTD[GESW]",
            "2 $ 3",
            "sum()",
        ] {
            let err = parse(bad).unwrap_err();
            assert!(err.contains("Zeichen"), "{bad}: {err}");
        }
    }

    #[test]
    fn values_and_symbols_travel() {
        let c = cells(&[
            ("BEVSTD", "", Some(138_931.0), None),
            (
                "BEVSTD",
                "GES=GESW",
                Some(70_000.0),
                Some(Flag::Provisional),
            ),
            ("BEV030", "GES=GESM;ST=A", Some(10.0), None),
            ("BEV030", "GES=GESW;ST=A", Some(5.0), Some(Flag::Estimated)),
            ("BEV030", "GES=GESW;ST=B", None, Some(Flag::Nothing)),
            ("ERW032", "", None, Some(Flag::Unknown)),
            ("NULL", "", Some(0.0), None),
        ]);
        let eval = |f: &str| parse(f).unwrap().eval(&c);
        let share = eval("100 * BEVSTD[GES=GESW] / BEVSTD");
        assert!(
            (share.value.unwrap() - 50.384_723_7).abs() < 1e-6,
            "{share:?}"
        );
        assert_eq!(share.flag, Some(Flag::Provisional));
        let sum = eval("sum(BEV030)");
        assert_eq!((sum.value, sum.flag), (Some(15.0), Some(Flag::Estimated)));
        assert_eq!(eval("sum(BEV030[GES=GESM])").value, Some(10.0));
        let hidden = eval("100 * ERW032 / BEVSTD");
        assert_eq!((hidden.value, hidden.flag), (None, Some(Flag::Unknown)));
        let nodata = eval("100 * XYZ / BEVSTD");
        assert_eq!((nodata.value, nodata.flag), (None, None));
        let div0 = eval("BEVSTD / NULL");
        assert_eq!((div0.value, div0.flag), (None, Some(Flag::Blocked)));
    }
}

/// How a goal's indicator stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// The latest value meets the target.
    Reached,
    /// The trend since the first value reaches the target by the target year.
    OnTrack,
    /// At the trend so far, the target is not reached in time.
    OffTrack,
    /// Only one value so far: no trend yet.
    NoTrend,
    /// No value at all.
    NoData,
    /// The indicator has no direction: a target is a reference, not a judgement.
    Unrated,
}

impl Standing {
    pub fn code(self) -> &'static str {
        match self {
            Self::Reached => "reached",
            Self::OnTrack => "on_track",
            Self::OffTrack => "off_track",
            Self::NoTrend => "no_trend",
            Self::NoData => "no_data",
            Self::Unrated => "unrated",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Reached => "erreicht",
            Self::OnTrack => "auf Kurs",
            Self::OffTrack => "nicht auf Kurs",
            Self::NoTrend => "noch kein Verlauf",
            Self::NoData => "keine Daten",
            Self::Unrated => "ohne Wertung",
        }
    }
}

/// Judges `points` (year as a fraction, value), oldest first, against a target value
/// and year: a straight line through the first and the latest value, extended to the
/// target year.
pub fn assess(
    direction: Direction,
    points: &[(f64, f64)],
    target: f64,
    target_year: i64,
) -> Standing {
    let Some(&(last_year, last)) = points.last() else {
        return Standing::NoData;
    };
    let better = |a: f64, b: f64| match direction {
        Direction::HigherIsBetter => a >= b,
        Direction::LowerIsBetter => a <= b,
        Direction::Neutral => false,
    };
    if direction == Direction::Neutral {
        return Standing::Unrated;
    }
    if better(last, target) {
        return Standing::Reached;
    }
    let &(first_year, first) = &points[0];
    if points.len() < 2 || last_year <= first_year {
        return Standing::NoTrend;
    }
    let slope = (last - first) / (last_year - first_year);
    let projected = last + slope * (target_year as f64 + 1.0 - last_year);
    if better(projected, target) {
        Standing::OnTrack
    } else {
        Standing::OffTrack
    }
}

/// `2024` → 2024.0 (end of year counts as the next), `2024-06-30` → 2024.5.
pub fn period_year(period: &str) -> Option<f64> {
    let year: f64 = period.get(0..4)?.parse().ok()?;
    if period.len() == 4 {
        return Some(year + 1.0);
    }
    let month: f64 = period.get(5..7)?.parse().ok()?;
    let day: f64 = period.get(8..10)?.parse().ok()?;
    Some(year + (month - 1.0) / 12.0 + day / 365.0)
}

#[cfg(test)]
mod standing_tests {
    use super::*;

    #[test]
    fn goals_are_judged_by_their_trend() {
        let up = [(2020.0, 10.0), (2024.0, 14.0)];
        assert_eq!(
            assess(Direction::HigherIsBetter, &up, 13.0, 2026),
            Standing::Reached
        );
        assert_eq!(
            assess(Direction::HigherIsBetter, &up, 16.0, 2026),
            Standing::OnTrack
        );
        assert_eq!(
            assess(Direction::HigherIsBetter, &up, 30.0, 2026),
            Standing::OffTrack
        );
        assert_eq!(
            assess(Direction::LowerIsBetter, &up, 5.0, 2030),
            Standing::OffTrack
        );
        assert_eq!(
            assess(Direction::HigherIsBetter, &up[..1], 16.0, 2026),
            Standing::NoTrend
        );
        assert_eq!(
            assess(Direction::HigherIsBetter, &[], 16.0, 2026),
            Standing::NoData
        );
        assert_eq!(
            assess(Direction::Neutral, &up, 16.0, 2026),
            Standing::Unrated
        );
        assert_eq!(period_year("2024-12-31").map(f64::round), Some(2025.0));
    }
}
