/**
 * The command's top level: parses arguments, sends a file to single mode and a folder to batch mode, and maps
 * outcomes to exit statuses (0 done, 2 usage or invalid profile, 1 unexpected error).
 */
import { extname } from 'node:path';
import { parseCliArgs, usageText } from './args';
import { assessFolder } from './batch';
import { FORMAT_NAMES, formatByName } from './formats';
import type { CliIo } from './io';
import { PROFILE_EXTENSIONS } from './load-profile';
import { assessFile } from './single';

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const usage = usageText(FORMAT_NAMES);
  const parsed = parseCliArgs(argv, FORMAT_NAMES);
  if (parsed.kind === 'help') {
    io.stdout(usage);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`${parsed.message}\n\n${usage}`);
    return 2;
  }
  const { options } = parsed;
  const writer = formatByName(options.format);
  if (writer === undefined) {
    io.stderr(`Unknown format "${options.format}".\n\n${usage}`);
    return 2;
  }
  try {
    const kind = await io.kindOf(options.input);
    if (kind === 'dir') return await assessFolder(options, writer, io);
    if (kind === 'missing') {
      io.stderr(`${options.input}: no such file or folder.\n\n${usage}`);
      return 2;
    }
    if (kind !== 'file' || !PROFILE_EXTENSIONS.includes(extname(options.input).toLowerCase())) {
      io.stderr(`${options.input}: expected a .json, .yaml or .yml profile, or a folder of them.\n\n${usage}`);
      return 2;
    }
    return await assessFile(options, writer, io);
  } catch (e) {
    io.stderr(`Unexpected error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return 1;
  }
}
