//! Self-assessment instruments: the declarative format, its validation and
//! the scoring of answers. (Being written.)
