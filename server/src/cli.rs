//! Command-line administration: agent accounts, units, the audit check and
//! the data keys. Each command connects to `DATABASE_URL` (applying
//! migrations) and exits; `keys new` needs no database.

use std::io::Read;

use app::domain::case::Role;
use app::domain::unit::UnitKind;
use chrono::Utc;
use clap::{Args, Parser, Subcommand};

use crate::auth;
use crate::config::Config;
use crate::db::audit::{self, AuditEntry};
use crate::db::{agents, units, Db};

/// The portal's server; without a command, it serves the portal.
#[derive(Debug, Parser)]
#[command(
    name = "server",
    about = "Serves the citizen complaint portal; administration commands below."
)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Administration commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Agent accounts.
    #[command(subcommand)]
    Agent(AgentCommand),
    /// Police stations and gendarmerie units.
    #[command(subcommand)]
    Unit(UnitCommand),
    /// The audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// The keys that seal what citizens write.
    #[command(subcommand)]
    Keys(KeysCommand),
}

/// `agent …`
#[derive(Debug, Subcommand)]
pub enum AgentCommand {
    /// Creates an account. The password is read from standard input with
    /// --password-stdin, or generated and printed once.
    Add(AddAgent),
    /// Disables an account and ends its sessions.
    Disable {
        /// The account's email.
        #[arg(long)]
        email: String,
    },
    /// Lists accounts.
    List,
}

/// `agent add` arguments.
#[derive(Debug, Args)]
pub struct AddAgent {
    /// Email, the sign-in name.
    #[arg(long)]
    pub email: String,
    /// Name shown to colleagues.
    #[arg(long)]
    pub name: String,
    /// agent, supervisor or admin.
    #[arg(long)]
    pub role: String,
    /// Code of the agent's unit (required for agents and supervisors).
    #[arg(long)]
    pub unit: Option<String>,
    /// Read the password from standard input instead of generating one.
    #[arg(long)]
    pub password_stdin: bool,
}

/// `unit …`
#[derive(Debug, Subcommand)]
pub enum UnitCommand {
    /// Adds a unit.
    Add {
        /// Code, e.g. PN-75-PARIS-12.
        #[arg(long)]
        code: String,
        /// Name.
        #[arg(long)]
        name: String,
        /// police or gendarmerie.
        #[arg(long)]
        kind: String,
        /// Street address.
        #[arg(long)]
        address: String,
        /// Postcode.
        #[arg(long)]
        postcode: String,
        /// Town.
        #[arg(long)]
        town: String,
    },
    /// Lists units.
    List,
}

/// `audit …`
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Checks that no audit entry was edited or deleted.
    Verify,
}

/// `keys …`
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Prints a new random key as an `id:base64key` line, to put first in
    /// PORTAL_DATA_KEYS or the key file (keeping the old keys after it).
    New,
    /// Re-seals every stored value with the current (first) key, so that
    /// older keys can then be removed from the ring. Safe while the portal
    /// runs; can be stopped and run again.
    Rotate {
        /// Rows read and re-sealed at a time.
        #[arg(long, default_value_t = 500)]
        batch: i64,
    },
}

/// Runs an administration command; returns the process exit code.
pub async fn run(command: Command, config: &Config) -> anyhow::Result<i32> {
    if let Command::Keys(KeysCommand::New) = command {
        println!("{}", crate::crypto::DataKeys::new_entry());
        return Ok(0);
    }
    let db = Db::connect(config.database_url.expose()).await?;
    units::seed(&db).await?;
    let code = match command {
        Command::Agent(AgentCommand::Add(add)) => add_agent(&db, add).await?,
        Command::Agent(AgentCommand::Disable { email }) => {
            if agents::disable(&db, &email.trim().to_lowercase()).await? {
                audit::record(
                    &db,
                    &AuditEntry {
                        actor: "cli",
                        action: "agent.disable",
                        submission_id: None,
                        detail: "",
                    },
                    Utc::now(),
                )
                .await?;
                println!("disabled {email}");
                0
            } else {
                eprintln!("no account {email}");
                1
            }
        }
        Command::Agent(AgentCommand::List) => {
            for agent in agents::list(&db).await? {
                let state = if agent.disabled {
                    "disabled"
                } else if agent.totp_confirmed {
                    "active"
                } else {
                    "not enrolled"
                };
                println!(
                    "{}\t{}\t{}\t{}\t{state}",
                    agent.email,
                    agent.name,
                    agent.role,
                    agent.unit_code.unwrap_or_default()
                );
            }
            0
        }
        Command::Unit(UnitCommand::Add {
            code,
            name,
            kind,
            address,
            postcode,
            town,
        }) => {
            if UnitKind::from_slug(&kind).is_none() {
                anyhow::bail!("--kind must be police or gendarmerie");
            }
            if units::insert(&db, &code, &name, &kind, &address, &postcode, &town).await? == 1 {
                println!("added {code}");
                0
            } else {
                eprintln!("a unit {code} exists already");
                1
            }
        }
        Command::Unit(UnitCommand::List) => {
            for unit in units::all(&db).await? {
                println!(
                    "{}\t{}\t{}\t{} {}",
                    unit.code,
                    unit.kind.slug(),
                    unit.name,
                    unit.postcode,
                    unit.town
                );
            }
            0
        }
        Command::Audit(AuditCommand::Verify) => verify_audit(&db).await?,
        Command::Keys(KeysCommand::Rotate { batch }) => rotate_keys(&db, config, batch).await?,
        Command::Keys(KeysCommand::New) => 0,
    };
    db.close().await;
    Ok(code)
}

