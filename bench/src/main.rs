//! Load driver of the portal's benchmarks (`bench/run` calls it).
//!
//! `portal-bench sends`: virtual citizens walk the pre-complaint from the
//! first question to the check page, then send it; a send counts only when
//! the confirmation page shows a reference (the submission, its queue entry
//! and its email are then committed).
//!
//! `portal-bench agents`: agents of one unit sign in (password, then the
//! TOTP code of the secret shown at enrolment) and, in rounds, all load the
//! queue page at once, then all take the next case at once.
//!
//! Each measure prints a human line and a `result` line (tab separated:
//! name, per second, p50 ms, p99 ms, count) that `bench/run` reads.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use clap::{Parser, Subcommand};
use hdrhistogram::Histogram;
use reqwest::header::{HeaderMap, COOKIE, LOCATION, SET_COOKIE};

#[derive(Parser)]
#[command(about = "Load driver of the portal's benchmarks")]
struct Cli {
    /// The portal, e.g. http://127.0.0.1:3231.
    #[arg(long)]
    base: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Citizens preparing, then sending, complete pre-complaints.
    Sends {
        /// Concurrent citizens.
        #[arg(long, default_value_t = 32)]
        citizens: usize,
        /// Drafts prepared (walked up to the check page) before sending.
        #[arg(long, default_value_t = 3000)]
        drafts: usize,
        /// Longest time, in seconds, of each phase.
        #[arg(long, default_value_t = 20)]
        seconds: u64,
    },
    /// Agents of one unit loading the queue and claiming concurrently.
    Agents {
        /// Agent emails: `{prefix}{i}@police.example`, i from 1.
        #[arg(long, default_value = "bench-agent-")]
        prefix: String,
        /// How many agents.
        #[arg(long, default_value_t = 20)]
        count: usize,
        /// Their (shared) password.
        #[arg(long)]
        password: String,
        /// How long, in seconds.
        #[arg(long, default_value_t = 15)]
        seconds: u64,
    },
}

/// One browser: its cookies and the CSRF token of the last form seen.
#[derive(Default)]
struct Browser {
    cookies: BTreeMap<String, String>,
    csrf: String,
}

/// A response as the driver needs it.
struct Answer {
    status: u16,
    location: String,
    body: String,
}

impl Browser {
    fn remember(&mut self, headers: &HeaderMap) {
        for value in headers.get_all(SET_COOKIE) {
            let Ok(text) = value.to_str() else { continue };
            let pair = text.split(';').next().unwrap_or("");
            if let Some((name, value)) = pair.split_once('=') {
                if value.is_empty() || text.contains("Max-Age=0") {
                    self.cookies.remove(name.trim());
                } else {
                    self.cookies
                        .insert(name.trim().to_string(), value.trim().to_string());
                }
            }
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send(&mut self, request: reqwest::RequestBuilder) -> anyhow::Result<Answer> {
        let request = match self.cookies.is_empty() {
            true => request,
            false => request.header(COOKIE, self.cookie_header()),
        };
        let response = request.send().await?;
        self.remember(response.headers());
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get(LOCATION)
            .and_then(|l| l.to_str().ok())
            .unwrap_or("")
            .to_string();
        let body = response.text().await?;
        if let Some(csrf) = csrf_of(&body) {
            self.csrf = csrf;
        }
        Ok(Answer {
            status,
            location,
            body,
        })
    }

    async fn get(&mut self, client: &reqwest::Client, url: &str) -> anyhow::Result<Answer> {
        self.send(client.get(url)).await
    }

    /// Posts a form with the CSRF token added.
    async fn post(
        &mut self,
        client: &reqwest::Client,
        url: &str,
        fields: &[(&str, &str)],
    ) -> anyhow::Result<Answer> {
        let mut all = vec![("csrf", self.csrf.clone())];
        all.extend(fields.iter().map(|(k, v)| (*k, v.to_string())));
        let body = serde_html_form::to_string(&all)?;
        self.send(
            client
                .post(url)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(body),
        )
        .await
    }
}

/// The CSRF token in a page's forms.
fn csrf_of(html: &str) -> Option<String> {
    let marker = "name=\"csrf\" value=\"";
    let start = html.find(marker)? + marker.len();
    Some(html.get(start..start + 64)?.to_string())
}

/// The text after `marker` up to `end`.
fn between<'a>(html: &'a str, marker: &str, end: char) -> Option<&'a str> {
    let start = html.find(marker)? + marker.len();
    html[start..].split(end).next()
}

