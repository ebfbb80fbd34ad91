//! The public side of an online consultation: a version's items with the comments
//! published on each, a form per item (no account, no JavaScript, every portal language,
//! an optional address for feedback), the confirmation of that address and its erasure by
//! one click. A comment that is not published yet, or rejected, is never shown here.

use crate::kit::context::Context;
use crate::kit::error::HtmlError;
use crate::kit::format::date_de;
use crate::kit::layout::{Layout, Texts};
use crate::kit::mails::Letter;
use crate::kit::proxies::ClientAddr;
use crate::kit::state::AppState;
use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Extension, Router};
use std::collections::HashMap;
use teilhabe_domain::comments::{
    CommentDraft, CommentState, HONEYPOT, MAX_CHARS, PER_HOUR, Problem, Target, open_on,
};
use teilhabe_domain::revision::{Item, ItemKind};
use teilhabe_domain::{Date, RawInput};
use teilhabe_store::comments::{Comment, SubscriptionLinks};
use teilhabe_store::outbox::NewMail;
use teilhabe_store::throttle::{Key, Rule};
use teilhabe_store::{Body, Concept, StoreError};

use crate::kit::form::FormInput;

pub fn router() -> Router<AppState> {
    Router::new()
        .route(
            "/{key}/konzepte/{id}/kommentare",
            get(consultation_page).post(submit),
        )
        .route("/{key}/konzepte/{id}/kommentare/neu", get(comment_form))
        .route("/{key}/konzepte/{id}/kommentare/danke", get(thanks))
        .route(
            "/kommentare/bestaetigen/{token}",
            get(confirm_page).post(confirm),
        )
        .route("/kommentare/abmelden/{token}", get(unsubscribe))
}

/// The mail kinds of the consultation, as the outbox stores them.
pub const KIND_CONFIRM: &str = "comment_confirm";

/// A published comment as the page shows it.
pub struct CommentView {
    pub id: i64,
    pub text: String,
    /// The language it was written in, with its direction.
    pub lang: String,
    pub dir: &'static str,
    pub date: String,
    /// Comments merged into this one (the same said again).
    pub merged: usize,
}

/// An item of the version with its published comments.
pub struct ItemView {
    /// Heading level of the item (2 to 4).
    pub level: u8,
    pub anchor: String,
    pub kind: String,
    /// The title as HTML (translated, or German marked).
    pub title: String,
    pub target: String,
    pub comments: Vec<CommentView>,
}

#[derive(Template)]
#[template(path = "comments/consultation.html")]
struct ConsultationPage {
    layout: Layout,
    body: Body,
    concept: Concept,
    concept_title: String,
    /// Open now: (first day, last day).
    open: Option<(String, String)>,
    items: Vec<ItemView>,
    published: usize,
}

fn dir_of(lang: &str) -> &'static str {
    if teilhabe_domain::languages::language(lang).is_some_and(|l| l.rtl) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The version of this body asked for.
async fn concept_of(app: &AppState, key: &str, id: i64) -> Result<(Body, Concept), HtmlError> {
    let body = app.store.body_by_key(key).await?;
    let concept = app.store.concept(id).await?;
    if concept.body_id != body.id {
        return Err(HtmlError::NotFound);
    }
    Ok((body, concept))
}

fn open_period(concept: &Concept, today: Date) -> Option<(String, String)> {
    open_on(
        &concept.status,
        concept.consultation_from.as_deref(),
        concept.consultation_until.as_deref(),
        today,
    )
    .then(|| {
        (
            date_de(&concept.consultation_from),
            date_de(&concept.consultation_until),
        )
    })
}

fn layout_of(cx: &Context, title: &str, body: &Body, concept: &Concept) -> Layout {
    Layout::translated(cx, title)
        .home()
        .crumb(format!("/{}", body.key), body.name.clone())
        .crumb(
            format!("/{}/konzepte/{}", body.key, concept.id),
            format!("{} ({})", concept.title, concept.version_label),
        )
}

/// The items readers may comment on, in the order of the concept with their heading
/// level: the principles, then each field with its goals and their public measures.
fn in_plan_order(items: &[Item]) -> Vec<(u8, &Item)> {
    let of = |kind: ItemKind, parent: Option<i64>| {
        items
            .iter()
            .filter(move |i| i.kind == kind && (parent.is_none() || i.parent == parent))
    };
    let mut out: Vec<(u8, &Item)> = of(ItemKind::Principle, None).map(|i| (2, i)).collect();
    for f in of(ItemKind::Field, None) {
        out.push((2, f));
        for g in of(ItemKind::Goal, Some(f.id)) {
            out.push((3, g));
            out.extend(of(ItemKind::Measure, Some(g.id)).map(|m| (4, m)));
        }
    }
    out
}

