// SPDX-License-Identifier: GPL-3.0-or-later
// Compiles contracts/src with solc-js and @openzeppelin/contracts from this folder's
// node_modules. Writes one JSON file: {"DaoDeskToken": {abi, bytecode}, "DaoDeskGovernor": …}.
// Usage: node contracts/build.mjs <output.json>
import { readFileSync, writeFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const solc = require("solc");
const output = process.argv[2];
if (!output) {
  console.error("usage: node build.mjs <output.json>");
  process.exit(2);
}

const sources = {};
for (const file of readdirSync(join(here, "src")).filter((f) => f.endsWith(".sol")))
  sources[file] = { content: readFileSync(join(here, "src", file), "utf8") };

const input = {
  language: "Solidity",
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: "cancun",
    outputSelection: { "*": { "*": ["abi", "evm.bytecode.object"] } },
  },
};

function findImports(path) {
  try {
    return { contents: readFileSync(join(here, "node_modules", path), "utf8") };
  } catch {
    return { error: `not found: ${path}` };
  }
}

const result = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
const errors = (result.errors || []).filter((e) => e.severity === "error");
for (const e of result.errors || []) console.error(e.formattedMessage);
if (errors.length) process.exit(1);

const out = { compiler: solc.version() };
for (const [file, contracts] of Object.entries(result.contracts))
  if (sources[file])
    for (const [name, c] of Object.entries(contracts))
      out[name] = { abi: c.abi, bytecode: "0x" + c.evm.bytecode.object };
writeFileSync(output, JSON.stringify(out));
console.log(`compiled ${Object.keys(out).length - 1} contracts with solc ${solc.version()}`);
