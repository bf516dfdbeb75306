/**
 * Registers a custom element unless its tag is taken: a page that loads the script twice (two intranet
 * modules, an old and a new copy) keeps the first registration and keeps working. A different class under
 * the same tag gets one warning, since that copy's elements will not be the ones on the page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag);
  if (existing === undefined) customElements.define(tag, element);
  else if (existing !== element)
    console.warn(
      `[passerelle] <${tag}> is already defined by another copy of @passerelle/widgets; this copy is not ` +
        'registered. Load the widgets script once per page.',
    );
}
