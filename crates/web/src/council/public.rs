//! Public council pages: the meeting calendar, a meeting with its agenda, the papers, and
//! a paper with its finance block and consultation sequence with votes. A non-public
//! agenda item shows only its number; non-public papers are not shown at all.

use crate::kit::auth::Viewer;
use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::format::{coded_label, money};
use crate::kit::i18n;
use crate::kit::layout::{Layout, Texts};
use crate::kit::state::AppState;
use askama::Template;
use axum::Router;
use axum::extract::{Path, State};
use axum::response::Html;
use axum::routing::get;
use std::collections::HashMap;
use teilhabe_domain::council::LocalDateTime;
use teilhabe_domain::values::german_date;
use teilhabe_domain::{Coded, ConsultationRole, FileRole, MeetingState, PaperType};
use teilhabe_store::{AgendaItem, Body, Meeting, Paper, Store};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/{key}/sitzungen", get(meetings_page))
        .route("/{key}/sitzungen/{id}", get(meeting_page))
        .route("/{key}/vorlagen", get(papers_page))
        .route("/{key}/vorlagen/{id}", get(paper_page))
        .route("/{key}/gremien/{id}/kalender.ics", get(calendar))
        .route("/{key}/dateien/{id}/{name}", get(download))
}

type Page = Result<Html<String>, HtmlError>;

/// `Mi, 19.04.2017` and `17:00 – 18:55 Uhr` (the time part empty when unknown).
fn when(cx: &Context, start: &str, end: &Option<String>) -> (String, String) {
    let Ok(s) = LocalDateTime::parse(start) else {
        return (start.to_owned(), String::new());
    };
    let weekday = cx.tr(&format!("weekday-{}", s.date().weekday_from_monday()));
    let day = format!("{weekday}, {}", s.date().german());
    let time = match (
        s.has_time(),
        end.as_deref().and_then(|e| LocalDateTime::parse(e).ok()),
    ) {
        (true, Some(e)) if e.has_time() => i18n::page_format(
            cx.lang(),
            "time-range",
            &[("from", s.time().clone()), ("to", e.time().clone())],
        ),
        (true, _) => i18n::page_format(cx.lang(), "time-at", &[("time", s.time().clone())]),
        _ => String::new(),
    };
    (day, time)
}

pub struct MeetingRow {
    pub id: i64,
    pub day: String,
    pub time: String,
    pub year: String,
    pub name: String,
    pub organizations: String,
    pub place: String,
    pub cancelled: bool,
}

fn meeting_row(
    cx: &Context,
    m: &Meeting,
    orgs: &HashMap<i64, String>,
    places: &HashMap<i64, String>,
) -> MeetingRow {
    let (day, time) = when(cx, &m.start_at, &m.end_at);
    MeetingRow {
        id: m.id,
        year: m.start_at.get(..4).unwrap_or("").to_owned(),
        day,
        time,
        name: m.name.clone(),
        organizations: m
            .organization_ids
            .iter()
            .filter_map(|o| orgs.get(o).cloned())
            .collect::<Vec<_>>()
            .join(", "),
        place: m
            .location_id
            .and_then(|l| places.get(&l).cloned())
            .unwrap_or_default(),
        cancelled: m.cancelled.0,
    }
}

async fn places(store: &Store, body_id: i64) -> Result<HashMap<i64, String>, HtmlError> {
    Ok(store
        .locations(body_id)
        .await?
        .into_iter()
        .map(|l| (l.id, l.one_line()))
        .collect())
}

#[derive(Template)]
#[template(path = "council/meetings.html")]
struct MeetingsPage {
    layout: Layout,
    texts: Texts,
    german_left: bool,
    body: Body,
    years: Vec<(String, Vec<MeetingRow>)>,
    feeds: Vec<(i64, String)>,
}

