//! What a body's catalogue holds: its public datasets as DCAT-AP.de 3.0 describes them — the
//! measure plan of the concept in force, each indicator with public values, each survey whose
//! results are published, the resolution tracking, and the council data behind the OParl
//! interface — with the body as publisher and contact, its official key as political
//! geocoding, the periods the data covers and when it last changed. Only what the public
//! pages show goes in: a non-public measure, an unpublished survey or a dataset without a
//! single public value is not named.

use super::rdf::{Graph, Term, german, iri, text, typed};
use crate::kit::state::AppState;
use teilhabe_store::{Body, Result};

/// The licence of everything the portal publishes: Datenlizenz Deutschland – Namensnennung 2.0.
pub const LICENCE: &str = "http://dcat-ap.de/def/licenses/dl-by-de/2.0";
const EU: &str = "http://publications.europa.eu/resource/authority";
const MEDIA: &str = "https://www.iana.org/assignments/media-types";

/// A file a dataset is offered as: its address, the EU file type and the IANA media type.
struct Download {
    anchor: &'static str,
    title: &'static str,
    url: String,
    file_type: &'static str,
    media_type: &'static str,
}

fn csv(url: String) -> Download {
    Download {
        anchor: "csv",
        title: "CSV (Semikolon, UTF-8)",
        url,
        file_type: "CSV",
        media_type: "text/csv",
    }
}

