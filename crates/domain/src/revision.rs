//! Revising a concept: the next version is made from the one in force, and any two versions
//! are compared.
//!
//! **Carrying over.** Every principle, field of action, goal and measure of the old version
//! is copied into a draft and remembers the item it was carried from. For each measure the
//! coordinator decides: it continues (unchanged), changes (carried, then edited in the
//! draft), ends (with a reason, which the comparison and the printed concept give) or is
//! dropped. A continued measure's reports stay where they were written; its page reads them
//! along the lineage, so nothing is copied twice. The version in force is not touched until
//! the draft is adopted.
//!
//! **Comparing.** The items of two versions are matched first by lineage — an item and the
//! one it was carried from, over any number of versions — and then, for versions that were
//! typed in separately as older ones often were, by the same title. Matched items whose
//! texts differ are changed, with a word-level diff; matched items under a different parent
//! (a measure under another goal, a goal in another field) have moved; the rest were added
//! or removed. Pure, so the page, the printed concept, the resolution paper and the API say
//! the same.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;

use crate::codes::coded;
use crate::input::{FieldErrors, Parser, RawInput};

coded!(CarryDecision {
    Continue = "continue": "weiterführen",
    Change = "change": "weiterführen und ändern",
    End = "end": "beenden",
    Drop = "drop": "streichen",
});

impl CarryDecision {
    /// Whether the measure goes into the new version.
    pub fn carries(self) -> bool {
        matches!(self, Self::Continue | Self::Change)
    }
}

/// What becomes of one measure of the old version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureCarry {
    pub measure_id: i64,
    pub decision: CarryDecision,
    /// Why it ends (required for [`CarryDecision::End`], kept for the others if given).
    pub reason: Option<String>,
}

/// A new version made from an old one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuccessorDraft {
    pub title: String,
    pub version_label: String,
    pub measures: Vec<MeasureCarry>,
}

/// The form field of a measure's decision.
pub fn decision_field(measure_id: i64) -> String {
    format!("decision_{measure_id}")
}

/// The form field of a measure's reason.
pub fn reason_field(measure_id: i64) -> String {
    format!("reason_{measure_id}")
}

impl SuccessorDraft {
    /// `measure_ids` are the measures of the version carried from: each takes its decision
    /// from `decision_{id}` (none given: it continues) and, when it ends, its reason from
    /// `reason_{id}`. Fields for other measures are refused, so a stale form (a measure
    /// added meanwhile) is not half applied.
    pub fn parse(input: &RawInput, measure_ids: &[i64]) -> Result<Self, FieldErrors> {
        let mut p = Parser::new(input);
        let title = p.required_text("title", "einen Titel", 300);
        let version_label = p.required_text("version_label", "die Fassung (z. B. 2030)", 40);
        let known: HashSet<i64> = measure_ids.iter().copied().collect();
        // `with_prefix` gives what follows the prefix: the measure's id.
        for (id, _) in input.with_prefix("decision_") {
            if !id.parse::<i64>().is_ok_and(|id| known.contains(&id)) {
                p.fail(
                    &format!("decision_{id}"),
                    "Diese Maßnahme gehört nicht (mehr) zur bisherigen Fassung. Bitte laden Sie das Formular neu.",
                );
            }
        }
        let mut measures = Vec::with_capacity(measure_ids.len());
        for &id in measure_ids {
            let field = decision_field(id);
            let decision = if input.get(&field).is_some() {
                p.required_code::<CarryDecision>(&field)
            } else {
                Some(CarryDecision::Continue)
            };
            let reason_name = reason_field(id);
            let reason = p.optional_lines(&reason_name, 2000);
            if decision == Some(CarryDecision::End) && reason.is_none() {
                p.fail(
                    &reason_name,
                    "Bitte nennen Sie, warum die Maßnahme endet: Der Grund erscheint im Vergleich der Fassungen.",
                );
            }
            if let Some(decision) = decision {
                measures.push(MeasureCarry {
                    measure_id: id,
                    decision,
                    reason,
                });
            }
        }
        p.finish(Self {
            title,
            version_label,
            measures,
        })
    }
}

// ---- comparing two versions

/// The kinds of item a version is made of, in the order a comparison lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemKind {
    Principle,
    Field,
    Goal,
    Measure,
}

impl ItemKind {
    pub const ALL: [Self; 4] = [Self::Principle, Self::Field, Self::Goal, Self::Measure];

