//! The command line and the files it reads and writes, driven as a script or a user at a
//! terminal would: one test binary, so CI links it once.

mod cli;
mod crash_safety;
mod files;
mod packaging;
