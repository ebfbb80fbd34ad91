use super::*;
use std::collections::{BTreeMap, BTreeSet};

#[test]
fn the_catalogue_names_each_message_by_its_german_text() {
    let sources = staff_sources();
    // Each message's English as Fluent syntax, for the placeholders it uses.
    let resource = fluent_syntax::parser::parse(STAFF_SOURCE).unwrap();
    let values: BTreeMap<&str, &fluent_syntax::ast::Pattern<&str>> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some((m.id.name, m.value.as_ref()?)),
            _ => None,
        })
        .collect();
    let mut seen = BTreeSet::new();
    let mut args = FluentArgs::new();
    for (german, id) in &sources {
        assert_eq!(
            &staff_id(german),
            id,
            "the comment above {id} is not its German text"
        );
        assert!(seen.insert(id.clone()), "{id} twice");
        // The English uses the German text's placeholders and no others.
        let placeholders: BTreeSet<String> = pieces(german)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Arg(a) => Some(a),
                Piece::Text(_) => None,
            })
            .collect();
        for p in &placeholders {
            args.set(p.clone(), "x");
        }
        let message = STAFF
            .bundle
            .get_message(id)
            .and_then(|m| m.value())
            .unwrap();
        let mut errors = Vec::new();
        let english = STAFF
            .bundle
            .format_pattern(message, Some(&args), &mut errors);
        assert!(errors.is_empty(), "{id}: {errors:?}");
        assert!(!english.trim().is_empty(), "{id} is empty");
        let mut used = BTreeSet::new();
        if let Some(value) = values.get(id.as_str()) {
            super::tests::variables(value, &mut used);
        }
        assert!(
            used.is_subset(&placeholders),
            "{id} uses {used:?}, the German has {placeholders:?}"
        );
    }
    assert!(sources.len() > 1000);
}

#[test]
fn texts_the_code_formats_are_recognised() {
    // A fixed text, one of the parser's messages with a phrase inside, a value inside.
    assert_eq!(staff_text("en", "Speichern"), "Save");
    assert_eq!(
        staff_text("en", "Bitte einen Titel angeben."),
        "Please enter a title."
    );
    assert_eq!(
        staff_text(
            "en",
            "„31.02.2024“ ist kein gültiges Datum (TT.MM.JJJJ oder JJJJ-MM-TT)."
        ),
        "“31.02.2024” is not a valid date (DD.MM.YYYY or YYYY-MM-DD)."
    );
    assert_eq!(
        staff_text("en", "Vorlage 2021/7/014 bearbeiten"),
        "Edit paper 2021/7/014"
    );
    assert_eq!(staff_text("de", "Speichern"), "Speichern");
    // A record's own text stays as it is.
    assert_eq!(staff_text("en", "Sprachcafé Peine"), "Sprachcafé Peine");
    assert_eq!(
        staff(
            "en",
            "Zeile { $row }: Haushaltsjahr",
            &[("row", "2".into())]
        ),
        "Row 2: budget year"
    );
    assert_eq!(
        staff(
            "de",
            "Zeile { $row }: Haushaltsjahr",
            &[("row", "2".into())]
        ),
        "Zeile 2: Haushaltsjahr"
    );
}
