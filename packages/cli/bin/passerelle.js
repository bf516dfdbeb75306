#!/usr/bin/env node
// The `passerelle` command: runs the built command line. This launcher is committed (the build output is not) so
// that npm links the command at install time, before the first build.
try {
  await import('../dist/passerelle.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('passerelle.js')) throw error;
  process.stderr.write(
    'passerelle: the command line is not built yet. Run `npm run build` first. / La ligne de commande n’est pas encore construite : lancez d’abord `npm run build`.\n',
  );
  process.exitCode = 2;
}
