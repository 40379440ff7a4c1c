// The arrangements page: filters, search, sort and view, kept in the URL's query so a filtered view can be cited.
// Without this script every row is shown in the server's order (newest first). No library, no network request.
(function () {
  'use strict';
  var form = document.getElementById('filters');
  if (!form) return;
  var table = document.querySelector('#arrangements tbody');
  var rows = Array.prototype.slice.call(table.querySelectorAll('tr'));
  var events = Array.prototype.slice.call(document.querySelectorAll('#timeline li[data-id]'));
  var years = Array.prototype.slice.call(document.querySelectorAll('#timeline > li'));
  var count = document.getElementById('count');
  var link = document.getElementById('view-link');
  var keys = ['q', 'type', 'country', 'status', 'from', 'to', 'qfp', 'sort', 'view'];

  function read() {
    var s = {};
    keys.forEach(function (k) {
      var el = form.elements[k];
      if (!el) return;
      if (el.type === 'checkbox') s[k] = el.checked ? el.value : '';
      else s[k] = (el.value || '').trim();
    });
    return s;
  }

  function write(params) {
    keys.forEach(function (k) {
      var el = form.elements[k], v = params.get(k) || '';
      if (!el) return;
      if (el.type === 'checkbox') el.checked = v === el.value;
      else if (el instanceof RadioNodeList || el.length && el[0] && el[0].type === 'radio') {
        Array.prototype.forEach.call(el, function (r) { r.checked = r.value === v; });
      } else el.value = v;
    });
  }

  function matches(el, s) {
    var d = el.dataset;
    if (s.type && d.type !== s.type) return false;
    if (s.country && d.countries.split(' ').indexOf(s.country) < 0) return false;
    if (s.status && d.status !== s.status) return false;
    if (s.qfp && d.qfp !== '1') return false;
    if (s.q && d.search.indexOf(s.q.toLowerCase()) < 0) return false;
    if (s.from || s.to) {
      var lo = s.from ? Number(s.from) : -Infinity, hi = s.to ? Number(s.to) : Infinity;
      var ys = d.years ? d.years.split(' ').map(Number) : [];
      if (!ys.some(function (y) { return y >= lo && y <= hi; })) return false;
    }
    return true;
  }

  // Code-unit order, as the site's build sorts (C# ordinal): newest first by latest date, then by id.
  function compare(sort) {
    function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
    if (sort === 'name') return function (a, b) { return cmp(a.dataset.name, b.dataset.name) || cmp(a.id, b.id); };
    if (sort === 'date-asc') return function (a, b) { return cmp(a.dataset.latest, b.dataset.latest) || cmp(a.id, b.id); };
    return function (a, b) { return cmp(b.dataset.latest, a.dataset.latest) || cmp(a.id, b.id); };
  }

  function query(s) {
    var p = new URLSearchParams();
    keys.forEach(function (k) { if (s[k]) p.set(k, s[k]); });
    var q = p.toString();
    return q ? '?' + q : '';
  }

  function apply(updateUrl) {
    var s = read(), shown = 0;
    rows.forEach(function (r) { var ok = matches(r, s); r.hidden = !ok; if (ok) shown++; });
    events.forEach(function (e) { e.hidden = !matches(e, s); });
    years.forEach(function (y) { y.hidden = !y.querySelector('li[data-id]:not([hidden])'); });
    rows.slice().sort(compare(s.sort)).forEach(function (r) { table.appendChild(r); });
    var timeline = s.view === 'timeline';
    document.getElementById('table-view').hidden = timeline;
    document.getElementById('timeline-view').hidden = !timeline;
    count.textContent = count.dataset.template.replace('{0}', shown).replace('{1}', rows.length);
    var q = query(s);
    link.href = 'arrangements.html' + q;
    if (updateUrl) {
      try { history.replaceState(null, '', 'arrangements.html' + q + location.hash); } catch (e) { /* file:// in some browsers */ }
    }
  }

  write(new URLSearchParams(location.search));
  apply(false);
  form.addEventListener('input', function () { apply(true); });
  form.addEventListener('change', function () { apply(true); });
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(true); });

  // Following a link to a row (from the timeline or another page) shows the table and, if the row is filtered out, every row.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var row = id && document.getElementById(id);
    if (!row || row.tagName !== 'TR') return;
    if (row.hidden) { write(new URLSearchParams('')); }
    if (row.hidden || read().view === 'timeline') {
      var v = form.elements.view; Array.prototype.forEach.call(v, function (r) { r.checked = r.value === ''; });
      apply(true);
    }
    row.scrollIntoView();
  }
  window.addEventListener('hashchange', reveal);
  reveal();
})();