fn expect_redirect(answer: &Answer, to: &str, what: &str) -> anyhow::Result<()> {
    if answer.status != 303 || !answer.location.starts_with(to) {
        bail!(
            "{what}: expected 303 to {to}, got {} to {:?}: {}",
            answer.status,
            answer.location,
            answer.body.chars().take(400).collect::<String>()
        );
    }
    Ok(())
}

/// Latencies in microseconds, from 1 µs to 60 s.
fn histogram() -> Histogram<u64> {
    Histogram::new_with_bounds(1, 60_000_000, 3).expect("valid bounds")
}

fn report(name: &str, histogram: &Histogram<u64>, elapsed: Duration) {
    let ms = |q: f64| histogram.value_at_quantile(q) as f64 / 1000.0;
    let rate = histogram.len() as f64 / elapsed.as_secs_f64();
    println!(
        "{name:<40} {rate:>9.1}/s  p50 {:>8.2} ms  p99 {:>8.2} ms  max {:>8.2} ms  n={}",
        ms(0.5),
        ms(0.99),
        histogram.max() as f64 / 1000.0,
        histogram.len()
    );
    println!(
        "result\t{name}\t{rate:.1}\t{:.2}\t{:.2}\t{}",
        ms(0.5),
        ms(0.99),
        histogram.len()
    );
}

/// Walks a new pre-complaint from the start to the check page.
async fn prepare_draft(client: &reqwest::Client, base: &str) -> anyhow::Result<Browser> {
    let mut b = Browser::default();
    let url = |path: &str| format!("{base}/pre-complaint{path}");
    let two_days_ago = (chrono::Utc::now() - chrono::Duration::days(2))
        .format("%Y-%m-%d")
        .to_string();
    b.get(client, &url("")).await?;
    let answer = b.post(client, &url(""), &[]).await?;
    expect_redirect(&answer, "/pre-complaint/eligibility", "start")?;
    b.get(client, &url("/eligibility")).await?;
    type Step<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);
    let steps: &[Step] = &[
        (
            "/eligibility",
            &[
                ("emergency", "no"),
                ("known_perpetrator", "no"),
                ("violence", "no"),
            ],
            "/declarant",
        ),
        ("/declarant", &[("declarant", "myself")], "/identity"),
        (
            "/identity",
            &[
                ("surname", "Martin"),
                ("given_names", "Camille"),
                ("birth_date", "1990-04-12"),
                ("birth_place", "Lyon"),
                ("address", "3 rue de la Paix"),
                ("postcode", "69003"),
                ("town", "Lyon"),
                ("email", "camille.martin@example.fr"),
                ("phone", "06 12 34 56 78"),
            ],
            "/when",
        ),
        (
            "/when",
            &[
                ("mode", "exact"),
                ("date", &two_days_ago),
                ("time", "14:30"),
            ],
            "/place",
        ),
        (
            "/place",
            &[("kind", "street"), ("postcode", "69003"), ("town", "Lyon")],
            "/facts",
        ),
        (
            "/facts",
            &[
                ("offence", "pickpocketing"),
                ("account", "On the tram, my phone was taken from my bag."),
            ],
            "/items",
        ),
        ("/items", &[("add_item", "yes")], "/items/new"),
        ("/items/new", &[("kind", "phone")], "/items/new/phone"),
        (
            "/items/new/phone",
            &[
                ("brand", "Fairphone"),
                ("model", "5"),
                ("imei", "490154203237518"),
            ],
            "/items",
        ),
        ("/items", &[("add_item", "no")], "/perpetrator"),
        ("/perpetrator", &[("seen", "no")], "/witnesses"),
        ("/witnesses", &[("any", "no")], "/unit"),
    ];
    for (step, fields, next) in steps {
        let answer = b.post(client, &url(step), fields).await?;
        expect_redirect(&answer, &format!("/pre-complaint{next}"), step)?;
    }
    let unit_page = b.get(client, &url("/unit")).await?;
    let unit = between(&unit_page.body, "name=\"unit\" value=\"", '"')
        .context("the unit page lists units")?
        .to_string();
    let answer = b
        .post(
            client,
            &url("/unit"),
            &[("intent", "choose"), ("unit", &unit)],
        )
        .await?;
    expect_redirect(&answer, "/pre-complaint/appointment", "unit")?;
    let answer = b
        .post(
            client,
            &url("/appointment"),
            &[("days", "mon"), ("days", "sat"), ("time_of_day", "morning")],
        )
        .await?;
    expect_redirect(&answer, "/pre-complaint/check", "appointment")?;
    let check = b.get(client, &url("/check")).await?;
    if check.status != 200 {
        bail!("check page: {}", check.status);
    }
    Ok(b)
}

