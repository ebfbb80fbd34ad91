// `sqlx::migrate!` embeds the migration folders at compile time; tell cargo to rebuild
// when a migration is added or changed, or a new one would silently be missing.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
