// Independent check of the data package with frictionlessdata's own JavaScript library (datapackage 1.1.10):
// the descriptor against the Data Package spec, then every row of every resource. Pass 1 casts every row
// (types, formats, constraints, primary keys) and reports each bad row; pass 2 resolves foreign keys
// (the library stops at the first violation there, so it reports one per resource). The C# validator
// (`validate` command) is the comprehensive one; this script makes sure the package is valid Frictionless
// for anyone else's tools. Exits 1 on any problem.
'use strict';
const path = require('path');
const { Package } = require('datapackage');
// The library attaches a listener per row while it resolves foreign keys (released at the end of the table), which trips
// Node's leak warning on large tables: lift the threshold rather than print thousands of false alarms.
require('events').EventEmitter.defaultMaxListeners = 0;

async function main() {
  const dataDir = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'data'));
  const pkg = await Package.load(path.join(dataDir, 'datapackage.json'), { basePath: dataDir });
  let problems = 0;
  const report = (line) => { console.log(line); problems++; };
  if (!pkg.valid) pkg.errors.forEach(e => report(`datapackage.json: ${e.message}`));
  for (const resource of pkg.resources) {
    if (!resource.valid) {
      resource.errors.forEach(e => report(`${resource.name}: descriptor: ${e.message}`));
      continue;
    }
    const file = resource.descriptor.path;
    let rows = 0, bad = 0;
    try {
      for await (const row of await resource.iter({ keyed: true, forceCast: true })) {
        rows++;
        if (row instanceof Error) {
          bad++;
          const details = (row.errors || []).map(e => e.message);
          report(`${file}:${row.rowNumber}: ${details.length ? details.join('; ') : row.message}`);
        }
      }
    } catch (e) {
      report(`${file}: ${e.message}`);
      continue;
    }
    const hasForeignKeys = (resource.descriptor.schema.foreignKeys || []).length > 0;
    if (bad === 0 && hasForeignKeys) {
      try {
        for await (const _ of await resource.iter({ keyed: true, relations: true })) { /* resolving is the check */ }
      } catch (e) {
        report(`${file}:${e.rowNumber ?? '?'}: ${e.message}`);
      }
    }
    console.log(`${bad === 0 ? 'ok ' : 'BAD'} ${resource.name}: ${rows} rows`);
  }
  console.log(problems === 0 ? 'frictionless: data package valid' : `frictionless: ${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
}

main().catch(err => { console.error(`frictionless: ${err.message}`); process.exit(1); });
