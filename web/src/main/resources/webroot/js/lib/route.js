/**
 * Screens live in the URL hash ("#/inventory?status=in%20stock&piece=R-10234") so that any state can be
 * bookmarked, shared between registers and restored by the back button, while the appliance serves
 * only static files at "/".
 */
export function currentRoute() {
  const raw = location.hash.replace(/^#/, '');
  const [path, query = ''] = raw.split('?');
  return { path: path || '/', params: new URLSearchParams(query) };
}

export function href(path, params) {
  const query = params.toString();
  return `#${path}${query ? `?${query.replace(/\+/g, '%20')}` : ''}`;
}

/**
 * Moves to {@code path} with {@code params}. {@code push} makes a history entry (opening a piece, so Back
 * closes it); otherwise the current entry is replaced (each keystroke of a search is not a page).
 */
export function navigate(path, params, { push = false } = {}) {
  const target = href(path, params);
  if (target === location.hash) return;
  if (push) history.pushState(null, '', target);
  else history.replaceState(null, '', target);
  window.dispatchEvent(new Event('routechange'));
}
