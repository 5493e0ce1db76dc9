//! Writes a sample certificate PDF for a name and language, for manual checks and the lead's benchmark:
//!
//! ```text
//! cargo run --release --example certificate_pdf -- --lang sr-Cyrl --out c.pdf "Јована Петровић-Ђурђевић"
//! cargo run --release --example certificate_pdf -- --bench 200 "Ćirić Šćepan Žarko"
//! ```
//! With `--bench N` it renders N certificates and prints how many it rendered per second.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::Context as _;
use clap::Parser;
use ispit::certificates::pdf::{render, CertificateView, Fonts};

#[derive(Parser)]
struct Args {
    /// The learner's name, exactly as it should be printed.
    name: String,
    /// BCP 47 language of the sample texts: sr-Cyrl, sr-Latn, mk, sq, hr, bs, cnr or en.
    #[arg(long, default_value = "en")]
    lang: String,
    #[arg(long, default_value = "certificate.pdf")]
    out: PathBuf,
    /// Render this many certificates and print certificates per second.
    #[arg(long)]
    bench: Option<u32>,
    #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/templates/certificate/fonts"))]
    fonts: PathBuf,
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let fonts = Fonts::load(&args.fonts)?;
    let view = CertificateView::sample(&args.lang, &args.name);
    let pdf = render(&view, &fonts)?;
    std::fs::write(&args.out, &pdf).with_context(|| format!("writing {}", args.out.display()))?;
    println!("wrote {} ({} bytes)", args.out.display(), pdf.len());
    if let Some(n) = args.bench.filter(|n| *n > 0) {
        let start = Instant::now();
        let mut bytes = 0;
        for _ in 0..n {
            bytes += render(&view, &fonts)?.len();
        }
        let seconds = start.elapsed().as_secs_f64();
        println!(
            "{n} renders in {seconds:.2} s: {:.1} PDFs per second, {:.1} ms each, {} bytes on average",
            f64::from(n) / seconds,
            seconds * 1000.0 / f64::from(n),
            bytes / n as usize
        );
    }
    Ok(())
}