async fn add_agent(db: &Db, add: AddAgent) -> anyhow::Result<i32> {
    let role = Role::from_slug(&add.role)
        .ok_or_else(|| anyhow::anyhow!("--role must be agent, supervisor or admin"))?;
    let email = add.email.trim().to_lowercase();
    anyhow::ensure!(
        app::domain::values::Email::parse(&email).is_some(),
        "--email is not an email address"
    );
    if role != Role::Admin && add.unit.is_none() {
        anyhow::bail!("--unit is required for the role {}", role.slug());
    }
    if let Some(code) = &add.unit {
        anyhow::ensure!(
            units::find(db, code).await?.is_some(),
            "no active unit with code {code} (see `unit list`)"
        );
    }
    let (password, generated) = if add.password_stdin {
        let mut input = String::new();
        std::io::stdin().read_to_string(&mut input)?;
        (input.trim_end_matches(['\n', '\r']).to_string(), false)
    } else {
        (auth::generate_password(), true)
    };
    anyhow::ensure!(
        password.chars().count() >= auth::MIN_PASSWORD_LEN,
        "the password must have at least {} characters",
        auth::MIN_PASSWORD_LEN
    );
    let hash = auth::hash_password(&password)?;
    let new = agents::NewAgent {
        email: &email,
        name: add.name.trim(),
        role: role.slug(),
        unit_code: add.unit.as_deref(),
        password_hash: &hash,
    };
    let Some(id) = agents::insert(db, &new, Utc::now()).await? else {
        eprintln!("an account {email} exists already");
        return Ok(1);
    };
    let detail = format!("agent:{id} role {}", role.slug());
    audit::record(
        db,
        &AuditEntry {
            actor: "cli",
            action: "agent.add",
            submission_id: None,
            detail: &detail,
        },
        Utc::now(),
    )
    .await?;
    println!("created {email} ({})", role.slug());
    if generated {
        println!("password (shown once): {password}");
    }
    println!("At first sign-in under /agent/, the agent enrols an authenticator app (TOTP).");
    Ok(0)
}

async fn verify_audit(db: &Db) -> anyhow::Result<i32> {
    let records = audit::all(db).await?;
    let (last_id, last_hash) = audit::head(db).await?;
    match app::domain::audit::verify(&records) {
        Err(broken) => {
            println!("audit log BROKEN at entry {}: {:?}", broken.id, broken.kind);
            Ok(2)
        }
        Ok(count) => {
            let end = records
                .last()
                .map(|r| (r.id, r.hash.as_str()))
                .unwrap_or((0, app::domain::audit::GENESIS));
            if end != (last_id, last_hash.as_str()) {
                println!("audit log BROKEN: the chain ends at entry {} but {} entries were written (latest entries deleted)", end.0, last_id);
                return Ok(2);
            }
            println!("audit log intact: {count} entries");
            Ok(0)
        }
    }
}

async fn rotate_keys(db: &Db, config: &Config, batch: i64) -> anyhow::Result<i32> {
    anyhow::ensure!(batch > 0, "--batch must be at least 1");
    let keys = config.data_keys.load()?;
    println!("re-sealing with key {}", keys.current_id());
    let mut total = 0;
    for column in crate::crypto::Column::ALL {
        let (table, name) = column.name();
        let resealed = crate::db::rekey::reseal_column(db, &keys, column, batch).await?;
        println!("{table}.{name}: {resealed} re-sealed");
        total += resealed;
    }
    let detail = format!("key {}: {total} values re-sealed", keys.current_id());
    audit::record(
        db,
        &AuditEntry {
            actor: "cli",
            action: "keys.rotate",
            submission_id: None,
            detail: &detail,
        },
        Utc::now(),
    )
    .await?;
    println!(
        "{total} values re-sealed; keys other than {} can now be removed from the ring",
        keys.current_id()
    );
    Ok(0)
}
