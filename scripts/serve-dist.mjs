/** Serve a built site folder on a free local port (for the measurement scripts). */
import { createServer } from 'node:http';
import sirv from 'sirv';

/** Returns { origin, close }. `gzip`: serve the .gz files next to the assets, as a web server would. */
export async function serveDist(dir, { gzip = false } = {}) {
  const serve = sirv(dir, { dev: false, gzip, brotli: false, extensions: ['html'] });
  const server = createServer((req, res) => serve(req, res, () => ((res.statusCode = 404), res.end())));
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
