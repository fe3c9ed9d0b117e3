import { main } from './main.js';

// A reader that stops early (e.g. `sos-kit export --format case | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// Undocumented, for the memory tests and benchmarks: report the peak resident set size on exit.
if (process.env.SOS_KIT_REPORT_PEAK_RSS === '1') {
  process.on('exit', () => process.stderr.write(`sos-kit: peak RSS ${process.resourceUsage().maxRSS} KB\n`));
}

// Setting exitCode (rather than calling exit) lets large outputs finish flushing.
process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: (text) => process.stderr.write(text),
});
