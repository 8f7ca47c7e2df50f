import { usageError } from '../exit-codes.js';
import type { CommonOptions, Context } from '../context.js';
import { COMMANDS } from '../surface.js';

const COMMON = ['--data', '--format', '--no-color', '--help'];
const optionsOf = (name: string) => {
  const spec = COMMANDS.find((c) => c.name === name)!;
  return [...COMMON, ...(spec.formats.includes('json') && spec.formats.length > 1 ? ['--json'] : []), ...(spec.options ?? []).map((o) => o.flags.split(/[ ,]/)[0]!)];
};

/** A completion script built from the command table and the data set: commands, options, ids, offence keys. */
export default function completion(args: unknown[], _options: CommonOptions, context: Context): number {
  const shell = String(args[0]);
  const names = COMMANDS.map((c) => c.name);
  const ids = context.dataset().ids();
  const offences = Object.keys(context.dataset().registry('offences').value ?? {});
  const treaties = Object.keys(context.dataset().registry('treaties').value ?? {});
  const standards = Object.keys(context.dataset().registry('standards').value ?? {});
  const values = { ids: ids.join(' '), offences: offences.join(' '), treaties: treaties.join(' '), standards: standards.join(' ') };
  if (shell === 'bash') {
    const cases = names.map((n) => `    ${n}) opts="${optionsOf(n).join(' ')}" ;;`).join('\n');
    context.write(`# jurisdiff completion for bash: add to ~/.bashrc:  source <(jurisdiff completion bash)
_jurisdiff() {
  local cur prev opts
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  if [ "$COMP_CWORD" -eq 1 ]; then
    COMPREPLY=( $(compgen -W "${names.join(' ')} --help --version" -- "$cur") )
    return
  fi
  case "$prev" in
    --offence) COMPREPLY=( $(compgen -W "${values.offences}" -- "$cur") ); return ;;
    --standard) COMPREPLY=( $(compgen -W "${values.standards}" -- "$cur") ); return ;;
    --data|--out) COMPREPLY=( $(compgen -f -- "$cur") ); return ;;
    --format) COMPREPLY=( $(compgen -W "table json csv markdown text github html" -- "$cur") ); return ;;
  esac
  case "\${COMP_WORDS[1]}" in
${cases}
  esac
  if [[ "$cur" == -* ]]; then
    COMPREPLY=( $(compgen -W "$opts" -- "$cur") )
  else
    COMPREPLY=( $(compgen -W "${values.ids} ${values.treaties}" -- "$cur") )
  fi
}
complete -F _jurisdiff jurisdiff
`);
  } else if (shell === 'zsh') {
    context.write(`#compdef jurisdiff
# jurisdiff completion for zsh: save as _jurisdiff in a folder of $fpath (or: source <(jurisdiff completion zsh))
_jurisdiff() {
  local -a commands
  commands=(${COMMANDS.map((c) => `'${c.name}:${c.description.replace(/'/g, '')}'`).join(' ')})
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case "\${words[CURRENT-1]}" in
    --offence) _values -s , offence ${values.offences}; return ;;
    --standard) _values -s , standard ${values.standards}; return ;;
    --data|--out) _files; return ;;
  esac
  case "\${words[2]}" in
${names.map((n) => `    ${n}) _arguments '*:jurisdiction:(${values.ids} ${values.treaties})' ${optionsOf(n).map((o) => `'${o}'`).join(' ')} ;;`).join('\n')}
  esac
}
compdef _jurisdiff jurisdiff
`);
  } else if (shell === 'fish') {
    const lines = [
      '# jurisdiff completion for fish: jurisdiff completion fish > ~/.config/fish/completions/jurisdiff.fish',
      'complete -c jurisdiff -f',
      ...COMMANDS.map((c) => `complete -c jurisdiff -n '__fish_use_subcommand' -a ${c.name} -d '${c.description.replace(/'/g, '')}'`),
      ...names.flatMap((n) => optionsOf(n).map((o) => `complete -c jurisdiff -n '__fish_seen_subcommand_from ${n}' -l ${o.replace(/^--/, '')}`)),
      `complete -c jurisdiff -n '__fish_seen_subcommand_from ${names.join(' ')}' -a '${values.ids} ${values.treaties}'`,
      `complete -c jurisdiff -l offence -x -a '${values.offences}'`,
      `complete -c jurisdiff -l standard -x -a '${values.standards}'`,
    ];
    context.write(`${lines.join('\n')}\n`);
  } else {
    throw usageError(`completion is for bash, zsh or fish, not '${shell.replace(/[^\w-]/g, '?')}'`);
  }
  return 0;
}