    pub fn code(self) -> &'static str {
        match self {
            Self::Principle => "principle",
            Self::Field => "field",
            Self::Goal => "goal",
            Self::Measure => "measure",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Principle => "Leitsatz",
            Self::Field => "Handlungsfeld",
            Self::Goal => "Ziel",
            Self::Measure => "Maßnahme",
        }
    }

    /// The table of its records (also the entity name of their translations).
    pub fn table(self) -> &'static str {
        match self {
            Self::Principle => "principles",
            Self::Field => "fields_of_action",
            Self::Goal => "goals",
            Self::Measure => "measures",
        }
    }

    /// The kind of its parent: a goal's field, a measure's goal.
    pub fn parent(self) -> Option<Self> {
        match self {
            Self::Goal => Some(Self::Field),
            Self::Measure => Some(Self::Goal),
            _ => None,
        }
    }

    pub fn plural(self) -> &'static str {
        match self {
            Self::Principle => "Leitsätze",
            Self::Field => "Handlungsfelder",
            Self::Goal => "Ziele",
            Self::Measure => "Maßnahmen",
        }
    }
}

/// One item of a version, as the comparison sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub kind: ItemKind,
    pub id: i64,
    /// The item of an earlier version it was carried from.
    pub carried_from: Option<i64>,
    /// The field of a goal, the goal of a measure; none for principles and fields.
    pub parent: Option<i64>,
    pub title: String,
    /// Its further texts that count for the comparison, by name (see [`text_label`]);
    /// absent texts as empty strings, so a text added or removed is a change too.
    pub texts: Vec<(&'static str, String)>,
}

/// How two items' text differs, word by word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextChange {
    /// `title` or the name of the text (see [`text_label`]).
    pub field: &'static str,
    pub words: Vec<Words>,
}

/// The German label of a compared text.
pub fn text_label(field: &str) -> &'static str {
    match field {
        "title" => "Titel",
        "text" => "Text",
        "description" => "Beschreibung",
        "target_note" => "Zielwert",
        "code" => "Nummer",
        "lead" => "Federführung",
        "period" => "Zeitraum",
        "scope" => "Gebiet",
        "priority" => "Priorität",
        _ => "Text",
    }
}

/// A run of words that both texts share, or that only one has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Words {
    Same(String),
    Removed(String),
    Added(String),
}

/// One difference between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub kind: ItemKind,
    /// The item in the older version (none: added).
    pub old: Option<i64>,
    /// The item in the newer version (none: removed).
    pub new: Option<i64>,
    /// Its title in the newer version, else in the older one.
    pub title: String,
    /// Texts that differ, title first.
    pub texts: Vec<TextChange>,
    /// Its parent before and after, when it moved (a measure to another goal, a goal to
    /// another field): items of the old and of the new version.
    pub moved: Option<(i64, i64)>,
}

/// What a difference amounts to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Added,
    Removed,
    Changed,
    Moved,
    ChangedAndMoved,
}

impl Change {
    pub fn code(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::Removed => "removed",
            Self::Changed => "changed",
            Self::Moved => "moved",
            Self::ChangedAndMoved => "changed_and_moved",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Added => "neu",
            Self::Removed => "entfallen",
            Self::Changed => "geändert",
            Self::Moved => "verschoben",
            Self::ChangedAndMoved => "geändert und verschoben",
        }
    }
}

impl Difference {
    pub fn change(&self) -> Change {
        match (self.old, self.new) {
            (None, _) => Change::Added,
            (_, None) => Change::Removed,
            _ => match (self.texts.is_empty(), self.moved.is_some()) {
                (false, true) => Change::ChangedAndMoved,
                (true, true) => Change::Moved,
                _ => Change::Changed,
            },
        }
    }
}

/// The differences from `old` to `new` (each a version's items, in plan order), grouped
/// by kind as [`ItemKind::ALL`] orders them: within a kind, the new version's items in
/// its order, then the removed ones in the old version's order.
///
/// `lineage` maps every item of the body that was carried from another to that one (of
/// any version, so versions that are not neighbours still match); it may hold more than
/// the two versions' items.
pub fn compare<S: BuildHasher>(
    old: &[Item],
    new: &[Item],
    lineage: &HashMap<(ItemKind, i64), i64, S>,
) -> Vec<Difference> {
    let matched = match_items(old, new, lineage);
    let old_by_id: HashMap<(ItemKind, i64), &Item> =
        old.iter().map(|i| ((i.kind, i.id), i)).collect();
    let mut out = Vec::new();
    for kind in ItemKind::ALL {
        let parent_kind = kind.parent();
        for item in new.iter().filter(|i| i.kind == kind) {
            let Some(&old_id) = matched.new_to_old.get(&(kind, item.id)) else {
                out.push(Difference {
                    kind,
                    old: None,
                    new: Some(item.id),
                    title: item.title.clone(),
                    texts: Vec::new(),
                    moved: None,
                });
                continue;
            };
            let before = old_by_id[&(kind, old_id)];
            let texts = text_changes(before, item);
            let moved = match (parent_kind, before.parent, item.parent) {
                (Some(pk), Some(was), Some(is)) => {
                    let same = matched.new_to_old.get(&(pk, is)) == Some(&was);
                    (!same).then_some((was, is))
                }
                _ => None,
            };
            if !texts.is_empty() || moved.is_some() {
                out.push(Difference {
                    kind,
                    old: Some(old_id),
                    new: Some(item.id),
                    title: item.title.clone(),
                    texts,
                    moved,
                });
            }
        }
        for item in old.iter().filter(|i| i.kind == kind) {
            if !matched.old_matched.contains(&(kind, item.id)) {
                out.push(Difference {
                    kind,
                    old: Some(item.id),
                    new: None,
                    title: item.title.clone(),
                    texts: Vec::new(),
                    moved: None,
                });
            }
        }
    }
    out
}

