//! The words real servers use for kinds, states and roles, mapped to Teilhabe's codes:
//! the code's own German label first, then the words German council systems write
//! ("Beschlussfassung", "Informationsvorlage", "Ausschuss für …"), and a stated default.

use teilhabe_domain::{Coded, ConsultationRole, MeetingState, OrganizationKind, PaperType};

pub(super) fn organization_kind(
    classification: Option<&str>,
    organization_type: Option<&str>,
) -> OrganizationKind {
    if let Some(c) = classification
        && let Some(k) = OrganizationKind::ALL
            .iter()
            .find(|k| k.label().eq_ignore_ascii_case(c))
    {
        return *k;
    }
    let text = format!(
        "{} {}",
        classification.unwrap_or(""),
        organization_type.unwrap_or("")
    )
    .to_lowercase();
    if text.contains("ausschuss") || text.contains("beirat") || text.contains("kommission") {
        OrganizationKind::Committee
    } else if [
        "kreistag",
        "stadtrat",
        "gemeinderat",
        "rat ",
        "vertretung",
        "stadtverordnet",
    ]
    .iter()
    .any(|w| text.contains(w))
    {
        OrganizationKind::Council
    } else if text.contains("verwaltung") || text.contains("amt") || text.contains("fachbereich") {
        OrganizationKind::Department
    } else if text.contains("arbeitsgruppe") || text.contains("arbeitskreis") {
        OrganizationKind::WorkingGroup
    } else if text.contains("gremium") {
        OrganizationKind::Committee
    } else {
        OrganizationKind::External
    }
}

pub(super) fn meeting_state(raw: Option<&str>) -> MeetingState {
    let Some(s) = raw else {
        return MeetingState::Scheduled;
    };
    if let Some(k) = MeetingState::ALL
        .iter()
        .find(|k| k.label().eq_ignore_ascii_case(s))
    {
        return *k;
    }
    let s = s.to_lowercase();
    if [
        "durchgeführt",
        "beendet",
        "stattgefunden",
        "abgeschlossen",
        "freigegeben",
        "protokoll",
    ]
    .iter()
    .any(|w| s.contains(w))
    {
        MeetingState::Held
    } else if s.contains("eingeladen") || s.contains("einladung") {
        MeetingState::Invited
    } else {
        MeetingState::Scheduled
    }
}

pub(super) fn paper_type(raw: Option<&str>) -> PaperType {
    let Some(s) = raw else {
        return PaperType::Resolution;
    };
    if let Some(k) = PaperType::ALL
        .iter()
        .find(|k| k.label().eq_ignore_ascii_case(s))
    {
        return *k;
    }
    let s = s.to_lowercase();
    if s.contains("anfrage") {
        PaperType::Inquiry
    } else if s.contains("antrag") {
        PaperType::Motion
    } else if s.contains("mitteilung") || s.contains("information") || s.contains("kenntnis") {
        PaperType::Notice
    } else if s.contains("bericht") {
        PaperType::Report
    } else {
        PaperType::Resolution
    }
}

pub(super) fn consultation_role(raw: Option<&str>) -> ConsultationRole {
    let Some(s) = raw else {
        return ConsultationRole::Preliminary;
    };
    if let Some(k) = ConsultationRole::ALL
        .iter()
        .find(|k| k.label().eq_ignore_ascii_case(s))
    {
        return *k;
    }
    let s = s.to_lowercase();
    if s.contains("entscheid") || s.contains("beschluss") || s.contains("beschließ") {
        ConsultationRole::Decision
    } else if s.contains("kenntnis") || s.contains("information") {
        ConsultationRole::Notice
    } else if s.contains("anhörung") || s.contains("anhoerung") {
        ConsultationRole::Hearing
    } else {
        ConsultationRole::Preliminary
    }
}
