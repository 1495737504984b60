//! Work that may take longer than a frame, done on a worker thread so the window keeps
//! drawing: reading a large HR export, building an import. The job reports its progress and
//! can be cancelled; a cancelled job's result is dropped unseen.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What the worker can see of the window: whether it should stop, and where to report how
/// far it has got.
#[derive(Clone, Default)]
pub struct JobHandle {
    cancelled: Arc<AtomicBool>,
    /// Progress in thousandths.
    progress: Arc<AtomicU32>,
}

impl JobHandle {
    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// Reports progress from 0.0 to 1.0.
    pub fn report(&self, fraction: f32) {
        let permille = (fraction.clamp(0.0, 1.0) * 1000.0) as u32;
        self.progress.store(permille, Ordering::Relaxed);
    }
}

/// A result being worked out on a worker thread.
pub struct Job<T> {
    handle: JobHandle,
    answer: Receiver<T>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a new thread.
    pub fn spawn(work: impl FnOnce(&JobHandle) -> T + Send + 'static) -> Self {
        let handle = JobHandle::default();
        let (send, answer) = channel();
        let for_worker = handle.clone();
        std::thread::spawn(move || {
            let result = work(&for_worker);
            // The window may have dropped the job meanwhile; nobody to tell then.
            let _ = send.send(result);
        });
        Self { handle, answer }
    }

    /// The result, once it is there. A worker that died without answering (a panic) gives
    /// `Some(Err(()))`, so the caller can say so instead of waiting forever.
    pub fn poll(&self) -> Option<Result<T, ()>> {
        match self.answer.try_recv() {
            Ok(value) => Some(Ok(value)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(())),
        }
    }

    /// Progress from 0.0 to 1.0 as the worker last reported it.
    pub fn progress(&self) -> f32 {
        self.handle.progress.load(Ordering::Relaxed) as f32 / 1000.0
    }
}

impl<T> Drop for Job<T> {
    /// A job nobody waits for any more stops at its next check.
    fn drop(&mut self) {
        self.handle.cancelled.store(true, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wait<T: Send + 'static>(job: &Job<T>) -> Result<T, ()> {
        loop {
            if let Some(answer) = job.poll() {
                return answer;
            }
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
    }

    #[test]
    fn a_job_answers_reports_progress_and_a_dropped_job_is_cancelled() {
        let job = Job::spawn(|h| {
            h.report(0.5);
            21 * 2
        });
        assert_eq!(wait(&job), Ok(42));
        assert!((job.progress() - 0.5).abs() < 1e-3);
        let (send, seen) = channel();
        let job = Job::spawn(move |h| {
            while !h.is_cancelled() {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            let _ = send.send(true);
        });
        drop(job);
        assert_eq!(seen.recv(), Ok(true));
    }
}
