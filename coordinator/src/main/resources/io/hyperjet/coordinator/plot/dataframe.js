// plot-dataframe: what DataframePlot.java put in HJ.data (one pair).
(function () {
  var d = HJ.data;
  var n = d.candles.toLocaleString('en-US');
  HJ.note(d.strategy + ', ' + d.pair + ', ' + d.timeframe + ': ' + n + ' candles; ' + d.tradeSource + ' (' + d.trades.length + ' on this pair).');
  if (d.perBar > 1) {
    HJ.note('Downsampled to draw fast: each bar merges ' + d.perBar + ' consecutive candles (open of the first, highest high, lowest low, close of the last, summed volume), so no price extreme is lost; indicator lines are thinned with largest-triangle-three-buckets (LTTB) to at most ' + d.linePoints + ' points; signals are marked once per bar, at the close of the bar\'s first signal candle. Zooming shows the same bars.');
  }
  var counts = Object.keys(d.signals).filter(function (k) { return d.signals[k].count > 0; })
    .map(function (k) { return k + ' ' + d.signals[k].count; });
  HJ.note('Signals: ' + (counts.length ? counts.join(', ') : 'none') + '. Trades: entry triangles, exits as circles, green with profit, red with a loss (a dotted line joins entry and exit).');
  var sub = d.indicators2.length > 0;
  var grids = [{ left: 70, right: 30, top: 40, height: sub ? '52%' : '64%' },
    { left: 70, right: 30, top: sub ? '62%' : '74%', height: '12%' }];
  if (sub) { grids.push({ left: 70, right: 30, top: '78%', height: '15%' }); }
  var xAxes = grids.map(function (g, i) { return { type: 'time', gridIndex: i, scale: true, axisLabel: { show: i === grids.length - 1 } }; });
  var yAxes = [{ scale: true, gridIndex: 0 }, { scale: true, gridIndex: 1, name: 'volume', splitNumber: 2 }];
  if (sub) { yAxes.push({ scale: true, gridIndex: 2, splitNumber: 3 }); }
  var series = [
    { name: 'candles', type: 'candlestick', xAxisIndex: 0, yAxisIndex: 0, data: d.bars, large: true, largeThreshold: 600,
      itemStyle: { color: '#26a69a', color0: '#ef5350', borderColor: '#26a69a', borderColor0: '#ef5350' } },
    { name: 'volume', type: 'bar', xAxisIndex: 1, yAxisIndex: 1, data: d.volume, large: true, itemStyle: { color: '#90a4ae' } }
  ];
  d.indicators1.forEach(function (l) {
    series.push({ name: l.name, type: 'line', xAxisIndex: 0, yAxisIndex: 0, showSymbol: false, lineStyle: { width: 1 }, data: l.points });
  });
  d.indicators2.forEach(function (l) {
    series.push({ name: l.name, type: 'line', xAxisIndex: 2, yAxisIndex: 2, showSymbol: false, lineStyle: { width: 1 }, data: l.points });
  });
  var marks = { enter_long: ['triangle', '#00c853', 0], exit_long: ['triangle', '#d50000', 180],
    enter_short: ['diamond', '#ff6d00', 0], exit_short: ['diamond', '#2962ff', 0] };
  Object.keys(marks).forEach(function (k) {
    if (d.signals[k].count > 0) {
      series.push({ name: k + ' signal', type: 'scatter', xAxisIndex: 0, yAxisIndex: 0, symbol: marks[k][0], symbolRotate: marks[k][2],
        symbolSize: 7, itemStyle: { color: marks[k][1], opacity: 0.6 }, data: d.signals[k].points });
    }
  });
  if (d.trades.length > 0) {
    var colour = function (t) { return t[4] > 0 ? '#1b5e20' : '#b71c1c'; };
    series.push({ name: 'trade entries', type: 'scatter', xAxisIndex: 0, yAxisIndex: 0, symbol: 'triangle', symbolSize: 11,
      data: d.trades.map(function (t) { return { value: [t[0], t[1]], itemStyle: { color: colour(t), borderColor: '#000' } }; }) });
    series.push({ name: 'trade exits', type: 'scatter', xAxisIndex: 0, yAxisIndex: 0, symbol: 'circle', symbolSize: 9,
      data: d.trades.map(function (t) { return { value: [t[2], t[3]], itemStyle: { color: colour(t), borderColor: '#000' },
        name: t[5] + ' ' + (100 * t[4]).toFixed(2) + '%' }; }) });
    series.push({ name: 'trade lines', type: 'lines', coordinateSystem: 'cartesian2d', xAxisIndex: 0, yAxisIndex: 0,
      lineStyle: { type: 'dotted', width: 1, opacity: 0.8 },
      data: d.trades.map(function (t) { return { coords: [[t[0], t[1]], [t[2], t[3]]], lineStyle: { color: colour(t) } }; }) });
  }
  var axes = grids.map(function (g, i) { return i; });
  HJ.chart('price', sub ? 820 : 680, {
    tooltip: { trigger: 'axis', axisPointer: { type: 'cross' } }, axisPointer: { link: [{ xAxisIndex: 'all' }] },
    legend: { type: 'scroll', top: 0 }, grid: grids, xAxis: xAxes, yAxis: yAxes,
    dataZoom: [{ type: 'inside', xAxisIndex: axes }, { type: 'slider', xAxisIndex: axes, bottom: 4 }],
    series: series
  });
  HJ.finish();
})();
