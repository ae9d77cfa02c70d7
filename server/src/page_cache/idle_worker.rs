//! Work that may wait for an idle core: one thread at the lowest CPU priority (`SCHED_IDLE` on
//! Linux), taking one job at a time. The page cache's brotli variants are made here: at quality
//! 11 one takes tens of milliseconds, and on the blocking pool they held a core that cold-start
//! renders were queueing for (BENCHMARKS.md, issue 17).

use std::sync::mpsc::{SyncSender, TrySendError, sync_channel};

type Job = Box<dyn FnOnce() + Send>;

pub struct IdleWorker {
    /// A rendezvous channel: a job is taken only while the thread waits for one.
    jobs: SyncSender<Job>,
}

impl IdleWorker {
    /// Starts the thread; it ends when the worker is dropped.
    pub fn start(name: &str) -> Self {
        let (jobs, next) = sync_channel::<Job>(0);
        std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                lower_priority();
                for job in next {
                    job();
                }
            })
            .expect("a thread for idle work");
        Self { jobs }
    }

    /// Runs `job` if the thread is free; otherwise drops it (a later request offers it again).
    pub fn offer(&self, job: impl FnOnce() + Send + 'static) -> bool {
        match self.jobs.try_send(Box::new(job)) {
            Ok(()) => true,
            Err(TrySendError::Full(_) | TrySendError::Disconnected(_)) => false,
        }
    }
}

/// Whether the calling thread now runs only when no other wants the core.
fn lower_priority() {
    #[cfg(target_os = "linux")]
    let lowered = {
        use thread_priority::{NormalThreadSchedulePolicy, ThreadPriority, ThreadSchedulePolicy};
        thread_priority::set_thread_priority_and_policy(
            thread_priority::thread_native_id(),
            ThreadPriority::Min,
            ThreadSchedulePolicy::Normal(NormalThreadSchedulePolicy::Idle),
        )
    };
    #[cfg(not(target_os = "linux"))]
    let lowered = thread_priority::set_current_thread_priority(thread_priority::ThreadPriority::Min);
    if let Err(error) = lowered {
        tracing::warn!(?error, "idle work runs at normal priority");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc::channel;

    #[test]
    fn one_job_at_a_time_and_the_rest_refused() {
        let worker = IdleWorker::start("test-idle");
        let (release, wait) = channel::<()>();
        let wait = std::sync::Arc::new(std::sync::Mutex::new(wait));
        let (done, finished) = channel::<()>();
        // The thread may not be waiting yet: offer until it takes the job.
        while !worker.offer({
            let (wait, done) = (wait.clone(), done.clone());
            move || {
                wait.lock().unwrap().recv().unwrap();
                done.send(()).unwrap();
            }
        }) {
            std::thread::yield_now();
        }
        assert!(!worker.offer(|| {}), "a second job while the first runs is refused");
        release.send(()).unwrap();
        finished.recv().unwrap();
    }

    /// The scheduling policy of the thread running the job (`/proc/thread-self/stat`, field 41).
    #[cfg(target_os = "linux")]
    #[test]
    fn jobs_run_at_idle_priority() {
        const SCHED_IDLE: &str = "5";
        let worker = IdleWorker::start("test-idle");
        let (policy, read) = channel::<String>();
        while !worker.offer({
            let policy = policy.clone();
            move || {
                let stat = std::fs::read_to_string("/proc/thread-self/stat").unwrap();
                let after_name = stat.rsplit_once(')').unwrap().1;
                policy.send(after_name.split_whitespace().nth(38).unwrap().to_owned()).unwrap();
            }
        }) {
            std::thread::yield_now();
        }
        assert_eq!(read.recv().unwrap(), SCHED_IDLE);
    }
}
