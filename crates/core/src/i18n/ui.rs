crate::messages! {
    /// Interface strings of the app shell.
    pub enum Msg {
        AppName { en: "Kilit", tr: "Kilit", fa: "کلید" },
    }
}
