// The map page: plotly.js and the Natural Earth base map from figures/ (no network request); a click opens the point's row.
(function () {
  'use strict';
  var el = document.getElementById('map');
  var data = JSON.parse(document.getElementById('map-data').textContent);
  if (!window.Plotly || !el) return;
  var symbols = { 'us-bases': 'circle-open', 'access-sites': 'triangle-up', 'rotational-deployments': 'diamond', 'industrial-facilities': 'hexagon' };
  var colours = { 'us-bases': '#4d4d4d', 'access-sites': '#0a4f9e', 'rotational-deployments': '#6a3d9a', 'industrial-facilities': '#a34700' };
  var traces = data.layers.map(function (l) {
    return {
      type: 'scattergeo', mode: 'markers', name: l.name, text: l.text, customdata: l.href,
      lat: l.lat || undefined, lon: l.lon || undefined, locations: l.locations || undefined, locationmode: l.locations ? 'ISO-3' : undefined,
      hovertemplate: '%{text}<extra></extra>',
      marker: { symbol: symbols[l.layer] || 'circle', color: colours[l.layer] || '#1a1a1a', size: l.layer === 'us-bases' ? 6 : 10 }
    };
  });
  var layout = {
    margin: { l: 0, r: 0, t: 0, b: 0 }, legend: { x: 0.01, y: 0.99, bgcolor: 'rgba(255,255,255,0.85)' },
    geo: { resolution: 50, projection: { type: 'natural earth' }, lonaxis: { range: [40, 200] }, lataxis: { range: [-50, 60] },
      showland: true, landcolor: '#eeeeee', showcountries: true, countrycolor: '#b0b0b0', coastlinecolor: '#8a8a8a' },
    font: { family: 'Open Sans, NanumGothic, sans-serif' }
  };
  Plotly.newPlot(el, traces, layout, { topojsonURL: data.topojsonUrl, displaylogo: false, responsive: true, modeBarButtonsToRemove: ['toImage'] })
    .then(function () {
      el.on('plotly_click', function (e) { if (e.points && e.points[0]) location.href = e.points[0].customdata; });
    });
})();
