// Validates outputs against docs/schemas with ajv (draft-07, allErrors, strict off, ajv-formats).
// Usage: NODE_PATH=…/node_modules node validate.js SCHEMAS_DIR OUTPUT_DIR
// Each OUTPUT_DIR/NAME.*.json is one JSON document checked against NAME.schema.json; NAME.*.jsonl is checked line by
// line. Every schema must be met by at least one output, and every line type of the JSON Lines must occur.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv = require('ajv').default ?? require('ajv');
const addFormats = require('ajv-formats').default ?? require('ajv-formats');

const [schemas, outputs] = process.argv.slice(2);
let failed = 0;
const checked = new Map();
const lineTypes = new Set();
const validators = new Map();
for (const file of fs.readdirSync(schemas).filter(f => f.endsWith('.schema.json')).sort()) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  try {
    validators.set(file.replace('.schema.json', ''), ajv.compile(JSON.parse(fs.readFileSync(path.join(schemas, file), 'utf8'))));
  } catch (e) {
    console.log(`FAIL: ${file} does not compile: ${e.message}`);
    failed++;
  }
}

for (const file of fs.readdirSync(outputs).sort()) {
  const name = file.split('.')[0];
  const validate = validators.get(name);
  if (!validate) continue;
  const text = fs.readFileSync(path.join(outputs, file), 'utf8');
  const docs = [];
  try {
    if (file.endsWith('.jsonl')) {
      text.split('\n').forEach((l, i) => { if (l) docs.push([`line ${i + 1}`, JSON.parse(l)]); });
    } else {
      docs.push(['', JSON.parse(text)]);
    }
  } catch (e) {
    console.log(`FAIL: ${file} is not JSON: ${e.message}`);
    failed++;
    continue;
  }

  let bad = 0;
  for (const [where, doc] of docs) {
    if (file.endsWith('.jsonl')) lineTypes.add(doc.type);
    if (!validate(doc)) {
      if (bad++ < 3) {
        const errors = validate.errors.slice(0, 5).map(e => `${e.instancePath || '/'} ${e.message}`).join('; ');
        console.log(`FAIL: ${file}${where ? ' ' + where : ''} does not meet ${name}.schema.json: ${errors}`);
      }
    }
  }
  if (bad) failed++;
  else console.log(`ok   ${file} (${docs.length} ${docs.length === 1 ? 'document' : 'lines'}) meets ${name}.schema.json`);
  checked.set(name, (checked.get(name) ?? 0) + 1);
}

for (const name of validators.keys()) {
  if (!checked.has(name)) { console.log(`FAIL: no output was checked against ${name}.schema.json`); failed++; }
}
for (const type of ['factstore', 'source', 'entity', 'fact', 'stance', 'retraction', 'redaction']) {
  if (validators.has('jsonl') && !lineTypes.has(type)) { console.log(`FAIL: the export has no "${type}" line to check`); failed++; }
}
console.log(failed ? `${failed} failed` : `every output meets its schema (${validators.size} schemas)`);
process.exit(failed ? 1 : 0);
