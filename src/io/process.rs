//! Whether another process is still running: decides when a lock, a recovery file or a
//! temporary left beside a design belongs to a session that has ended.

use std::path::Path;

/// Whether a process with this id is running (Linux: `/proc`, where a killed process that has
/// not been reaped yet shows as a zombie and counts as gone). Elsewhere a process is assumed
/// gone, so its recovery file is offered rather than hidden.
pub fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    if !cfg!(target_os = "linux") {
        return false;
    }
    let Ok(stat) = std::fs::read_to_string(Path::new("/proc").join(pid.to_string()).join("stat"))
    else {
        return false;
    };
    // The state letter follows the command name, which is in parentheses and may hold spaces.
    let state = stat
        .rfind(')')
        .and_then(|end| stat[end + 1..].split_whitespace().next());
    !matches!(state, Some("Z" | "X" | "x"))
}
