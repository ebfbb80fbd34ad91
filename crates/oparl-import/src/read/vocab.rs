//! The words real servers use for kinds, states and roles, mapped to Teilhabe's codes:
//! the code's own German label first, then the words German council systems write
//! ("Beschlussfassung", "Informationsvorlage", "Ausschuss für …"), and a stated default.

use teilhabe_domain::{Coded, ConsultationRole, MeetingState, OrganizationKind, PaperType};

pub(super) fn organization_kind(
    classification: Option<&str>,
    organization_type: Option<&str>,
) -> OrganizationKind {
    if let Some(k) = classification.and_then(OrganizationKind::from_label) {
        return k;
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
    if let Some(k) = MeetingState::from_label(s) {
        return k;
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
    if let Some(k) = PaperType::from_label(s) {
        return k;
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

/// A consultation's role as stored: the code of a role Teilhabe knows, else the source's
/// own words, one line ("Beratung", "Beschlussempfehlung an den Rat"), and nothing when the
/// source gives none. An unknown role was once published as "Vorberatung"; a role the
/// reader cannot place is not guessed.
pub(super) fn consultation_role(raw: Option<&str>) -> String {
    let Some(s) = raw.map(|r| r.split_whitespace().collect::<Vec<_>>().join(" ")) else {
        return String::new();
    };
    if let Some(k) = ConsultationRole::from_label(&s).or_else(|| ConsultationRole::from_code(&s)) {
        return k.code().to_owned();
    }
    let l = s.to_lowercase();
    let known = if l.contains("vorberat") {
        Some(ConsultationRole::Preliminary)
    } else if l.contains("entscheid") || l.contains("beschlussfass") || l.contains("beschließ") {
        Some(ConsultationRole::Decision)
    } else if l.contains("kenntnis") {
        Some(ConsultationRole::Notice)
    } else if l.contains("anhörung") || l.contains("anhoerung") {
        Some(ConsultationRole::Hearing)
    } else {
        None
    };
    match known {
        Some(k) => k.code().to_owned(),
        None => s.chars().take(200).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consultation_roles_are_read_or_kept_as_the_source_words() {
        let role = |r: Option<&str>| consultation_role(r);
        assert_eq!(role(Some("Vorberatung")), "preliminary");
        assert_eq!(role(Some("Entscheidung")), "decision");
        assert_eq!(role(Some("Beschlussfassung")), "decision");
        assert_eq!(role(Some("zur Kenntnisnahme")), "notice");
        assert_eq!(role(Some("Anhörung")), "hearing");
        // Not guessed: neither "Vorberatung" (as it once was) nor a decision.
        assert_eq!(role(Some("Beratung")), "Beratung");
        assert_eq!(
            role(Some("Beschlussempfehlung\nan den Rat")),
            "Beschlussempfehlung an den Rat"
        );
        assert_eq!(role(None), "");
    }
}
