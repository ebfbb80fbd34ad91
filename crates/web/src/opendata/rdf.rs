//! A small RDF graph and its two serialisations, Turtle and JSON-LD: enough for a DCAT
//! catalogue of a few dozen datasets, written in the order it was built so that the files read
//! like the catalogue. Predicates and classes are written as compact names (`dcat:Dataset`)
//! over the fixed prefixes below; an unknown prefix is a programming error.

use serde_json::{Map, Value, json};

/// The vocabularies of DCAT-AP.de, with their prefixes.
pub const PREFIXES: &[(&str, &str)] = &[
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("dcatde", "http://dcat-ap.de/def/dcatde/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("vcard", "http://www.w3.org/2006/vcard/ns#"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
];

const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// A full IRI from a compact name (`dct:title`).
pub fn expand(compact: &str) -> String {
    let (prefix, local) = compact
        .split_once(':')
        .unwrap_or_else(|| panic!("{compact} is not a compact name"));
    let (_, ns) = PREFIXES
        .iter()
        .find(|(p, _)| *p == prefix)
        .unwrap_or_else(|| panic!("unknown prefix in {compact}"));
    format!("{ns}{local}")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    Iri(String),
    Blank(usize),
    Literal {
        value: String,
        /// A language tag or a datatype IRI; neither for a plain string.
        language: Option<&'static str>,
        datatype: Option<String>,
    },
}

/// An IRI term.
pub fn iri(value: impl Into<String>) -> Term {
    Term::Iri(value.into())
}

/// German text.
pub fn german(value: impl Into<String>) -> Term {
    Term::Literal {
        value: value.into(),
        language: Some("de"),
        datatype: None,
    }
}

/// A plain string (a name, an identifier).
pub fn text(value: impl Into<String>) -> Term {
    Term::Literal {
        value: value.into(),
        language: None,
        datatype: None,
    }
}

/// A typed literal, the datatype as a compact name (`xsd:date`).
pub fn typed(value: impl Into<String>, datatype: &str) -> Term {
    Term::Literal {
        value: value.into(),
        language: None,
        datatype: Some(expand(datatype)),
    }
}

#[derive(Default)]
pub struct Graph {
    triples: Vec<(Term, String, Term)>,
    blanks: usize,
}

impl Graph {
    /// `subject predicate object`, the predicate as a compact name.
    pub fn add(&mut self, subject: &Term, predicate: &str, object: Term) {
        self.triples
            .push((subject.clone(), expand(predicate), object));
    }

    /// `subject a class…`.
    pub fn typed_as(&mut self, subject: &Term, classes: &[&str]) {
        for c in classes {
            self.triples
                .push((subject.clone(), RDF_TYPE.to_owned(), iri(expand(c))));
        }
    }

    /// A new blank node.
    pub fn blank(&mut self) -> Term {
        self.blanks += 1;
        Term::Blank(self.blanks)
    }

    /// The subjects in the order they first appear, each with its statements.
    fn subjects(&self) -> Vec<(&Term, Vec<(&str, &Term)>)> {
        let mut out: Vec<(&Term, Vec<(&str, &Term)>)> = Vec::new();
        for (s, p, o) in &self.triples {
            match out.iter_mut().find(|(x, _)| *x == s) {
                Some((_, list)) => list.push((p, o)),
                None => out.push((s, vec![(p, o)])),
            }
        }
        out
    }

    /// The graph as Turtle.
    pub fn turtle(&self) -> String {
        let mut out = String::new();
        for (p, ns) in PREFIXES {
            out.push_str(&format!("@prefix {p}: <{ns}> .\n"));
        }
        for (subject, statements) in self.subjects() {
            out.push('\n');
            out.push_str(&turtle_term(subject));
            let mut last: Option<&str> = None;
            for (p, o) in statements {
                if last == Some(p) {
                    out.push_str(" ,\n        ");
                } else {
                    out.push_str(if last.is_some() { " ;\n    " } else { "\n    " });
                    out.push_str(&if p == RDF_TYPE {
                        "a".to_owned()
                    } else {
                        turtle_iri(p)
                    });
                    out.push(' ');
                }
                out.push_str(&turtle_term(o));
                last = Some(p);
            }
            out.push_str(" .\n");
        }
        out
    }

    /// The graph as JSON-LD: one node object per subject, under `@graph`.
    pub fn json_ld(&self) -> Value {
        let context: Map<String, Value> = PREFIXES
            .iter()
            .map(|(p, ns)| ((*p).to_owned(), Value::String((*ns).to_owned())))
            .collect();
        let nodes: Vec<Value> = self
            .subjects()
            .into_iter()
            .map(|(subject, statements)| {
                let mut node = Map::new();
                node.insert("@id".into(), Value::String(node_id(subject)));
                for (p, o) in statements {
                    let (key, value) = if p == RDF_TYPE {
                        let Term::Iri(class) = o else {
                            unreachable!("classes are IRIs")
                        };
                        ("@type".to_owned(), Value::String(compact(class)))
                    } else {
                        (compact(p), json_term(o))
                    };
                    match node.get_mut(&key) {
                        Some(Value::Array(list)) => list.push(value),
                        _ => {
                            node.insert(key, Value::Array(vec![value]));
                        }
                    }
                }
                Value::Object(node)
            })
            .collect();
        json!({ "@context": context, "@graph": nodes })
    }
}

/// A full IRI as a compact name where one of the prefixes covers it.
fn compact(full: &str) -> String {
    PREFIXES
        .iter()
        .find_map(|(p, ns)| {
            full.strip_prefix(ns)
                .filter(|l| {
                    !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
                })
                .map(|l| format!("{p}:{l}"))
        })
        .unwrap_or_else(|| full.to_owned())
}

/// An IRI as Turtle writes it: compact where a prefix covers it.
fn turtle_iri(p: &str) -> String {
    let c = compact(p);
    if c == p {
        format!("<{}>", escape_iri(p))
    } else {
        c
    }
}

fn node_id(t: &Term) -> String {
    match t {
        Term::Iri(i) => i.clone(),
        Term::Blank(n) => format!("_:b{n}"),
        Term::Literal { .. } => unreachable!("subjects are never literals"),
    }
}

fn turtle_term(t: &Term) -> String {
    match t {
        Term::Iri(i) => turtle_iri(i),
        Term::Blank(n) => format!("_:b{n}"),
        Term::Literal {
            value,
            language,
            datatype,
        } => {
            let mut out = String::from("\"");
            for c in value.chars() {
                match c {
                    '"' => out.push_str("\\\""),
                    '\\' => out.push_str("\\\\"),
                    '\n' => out.push_str("\\n"),
                    '\r' => out.push_str("\\r"),
                    '\t' => out.push_str("\\t"),
                    c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04X}", c as u32)),
                    c => out.push(c),
                }
            }
            out.push('"');
            if let Some(l) = language {
                out.push('@');
                out.push_str(l);
            } else if let Some(d) = datatype {
                out.push_str("^^");
                out.push_str(&turtle_iri(d));
            }
            out
        }
    }
}