async fn meetings_page(State(app): State<AppState>, cx: Context, Path(key): Path<String>) -> Page {
    let body = app.store.body_by_key(&key).await?;
    let orgs = app.store.organization_names(body.id).await?;
    let places = places(&app.store, body.id).await?;
    let meetings = app.store.meetings(body.id).await?;
    let mut years: Vec<(String, Vec<MeetingRow>)> = Vec::new();
    for m in meetings.iter().rev() {
        let row = meeting_row(&cx, m, &orgs, &places);
        match years.last_mut() {
            Some((year, rows)) if *year == row.year => rows.push(row),
            _ => years.push((row.year.clone(), vec![row])),
        }
    }
    // One feed per organisation that has meetings.
    let mut with_meetings: Vec<i64> = meetings
        .iter()
        .flat_map(|m| m.organization_ids.iter().copied())
        .collect();
    with_meetings.sort_unstable();
    with_meetings.dedup();
    let mut feeds: Vec<(i64, String)> = with_meetings
        .into_iter()
        .filter_map(|o| orgs.get(&o).map(|n| (o, n.clone())))
        .collect();
    feeds.sort_by(|a, b| a.1.cmp(&b.1));
    let layout = Layout::translated(&cx, &format!("{} – {}", cx.tr("body-meetings"), body.name))
        .home()
        .crumb(format!("/{}", body.key), body.name.clone());
    let texts = Texts::load(&app.store, &cx, body.id).await?;
    let german_left = texts.german_left(
        meetings
            .iter()
            .map(|m| ("meetings", m.id, "name", m.name.as_str())),
    );
    Ok(Html(
        MeetingsPage {
            layout,
            texts,
            german_left,
            body,
            years,
            feeds,
        }
        .render()?,
    ))
}

pub struct ItemRow {
    pub id: i64,
    pub number: String,
    /// Whether the item's content is shown (public, or the viewer reads non-public).
    pub shown: bool,
    /// Non-public, shown to a reader with the right role: marked as such.
    pub internal: bool,
    pub name: String,
    pub paper: Option<(i64, String)>,
    pub result: String,
    pub votes: String,
    pub minutes: Option<String>,
}

fn item_row(cx: &Context, i: &AgendaItem, papers: &HashMap<i64, Paper>, reader: bool) -> ItemRow {
    if !i.public.0 && !reader {
        return ItemRow {
            id: i.id,
            number: i.number.clone().unwrap_or_default(),
            shown: false,
            internal: true,
            name: String::new(),
            paper: None,
            result: String::new(),
            votes: String::new(),
            minutes: None,
        };
    }
    ItemRow {
        id: i.id,
        number: i.number.clone().unwrap_or_default(),
        shown: true,
        internal: !i.public.0,
        name: i.name.clone(),
        paper: i
            .paper_id
            .and_then(|p| papers.get(&p))
            .filter(|p| p.public.0 || reader)
            .map(|p| (p.id, p.reference.clone())),
        result: i.result.clone().unwrap_or_default(),
        votes: votes(cx, &i.votes()),
        minutes: i.minutes.clone(),
    }
}

#[derive(Template)]
#[template(path = "council/meeting.html")]
struct MeetingPage {
    layout: Layout,
    texts: Texts,
    german_left: bool,
    body: Body,
    meeting: MeetingRow,
    state: String,
    note: Option<String>,
    items: Vec<ItemRow>,
    files: Vec<MeetingFile>,
}

/// A document of a meeting or of one of its agenda items, as the meeting page lists it.
pub struct MeetingFile {
    pub id: i64,
    /// "Einladung", "Ergebnisprotokoll", … in the page's language; with "TOP 3" for an
    /// agenda item's file.
    pub role: String,
    pub name: String,
    pub file_name: String,
    pub size: String,
    /// Not public, shown to a reader with the right role: marked as such.
    pub internal: bool,
}

/// The meeting's documents the viewer may see: public ones (of public agenda items), or
/// all for a reader of non-public records.
async fn meeting_files(
    app: &AppState,
    cx: &Context,
    meeting_id: i64,
    items: &[ItemRow],
    reader: bool,
) -> Result<Vec<MeetingFile>, HtmlError> {
    let mut out = Vec::new();
    for f in app.store.files_of_meeting(meeting_id).await? {
        let public = app.store.file_is_public(&f).await?;
        if !(reader || public) {
            continue;
        }
        let role = f.role.as_deref().unwrap_or(FileRole::Auxiliary.code());
        let mut role = coded_label::<FileRole>(cx, "file-role", role);
        if let Some(item) = f
            .agenda_item_id
            .and_then(|i| items.iter().find(|x| x.id == i))
            .filter(|x| !x.number.is_empty())
        {
            role = format!(
                "{role} ({})",
                cx.tr_with("meeting-file-item", &[("number", item.number.clone())])
            );
        }
        out.push(MeetingFile {
            id: f.id,
            role,
            name: f.name,
            file_name: f.file_name,
            size: size_label(f.size),
            internal: !public,
        });
    }
    Ok(out)
}

