//! The app's routes, read from and written to the URL fragment.
