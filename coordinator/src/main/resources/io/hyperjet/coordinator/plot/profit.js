// plot-profit: what ProfitPlot.java put in HJ.data.
(function () {
  var d = HJ.data;
  HJ.note(d.strategy + ' from ' + d.file + ': ' + d.trades + ' trades (each line starts at 0 at the start of the backtest), ' + d.timeframe + ' candles of ' + d.marketPairs + ' pairs for the market average.');
  HJ.note('Lines of more than 4,000 points are thinned with largest-triangle-three-buckets (LTTB), which keeps peaks and troughs.');
  var zoom = [{ type: 'inside' }, { type: 'slider' }];
  var base = function (name) {
    return { tooltip: { trigger: 'axis' }, legend: { type: 'scroll', top: 0 }, grid: { left: 80, right: 30, top: 40 },
      xAxis: { type: 'time', min: d.fromMs, max: d.toMs }, yAxis: { type: 'value', name: name, scale: true }, dataZoom: zoom };
  };
  HJ.heading('Market average');
  HJ.note('Mean over the pairs of each close against the pair\'s first close in the backtest window, in percent (Freqtrade draws the mean close; a percentage lets pairs of different prices share one line).');
  var m = base('%');
  m.series = [{ name: 'market average', type: 'line', showSymbol: false, data: d.market }];
  var c1 = HJ.chart('market', 280, m);

  HJ.heading('Cumulative profit');
  var dd = d.maxDrawdown;
  HJ.note('Sum of the trades\' profit (' + d.stakeCurrency + ') by close date.' + (dd ? ' Shaded: the largest drawdown, ' + HJ.fmt(dd.abs) + ' ' + d.stakeCurrency + ' from ' + HJ.time(dd.fromMs) + ' to ' + HJ.time(dd.toMs) + '.' : ''));
  var p = base(d.stakeCurrency);
  p.series = [{ name: 'cumulative profit', type: 'line', step: 'end', showSymbol: false, data: d.cumulative,
    markArea: dd ? { itemStyle: { color: 'rgba(198,40,40,0.15)' }, data: [[{ xAxis: dd.fromMs }, { xAxis: dd.toMs }]] } : undefined }];
  var c2 = HJ.chart('profit', 320, p);

  HJ.heading('Drawdown');
  HJ.note('How far the cumulative profit is below its running peak, after each trade.');
  var u = base(d.stakeCurrency);
  u.series = [{ name: 'drawdown', type: 'line', step: 'end', showSymbol: false, areaStyle: { color: 'rgba(198,40,40,0.3)' },
    lineStyle: { color: '#c62828' }, data: d.drawdown }];
  var c3 = HJ.chart('drawdown', 220, u);

  HJ.heading('Profit per pair');
  HJ.note('Cumulative profit of each pair\'s trades.');
  var q = base(d.stakeCurrency);
  q.series = d.pairs.map(function (s) { return { name: s.name, type: 'line', step: 'end', showSymbol: false, data: s.points }; });
  var c4 = HJ.chart('pairs', 360, q);
  [c1, c2, c3, c4].forEach(function (c) { c.group = 'profit'; });
  echarts.connect('profit');
  HJ.finish();
})();
