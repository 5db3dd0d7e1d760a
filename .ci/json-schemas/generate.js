#!/usr/bin/env node
// Writes docs/schemas/*.schema.json (JSON Schema draft-07): one file per `factstore` command with --json, and
// jsonl.schema.json for each line of `factstore export --format jsonl`. The parts several outputs share (a fact, a
// stance, a value, a citation) are defined once here and copied into each file, so every file stands alone.
// `node .ci/json-schemas/generate.js` rewrites the files; `--check` fails when a checked-in file differs from what
// this writes. Describe the output as the commands write it (src/FactStore.Cli/Output, docs/cli.md, docs/jsonl.md).
'use strict';
const fs = require('fs');
const path = require('path');

const out = path.join(__dirname, '..', '..', 'docs', 'schemas');

// ---- small builders
const str = { type: 'string' };
const int = { type: 'integer', minimum: 0 };
const bool = { type: 'boolean' };
const orNull = s => (s.$ref || s.oneOf || s.anyOf || s.enum
  ? { anyOf: [s, { type: 'null' }] }
  : { ...s, type: [].concat(s.type, 'null') });
const ref = name => ({ $ref: `#/definitions/${name}` });
const array = items => ({ type: 'array', items });
/** An object with exactly these members, every one present (the writers write null or [] when empty). */
const exact = (properties, extra = {}) => ({
  type: 'object', required: Object.keys(properties), properties, additionalProperties: false, ...extra,
});
const id = prefix => ({ type: 'string', pattern: `^${prefix}_[0-9a-f]{32}$` });
const camel = s => s[0].toLowerCase() + s.slice(1);
const enumOf = (...names) => ({ type: 'string', enum: names.map(camel) });

// ---- closed value sets (the library's enums, written camelCase)
const position = enumOf('Supports', 'Refutes', 'Neutral', 'Uncertain');
const rank = enumOf('Normal', 'Preferred', 'Deprecated');
const origin = enumOf('Curated', 'Importer', 'Model');
const anchor = enumOf('Unverified', 'Exact', 'Typography', 'Relocated');
const entityKind = enumOf('Other', 'Person', 'Organization', 'Country', 'Place', 'Event');
const statedDateKind = enumOf('Unknown', 'Published', 'PageDate', 'Contradicted');
const verdict = enumOf('Unattested', 'Supported', 'Refuted', 'Contested');
const voiceKind = enumOf('Holder', 'Publisher', 'Source');
const factStatus = enumOf('Current', 'Superseded', 'Retracted');
const changeKind = enumOf('SourceAdded', 'LocatorAdded', 'EntityAdded', 'EntityRelabelled', 'AliasAdded', 'ExternalIdAdded',
  'FactAdded', 'FactCorrected', 'StanceAdded', 'StanceCorrected', 'Retracted', 'Redacted');
const findingKind = enumOf('RowChanged', 'ExcerptChanged', 'RunRowsChanged', 'ChainBroken', 'CitationMismatch', 'CountMismatch', 'TriggerMissing');
const nameMatchKind = enumOf('Exact', 'Surname', 'Spelling', 'Partial');
const hitKind = enumOf('Statement', 'Quote', 'SourceText');

