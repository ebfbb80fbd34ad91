//! Output indicators in the dump: a measure's outputs, numbered from 1 in their order, and
//! the values its progress reports carry for them by that number.

use super::DumpMeasure;
use super::checks::reference;
use crate::impact::{Output, ReportedValue};
use serde::{Deserialize, Serialize};
use teilhabe_domain::FieldErrors;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpOutput {
    pub name: String,
    pub unit: Option<String>,
    pub target_hundredths: i64,
    pub created_at: String,
    pub modified_at: String,
}

/// A value reported for an output: the output's number within its measure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DumpOutputValue {
    pub output: usize,
    pub value_hundredths: i64,
}

/// A measure's outputs and its reports' values: targets above 0, values not negative,
/// each value naming an output of the measure once per report.
pub(super) fn check(e: &mut FieldErrors, at: &str, m: &DumpMeasure) {
    for (oi, o) in m.outputs.iter().enumerate() {
        if o.target_hundredths <= 0 {
            e.add(
                format!("{at}.outputs[{oi}].target_hundredths"),
                "Der Zielwert muss größer als 0 sein.",
            );
        }
    }
    for (ri, r) in m.progress_reports.iter().enumerate() {
        for (vi, v) in r.outputs.iter().enumerate() {
            let at = format!("{at}.progress_reports[{ri}].outputs[{vi}]");
            if r.outputs[..vi].iter().any(|w| w.output == v.output) {
                e.add(
                    format!("{at}.output"),
                    "Diese Output-Kennzahl ist in der Meldung doppelt.",
                );
            }
            reference(e, &format!("{at}.output"), Some(v.output), m.outputs.len());
            if v.value_hundredths < 0 {
                e.add(
                    format!("{at}.value_hundredths"),
                    "Der Wert darf nicht negativ sein.",
                );
            }
        }
    }
}

/// A measure's outputs as the dump writes them.
pub(super) fn outputs(list: Vec<Output>) -> Vec<DumpOutput> {
    list.into_iter()
        .map(|o| DumpOutput {
            name: o.name,
            unit: o.unit,
            target_hundredths: o.target_hundredths,
            created_at: o.created_at,
            modified_at: o.modified_at,
        })
        .collect()
}

/// The values of one report, naming the measure's outputs (`own`) by number.
pub(super) fn values(
    own: &[Output],
    values: &[ReportedValue],
    report_id: i64,
) -> Vec<DumpOutputValue> {
    values
        .iter()
        .filter(|v| v.report_id == report_id)
        .filter_map(|v| {
            let i = own.iter().position(|o| o.id == v.output_id)?;
            Some(DumpOutputValue {
                output: i + 1,
                value_hundredths: v.value_hundredths,
            })
        })
        .collect()
}