async fn meeting_page(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
) -> Page {
    let viewer = cx.viewer();
    let body = app.store.body_by_key(&key).await?;
    let reader = viewer.reads_internal(body.id);
    let meeting = app.store.meeting(id).await?;
    if meeting.body_id != body.id {
        return Err(HtmlError::NotFound);
    }
    let orgs = app.store.organization_names(body.id).await?;
    let places = places(&app.store, body.id).await?;
    let papers: HashMap<i64, Paper> = app
        .store
        .papers(body.id)
        .await?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    let items: Vec<ItemRow> = app
        .store
        .agenda_items(id)
        .await?
        .iter()
        .map(|i| item_row(&cx, i, &papers, reader))
        .collect();
    let files = meeting_files(&app, &cx, id, &items, reader).await?;
    let texts = Texts::load(&app.store, &cx, body.id).await?;
    let german_left = texts.german_left(
        [("meetings", meeting.id, "name", meeting.name.as_str())]
            .into_iter()
            .chain(
                items
                    .iter()
                    .filter(|i| i.shown)
                    .map(|i| ("agenda_items", i.id, "name", i.name.as_str())),
            ),
    );
    let layout = Layout::translated(
        &cx,
        &texts.plain("meetings", meeting.id, "name", &meeting.name),
    )
    .home()
    .crumb(format!("/{}", body.key), body.name.clone())
    .crumb(format!("/{}/sitzungen", body.key), cx.tr("body-meetings"));
    let page = MeetingPage {
        layout,
        texts,
        german_left,
        state: coded_label::<MeetingState>(&cx, "meeting-state", &meeting.state),
        note: meeting.note.clone(),
        meeting: meeting_row(&cx, &meeting, &orgs, &places),
        body,
        items,
        files,
    };
    Ok(Html(page.render()?))
}

pub struct PaperRow {
    pub id: i64,
    pub internal: bool,
    pub reference: String,
    pub name: String,
    pub kind: String,
    pub date: String,
}

#[derive(Template)]
#[template(path = "council/papers.html")]
struct PapersPage {
    layout: Layout,
    texts: Texts,
    german_left: bool,
    body: Body,
    papers: Vec<PaperRow>,
}

async fn papers_page(State(app): State<AppState>, cx: Context, Path(key): Path<String>) -> Page {
    let viewer = cx.viewer();
    let body = app.store.body_by_key(&key).await?;
    let reader = viewer.reads_internal(body.id);
    let papers: Vec<PaperRow> = app
        .store
        .papers(body.id)
        .await?
        .into_iter()
        .filter(|p| p.public.0 || reader)
        .map(|p| PaperRow {
            id: p.id,
            internal: !p.public.0,
            kind: coded_label::<PaperType>(&cx, "paper-type", &p.paper_type),
            date: p.date.as_deref().map(german_date).unwrap_or_default(),
            reference: p.reference,
            name: p.name,
        })
        .collect();
    let layout = Layout::translated(&cx, &format!("{} – {}", cx.tr("body-papers"), body.name))
        .home()
        .crumb(format!("/{}", body.key), body.name.clone());
    let texts = Texts::load(&app.store, &cx, body.id).await?;
    let german_left = texts.german_left(
        papers
            .iter()
            .map(|p| ("papers", p.id, "name", p.name.as_str())),
    );
    Ok(Html(
        PapersPage {
            layout,
            texts,
            german_left,
            body,
            papers,
        }
        .render()?,
    ))
}

pub struct ConsultationRow {
    pub organization: String,
    pub role: String,
    pub authoritative: bool,
    pub meeting: Option<(i64, String)>,
    pub result: String,
    pub votes: String,
}

#[derive(Template)]
#[template(path = "council/paper.html")]
struct PaperPage {
    layout: Layout,
    texts: Texts,
    german_left: bool,
    body: Body,
    paper: Paper,
    kind: String,
    date: String,
    submitter: Vec<String>,
    lead: String,
    /// (id, title, version label).
    concept: Option<(i64, String, String)>,
    finance: Vec<(String, String)>,
    consultations: Vec<ConsultationRow>,
    files: Vec<(i64, String, String, String)>,
    /// (id, code and a space or nothing, title).
    measures: Vec<(i64, String, String)>,
    /// What became of the paper's resolutions: (what is to be done, kind, state).
    tracking: Vec<(String, String, String)>,
}

/// What became of a paper's resolutions, as its page lists them.
async fn paper_tracking(
    app: &AppState,
    cx: &Context,
    paper_id: i64,
    reader: bool,
) -> Result<Vec<(String, String, String)>, HtmlError> {
    Ok(app
        .store
        .resolutions_of_papers(&[paper_id], reader)
        .await?
        .iter()
        .map(|r| {
            (
                r.title.clone(),
                crate::resolutions::kind_words(cx, r),
                crate::resolutions::state_words(cx, r),
            )
        })
        .collect())
}

