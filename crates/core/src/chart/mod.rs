//! Chart geometry: numbers in, SVG coordinates and path strings out. (Being written.)
