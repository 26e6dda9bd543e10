/*
 * Triglot: applies the personal preferences stored in this browser (lib/preferences.ts) to <html>
 * before the first paint, so a dark theme or a larger text never flashes in after the page. A
 * blocking script in <head>, from this server (script-src 'self' on the cached reader, the page's
 * nonce elsewhere). It must give what preferenceAttributes(parsePreferences(stored)) gives:
 * lib/preferences.test.ts runs this file against it.
 */
(function () {
  var root = document.documentElement;
  var stored = null;
  try {
    stored = JSON.parse(window.localStorage.getItem('triglot:prefs') || 'null');
  } catch (_error) {
    // Storage blocked or text malformed: the defaults, which need no attribute.
  }
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) stored = {};
  // The first value of each list is the default: no attribute.
  function set(name, value, allowed) {
    if (allowed.indexOf(value) > 0) root.setAttribute(name, value);
    else root.removeAttribute(name);
  }
  set('data-theme', stored.theme, ['system', 'light', 'dark']);
  set('data-text-size', stored.textSize, ['normal', 'small', 'large', 'larger']);
  set('data-leading', stored.leading, ['normal', 'compact', 'relaxed']);
  set('data-review-controls', stored.reviewControls, ['auto', 'on', 'off']);
  var hidden = [];
  var list = Array.isArray(stored.hidden) ? stored.hidden : [];
  for (var i = 0; i < list.length; i++) {
    if (['en', 'zh', 'ru'].indexOf(list[i]) >= 0 && hidden.indexOf(list[i]) < 0) hidden.push(list[i]);
  }
  if (hidden.length > 0) root.setAttribute('data-learner', hidden.join(' '));
  else root.removeAttribute('data-learner');
})();
