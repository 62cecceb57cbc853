import { validateFiles } from './validateFiles';

/**
 * `npm run validate -- FILE...`: checks graph files the way the app loads them, printing one
 * summary line per good file or every problem; exits 1 if any file has an error.
 */
process.exit(
  validateFiles(process.argv.slice(2), {
    log: (line) => console.log(line),
    error: (line) => console.error(line),
  }),
);
