//! Any bytes as a submitted form (`application/x-www-form-urlencoded`) or JSON body, through
//! every record parser that HTML forms, the API and dump files share; and the single values
//! (dates, money, percentages, official keys, logins, vote tallies).
#![no_main]
use libfuzzer_sys::fuzz_target;
use teilhabe_domain::input::{Lines, strip_unsafe, unsafe_char};
use teilhabe_domain::{RawInput, concept, council, meetings, participation, surveys, values};

/// What a parser accepts holds no control or direction characters, and no line break
/// where only one line belongs.
fn clean(text: &str, lines: Lines) {
    assert_eq!(unsafe_char(text, lines), None, "accepted: {text:?}");
}

fn every_parser(input: &RawInput) {
    let _ = concept::TargetGroupDraft::parse(input);
    let _ = concept::ConceptDraft::parse(input);
    let _ = concept::PrincipleDraft::parse(input);
    let _ = concept::FieldOfActionDraft::parse(input);
    let _ = concept::GoalDraft::parse(input);
    if let Ok(m) = concept::MeasureDraft::parse(input) {
        clean(&m.title, Lines::One);
        clean(m.description.as_deref().unwrap_or_default(), Lines::Many);
    }
    let _ = concept::ProgressReportDraft::parse(input);
    let _ = council::BodyDraft::parse(input);
    let _ = council::OrganizationDraft::parse(input);
    let _ = council::PersonDraft::parse(input);
    let _ = council::MembershipDraft::parse(input);
    let _ = meetings::LocationDraft::parse(input);
    let _ = meetings::MeetingDraft::parse(input);
    let _ = meetings::AgendaItemDraft::parse(input);
    let _ = meetings::PaperDraft::parse(input);
    let _ = meetings::ConsultationDraft::parse(input);
    let _ = meetings::ReportingCycleDraft::parse(input);
    let _ = meetings::LegislativeTermDraft::parse(input);
    let _ = participation::ProcessDraft::parse(input);
    let _ = participation::parse_phases(input);
    let _ = participation::EventDraft::parse(input);
    if let Ok(c) = participation::ContributionDraft::parse(input) {
        clean(&c.text, Lines::Many);
    }
    let _ = surveys::SurveyDraft::parse(input);
    let _ = surveys::QuestionDraft::parse(input, &["single", "multiple", "number"], &["single"]);
}

fuzz_target!(|data: &[u8]| {
    let input = RawInput::from_pairs(form_urlencoded::parse(data).into_owned());
    every_parser(&input);
    if let Ok(json) = serde_json::from_slice::<serde_json::Value>(data)
        && let Ok(input) = RawInput::from_json(&json)
    {
        every_parser(&input);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = values::Date::parse(text);
        let _ = values::Money::parse(text);
        let _ = values::Percent::parse(text);
        let _ = values::OfficialKey::parse(text);
        let _ = meetings::LocalDateTime::parse(text);
        let _ = teilhabe_domain::access::parse_login(text);
        let _ = teilhabe_domain::access::check_password(text, "fuzz");
        let _ = teilhabe_oparl_import::votes::parse(text);
        for lines in [Lines::One, Lines::Many] {
            clean(&strip_unsafe(text, lines), lines);
        }
    }
});
