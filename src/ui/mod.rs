//! Components. Pages read the state through props handed down by `app`;
//! widgets get data and callbacks only and never see the reducer.

pub mod app;
pub mod accounts;
pub mod assessment;
pub mod chart;
pub mod header;
pub mod home;
pub mod pages;
