//! A design over time and between people: updating its staff from a newer HR export,
//! bringing in options a colleague made in another file, and saying what differs between
//! two designs. Pure functions over designs; the window and the command line show what
//! they report and apply the result as one edit.

mod diff;
mod merge;
mod names;
mod refresh;
mod seats;
mod units;

pub use diff::{Diff, Named, OptionDiff, SeatChange, describe, diff};
pub use merge::{Incoming, MergeReport, Merged, merge, unknown_people};
pub use refresh::{
    Changed, Conflict, Joiner, Leaver, Mover, RefreshReport, Refreshed, Unmatched, refresh,
};
pub use seats::remove_people;

#[cfg(test)]
mod tests;