async fn paper_page(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
) -> Page {
    let viewer = cx.viewer();
    let body = app.store.body_by_key(&key).await?;
    let paper = app.store.paper(id).await?;
    let reader = viewer.reads_internal(body.id);
    if paper.body_id != body.id || !(paper.public.0 || reader) {
        return Err(HtmlError::NotFound);
    }
    let orgs = app.store.organization_names(body.id).await?;
    let org = |id: Option<i64>| id.and_then(|i| orgs.get(&i).cloned());
    let mut submitter = Vec::new();
    if let Some(p) = paper.submitter_person_id
        && let Some(p) = app.store.person_seen_by(p, viewer.principal()).await?
    {
        submitter.push(p.role_title.unwrap_or(p.name));
    }
    submitter.extend(org(paper.submitter_organization_id));
    let concept = match paper.concept_id {
        Some(c) => {
            let c = app.store.concept(c).await?;
            Some((c.id, c.title, c.version_label))
        }
        None => None,
    };
    let mut consultations = Vec::new();
    for c in app.store.consultations(id).await? {
        let meeting = match c.meeting_id {
            Some(m) => {
                let m = app.store.meeting(m).await?;
                Some((m.id, when(&cx, &m.start_at, &m.end_at).0))
            }
            None => None,
        };
        let item = match c.agenda_item_id {
            Some(i) => Some(app.store.agenda_item(i).await?).filter(|i| i.public.0 || reader),
            None => None,
        };
        consultations.push(ConsultationRow {
            organization: org(Some(c.organization_id)).unwrap_or_default(),
            role: coded_label::<ConsultationRole>(&cx, "consultation-role", &c.role),
            authoritative: c.authoritative.0,
            meeting,
            result: item
                .as_ref()
                .and_then(|i| i.result.clone())
                .unwrap_or_default(),
            votes: item
                .as_ref()
                .map(|i| votes(&cx, &i.votes()))
                .unwrap_or_default(),
        });
    }
    let mut finance = Vec::new();
    if let Some(n) = &paper.finance_note {
        finance.push((cx.tr("finance-note"), n.clone()));
    }
    for (label, cents) in [
        ("finance-total", paper.finance_total_cents),
        ("finance-revenue", paper.finance_revenue_cents),
        ("col-own-share", paper.finance_own_share_cents),
        ("finance-grants", paper.finance_grants_cents),
    ] {
        if let Some(c) = cents {
            finance.push((cx.tr(label), money(c)));
        }
    }
    if let Some(y) = paper.finance_budget_year {
        finance.push((cx.tr("finance-year"), y.to_string()));
    }
    if paper.finance_overplanned.0 {
        finance.push((cx.tr("finance-spending"), cx.tr("finance-overplanned")));
    }
    if paper.finance_unplanned.0 {
        finance.push((cx.tr("finance-spending"), cx.tr("finance-unplanned")));
    }
    if let Some(l) = &paper.finance_budget_line {
        finance.push((cx.tr("finance-line"), l.clone()));
    }
    let layout = Layout::translated(
        &cx,
        &format!("{} {}", cx.tr("concept-paper"), paper.reference),
    )
    .home()
    .crumb(format!("/{}", body.key), body.name.clone())
    .crumb(format!("/{}/vorlagen", body.key), cx.tr("body-papers"));
    let texts = Texts::load(&app.store, &cx, body.id).await?;
    let measures = linked_measures(&app, &paper.measure_ids, reader).await?;
    let tracking = paper_tracking(&app, &cx, id, reader).await?;
    let german_left = texts.german_left(
        [
            ("papers", paper.id, "name", paper.name.as_str()),
            (
                "papers",
                paper.id,
                "proposal",
                paper.proposal.as_deref().unwrap_or(""),
            ),
            (
                "papers",
                paper.id,
                "reasoning",
                paper.reasoning.as_deref().unwrap_or(""),
            ),
        ]
        .into_iter()
        .chain(
            concept
                .iter()
                .map(|(id, title, _)| ("concepts", *id, "title", title.as_str())),
        )
        .chain(
            measures
                .iter()
                .map(|(id, _, title)| ("measures", *id, "title", title.as_str())),
        ),
    );
    let page = PaperPage {
        layout,
        texts,
        german_left,
        kind: coded_label::<PaperType>(&cx, "paper-type", &paper.paper_type),
        date: paper.date.as_deref().map(german_date).unwrap_or_default(),
        submitter,
        lead: org(paper.lead_organization_id).unwrap_or_default(),
        concept,
        finance,
        consultations,
        tracking,
        files: app
            .store
            .files_of_paper(id)
            .await?
            .into_iter()
            .filter(|f| f.public.0 || reader)
            .map(|f| (f.id, f.name, f.file_name, size_label(f.size)))
            .collect(),
        measures,
        body,
        paper,
    };
    Ok(Html(page.render()?))
}

