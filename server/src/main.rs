use anyhow::{Context, bail};
use clap::Parser;
use data::store::{NewUser, Role};
use server::{
    Cli, Command, ServeArgs, UserCommand,
    cli::{GenArgs, StoreArgs},
};
use std::{io::BufRead, process::ExitCode};

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Check { seed_dir }) => check(seed_dir.as_deref()),
        Some(Command::Serve(args)) => run(serve(args)),
        Some(Command::User(UserCommand::Add { name, role, region, store })) => add_user(&store, name, &role, region),
        Some(Command::Import { file, user, reason, store }) => import(&store, &file, &user, &reason),
        Some(Command::Export { store }) => export(&store),
        Some(Command::Migrate { store }) => migrate(&store),
        Some(Command::Copy { from, to }) => copy(&from, &to),
        Some(Command::Extract { file, published, region, source, store }) => {
            extract(&store, &file, published.as_deref(), region.as_deref(), source.as_deref())
        }
        Some(Command::Gen(args)) => generate(&args),
        None => run(serve(cli.serve)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // The whole chain, without a backtrace: the message names file, line and column.
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Only serving runs async: the other commands call the store straight away, and PostgreSQL's
/// blocking client must not be called from inside an async runtime.
fn run(serve: impl Future<Output = anyhow::Result<()>>) -> anyhow::Result<()> {
    tokio::runtime::Runtime::new().context("cannot start the async runtime")?.block_on(serve)
}

fn migrate(store: &StoreArgs) -> anyhow::Result<()> {
    let database = store.database().map_err(anyhow::Error::msg)?;
    database.open().with_context(|| format!("cannot migrate {database}"))?;
    println!("{database}: the schema is up to date");
    Ok(())
}

fn copy(from: &str, to: &str) -> anyhow::Result<()> {
    let (server::Database::Sqlite(from), server::Database::Postgres { url: to, .. }) =
        (server::Database::choose(Some(from), "var".as_ref()), server::Database::choose(Some(to), "var".as_ref()))
    else {
        bail!("copy goes from a SQLite store (--from sqlite:PATH) to a PostgreSQL database (--to postgres://…)");
    };
    anyhow::ensure!(from.is_file(), "no SQLite store at {}", from.display());
    let started = std::time::Instant::now();
    let target = data::store::PostgresStore::open(&to)?;
    let report = target.copy_from_sqlite(&from)?;
    for (table, rows) in &report {
        println!("{table:>16} {rows:>10}");
    }
    println!("copied in {:.1} s, in one transaction", started.elapsed().as_secs_f64());
    Ok(())
}

fn check(seed_dir: Option<&std::path::Path>) -> anyhow::Result<()> {
    let data = data::load(&server::seed_files(seed_dir)?)?;
    println!("ok: {} observations, {} regions", data.observations().len(), data.regions().len());
    Ok(())
}

fn open(store: &StoreArgs) -> anyhow::Result<data::Live> {
    let seed = server::seed_files(store.seed_dir.as_deref())?;
    let database = store.database().map_err(anyhow::Error::msg)?;
    server::open_database(&database, seed).with_context(|| format!("cannot open the data in {database}"))
}

fn extract(
    store: &StoreArgs,
    file: &std::path::Path,
    published: Option<&str>,
    region: Option<&str>,
    source: Option<&str>,
) -> anyhow::Result<()> {
    let live = open(store)?;
    let limit = server::cli::DEFAULT_UPLOAD_LIMIT as u64;
    let args = server::extract_cli::ExtractArgs { published, region, source, limit };
    let (csv, left_out) = server::extract_cli::extract(&live, file, &args)?;
    print!("{csv}");
    if left_out {
        let most = data::entry::report::budget::CANDIDATES;
        eprintln!("the text states more figures: at most {most} are proposed");
    }
    Ok(())
}

fn add_user(store: &StoreArgs, name: String, role: &str, region: Option<String>) -> anyhow::Result<()> {
    let role =
        Role::parse(role).with_context(|| format!("unknown role {role:?}: expected admin, supervisor or editor"))?;
    match (app::service::access::has_region(role), &region) {
        (true, None) => bail!("an editor needs --region"),
        (false, Some(_)) => bail!("only editors belong to a region"),
        _ => {}
    }
    let live = open(store)?;
    if let Some(code) = &region
        && live.dataset().region(code).is_none()
    {
        bail!("unknown region {code}");
    }
    let mut password = String::new();
    std::io::stdin().lock().read_line(&mut password).context("cannot read the password from standard input")?;
    let password = password.trim_end_matches(['\r', '\n']);
    let password_hash = data::auth::hash_password(password)?;
    let user = live.accounts().add_user(None, &NewUser { name, role, region, password_hash })?;
    println!("added {} ({})", user.name, user.role.key());
    Ok(())
}

fn import(store: &StoreArgs, file: &std::path::Path, user: &str, reason: &str) -> anyhow::Result<()> {
    let live = open(store)?;
    let (user, _) = live.accounts().user_by_name(user)?.with_context(|| format!("no user {user:?}"))?;
    if !app::service::allows(user.role, app::service::Action::Import) {
        bail!("imports are made by a supervisor; {} is {}", user.name, user.role.key());
    }
    let started = std::time::Instant::now();
    let report = server::import::import(&live, &user, file, reason)?;
    println!(
        "added {}, corrected {}, unchanged {} in {:.1} s",
        report.added,
        report.corrected,
        report.unchanged,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn generate(args: &GenArgs) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let figures = server::synthetic::generate(&args.data_dir, &args.spec())?;
    println!(
        "generated {figures} synthetic figures into {} in {:.1} s; serve them with --data-dir {0}",
        args.data_dir.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn export(store: &StoreArgs) -> anyhow::Result<()> {
    use std::io::Write;
    let live = open(store)?;
    std::io::stdout().write_all(&data::export::entry_csv(&live.dataset())?)?;
    Ok(())
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let listener =
        tokio::net::TcpListener::bind(args.addr).await.with_context(|| format!("cannot listen on {}", args.addr))?;
    let database = args.store.database().map_err(anyhow::Error::msg)?;
    tracing::info!("listening on http://{}; loading the data from {database}", listener.local_addr()?);
    let (seed_dir, options, config) = (args.store.seed_dir.clone(), args.leptos_options(), args.web_config());
    let load = move || {
        let live = server::open_database(&database, server::seed_files(seed_dir.as_deref())?)?;
        let figures = live.dataset().observations().len();
        tracing::info!("loaded {figures} observations");
        // With glibc's moving mmap threshold, a replaced dataset's large blocks stay in its
        // arenas (README, "National scale and benchmarks").
        let tuned = std::env::var("GLIBC_TUNABLES").is_ok_and(|t| t.contains("glibc.malloc.mmap_threshold"));
        if figures > 1_000_000 && !tuned {
            tracing::warn!(
                "{figures} figures: start with GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4194304 so that memory \
                 is given back after edits"
            );
        }
        Ok(server::state(live, options, config))
    };
    server::serve_once_loaded(listener, load, args.trusted_proxies.clone()).await?;
    Ok(())
}
