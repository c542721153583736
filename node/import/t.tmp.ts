import { parse } from 'csv-parse/sync';
import { manyRowsCsv } from './testing/fixtures';
const text = manyRowsCsv(10000);
for (let k = 0; k < 2; k++) {
for (const [label, opts] of [['plain', { relax_column_count: true }], ['quotes', { relax_column_count: true, relax_quotes: true }], ['info', { relax_column_count: true, relax_quotes: true, info: true }], ['delim', { relax_column_count: true, relax_quotes: true, delimiter: ',', bom: true }]] as const) {
  const t = performance.now(); parse(text, opts as never); console.log(label, Math.round(performance.now() - t));
}
const buf = Buffer.from(text);
let t = performance.now(); parse(buf, { relax_column_count: true }); console.log('buffer', Math.round(performance.now() - t));
t = performance.now(); new TextDecoder('utf-8', {fatal:true}).decode(buf); console.log('decode', Math.round(performance.now() - t));
}
