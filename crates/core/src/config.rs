//! Start-up configuration from the page URL's query string.
