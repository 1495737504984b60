//! Crash-safe file writes: a reader sees either the complete old file or the complete new one.

use std::io::Write;
use std::path::Path;

use atomicwrites::{AllowOverwrite, AtomicFile};

/// Writes `bytes` to `path` through a temporary file in the same folder, fsynced and renamed
/// over the target, then fsyncs the folder (the `atomicwrites` crate does each step).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let file = AtomicFile::new(path, AllowOverwrite);
    file.write(|f| f.write_all(bytes)).map_err(|e| match e {
        atomicwrites::Error::Internal(e) | atomicwrites::Error::User(e) => e,
    })
}
