// Draws every <figure class="chart"> with Apache ECharts from the table of numbers inside it: the table stays the
// accessible, testable source of truth; the chart is a picture of it. Served as a file because the pages'
// Content-Security-Policy allows no inline script.
(function () {
  'use strict';

  function rowsOf(figure) {
    var rows = [];
    figure.querySelectorAll('table.chart-data tbody tr').forEach(function (tr) {
      var cells = tr.querySelectorAll('td');
      if (cells.length < 2) {
        return;
      }
      var link = cells[0].querySelector('a');
      rows.push({
        name: cells[0].textContent.trim(),
        href: link ? link.getAttribute('href') : null,
        value: Number(cells[1].textContent.replace(/[^0-9.]/g, ''))
      });
    });
    return rows;
  }

  function optionFor(kind, rows, unit) {
    var names = rows.map(function (r) { return r.name; });
    var values = rows.map(function (r) { return r.value; });
    var ranked = kind === 'bar';
    var category = { type: 'category', data: ranked ? names.slice().reverse() : names, axisLabel: { interval: 0 } };
    var amount = { type: 'value', minInterval: 1, name: unit || '' };
    return {
      animation: false,
      grid: { left: ranked ? 110 : 40, right: 40, top: 30, bottom: 30 },
      tooltip: { trigger: 'axis' },
      xAxis: ranked ? amount : category,
      yAxis: ranked ? category : amount,
      series: [{
        type: 'bar',
        data: ranked ? values.slice().reverse() : values,
        itemStyle: { color: '#4a7c59' },
        label: { show: true, position: ranked ? 'right' : 'top' }
      }]
    };
  }

  function draw(figure) {
    var rows = rowsOf(figure);
    var canvas = figure.querySelector('.chart-canvas');
    if (!canvas || rows.length === 0 || typeof echarts === 'undefined') {
      return;
    }
    var kind = figure.getAttribute('data-kind') || 'bar';
    var chart = echarts.init(canvas, null, { renderer: 'canvas' });
    chart.setOption(optionFor(kind, rows, figure.getAttribute('data-unit')));
    chart.on('click', function (p) {
      var row = rows.find(function (r) { return r.name === p.name; });
      if (row && row.href) {
        window.location.href = row.href;
      }
    });
    // What the chart instance actually holds, for tests and for anyone checking the picture against the table.
    var option = chart.getOption();
    var axis = kind === 'bar' ? option.yAxis[0] : option.xAxis[0];
    figure.setAttribute('data-rendered', JSON.stringify({ names: axis.data, values: option.series[0].data }));
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll() {
    document.querySelectorAll('figure.chart').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
}());