fn xlsx(url: String) -> Download {
    Download {
        anchor: "xlsx",
        title: "Excel-Arbeitsmappe (XLSX)",
        url,
        file_type: "XLSX",
        media_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
}

/// One dataset as it goes into the catalogue.
struct Dataset {
    anchor: String,
    title: String,
    description: String,
    landing: String,
    keywords: Vec<&'static str>,
    /// First and last day the data is about (ISO dates).
    covers: Option<(String, String)>,
    modified: Option<String>,
    annual: bool,
    attribution: String,
    downloads: Vec<Download>,
}

/// The day of a stored timestamp (`2026-12-07T…` or `2026-12-07 …`), if it has one.
fn day(stamp: &str) -> Option<String> {
    let d = stamp.get(..10)?;
    let ok = d.len() == 10
        && d.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    ok.then(|| d.to_owned())
}

/// The days a statistics period covers: a year (`2023`) or a day (`2023-12-31`).
fn period_days(period: &str) -> Option<(String, String)> {
    if period.len() == 4 && period.bytes().all(|b| b.is_ascii_digit()) {
        return Some((format!("{period}-01-01"), format!("{period}-12-31")));
    }
    day(period).map(|d| (d.clone(), d))
}

fn latest(days: impl IntoIterator<Item = Option<String>>) -> Option<String> {
    days.into_iter().flatten().max()
}

/// The first and last of several periods.
fn span(periods: impl IntoIterator<Item = (String, String)>) -> Option<(String, String)> {
    periods
        .into_iter()
        .reduce(|(a, b), (c, d)| (a.min(c), b.max(d)))
}

/// Where the catalogue and its parts are named: `…/{key}/opendata/katalog#anchor`.
pub struct Names {
    base: String,
    key: String,
}

impl Names {
    pub fn new(public_url: &str, key: &str) -> Self {
        Self {
            base: public_url.trim_end_matches('/').to_owned(),
            key: key.to_owned(),
        }
    }

    pub fn catalogue(&self) -> String {
        format!("{}/{}/opendata/katalog", self.base, self.key)
    }

    fn part(&self, anchor: &str) -> Term {
        iri(format!("{}#{anchor}", self.catalogue()))
    }

    /// An address of the portal, from its path.
    fn page(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// The political geocoding of a body (DCAT-AP.de): its official key as a district's (five
/// digits) or a municipality's (eight), with the level.
fn geocoding(key: &str) -> Option<(String, &'static str)> {
    let (kind, level) = match key.len() {
        2 => ("stateKey", "state"),
        5 => ("districtKey", "administrativeDistrict"),
        8 => ("municipalityKey", "municipality"),
        _ => return None,
    };
    Some((
        format!("http://dcat-ap.de/def/politicalGeocoding/{kind}/{key}"),
        level,
    ))
}

/// The catalogue of `body`'s public datasets.
pub async fn catalogue(app: &AppState, body: &Body) -> Result<Graph> {
    let names = Names::new(&app.public_url, &body.key);
    let mut datasets = Vec::new();
    if let Some(d) = measure_plan(app, body, &names).await? {
        datasets.push(d);
    }
    datasets.extend(indicators(app, body, &names).await?);
    datasets.extend(surveys(app, body, &names).await?);
    if let Some(d) = resolutions(app, body, &names).await? {
        datasets.push(d);
    }

    let mut g = Graph::default();
    let catalogue = iri(names.catalogue());
    let publisher = names.part("herausgeber");
    let contact = names.part("kontakt");
    let place = geocoding(&body.key);
    g.typed_as(&catalogue, &["dcat:Catalog"]);
    g.add(
        &catalogue,
        "dct:title",
        german(format!(
            "Offene Daten der Integrationsarbeit: {}",
            body.name
        )),
    );
    g.add(
        &catalogue,
        "dct:description",
        german(format!(
            "Die öffentlichen Daten, die {} mit Teilhabe über seine Integrationsarbeit führt: der Maßnahmenplan des Integrationskonzepts, die Indikatoren des Integrationsmonitorings mit ihren Zeitreihen, veröffentlichte Befragungsergebnisse, die Beschlusskontrolle und die Sitzungen und Vorlagen über die OParl-Schnittstelle.",
            body.name
        )),
    );
    g.add(&catalogue, "dct:publisher", publisher.clone());
    g.add(
        &catalogue,
        "foaf:homepage",
        iri(names.page(&format!("/{}", body.key))),
    );
    g.add(
        &catalogue,
        "dct:language",
        iri(format!("{EU}/language/DEU")),
    );
    g.add(&catalogue, "dct:license", iri(LICENCE));
    if let Some((place, _)) = &place {
        g.add(&catalogue, "dct:spatial", iri(place.clone()));
    }
    if let Some(m) = latest(datasets.iter().map(|d| d.modified.clone())) {
        g.add(&catalogue, "dct:modified", typed(m, "xsd:date"));
    }

    // The body as publisher and as contact point.
    g.typed_as(&publisher, &["foaf:Organization", "foaf:Agent"]);
    g.add(&publisher, "foaf:name", german(body.name.clone()));
    g.add(
        &publisher,
        "dct:type",
        iri("http://purl.org/adms/publishertype/LocalAuthority"),
    );
    if let Some(w) = &body.website {
        g.add(&publisher, "foaf:homepage", iri(w.clone()));
    }
    g.typed_as(&contact, &["vcard:Organization", "vcard:Kind"]);
    g.add(&contact, "vcard:fn", text(body.name.clone()));
    if let Some(mail) = &body.contact_email {
        g.add(&contact, "vcard:hasEmail", iri(format!("mailto:{mail}")));
    }
    g.add(
        &contact,
        "vcard:hasURL",
        iri(body
            .website
            .clone()
            .unwrap_or_else(|| names.page(&format!("/{}", body.key)))),
    );

    let common = Common {
        publisher: &publisher,
        contact: &contact,
        place: place.as_ref().map(|(p, l)| (p.as_str(), *l)),
    };
    for d in &datasets {
        let node = names.part(&d.anchor);
        g.add(&catalogue, "dcat:dataset", node.clone());
        dataset(&mut g, &names, &node, d, &common);
    }
    council(&mut g, app, body, &names, &catalogue, &common).await?;
    Ok(g)
}

/// What every dataset and service of the body shares.
struct Common<'a> {
    publisher: &'a Term,
    contact: &'a Term,
    place: Option<(&'a str, &'static str)>,
}

fn described(g: &mut Graph, node: &Term, title: &str, description: &str, c: &Common<'_>) {
    g.add(node, "dct:title", german(title));
    g.add(node, "dct:description", german(description));
    g.add(node, "dct:publisher", c.publisher.clone());
    g.add(node, "dcat:contactPoint", c.contact.clone());
    g.add(
        node,
        "dct:accessRights",
        iri(format!("{EU}/access-right/PUBLIC")),
    );
}

fn dataset(g: &mut Graph, names: &Names, node: &Term, d: &Dataset, c: &Common<'_>) {
    g.typed_as(node, &["dcat:Dataset"]);
    described(g, node, &d.title, &d.description, c);
    g.add(node, "dct:identifier", text(iri_of(node)));
    g.add(node, "dcat:landingPage", iri(names.page(&d.landing)));
    g.add(node, "dct:language", iri(format!("{EU}/language/DEU")));
    for theme in ["SOCI", "GOVE"] {
        g.add(node, "dcat:theme", iri(format!("{EU}/data-theme/{theme}")));
    }
    for k in &d.keywords {
        g.add(node, "dcat:keyword", german(*k));
    }
    if let Some((place, level)) = c.place {
        g.add(node, "dct:spatial", iri(place));
        g.add(
            node,
            "dcatde:politicalGeocodingLevelURI",
            iri(format!(
                "http://dcat-ap.de/def/politicalGeocoding/Level/{level}"
            )),
        );
    }
    if let Some((from, until)) = &d.covers {
        let period = g.blank();
        g.add(node, "dct:temporal", period.clone());
        g.typed_as(&period, &["dct:PeriodOfTime"]);
        g.add(&period, "dcat:startDate", typed(from.clone(), "xsd:date"));
        g.add(&period, "dcat:endDate", typed(until.clone(), "xsd:date"));
    }
    if let Some(m) = &d.modified {
        g.add(node, "dct:modified", typed(m.clone(), "xsd:date"));
    }
    if d.annual {
        g.add(
            node,
            "dct:accrualPeriodicity",
            iri(format!("{EU}/frequency/ANNUAL")),
        );
    }
    for file in &d.downloads {
        let dist = names.part(&format!("{}-{}", d.anchor, file.anchor));
        g.add(node, "dcat:distribution", dist.clone());
        g.typed_as(&dist, &["dcat:Distribution"]);
        g.add(&dist, "dct:title", german(file.title));
        g.add(&dist, "dcat:accessURL", iri(file.url.clone()));
        g.add(&dist, "dcat:downloadURL", iri(file.url.clone()));
        g.add(
            &dist,
            "dct:format",
            iri(format!("{EU}/file-type/{}", file.file_type)),
        );
        g.add(
            &dist,
            "dcat:mediaType",
            iri(format!("{MEDIA}/{}", file.media_type)),
        );
        g.add(&dist, "dct:license", iri(LICENCE));
        g.add(
            &dist,
            "dcatde:licenseAttributionByText",
            german(d.attribution.clone()),
        );
        if let Some(m) = &d.modified {
            g.add(&dist, "dct:modified", typed(m.clone(), "xsd:date"));
        }
    }
}

fn iri_of(t: &Term) -> String {
    match t {
        Term::Iri(i) => i.clone(),
        _ => String::new(),
    }
}

/// The measure plan of the concept in force: its public measures, one row each.
async fn measure_plan(app: &AppState, body: &Body, names: &Names) -> Result<Option<Dataset>> {
    let Some(concept) = app.store.current_concept(body.id).await? else {
        return Ok(None);
    };
    let measures: Vec<_> = app
        .store
        .measures_of_concept(concept.id)
        .await?
        .into_iter()
        .filter(|m| m.public.0)
        .collect();
    if measures.is_empty() {
        return Ok(None);
    }
    let first = measures
        .iter()
        .filter_map(|m| m.start_date.as_deref().and_then(day))
        .min();
    let last = measures
        .iter()
        .filter_map(|m| m.end_date.as_deref().and_then(day))
        .max();
    let covers = first.zip(last).filter(|(a, b)| a <= b);
    let modified = latest(
        std::iter::once(day(&concept.modified_at))
            .chain(measures.iter().map(|m| day(&m.modified_at))),
    );
    Ok(Some(Dataset {
        anchor: "massnahmenplan".into(),
        title: format!(
            "Maßnahmenplan: {} ({})",
            concept.title, concept.version_label
        ),
        description: format!(
            "Die {} öffentlichen Maßnahmen des Integrationskonzepts „{}“ von {}, eine Zeile je Maßnahme: Handlungsfeld, Ziel, Nummer, Titel, Beschreibung, Federführung, Partner, Zielgruppen, Gebiet, Zeitraum, Priorität, Stand, Fortschritt, Mittel und Förderung, letzter Sachstandsbericht; dazu die Haushaltszeilen je Jahr.",
            measures.len(),
            concept.title,
            body.name
        ),
        landing: format!("/{}/konzepte/{}", body.key, concept.id),
        keywords: vec![
            "Integration",
            "Integrationskonzept",
            "Maßnahmenplan",
            "Teilhabe",
        ],
        covers,
        modified,
        annual: false,
        attribution: body.name.clone(),
        downloads: vec![
            csv(names.page(&format!("/{}/massnahmenplan.csv", body.key))),
            xlsx(names.page(&format!("/{}/massnahmenplan.xlsx", body.key))),
        ],
    }))
}

/// Each indicator with at least one public value for the body itself.
async fn indicators(app: &AppState, body: &Body, names: &Names) -> Result<Vec<Dataset>> {
    let imported = app
        .store
        .stat_tables()
        .await?
        .first()
        .and_then(|t| day(&t.imported_at));
    let own = [body.key.clone()];
    let mut out = Vec::new();
    for i in app.store.indicators(body.id).await? {
        let points = app.store.indicator_points(&i, &own, false).await?;
        let covers = span(
            points
                .iter()
                .filter(|p| p.value.is_some())
                .filter_map(|p| period_days(&p.period)),
        );
        let Some(covers) = covers else { continue };
        let official = i.expr().is_some();
        let (source, attribution) = if official {
            (
                i.source
                    .clone()
                    .unwrap_or_else(|| "Statistische Ämter des Bundes und der Länder".into()),
                format!(
                    "Statistische Ämter des Bundes und der Länder; eigene Berechnungen: {}",
                    body.name
                ),
            )
        } else {
            (format!("Befragungen von {}", body.name), body.name.clone())
        };
        let mut description = i.description.clone().unwrap_or_else(|| i.name.clone());
        description.push_str(&format!(
            " Werte für {} im Vergleich mit Land und Bund{}; Quelle: {source}.",
            body.name,
            if official && body.key.len() == 5 {
                " und den kreisangehörigen Gemeinden"
            } else {
                ""
            }
        ));
        out.push(Dataset {
            anchor: format!("indikator-{}", i.code),
            title: format!("Integrationsmonitoring: {}", i.name),
            description,
            landing: format!("/{}/monitoring/{}", body.key, i.code),
            keywords: vec!["Integration", "Integrationsmonitoring", "Indikator"],
            covers: Some(covers),
            modified: latest([
                day(&i.modified_at),
                if official { imported.clone() } else { None },
            ]),
            annual: true,
            attribution,
            downloads: vec![
                csv(names.page(&format!("/{}/monitoring/{}/daten.csv", body.key, i.code))),
                xlsx(names.page(&format!("/{}/monitoring/{}/daten.xlsx", body.key, i.code))),
            ],
        });
    }
    Ok(out)
}

/// Each closed survey whose results the body publishes, while its answers are kept.
async fn surveys(app: &AppState, body: &Body, names: &Names) -> Result<Vec<Dataset>> {
    Ok(app
        .store
        .surveys(body.id)
        .await?
        .into_iter()
        .filter(|s| s.status == "closed" && s.results_public.0 && s.raw_data_deleted_on.is_none())
        .map(|s| {
            let covers = day(&s.created_at).zip(s.closed_on.as_deref().and_then(day));
            Dataset {
                anchor: format!("befragung-{}", s.id),
                title: format!("Befragungsergebnisse: {}", s.title),
                description: format!(
                    "Die Ergebnisse der Befragung „{}“ von {}: je Frage die Anteile der Antworten (bei Zahlen der Mittelwert) mit 95-%-Konfidenzintervall, gewichtet, soweit Randverteilungen vorliegen; Gruppen unter {} Antworten sind unterdrückt.",
                    s.title, body.name, s.min_group_size
                ),
                landing: format!("/{}/befragungen/{}/ergebnisse", body.key, s.id),
                keywords: vec!["Integration", "Befragung", "Teilhabe"],
                covers: covers.filter(|(a, b)| a <= b),
                modified: day(&s.modified_at),
                annual: false,
                attribution: body.name.clone(),
                downloads: vec![csv(names.page(&format!(
                    "/{}/befragungen/{}/ergebnisse.csv",
                    body.key, s.id
                )))],
            }
        })
        .collect())
}

/// The public resolution tracking.
async fn resolutions(app: &AppState, body: &Body, names: &Names) -> Result<Option<Dataset>> {
    let list = app.store.resolutions(body.id, false).await?;
    if list.is_empty() {
        return Ok(None);
    }
    let decided: Vec<String> = list
        .iter()
        .filter_map(|r| r.decided_on().and_then(day))
        .collect();
    let covers = decided
        .iter()
        .min()
        .cloned()
        .zip(decided.iter().max().cloned());
    Ok(Some(Dataset {
        anchor: "beschluesse".into(),
        title: format!("Beschlusskontrolle: {}", body.name),
        description: format!(
            "Die {} öffentlichen Beschlüsse, Prüfaufträge und Zurückstellungen von Kreistag bzw. Rat und Ausschüssen von {}, die die Integrationsarbeit betreffen: wer sie umsetzt, bis wann, wie weit sie sind und welche Maßnahmen dazugehören.",
            list.len(),
            body.name
        ),
        landing: format!("/{}/beschluesse", body.key),
        keywords: vec!["Integration", "Beschlusskontrolle", "Kreistag"],
        covers,
        modified: latest(list.iter().map(|r| day(&r.modified_at))),
        annual: false,
        attribution: body.name.clone(),
        downloads: vec![
            csv(names.page(&format!("/{}/beschluesse.csv", body.key))),
            xlsx(names.page(&format!("/{}/beschluesse.xlsx", body.key))),
        ],
    }))
}

/// The council's meetings, papers and votes: a dataset served by the OParl interface, and
/// the interfaces themselves (OParl 1.1 and Teilhabe's JSON API) as data services.
async fn council(
    g: &mut Graph,
    app: &AppState,
    body: &Body,
    names: &Names,
    catalogue: &Term,
    c: &Common<'_>,
) -> Result<()> {
    let oparl = names.part("oparl");
    let api = names.part("api");
    let endpoint = names.page(&format!("/oparl/v1/body/{}", body.key));
    let has_meetings = !app.store.meetings(body.id).await?.is_empty();
    let data = names.part("sitzungen");
    if has_meetings {
        g.add(catalogue, "dcat:dataset", data.clone());
        g.typed_as(&data, &["dcat:Dataset"]);
        described(
            g,
            &data,
            &format!("Sitzungen und Vorlagen: {}", body.name),
            &format!(
                "Die öffentlichen Sitzungen, Tagesordnungen, Vorlagen, Beratungsfolgen, Abstimmungsergebnisse und Dokumente der Gremien von {} im Standard OParl 1.1.",
                body.name
            ),
            c,
        );
        g.add(&data, "dct:identifier", text(iri_of(&data)));
        g.add(
            &data,
            "dcat:landingPage",
            iri(names.page(&format!("/{}/sitzungen", body.key))),
        );
        g.add(&data, "dct:language", iri(format!("{EU}/language/DEU")));
        g.add(&data, "dcat:theme", iri(format!("{EU}/data-theme/GOVE")));
        g.add(&data, "dcat:keyword", german("Ratsinformation"));
        g.add(&data, "dcat:keyword", german("OParl"));
        if let Some((place, level)) = c.place {
            g.add(&data, "dct:spatial", iri(place));
            g.add(
                &data,
                "dcatde:politicalGeocodingLevelURI",
                iri(format!(
                    "http://dcat-ap.de/def/politicalGeocoding/Level/{level}"
                )),
            );
        }
        let dist = names.part("sitzungen-oparl");
        g.add(&data, "dcat:distribution", dist.clone());
        g.typed_as(&dist, &["dcat:Distribution"]);
        g.add(&dist, "dct:title", german("OParl 1.1 (JSON)"));
        g.add(&dist, "dcat:accessURL", iri(endpoint.clone()));
        g.add(&dist, "dcat:accessService", oparl.clone());
        g.add(&dist, "dct:format", iri(format!("{EU}/file-type/JSON")));
        g.add(
            &dist,
            "dcat:mediaType",
            iri(format!("{MEDIA}/application/json")),
        );
        g.add(
            &dist,
            "dct:conformsTo",
            iri("https://schema.oparl.org/1.1/"),
        );
        g.add(&dist, "dct:license", iri(LICENCE));
        g.add(
            &dist,
            "dcatde:licenseAttributionByText",
            german(body.name.clone()),
        );
    }
    for (node, title, description, url, spec, serves) in [
        (
            &oparl,
            format!("OParl-Schnittstelle: {}", body.name),
            "Die Sitzungen, Vorlagen und Gremien im Standard OParl 1.1, maschinenlesbar und seitenweise abrufbar.",
            endpoint.clone(),
            "https://oparl.org/spezifikation/",
            has_meetings,
        ),
        (
            &api,
            format!("Teilhabe-API: {}", body.name),
            "Integrationskonzept, Maßnahmen, Indikatoren und Übersetzungen als JSON; beschrieben durch eine OpenAPI-Beschreibung.",
            names.page(&format!("/api/v1/bodies/{}", body.key)),
            "",
            false,
        ),
    ] {
        g.add(catalogue, "dcat:service", node.clone());
        g.typed_as(node, &["dcat:DataService"]);
        described(g, node, &title, description, c);
        g.add(node, "dcat:endpointURL", iri(url));
        let doc = if spec.is_empty() {
            names.page("/api/openapi.json")
        } else {
            spec.to_owned()
        };
        g.add(node, "dcat:endpointDescription", iri(doc));
        g.add(node, "dct:license", iri(LICENCE));
        if serves {
            g.add(node, "dcat:servesDataset", data.clone());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_and_keys_become_dates_and_places() {
        assert_eq!(
            period_days("2023"),
            Some(("2023-01-01".into(), "2023-12-31".into()))
        );
        assert_eq!(
            period_days("2023-12-31"),
            Some(("2023-12-31".into(), "2023-12-31".into()))
        );
        assert_eq!(period_days("2023-S1"), None);
        assert_eq!(day("2026-12-07 20:15:00"), Some("2026-12-07".into()));
        assert_eq!(day("gestern"), None);
        assert_eq!(
            span([
                ("2020-01-01".into(), "2020-12-31".into()),
                ("2018-01-01".into(), "2018-12-31".into())
            ]),
            Some(("2018-01-01".into(), "2020-12-31".into()))
        );
        assert_eq!(
            geocoding("03157"),
            Some((
                "http://dcat-ap.de/def/politicalGeocoding/districtKey/03157".into(),
                "administrativeDistrict"
            ))
        );
        assert_eq!(geocoding("03157006").unwrap().1, "municipality");
        assert_eq!(geocoding("031"), None);
    }
}
