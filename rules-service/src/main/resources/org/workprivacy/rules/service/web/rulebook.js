// The rulebook page and its static export: the language switch and the search. Plain JavaScript, no library.
(function () {
  'use strict';
  var root = document.documentElement;

  function setLanguage(lang) {
    root.className = lang;
    root.lang = lang;
    document.querySelectorAll('.languages button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    });
    try { localStorage.setItem('workprivacy-lang', lang); } catch (e) { /* file:// may refuse storage */ }
    document.dispatchEvent(new CustomEvent('workprivacy:language', { detail: lang }));
  }

  function search(input) {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    document.querySelectorAll('article.rule').forEach(function (rule) {
      var text = rule.dataset.search;
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      rule.hidden = !match;
      if (match) { shown++; }
    });
    var count = document.getElementById('rule-count');
    if (count) {
      count.innerHTML = words.length ? shown + ' <span class="t-en" lang="en">rules shown</span>'
        + '<span class="t-nl" lang="nl">regels getoond</span>' : '';
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var stored = null;
    try { stored = localStorage.getItem('workprivacy-lang'); } catch (e) { /* ignored */ }
    document.querySelectorAll('.languages button').forEach(function (b) {
      b.addEventListener('click', function () { setLanguage(b.dataset.lang); });
    });
    setLanguage(stored === 'nl' ? 'nl' : 'en');
    var input = document.getElementById('rule-search');
    if (input) {
      input.addEventListener('input', function () { search(input); });
    }
  });
}());