/// The meetings of one organisation as an iCalendar feed to subscribe to.
async fn calendar(
    State(app): State<AppState>,
    Path((key, org_id)): Path<(String, i64)>,
) -> Result<axum::response::Response, HtmlError> {
    use axum::response::IntoResponse;
    let body = app.store.body_by_key(&key).await?;
    let org = app.store.organization(org_id).await?;
    if org.body_id != body.id {
        return Err(HtmlError::NotFound);
    }
    let places = places(&app.store, body.id).await?;
    let host = app
        .public_url
        .split("://")
        .nth(1)
        .unwrap_or("teilhabe")
        .to_owned();
    let events: Vec<super::ical::Event> = app
        .store
        .meetings(body.id)
        .await?
        .into_iter()
        .filter(|m| m.organization_ids.contains(&org_id))
        .map(|m| super::ical::Event {
            uid: format!("meeting-{}@{host}", m.id),
            stamp_utc: m.modified_at.clone(),
            start: m.start_at.clone(),
            end: m.end_at.clone(),
            summary: m.name.clone(),
            location: m.location_id.and_then(|l| places.get(&l).cloned()),
            url: format!("{}/{}/sitzungen/{}", app.public_url, body.key, m.id),
            cancelled: m.cancelled.0,
        })
        .collect();
    let ics = super::ical::calendar(&format!("{} – {}", org.name, body.name), &events);
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "text/calendar; charset=utf-8".to_owned(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("inline; filename=\"sitzungen-{org_id}.ics\""),
            ),
        ],
        ics,
    )
        .into_response())
}

/// `1,2 MB`, `340 kB`.
fn size_label(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0)).replace('.', ",")
    } else {
        format!("{} kB", (bytes + 1023) / 1024)
    }
}

/// A public attachment of a public paper (or any attachment, for a reader of non-public
/// records of the body); anything else is not found.
async fn download(
    State(app): State<AppState>,
    viewer: Viewer,
    Path((key, id, _name)): Path<(String, i64, String)>,
) -> Result<axum::response::Response, HtmlError> {
    use axum::http::header;
    use axum::response::IntoResponse;
    let body = app.store.body_by_key(&key).await?;
    let reader = viewer.reads_internal(body.id);
    let file = app.store.file(id).await?;
    if file.body_id != body.id || !(reader || app.store.file_is_public(&file).await?) {
        return Err(HtmlError::NotFound);
    }
    let data = app.store.file_data(id).await?;
    let encoded: String = form_urlencoded::byte_serialize(file.file_name.as_bytes()).collect();
    Ok((
        [
            (header::CONTENT_TYPE, file.mime_type.clone()),
            (
                header::CONTENT_DISPOSITION,
                format!(
                    "attachment; filename*=UTF-8''{}",
                    encoded.replace('+', "%20")
                ),
            ),
            (header::CACHE_CONTROL, "public, max-age=300".to_owned()),
        ],
        data,
    )
        .into_response())
}

/// The measures a paper concerns that the viewer may see, as `(id, "code title")`.
async fn linked_measures(
    app: &AppState,
    ids: &[i64],
    reader: bool,
) -> Result<Vec<(i64, String, String)>, HtmlError> {
    let mut out = Vec::new();
    for id in ids {
        let m = app.store.measure(*id).await?;
        if m.public.0 || reader {
            let code = m.code.map(|c| format!("{c} ")).unwrap_or_default();
            out.push((m.id, code, m.title));
        }
    }
    Ok(out)
}

/// Vote counts in the page's language: `einstimmig (Ja: 10, …)` or the counts alone.
pub fn votes(cx: &Context, v: &teilhabe_domain::council::Votes) -> String {
    if !v.is_recorded() {
        return String::new();
    }
    let lang = cx.lang();
    if !v.has_counts() {
        return i18n::page_message(lang, "votes-unanimous-only", None);
    }
    // The counts recorded, and only those: a count the minutes do not give is not shown as 0.
    let counts = v
        .recorded()
        .into_iter()
        .map(|(count, n)| {
            i18n::page_format(
                lang,
                &format!("votes-{}", count.key()),
                &[("n", n.to_string())],
            )
        })
        .collect::<Vec<_>>()
        .join(&i18n::page_message(lang, "votes-separator", None));
    if v.unanimous() {
        i18n::page_format(lang, "votes-unanimous", &[("counts", counts)])
    } else {
        counts
    }
}
