use anyhow::Context;
use clap::Parser;
use server::{Cli, Command, ServeArgs};
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .init();
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Check { seed_dir }) => check(seed_dir.as_deref()),
        Some(Command::Serve(args)) => serve(args).await,
        None => serve(cli.serve).await,
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

fn check(seed_dir: Option<&std::path::Path>) -> anyhow::Result<()> {
    let data = server::load_dataset(seed_dir)?;
    println!("ok: {} observations, {} regions", data.observations().len(), data.regions().len());
    Ok(())
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let data = server::load_dataset(args.seed_dir.as_deref())?;
    let listener =
        tokio::net::TcpListener::bind(args.addr).await.with_context(|| format!("cannot listen on {}", args.addr))?;
    tracing::info!("serving {} observations on http://{}", data.observations().len(), listener.local_addr()?);
    server::serve(listener, server::state(data, args.leptos_options())).await?;
    Ok(())
}
