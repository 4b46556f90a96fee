// The baseline for bench/ingest: the least a Node server can do for the same
// request (read the body, parse the same JSON, answer 202) with node:http
// alone. Plain JavaScript so it runs on bare node, without a TypeScript
// loader's memory. koe's throughput is reported as a ratio of this.
import { createServer } from 'node:http';

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: body.id, status: 'accepted' }));
    } catch {
      res.writeHead(400).end();
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`listening ${address.port}`);
});
