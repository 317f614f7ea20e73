/** One Dockerfile instruction: its keyword (upper case) and its arguments, continuations joined. */
export interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

/** One build stage: its FROM line's image and name, and its instructions after FROM. */
export interface Stage {
  readonly image: string;
  readonly name: string | undefined;
  readonly instructions: readonly Instruction[];
}

/** The parsed file: ARG defaults before the first FROM, and the stages in order. */
export interface ParsedDockerfile {
  readonly args: Readonly<Record<string, string>>;
  readonly stages: readonly Stage[];
}

/**
 * Enough of Dockerfile syntax for checking invariants: comments and blank lines dropped, lines
 * ending in `\` joined, `${ARG}` in FROM resolved from the global ARG defaults.
 */
export function parseDockerfile(text: string): ParsedDockerfile {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('#') || (line === '' && pending === '')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push(`${pending}${line}`.trim());
    pending = '';
  }
  const args: Record<string, string> = {};
  const stages: { image: string; name: string | undefined; instructions: Instruction[] }[] = [];
  for (const line of logical.filter(Boolean)) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    if (instruction.keyword === 'FROM') {
      const [image = '', as, name] = rest;
      const resolved = image.replace(/\$\{(\w+)\}/g, (_whole, arg: string) => args[arg] ?? '');
      stages.push({ image: resolved, name: as?.toUpperCase() === 'AS' ? name : undefined, instructions: [] });
    } else if (stages.length === 0 && instruction.keyword === 'ARG') {
      const [name = '', value = ''] = instruction.args.split('=');
      args[name] = value;
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return { args, stages };
}

/** The arguments of every instruction of `keyword` in a stage. */
export function argsOf(stage: Stage, keyword: string): string[] {
  return stage.instructions.filter((each) => each.keyword === keyword).map((each) => each.args);
}
