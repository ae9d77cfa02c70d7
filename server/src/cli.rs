use clap::{Args, Parser, Subcommand};
use leptos::prelude::LeptosOptions;
use std::{net::SocketAddr, path::PathBuf};

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
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "LEPTOS_SITE_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,
    /// Directory of seed CSV files to serve instead of the embedded seed.
    #[arg(long, env = "FAZHI_SEED_DIR")]
    pub seed_dir: Option<PathBuf>,
    /// Directory holding the built site (`pkg/` with the wasm, JS and CSS).
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site_root: String,
    /// Base name of the site's wasm, JS and CSS files.
    #[arg(long, env = "LEPTOS_OUTPUT_NAME", default_value = "fazhi-kanban")]
    pub output_name: String,
}

impl ServeArgs {
    pub fn leptos_options(&self) -> LeptosOptions {
        LeptosOptions::builder()
            .output_name(self.output_name.as_str())
            .site_root(self.site_root.as_str())
            .site_pkg_dir("pkg")
            .site_addr(self.addr)
            .build()
    }
}
