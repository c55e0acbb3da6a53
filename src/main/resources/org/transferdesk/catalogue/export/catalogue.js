/* The catalogue's search, filters and language switch (TransferDesk, issue 25). No words here: every text
   comes from the page, which carries both languages. Runs from file:// and from any static host. */
(function () {
  'use strict';
  var root = document.documentElement;
  var KEY = 'transferdeskCatalogueLang';

  function fromUrl() {
    var m = /[?&]lang=(en|zh)\b/.exec(window.location.search);
    return m ? m[1] : null;
  }

  function stored() {
    try {
      return window.localStorage.getItem(KEY);
    } catch (e) {
      return null;
    }
  }

  function store(value) {
    try {
      window.localStorage.setItem(KEY, value);
    } catch (e) {
      /* private mode or file:// without storage: the links still carry the language */
    }
  }

  var lang = fromUrl() || stored() || 'zh';
  var dataBlock = document.getElementById('catalogue-data');
  var data = dataBlock ? JSON.parse(dataBlock.textContent) : null;
  var cards = Array.prototype.slice.call(document.querySelectorAll('#results > li.card'));
  var search = document.getElementById('q');
  var filters = Array.prototype.slice.call(document.querySelectorAll('[data-filter]'));

  function each(selector, fn) {
    Array.prototype.forEach.call(document.querySelectorAll(selector), fn);
  }

  function applyFilters() {
    if (!data) {
      return;
    }
    var terms = search.value.toLowerCase().split(/[\s\u3000]+/).filter(Boolean);
    var chosen = {};
    filters.forEach(function (select) {
      chosen[select.getAttribute('data-filter')] = select.value;
    });
    var shown = 0;
    data.entries.forEach(function (entry, i) {
      var match = terms.every(function (t) { return entry.text.indexOf(t) >= 0; })
        && (!chosen.field || entry.field === chosen.field)
        && (!chosen.stage || entry.stage === chosen.stage)
        && (!chosen.ip || entry.ip.indexOf(chosen.ip) >= 0)
        && (!chosen.mode || entry.mode.indexOf(chosen.mode) >= 0);
      cards[i].hidden = !match;
      if (match) {
        shown++;
      }
    });
    document.getElementById('count').textContent = data.words[lang].count.replace('{0}', String(shown));
    document.getElementById('none').hidden = shown > 0;
  }

  function applyLanguage() {
    root.classList.toggle('en', lang === 'en');
    root.setAttribute('lang', lang === 'en' ? 'en' : 'zh-CN');
    each('[data-text-zh]', function (el) { el.textContent = el.getAttribute('data-text-' + lang); });
    each('[data-placeholder-zh]', function (el) {
      el.setAttribute('placeholder', el.getAttribute('data-placeholder-' + lang));
    });
    each('a[data-internal]', function (a) {
      var href = a.getAttribute('href').replace(/\?lang=(en|zh)$/, '');
      a.setAttribute('href', lang === 'en' ? href + '?lang=en' : href);
    });
    var heading = document.querySelector('h1 .' + lang) || document.querySelector('h1');
    if (heading) {
      document.title = heading.textContent;
    }
    applyFilters();
  }

  document.getElementById('lang-switch').addEventListener('click', function () {
    lang = lang === 'en' ? 'zh' : 'en';
    store(lang);
    applyLanguage();
  });
  if (search) {
    search.addEventListener('input', applyFilters);
    filters.forEach(function (select) { select.addEventListener('change', applyFilters); });
  }
  applyLanguage();
}());
