// The editor modeline of a data file, apart from canonical.ts so that the validator's rules can
// use it without loading the YAML library.

export const MODELINE = '# yaml-language-server: $schema=../schema/jurisdiction.schema.json';
/** Any modeline pointing at the jurisdiction schema, wherever the data folder sits. */
export const MODELINE_PATTERN = /^# yaml-language-server: \$schema=\S*jurisdiction\.schema\.json$/;