fn json_term(t: &Term) -> Value {
    match t {
        Term::Iri(_) | Term::Blank(_) => json!({ "@id": node_id(t) }),
        Term::Literal {
            value,
            language: Some(l),
            ..
        } => json!({ "@value": value, "@language": l }),
        Term::Literal {
            value,
            datatype: Some(d),
            ..
        } => json!({ "@value": value, "@type": compact(d) }),
        Term::Literal { value, .. } => json!({ "@value": value }),
    }
}

/// Characters an IRI may not hold in Turtle, percent-encoded (they come from configured
/// addresses and record keys, which should have none).
fn escape_iri(i: &str) -> String {
    let mut out = String::with_capacity(i.len());
    for c in i.chars() {
        if c <= ' ' || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '^' | '`' | '\\') {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turtle_and_json_ld_say_the_same_thing() {
        let mut g = Graph::default();
        let d = iri("https://example.org/x#d");
        g.typed_as(&d, &["dcat:Dataset"]);
        g.add(&d, "dct:title", german("Maßnahmen \"2025\"\nneu"));
        g.add(&d, "dcat:keyword", german("Integration"));
        g.add(&d, "dcat:keyword", german("Teilhabe"));
        g.add(&d, "dct:modified", typed("2026-12-07", "xsd:date"));
        let b = g.blank();
        g.add(&d, "dct:temporal", b.clone());
        g.add(&b, "dcat:startDate", typed("2025-01-01", "xsd:date"));
        g.add(&d, "dcat:landingPage", iri("https://example.org/a b"));
        let ttl = g.turtle();
        assert!(ttl.contains("@prefix dcat: <http://www.w3.org/ns/dcat#> ."));
        assert!(ttl.contains(
            "<https://example.org/x#d>\n    a dcat:Dataset ;\n    dct:title \"Maßnahmen \\\"2025\\\"\\nneu\"@de ;\n    dcat:keyword \"Integration\"@de ,\n        \"Teilhabe\"@de ;"
        ), "{ttl}");
        assert!(ttl.contains("dct:modified \"2026-12-07\"^^xsd:date ;"));
        assert!(ttl.contains("dct:temporal _:b1 ;"));
        assert!(ttl.contains("<https://example.org/a%20b> ."));
        assert!(ttl.contains("_:b1\n    dcat:startDate \"2025-01-01\"^^xsd:date ."));
        let ld = g.json_ld();
        let node = &ld["@graph"][0];
        assert_eq!(node["@id"], "https://example.org/x#d");
        assert_eq!(node["@type"], json!(["dcat:Dataset"]));
        assert_eq!(
            node["dcat:keyword"][1],
            json!({"@value": "Teilhabe", "@language": "de"})
        );
        assert_eq!(node["dct:temporal"], json!([{"@id": "_:b1"}]));
        assert_eq!(ld["@graph"][1]["dcat:startDate"][0]["@type"], "xsd:date");
        assert_eq!(ld["@context"]["dct"], "http://purl.org/dc/terms/");
    }
}
