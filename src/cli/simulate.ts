/** `npm run simulate -- [opties]`: the command line (cli.ts), with its output on stdout and stderr. */
import { run } from './cli';

const { code, stdout, stderr } = run(process.argv.slice(2));
// A full disk or a closed pipe is told in one Dutch line, not as a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') process.stderr.write(`Fout: de uitvoer kon niet worden geschreven (${error.code ?? error.message}); is de schijf vol?\n`);
	process.exitCode = 1;
});
process.stdout.write(stdout);
process.stderr.write(stderr);
// not process.exit: that could cut off a large output still being written to a pipe
process.exitCode = code;
