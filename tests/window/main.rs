//! The real app, driven headless through egui_kittest and AccessKit, as a user would: one
//! test binary for every window test, so CI links it once.
#![cfg(feature = "ui")]

mod common;

mod access;
mod app;
mod drag;
mod editing;
mod find;
mod fold;
mod fresh_figures;
mod help;
mod import;
mod knowledge;
mod large;
mod modal;
mod options;
mod presentation;
mod rest;
mod safety;
mod versions;
