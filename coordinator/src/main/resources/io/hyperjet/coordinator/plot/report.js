// hyperopt-report: what HyperoptReport.java put in HJ.data.
(function () {
  var d = HJ.data;
  var yMax = d.loss.yMax;
  HJ.note(d.file + ': ' + d.epochs.toLocaleString('en-US') + ' epochs.');

  HJ.heading('Loss per epoch');
  var lossNote = 'Each dot is an epoch (lower is better); the line is the best loss so far.';
  if (d.loss.yMax !== undefined) {
    lossNote += ' The loss axis stops at Q3 + 3 IQR of the losses (' + HJ.fmt(d.loss.yMax) + '): ' + d.loss.above + ' epochs with larger losses (usually too few trades) are above the top edge, in every chart of this page.';
  }
  if (d.loss.notFinite > 0) { lossNote += ' ' + d.loss.notFinite + ' epochs without a finite loss are not drawn.'; }
  HJ.note(lossNote);
  HJ.chart('loss', 380, {
    tooltip: { trigger: 'item' }, legend: {}, grid: { left: 70, right: 30 },
    xAxis: { type: 'value', name: 'epoch', min: 'dataMin', max: 'dataMax' },
    yAxis: { type: 'value', name: 'loss', scale: true, max: yMax },
    dataZoom: [{ type: 'inside' }, { type: 'slider' }],
    series: [
      { name: 'epoch loss', type: 'scatter', symbolSize: 3, large: true, largeThreshold: 2000, data: d.loss.points },
      { name: 'best so far', type: 'line', step: 'end', showSymbol: false, data: d.loss.bestSoFar, lineStyle: { width: 2 } }
    ]
  });

  HJ.heading('Parameter importance');
  HJ.note('For each parameter the epochs are put in bins by its value (one bin per value when it has at most 10 values, else 10 bins of equal epoch count), and the share of the variance of the loss ranks that lies between the bins is shown (eta squared, 0..1): how much knowing the bin tells about how good an epoch is. Ranks, not raw losses, so a few huge losses do not decide it. It measures each parameter alone, not interactions.');
  var imp = d.importance.slice().reverse();
  HJ.chart('importance', Math.max(160, 28 * imp.length + 60), {
    tooltip: {}, grid: { left: 160, right: 40 },
    xAxis: { type: 'value', name: 'eta²', min: 0, max: 1 },
    yAxis: { type: 'category', data: imp.map(function (p) { return p.name; }) },
    series: [{ name: 'importance', type: 'bar', data: imp.map(function (p) { return Number(p.value.toFixed(4)); }) }]
  });

  HJ.heading('Parallel coordinates of the best ' + d.parallel.rows.length + ' epochs');
  HJ.note('One line per epoch, through its value on each parameter axis and its loss; colour by loss (darker is better). Drag along an axis to filter.');
  var axes = d.params.map(function (p, i) {
    return p.categorical ? { dim: i, name: p.name, type: 'category', data: p.labels } : { dim: i, name: p.name, scale: true };
  });
  axes.push({ dim: d.params.length, name: 'loss', scale: true });
  var losses = d.parallel.rows.map(function (r) { return r[d.params.length]; });
  HJ.chart('parallel', 420, {
    tooltip: {}, parallelAxis: axes, parallel: { left: 60, right: 80, top: 40, bottom: 40 },
    visualMap: { show: true, dimension: d.params.length, min: losses.length ? Math.min.apply(null, losses) : 0,
      max: losses.length ? Math.max.apply(null, losses) : 1, inRange: { color: ['#08306b', '#6baed6', '#deebf7'] }, right: 0, top: 'middle' },
    series: [{ name: 'best epochs', type: 'parallel', lineStyle: { width: 1.5, opacity: 0.7 }, data: d.parallel.rows }]
  });

  HJ.heading('Slice plots: each parameter against loss');
  HJ.note(d.sliceEpochs === d.epochs ? 'Every epoch is drawn.' : 'Each plot draws ' + d.sliceEpochs.toLocaleString('en-US') + ' epochs evenly spaced through the file (and the best one) out of ' + d.epochs.toLocaleString('en-US') + '.');
  var grid = HJ.el('div', 'hj-grid');
  d.params.forEach(function (p, i) {
    HJ.chart('slice-' + p.name, 260, {
      title: { text: p.name, textStyle: { fontSize: 13 } }, tooltip: {}, grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: p.categorical ? { type: 'category', data: p.labels } : { type: 'value', scale: true, min: 'dataMin', max: 'dataMax', axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', scale: true, max: yMax },
      series: [{ name: p.name, type: 'scatter', symbolSize: 4, large: true, data: p.points }]
    }, grid);
  });

  var b = d.best;
  HJ.heading('Best epoch' + (b.epoch !== undefined ? ' (' + b.epoch + ', loss ' + b.loss + ')' : ''));
  if (b.epoch === undefined) {
    HJ.note('No epoch has a finite loss.');
  } else {
    HJ.note(b.explanation);
    HJ.table(['parameter', 'value'], Object.keys(b.params).map(function (k) { return [k, b.params[k]]; }));
    if (!b.hasTrades) {
      HJ.note('The best epoch\'s line in the results file carries no trades (only epochs written with trades have them), so there is no profit curve or trade table.');
    } else {
      HJ.note('Cumulative profit of the best epoch\'s ' + b.tradeCount + ' trades, by close date (stake currency).');
      HJ.chart('best-profit', 320, {
        tooltip: { trigger: 'axis' }, grid: { left: 70, right: 30 },
        xAxis: { type: 'time' }, yAxis: { type: 'value', name: 'profit', scale: true },
        dataZoom: [{ type: 'inside' }, { type: 'slider' }],
        series: [{ name: 'cumulative profit', type: 'line', step: 'end', showSymbol: false, areaStyle: { opacity: 0.15 }, data: b.curve }]
      });
      if (b.trades.length < b.tradeCount) { HJ.note('The table lists the first ' + b.trades.length + ' trades by close date.'); }
      HJ.table(['pair', 'open', 'close', 'minutes', 'profit %', 'profit', 'exit reason'], b.trades);
    }
  }

  HJ.heading('Run settings');
  HJ.table(['setting', 'value'], d.settings);
  HJ.finish();
})();
