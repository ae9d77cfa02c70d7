use clap::{Args, Parser, Subcommand};
use leptos::prelude::LeptosOptions;
use std::{net::SocketAddr, path::PathBuf};

/// The largest upload accepted unless told otherwise: 5 MB.
pub const DEFAULT_UPLOAD_LIMIT: usize = 5 * 1024 * 1024;

/// 法治看板: a rule-of-law performance dashboard.
#[derive(Debug, Parser)]
#[command(version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub serve: ServeArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the dashboard (the default).
    Serve(ServeArgs),
    /// Validate seed files and report every error, without serving.
    Check {
        /// Directory of seed CSV files; the embedded seed when absent.
        #[arg(long)]
        seed_dir: Option<PathBuf>,
    },
    /// Manage the people who may log in.
    #[command(subcommand)]
    User(UserCommand),
    /// Import figures from a CSV or XLSX file (the upload format), all or nothing.
    Import {
        file: PathBuf,
        /// The supervisor the audit trail records as making the change.
        #[arg(long = "as")]
        user: String,
        #[arg(long)]
        reason: String,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Generate a synthetic national dataset (about 6,000,000 figures by default) into a new
    /// data directory; pages served from it say the data is synthetic.
    Gen(GenArgs),
    /// Propose the figures a published report states (a .txt, .html or .docx file, UTF-8 or
    /// GBK) as CSV in the upload format on standard output, to check, correct and import.
    Extract {
        file: PathBuf,
        /// When the report was published (YYYY-MM-DD): resolves 今年 and 去年. The source's
        /// date, or today, when absent.
        #[arg(long)]
        published: Option<String>,
        /// The region the whole report is about (GB/T 2260 code).
        #[arg(long)]
        region: Option<String>,
        /// The source the figures cite, as registered (its id); left empty when absent.
        #[arg(long)]
        source: Option<String>,
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Bring the database's schema up to date and exit (servers also do it when they start).
    Migrate {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Copy a SQLite store, every table with its audit trail, people and sessions, into an
    /// empty PostgreSQL database, all or nothing.
    Copy {
        /// The SQLite store: `sqlite:PATH` or a path to the file.
        #[arg(long)]
        from: String,
        /// The PostgreSQL database: `postgres://user:password@host/db`.
        #[arg(long)]
        to: String,
    },
    /// Write the current figures as CSV in the upload format to standard output.
    Export {
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user; the password is read from standard input (one line).
    Add {
        #[arg(long)]
        name: String,
        /// admin, supervisor or editor.
        #[arg(long)]
        role: String,
        /// The region an editor enters figures for (GB/T 2260 code).
        #[arg(long)]
        region: Option<String>,
        #[command(flatten)]
        store: StoreArgs,
    },
}

#[derive(Debug, Clone, Args)]
pub struct StoreArgs {
    /// Directory holding the database; created if missing.
    #[arg(long, env = "FAZHI_DATA_DIR", default_value = "var")]
    pub data_dir: PathBuf,
    /// Seed files imported into an empty store; the embedded seed when absent.
    #[arg(long, env = "FAZHI_SEED_DIR")]
    pub seed_dir: Option<PathBuf>,
    /// The database instead of the file in the data directory: `postgres://user:password@host/db`
    /// (several servers may share one) or `sqlite:PATH`.
    #[arg(long, env = "FAZHI_DATABASE_URL")]
    pub database: Option<String>,
    /// A hot standby of the PostgreSQL database to read the data from at start and as others
    /// change it (writes and accounts stay on the primary).
    #[arg(long, env = "FAZHI_READ_DATABASE_URL")]
    pub read_database: Option<String>,
}

impl StoreArgs {
    pub fn database(&self) -> Result<crate::Database, String> {
        crate::Database::choose(self.database.as_deref(), &self.data_dir).reading_from(self.read_database.as_deref())
    }
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "LEPTOS_SITE_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Directory holding the built site (`pkg/` with the wasm, JS and CSS).
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: String,
    /// Base name of the site's wasm, JS and CSS files.
    #[arg(long, env = "LEPTOS_OUTPUT_NAME", default_value = "fazhi-kanban")]
    pub output_name: String,
    /// Largest upload accepted, in bytes.
    #[arg(long, env = "FAZHI_UPLOAD_LIMIT", default_value_t = DEFAULT_UPLOAD_LIMIT)]
    pub upload_limit: usize,
    /// Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: addresses or
    /// networks, comma-separated (`127.0.0.1,10.0.0.0/8`). None by default: behind a proxy,
    /// without this every client shares the proxy's address.
    #[arg(long, env = "FAZHI_TRUSTED_PROXIES", default_value = "")]
    pub trusted_proxies: crate::client::TrustedProxies,
    /// A session unused for this many minutes ends (sessions end after 8 hours in any case).
    #[arg(long, env = "FAZHI_SESSION_IDLE_MINUTES", default_value_t = 30)]
    pub session_idle_minutes: i64,
    /// A request not answered within this many seconds gets a 503.
    #[arg(long, env = "FAZHI_REQUEST_TIMEOUT_SECONDS", default_value_t = 30)]
    pub request_timeout_seconds: u64,
}

impl ServeArgs {
    pub fn web_config(&self) -> app::state::WebConfig {
        app::state::WebConfig {
            upload_limit: self.upload_limit,
            session_idle_minutes: self.session_idle_minutes,
            request_timeout: std::time::Duration::from_secs(self.request_timeout_seconds),
            ..Default::default()
        }
    }

    /// Where the site's files are; with the hash file `make site` writes, pages name the
    /// content-hashed copies (Leptos reads the file's path relative to the binary's directory:
    /// an absolute one is given).
    pub fn leptos_options(&self) -> LeptosOptions {
        let hash_file = std::path::Path::new(&self.site_root).join("hash.txt");
        let hash_file = std::path::absolute(&hash_file).unwrap_or(hash_file);
        LeptosOptions::builder()
            .output_name(self.output_name.as_str())
            .site_root(self.site_root.as_str())
            .site_pkg_dir("pkg")
            .site_addr(self.addr)
            .hash_files(hash_file.is_file())
            .hash_file(std::sync::Arc::<str>::from(hash_file.to_string_lossy()))
            .build()
    }
}

#[derive(Debug, Clone, Args)]
pub struct GenArgs {
    /// Directory for the new store; it must not hold one already.
    #[arg(long, default_value = "var-synthetic")]
    pub data_dir: PathBuf,
    /// The same seed always gives the same data.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    #[arg(long, default_value_t = 10)]
    pub provinces: u32,
    #[arg(long, default_value_t = 33)]
    pub prefectures_per_province: u32,
    #[arg(long, default_value_t = 3000)]
    pub counties: u32,
    #[arg(long, default_value_t = 200)]
    pub indicators: u32,
    /// Years of figures, ending with 2024.
    #[arg(long, default_value_t = 10)]
    pub years: u16,
}

impl GenArgs {
    pub fn spec(&self) -> data::synthetic::Spec {
        data::synthetic::Spec {
            seed: self.seed,
            provinces: self.provinces,
            prefectures_per_province: self.prefectures_per_province,
            counties: self.counties,
            indicators: self.indicators,
            years: self.years,
            last_year: 2024,
        }
    }
}
