//! A stable radix sort for ranking many accounts quickly.
//!
//! Sorting 100,000 accounts by a number happens several times per analysis
//! (one per numeric field, once for the ranking). A comparison sort costs
//! about 3 ms each on the benchmark machine; this LSD radix sort on 64-bit
//! keys costs a fraction of that and is stable, so equal keys keep their
//! input order (which is how ties are broken by id).

/// A key whose unsigned order is the numeric order of `v` (`-0.0` = `0.0`;
/// not for NaN).
pub(crate) fn ord_key(v: f64) -> u64 {
    let b = (v + 0.0).to_bits();
    if b >> 63 == 1 {
        !b
    } else {
        b | 1 << 63
    }
}

const BITS: u32 = 11;
const BUCKETS: usize = 1 << BITS;
const PASSES: usize = 64_usize.div_ceil(BITS as usize);

/// Sorts `items` (key, payload) by key, stably. Passes whose digit is the
/// same for every key are skipped.
pub(crate) fn radix_sort(items: &mut Vec<(u64, u32)>) {
    let n = items.len();
    if n < 64 {
        items.sort_by_key(|x| x.0);
        return;
    }
    let mut counts = vec![[0u32; BUCKETS]; PASSES];
    for &(k, _) in items.iter() {
        for (p, c) in counts.iter_mut().enumerate() {
            c[((k >> (p as u32 * BITS)) as usize) & (BUCKETS - 1)] += 1;
        }
    }
    let mut buf = vec![(0u64, 0u32); n];
    for (p, c) in counts.iter_mut().enumerate() {
        if c.iter().any(|&x| x as usize == n) {
            continue;
        }
        let mut sum = 0u32;
        for x in c.iter_mut() {
            let here = *x;
            *x = sum;
            sum += here;
        }
        let shift = p as u32 * BITS;
        for &item in items.iter() {
            let d = ((item.0 >> shift) as usize) & (BUCKETS - 1);
            buf[c[d] as usize] = item;
            c[d] += 1;
        }
        std::mem::swap(items, &mut buf);
    }
}

/// Indices of the finite values, largest first; equal values by id
/// ascending (`ids[i]` is the id of index `i`).
pub(crate) fn order_desc(values: &[f64], ids: &[u32], ids_ascending: bool) -> Vec<u32> {
    if ids_ascending {
        let mut items: Vec<(u64, u32)> = values
            .iter()
            .enumerate()
            .filter(|(_, v)| v.is_finite())
            .map(|(i, &v)| (!ord_key(v), i as u32))
            .collect();
        radix_sort(&mut items);
        items.into_iter().map(|x| x.1).collect()
    } else {
        let mut items: Vec<(u64, u32, u32)> = values
            .iter()
            .enumerate()
            .filter(|(_, v)| v.is_finite())
            .map(|(i, &v)| (!ord_key(v), ids[i], i as u32))
            .collect();
        items.sort_unstable();
        items.into_iter().map(|x| x.2).collect()
    }
}