/// Sends a prepared draft and reads the reference on the confirmation page.
async fn send_draft(client: &reqwest::Client, base: &str, b: &mut Browser) -> anyhow::Result<()> {
    let answer = b
        .post(
            client,
            &format!("{base}/pre-complaint/send"),
            &[("declaration", "yes")],
        )
        .await?;
    expect_redirect(&answer, "/pre-complaint/confirmation", "send")?;
    let page = b
        .get(client, &format!("{base}/pre-complaint/confirmation"))
        .await?;
    match between(&page.body, "class=\"reference\"><bdi>", '<') {
        Some(reference) if reference.starts_with("PP-") => Ok(()),
        _ => bail!("the confirmation page shows no reference ({})", page.status),
    }
}

/// Runs `workers` tasks that each call `job(i)` for i taken in turn from
/// 0..jobs until `deadline`; returns the latencies and the time spent.
async fn run_jobs<F, Fut>(
    workers: usize,
    jobs: usize,
    deadline: Duration,
    job: F,
) -> anyhow::Result<(Histogram<u64>, Duration)>
where
    F: Fn(usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = anyhow::Result<()>> + Send,
{
    let next = Arc::new(AtomicUsize::new(0));
    let job = Arc::new(job);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..workers {
        let next = next.clone();
        let job = job.clone();
        tasks.push(tokio::spawn(async move {
            let mut h = histogram();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= jobs || started.elapsed() >= deadline {
                    return Ok::<_, anyhow::Error>(h);
                }
                let t = Instant::now();
                job(i).await?;
                h.record(t.elapsed().as_micros().max(1) as u64)?;
            }
        }));
    }
    let mut all = histogram();
    for task in tasks {
        all.add(task.await??)?;
    }
    Ok((all, started.elapsed()))
}

async fn sends(
    client: reqwest::Client,
    base: String,
    citizens: usize,
    drafts: usize,
    seconds: u64,
) -> anyhow::Result<()> {
    let deadline = Duration::from_secs(seconds);
    let prepared: Arc<Mutex<Vec<Option<Browser>>>> =
        Arc::new(Mutex::new((0..drafts).map(|_| None).collect()));
    let (walks, elapsed) = {
        let (client, base, prepared) = (client.clone(), base.clone(), prepared.clone());
        run_jobs(citizens, drafts, deadline, move |i| {
            let (client, base, prepared) = (client.clone(), base.clone(), prepared.clone());
            async move {
                let browser = prepare_draft(&client, &base).await?;
                prepared.lock().expect("not poisoned")[i] = Some(browser);
                Ok(())
            }
        })
        .await?
    };
    report("pre-complaint walked to check (21 req)", &walks, elapsed);
    let ready: Vec<Browser> = std::mem::take(&mut *prepared.lock().expect("not poisoned"))
        .into_iter()
        .flatten()
        .collect();
    let count = ready.len();
    let ready: Arc<Vec<Mutex<Browser>>> = Arc::new(ready.into_iter().map(Mutex::new).collect());
    let (sent, elapsed) = run_jobs(citizens, count, deadline, move |i| {
        let (client, base, ready) = (client.clone(), base.clone(), ready.clone());
        async move {
            let mut b = std::mem::take(&mut *ready[i].lock().expect("not poisoned"));
            send_draft(&client, &base, &mut b).await
        }
    })
    .await?;
    report("complete send (send + confirmation)", &sent, elapsed);
    Ok(())
}

