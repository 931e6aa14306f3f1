//! Round-28 page shapes.

#[test]
fn dbg_page() {
    let Ok(path) = std::env::var("DBG") else { return };
    let raw = std::fs::read_to_string(&path).unwrap();
    let re = regex::Regex::new(r"^\[\w+\] ").unwrap();
    let pitch = regex::Regex::new(r"\{\w+: ([^}]*)\}").unwrap();
    let text: Vec<String> = raw
        .lines()
        .filter(|l| !l.starts_with("## "))
        .map(|l| pitch.replace_all(&re.replace(l, ""), "$1").to_string())
        .collect();
    let lang = if path.ends_with("_fr.txt") { crate::Lang::Fr } else { crate::Lang::En };
    let out = super::clean(&text.join("\n"), lang, &super::CleanOptions::default());
    eprintln!("=== OUT\n{}", out.text);
}
