//! Every message the portal asks for exists (issue 34): the ids the code passes to `tr`,
//! `tr_or`, `i18n::format` and `layout.t…`, read with `syn` (inside macros such as `format!`
//! too), and those the templates pass to `layout.t…`, are all in the catalogue. That every
//! language holds the same messages is a unit test of `kit::i18n`; English is checked here
//! because it holds the German messages and the vocabularies translated from the code.

use std::collections::BTreeSet;
use syn::punctuated::Punctuated;
use syn::visit::Visit;

mod source;
use source::{attrs, crates, files, is_test};

/// The message ids a Rust file asks for.
#[derive(Default)]
struct Asked(BTreeSet<String>);

impl Asked {
    fn literal(&mut self, expr: Option<&syn::Expr>) {
        if let Some(syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        })) = expr
        {
            self.0.insert(s.value());
        }
    }
}

impl<'ast> Visit<'ast> for Asked {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        if !is_test(attrs(item)) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let syn::Expr::Path(p) = &*call.func {
            let names: Vec<String> = p
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            match names
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .as_slice()
            {
                [.., "tr" | "tr_or"] => self.literal(call.args.first()),
                [.., "i18n", "format"] => self.literal(call.args.iter().nth(1)),
                _ => {}
            }
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        let on_layout = matches!(&*call.receiver, syn::Expr::Path(p) if p.path.is_ident("layout"));
        if on_layout && ["t", "t1", "t2"].contains(&call.method.to_string().as_str()) {
            self.literal(call.args.first());
        }
        syn::visit::visit_expr_method_call(self, call);
    }

    /// A macro's arguments, where they are expressions (`format!`, `vec!`, `write!`, …).
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        if let Ok(args) =
            m.parse_body_with(Punctuated::<syn::Expr, syn::Token![,]>::parse_terminated)
        {
            for arg in &args {
                self.visit_expr(arg);
            }
        }
    }
}

/// The ids the templates ask for: `layout.t("…")`, `layout.t1("…", …)`, `layout.t2("…", …)`.
fn template_ids(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for opener in ["layout.t(\"", "layout.t1(\"", "layout.t2(\""] {
        for piece in text.split(opener).skip(1) {
            let id: String = piece
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            out.push(id);
        }
    }
    out
}

/// The ids of a Fluent file's messages.
fn catalogue(lang: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for file in files(&crates().join("web/locales").join(lang), "ftl") {
        let text = std::fs::read_to_string(&file).expect("catalogue");
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, e)| panic!("{}: {e:?}", file.display()));
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                out.insert(m.id.name.to_owned());
            }
        }
    }
    out
}

fn asked() -> BTreeSet<(String, String)> {
    let src = crates().join("web/src");
    let mut out = BTreeSet::new();
    for file in files(&src, "rs") {
        let text = std::fs::read_to_string(&file).expect("source");
        let syntax = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let mut v = Asked::default();
        v.visit_file(&syntax);
        let name = file.strip_prefix(&src).unwrap().display().to_string();
        out.extend(v.0.into_iter().map(|id| (id, name.clone())));
    }
    for file in files(&src, "html") {
        let text = std::fs::read_to_string(&file).expect("template");
        let name = file.strip_prefix(&src).unwrap().display().to_string();
        out.extend(template_ids(&text).into_iter().map(|id| (id, name.clone())));
    }
    out
}

#[test]
fn every_message_asked_for_exists() {
    let english = catalogue("en");
    let asked = asked();
    assert!(asked.len() > 100, "{} ids found", asked.len());
    let unknown: Vec<String> = asked
        .iter()
        .filter(|(id, _)| !english.contains(id))
        .map(|(id, file)| format!("{file}: {id}"))
        .collect();
    assert!(
        unknown.is_empty(),
        "asked for but not in the catalogue:\n{}",
        unknown.join("\n")
    );
}

#[test]
fn ids_are_found_where_the_code_asks_for_them() {
    let source = r#"
        fn page(layout: &Layout, lang: &str) -> String {
            let a = tr("nav-login");
            let b = format!("{} {}", tr_or("nav-help", "x"), i18n::format(lang, "concept-measure-count", &[]));
            layout.t1("measure-history", "n", 1) + &layout.t("nav-home")
        }
        #[cfg(test)]
        mod tests { fn t() { tr("only-in-tests"); } }
    "#;
    let mut v = Asked::default();
    v.visit_file(&syn::parse_file(source).unwrap());
    assert_eq!(
        v.0.into_iter().collect::<Vec<_>>(),
        [
            "concept-measure-count",
            "measure-history",
            "nav-help",
            "nav-home",
            "nav-login"
        ]
    );
    assert_eq!(
        template_ids(r#"{{ layout.t("nav-home") }} {{ layout.t2("a-b", "x", 1, "y", 2) }}"#),
        ["nav-home", "a-b"]
    );
}