// ---- scalars
const year = '(?:XXXX|-?[0-9]{4}|Y-?[0-9]+)';
const common = {
  edtf: {
    description: 'A partial date as EDTF text at its own precision: 2022, 2022-01, 199X~, -0043-03-15, [1801..1900], 1700-02-01[u-ca=julian].',
    type: 'string',
    pattern: `^(?:${year}(?:-[0-9]{2}(?:-[0-9]{2})?)?|[0-9]{3}X|[0-9]{2}XX|[0-9]XXX|\\[${year}\\.\\.${year}\\])[~?%]?(?:\\[u-ca=julian\\])?$`,
  },
  externalId: { description: 'An external id, scheme:value (wikidata:Q2112, url:https://…, file:a.txt).', type: 'string', pattern: '^[a-z][a-z0-9+.-]*:[\\s\\S]+$' },
  hash: { description: 'sha256: and the SHA-256 of the text in UTF-8, lowercase hex.', type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
  decimal: { description: 'A decimal number as text.', type: 'string', pattern: '^[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?$' },
  localizedText: exact({ text: str, language: orNull(str) }),
  validity: exact(
    { from: orNull(ref('edtf')), to: orNull(ref('edtf')), pointInTime: orNull(ref('edtf')) },
    {
      description: 'When the fact holds: from/to, or pointInTime alone (then from and to are null); all null: unstated.',
      anyOf: [{ properties: { pointInTime: { type: 'null' } } }, { properties: { from: { type: 'null' }, to: { type: 'null' } } }],
    }),
  citation: exact({
    quote: orNull(str), prefix: orNull(str), suffix: orNull(str),
    start: orNull(int), end: orNull(int), locator: orNull(str), anchor, sourceContentHash: orNull(ref('hash')),
  }, { description: 'Where the stance is said: the quote with its context, its UTF-16 offsets [start, end) in the source text, how it was anchored.' }),
};

/** A value (a fact's object, a qualifier's value), its entity references written as `entity` says. */
function valueDefs(entity) {
  const literal = (types, value) => exact({ type: { type: 'string', enum: types }, value });
  return {
    value: {
      description: 'A fact\'s object or a qualifier\'s value: type, then the members its type has.',
      type: 'object',
      required: ['type'],
      discriminator: { propertyName: 'type' },
      oneOf: [
        exact({ type: { const: 'entity' }, entity }),
        literal(['text', 'number', 'percent', 'money', 'url', 'externalId'], str),
        literal(['date'], ref('edtf')),
        {
          type: 'object', required: ['type', 'value'], additionalProperties: false,
          properties: { type: { const: 'quantity' }, value: ref('decimal'), unit: entity, lowerBound: ref('decimal'), upperBound: ref('decimal') },
        },
        {
          type: 'object', required: ['type'], additionalProperties: false,
          properties: {
            type: { const: 'coordinates' }, value: { type: 'string', description: 'lat,lon' },
            latitude: { type: 'number', minimum: -90, maximum: 90 }, longitude: { type: 'number', minimum: -360, maximum: 360 },
            precision: { type: 'number' }, globe: ref('externalId'),
          },
          dependencies: { latitude: ['longitude'], longitude: ['latitude'] },
        },
        exact({ type: { const: 'monolingualText' }, value: str, language: str }),
        exact({ type: { type: 'string', enum: ['unknownValue', 'noValue'] } }),
      ],
    },
    qualifier: exact({ property: str, value: ref('value') }),
  };
}

// ---- how the --json outputs show records (src/FactStore.Cli/Output)
const shown = {
  entityRef: exact({ id: id('ent'), label: orNull(str), externalIds: array(ref('externalId')) },
    { description: 'An entity as facts show it: id, label and external ids (label null when only the id is at hand).' }),
  stanceSource: exact({ id: id('src'), title: orNull(str), publisher: orNull(str), byReference: bool, locators: array(ref('externalId')) }),
};
const stanceMembers = {
  id: id('stn'), holder: orNull(ref('entityRef')), source: ref('stanceSource'), position, rank, origin,
  confidence: orNull({ type: 'number', minimum: 0, maximum: 1 }), citation: orNull(ref('citation')), qualifiers: array(ref('qualifier')),
};
shown.stance = exact(stanceMembers, { description: 'A stance as facts --json shows it.' });
shown.stanceWithFact = exact({ ...stanceMembers, fact: exact({ id: id('fct'), statement: orNull(str) }) },
  { description: 'A stance as facts --json shows it, with its fact\'s id and statement.' });
shown.fact = exact({
  id: id('fct'), subject: orNull(ref('entityRef')), predicate: orNull(str), object: orNull(ref('value')), qualifiers: array(ref('qualifier')),
  statementKey: orNull(str), statement: str, validity: ref('validity'), supersedes: orNull(id('fct')), stances: array(ref('stance')),
}, { description: 'A fact as facts --json shows it, with its stances.' });
shown.entity = exact({
  id: id('ent'), label: str, kind: entityKind, aliases: array(ref('localizedText')), descriptions: array(ref('localizedText')), externalIds: array(ref('externalId')),
}, { description: 'An entity in full, as entity and entities show it.' });
shown.voice = exact({
  name: str, kind: voiceKind, key: str,
  stances: array(exact({
    id: id('stn'), position, quote: orNull(str),
    source: exact({ id: id('src'), title: orNull(str), publisher: orNull(str), locators: array(ref('externalId')) }),
  })),
}, { description: 'An independent voice: a quoted speaker, else a publisher, else a source; with its stances.' });
shown.sourceMetadata = exact({
  id: id('src'), title: orNull(str), publisher: orNull(str), authors: array(str), statedDate: orNull(ref('edtf')), statedDateKind,
  language: orNull(str), locators: array(ref('externalId')), textLength: orNull(int), byReference: bool,
  redacted: { type: ['string', 'null'], description: 'The reason the source was redacted, or null.' },
  accessed: orNull(ref('edtf')), retrievedAt: { type: ['string', 'null'], format: 'date-time' }, contentHash: orNull(ref('hash')),
}, { description: 'A source\'s metadata (never its text), as source --json and history --json show it.' });

const factDefs = () => ({ ...common, ...valueDefs(ref('entityRef')), entityRef: shown.entityRef, stanceSource: shown.stanceSource, stance: shown.stance, fact: shown.fact });
const consensusMembers = { fact: ref('fact'), verdict, supporting: array(ref('voice')), refuting: array(ref('voice')), undecided: array(ref('voice')) };

// ---- the canonical JSON Lines (docs/jsonl.md)
const provenance = exact({
  importer: str, importerVersion: str, importRunId: id('run'), input: str, recordedAt: { type: 'string', format: 'date-time' },
}, { description: 'Only with export --provenance: who wrote the record into the exporting store, and when.' });
/** A record line: its own members, every one written; unknown top-level members are kept (docs/jsonl.md, Unknown fields). */
const line = (type, prefix, members) => ({
  type: 'object',
  required: ['type', 'id', ...Object.keys(members)],
  properties: { type: { const: type }, id: id(prefix), ...members, provenance: ref('provenance') },
});
const jsonlRecords = {
  header: exact({ type: { const: 'factstore' }, version: { const: 1 } }, { description: 'The first line.' }),
  source: line('source', 'src', {
    contentHash: orNull(ref('hash')), title: orNull(str), publisher: orNull(str), authors: array(str), locators: array(ref('externalId')),
    statedDate: orNull(ref('edtf')), statedDateKind, retrievedAt: { type: ['string', 'null'], format: 'date-time' }, accessed: orNull(ref('edtf')),
    language: orNull(str), redacted: bool, text: orNull(str),
  }),
  entity: line('entity', 'ent', {
    kind: entityKind, label: str, aliases: array(ref('localizedText')), externalIds: array(ref('externalId')), descriptions: array(ref('localizedText')),
  }),
  fact: line('fact', 'fct', {
    subjectId: orNull(id('ent')), predicate: orNull(str), object: orNull(ref('value')), qualifiers: array(ref('qualifier')),
    statementKey: orNull(str), statement: str, validity: ref('validity'), supersedes: orNull(id('fct')),
  }),
  stance: line('stance', 'stn', {
    factId: id('fct'), sourceId: id('src'), position, holderId: orNull(id('ent')), citation: orNull(ref('citation')), saidAt: orNull(ref('edtf')),
    origin, confidence: orNull({ type: 'number', minimum: 0, maximum: 1 }), rank, key: orNull(str), qualifiers: array(ref('qualifier')),
    supersedes: orNull(id('stn')), redacted: bool,
  }),
  retraction: line('retraction', 'rtr', { targetId: { type: 'string', pattern: '^(?:fct|stn)_[0-9a-f]{32}$' }, reason: str }),
  redaction: line('redaction', 'rdc', { targetId: id('src'), reason: str }),
};

// ---- the files
const array1 = (items, description) => ({ description, type: 'array', items });
const schemas = {
  facts: {
    title: 'factstore facts --json',
    ...array1(ref('fact'), 'The current facts that match, each with its subject, object, qualifiers, validity and stances (docs/cli.md).'),
    definitions: factDefs(),
  },
  timeline: {
    title: 'factstore timeline --json',
    ...array1(ref('fact'), 'The facts about an entity in timeline order, as facts --json writes them.'),
    definitions: factDefs(),
  },
  stances: {
    title: 'factstore stances --json',
    ...array1(ref('stanceWithFact'), 'The current stances that match, as facts --json writes them, each with its fact\'s id and statement.'),
    definitions: { ...common, ...valueDefs(ref('entityRef')), entityRef: shown.entityRef, stanceSource: shown.stanceSource, stanceWithFact: shown.stanceWithFact },
  },
  search: {
    title: 'factstore search --json',
    ...array1(ref('hit'), 'The hits, best first.'),
    definitions: {
      hit: exact({
        kind: hitKind,
        recordId: { type: 'string', pattern: '^(?:fct|stn|src)_[0-9a-f]{32}$', description: 'The fact (statement), stance (quote) or source (sourceText) that matched.' },
        factId: orNull(id('fct')), sourceId: orNull(id('src')), snippet: str, start: orNull(int), end: orNull(int), score: { type: 'number' },
        statement: orNull(str), contested: orNull(bool), position: orNull(position), holder: orNull(str),
        source: orNull(exact({ id: id('src'), title: orNull(str), publisher: orNull(str) })),
        citedBy: array(exact({ stanceId: id('stn'), holder: orNull(str), position, factId: id('fct'), statement: orNull(str) })),
      }, {
        allOf: [
          { if: { properties: { kind: { const: 'statement' } } }, then: { properties: { recordId: id('fct') } } },
          { if: { properties: { kind: { const: 'quote' } } }, then: { properties: { recordId: id('stn') } } },
          { if: { properties: { kind: { const: 'sourceText' } } }, then: { properties: { recordId: id('src') } } },
        ],
      }),
    },
  },
  entity: {
    title: 'factstore entity NAME --json',
    description: 'The one entity a name denotes, how the name matched it, its current facts (a page) and how many current stances it holds.',
    ...exact({
      query: str,
      match: exact({ kind: nameMatchKind, matchedName: str, score: { type: 'number' } }),
      entity: ref('entity'),
      facts: array(ref('fact')),
      stancesHeld: int,
    }),
    definitions: { ...factDefs(), entity: shown.entity },
  },
  entities: {
    title: 'factstore entities --json',
    ...array1(ref('entity'), 'The entities, most facts first.'),
    definitions: { ...common, entity: { ...shown.entity, required: [...shown.entity.required, 'factCount', 'stanceCount'], properties: { ...shown.entity.properties, factCount: int, stanceCount: int } } },
  },
  predicates: {
    title: 'factstore predicates --json',
    ...array1(exact({ predicate: str, factCount: int }), 'The predicates of the standing facts, most facts first.'),
  },
  contested: {
    title: 'factstore contested --json',
    ...array1(ref('consensus'), 'The current facts some stance supports and another refutes, each with its voices.'),
    definitions: { ...factDefs(), voice: shown.voice, consensus: exact(consensusMembers) },
  },
  consensus: {
    title: 'factstore consensus FACT --json',
    description: 'The verdict on one fact and its voices, each counted once; its status and latest version.',
    ...exact({
      ...consensusMembers, status: factStatus, supersededBy: orNull(id('fct')), latestVersion: id('fct'),
      retracted: { type: ['string', 'null'], description: 'The reason of the retraction, or null.' },
    }),
    definitions: { ...factDefs(), voice: shown.voice },
  },
  history: {
    title: 'factstore history ID --json',
    description: 'A record as known at --at, its versions, its retraction and the changes recorded about it.',
    ...exact({
      id: { type: 'string', pattern: '^(?:fct|stn|src|ent)_[0-9a-f]{32}$' },
      kind: { type: 'string', enum: ['fact', 'stance', 'source', 'entity'] },
      asOf: { type: 'string', format: 'date-time' },
      record: { type: ['object', 'null'] },
      status: { type: 'string', enum: ['current', 'superseded', 'retracted', 'redacted', 'recorded'] },
      supersedes: orNull(str), supersededBy: orNull(str), latestVersion: orNull(str),
      retraction: orNull(exact({ reason: orNull(str), recordedAt: { type: 'string', format: 'date-time' } })),
      changes: array(ref('change')),
    }, {
      allOf: [
        { if: { properties: { kind: { const: 'fact' } } }, then: { properties: { id: id('fct'), record: ref('fact') } } },
        { if: { properties: { kind: { const: 'stance' } } }, then: { properties: { id: id('stn'), record: ref('stanceRecord') } } },
        { if: { properties: { kind: { const: 'source' } } }, then: { properties: { id: id('src'), record: ref('sourceMetadata') } } },
        { if: { properties: { kind: { const: 'entity' } } }, then: { properties: { id: id('ent'), record: ref('entity') } } },
      ],
    }),
    definitions: {
      ...factDefs(),
      stanceRecord: exact({
        id: id('stn'), factId: id('fct'), sourceId: id('src'), holderId: orNull(id('ent')), position, rank, origin, saidAt: orNull(ref('edtf')),
        citation: orNull(ref('citation')), supersedes: orNull(id('stn')), redacted: bool,
      }, { description: 'A stance by its ids.' }),
      sourceMetadata: shown.sourceMetadata,
      entity: shown.entity,
      change: exact({
        kind: changeKind, recordId: str, targetId: orNull(str), detail: orNull(str), recordedAt: { type: 'string', format: 'date-time' },
        importer: str, importerVersion: str, importRunId: id('run'), input: str,
      }),
    },
  },
  source: {
    title: 'factstore source ID --json',
    description: 'A source\'s metadata (never its text) and the stances taken from it in the order of its text.',
    ...exact({ source: ref('sourceMetadata'), stances: array(ref('stanceWithFact')) }),
    definitions: {
      ...common, ...valueDefs(ref('entityRef')), entityRef: shown.entityRef, stanceSource: shown.stanceSource,
      stanceWithFact: shown.stanceWithFact, sourceMetadata: shown.sourceMetadata,
    },
  },
  sheet: {
    title: 'factstore sheet ID|NAME --json',
    description: 'A Markdown fact sheet of a fact or of an entity.',
    ...exact({ id: { type: 'string', pattern: '^(?:fct|ent)_[0-9a-f]{32}$' }, kind: { type: 'string', enum: ['fact', 'entity'] }, markdown: str }, {
      allOf: [
        { if: { properties: { kind: { const: 'fact' } } }, then: { properties: { id: id('fct') } } },
        { if: { properties: { kind: { const: 'entity' } } }, then: { properties: { id: id('ent') } } },
      ],
    }),
  },
  stats: {
    title: 'factstore stats --json',
    description: 'Rows by record type (superseded, retracted and redacted ones included), import runs, schema version, size on disk.',
    ...exact({
      database: str,
      records: exact(Object.fromEntries(['sources', 'locators', 'entities', 'labels', 'aliases', 'external_ids', 'descriptions', 'facts', 'stances', 'retractions', 'redactions'].map(k => [k, int]))),
      runs: int,
      lastRecordedAt: { type: ['string', 'null'], format: 'date-time' },
      schemaVersion: int,
      sizeInBytes: int,
    }),
  },
  verify: {
    title: 'factstore verify --json',
    description: 'The integrity report: clean or not, what was checked, the chain head, and every finding.',
    ...exact({
      clean: bool, rowsChecked: int, runsChecked: int, citationsChecked: int, chainHead: orNull(str),
      findings: array(exact({ kind: findingKind, table: str, recordId: orNull(str), message: str })),
    }),
  },
  import: {
    title: 'factstore import IMPORTER PATH... --json',
    ...array1(exact({
      importRunId: id('run'), input: str, alreadyImported: bool,
      sourcesAdded: int, locatorsAdded: int, entitiesAdded: int, aliasesAdded: int, factsAdded: int, stancesAdded: int, retractionsAdded: int, redactionsAdded: int,
      unchanged: int, dryRun: bool,
      skipped: array(exact({ input: str, line: orNull({ type: 'integer', minimum: 1 }), recordType: orNull(str), reason: str })),
      addedAnything: bool,
    }), 'One import result per input, in the order given.'),
  },
  jsonl: {
    title: 'factstore export --format jsonl: one line',
    description: 'One line of the canonical FactStore JSON Lines, version 1 (docs/jsonl.md): the header, or a record of the type its "type" names. Every member the exporter writes is required; unknown top-level members of a record are kept (an extension), unknown members inside a nested object are not.',
    type: 'object',
    required: ['type'],
    properties: { type: { type: 'string', enum: ['factstore', ...Object.keys(jsonlRecords).filter(k => k !== 'header')] } },
    discriminator: { propertyName: 'type' },
    oneOf: Object.keys(jsonlRecords).map(ref),
    definitions: { ...common, ...valueDefs(id('ent')), provenance, ...jsonlRecords },
  },
};

// cite --json: CSL-JSON (an array of items), or Web Annotation JSON-LD (one annotation or a collection).
const cslDate = exact({
  'date-parts': { type: 'array', minItems: 1, maxItems: 2, items: { type: 'array', minItems: 1, maxItems: 3, items: { type: 'integer' } } },
  circa: { const: true },
}, { required: ['date-parts'] });
schemas.cite = {
  title: 'factstore cite ID --json',
  description: 'With --format csl-json (the default with --json): a CSL-JSON array, one item per source cited. With --format web-annotation: one W3C Web Annotation (a stance) or an AnnotationCollection (a fact\'s stances); docs/citations.md and docs/web-annotation.md give the mapping.',
  oneOf: [
    array(ref('cslItem')),
    { type: 'object', required: ['@context', 'id', 'type'], properties: { type: { const: 'Annotation' }, id: str } },
    {
      type: 'object', required: ['@context', 'id', 'type', 'first'],
      properties: {
        type: { const: 'AnnotationCollection' }, id: str, label: str,
        first: { type: 'object', required: ['type', 'items'], properties: { type: { const: 'AnnotationPage' }, items: array({ type: 'object', required: ['id', 'type'], properties: { type: { const: 'Annotation' } } }) } },
      },
    },
  ],
  definitions: {
    cslItem: {
      type: 'object', required: ['id', 'type', 'title'], additionalProperties: false,
      properties: {
        id: str,
        type: { type: 'string', enum: ['article-journal', 'book', 'article-newspaper', 'article', 'webpage', 'dataset', 'document'] },
        title: orNull(str),
        author: array({
          type: 'object', additionalProperties: false,
          properties: { literal: str, family: orNull(str), given: str, 'non-dropping-particle': str, suffix: str },
          oneOf: [{ required: ['literal'] }, { required: ['family'] }],
        }),
        publisher: str, 'container-title': str, issued: cslDate, accessed: cslDate, URL: str, DOI: str, language: str,
      },
      not: { required: ['publisher', 'container-title'] },
    },
  },
};

// ---- write or check
const order = ['$schema', 'title', 'description'];
let stale = 0;
const check = process.argv.includes('--check');
for (const [name, body] of Object.entries(schemas)) {
  const file = `${name}.schema.json`;
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', ...body };
  const sorted = Object.fromEntries([...order.filter(k => k in schema).map(k => [k, schema[k]]), ...Object.entries(schema).filter(([k]) => !order.includes(k))]);
  const text = JSON.stringify(sorted, null, 2) + '\n';
  const target = path.join(out, file);
  if (check) {
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) {
      console.log(`docs/schemas/${file} is not what .ci/json-schemas/generate.js writes; run node .ci/json-schemas/generate.js`);
      stale++;
    }
  } else {
    fs.writeFileSync(target, text);
  }
}
if (check) {
  const extra = fs.readdirSync(out).filter(f => f.endsWith('.schema.json') && !(f.replace('.schema.json', '') in schemas));
  for (const f of extra) { console.log(`docs/schemas/${f} is not written by .ci/json-schemas/generate.js`); stale++; }
}
process.exit(stale ? 1 : 0);
