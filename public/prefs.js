// Stored preferences onto <html> before first paint; mirrors lib/preferences.ts (its test runs this file).
(function () {
  var root = document.documentElement;
  var stored = null;
  try {
    stored = JSON.parse(window.localStorage.getItem('triglot:prefs') || 'null');
  } catch (_error) {
    // blocked or malformed: the defaults
  }
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) stored = {};
  function set(name, value, allowed) {
    if (allowed.indexOf(value) > 0) root.setAttribute(name, value);
    else root.removeAttribute(name);
  }
  set('data-theme', stored.theme, ['system', 'light', 'dark']);
  set('data-text-size', stored.textSize, ['normal', 'small', 'large', 'larger']);
  set('data-leading', stored.leading, ['normal', 'compact', 'relaxed']);
  set('data-review-controls', stored.reviewControls, ['auto', 'on', 'off']);
  set('data-interleave', stored.interleave, ['segment', 'sentence']);
  var hidden = [];
  var list = Array.isArray(stored.hidden) ? stored.hidden : [];
  for (var i = 0; i < list.length; i++) {
    if (['en', 'zh', 'ru'].indexOf(list[i]) >= 0 && hidden.indexOf(list[i]) < 0) hidden.push(list[i]);
  }
  if (hidden.length > 0) root.setAttribute('data-learner', hidden.join(' '));
  else root.removeAttribute('data-learner');
})();
