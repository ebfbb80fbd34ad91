//! The project's layout, kept so by a test (issue 34): no source file over 1,000 lines; no
//! two files of a crate that import each other, directly or round a circle; in the web
//! crate, `kit/` imports no capability, a capability reaches another only through what its
//! `mod.rs` offers (`crate::council::votes`, never `crate::council::admin::…`), and nothing
//! reaches back up into `lib.rs`. The sources are read with `syn`; every `crate::`,
//! `super::` and `self::` path counts, in `use` items and in code alike (tests excepted).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

mod source;
use source::{attrs, crates, files, is_test};

/// The module path of a file below `src`: `kit/auth.rs` → `[kit, auth]`, `kit/mod.rs` → `[kit]`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file
        .strip_prefix(src)
        .expect("below src")
        .with_extension("");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// Every path of a file that starts at `crate`, `super` or `self`, made absolute
/// (`[kit, auth, Viewer]`), outside `#[cfg(test)]` items.
struct Paths {
    module: Vec<String>,
    found: Vec<Vec<String>>,
}

impl Paths {
    fn absolute(&self, segments: &[String]) -> Option<Vec<String>> {
        let mut base: Vec<String>;
        let mut rest = segments;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                base = Vec::new();
                rest = &rest[1..];
            }
            Some("super") => {
                base = self.module.clone();
                while rest.first().map(String::as_str) == Some("super") {
                    base.pop();
                    rest = &rest[1..];
                }
            }
            Some("self") => {
                base = self.module.clone();
                rest = &rest[1..];
            }
            _ => return None,
        }
        base.extend(rest.iter().cloned());
        Some(base)
    }

    fn add(&mut self, segments: Vec<String>) {
        if let Some(p) = self.absolute(&segments) {
            self.found.push(p);
        }
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                self.use_tree(prefix, &p.tree);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let mut full = prefix.clone();
                if n.ident != "self" {
                    full.push(n.ident.to_string());
                }
                self.add(full);
            }
            syn::UseTree::Rename(r) => {
                let mut full = prefix.clone();
                if r.ident != "self" {
                    full.push(r.ident.to_string());
                }
                self.add(full);
            }
            syn::UseTree::Glob(_) => self.add(prefix.clone()),
            syn::UseTree::Group(g) => {
                for t in &g.items {
                    self.use_tree(prefix, t);
                }
            }
        }
    }
}

impl<'ast> Visit<'ast> for Paths {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        if !is_test(attrs(item)) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_item_use(&mut self, u: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &u.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.add(segments);
        syn::visit::visit_path(self, path);
    }
}

/// For each file of a crate, the paths it names.
fn paths_of(src: &Path) -> BTreeMap<PathBuf, Vec<Vec<String>>> {
    let mut out = BTreeMap::new();
    for file in files(src, "rs") {
        let text = std::fs::read_to_string(&file).expect("source");
        let syntax = syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let mut v = Paths {
            module: module_of(src, &file),
            found: Vec::new(),
        };
        v.visit_file(&syntax);
        out.insert(file, v.found);
    }
    out
}

/// The file a module path lands in: the longest prefix that is a file.
fn file_of(src: &Path, path: &[String]) -> Option<PathBuf> {
    (1..=path.len()).rev().find_map(|n| {
        let base = path[..n].iter().fold(src.to_path_buf(), |p, s| p.join(s));
        [base.with_extension("rs"), base.join("mod.rs")]
            .into_iter()
            .find(|f| f.is_file())
    })
}