fn comment_view(c: &Comment, comments: &[Comment]) -> CommentView {
    CommentView {
        id: c.id,
        text: c.text.clone(),
        lang: c.lang.clone(),
        dir: dir_of(&c.lang),
        date: date_de(&Some(c.created_at.clone())),
        merged: comments
            .iter()
            .filter(|o| o.merged_into_id == Some(c.id))
            .count(),
    }
}

/// One item's view without its comments: its kind and translated title.
fn item_view(layout: &Layout, texts: &Texts, level: u8, item: &Item) -> ItemView {
    let target = Target::Item(item.kind, item.id);
    ItemView {
        level,
        anchor: format!("{}-{}", item.kind.code(), item.id),
        kind: layout.t(&format!("comments-kind-{}", item.kind.code())),
        title: texts.show(item.kind.table(), &item.id, "title", &item.title),
        target: target.code(),
        comments: Vec::new(),
    }
}

/// The draft as a whole, as the first of the items.
fn whole_draft(layout: &Layout) -> ItemView {
    ItemView {
        level: 2,
        anchor: "entwurf".into(),
        kind: String::new(),
        title: layout.t("comments-whole-draft"),
        target: Target::Version.code(),
        comments: Vec::new(),
    }
}

/// The version's items in the order of the concept, each with its published comments:
/// the draft as a whole, the principles, then each field with its goals and their public
/// measures.
async fn items(
    app: &AppState,
    layout: &Layout,
    texts: &Texts,
    concept: &Concept,
) -> Result<Vec<ItemView>, HtmlError> {
    let (items, comments) = tokio::try_join!(
        app.store.version_items(concept.id, false),
        app.store.comments_of_concept(
            concept.id,
            Some(&[CommentState::Published, CommentState::Merged])
        ),
    )?;
    let mut out = vec![whole_draft(layout)];
    out.extend(
        in_plan_order(&items)
            .into_iter()
            .map(|(level, item)| item_view(layout, texts, level, item)),
    );
    // Comments on an item removed since are shown with the draft as a whole.
    for c in comments
        .iter()
        .filter(|c| c.state() == CommentState::Published)
    {
        let code = c.target().code();
        let at = out.iter().position(|i| i.target == code).unwrap_or(0);
        out[at].comments.push(comment_view(c, &comments));
    }
    Ok(out)
}

async fn consultation_page(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
) -> Result<Html<String>, HtmlError> {
    let (body, concept) = concept_of(&app, &key, id).await?;
    let layout = layout_of(
        &cx,
        &format!(
            "{} – {} ({})",
            cx.tr("comments-title"),
            concept.title,
            concept.version_label
        ),
        &body,
        &concept,
    );
    let texts = Texts::load(&app.store, &cx, body.id).await?;
    let items = items(&app, &layout, &texts, &concept).await?;
    let published = items.iter().map(|i| i.comments.len()).sum();
    let page = ConsultationPage {
        open: open_period(&concept, Date::today()),
        concept_title: format!("{} ({})", concept.title, concept.version_label),
        layout,
        body,
        concept,
        items,
        published,
    };
    Ok(Html(page.render()?))
}

