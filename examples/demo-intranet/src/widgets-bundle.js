// @ts-check
// Where the widgets' built files are: the page loads their one-script-tag bundle from there, under /vendor/.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundle's file name, as the widgets package builds it. */
export const WIDGETS_BUNDLE = 'passerelle-widgets.js';

/**
 * The folder holding the built widgets bundle, or undefined when the widgets are not built (the page then shows its
 * sections without them).
 */
export function widgetsBundleDir() {
  try {
    const entry = fileURLToPath(import.meta.resolve(`@passerelle/widgets/${WIDGETS_BUNDLE}`));
    const dir = dirname(entry);
    return existsSync(`${dir}/${WIDGETS_BUNDLE}`) ? dir : undefined;
  } catch {
    return undefined;
  }
}
