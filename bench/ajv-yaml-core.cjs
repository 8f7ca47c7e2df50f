// ajv-cli reads .yaml with js-yaml 3's default schema, which turns an unquoted date such as
// 2026-11-28 into a Date object, so every data file would fail `"type": "string"`. YAML 1.2 (the
// core schema, which jurisdiff uses) reads it as text. This ajv-cli plug-in (-c) switches the
// js-yaml instance that ajv-cli uses to its core schema before any data file is read.
const { dirname } = require('node:path');

const util = require.resolve('ajv-cli/dist/commands/util.js');
const yaml = require(require.resolve('js-yaml', { paths: [dirname(util)] }));
const safeLoad = yaml.safeLoad;
yaml.safeLoad = (text, options) => safeLoad(text, { ...options, schema: yaml.CORE_SCHEMA });

module.exports = () => {};