/// The circles of a graph (Tarjan's strongly connected components of more than one file).
fn circles(graph: &BTreeMap<PathBuf, BTreeSet<PathBuf>>) -> Vec<Vec<PathBuf>> {
    struct State<'a> {
        graph: &'a BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        index: BTreeMap<&'a PathBuf, usize>,
        low: BTreeMap<&'a PathBuf, usize>,
        stack: Vec<&'a PathBuf>,
        on: BTreeSet<&'a PathBuf>,
        out: Vec<Vec<PathBuf>>,
    }
    fn connect<'a>(s: &mut State<'a>, v: &'a PathBuf) {
        let n = s.index.len();
        s.index.insert(v, n);
        s.low.insert(v, n);
        s.stack.push(v);
        s.on.insert(v);
        for w in s.graph.get(v).into_iter().flatten() {
            if !s.index.contains_key(w) {
                connect(s, w);
                let lw = s.low[w];
                s.low.entry(v).and_modify(|l| *l = (*l).min(lw));
            } else if s.on.contains(w) {
                let iw = s.index[w];
                s.low.entry(v).and_modify(|l| *l = (*l).min(iw));
            }
        }
        if s.low[v] == s.index[v] {
            let mut part = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on.remove(w);
                part.push(w.clone());
                if w == v {
                    break;
                }
            }
            if part.len() > 1 {
                s.out.push(part);
            }
        }
    }
    let mut s = State {
        graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on: BTreeSet::new(),
        out: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v) {
            connect(&mut s, v);
        }
    }
    s.out
}

fn all_crates() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(crates())
        .expect("crates")
        .map(|e| e.expect("entry").path().join("src"))
        .filter(|p| p.is_dir())
        .collect();
    out.sort();
    out
}

#[test]
fn no_file_imports_itself_round_a_circle() {
    let mut found = Vec::new();
    for src in all_crates() {
        let mut graph = BTreeMap::new();
        for (file, paths) in paths_of(&src) {
            let targets: BTreeSet<PathBuf> = paths
                .iter()
                .filter_map(|p| file_of(&src, p))
                .filter(|t| *t != file)
                .collect();
            graph.insert(file, targets);
        }
        for circle in circles(&graph) {
            let names: Vec<String> = circle
                .iter()
                .map(|f| f.strip_prefix(crates()).unwrap_or(f).display().to_string())
                .collect();
            found.push(names.join(" ↔ "));
        }
    }
    assert!(
        found.is_empty(),
        "files that import each other:\n{}",
        found.join("\n")
    );
}

#[test]
fn capabilities_meet_only_through_their_public_faces() {
    let src = crates().join("web/src");
    let capabilities: BTreeSet<String> = std::fs::read_dir(&src)
        .expect("web/src")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .map(|p| {
            p.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert!(
        capabilities.contains("kit") && capabilities.len() > 10,
        "{capabilities:?}"
    );
    let mut wrong = Vec::new();
    for (file, paths) in paths_of(&src) {
        let rel = file
            .strip_prefix(&src)
            .unwrap_or(&file)
            .display()
            .to_string();
        let own = module_of(&src, &file).first().cloned().unwrap_or_default();
        if rel == "lib.rs" || rel == "route_table.rs" {
            continue;
        }
        for p in paths {
            let Some(first) = p.first() else { continue };
            let line = format!("{rel}: crate::{}", p.join("::"));
            if !capabilities.contains(first) && !p.is_empty() {
                // Something of lib.rs: the application's assembly, never a handler's business.
                wrong.push(format!("{line} (reaches back up into lib.rs)"));
            } else if own == "kit" && first != "kit" {
                wrong.push(format!("{line} (kit/ imports a capability)"));
            } else if first != &own && first != "kit" {
                // Another capability: only what its mod.rs offers, one step deep.
                let inner = p.get(1).is_some_and(|second| {
                    let base = src.join(first).join(second);
                    base.with_extension("rs").is_file() || base.join("mod.rs").is_file()
                });
                if inner {
                    wrong.push(format!("{line} (another capability's internals)"));
                }
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_source_file_is_over_a_thousand_lines() {
    let mut long = Vec::new();
    for src in all_crates() {
        for file in files(&src, "rs") {
            let lines = std::fs::read_to_string(&file)
                .expect("source")
                .lines()
                .count();
            if lines > 1000 {
                long.push(format!("{} ({lines} lines)", file.display()));
            }
        }
    }
    assert!(long.is_empty(), "split by purpose:\n{}", long.join("\n"));
}
