// An independent implementation of docs/scoring.md, so end-to-end tests can
// check the numbers the app shows against numbers computed here from the
// answers the test chose. Written from the document, not from the Rust code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

export function loadInstrument(id) {
  return JSON.parse(readFileSync(join(ROOT, 'instruments', `${id}.json`), 'utf8'));
}

const RANGE = { agree5: [1, 5], yes_no: [0, 1], scale10: [0, 10] };

/** The radio values of an item, in the order the page shows them; 'na' last. */
export function options(item) {
  const [lo, hi] = RANGE[item.kind];
  const values = [];
  for (let v = lo; v <= hi; v++) values.push(v);
  values.push('na');
  return values;
}

function unit(item, v) {
  const [lo, hi] = RANGE[item.kind];
  const x = (v - lo) / (hi - lo);
  return item.reverse ? 1 - x : x;
}

/** Half away from zero; a value within 1e-9 of a half counts as the half. */
export function round(x) {
  const f = Math.floor(x);
  return x - f >= 0.5 - 1e-9 ? f + 1 : f;
}

function bandOf(instrument, score) {
  let band = null;
  for (const b of instrument.bands) if (b.min <= score) band = b.id;
  return band;
}

/** answers: Map item id -> value or 'na'. */
export function score(instrument, answers) {
  const dims = instrument.dimensions.map((d) => {
    const items = instrument.items.filter((i) => i.dimension === d.id);
    let sw = 0;
    let swx = 0;
    let scored = 0;
    for (const item of items) {
      const a = answers.get(item.id);
      if (a === undefined || a === 'na') continue;
      const w = item.weight ?? 1;
      sw += w;
      swx += w * unit(item, a);
      scored += 1;
    }
    const enough = scored >= 1 && 2 * scored >= items.length;
    const exact = enough ? (100 * swx) / sw : null;
    const rounded = enough ? round(exact) : null;
    return { id: d.id, weight: d.weight ?? 1, exact, score: rounded, band: enough ? bandOf(instrument, rounded) : null };
  });
  const scoredDims = dims.filter((d) => d.exact !== null);
  let overall = null;
  if (scoredDims.length) {
    const w = scoredDims.reduce((s, d) => s + d.weight, 0);
    const x = scoredDims.reduce((s, d) => s + d.weight * d.exact, 0) / w;
    const r = round(x);
    overall = { score: r, band: bandOf(instrument, r) };
  }
  const answered = instrument.items.filter((i) => answers.has(i.id)).length;
  const completion = Math.floor((answered * 100) / instrument.items.length);
  return { dims, overall, completion };
}

/** Persian and Arabic-Indic digits to ASCII, other characters removed except digits. */
export function digits(text) {
  return text
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[^0-9]/g, '');
}
