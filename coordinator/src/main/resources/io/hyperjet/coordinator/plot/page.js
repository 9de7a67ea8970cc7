// Shared by every page: charts, notes and tables, and the summary of what was drawn (#hyperjet-summary).
var HJ = (function () {
  var data = JSON.parse(document.getElementById('hyperjet-data').textContent);
  var main = document.getElementById('hj-main');
  var charts = [];
  function el(tag, cls, text, parent) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    (parent || main).appendChild(e);
    return e;
  }
  function heading(text, parent) { return el('h2', null, text, parent); }
  function note(text, parent) { return el('p', 'hj-note', text, parent); }
  // A chart in its own div; animation off so a page of 100,000 points is drawn once, at once.
  function chart(id, height, option, parent) {
    var div = el('div', 'hj-chart', null, parent);
    div.id = id;
    div.style.height = height + 'px';
    var c = echarts.init(div, null, { renderer: 'canvas' });
    option.animation = false;
    // Each series drawn whole in one frame: progressive (chunked) drawing keeps a headless browser's clock
    // waiting, and large mode already draws 100,000 points in one pass.
    (option.series || []).forEach(function (s) { s.progressive = 0; });
    c.setOption(option);
    charts.push({ id: id, chart: c });
    return c;
  }
  function table(columns, rows, parent) {
    var t = el('table', null, null, parent);
    var head = el('tr', null, null, el('thead', null, null, t));
    columns.forEach(function (c) { el('th', null, c, head); });
    var body = el('tbody', null, null, t);
    rows.forEach(function (r) {
      var tr = el('tr', null, null, body);
      r.forEach(function (v) {
        var td = el('td', typeof v === 'number' ? (v > 0 ? 'pos' : v < 0 ? 'neg' : null) : 't', fmt(v), tr);
      });
    });
    return t;
  }
  function fmt(v) {
    if (typeof v !== 'number') { return v === null || v === undefined ? '' : String(v); }
    return Math.abs(v) >= 1000 || Number.isInteger(v) ? v.toLocaleString('en-US', { maximumFractionDigits: 2 })
      : v.toPrecision(4);
  }
  function points(s) {
    return Array.isArray(s.data) ? s.data.length : 0;
  }
  // What each chart holds, read back from ECharts itself.
  function finish() {
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.chart.resize(); }); });
    var summary = { charts: charts.map(function (c) {
      var o = c.chart.getOption();
      return { id: c.id, series: (o.series || []).map(function (s) {
        return { name: s.name || '', type: s.type, points: points(s) };
      }) };
    }), tables: document.querySelectorAll('table').length, errors: window.HJ_ERRORS,
      scriptMs: Math.round(performance.now()) };
    var box = document.getElementById('hyperjet-summary');
    box.textContent = JSON.stringify(summary);
    box.setAttribute('data-done', 'true');
  }
  function time(ms) { return new Date(ms).toISOString().replace('T', ' ').substring(0, 16); }
  return { data: data, el: el, heading: heading, note: note, chart: chart, table: table, finish: finish,
    time: time, fmt: fmt };
})();
