//! Times `quotes::extract` on the seed articles, one by one and concatenated (for profiling).
use std::time::Instant;

fn main() {
    let mut docs = Vec::new();
    for entry in std::fs::read_dir("../shared/seeds").unwrap() {
        docs.push(std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    let reps: usize = std::env::args().nth(1).map_or(200, |a| a.parse().unwrap());
    let bytes: usize = docs.iter().map(String::len).sum::<usize>() * reps;
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..reps {
        for doc in &docs {
            n += depeche::quotes::extract(doc, depeche::Lang::Fr).len();
        }
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "per document: {:.1} MB/s ({n} quotes)",
        bytes as f64 / s / 1e6
    );
    let big = docs.join("\n").repeat(reps / 5 + 1);
    let t = Instant::now();
    let n = depeche::quotes::extract(&big, depeche::Lang::Fr).len();
    let s = t.elapsed().as_secs_f64();
    println!(
        "one {:.2} MB document: {:.1} MB/s ({n} quotes)",
        big.len() as f64 / 1e6,
        big.len() as f64 / s / 1e6
    );
}