struct Matching {
    new_to_old: HashMap<(ItemKind, i64), i64>,
    old_matched: HashSet<(ItemKind, i64)>,
}

/// Pairs the items of two versions: by lineage (the same first ancestor), then by the same
/// title among those left, each item at most once.
fn match_items<S: BuildHasher>(
    old: &[Item],
    new: &[Item],
    lineage: &HashMap<(ItemKind, i64), i64, S>,
) -> Matching {
    let root = |kind: ItemKind, id: i64| {
        let mut at = id;
        // A carried item's chain ends; the bound only guards against a cycle in bad data.
        for _ in 0..1000 {
            match lineage.get(&(kind, at)) {
                Some(&from) => at = from,
                None => break,
            }
        }
        at
    };
    let mut by_root: HashMap<(ItemKind, i64), i64> = HashMap::new();
    for item in old {
        by_root
            .entry((item.kind, root(item.kind, item.id)))
            .or_insert(item.id);
    }
    let mut m = Matching {
        new_to_old: HashMap::new(),
        old_matched: HashSet::new(),
    };
    for item in new {
        if let Some(&old_id) = by_root.get(&(item.kind, root(item.kind, item.id)))
            && m.old_matched.insert((item.kind, old_id))
        {
            m.new_to_old.insert((item.kind, item.id), old_id);
        }
    }
    let mut by_title: HashMap<(ItemKind, String), Vec<i64>> = HashMap::new();
    for item in old.iter().rev() {
        if !m.old_matched.contains(&(item.kind, item.id)) {
            by_title
                .entry((item.kind, same_title(&item.title)))
                .or_default()
                .push(item.id);
        }
    }
    for item in new {
        if m.new_to_old.contains_key(&(item.kind, item.id)) {
            continue;
        }
        if let Some(old_id) = by_title
            .get_mut(&(item.kind, same_title(&item.title)))
            .and_then(Vec::pop)
        {
            m.old_matched.insert((item.kind, old_id));
            m.new_to_old.insert((item.kind, item.id), old_id);
        }
    }
    m
}

