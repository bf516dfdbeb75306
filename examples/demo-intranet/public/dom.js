// Small helpers to build the page's DOM without string HTML (text stays text, whatever a file holds).

/** An element with attributes (`on…` keys become listeners) and children (strings become text). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(
    ...children.flat(Infinity).filter((child) => child !== undefined && child !== null && child !== false),
  );
  return element;
}

/**
 * A Passerelle widget with its properties set (rich data goes in as properties, never as attributes). The element
 * upgrades whenever the widgets' bundle defines its tag.
 */
export function widget(tag, properties = {}, attributes = {}) {
  const element = h(tag, attributes);
  Object.assign(element, properties);
  return element;
}
