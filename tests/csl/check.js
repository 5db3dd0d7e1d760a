'use strict';
// Renders CSL-JSON files with citeproc-js and the APA style vendored beside this file, and fails (exit 1) on any error:
// a file that is not a CSL-JSON array, an unknown item type or variable, a malformed date, a warning or error from
// citeproc-js, an item it cannot render, or an entry that does not show the item's title and its year ("n.d." when
// the item has no date, "ca." before an approximate one).
// Usage: node check.js FILE.json...
const fs = require('fs');
const path = require('path');
const CSL = require('citeproc');

const style = fs.readFileSync(path.join(__dirname, 'styles', 'apa.csl'), 'utf8');
const locale = fs.readFileSync(path.join(__dirname, 'locales', 'locales-en-US.xml'), 'utf8');

// CSL 1.0.2 item types, and the variables FactStore writes (a typo would be ignored by citeproc-js, so it is caught here).
const types = new Set(['article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast',
  'chapter', 'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage']);
const variables = new Set(['id', 'type', 'title', 'author', 'container-title', 'publisher', 'issued', 'accessed', 'URL',
  'DOI', 'language', 'note', 'abstract']);
const nameParts = new Set(['family', 'given', 'non-dropping-particle', 'dropping-particle', 'suffix', 'literal']);

const problems = [];
CSL.debug = (message) => problems.push(`citeproc-js warning: ${message}`);
CSL.error = (message) => { throw new Error(`citeproc-js error: ${message}`); };

function checkDate(where, date) {
  const parts = date && date['date-parts'];
  const ok = Array.isArray(parts) && parts.length >= 1 && parts.length <= 2
    && parts.every((p) => Array.isArray(p) && p.length >= 1 && p.length <= 3 && p.every(Number.isInteger))
    && Object.keys(date).every((k) => k === 'date-parts' || k === 'circa');
  if (!ok) problems.push(`${where}: not a CSL date: ${JSON.stringify(date)}`);
}

function checkItem(file, item) {
  const where = `${file}, item ${item.id}`;
  if (typeof item.id !== 'string' || !/^[A-Za-z0-9_][A-Za-z0-9_:.#$%&+?<>~/-]*$/.test(item.id)) problems.push(`${where}: the id is no citation key`);
  if (!types.has(item.type)) problems.push(`${where}: unknown type ${item.type}`);
  if (typeof item.title !== 'string' || item.title.trim() === '') problems.push(`${where}: no title`);
  for (const key of Object.keys(item)) if (!variables.has(key)) problems.push(`${where}: unknown variable ${key}`);
  for (const name of item.author || []) {
    if (Object.keys(name).some((k) => !nameParts.has(k)) || !(name.literal || name.family)) problems.push(`${where}: not a CSL name: ${JSON.stringify(name)}`);
  }
  for (const key of ['issued', 'accessed']) if (item[key] !== undefined) checkDate(where, item[key]);
}

// Letters and digits only, lower case: citeproc-js may change quotes, dashes and case; the words stay.
const words = (text) => String(text || '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

let rendered = 0;
for (const file of process.argv.slice(2)) {
  const items = JSON.parse(fs.readFileSync(file, 'utf8'));
  const name = path.basename(file);
  if (!Array.isArray(items) || items.length === 0) {
    problems.push(`${name}: not a non-empty CSL-JSON array`);
    continue;
  }

  items.forEach((item) => checkItem(name, item));
  const byId = new Map(items.map((item) => [item.id, item]));
  if (byId.size !== items.length) problems.push(`${name}: two items share an id`);
  const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id) => byId.get(id) }, style, 'en-US');
  engine.setOutputFormat('text');
  engine.updateItems([...byId.keys()]);
  const [meta, entries] = engine.makeBibliography();
  for (const error of meta.bibliography_errors) problems.push(`${name}: item ${error.itemID} did not render (error ${error.error_code})`);
  console.log(`${name}: ${entries.length} entries (APA)`);
  entries.forEach((entry, i) => {
    const text = entry.trim();
    console.log(`  ${text}`);
    for (const id of meta.entry_ids[i]) {
      const item = byId.get(id);
      const year = item.issued ? String(item.issued['date-parts'][0][0]) : 'n.d.';
      if (!item.title || !words(text).includes(words(item.title))) problems.push(`${name}, item ${id}: the entry lacks the title "${item.title}"`);
      if (!text.toLowerCase().includes(year.toLowerCase())) problems.push(`${name}, item ${id}: the entry lacks the year ${year}`);
      if (item.issued && item.issued.circa && !text.includes('ca.')) problems.push(`${name}, item ${id}: the entry does not say the date is approximate`);
      rendered++;
    }
  });
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`The CSL check failed: ${problems.length} problem(s).`);
  process.exit(1);
}

console.log(`CSL check passed: ${rendered} items rendered by citeproc-js ${CSL.PROCESSOR_VERSION} with APA, each with its title and year.`);