/// A title as matching sees it: case and spacing do not count.
fn same_title(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn text_changes(old: &Item, new: &Item) -> Vec<TextChange> {
    let mut out = Vec::new();
    if old.title != new.title {
        out.push(TextChange {
            field: "title",
            words: diff_words(&old.title, &new.title),
        });
    }
    for (field, text) in &new.texts {
        let before = old
            .texts
            .iter()
            .find(|(f, _)| f == field)
            .map_or("", |(_, t)| t.as_str());
        // Spacing and line breaks alone are no change.
        if !before.split_whitespace().eq(text.split_whitespace()) {
            out.push(TextChange {
                field,
                words: diff_words(before, text),
            });
        }
    }
    out
}

/// The word-level difference of two texts: runs of shared, removed and added words, each
/// run's words joined by single spaces (line breaks and spacing do not count as changes).
pub fn diff_words(old: &str, new: &str) -> Vec<Words> {
    let old: Vec<&str> = old.split_whitespace().collect();
    let new: Vec<&str> = new.split_whitespace().collect();
    let mut out: Vec<Words> = Vec::new();
    for op in similar::capture_diff_slices(similar::Algorithm::Myers, &old, &new) {
        for change in op.iter_changes(&old, &new) {
            let word = change.value();
            match (change.tag(), out.last_mut()) {
                (similar::ChangeTag::Equal, Some(Words::Same(s)))
                | (similar::ChangeTag::Delete, Some(Words::Removed(s)))
                | (similar::ChangeTag::Insert, Some(Words::Added(s))) => {
                    s.push(' ');
                    s.push_str(word);
                }
                (similar::ChangeTag::Equal, _) => out.push(Words::Same(word.to_owned())),
                (similar::ChangeTag::Delete, _) => out.push(Words::Removed(word.to_owned())),
                (similar::ChangeTag::Insert, _) => out.push(Words::Added(word.to_owned())),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(kind: ItemKind, id: i64, parent: Option<i64>, title: &str, text: &str) -> Item {
        Item {
            kind,
            id,
            carried_from: None,
            parent,
            title: title.to_owned(),
            texts: vec![("description", text.to_owned())],
        }
    }

    #[test]
    fn an_ending_measure_needs_its_reason_and_unknown_measures_are_refused() {
        let input = RawInput::from_pairs([
            ("title", "Integrationskonzept"),
            ("version_label", "2030"),
            ("decision_1", "end"),
            ("decision_2", "drop"),
            ("decision_9", "continue"),
        ]);
        let errors = SuccessorDraft::parse(&input, &[1, 2, 3]).unwrap_err();
        assert!(errors.get("reason_1").unwrap().contains("warum"));
        assert!(errors.get("decision_9").is_some());
        assert_eq!(errors.iter().count(), 2, "{errors}");

        let input = RawInput::from_pairs([
            ("title", "Integrationskonzept"),
            ("version_label", "2030"),
            ("decision_1", "end"),
            ("reason_1", "Das Programm des Landes ist ausgelaufen."),
            ("decision_2", "drop"),
        ]);
        let draft = SuccessorDraft::parse(&input, &[1, 2, 3]).unwrap();
        let decisions: Vec<_> = draft.measures.iter().map(|m| m.decision).collect();
        assert_eq!(
            decisions,
            [
                CarryDecision::End,
                CarryDecision::Drop,
                CarryDecision::Continue
            ]
        );
        assert!(!CarryDecision::End.carries() && CarryDecision::Change.carries());
    }

    #[test]
    fn items_match_by_lineage_then_by_title_and_moves_are_recognised() {
        use ItemKind::{Field, Goal, Measure};
        let old = [
            item(Field, 1, None, "Sprache", ""),
            item(Field, 2, None, "Arbeit", ""),
            item(Goal, 10, Some(1), "Kurse für alle", ""),
            item(Goal, 11, Some(2), "Anerkennung", ""),
            item(Measure, 100, Some(10), "Sprachcafé", "Einmal im Monat"),
            item(Measure, 101, Some(10), "Elternkurse", ""),
            item(Measure, 102, Some(11), "Beratung", "Sprechstunde"),
        ];
        // Version 2: field 1 carried and renamed, field 2 typed in again (same title),
        // the Sprachcafé carried under the Anerkennung goal and rewritten, Elternkurse
        // dropped, a new measure.
        let new = [
            item(Field, 21, None, "Sprache und Bildung", ""),
            item(Field, 22, None, "arbeit", ""),
            item(Goal, 30, Some(21), "Kurse für alle", ""),
            item(Goal, 31, Some(22), "Anerkennung", ""),
            item(Measure, 200, Some(31), "Sprachcafé", "Jede Woche"),
            item(Measure, 202, Some(31), "Beratung", "Sprechstunde"),
            item(Measure, 203, Some(30), "Lernpaten", ""),
        ];
        let lineage: HashMap<_, _> = [
            ((Field, 21), 1),
            ((Goal, 30), 10),
            ((Measure, 200), 100),
            // an older ancestor: lineage follows the chain
            ((Measure, 100), 50),
        ]
        .into_iter()
        .collect();
        let diffs = compare(&old, &new, &lineage);
        let summary: Vec<_> = diffs
            .iter()
            .map(|d| (d.kind, d.old, d.new, d.change()))
            .collect();
        assert_eq!(
            summary,
            [
                (Field, Some(1), Some(21), Change::Changed),
                (Field, Some(2), Some(22), Change::Changed),
                (Measure, Some(100), Some(200), Change::ChangedAndMoved),
                (Measure, None, Some(203), Change::Added),
                (Measure, Some(101), None, Change::Removed),
            ]
        );
        assert_eq!(diffs[2].moved, Some((10, 31)));
        assert_eq!(
            diffs[2].texts[0].words,
            [
                Words::Removed("Einmal im Monat".into()),
                Words::Added("Jede Woche".into())
            ]
        );
        assert_eq!(
            diffs[0].texts[0].words,
            [
                Words::Same("Sprache".into()),
                Words::Added("und Bildung".into())
            ]
        );
    }

    #[test]
    fn the_same_version_has_no_differences() {
        let v = [
            item(ItemKind::Principle, 1, None, "Vielfalt", "Wir achten sie."),
            item(ItemKind::Field, 2, None, "Sprache", ""),
        ];
        assert!(compare(&v, &v, &HashMap::new()).is_empty());
    }
}