#[derive(Template)]
#[template(path = "comments/form.html")]
struct FormPage {
    layout: Layout,
    body: Body,
    concept: Concept,
    concept_title: String,
    /// What the comment is about: its kind and title (HTML), and its target code.
    about: (String, String),
    target: String,
    text: String,
    email: String,
    max_chars: usize,
    honeypot: &'static str,
    /// Field errors: (field, message).
    errors: Vec<(&'static str, String)>,
    /// A notice above the form (closed, too many).
    notice: Option<String>,
}

impl FormPage {
    fn error(&self, field: &str) -> Option<&str> {
        crate::kit::form::field_error(&self.errors, field)
    }
}

/// The form's page, with what was typed and what is wrong.
async fn form_page(
    app: &AppState,
    cx: &Context,
    body: Body,
    concept: Concept,
    input: &RawInput,
    errors: Vec<(&'static str, String)>,
    notice: Option<String>,
) -> Result<String, HtmlError> {
    let layout = layout_of(
        cx,
        &format!(
            "{} – {} ({})",
            cx.tr("comments-write"),
            concept.title,
            concept.version_label
        ),
        &body,
        &concept,
    );
    let texts = Texts::load(&app.store, cx, body.id).await?;
    let target = input
        .get("zu")
        .or_else(|| input.get("target"))
        .and_then(Target::parse)
        .unwrap_or(Target::Version);
    // An item readers do not see (or that is gone) is not named: the draft as a whole is.
    let item = match target {
        Target::Version => None,
        Target::Item(kind, id) => app
            .store
            .version_items(concept.id, false)
            .await?
            .into_iter()
            .find(|i| i.kind == kind && i.id == id),
    }
    .map_or_else(
        || whole_draft(&layout),
        |i| item_view(&layout, &texts, 2, &i),
    );
    let page = FormPage {
        about: (item.kind, item.title),
        target: item.target,
        text: input.get("text").unwrap_or("").to_owned(),
        email: input.get("email").unwrap_or("").to_owned(),
        max_chars: MAX_CHARS,
        honeypot: HONEYPOT,
        errors,
        notice,
        concept_title: format!("{} ({})", concept.title, concept.version_label),
        layout,
        body,
        concept,
    };
    Ok(page.render()?)
}

async fn comment_form(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Response, HtmlError> {
    let (body, concept) = concept_of(&app, &key, id).await?;
    if open_period(&concept, Date::today()).is_none() {
        return Ok(Redirect::to(&format!("/{key}/konzepte/{id}/kommentare")).into_response());
    }
    let input = RawInput::from_pairs(query.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    Ok(Html(form_page(&app, &cx, body, concept, &input, Vec::new(), None).await?).into_response())
}

async fn submit(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
    Extension(ClientAddr(client)): Extension<ClientAddr>,
    FormInput(input): FormInput,
) -> Result<Response, HtmlError> {
    let (body, concept) = concept_of(&app, &key, id).await?;
    let (errors, notice, status) = match take(&app, &cx, &body, &concept, &client, &input).await? {
        Ok(redirect) => return Ok(redirect.into_response()),
        Err(refused) => refused,
    };
    let html = form_page(&app, &cx, body, concept, &input, errors, notice).await?;
    Ok((status, Html(html)).into_response())
}

/// Why a comment was not taken: the fields' problems, a notice, the status.
type Refusal = (Vec<(&'static str, String)>, Option<String>, StatusCode);

/// Takes the comment of `input`, or says why not.
async fn take(
    app: &AppState,
    cx: &Context,
    body: &Body,
    concept: &Concept,
    client: &str,
    input: &RawInput,
) -> Result<Result<Redirect, Refusal>, HtmlError> {
    let problem =
        |field: &'static str, p: Problem| (field, cx.tr(&format!("comment-problem-{}", p.code())));
    let closed = || {
        Ok(Err((
            Vec::new(),
            Some(cx.tr("comments-closed")),
            StatusCode::CONFLICT,
        )))
    };
    let today = Date::today();
    if open_period(concept, today).is_none() {
        return closed();
    }
    let draft = match CommentDraft::parse(input) {
        Ok(d) => d,
        Err(problems) => {
            let errors = problems.into_iter().map(|(f, p)| problem(f, p)).collect();
            return Ok(Err((errors, None, StatusCode::UNPROCESSABLE_ENTITY)));
        }
    };
    // Counted under a hash of the address, kept for the hour only.
    let quota = Key::new(
        "comment",
        &[client],
        "",
        Rule {
            free: PER_HOUR,
            max_wait: 3600,
            window_minutes: 60,
            exclusive: false,
        },
    );
    if let Err(seconds) = app.store.take_quota(&quota).await? {
        let minutes = (seconds + 59) / 60;
        tracing::warn!(
            concept = concept.id,
            "comment refused: too many from one client"
        );
        let notice = cx.tr_with("comments-too-many", &[("minutes", minutes.to_string())]);
        return Ok(Err((
            Vec::new(),
            Some(notice),
            StatusCode::TOO_MANY_REQUESTS,
        )));
    }
    let lang = cx.lang();
    let recipient = draft.email.clone().unwrap_or_default();
    let result = app
        .store
        .submit_comment(concept.id, &draft, lang, today, |comment, links| {
            confirmation_mail(&app.public_url, body, concept, comment, &recipient, links)
        })
        .await;
    match result {
        Ok(_) => {
            let mail = if draft.email.is_some() {
                "&adresse=1"
            } else {
                ""
            };
            Ok(Ok(Redirect::to(&format!(
                "/{}/konzepte/{}/kommentare/danke?sprache={lang}{mail}",
                body.key, concept.id
            ))))
        }
        Err(StoreError::Invalid(_)) => Ok(Err((
            vec![problem("target", Problem::NoTarget)],
            None,
            StatusCode::UNPROCESSABLE_ENTITY,
        ))),
        Err(StoreError::Refused(_)) => closed(),
        Err(e) => Err(e.into()),
    }
}

/// The mail that asks to confirm the address left with a comment.
fn confirmation_mail(
    public_url: &str,
    body: &Body,
    concept: &Concept,
    comment: &Comment,
    recipient: &str,
    links: &SubscriptionLinks,
) -> NewMail {
    let root = public_url.trim_end_matches('/');
    let letter = Letter::new(&comment.lang);
    let subject = letter.t(
        "mail-comment-confirm-subject",
        &[("body", body.name.clone())],
    );
    letter
        .para("mail-hello", &[])
        .para(
            "mail-comment-confirm",
            &[(
                "concept",
                format!("{} ({})", concept.title, concept.version_label),
            )],
        )
        .link(format!("{root}/kommentare/bestaetigen/{}", links.confirm))
        .para(
            "mail-comment-confirm-ignore",
            &[("days", teilhabe_domain::comments::CONFIRM_DAYS.to_string())],
        )
        .para("mail-comment-unsubscribe", &[])
        .link(format!("{root}/kommentare/abmelden/{}", links.unsubscribe))
        .mail(body.id, KIND_CONFIRM, recipient, subject, None)
}

#[derive(Template)]
#[template(path = "comments/message.html")]
struct MessagePage {
    layout: Layout,
    heading: String,
    paragraphs: Vec<String>,
    /// A form with one button: (action, label).
    button: Option<(String, String)>,
    back: Option<(String, String)>,
}

async fn thanks(
    State(app): State<AppState>,
    cx: Context,
    Path((key, id)): Path<(String, i64)>,
    Query(query): Query<HashMap<String, String>>,
) -> Result<Html<String>, HtmlError> {
    let (body, concept) = concept_of(&app, &key, id).await?;
    let mut paragraphs = vec![cx.tr("comments-thanks-moderation")];
    if query.contains_key("adresse") {
        paragraphs.push(cx.tr("comments-thanks-mail"));
    }
    let page = MessagePage {
        layout: layout_of(&cx, &cx.tr("comments-thanks"), &body, &concept),
        heading: cx.tr("comments-thanks"),
        paragraphs,
        button: None,
        back: Some((
            format!("/{key}/konzepte/{id}/kommentare"),
            cx.tr("comments-back"),
        )),
    };
    Ok(Html(page.render()?))
}

/// A page of one message in the reader's language: its title's message, the text's, a
/// button (action, label) if any, and the status to answer with.
fn message(
    cx: &Context,
    title: &str,
    text: &str,
    button: Option<(String, String)>,
    status: StatusCode,
) -> Result<Response, HtmlError> {
    let page = MessagePage {
        layout: Layout::translated(cx, &cx.tr(title)).home(),
        heading: cx.tr(title),
        paragraphs: vec![cx.tr(text)],
        button,
        back: None,
    };
    Ok((status, Html(page.render()?)).into_response())
}

async fn confirm_page(
    State(app): State<AppState>,
    cx: Context,
    Path(token): Path<String>,
) -> Result<Response, HtmlError> {
    let title = "comments-confirm-title";
    match app.store.comment_of_confirmation(&token).await? {
        None => message(
            &cx,
            title,
            "comments-link-unknown",
            None,
            StatusCode::NOT_FOUND,
        ),
        Some((_, true)) => message(&cx, title, "comments-confirmed", None, StatusCode::OK),
        // A button, not the link itself: programs that open links in mails to check
        // them must not confirm an address for its owner.
        Some((_, false)) => {
            let button = (
                format!("/kommentare/bestaetigen/{token}"),
                cx.tr("comments-confirm-button"),
            );
            message(
                &cx,
                title,
                "comments-confirm-text",
                Some(button),
                StatusCode::OK,
            )
        }
    }
}

async fn confirm(
    State(app): State<AppState>,
    cx: Context,
    Path(token): Path<String>,
) -> Result<Response, HtmlError> {
    let title = "comments-confirm-title";
    match app.store.confirm_comment_address(&token).await? {
        Some(_) => message(&cx, title, "comments-confirmed", None, StatusCode::OK),
        None => message(
            &cx,
            title,
            "comments-link-unknown",
            None,
            StatusCode::NOT_FOUND,
        ),
    }
}

/// One click: the address is erased at once (losing it costs the person only the
/// notices, which they asked to stop).
async fn unsubscribe(
    State(app): State<AppState>,
    cx: Context,
    Path(token): Path<String>,
) -> Result<Response, HtmlError> {
    let text = if app.store.unsubscribe_comment(&token).await? {
        "comments-unsubscribed"
    } else {
        "comments-unsubscribed-already"
    };
    message(
        &cx,
        "comments-unsubscribed-title",
        text,
        None,
        StatusCode::OK,
    )
}
