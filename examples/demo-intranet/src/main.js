#!/usr/bin/env node
// @ts-check
// `npm start`: the demo intranet on localhost, on the built-in synthetic data. PORT chooses the port (0: any free
// one); the address to open is printed once the server listens.
import { DemoData } from './demo-data.js';
import { createDemoServer } from './server.js';
import { widgetsBundleDir } from './widgets-bundle.js';
import { parsePort } from './port.js';

function main() {
  let port;
  try {
    port = parsePort(process.env.PORT);
  } catch (error) {
    process.stderr.write(`${/** @type {Error} */ (error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const data = new DemoData();
  const server = createDemoServer(data);
  server.on('error', (error) => {
    const busy = /** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE';
    process.stderr.write(
      busy
        ? `Le port ${port} est déjà pris : relancez avec PORT=<autre port> npm start. / Port ${port} is in use: run PORT=<another port> npm start.\n`
        : `${error.message}\n`,
    );
    process.exitCode = 2;
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    const url = `http://localhost:${actual}/`;
    process.stdout.write(
      `Passerelle — intranet de démonstration de ${data.mire.name} (données synthétiques, graine ${data.seed})\n` +
        `Ouvrez / open ${url}\n`,
    );
    if (widgetsBundleDir() === undefined) {
      process.stdout.write(
        'Les widgets ne sont pas construits : lancez npm start à la racine. / The widgets are not built: run npm start at the root.\n',
      );
    }
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