/// Signs an agent in, enrolling the TOTP secret at the first sign-in.
async fn sign_in(
    client: &reqwest::Client,
    base: &str,
    email: &str,
    password: &str,
) -> anyhow::Result<Browser> {
    let mut b = Browser::default();
    b.get(client, &format!("{base}/agent/sign-in")).await?;
    let answer = b
        .post(
            client,
            &format!("{base}/agent/sign-in"),
            &[("email", email), ("password", password)],
        )
        .await?;
    let (page, secret) = match answer.location.as_str() {
        "/agent/enrol" => {
            let page = b.get(client, &format!("{base}/agent/enrol")).await?;
            let secret = between(&page.body, "class=\"totp-secret\"><code>", '<')
                .context("the enrolment page shows the secret")?
                .replace(' ', "");
            ("/agent/enrol", secret)
        }
        other => bail!("{email}: sign-in led to {other:?} ({})", answer.status),
    };
    let step = server::auth::totp_step(chrono::Utc::now().timestamp());
    let code = server::auth::totp_code(&secret, step)?;
    let answer = b
        .post(client, &format!("{base}{page}"), &[("code", &code)])
        .await?;
    expect_redirect(&answer, "/agent", "second factor")?;
    let queue = b.get(client, &format!("{base}/agent")).await?;
    if queue.status != 200 {
        bail!("{email}: queue page {}", queue.status);
    }
    Ok(b)
}

async fn agents(
    client: reqwest::Client,
    base: String,
    prefix: String,
    count: usize,
    password: String,
    seconds: u64,
) -> anyhow::Result<()> {
    let mut signing = Vec::new();
    for i in 1..=count {
        let (client, base, password) = (client.clone(), base.clone(), password.clone());
        let email = format!("{prefix}{i}@police.example");
        signing.push(tokio::spawn(async move {
            sign_in(&client, &base, &email, &password).await
        }));
    }
    let mut browsers = Vec::new();
    for task in signing {
        browsers.push(task.await??);
    }
    // The queue page's size over the wire, as a browser gets it.
    let first = &mut browsers[0];
    let compressed = client
        .get(format!("{base}/agent"))
        .header(COOKIE, first.cookie_header())
        .header("accept-encoding", "br, gzip")
        .send()
        .await?
        .bytes()
        .await?
        .len();
    println!("page\tagent-queue\t{compressed}");
    // Rounds: the agents load the queue page all at once, then all take the
    // next case at once, so each figure is the latency of one of `count`
    // simultaneous requests (the slowest of them sets the p99), as when a
    // whole unit starts its shift.
    let deadline = Duration::from_secs(seconds);
    let started = Instant::now();
    let barrier = Arc::new(tokio::sync::Barrier::new(browsers.len()));
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut tasks = Vec::new();
    for mut b in browsers {
        let (client, base, barrier, stop) =
            (client.clone(), base.clone(), barrier.clone(), stop.clone());
        tasks.push(tokio::spawn(async move {
            let (mut pages, mut claims) = (histogram(), histogram());
            loop {
                if barrier.wait().await.is_leader() {
                    stop.store(started.elapsed() >= deadline, Ordering::SeqCst);
                }
                barrier.wait().await;
                if stop.load(Ordering::SeqCst) {
                    break;
                }
                let t = Instant::now();
                let page = b.get(&client, &format!("{base}/agent")).await?;
                if page.status != 200 || !page.body.contains("/agent/queue/next") {
                    bail!("queue page: {}", page.status);
                }
                pages.record(t.elapsed().as_micros().max(1) as u64)?;
                barrier.wait().await;
                let t = Instant::now();
                let answer = b
                    .post(&client, &format!("{base}/agent/queue/next"), &[])
                    .await?;
                expect_redirect(&answer, "/agent/cases/", "take the next")?;
                claims.record(t.elapsed().as_micros().max(1) as u64)?;
            }
            Ok::<_, anyhow::Error>((pages, claims))
        }));
    }
    let (mut pages, mut claims) = (histogram(), histogram());
    for task in tasks {
        let (p, c) = task.await??;
        pages.add(p)?;
        claims.add(c)?;
    }
    let elapsed = started.elapsed();
    report(&format!("queue page ({count} agents)"), &pages, elapsed);
    report(&format!("take the next ({count} agents)"), &claims, elapsed);
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(256)
        .timeout(Duration::from_secs(60))
        .build()?;
    let base = cli.base.trim_end_matches('/').to_string();
    match cli.command {
        Command::Sends {
            citizens,
            drafts,
            seconds,
        } => sends(client, base, citizens, drafts, seconds).await,
        Command::Agents {
            prefix,
            count,
            password,
            seconds,
        } => agents(client, base, prefix, count, password, seconds).await,
    }
}
