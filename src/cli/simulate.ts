/** `npm run simulate -- [opties]`: the command line (cli.ts), with its output on stdout and stderr. */
import { run } from './cli';

const { code, stdout, stderr } = run(process.argv.slice(2));
process.stdout.write(stdout);
process.stderr.write(stderr);
// not process.exit: that could cut off a large output still being written to a pipe
process.exitCode = code;
