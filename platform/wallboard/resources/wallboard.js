// The wallboard's script: builds the tiles from the numbers built into the page (so the board shows at once and
// outside tools can read it), then keeps them moving from the wallboard's WebSocket.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('wallboard-data').textContent);
  var S = data.strings;
  var SVG = 'http://www.w3.org/2000/svg';
  var OUTCOMES = ['success', 'declined_max', 'auth_failed', 'input_failed', 'technical_error', 'hangup'];
  var OUTCOME_COLORS = { success: '--green', declined_max: '--red', auth_failed: '--violet', input_failed: '--amber',
    technical_error: '--red', hangup: '--amber' };
  var COLORS = { entered: '--blue', successful: '--green', unsuccessful: '--red', hangUps: '--amber' };
  var tiles = {};
  var last = data.snapshot;
  var socketOpen = false;
  var lastMessage = Date.now();

  function text(key) { return S[key] || key; }
  function cssColor(name) { return getComputedStyle(document.documentElement).getPropertyValue(name).trim(); }
  function decimal(x) {
    return new Intl.NumberFormat(S.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(x);
  }
  function make(tag, cls, content) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (content !== undefined) { e.textContent = content; }
    return e;
  }

  function addTile(row, kpi, label, accent, unit) {
    var tile = make('div', 'tile');
    tile.dataset.kpi = kpi;
    tile.style.setProperty('--accent', 'var(' + accent + ')');
    var figure = make('div', 'figure');
    var value = make('span', 'value', '0');
    figure.appendChild(value);
    if (unit) { figure.appendChild(make('span', 'unit', unit)); }
    var sub = make('div', 'sub', '\u00a0');
    tile.appendChild(make('div', 'label', label));
    tile.appendChild(figure);
    tile.appendChild(sub);
    document.getElementById(row).appendChild(tile);
    tiles[kpi] = { tile: tile, value: value, sub: sub };
  }

  function outcomeOrder(byOutcome) {
    var names = OUTCOMES.slice();
    Object.keys(byOutcome || {}).forEach(function (n) { if (names.indexOf(n) < 0) { names.push(n); } });
    return names;
  }

  function build(snapshot) {
    addTile('primary', 'entered', text('entered'), '--blue');
    addTile('primary', 'successful', text('successful'), '--green');
    addTile('primary', 'successRate', text('successRate'), '--green', '%');
    addTile('primary', 'inProgress', text('inProgress'), '--violet');
    addTile('primary', 'unsuccessful', text('unsuccessful'), '--red');
    addTile('secondary', 'attempted', text('attempted'), '--blue');
    addTile('secondary', 'declines', text('declines'), '--red');
    addTile('secondary', 'hangUps', text('hangUps'), '--amber');
    addTile('secondary', 'byOutcome.technical_error.sessions', text('technicalErrors'), '--red');
    outcomeOrder(snapshot.totals.byOutcome).forEach(function (name) {
      addTile('durations', 'byOutcome.' + name + '.averageDurationMs', text('outcome.' + name),
        OUTCOME_COLORS[name] || '--muted', 's');
    });
    document.getElementById('chart-title').textContent = text('chartTitle');
    var legend = document.getElementById('legend');
    Object.keys(COLORS).forEach(function (k) {
      var li = make('li', '', text(k));
      li.style.setProperty('--swatch', 'var(' + COLORS[k] + ')');
      legend.appendChild(li);
    });
  }

  function setNumber(kpi, shown, exact, sub) {
    var t = tiles[kpi];
    if (!t) { return; }
    t.value.textContent = shown;
    t.value.dataset.value = String(exact);
    t.sub.textContent = sub || '\u00a0';
  }

  function setLevel(kpi, level) {
    var t = tiles[kpi];
    if (!t) { return; }
    t.tile.classList.toggle('level-amber', level === 'amber');
    t.tile.classList.toggle('level-red', level === 'red');
    t.tile.dataset.level = level || 'normal';
  }

  function share(n, of) {
    return of > 0 ? decimal(100 * n / of) + ' % ' + text('ofEntered') : '';
  }

  function apply(snapshot) {
    var c = snapshot.totals;
    setNumber('entered', String(c.entered), c.entered, text('today'));
    setNumber('successful', String(c.successful), c.successful, share(c.successful, c.entered));
    var rate = snapshot.successRate;
    setNumber('successRate', rate === null ? '—' : decimal(rate), rate === null ? '' : rate, text('today'));
    setNumber('inProgress', String(snapshot.inProgress), snapshot.inProgress, text('callsNow'));
    setNumber('unsuccessful', String(c.unsuccessful), c.unsuccessful, share(c.unsuccessful, c.entered));
    setNumber('attempted', String(c.attempted), c.attempted, text('gatewaySubmissions'));
    setNumber('declines', String(c.declines), c.declines,
      c.attempted > 0 ? decimal(100 * c.declines / c.attempted) + ' % ' + text('ofAttempted') : '');
    setNumber('hangUps', String(c.hangUps), c.hangUps, decimal(snapshot.hangUpsPerMinute) + ' ' + text('perMinute'));
    var tech = (c.byOutcome.technical_error || { sessions: 0 }).sessions;
    setNumber('byOutcome.technical_error.sessions', String(tech), tech,
      decimal(snapshot.technicalErrorsPerMinute) + ' ' + text('perMinute'));
    outcomeOrder(c.byOutcome).forEach(function (name) {
      var o = c.byOutcome[name] || { sessions: 0, averageDurationMs: 0 };
      setNumber('byOutcome.' + name + '.averageDurationMs', o.sessions > 0 ? decimal(o.averageDurationMs / 1000) : '—',
        o.averageDurationMs, text('avgDuration') + ' · ' + o.sessions + ' ' + text('sessions'));
    });
    setLevel('successRate', snapshot.levels.successRate);
    setLevel('hangUps', snapshot.levels.hangUps);
    setLevel('byOutcome.technical_error.sessions', snapshot.levels.technicalErrors);
    showStatus(snapshot);
    drawChart(snapshot.minutes);
    var at = new Date(snapshot.generatedAt);
    document.getElementById('footer').textContent = text('updated') + ' ' + at.toLocaleTimeString(S.lang, { hour12: false }) +
      ' · ' + text('readOnly');
  }

  function showStatus(snapshot) {
    var status = snapshot.store;
    if (!socketOpen && document.body.dataset.started === 'yes') { status = 'reconnecting'; }
    document.body.dataset.status = status;
    document.getElementById('status').textContent = text(status);
  }

  function niceMax(v) {
    if (v <= 5) { return 5; }
    var p = Math.pow(10, Math.floor(Math.log10(v)));
    var steps = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];
    for (var i = 0; i < steps.length; ++i) { if (steps[i] * p >= v) { return steps[i] * p; } }
    return 10 * p;
  }

  function svg(tag, attrs, parent) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function drawChart(minutes) {
    var box = document.getElementById('chart');
    var w = box.clientWidth, h = box.clientHeight;
    if (!w || !h || !minutes || !minutes.length) { return; }
    var rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    var left = 4.2 * rem, right = 1 * rem, top = 0.8 * rem, bottom = 2.4 * rem;
    var top0 = 0;
    minutes.forEach(function (m) { top0 = Math.max(top0, m.entered); });
    var ymax = niceMax(top0 * 1.1);
    var n = minutes.length;
    var x = function (i) { return left + (w - left - right) * (n > 1 ? i / (n - 1) : 0); };
    var y = function (v) { return top + (h - top - bottom) * (1 - v / ymax); };
    var root = svg('svg', { viewBox: '0 0 ' + w + ' ' + h, role: 'img', 'aria-label': text('chartTitle') });
    var defs = svg('defs', {}, root);
    var grad = svg('linearGradient', { id: 'fill', x1: 0, y1: 0, x2: 0, y2: 1 }, defs);
    svg('stop', { offset: '0', 'stop-color': cssColor('--blue'), 'stop-opacity': '0.35' }, grad);
    svg('stop', { offset: '1', 'stop-color': cssColor('--blue'), 'stop-opacity': '0' }, grad);
    for (var g = 0; g <= 4; ++g) {
      var gv = ymax * g / 4;
      svg('line', { x1: left, x2: w - right, y1: y(gv), y2: y(gv), class: 'gridline', 'stroke-width': 0.08 * rem }, root);
      var label = svg('text', { x: left - 0.7 * rem, y: y(gv) + 0.45 * rem, 'text-anchor': 'end', class: 'axis', 'font-size': 1.2 * rem }, root);
      label.textContent = String(Math.round(gv));
    }
    minutes.forEach(function (m, i) {
      var d = new Date(m.t);
      if (d.getMinutes() % 10 !== 0) { return; }
      var tl = svg('text', { x: x(i), y: h - 0.5 * rem, 'text-anchor': 'middle', class: 'axis', 'font-size': 1.2 * rem }, root);
      tl.textContent = d.toLocaleTimeString(S.lang, { hour: '2-digit', minute: '2-digit', hour12: false });
      svg('line', { x1: x(i), x2: x(i), y1: top, y2: h - bottom, class: 'gridline', 'stroke-width': 0.05 * rem }, root);
    });
    var area = 'M' + x(0) + ',' + y(0);
    minutes.forEach(function (m, i) { area += ' L' + x(i) + ',' + y(m.entered); });
    area += ' L' + x(n - 1) + ',' + y(0) + ' Z';
    svg('path', { d: area, fill: 'url(#fill)' }, root);
    Object.keys(COLORS).forEach(function (k) {
      var d = '';
      minutes.forEach(function (m, i) { d += (i ? ' L' : 'M') + x(i) + ',' + y(m[k]); });
      svg('path', { d: d, fill: 'none', stroke: cssColor(COLORS[k]), 'stroke-width': (k === 'entered' ? 0.3 : 0.22) * rem,
        'stroke-linejoin': 'round', 'stroke-linecap': 'round', 'data-series': k }, root);
    });
    box.replaceChildren(root);
  }

  var ticks = 0;
  function tick() {
    // Tell the server this screen is still there, so that one switched off without a word is let go.
    if (socketOpen && ++ticks % 10 === 0) { socket.send('alive'); }
    document.getElementById('clock').textContent = new Date().toLocaleTimeString(S.lang, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
    // The server speaks every second: a silent socket is a lost one.
    if (socketOpen && Date.now() - lastMessage > 5000) { socketOpen = false; showStatus(last); if (socket) { socket.close(); } }
  }

  var socket = null;
  var retryMs = 1000;
  function connect() {
    var token = new URLSearchParams(location.search).get('token') || '';
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws?token=' + encodeURIComponent(token);
    socket = new WebSocket(url);
    socket.onopen = function () { socketOpen = true; retryMs = 1000; lastMessage = Date.now(); };
    socket.onmessage = function (e) {
      lastMessage = Date.now();
      socketOpen = true;
      last = JSON.parse(e.data);
      apply(last);
    };
    socket.onclose = function () {
      socketOpen = false;
      showStatus(last);
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 10000);
    };
  }

  build(last);
  apply(last);
  document.body.dataset.started = 'yes';
  window.addEventListener('resize', function () { drawChart(last.minutes); });
  tick();
  setInterval(tick, 1000);
  connect();
})();
